-- Forum meetings (forum.meeting.v1 minutes-published): a meeting's public record (counts only, no person) and its
-- action points tracked as actions in the same ledger as consultation actions. An action answers a consultation or a
-- meeting, never both; one action per action point, so a redelivered event adds nothing.
create table tracked_meeting (
    meeting_id      uuid primary key,
    title           varchar(200)  not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    format          varchar(20)   not null,
    summary         varchar(5000) not null,
    agenda          text          not null,
    attended        bigint        not null check (attended >= 0),
    by_perspective  text          not null,
    published_at    timestamptz   not null,
    received_at     timestamptz   not null
);
create index tracked_meeting_starts on tracked_meeting (starts_at);

alter table action alter column consultation_id drop not null;
alter table action add column meeting_id uuid references tracked_meeting (meeting_id);
alter table action add column action_point_id uuid unique;
alter table action add constraint action_answers_one_thing check (num_nonnulls(consultation_id, meeting_id) = 1);
create index action_meeting on action (meeting_id);
