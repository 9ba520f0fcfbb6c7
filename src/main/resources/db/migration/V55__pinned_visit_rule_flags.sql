-- A pinned (booked or moved by hand) visit checked again after the roster, a protocol or the patient's address
-- changed, or before a planning run, that now breaks a clinic rule: what is broken and the call to make, shown
-- on the board until a later check finds the visit keeping the rules (or no longer pinned there). The visit's
-- history gets one entry when the flag is raised or its words change, not one per check.
alter table infusion_visit add column rule_flag varchar(1200);
