-- A tombstone (a record with a key and no value) tells a compacted topic to drop every earlier record of that key, for
-- example a member's snapshots once they are erased. Its outbox row has no envelope.
alter table outbox_event alter column envelope drop not null;
