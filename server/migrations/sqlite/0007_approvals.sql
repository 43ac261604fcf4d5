-- A second admin's approval (issue 23). A partner's settings, one row
-- each once set (until then, the server's --approval-default); a draft
-- submitted for approval (frozen: `submission_json`), and the last
-- submission returned with its comment (`returned_json`); four new audit
-- actions, so the audit trail's CHECK is rebuilt (SQLite cannot alter a
-- CHECK in place).
CREATE TABLE partner_settings (
    partner_id                  TEXT PRIMARY KEY,
    imports_need_second_admin   INTEGER NOT NULL CHECK (imports_need_second_admin IN (0, 1)),
    updated_at                  TEXT NOT NULL
);

ALTER TABLE import_drafts ADD COLUMN submission_json TEXT;
ALTER TABLE import_drafts ADD COLUMN returned_json TEXT;

CREATE TABLE audit_log_new (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    partner_id  TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('import', 'profile_create', 'profile_edit',
                    'location_add', 'location_edit', 'location_delete', 'location_solutions_set',
                    'solution_edit', 'solution_delete', 'approval_setting', 'approval_requested',
                    'approval_returned', 'approval_withdrawn')),
    import_id   TEXT REFERENCES imports (id),
    profile_id  TEXT,
    actor_json  TEXT NOT NULL,
    change_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
INSERT INTO audit_log_new (seq, id, partner_id, action, import_id, profile_id, actor_json, change_json, created_at)
SELECT seq, id, partner_id, action, import_id, profile_id, actor_json, change_json, created_at
FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_partner ON audit_log (partner_id, seq);
