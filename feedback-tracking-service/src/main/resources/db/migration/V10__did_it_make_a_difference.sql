-- "Did it make a difference?": when an action's review date arrives, the members behind it are asked once
-- (review_asked_at, with how many were asked), and each may give one answer, changeable, with an optional comment
-- that staff read and the public never does (the public page shows the counts only).
alter table action add column review_asked_at timestamptz;
alter table action add column review_members_asked integer;
create index action_review_due on action (review_date) where review_date is not null and review_asked_at is null;

create table difference_answer (
    id           bigserial primary key,
    action_id    uuid          not null references action (id) on delete cascade,
    member_id    uuid          not null,
    answer       varchar(20)   not null
        constraint difference_answer_known check (answer in ('MADE_A_DIFFERENCE', 'SOME_DIFFERENCE', 'NO_DIFFERENCE')),
    comment      varchar(2000),
    answered_at  timestamptz   not null,
    constraint difference_answer_one_per_member unique (action_id, member_id)
);
create index difference_answer_member on difference_answer (member_id);
