-- What a visit's chair time is made of (domain.md: vitals and IV placement, a 40-50 minute infusion, then
-- monitoring until back to baseline, 30-60 minutes): the visit length must cover all three, and the
-- clinician's Done before the least monitoring asks for a reason. The in-home assessment has no infusion.
alter table treatment_protocol
    add column setup_minutes          integer not null default 20 check (setup_minutes between 0 and 240),
    add column infusion_minutes       integer not null default 40 check (infusion_minutes between 0 and 480),
    add column min_monitoring_minutes integer not null default 30 check (min_monitoring_minutes between 0 and 480);

update treatment_protocol set setup_minutes = 0, infusion_minutes = 0, min_monitoring_minutes = 0
 where kind = 'ASSESSMENT';
