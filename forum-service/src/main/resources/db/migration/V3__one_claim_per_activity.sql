-- A member claims payment (or expenses) for an activity once: another claim of the same type for the same activity
-- is allowed only after the earlier one was rejected. Claims already made twice and still waiting are rejected as
-- duplicates first (the earliest, or one already approved or paid, stays), so the index can be built.
update payment_claim c
set status = 'REJECTED', decision_reason = 'A duplicate claim for the same activity.', decided_at = now()
where c.status = 'SUBMITTED'
  and exists (select 1 from payment_claim o
              where o.involvement_id = c.involvement_id and o.type = c.type and o.status <> 'REJECTED' and o.id <> c.id
                and (o.status <> 'SUBMITTED' or o.submitted_at < c.submitted_at
                     or (o.submitted_at = c.submitted_at and o.id < c.id)));

create unique index payment_claim_one_active on payment_claim (involvement_id, type) where status <> 'REJECTED';
