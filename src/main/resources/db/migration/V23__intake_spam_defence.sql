-- Issue 17: the public form asks for the ZIP code; requests without a proof of work are held out of
-- the inbox; spam stopped before the inbox is counted per day and reason for the manager.
alter table consultation_request add column zip varchar(10);

alter table consultation_request drop constraint consultation_request_status_check;
alter table consultation_request add constraint consultation_request_status_check
    check (status in ('HELD', 'NEW', 'CONTACTED', 'CONSULTATION_BOOKED', 'DECLINED'));

create table intake_spam_count (
    day    date        not null,
    reason varchar(30) not null check (reason in ('SPAM_TRAP', 'TOO_FAST', 'FORGED_PROOF', 'NO_PROOF')),
    count  integer     not null,
    primary key (day, reason)
);
