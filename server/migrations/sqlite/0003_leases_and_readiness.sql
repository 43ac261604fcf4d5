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
    expires_at      INTEGER NOT NULL,
    PRIMARY KEY (partner_id, idempotency_key)
);

-- What GET /api/v1/ready writes: proof that the store accepts a write.
CREATE TABLE readiness (
    id         INTEGER PRIMARY KEY,
    checked_at TEXT NOT NULL
);
