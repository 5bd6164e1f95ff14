-- Forum membership. A member's id is their Keycloak user id (the token's sub), their pseudonymous id everywhere.
-- Sets of enum values (perspectives, accessibility needs) are stored comma-separated.

create table application (
    id                   uuid primary key,
    applicant_id         uuid          not null,
    display_name         varchar(100)  not null,
    why                  varchar(2000) not null,
    perspectives         varchar(200)  not null,
    region               varchar(40)   not null,
    accessibility_needs  varchar(200)  not null,
    accessibility_other  varchar(500),
    contact_by_email     boolean       not null,
    status               varchar(20)   not null,
    decision_reason      varchar(1000),
    submitted_at         timestamptz   not null,
    decided_at           timestamptz,
    decided_by           uuid,
    version              bigint        not null default 0
);
create index application_applicant on application (applicant_id);
-- one pending application per person: re-applying while pending is refused
create unique index application_one_pending on application (applicant_id) where status = 'PENDING';

create table member (
    id                       uuid primary key,
    display_name             varchar(100) not null,
    perspectives             varchar(200) not null,
    region                   varchar(40)  not null,
    accessibility_needs      varchar(200) not null,
    accessibility_other      varchar(500),
    digest                   varchar(20)  not null,
    max_invitations_per_month integer,
    quiet_until              date,
    term_start               date,
    term_end                 date,
    ceased_on                date,
    position                 varchar(20)  not null,
    status                   varchar(20)  not null,
    joined_at                timestamptz  not null,
    left_at                  timestamptz,
    last_digest_at           timestamptz,
    version                  bigint       not null default 0
);

-- Consent is a history: a change adds a row, none is ever updated.
create table consent_record (
    id                 bigserial primary key,
    member_id          uuid        not null references member (id) on delete cascade,
    consent_version    integer     not null,
    quote              varchar(20) not null,
    contact_by_email   boolean     not null,
    use_in_statistics  boolean     not null,
    changed_at         timestamptz not null,
    unique (member_id, consent_version)
);

-- Who was invited to which published consultation, and who was not because of their contact limit.
-- member_id becomes null when that member is erased: the counts stay true.
create table invitation (
    id               uuid primary key,
    consultation_id  uuid        not null references invitation_round (consultation_id),
    member_id        uuid,
    outcome          varchar(20) not null,
    created_at       timestamptz not null,
    unique (consultation_id, member_id)
);
create index invitation_member on invitation (member_id, created_at);

create table involvement (
    id               uuid primary key,
    member_id        uuid,
    kind             varchar(30)  not null,
    description      varchar(200),
    consultation_id  uuid,
    response_id      uuid unique,
    duration_minutes integer,
    occurred_at      timestamptz  not null,
    recorded_at      timestamptz  not null
);
create index involvement_member on involvement (member_id, occurred_at);

create table payment_claim (
    id               uuid primary key,
    member_id        uuid,
    involvement_id   uuid         not null references involvement (id),
    type             varchar(20)  not null,
    amount_pence     bigint       not null check (amount_pence > 0),
    description      varchar(500),
    status           varchar(20)  not null,
    decision_reason  varchar(1000),
    submitted_at     timestamptz  not null,
    decided_at       timestamptz,
    paid_at          timestamptz,
    version          bigint       not null default 0
);
create index payment_claim_member on payment_claim (member_id);

create table notification (
    id               uuid primary key,
    member_id        uuid          not null references member (id) on delete cascade,
    kind             varchar(30)   not null,
    title            varchar(200)  not null,
    body             varchar(2000) not null,
    consultation_id  uuid,
    created_at       timestamptz   not null,
    digested_at      timestamptz
);
create index notification_member on notification (member_id, created_at);
create index notification_undigested on notification (member_id) where digested_at is null;
