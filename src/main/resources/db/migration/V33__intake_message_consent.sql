-- On the public form a person may ask for appointment messages by email and by text (both optional);
-- the coordinator's patient starts with these choices.
alter table consultation_request add column messages_by_email boolean not null default false;
alter table consultation_request add column messages_by_text boolean not null default false;
