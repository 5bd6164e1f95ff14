-- An event whose row must not outlive its sending (an erasure notice names the erased member): the relay deletes
-- it once the broker has it. Sent rows are purged after platform.outbox.retention; the index finds them.
alter table outbox_event add column forget_when_sent boolean not null default false;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
