-- Schedule III custody: the clinic's ketamine kits and the custody ledger (sign-out to a clinician for a
-- day, the kit and mg given and wasted per visit, the witness to a waste, the return, corrections and
-- the manager's resolutions of discrepancies). Both tables are append-only: the triggers refuse UPDATE,
-- DELETE and TRUNCATE for everyone, so an entry can only be corrected by a new entry that refers to it.
-- Nothing deletes rows, so the record is kept for as long as the database is (at least two years).
CREATE TABLE custody_kit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number      varchar(40)   NOT NULL UNIQUE,
    lot         varchar(40)   NOT NULL,
    contents_mg numeric(8, 2) NOT NULL CHECK (contents_mg > 0),
    added_at    timestamptz   NOT NULL,
    added_by    varchar(100)  NOT NULL
);

CREATE TABLE custody_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz   NOT NULL,
    kind         varchar(20)   NOT NULL,
    kit_id       bigint        NOT NULL REFERENCES custody_kit (id),
    clinician_id bigint        NOT NULL,
    day          date          NOT NULL,
    sign_out_id  bigint        REFERENCES custody_entry (id),
    visit_id     bigint,
    mg           numeric(8, 2) CHECK (mg >= 0),
    mg_wasted    numeric(8, 2) CHECK (mg_wasted >= 0),
    refers_to    bigint        REFERENCES custody_entry (id),
    discrepancy  varchar(30),
    reason       varchar(500),
    recorded_by  varchar(100)  NOT NULL,
    CHECK (kind = 'SIGNED_OUT' OR sign_out_id IS NOT NULL)
);

CREATE INDEX custody_entry_day ON custody_entry (day, sign_out_id);
CREATE INDEX custody_entry_sign_out ON custody_entry (sign_out_id);
CREATE INDEX custody_entry_kit ON custody_entry (kit_id, id DESC);

CREATE FUNCTION custody_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The Schedule III custody record is append-only: % on % is not allowed; record a correction instead',
        TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER custody_kit_no_update_or_delete BEFORE UPDATE OR DELETE ON custody_kit
    FOR EACH ROW EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER custody_kit_no_truncate BEFORE TRUNCATE ON custody_kit
    FOR EACH STATEMENT EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER custody_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON custody_entry
    FOR EACH ROW EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER custody_entry_no_truncate BEFORE TRUNCATE ON custody_entry
    FOR EACH STATEMENT EXECUTE FUNCTION custody_is_append_only();

-- No other database role may change the record either (the application's own role is held by the triggers).
REVOKE UPDATE, DELETE, TRUNCATE ON custody_kit, custody_entry FROM PUBLIC;
