-- How each consent version came about, and the history made append-only in the database itself:
-- a kept version is never changed (a change is a new version); erasure still deletes the member's rows.
alter table consent_record add column channel varchar(20);
update consent_record set channel = case when consent_version = 1 then 'JOINING' else 'UNRECORDED' end;
alter table consent_record alter column channel set not null;
alter table consent_record add constraint consent_record_channel_known
    check (channel in ('JOINING', 'ACCOUNT_PAGE', 'API', 'UNRECORDED'));
alter table consent_record add constraint consent_record_quote_known
    check (quote in ('NAMED', 'ANONYMOUS', 'NONE'));
alter table consent_record add constraint consent_record_version_positive check (consent_version >= 1);

create function consent_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consent_record is append-only: a change of consent is a new version'
        using errcode = 'restrict_violation';
end;
$$;

create trigger consent_record_no_update before update on consent_record
    for each row execute function consent_record_append_only();
