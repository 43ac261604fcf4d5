//! The operator's words: the text the CLI prints (`check` and `plan`'s
//! account, holdings and verdicts, `ingest`, `backup`, `referrals`). Apart from
//! [`labels`](crate::labels), which the app shares, so that the app's
//! bundle does not carry them.

use crate::labels::Label;
use crate::messages::{Arg, Messages};
use crate::plan::{DroppedValue, LeftOutReason, NotImported};

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

/// What an import leaves behind, one line each, in `messages`' language:
/// the referrals and reviews (always told, even at zero), then each
/// dropped product tag and industry, each excluded location, each
/// business profile not selected and each solution left out. The CLI's
/// plan and the printable receipt say it in these words.
pub fn not_imported_lines(n: &NotImported, messages: &Messages) -> Vec<String> {
    let mut lines = vec![
        messages.fill(
            Label::ReferralsNotImported,
            &[("count", &n.referrals.count)],
        ),
        messages.fill(Label::ReviewsNotImported, &[("count", &n.reviews)]),
    ];
    let dropped = |label, d: &DroppedValue| {
        let args: [(&str, &dyn Arg); 2] =
            [("value", &d.value), ("profile", &d.pinpoint_profile_id)];
        messages.fill(label, &args)
    };
    lines.extend(
        n.dropped_products
            .iter()
            .map(|d| dropped(Label::DroppedProduct, d)),
    );
    lines.extend(
        n.dropped_industries
            .iter()
            .map(|d| dropped(Label::DroppedIndustry, d)),
    );
    let left_out = |label, name: &str, profile: &str| {
        let args: [(&str, &dyn Arg); 2] = [("name", &name), ("profile", &profile)];
        messages.fill(label, &args)
    };
    lines.extend(n.excluded_locations.iter().map(|l| {
        left_out(
            Label::ExcludedLocation,
            &l.name,
            l.pinpoint_profile_id.as_str(),
        )
    }));
    lines.extend(
        n.unselected_profiles
            .iter()
            .map(|p| left_out(Label::UnselectedProfile, &p.name, &p.id)),
    );
    lines.extend(n.excluded_solutions.iter().map(|s| {
        let label = match s.reason {
            LeftOutReason::Excluded => Label::ExcludedSolution,
            LeftOutReason::ProfileNotSelected => Label::UnselectedSolution,
        };
        left_out(label, &s.name, s.pinpoint_profile_id.as_str())
    }));
    lines
}
