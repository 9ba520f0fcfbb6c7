-- Who opened which patient's record, visit or summary, who exported what, and every sign-in attempt.
-- Append-only: the application only inserts; the triggers refuse UPDATE, DELETE and TRUNCATE for
-- everyone, so a changed or removed entry needs the trigger dropped first, which is itself visible.
CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz  NOT NULL,
    username    varchar(100) NOT NULL,
    action      varchar(40)  NOT NULL,
    patient_id  bigint,
    subject_id  bigint,
    detail      varchar(300),
    address     varchar(64)
);

CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_patient ON audit_entry (patient_id, at DESC);
CREATE INDEX audit_entry_username ON audit_entry (lower(username), at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit record is append-only: % on audit_entry is not allowed', TG_OP;
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
