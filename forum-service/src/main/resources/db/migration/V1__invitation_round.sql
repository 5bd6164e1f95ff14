-- A published consultation whose audience must be invited; members are invited within their contact limits.
create table invitation_round (
    consultation_id  uuid primary key,
    title            varchar(200) not null,
    audience         varchar(30)  not null,
    closes_at        timestamptz,
    received_at      timestamptz  not null,
    status           varchar(20)  not null
);
