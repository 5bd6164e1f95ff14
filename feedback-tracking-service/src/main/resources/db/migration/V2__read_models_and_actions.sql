-- Read models fed by consultation.* and forum.member.v1, and what tracking owns: actions, their history,
-- members' confirmations and the precomputed public "You said, we did" documents.
alter table tracked_consultation add column outcome_published_at timestamptz;

-- forum.member.v1: the latest perspectives, region and consent of a pseudonymous member (no names, no contact data)
create table tracked_member (
    member_id          uuid primary key,
    perspectives       varchar(300),
    region             varchar(100),
    quote_consent      varchar(20),
    use_in_statistics  boolean,
    updated_at         timestamptz not null
);

-- consultation.response.v1: a submitted response, with the snapshot of its author taken at submission
create table tracked_response (
    id                 uuid primary key,
    consultation_id    uuid         not null,
    member_id          uuid         not null,
    perspectives       varchar(300) not null,
    region             varchar(100),
    use_in_statistics  boolean      not null,
    attribution        varchar(20)  not null,
    display_name       varchar(200),
    submitted_at       timestamptz
);
create index tracked_response_consultation on tracked_response (consultation_id);
create index tracked_response_member on tracked_response (member_id);

-- an answer or a section comment of a response; quote_text only for words whose author allowed quoting
create table tracked_input (
    id                 uuid primary key,
    response_id        uuid        not null references tracked_response (id) on delete cascade,
    consultation_id    uuid        not null,
    kind               varchar(10) not null,
    question_key       varchar(100),
    section_key        varchar(100),
    quote_text         text
);
create index tracked_input_response on tracked_input (response_id);

-- consultation.keypoint.v1
create table key_point (
    id                 uuid primary key,
    consultation_id    uuid          not null,
    text               varchar(2000) not null,
    created_at         timestamptz   not null
);
create index key_point_consultation on key_point (consultation_id);

create table key_point_input (
    id                 bigserial primary key,
    key_point_id       uuid        not null references key_point (id) on delete cascade,
    input_id           uuid        not null,
    response_id        uuid,
    member_id          uuid        not null,
    kind               varchar(10) not null,
    question_key       varchar(100),
    section_key        varchar(100),
    unique (key_point_id, input_id)
);
create index key_point_input_member on key_point_input (member_id);
create index key_point_input_input on key_point_input (input_id);

-- consultation.lifecycle.v1 draft-revised: one row per changed section
create table draft_change (
    id                 bigserial primary key,
    consultation_id    uuid         not null,
    from_version       integer      not null,
    to_version         integer      not null,
    section_key        varchar(100) not null,
    change             varchar(10)  not null,
    heading_before     varchar(500),
    heading_after      varchar(500),
    text_before        text,
    text_after         text,
    revised_at         timestamptz,
    unique (consultation_id, to_version, section_key)
);

-- "we did / we will / we didn't, because"
create table action (
    id                     uuid primary key,
    consultation_id        uuid          not null,
    description            varchar(2000) not null,
    status                 varchar(20)   not null,
    reason                 varchar(2000),
    owner                  varchar(200)  not null,
    due_date               date,
    review_date            date,
    evidence_from_version  integer,
    evidence_to_version    integer,
    evidence_section_key   varchar(100),
    evidence_url           varchar(1000),
    overdue                boolean       not null default false,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);
create index action_consultation on action (consultation_id);

create table action_key_point (
    action_id     uuid not null references action (id) on delete cascade,
    key_point_id  uuid not null references key_point (id),
    primary key (action_id, key_point_id)
);
create index action_key_point_key_point on action_key_point (key_point_id);

-- every status an action had, with who set it (staff identity, shown to staff only)
create table action_status_change (
    id           bigserial primary key,
    action_id    uuid          not null references action (id) on delete cascade,
    status       varchar(20)   not null,
    reason       varchar(2000),
    changed_by   varchar(200)  not null,
    changed_at   timestamptz   not null
);
create index action_status_change_action on action_status_change (action_id);

-- a member's "this reflects what we said" / "this misses our point": one per member per action
create table confirmation (
    id           bigserial primary key,
    action_id    uuid          not null references action (id) on delete cascade,
    member_id    uuid          not null,
    verdict      varchar(10)   not null,
    comment      varchar(2000),
    updated_at   timestamptz   not null,
    unique (action_id, member_id)
);

-- the public page, precomputed whenever something it shows changes: a read costs one row
create table public_outcome (
    consultation_id  uuid primary key,
    body             text        not null,
    etag             varchar(100) not null,
    updated_at       timestamptz not null
);
