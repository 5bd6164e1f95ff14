-- A question belongs to a section of the first draft (version 1: questions are set while a draft or while open, and
-- a revision after closing is a later version that may drop a section the answers were given against). The service
-- refuses a first draft that leaves out a section a question belongs to (409 section_in_use); this foreign key makes
-- the database refuse it too, whoever writes. It is deferred to the commit because the service replaces the first
-- draft's sections whole (delete, then insert) within one transaction.
alter table question
    add column section_version integer generated always as (case when section_key is null then null else 1 end) stored;

-- Questions orphaned before this rule existed (any API client could) belong to no section rather than to nothing.
update question q set section_key = null
where q.section_key is not null
  and not exists (select 1 from draft_section s
                  where s.consultation_id = q.consultation_id and s.version = 1 and s.section_key = q.section_key);

alter table question
    add constraint question_section_exists
        foreign key (consultation_id, section_version, section_key)
            references draft_section (consultation_id, version, section_key)
            deferrable initially deferred;
