-- Read model of consultations, fed by consultation.lifecycle.v1.
create table tracked_consultation (
    id                     uuid primary key,
    title                  varchar(200)  not null,
    plain_language_summary varchar(2000),
    kind                   varchar(20)   not null,
    audience               varchar(30)   not null,
    accountable_team       varchar(200)  not null,
    status                 varchar(30)   not null,
    opens_at               timestamptz,
    closes_at              timestamptz,
    published_at           timestamptz,
    closed_at              timestamptz,
    updated_at             timestamptz   not null
);
