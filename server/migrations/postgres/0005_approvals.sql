-- A second admin's approval (issue 23): the same as SQLite's
-- 0007_approvals.sql. A partner's settings, one row each once set (until
-- then, the server's --approval-default); a draft submitted for approval
-- (frozen: `submission_json`) and the last submission returned with its
-- comment (`returned_json`); four new audit actions.
CREATE TABLE partner_settings (
    partner_id                  TEXT PRIMARY KEY,
    imports_need_second_admin   BOOLEAN NOT NULL,
    updated_at                  TEXT NOT NULL
);

ALTER TABLE import_drafts ADD COLUMN submission_json TEXT;
ALTER TABLE import_drafts ADD COLUMN returned_json TEXT;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('import',
    'profile_create', 'profile_edit', 'location_add', 'location_edit', 'location_delete',
    'location_solutions_set', 'solution_edit', 'solution_delete', 'approval_setting',
    'approval_requested', 'approval_returned', 'approval_withdrawn'));
