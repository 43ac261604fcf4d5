//! The operator's words: the text the CLI prints (`check` and `plan`'s
//! account, holdings and verdicts, `ingest`, `backup`, `referrals`). Apart from
//! [`labels`](crate::labels), which the app shares, so that the app's
//! bundle does not carry them.

crate::catalogue! {
    /// A word of the CLI's text reports.
    pub enum Report = "cli-";

    Account = "account";
    StatusActive = "status_active";
    StatusClosed = "status_closed";
    Holdings = "holdings";
    Error = "error";
    Warning = "warning";
    NoIssue = "no_issue";
    WillCreate = "will_create";
    ProfileLine = "profile_line";
    NotImported = "not_imported";
    VerdictCanImport = "verdict_can_import";
    VerdictBlocked = "verdict_blocked";
    VerdictNeedsAcknowledgements = "verdict_needs_acknowledgements";
    ExportRefused = "export_refused";
    CheckValid = "check_valid";
    CheckInvalid = "check_invalid";
    ErrorLine = "error_line";
    Ingested = "ingested";
    IngestRefused = "ingest_refused";
    IngestCreated = "ingest_created";
    IngestUpdated = "ingest_updated";
    IngestSkippedClosed = "ingest_skipped_closed";
    IngestSkippedConflict = "ingest_skipped_conflict";
    BackupWritten = "backup_written";
    NoAccount = "no_account";
    StoredExportUnparsable = "stored_export_unparsable";
}
