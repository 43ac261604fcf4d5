//! The referrals CSV writer on arbitrary referrals.
//!
//! Input: one mode byte, then either (even) a JSON list of referrals as the
//! export holds them, or (odd) raw cell texts separated by 0x1F, ten to a
//! referral (id, business profile, customer, contact name, email, phone,
//! need, received on, deal amount, deal currency; the amount is used when
//! it is a JSON number).
//!
//! Checks, against the documented rule:
//! - the output is a UTF-8 BOM, then RFC 4180 CSV that the `csv` crate
//!   reads back as the header and one 11-cell row per referral;
//! - every cell reads back as its value, or as `'` + its value;
//! - no cell written as it is could run as a formula: one that starts
//!   with `=`, `+`, `-`, `@`, tab or CR (or spaces, then one of the first
//!   four) holds only digits, spaces and `.-()+`;
//! - plain numbers (`-12`, `+3.5`) and simple phone numbers
//!   (`+33 1 23 45 67 89`) are never defused: they stay readable.
//!
//! With `FUZZ_CSV_GUARD=report` in the environment, a cell that breaks the
//! formula rule is printed (once per distinct shape) instead of aborting,
//! so that the rest is still fuzzed while the writer's guard is being
//! changed. The default is strict.
#![no_main]

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use transition_domain::export::{DealValue, Referral, ReferralStatus};
use transition_domain::locales::messages;
use transition_domain::referrals::{referrals_csv, Column};
use transition_domain::Lang;

const STATUSES: [ReferralStatus; 6] = [
    ReferralStatus::New,
    ReferralStatus::Accepted,
    ReferralStatus::Declined,
    ReferralStatus::Won,
    ReferralStatus::Lost,
    ReferralStatus::Expired,
];

fn from_raw(bytes: &[u8]) -> Vec<Referral> {
    let fields: Vec<String> = bytes
        .split(|&b| b == 0x1f)
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    fields
        .chunks(10)
        .enumerate()
        .map(|(k, chunk)| {
            let field = |n: usize| chunk.get(n).cloned().unwrap_or_default();
            let opt = |n: usize| chunk.get(n).cloned();
            let deal_value = serde_json::from_str::<serde_json::Number>(&field(8))
                .ok()
                .map(|amount| DealValue {
                    amount,
                    currency: field(9),
                });
            Referral {
                id: field(0),
                business_profile_id: opt(1).map(Into::into),
                customer_name: field(2),
                contact_name: opt(3),
                contact_email: opt(4),
                contact_phone: opt(5),
                need: field(6),
                status: STATUSES[k % STATUSES.len()],
                received_on: field(7),
                deal_value,
            }
        })
        .collect()
}

/// The values of a referral's cells, in `Column::ALL` order.
fn values(r: &Referral) -> Vec<String> {
    vec![
        r.id.clone(),
        r.business_profile_id
            .as_deref()
            .unwrap_or_default()
            .to_owned(),
        r.customer_name.clone(),
        r.contact_name.clone().unwrap_or_default(),
        r.contact_email.clone().unwrap_or_default(),
        r.contact_phone.clone().unwrap_or_default(),
        r.need.clone(),
        r.status.as_str().to_owned(),
        r.received_on.clone(),
        r.deal_value
            .as_ref()
            .map(|d| d.amount.to_string())
            .unwrap_or_default(),
        r.deal_value
            .as_ref()
            .map(|d| d.currency.clone())
            .unwrap_or_default(),
    ]
}

/// Could a spreadsheet run this cell, written as it is, as a formula? It
/// starts with `=`, `+`, `-`, `@`, tab or CR, or does once byte order
/// marks and whitespace are skipped and a full-width form (`＝`, `＋`,
/// `－`, `＠`) read as its ASCII twin. Numbers and phone numbers too
/// (`+1-2-3` is -4 to a spreadsheet): every such cell is prefixed.
fn dangerous(text: &str) -> bool {
    let first = text
        .chars()
        .find(|c| *c != '\u{feff}' && !c.is_whitespace())
        .map(|c| match c {
            '＝' => '=',
            '＋' => '+',
            '－' => '-',
            '＠' => '@',
            other => other,
        });
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
        || matches!(first, Some('=' | '+' | '-' | '@'))
}

fn guard_violation(message: String, shape: String) {
    static REPORT: OnceLock<bool> = OnceLock::new();
    let report =
        *REPORT.get_or_init(|| std::env::var("FUZZ_CSV_GUARD").is_ok_and(|v| v == "report"));
    if !report {
        panic!("{message}");
    }
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if seen.get_or_insert_with(HashSet::new).insert(shape) {
        eprintln!("FUZZ_CSV_GUARD violation: {message}");
    }
}

/// A value's shape for reporting: its first two characters, classed.
fn shape(text: &str, defused: bool) -> String {
    let class = |c: Option<char>| match c {
        None => "end".to_owned(),
        Some(c) if c.is_ascii_digit() => "digit".to_owned(),
        Some(c) if c.is_alphabetic() => "letter".to_owned(),
        Some(c) => format!("{c:?}"),
    };
    let mut chars = text.chars();
    let (a, b) = (chars.next(), chars.next());
    format!("{} {} defused={defused}", class(a), class(b))
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 16 * 1024 {
        return;
    }
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let referrals = if mode % 2 == 0 {
        match serde_json::from_slice::<Vec<Referral>>(rest) {
            Ok(referrals) => referrals,
            Err(_) => return,
        }
    } else {
        from_raw(rest)
    };
    // The header in one of the languages, chosen by the mode byte.
    let lang = Lang::ALL[usize::from(mode / 2) % Lang::ALL.len()];
    let csv = referrals_csv(&referrals, messages(lang));
    let body = csv.strip_prefix('\u{feff}').expect("a UTF-8 BOM first");
    assert!(body.ends_with("\r\n"), "rows end with CRLF");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("the output reads back as CSV");
    assert_eq!(
        rows.len(),
        referrals.len() + 1,
        "the header and one row per referral"
    );
    let header: Vec<String> = Column::ALL.iter().map(|&c| messages(lang).text(c)).collect();
    assert!(rows[0].iter().eq(header.iter().map(String::as_str)), "the header");
    for (row, referral) in rows[1..].iter().zip(&referrals) {
        let expected = values(referral);
        assert_eq!(row.len(), expected.len(), "11 cells");
        for (cell, value) in row.iter().zip(&expected) {
            let defused = cell != value;
            if defused {
                assert_eq!(
                    cell.strip_prefix('\''),
                    Some(value.as_str()),
                    "a cell is its value, or `'` + its value"
                );
            }
            let broken = if defused {
                (!dangerous(value)).then_some("a harmless cell defused")
            } else {
                dangerous(value).then_some("a formula left as it is")
            };
            if let Some(why) = broken {
                guard_violation(
                    format!("{value:?} written as {cell:?}: {why}"),
                    shape(value, defused),
                );
            }
        }
    }
});
