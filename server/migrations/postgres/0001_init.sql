-- Pinpoint Transition storage on PostgreSQL. It starts at the schema the
-- SQLite migrations reach (0001 to 0003), statement for statement but for
-- the types: integers are BIGINT (the code reads every one as a 64-bit
-- integer), and the audit trail's order is an identity column.

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

-- One row per change. `seq` orders the trail as it was committed (newest
-- first is `seq` descending); `id` is the record's public id.
CREATE TABLE audit_log (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    partner_id  TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('import', 'profile_create', 'profile_edit',
                    'location_add', 'location_edit', 'location_delete', 'location_solutions_set',
                    'solution_edit', 'solution_delete')),
    import_id   TEXT REFERENCES imports (id),
    profile_id  TEXT,
    actor_json  TEXT NOT NULL,
    change_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX audit_log_partner ON audit_log (partner_id, seq);

-- Commits running now, one row per (partner, idempotency key), so that a
-- retry on any replica answers "in progress" while the first runs. A row
-- ends with its commit, or is taken over once expired (its replica died
-- mid-commit). The imports table's unique key still decides which commit
-- wins; this only tells a retry to wait.
CREATE TABLE commit_leases (
    partner_id      TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    holder          TEXT NOT NULL,
    -- Unix seconds.
    expires_at      BIGINT NOT NULL,
    PRIMARY KEY (partner_id, idempotency_key)
);

-- What GET /api/v1/ready writes: proof that the store accepts a write.
CREATE TABLE readiness (
    id         BIGINT PRIMARY KEY,
    checked_at TEXT NOT NULL
);
