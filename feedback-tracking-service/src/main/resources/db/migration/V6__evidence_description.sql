-- Evidence, not promises: besides a draft diff and a published document, evidence can be a concrete description of
-- what changed. An implemented or partly adopted action needs at least one of the three (checked by the service;
-- older rows may predate the rule).
alter table action add column evidence_description varchar(2000);
