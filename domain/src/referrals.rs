//! The customer referrals download (CSV and JSON). Built here so that the
//! browser (before import) and the server (before and after) give the same
//! bytes for the same referrals.

use crate::export::Referral;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 11] = [
    "id",
    "business_profile_id",
    "customer_name",
    "contact_name",
    "contact_email",
    "contact_phone",
    "need",
    "status",
    "received_on",
    "deal_amount",
    "deal_currency",
];

/// RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheet programs read
/// accents right) and CRLF line ends. A cell that a spreadsheet would run
/// as a formula (`=`, `@`, or `+`/`-` not starting a number) is prefixed
/// with `'`.
pub fn referrals_csv(referrals: &[Referral]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, CSV_COLUMNS.iter().copied());
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
    let mut chars = cell.chars();
    let first = chars.next();
    let second = chars.next();
    let formula = match first {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !second.is_some_and(|c| c.is_ascii_digit() || c == ' ' || c == '.'),
        _ => false,
    };
    let text = if formula {
        format!("'{cell}")
    } else {
        cell.to_owned()
    };
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

/// The referrals as a JSON array, as the export holds them.
pub fn referrals_json(referrals: &[Referral]) -> String {
    // Serializing these plain structs cannot fail; an empty array is the
    // harmless answer if it ever did.
    serde_json::to_string_pretty(referrals).unwrap_or_else(|_| String::from("[]"))
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert!(lines[0].starts_with("\u{feff}id,business_profile_id,"));
        assert_eq!(
            lines[1],
            "r1,,\"Dupont, \"\"SA\"\"\",,,+33 1 23,\"'=HYPERLINK(\"\"x\"\")\",new,2016-01-15,,"
        );
        assert_eq!(lines.len(), 3, "header, one row, and the final CRLF");
    }

    #[test]
    fn csv_of_no_referrals_is_the_header() {
        assert_eq!(referrals_csv(&[]).lines().count(), 1);
    }
}
