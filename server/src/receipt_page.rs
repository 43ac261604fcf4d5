//! The printable receipt: one HTML page, in the reader's language, that
//! runs no script and loads nothing (its one style sheet is inline and
//! allowed by its hash). Every value from the import is escaped.

use std::fmt::Write as _;
use std::sync::LazyLock;

use base64::Engine as _;
use sha2::{Digest, Sha256};
use transition_domain::locales::messages;
use transition_domain::report::not_imported_lines;
use transition_domain::wire::imports::Actor;
use transition_domain::wire::receipt::{ReceiptDocument, ReceiptText};
use transition_domain::{Lang, Messages};

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;margin:0}\
main{max-width:48rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #8a8886}\
h3{font-size:1.05rem;margin:1rem 0 .25rem}h4{font-size:1rem;margin:.5rem 0 0}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}\
code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}ul{margin:.25rem 0;padding-inline-start:1.25rem}\
@media print{main{max-width:none;padding:0}h2{break-after:avoid}section{break-inside:avoid}}";

/// `default-src 'none'`, with the page's own style sheet allowed by its
/// SHA-256.
pub fn content_security_policy() -> String {
    static HASH: LazyLock<String> = LazyLock::new(|| {
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(STYLE.as_bytes()))
    });
    format!(
        "default-src 'none'; style-src 'sha256-{}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        *HASH
    )
}

/// `text` with `&`, `<`, `>`, `"` and `'` written as references.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Who acted, as the receipt names them: the person's name and id, or,
/// for an import recorded before people were, the partner.
fn actor(actor: &Actor) -> String {
    match &actor.person {
        Some(person) => match &person.name {
            Some(name) => format!("{name} ({})", person.id.as_str()),
            None => person.id.as_str().to_owned(),
        },
        None => actor.partner_id.clone(),
    }
}

/// `dt` and `dd`, escaped; `value` is already HTML.
fn row(out: &mut String, m: &Messages, label: ReceiptText, value_html: &str) {
    let _ = write!(
        out,
        "<dt>{}</dt><dd>{value_html}</dd>",
        escape(&m.text(label))
    );
}

pub fn render(document: &ReceiptDocument, lang: Lang) -> String {
    let m = messages(lang);
    let r = &document.receipt;
    let title = escape(&m.text(ReceiptText::Title));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} {}</title><style>{STYLE}</style></head><body><main><h1>{title}</h1><dl>",
        lang.as_str(),
        lang.dir(),
        escape(r.import_id.as_str()),
    );
    let partner = match &r.partner.company_name {
        Some(name) => format!("{} ({})", escape(name), escape(&r.partner.id)),
        None => escape(&r.partner.id),
    };
    row(&mut out, m, ReceiptText::Partner, &partner);
    row(
        &mut out,
        m,
        ReceiptText::Account,
        &escape(&r.pinpoint_account_id),
    );
    row(
        &mut out,
        m,
        ReceiptText::ImportId,
        &format!("<code>{}</code>", escape(r.import_id.as_str())),
    );
    let at = r.imported_at.as_str();
    row(
        &mut out,
        m,
        ReceiptText::ImportedAt,
        &format!(
            "<time datetime=\"{}\">{}</time>",
            escape(at),
            escape(&at.replace('T', " ").replace('Z', ""))
        ),
    );
    row(
        &mut out,
        m,
        ReceiptText::PreparedBy,
        &escape(&actor(&r.prepared_by)),
    );
    let approved = match &r.approved_by {
        Some(a) => escape(&actor(a)),
        None => escape(&m.text(ReceiptText::NoApproval)),
    };
    row(&mut out, m, ReceiptText::ApprovedBy, &approved);
    let digest = match &r.plan_digest {
        Some(d) => format!("<code>{}</code>", escape(d.as_str())),
        None => escape(&m.text(ReceiptText::NoPlanDigest)),
    };
    row(&mut out, m, ReceiptText::PlanDigest, &digest);
    out.push_str("</dl>");

    let _ = write!(out, "<h2>{}</h2>", escape(&m.text(ReceiptText::Created)));
    for p in &r.created {
        let _ = write!(
            out,
            "<section><h3>{} ({})</h3><p><code>{}</code></p>",
            escape(&p.name),
            p.region.as_str(),
            escape(p.id.as_str())
        );
        if !p.locations.is_empty() {
            let _ = write!(
                out,
                "<h4>{}</h4><ul>",
                escape(&m.text(ReceiptText::Locations))
            );
            for l in &p.locations {
                let _ = write!(
                    out,
                    "<li>{}, {} ({})</li>",
                    escape(&l.name),
                    escape(&l.city),
                    l.country.as_str()
                );
            }
            out.push_str("</ul>");
        }
        if !p.solutions.is_empty() {
            let _ = write!(
                out,
                "<h4>{}</h4><ul>",
                escape(&m.text(ReceiptText::Solutions))
            );
            for s in &p.solutions {
                let _ = write!(out, "<li>{}</li>", escape(&s.name));
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>");
    }

    let _ = write!(
        out,
        "<h2>{}</h2><ul>",
        escape(&m.text(ReceiptText::NotImported))
    );
    for line in not_imported_lines(&r.not_imported, m) {
        let _ = write!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>");

    let _ = write!(
        out,
        "<h2>{}</h2><p><code>{}</code></p><p>{}</p></main></body></html>",
        escape(&m.text(ReceiptText::Sha256)),
        escape(&document.sha256),
        escape(&m.fill(ReceiptText::HowToCheck, &[("id", &r.import_id.as_str())])),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_values_is_escaped() {
        assert_eq!(
            escape(r#"<b>"Contoso" & 'Fabrikam'</b>"#),
            "&lt;b&gt;&quot;Contoso&quot; &amp; &#39;Fabrikam&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn the_policy_allows_only_the_pages_own_style() {
        let policy = content_security_policy();
        assert!(policy.starts_with("default-src 'none'; style-src 'sha256-"));
        assert!(!policy.contains("unsafe"));
    }
}
