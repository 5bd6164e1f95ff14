-- A notification is stored as a message key and its parameters, worded by whoever reads it (the gateway's inbox in
-- the reader's language, the digest), no longer as English sentences. Rows written before keep their English text
-- under the generic key 'legacy', so they stay readable; new rows store no sentence at all.
alter table notification add column message_key varchar(60);
alter table notification add column params jsonb not null default '{}'::jsonb;
update notification set message_key = 'legacy';
alter table notification alter column message_key set not null;
alter table notification alter column title drop not null;
alter table notification alter column body drop not null;
alter table notification add constraint notification_legacy_has_text
    check (message_key <> 'legacy' or (title is not null and body is not null));
