-- Issue 12, parts 5 and 8.
--
-- 1. Personal data kept only where needed: an import's stored answer (what
--    an idempotent retry and GET /imports/{id} replay) and its audit record
--    copied every customer referral in full (names, e-mails, phones, deal
--    values). They now hold the referrals' count and ids only; the
--    referrals themselves stay in the account's stored export, downloadable.
--    The stored answers are rewritten to that shape here, so a replay after
--    this migration gives the new shape (the same bytes every time).
-- 2. An audit record for every change, not only imports: `audit_log`
--    replaces `audit_records` (whose rows move over, scrubbed as in 1).
--
-- The JSON rewriting uses SQLite's JSON functions; it is a one-time data
-- migration. A PostgreSQL store starts with the new shapes.

UPDATE imports
SET response_body = json_set(
        response_body,
        '$.not_imported.referrals',
        json_object(
            'count', json_array_length(response_body, '$.not_imported.referrals'),
            'ids', json((SELECT json_group_array(json_extract(r.value, '$.id'))
                         FROM json_each(imports.response_body, '$.not_imported.referrals') AS r))))
WHERE json_valid(response_body)
  AND json_type(response_body, '$.not_imported.referrals') = 'array';

-- One row per change. `seq` orders the trail as it was committed (newest
-- first is `seq` descending); `id` is the record's public id.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
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

INSERT INTO audit_log (id, partner_id, action, import_id, profile_id, actor_json, change_json, created_at)
SELECT id, partner_id, 'import', import_id, NULL, actor_json,
       json_object(
           'action', 'import',
           'import_id', import_id,
           'created', json(created_json),
           'not_imported', CASE
               WHEN json_type(not_imported_json, '$.referrals') = 'array' THEN json_set(
                   not_imported_json,
                   '$.referrals',
                   json_object(
                       'count', json_array_length(not_imported_json, '$.referrals'),
                       'ids', json((SELECT json_group_array(json_extract(r.value, '$.id'))
                                    FROM json_each(audit_records.not_imported_json, '$.referrals') AS r))))
               ELSE json(not_imported_json)
           END),
       created_at
FROM audit_records
ORDER BY created_at, id;

DROP TABLE audit_records;
