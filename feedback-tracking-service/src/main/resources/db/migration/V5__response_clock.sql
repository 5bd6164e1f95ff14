-- The response clock: by when a consultation's outcome is due (staff may set it; otherwise 12 weeks after closing)
-- and, once the scheduled check finds it late, since when it is overdue and when that was noticed (the feed entry).
alter table tracked_consultation add column outcome_due_by date;
alter table tracked_consultation add column outcome_due_set_by varchar(200);
alter table tracked_consultation add column overdue_since date;
alter table tracked_consultation add column overdue_noticed_at timestamptz;
alter table tracked_consultation add constraint overdue_noticed_with_its_day
    check ((overdue_since is null) = (overdue_noticed_at is null));
create index tracked_consultation_awaiting_outcome on tracked_consultation (closed_at)
    where outcome_published_at is null and overdue_since is null;
