-- Address search finds houses in the right town: each entry keeps its parts (unit, town, postcode)
-- and the index knows the country its abbreviations come from. routing_address.map_sha256 and
-- routing_address_source.map_sha256 now hold the index's key: the map's checksum combined with the
-- address-points file's and the reader's version, so a new reader or points file rebuilds the index.
ALTER TABLE routing_address
    ADD COLUMN unit     VARCHAR(60)  NOT NULL DEFAULT '',
    ADD COLUMN city     VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN postcode VARCHAR(20)  NOT NULL DEFAULT '';

ALTER TABLE routing_address_source
    ADD COLUMN country             VARCHAR(2)   NOT NULL DEFAULT 'US',
    ADD COLUMN address_points_file VARCHAR(300);

-- Rows of the previous reader have no towns: the next start rebuilds them.
DELETE FROM routing_address;
DELETE FROM routing_address_source;

CREATE INDEX routing_address_street_kind ON routing_address (map_sha256, kind);
-- A typed house number is looked up exactly, before any text is compared.
CREATE INDEX routing_address_house_number ON routing_address (map_sha256, lower(house_number)) WHERE kind = 'HOUSE';
