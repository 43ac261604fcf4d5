//! How the CLI prints exports, checks and plans: JSON for programs (the
//! API's shapes), text for people, in the operator's language.

use serde::Serialize;
use transition_domain::export::AccountStatus;
use transition_domain::issue::{LocalizedIssue, Severity};
use transition_domain::locales::messages;
use transition_domain::plan::PlanReport;
use transition_domain::report::{not_imported_lines, Report};
use transition_domain::{ExportError, ImportPlan, Issue, Lang, PinpointExport};

use super::Format;

fn print_json(value: &impl Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(json) => println!("{json}"),
        Err(error) => eprintln!("error: cannot print JSON: {error}"),
    }
}

fn print_issues(issues: &[Issue], lang: Lang) {
    if issues.is_empty() {
        println!("{}", messages(lang).text(Report::NoIssue));
    }
    for issue in issues {
        let severity = match issue.severity {
            Severity::Error => messages(lang).text(Report::Error),
            Severity::Warning => messages(lang).text(Report::Warning),
        };
        let path = if issue.path.is_empty() {
            "/"
        } else {
            issue.path.as_str()
        };
        println!(
            "{severity:<13} {path}  [{}]\n              {}",
            issue.code,
            issue.message(messages(lang))
        );
    }
}

#[derive(Serialize)]
struct Refusal<'a> {
    file: &'a str,
    issues: Vec<LocalizedIssue>,
}

pub fn print_export_error(file: &str, error: &ExportError, format: Format, lang: Lang) {
    let issues = error.issues();
    match format {
        Format::Json => print_json(&Refusal {
            file,
            issues: issues.iter().map(|i| i.localized(messages(lang))).collect(),
        }),
        Format::Text => {
            println!(
                "{}",
                messages(lang).fill(Report::ExportRefused, &[("file", &file)])
            );
            print_issues(&issues, lang);
        }
    }
}

fn status(status: AccountStatus, lang: Lang) -> String {
    match status {
        AccountStatus::Active => messages(lang).text(Report::StatusActive),
        AccountStatus::Closed => messages(lang).text(Report::StatusClosed),
    }
}

/// "Company (Pinpoint account …, partner …): status".
fn account_line(
    company: &str,
    account: &str,
    partner: &str,
    account_status: AccountStatus,
    lang: Lang,
) -> String {
    messages(lang).fill(
        Report::Account,
        &[
            ("company", &company),
            ("account", &account),
            ("partner", &partner),
            ("status", &status(account_status, lang)),
        ],
    )
}

fn print_account(export: &PinpointExport, lang: Lang) {
    let a = &export.account;
    println!(
        "{}",
        account_line(&a.company_name, &a.id, &a.partner_id, a.status, lang)
    );
    println!(
        "{}\n",
        messages(lang).fill(
            Report::Holdings,
            &[
                ("profiles", &export.business_profiles.len()),
                (
                    "solutions",
                    &(export.app_profiles.len() + export.service_profiles.len())
                ),
                ("referrals", &export.referrals.len()),
                ("reviews", &export.customer_reviews.len()),
            ]
        )
    );
}

#[derive(Serialize)]
struct CheckReport<'a> {
    account: &'a transition_domain::export::Account,
    business_profiles: usize,
    app_profiles: usize,
    service_profiles: usize,
    referrals: usize,
    customer_reviews: usize,
    issues: Vec<LocalizedIssue>,
    errors: usize,
    warnings: usize,
    valid: bool,
}

pub fn print_check(export: &PinpointExport, issues: &[Issue], format: Format, lang: Lang) {
    let errors = issues.iter().filter(|i| i.is_error()).count();
    match format {
        Format::Json => print_json(&CheckReport {
            account: &export.account,
            business_profiles: export.business_profiles.len(),
            app_profiles: export.app_profiles.len(),
            service_profiles: export.service_profiles.len(),
            referrals: export.referrals.len(),
            customer_reviews: export.customer_reviews.len(),
            issues: issues.iter().map(|i| i.localized(messages(lang))).collect(),
            errors,
            warnings: issues.len() - errors,
            valid: errors == 0,
        }),
        Format::Text => {
            print_account(export, lang);
            print_issues(issues, lang);
            println!();
            if errors == 0 {
                println!("{}", messages(lang).text(Report::CheckValid));
            } else {
                println!(
                    "{}",
                    messages(lang).fill(Report::CheckInvalid, &[("errors", &errors)])
                );
            }
        }
    }
}

pub fn print_plan(plan: &ImportPlan, format: Format, lang: Lang) {
    let report: PlanReport<'_> = plan.report(messages(lang));
    if format == Format::Json {
        print_json(&report);
        return;
    }
    let a = &plan.account;
    println!(
        "{}\n",
        account_line(&a.company_name, &a.id, &a.partner_id, a.status, lang)
    );
    print_issues(&plan.issues, lang);

    println!("\n{}", messages(lang).text(Report::WillCreate));
    for planned in &plan.profiles {
        let d = &planned.draft;
        println!(
            "  {}",
            messages(lang).fill(
                Report::ProfileLine,
                &[
                    ("region", &d.region),
                    ("name", &d.name.trim()),
                    ("locations", &d.locations.len()),
                    ("solutions", &d.solutions.len()),
                ]
            )
        );
    }

    let n = &plan.not_imported;
    println!("\n{}", messages(lang).text(Report::NotImported));
    for line in not_imported_lines(n, messages(lang)) {
        println!("  {line}");
    }
    println!();
    if report.can_commit {
        println!("{}", messages(lang).text(Report::VerdictCanImport));
    } else if report.errors > 0 {
        println!(
            "{}",
            messages(lang).fill(Report::VerdictBlocked, &[("errors", &report.errors)])
        );
    } else {
        println!(
            "{}",
            messages(lang).text(Report::VerdictNeedsAcknowledgements)
        );
    }
}
