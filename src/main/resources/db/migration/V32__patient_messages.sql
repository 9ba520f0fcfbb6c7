-- Patients hear from the clinic: what each patient agreed to receive, the manager's message templates,
-- and the outbox of messages (stored before sending) with the log of every delivery attempt.

alter table patient add column consent_email boolean not null default false;
alter table patient add column consent_text boolean not null default false;
-- set when the patient replied STOP to a text message: no text goes out until consent is given again
alter table patient add column text_opted_out_at timestamptz;

create table message_template (
    message_type  varchar(30)  primary key
                  check (message_type in ('CONFIRMATION', 'REMINDER', 'ON_THE_WAY', 'CHANGE_NOTICE', 'CANCELLATION')),
    enabled       boolean      not null default true,
    email_subject varchar(200) not null,
    email_body    varchar(2000) not null,
    text_body     varchar(480) not null,
    updated_at    timestamptz,
    updated_by    varchar(100),
    version       bigint       not null default 0
);

create table patient_message (
    id              bigserial primary key,
    patient_id      bigint       not null references patient (id),
    visit_id        bigint       references infusion_visit (id),
    plan_id         bigint,
    message_type    varchar(30)  not null,
    channel         varchar(10)  not null check (channel in ('EMAIL', 'TEXT')),
    recipient       varchar(200) not null,
    subject         varchar(200),
    body            varchar(2000) not null,
    status          varchar(20)  not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'WITHDRAWN')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    -- what the message promised: the visit's version when it was queued (a change notice then records
    -- the patient as told, unless the visit changed again meanwhile)
    visit_version   bigint,
    -- one message per visit and type and promise: queuing the same thing twice is a no-op
    dedupe_key      varchar(200) not null unique,
    provider_id     varchar(100),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    version         bigint       not null default 0
);
create index patient_message_due on patient_message (next_attempt_at) where status in ('QUEUED', 'SENDING');
create index patient_message_patient on patient_message (patient_id, created_at);
create index patient_message_visit on patient_message (visit_id);

create table message_delivery (
    id         bigserial primary key,
    message_id bigint       not null references patient_message (id) on delete cascade,
    at         timestamptz  not null,
    status     varchar(20)  not null,
    detail     varchar(500)
);
create index message_delivery_message on message_delivery (message_id, at);
