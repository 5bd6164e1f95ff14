-- Forum meetings: staff schedule them, invite members within the same contact limit as consultation invitations,
-- members register (with their access needs) or decline, staff record who attended. Attendance writes the member's
-- involvement ledger entry (and a payment claim when the meeting pays) by itself, once.

create table meeting (
    id                  uuid primary key,
    title               varchar(200)  not null,
    starts_at           timestamptz   not null,
    ends_at             timestamptz   not null,
    format              varchar(20)   not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    place               varchar(300),
    joining_link        varchar(500),
    accessibility       varchar(2000),
    capacity            integer       check (capacity > 0),
    payment_pence       bigint        check (payment_pence > 0),
    created_by          uuid          not null,
    created_at          timestamptz   not null,
    minutes_summary     varchar(5000),
    minutes_published_at timestamptz,
    version             bigint        not null default 0,
    check (ends_at > starts_at),
    -- where it happens follows from its format: a place to go, a link to join, or both
    check (format = 'ONLINE' or place is not null),
    check (format = 'IN_PERSON' or joining_link is not null),
    check ((minutes_summary is null) = (minutes_published_at is null))
);
create index meeting_starts on meeting (starts_at);

-- An agenda item may be about a consultation, and then about one section of its draft.
create table meeting_agenda_item (
    meeting_id       uuid         not null references meeting (id) on delete cascade,
    position         integer      not null,
    title            varchar(300) not null,
    consultation_id  uuid,
    section_key      varchar(100),
    primary key (meeting_id, position),
    check (section_key is null or consultation_id is not null)
);

-- One row per member asked to a meeting: invited (messaged, counts towards their contact limit) or held back.
-- member_id and access needs go when the member is erased: the counts stay true.
create table meeting_invitation (
    id               uuid primary key,
    meeting_id       uuid          not null references meeting (id),
    member_id        uuid,
    outcome          varchar(20)   not null check (outcome in ('INVITED', 'OVER_LIMIT', 'QUIET_PERIOD')),
    reply            varchar(20)   check (reply in ('REGISTERED', 'DECLINED')),
    access_needs     varchar(1000),
    replied_at       timestamptz,
    attended_at      timestamptz,
    involvement_id   uuid          references involvement (id),
    created_at       timestamptz   not null,
    unique (meeting_id, member_id),
    check (access_needs is null or reply = 'REGISTERED'),
    check ((attended_at is null) = (involvement_id is null) or member_id is null)
);
create index meeting_invitation_member on meeting_invitation (member_id, created_at);

-- A meeting attended is in the ledger once per member.
alter table involvement add column meeting_id uuid references meeting (id);
create unique index involvement_one_per_meeting on involvement (meeting_id, member_id) where meeting_id is not null;
