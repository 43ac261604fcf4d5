//! `transition-server referrals`: a partner's customer referrals, before or
//! after the import, in the download's formats.

use std::process::ExitCode;

use transition_domain::locales::messages;
use transition_domain::referrals::{referrals_csv, referrals_json};
use transition_domain::report::Report;
use transition_domain::{parse_export_with, Lang, ParseLimits, PartnerId};

use super::{runtime, ReferralFormat, StorageArgs};

pub fn run(
    storage: &StorageArgs,
    partner_id: &PartnerId,
    format: ReferralFormat,
    lang: Lang,
) -> ExitCode {
    let m = messages(lang);
    runtime::block_on(storage.log_json, async {
        let store = match storage.open_store().await {
            Ok(store) => store,
            Err(error) => return super::fail(lang, format_args!("{error:#}")),
        };
        let account = match store.account(partner_id).await {
            Ok(Some(account)) => account,
            Ok(None) => {
                eprintln!("{}", m.fill(Report::NoAccount, &[("partner", partner_id)]));
                return ExitCode::from(1);
            }
            Err(error) => return super::fail(lang, error),
        };
        let limits = ParseLimits {
            max_bytes: account.export_json.len(),
        };
        match parse_export_with(account.export_json.as_bytes(), limits) {
            Ok(export) => {
                let text = match format {
                    ReferralFormat::Csv => referrals_csv(&export.referrals, m),
                    ReferralFormat::Json => referrals_json(&export.referrals),
                };
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                let error = error.to_string();
                eprintln!(
                    "{}",
                    m.fill(Report::StoredExportUnparsable, &[("error", &error)])
                );
                ExitCode::from(2)
            }
        }
    })
}
