-- A change to a member's Keycloak realm role that a decision wants (issue 14). Written in the decision's own
-- transaction, so a decision that rolls back leaves none; applied to Keycloak only after the commit, by
-- MemberRoleSync, which re-reads the member before it grants; deleted once Keycloak has it (a pseudonymous member
-- id is kept no longer than that). No foreign key: an erased member's row goes, their revoke must stay.
create table keycloak_role_change (
    id              bigserial primary key,
    member_id       uuid        not null,
    wanted          varchar(6)  not null check (wanted in ('GRANT', 'REVOKE')),
    created_at      timestamptz not null,
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    -- a worker that took the row to Keycloak holds it until then (so no two replicas apply one member's changes at once)
    claimed_until   timestamptz,
    last_error      varchar(500)
);

create index keycloak_role_change_due on keycloak_role_change (next_attempt_at);
create index keycloak_role_change_member on keycloak_role_change (member_id);
