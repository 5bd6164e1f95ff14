-- A meeting's minutes: staff publish a summary (on the meeting) and its action points, which
-- feedback-tracking-service tracks as actions (forum.meeting.v1 minutes-published). Published once.
create table meeting_action_point (
    id          uuid primary key,
    meeting_id  uuid          not null references meeting (id),
    position    integer       not null,
    what        varchar(2000) not null,
    owner       varchar(200)  not null,
    due_date    date,
    unique (meeting_id, position)
);
