-- The public name of a named quote is the forum display name, carried by forum.member.v1 only while the member's
-- quote consent is NAMED, and kept here with their latest consent so that renames and consent changes reach every
-- public page. Responses no longer carry a name of their own.
alter table tracked_member add column display_name varchar(200);
alter table tracked_response drop column display_name;
