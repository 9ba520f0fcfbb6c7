-- A clinician's calendar feed (.ics) behind a secret link. Only the SHA-256 of the secret is kept:
-- whoever reads the database cannot subscribe to anyone's visits. One active link per clinician;
-- a revoked link stays as a record of who revoked it and when.
create table calendar_feed_link (
    id           bigserial primary key,
    clinician_id bigint       not null references clinician (id) on delete cascade,
    secret_hash  varchar(64)  not null unique,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    revoked_at   timestamptz,
    revoked_by   varchar(100)
);
create unique index calendar_feed_link_active on calendar_feed_link (clinician_id) where revoked_at is null;

-- The visits a clinician's feed last carried, and when: a visit the office cancels leaves the route,
-- so without this the event would just vanish from the phone instead of showing as cancelled.
create table calendar_feed_entry (
    clinician_id bigint      not null references clinician (id) on delete cascade,
    visit_id     bigint      not null references infusion_visit (id) on delete cascade,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    primary key (clinician_id, visit_id)
);
