-- Logo images partners uploaded (POST /api/v1/logos), as sent: the bytes
-- and the facts the server read from them. Keyed by partner and id; `seq`
-- orders a partner's uploads (oldest first) for the per-partner bound.
CREATE TABLE logos (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL,
    format     TEXT NOT NULL CHECK (format IN ('gif', 'jpg', 'png')),
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (partner_id, id)
);
