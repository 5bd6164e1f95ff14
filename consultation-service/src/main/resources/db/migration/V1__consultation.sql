create table consultation (
    id                     uuid primary key,
    title                  varchar(200)  not null,
    summary                varchar(4000) not null,
    plain_language_summary varchar(2000),
    kind                   varchar(20)   not null,
    audience               varchar(30)   not null,
    accountable_team       varchar(200)  not null,
    opens_at               timestamptz,
    closes_at              timestamptz   not null,
    status                 varchar(30)   not null,
    created_at             timestamptz   not null,
    published_at           timestamptz,
    closed_at              timestamptz,
    version                bigint        not null default 0
);
create index consultation_status on consultation (status);
