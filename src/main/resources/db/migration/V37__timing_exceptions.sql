-- A timing rule (window, gap between infusions, working hours) the office overrode for this visit, with
-- the reason: shown on the board as an exception until the visit is placed again. Legal and safety rules
-- have no such column: they cannot be overridden.
alter table infusion_visit add column timing_exception varchar(1200);
