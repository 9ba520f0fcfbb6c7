-- An in-home assessment is a visit the planner routes like an infusion, so it belongs to a plan with
-- a protocol. A protocol is either a series of infusions (what the "Book a series" screen offers) or
-- the screening assessment; every clinic gets the assessment protocol here, not from the demo data.
alter table treatment_protocol
    add column kind varchar(20) not null default 'INFUSION_SERIES'
        check (kind in ('INFUSION_SERIES', 'ASSESSMENT'));

insert into treatment_protocol (name, infusion_count, first_visit_minutes, later_visit_minutes,
                                min_hours_between, max_hours_between, active, kind)
values ('In-home assessment', 1, 60, 60, 0, 0, true, 'ASSESSMENT');

-- only a physician or a nurse practitioner screens a patient
insert into treatment_protocol_credential (protocol_id, credential)
select p.id, allowed.credential
from treatment_protocol p, (values ('MD'), ('NP')) as allowed (credential)
where p.kind = 'ASSESSMENT';

-- the visit an in-home assessment became; calls have none
alter table consultation add column visit_id bigint references infusion_visit (id);
create index consultation_visit on consultation (visit_id);
