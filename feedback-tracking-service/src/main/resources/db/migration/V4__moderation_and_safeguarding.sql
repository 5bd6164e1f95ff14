-- Words reach the public only when their author consented to quoting AND staff approved them in moderation.
-- One row per quotable answer or section comment (by its input id, which survives an amendment); text_hash is the
-- SHA-256 of the words the status was decided for, so amended words go back to PENDING.
create table quote_moderation (
    input_id         uuid primary key,
    consultation_id  uuid         not null,
    response_id      uuid         not null,
    text_hash        varchar(64)  not null,
    status           varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REDACTED', 'REJECTED')),
    reason           varchar(30) check (reason in ('NAMES_THIRD_PARTY', 'IDENTIFIES_AUTHOR', 'PERSONAL_DETAILS', 'OFFENSIVE', 'OFF_TOPIC', 'LEGAL')),
    decided_by       varchar(200),
    decided_at       timestamptz,
    queued_at        timestamptz  not null,
    -- a rejection always names its reason; a pending item has no decision
    check (status <> 'REJECTED' or reason is not null),
    check (status <> 'PENDING' or (decided_by is null and decided_at is null)),
    check (status = 'PENDING' or (decided_by is not null and decided_at is not null))
);
create index quote_moderation_queue on quote_moderation (status, consultation_id, queued_at);
create index quote_moderation_response on quote_moderation (response_id);

-- a removed span of the words: character offsets [start_offset, end_offset) with a reason from the fixed list
create table quote_redaction (
    input_id      uuid        not null references quote_moderation (input_id) on delete cascade,
    start_offset  integer     not null check (start_offset >= 0),
    end_offset    integer     not null,
    reason        varchar(30) not null check (reason in ('NAMES_THIRD_PARTY', 'IDENTIFIES_AUTHOR', 'PERSONAL_DETAILS', 'OFFENSIVE', 'OFF_TOPIC', 'LEGAL')),
    check (end_offset > start_offset),
    primary key (input_id, start_offset)
);

-- every moderation decision, with who (the staff member's subject id, never a name) and when
create table moderation_decision (
    id               bigserial primary key,
    input_id         uuid          not null,
    consultation_id  uuid          not null,
    decision         varchar(10)   not null check (decision in ('APPROVED', 'REDACTED', 'REJECTED')),
    reason           varchar(30),
    redactions       varchar(4000),
    decided_by       varchar(200)  not null,
    decided_at       timestamptz   not null
);
create index moderation_decision_input on moderation_decision (input_id);

-- a safeguarding concern staff raised about an answer or comment: read only by the role 'safeguarding', never public
create table safeguarding_flag (
    id               uuid primary key,
    input_id         uuid          not null,
    consultation_id  uuid          not null,
    response_id      uuid          not null,
    concern          varchar(2000) not null,
    flagged_by       varchar(200)  not null,
    flagged_at       timestamptz   not null
);
create index safeguarding_flag_input on safeguarding_flag (input_id);

-- who raised or read safeguarding flags, and when
create table safeguarding_audit (
    id          bigserial primary key,
    event       varchar(10)  not null check (event in ('FLAGGED', 'LISTED')),
    flag_id     uuid,
    actor       varchar(200) not null,
    happened_at timestamptz  not null
);
