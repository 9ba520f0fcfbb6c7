-- A Monitoring step between Infusing and Done; the responsible adult's relation to the patient; on each
-- visit, who the clinician confirmed as the adult at home on arrival, and why it ended before the
-- protocol's least monitoring (the office is told).
alter table infusion_visit drop constraint if exists infusion_visit_status_check;
alter table infusion_visit add constraint infusion_visit_status_check check (status in
    ('UNSCHEDULED', 'SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'INFUSING', 'MONITORING', 'DONE', 'CANCELLED', 'NOT_HOME'));

alter table patient add column responsible_adult_relation varchar(60);

alter table infusion_visit
    add column adult_confirmed varchar(300),
    add column ended_early     varchar(1200);
