-- Who changed a visit's status, to what, and when (clinicians' en route / arrived / infusing / done).
create table visit_log (
    id          bigserial primary key,
    visit_id    bigint not null references infusion_visit (id) on delete cascade,
    status      varchar(20) not null,
    recorded_at timestamptz not null,
    recorded_by varchar(100) not null
);
create index visit_log_visit on visit_log (visit_id, recorded_at);
