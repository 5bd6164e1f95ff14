-- Shared by every service (platform chassis): the transactional outbox and the idempotent-consumer log.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,
    type          varchar(100) not null,
    envelope      text         not null,
    created_at    timestamptz  not null,
    sent_at       timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(500)
);
create index outbox_event_pending on outbox_event (id) where sent_at is null;

create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
