-- Suggested themes for a closed consultation's free-text question: staff only, never public, never in an event.
-- A run groups the answers the service held when staff asked; it links answers by id and copies no words.
create table theme_run (
    id              uuid primary key,
    consultation_id uuid         not null references consultation (id),
    question_key    varchar(60)  not null,
    answers         integer      not null check (answers >= 0),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null
);
create index theme_run_question on theme_run (consultation_id, question_key, created_at);

create table theme_suggestion (
    id           uuid primary key,
    run_id       uuid          not null references theme_run (id),
    position     integer       not null,
    method       varchar(20)   not null check (method in ('EMBEDDING', 'TERMS')),
    language     varchar(5)    not null,
    label        varchar(1000) not null check (length(trim(label)) > 0),
    phrases      jsonb         not null,
    status       varchar(20)   not null check (status in ('SUGGESTED', 'ACCEPTED', 'REJECTED', 'MERGED')),
    key_point_id uuid references key_point (id),
    merged_into  uuid references theme_suggestion (id),
    decided_at   timestamptz,
    decided_by   varchar(100),
    version      bigint        not null default 0,
    unique (run_id, position),
    -- an accepted suggestion is one key point; a merged one names the suggestion it went into; nothing else has either
    check ((status = 'ACCEPTED') = (key_point_id is not null)),
    check ((status = 'MERGED') = (merged_into is not null)),
    check ((status = 'SUGGESTED') = (decided_at is null))
);

-- The answers of a suggestion, nearest its centre first (rank 0, 1, 2 are the ones shown as "near the centre").
create table theme_suggestion_answer (
    suggestion_id uuid    not null references theme_suggestion (id),
    answer_id     uuid    not null references answer (id) on delete cascade,
    rank          integer not null check (rank >= 0),
    central       boolean not null,
    primary key (suggestion_id, answer_id)
);

-- Provenance of a key point: made by staff by hand, or accepted from a suggestion (which run); created_by says who.
alter table key_point add column origin varchar(20) not null default 'STAFF' check (origin in ('STAFF', 'SUGGESTED'));
alter table key_point add column suggestion_run_id uuid references theme_run (id);
alter table key_point add constraint key_point_suggested_has_run
    check ((origin = 'SUGGESTED') = (suggestion_run_id is not null));
