-- One history table for every change to a visit: the office's changes, the clinicians' status reports and
-- the planner's results. Each entry says who (a user, or the planner with the run that decided it), when,
-- what it was before and after, and why.
alter table visit_change drop constraint if exists visit_change_kind_check;
alter table visit_change alter column kind type varchar(24);
alter table visit_change
    add column actor_kind     varchar(10)  not null default 'USER' check (actor_kind in ('USER', 'PLANNER', 'SYSTEM')),
    add column planner_run_id bigint,
    add column before_state   varchar(300),
    add column after_state    varchar(300),
    add column status         varchar(20);

insert into visit_change (visit_id, kind, changed_at, changed_by, what, actor_kind, status)
select visit_id, 'STATUS', recorded_at, recorded_by, 'Status: ' || initcap(replace(status, '_', ' ')), 'USER', status
from visit_log;
drop table visit_log;
create index visit_change_status on visit_change (visit_id, changed_at) where status is not null;

-- What the patient was last told: the start and the clinician, and when they were told. A re-plan that
-- changes either (beyond a tolerance) puts the patient on the call list until the coordinator calls.
alter table infusion_visit
    add column told_start        timestamptz,
    add column told_clinician_id bigint references clinician (id),
    add column told_at           timestamptz;

-- Every planning run: who or what started it, which days, when, and what it did, in the clinic's words.
create table planner_run (
    id               bigserial primary key,
    started_by       varchar(100) not null,
    trigger_text     varchar(200) not null,
    first_day        date         not null,
    day_count        int          not null,
    queued_at        timestamptz  not null,
    started_at       timestamptz,
    ended_at         timestamptz,
    state            varchar(12)  not null check (state in ('QUEUED', 'RUNNING', 'SAVED', 'FAILED', 'INTERRUPTED')),
    visits_planned   int,
    visits_unassigned int,
    visits_moved     int,
    patients_to_call int,
    drive_minutes    int,
    rules_broken     int,
    summary          varchar(500)
);
create index planner_run_days on planner_run (first_day, day_count);

-- Why each visit is where it is (or unassigned), as of the last run that included it.
create table visit_explanation (
    visit_id       bigint primary key references infusion_visit (id) on delete cascade,
    planner_run_id bigint references planner_run (id),
    sentence       varchar(1000) not null,
    explained_at   timestamptz not null
);
