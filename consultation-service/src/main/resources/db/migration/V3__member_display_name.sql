-- The name shown with a NAMED response is the forum display name, carried by forum.member.v1 only while the
-- member's quote consent is NAMED; it is kept with the member snapshot, never taken from an access token.
-- A snapshot also knows when its member left the forum, so staff cannot record answers for them.
alter table member_snapshot add column display_name varchar(200);
alter table member_snapshot add column left_at timestamptz;
alter table response drop column display_name;
