-- "Was it worth it?": after an entry of their involvement ledger (a consultation answered, a meeting attended) a
-- member answers three quick questions, once per entry (a later answer replaces it). The answer names no member:
-- it belongs to the ledger entry, whose member_id goes at erasure, so the counts stay true and anonymous.
create table involvement_feedback (
    involvement_id  uuid         primary key references involvement (id) on delete cascade,
    time_taken      varchar(20)  not null check (time_taken in ('UNDER_30_MINUTES', 'UP_TO_1_HOUR', 'UP_TO_2_HOURS', 'OVER_2_HOURS')),
    worth_it        varchar(10)  not null check (worth_it in ('YES', 'PARTLY', 'NO')),
    felt_heard      varchar(10)  not null check (felt_heard in ('YES', 'PARTLY', 'NO')),
    answered_at     timestamptz  not null,
    version         bigint       not null default 0
);
create index involvement_feedback_answered on involvement_feedback (answered_at);

-- Someone who said twice in their latest answers that it was not worth it is invited less, unless they choose
-- to be invited as usual.
alter table member add column keep_inviting_as_usual boolean not null default false;

-- ... and a meeting invitation held back for that reason says so.
alter table meeting_invitation drop constraint meeting_invitation_outcome_check;
alter table meeting_invitation add constraint meeting_invitation_outcome_check
    check (outcome in ('INVITED', 'OVER_LIMIT', 'QUIET_PERIOD', 'NOT_WORTH_IT'));
