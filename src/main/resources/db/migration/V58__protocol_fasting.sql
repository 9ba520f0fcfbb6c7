-- Issue 14: the patient's print-out says what to prepare at home, including the protocol's fasting
-- rule: no solid food for so many hours before the visit, clear liquids until so many hours before.
-- Empty: the protocol sets no fasting rule (the print-out then says to eat lightly).
alter table treatment_protocol
    add column fasting_food_hours integer check (fasting_food_hours between 0 and 24),
    add column fasting_clear_liquid_hours integer check (fasting_clear_liquid_hours between 0 and 24);
