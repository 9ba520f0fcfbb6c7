-- Full postal addresses for patients' homes and clinicians' home bases: number, street, unit, city,
-- ZIP (the patient's state is already in patient.state; a home base gets its own). home_address stays
-- the full label every screen and the calendar feed show, made from these parts when saved.
ALTER TABLE patient
    ADD COLUMN house_number VARCHAR(20)  NOT NULL DEFAULT '',
    ADD COLUMN street       VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN unit         VARCHAR(40)  NOT NULL DEFAULT '',
    ADD COLUMN city         VARCHAR(100) NOT NULL DEFAULT '',
    ADD COLUMN postal_code  VARCHAR(10)  NOT NULL DEFAULT '';

ALTER TABLE clinician
    ADD COLUMN home_house_number VARCHAR(20)  NOT NULL DEFAULT '',
    ADD COLUMN home_street       VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN home_unit         VARCHAR(40)  NOT NULL DEFAULT '',
    ADD COLUMN home_city         VARCHAR(100) NOT NULL DEFAULT '',
    ADD COLUMN home_state        VARCHAR(2)   NOT NULL DEFAULT '',
    ADD COLUMN home_postal_code  VARCHAR(10)  NOT NULL DEFAULT '';

-- Existing one-line addresses ("412 Edgewood Avenue Northeast, Atlanta, GA 30312", or a bare street):
-- the number before the street, the city after the first comma, a trailing "GA 30312" as state and
-- ZIP. The label itself is left as it was; it is rewritten from the parts on the next save.
CREATE FUNCTION pg_temp.address_part(address TEXT, part TEXT) RETURNS TEXT AS $$
DECLARE
    first_piece TEXT := btrim(split_part(address, ',', 1));
    second_piece TEXT := btrim(split_part(address, ',', 2));
    third_piece TEXT := btrim(split_part(address, ',', 3));
BEGIN
    RETURN CASE part
        WHEN 'number' THEN coalesce(substring(first_piece FROM '^(\d+[A-Za-z]?)\s+\S'), '')
        WHEN 'street' THEN left(regexp_replace(first_piece, '^\d+[A-Za-z]?\s+(?=\S)', ''), 200)
        WHEN 'city' THEN left(btrim(regexp_replace(second_piece, '\s*\d{5}(-\d{4})?$', '')), 100)
        WHEN 'state' THEN coalesce(upper(substring(third_piece FROM '^([A-Za-z]{2})(\s|$)')), '')
        WHEN 'zip' THEN coalesce(substring(btrim(address) FROM '(\d{5}(-\d{4})?)$'), '')
    END;
END;
$$ LANGUAGE plpgsql IMMUTABLE;

UPDATE patient SET
    house_number = pg_temp.address_part(home_address, 'number'),
    street       = pg_temp.address_part(home_address, 'street'),
    city         = pg_temp.address_part(home_address, 'city'),
    postal_code  = pg_temp.address_part(home_address, 'zip');

UPDATE clinician SET
    home_house_number = pg_temp.address_part(home_address, 'number'),
    home_street       = pg_temp.address_part(home_address, 'street'),
    home_city         = pg_temp.address_part(home_address, 'city'),
    home_state        = pg_temp.address_part(home_address, 'state'),
    home_postal_code  = pg_temp.address_part(home_address, 'zip');
