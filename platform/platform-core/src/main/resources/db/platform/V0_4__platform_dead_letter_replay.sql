-- Staff replay a dead letter after a fix, once only: who and when. The two are set together or not at all, and the
-- replay claims the row with "where replayed_at is null", so two replays at once cannot both apply it.
-- The record is kept whole (it was cut at 4,000 characters), or a long event could never be replayed.
alter table dead_letter alter column record type text;
alter table dead_letter add column replayed_at timestamptz;
alter table dead_letter add column replayed_by varchar(200);
alter table dead_letter add constraint dead_letter_replayed_together
    check ((replayed_at is null) = (replayed_by is null));
