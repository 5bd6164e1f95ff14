-- A row the broker can never take (too large, an invalid topic, ...) is parked instead of being retried forever: it
-- keeps its error and is not sent again; only the later events of its topic and key wait behind it (their order).
-- An operator sets failed_at back to null after fixing the cause (e.g. the topic's max.message.bytes).
alter table outbox_event add column failed_at timestamptz;
create index outbox_event_parked on outbox_event (topic, aggregate_id, id) where failed_at is not null and sent_at is null;
