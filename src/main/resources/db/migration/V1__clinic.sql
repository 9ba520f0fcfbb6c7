-- The clinic's data model. Times are timestamptz (instants); the clinic's time zone is a setting.

create table clinician (
    id                  bigserial primary key,
    full_name           varchar(200) not null,
    credential          varchar(10)  not null check (credential in ('RN', 'CRNA', 'NP', 'MD')),
    phone               varchar(40),
    home_address        varchar(300) not null,
    home_latitude       double precision not null,
    home_longitude      double precision not null,
    dose_kits_per_day   integer not null check (dose_kits_per_day between 0 and 50),
    max_visits_per_day  integer not null check (max_visits_per_day between 0 and 20),
    active              boolean not null default true,
    version             bigint  not null default 0
);

create table clinician_licence (
    clinician_id bigint not null references clinician (id) on delete cascade,
    state        char(2) not null,
    primary key (clinician_id, state)
);

create table clinician_weekly_hours (
    clinician_id bigint  not null references clinician (id) on delete cascade,
    day_of_week  varchar(9) not null check (day_of_week in
                 ('MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY')),
    starts_at    time not null,
    ends_at      time not null,
    primary key (clinician_id, day_of_week),
    check (ends_at > starts_at)
);

create table clinician_time_off (
    id           bigserial primary key,
    clinician_id bigint not null references clinician (id) on delete cascade,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    reason       varchar(200),
    check (ends_at > starts_at)
);
create index clinician_time_off_clinician on clinician_time_off (clinician_id, starts_at);

create table patient (
    id                      bigserial primary key,
    full_name               varchar(200) not null,
    date_of_birth           date not null,
    phone                   varchar(40)  not null,
    email                   varchar(200),
    home_address            varchar(300) not null,
    home_latitude           double precision,
    home_longitude          double precision,
    state                   char(2) not null,
    responsible_adult_name  varchar(200),
    responsible_adult_phone varchar(40),
    access_notes            varchar(1000),
    clinical_notes          varchar(4000),
    created_at              timestamptz not null,
    version                 bigint not null default 0
);
create index patient_name on patient (lower(full_name));

create table app_user (
    id            bigserial primary key,
    username      varchar(100) not null unique,
    password_hash varchar(100) not null,
    role          varchar(20)  not null check (role in ('COORDINATOR', 'CLINICIAN', 'MANAGER')),
    clinician_id  bigint references clinician (id),
    enabled       boolean not null default true,
    version       bigint not null default 0,
    check (role <> 'CLINICIAN' or clinician_id is not null)
);

create table consultation_request (
    id                     bigserial primary key,
    full_name              varchar(200) not null,
    phone                  varchar(40)  not null,
    email                  varchar(200),
    preferred_contact_time varchar(200),
    message                varchar(4000),
    consent_to_contact     boolean not null,
    status                 varchar(30) not null check (status in ('NEW', 'CONTACTED', 'CONSULTATION_BOOKED', 'DECLINED')),
    call_notes             varchar(4000),
    received_at            timestamptz not null,
    patient_id             bigint references patient (id),
    version                bigint not null default 0
);
create index consultation_request_status on consultation_request (status, received_at);

create table consultation (
    id               bigserial primary key,
    request_id       bigint references consultation_request (id),
    patient_id       bigint not null references patient (id),
    kind             varchar(20) not null check (kind in ('PHONE', 'VIDEO', 'IN_HOME')),
    starts_at        timestamptz not null,
    duration_minutes integer not null check (duration_minutes > 0),
    clinician_id     bigint references clinician (id),
    outcome          varchar(30) check (outcome in ('ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_FOLLOW_UP')),
    notes            varchar(4000),
    version          bigint not null default 0
);

create table treatment_protocol (
    id                    bigserial primary key,
    name                  varchar(200) not null unique,
    infusion_count        integer not null check (infusion_count between 1 and 50),
    first_visit_minutes   integer not null check (first_visit_minutes between 15 and 480),
    later_visit_minutes   integer not null check (later_visit_minutes between 15 and 480),
    min_hours_between     integer not null check (min_hours_between >= 0),
    max_hours_between     integer not null,
    active                boolean not null default true,
    version               bigint not null default 0,
    check (max_hours_between >= min_hours_between)
);

create table treatment_protocol_credential (
    protocol_id bigint not null references treatment_protocol (id) on delete cascade,
    credential  varchar(10) not null check (credential in ('RN', 'CRNA', 'NP', 'MD')),
    primary key (protocol_id, credential)
);

create table treatment_plan (
    id                     bigserial primary key,
    patient_id             bigint not null references patient (id),
    protocol_id            bigint not null references treatment_protocol (id),
    start_date             date not null,
    available_from         time not null,
    available_until        time not null,
    preferred_clinician_id bigint references clinician (id),
    status                 varchar(20) not null check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    created_at             timestamptz not null,
    version                bigint not null default 0,
    check (available_until > available_from)
);
create index treatment_plan_patient on treatment_plan (patient_id);

create table treatment_plan_weekday (
    plan_id     bigint not null references treatment_plan (id) on delete cascade,
    day_of_week varchar(9) not null check (day_of_week in
                ('MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY')),
    primary key (plan_id, day_of_week)
);

create table infusion_visit (
    id               bigserial primary key,
    plan_id          bigint not null references treatment_plan (id),
    sequence_number  integer not null check (sequence_number >= 1),
    earliest_start   timestamptz not null,
    latest_start     timestamptz not null,
    duration_minutes integer not null check (duration_minutes between 15 and 480),
    status           varchar(20) not null check (status in
                     ('UNSCHEDULED', 'SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'INFUSING', 'DONE', 'CANCELLED', 'NOT_HOME')),
    clinician_id     bigint references clinician (id),
    planned_start    timestamptz,
    planned_end      timestamptz,
    pinned           boolean not null default false,
    version          bigint not null default 0,
    unique (plan_id, sequence_number),
    check (latest_start >= earliest_start),
    check ((planned_start is null) = (planned_end is null))
);
create index infusion_visit_clinician_day on infusion_visit (clinician_id, planned_start);
create index infusion_visit_window on infusion_visit (earliest_start);

create table infusion_visit_credential (
    visit_id   bigint not null references infusion_visit (id) on delete cascade,
    credential varchar(10) not null check (credential in ('RN', 'CRNA', 'NP', 'MD')),
    primary key (visit_id, credential)
);
