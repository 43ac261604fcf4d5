-- Issue 23, the plan digest (as SQLite's 0005_plan_digest.sql).
-- `export_version` counts the changes of an account's stored export: an
-- ingest of other bytes bumps it, an ingest of the same bytes does not. A
-- commit closes the account only at the version it planned from.
-- `imports.plan_digest` is the digest the import carried out (NULL for
-- imports made before digests).
ALTER TABLE pinpoint_accounts ADD COLUMN export_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE imports ADD COLUMN plan_digest TEXT;
