-- Issue 18 points 2 and 5: the physician's order a series is booked under, who may give a protocol in
-- which state, and when a booster follows.

-- The order is part of the plan: the physician or NP who ordered it, on which day, the dose per kg and the
-- patient's weight then. Plans booked before orders were recorded keep nulls; a new series cannot be booked
-- without one (SeriesBooking refuses it).
alter table treatment_plan
    add column ordered_by_clinician_id bigint references clinician (id),
    add column ordered_on              date,
    add column dose_mg_per_kg          numeric(5, 2) check (dose_mg_per_kg > 0 and dose_mg_per_kg <= 5),
    add column weight_kg               numeric(5, 1) check (weight_kg >= 20 and weight_kg <= 350),
    add check ((ordered_by_clinician_id is null) = (ordered_on is null)
               and (ordered_on is null) = (dose_mg_per_kg is null)
               and (dose_mg_per_kg is null) = (weight_kg is null));

-- Registered nurses may give a protocol only in the states listed here (and then under an MD's or NP's
-- supervision); the other credentials of treatment_protocol_credential may give it in every state.
create table treatment_protocol_rn_state (
    protocol_id bigint  not null references treatment_protocol (id) on delete cascade,
    state       char(2) not null,
    primary key (protocol_id, state)
);
-- A protocol that let RNs give it kept doing so wherever the clinic's RNs are licensed.
insert into treatment_protocol_rn_state (protocol_id, state)
select distinct pc.protocol_id, l.state
from treatment_protocol_credential pc
         join clinician c on c.credential = 'RN'
         join clinician_licence l on l.clinician_id = c.id
where pc.credential = 'RN';

-- After the last infusion of a series, a booster is due within this window, booked with this protocol.
alter table treatment_protocol
    add column booster_protocol_id    bigint references treatment_protocol (id) on delete set null,
    add column booster_after_min_days integer not null default 28 check (booster_after_min_days >= 1),
    add column booster_after_max_days integer not null default 42,
    add check (booster_after_max_days >= booster_after_min_days);
