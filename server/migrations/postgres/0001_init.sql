-- Pinpoint Transition storage on PostgreSQL: the twin of
-- migrations/sqlite/0001_init.sql, statement for statement. Integers are
-- BIGINT here (the code reads every one as a 64-bit integer).

CREATE TABLE partners (
    partner_id   TEXT PRIMARY KEY,
    company_name TEXT NOT NULL,
    csp          BOOLEAN NOT NULL
);

-- The Pinpoint export as ingested, and whether it was imported (closed).
CREATE TABLE pinpoint_accounts (
    account_id       TEXT PRIMARY KEY,
    partner_id       TEXT NOT NULL UNIQUE REFERENCES partners (partner_id),
    export_json      TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('active', 'closed')),
    ingested_at      TEXT NOT NULL,
    closed_at        TEXT,
    closed_by_import TEXT
);

CREATE TABLE business_profiles (
    id                 TEXT PRIMARY KEY,
    partner_id         TEXT NOT NULL REFERENCES partners (partner_id),
    region             TEXT NOT NULL,
    source_id          TEXT,
    import_id          TEXT,
    name               TEXT NOT NULL,
    description        TEXT NOT NULL,
    website            TEXT NOT NULL,
    linkedin           TEXT,
    logo_json          TEXT,
    industries_json    TEXT NOT NULL,
    products_json      TEXT NOT NULL,
    service_types_json TEXT NOT NULL,
    tags_json          TEXT NOT NULL,
    target_sizes_json  TEXT NOT NULL,
    allow_endorsements BOOLEAN NOT NULL,
    version            BIGINT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (partner_id, region)
);

CREATE TABLE locations (
    id          TEXT PRIMARY KEY,
    profile_id  TEXT NOT NULL REFERENCES business_profiles (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    name        TEXT NOT NULL,
    phone       TEXT,
    email       TEXT,
    line1       TEXT NOT NULL,
    line2       TEXT,
    city        TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    country     TEXT NOT NULL
);
CREATE INDEX locations_profile ON locations (profile_id);

CREATE TABLE solutions (
    id              TEXT PRIMARY KEY,
    profile_id      TEXT NOT NULL REFERENCES business_profiles (id) ON DELETE CASCADE,
    position        BIGINT NOT NULL,
    source_id       TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('app', 'service')),
    name            TEXT NOT NULL,
    summary         TEXT NOT NULL,
    description     TEXT NOT NULL,
    url             TEXT,
    products_json   TEXT NOT NULL,
    industries_json TEXT NOT NULL
);
CREATE INDEX solutions_profile ON solutions (profile_id);

CREATE TABLE location_solutions (
    location_id TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    solution_id TEXT NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    PRIMARY KEY (location_id, solution_id)
);
CREATE INDEX location_solutions_solution ON location_solutions (solution_id);

-- One committed import per row; also the idempotency record: the key, the
-- hash of the request it was used with, and the response to replay.
CREATE TABLE imports (
    id              TEXT PRIMARY KEY,
    partner_id      TEXT NOT NULL REFERENCES partners (partner_id),
    account_id      TEXT NOT NULL REFERENCES pinpoint_accounts (account_id),
    idempotency_key TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    response_status BIGINT NOT NULL,
    response_body   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (partner_id, idempotency_key)
);

-- Who imported what, when, and what was not imported. Never updated.
CREATE TABLE audit_records (
    id                TEXT PRIMARY KEY,
    import_id         TEXT NOT NULL REFERENCES imports (id),
    partner_id        TEXT NOT NULL,
    actor_json        TEXT NOT NULL,
    created_json      TEXT NOT NULL,
    not_imported_json TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX audit_records_partner ON audit_records (partner_id);
