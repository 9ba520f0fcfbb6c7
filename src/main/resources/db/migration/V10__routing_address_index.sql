-- Offline address search: named streets and house addresses read from the loaded .osm.pbf,
-- each with a point on a drivable road. Rebuilt only when the map file's checksum changes.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE routing_address (
    id           BIGSERIAL PRIMARY KEY,
    map_sha256   CHAR(64)         NOT NULL,
    kind         VARCHAR(10)      NOT NULL CHECK (kind IN ('STREET', 'HOUSE')),
    label        VARCHAR(400)     NOT NULL,
    search_text  VARCHAR(400)     NOT NULL,
    street       VARCHAR(300)     NOT NULL,
    house_number VARCHAR(40)      NOT NULL DEFAULT '',
    latitude     DOUBLE PRECISION NOT NULL,
    longitude    DOUBLE PRECISION NOT NULL
);

CREATE INDEX routing_address_search_text ON routing_address USING gin (search_text gin_trgm_ops);
CREATE INDEX routing_address_map ON routing_address (map_sha256);

-- Which map the rows above come from; one row.
CREATE TABLE routing_address_source (
    map_sha256 CHAR(64)                 PRIMARY KEY,
    map_file   VARCHAR(300)             NOT NULL,
    streets    INTEGER                  NOT NULL,
    houses     INTEGER                  NOT NULL,
    indexed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
