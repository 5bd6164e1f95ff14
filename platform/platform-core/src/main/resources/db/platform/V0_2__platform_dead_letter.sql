-- Events a consumer could never process; they also go to the consumer's dead-letter topic. Visible to staff.
create table dead_letter (
    id           bigserial primary key,
    consumer     varchar(100)  not null,
    reason       varchar(500)  not null,
    record       varchar(4000) not null,
    received_at  timestamptz   not null
);
