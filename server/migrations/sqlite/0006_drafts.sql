-- The import wizard's draft, kept on the server (GET/PUT/DELETE
-- /api/v1/imports/draft): one per partner, for its Pinpoint account.
-- `revision` is new on every save (the ETag, so a draft deleted and made
-- again is never taken for the old one); `version` counts saves, for
-- people. The content is the typed value re-serialized: never a referral.
CREATE TABLE import_drafts (
    partner_id    TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES pinpoint_accounts (account_id),
    revision      TEXT NOT NULL,
    version       BIGINT NOT NULL,
    content_json  TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    saved_by_json TEXT NOT NULL
);
