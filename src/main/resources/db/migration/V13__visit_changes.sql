-- Every change the office makes to a visit (reschedule, move, cancel, not home, pin, running late):
-- who, when, what changed and why. Visits are never deleted, so the history stays with them.
create table visit_change (
    id         bigserial primary key,
    visit_id   bigint not null references infusion_visit (id) on delete cascade,
    kind       varchar(20) not null check (kind in
               ('RESCHEDULED', 'MOVED', 'CANCELLED', 'NOT_HOME', 'PINNED', 'UNPINNED', 'RUNNING_LATE')),
    changed_at timestamptz not null,
    changed_by varchar(100) not null,
    what       varchar(500) not null,
    reason     varchar(500)
);
create index visit_change_visit on visit_change (visit_id, changed_at);
