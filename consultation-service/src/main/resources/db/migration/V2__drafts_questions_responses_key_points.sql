-- Drafts are versioned lists of sections; a revision after closing becomes the next version.
create table draft_section (
    consultation_id uuid         not null references consultation (id),
    version         integer      not null,
    position        integer      not null,
    section_key     varchar(60)  not null,
    heading         varchar(200) not null,
    body            varchar(10000) not null,
    primary key (consultation_id, version, section_key)
);

create table draft_version (
    consultation_id uuid        not null references consultation (id),
    version         integer     not null,
    created_at      timestamptz not null,
    note            varchar(1000),
    primary key (consultation_id, version)
);

create table question (
    id                 uuid primary key,
    consultation_id    uuid          not null references consultation (id),
    question_key       varchar(60)   not null,
    position           integer       not null,
    type               varchar(20)   not null,
    text               varchar(1000) not null,
    section_key        varchar(60),
    required           boolean       not null,
    max_length         integer,
    scale_min          integer,
    scale_max          integer,
    scale_min_label    varchar(100),
    scale_max_label    varchar(100),
    options            jsonb,
    show_if_question   varchar(60),
    show_if_equals     varchar(500),
    unique (consultation_id, question_key)
);

-- A member's response; member_id is the pseudonymous Keycloak subject.
create table response (
    id              uuid primary key,
    consultation_id uuid         not null references consultation (id),
    member_id       uuid         not null,
    status          varchar(20)  not null,
    attribution     varchar(20)  not null,
    display_name    varchar(200),
    provenance      varchar(20)  not null,
    recorded_by     varchar(100),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    submitted_at    timestamptz,
    withdrawn_at    timestamptz,
    version         bigint       not null default 0,
    unique (consultation_id, member_id)
);

create table answer (
    id               uuid primary key,
    response_id      uuid        not null references response (id) on delete cascade,
    question_key     varchar(60) not null,
    value_json       text,
    linked_answer_id uuid,
    unique (response_id, question_key)
);

create table section_comment (
    id           uuid primary key,
    response_id  uuid           not null references response (id) on delete cascade,
    section_key  varchar(60)    not null,
    text         varchar(4000),
    unique (response_id, section_key)
);

-- What consultation-service knows of a member, from forum.member.v1 (no name, no contact data).
create table member_snapshot (
    member_id          uuid primary key,
    perspectives       varchar(200) not null,
    region             varchar(40),
    quote_consent      varchar(20)  not null,
    use_in_statistics  boolean      not null,
    erased             boolean      not null default false,
    updated_at         timestamptz  not null
);

create table key_point (
    id              uuid primary key,
    consultation_id uuid          not null references consultation (id),
    text            varchar(1000) not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null
);

-- A key point links to answers and section comments by id; it never copies them.
create table key_point_input (
    key_point_id uuid        not null references key_point (id),
    input_kind   varchar(10) not null,
    input_id     uuid        not null,
    primary key (key_point_id, input_kind, input_id)
);

alter table consultation add column outcome_published_at timestamptz;
alter table consultation add column draft_version integer not null default 0;
