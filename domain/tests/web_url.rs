//! A `WebUrl` is held in its WHATWG serialization (issue 24, part 8): the
//! `url` crate, which the browser bundle leaves out, is the oracle. Every
//! URL the domain accepts is stored as `url::Url::parse(..).as_str()`
//! writes it, and URLs with `"`, `<`, `>`, spaces, backticks, dot segments
//! and non-ASCII in their path, query and fragment are accepted and agree.

use proptest::prelude::*;
use transition_domain::values::{LinkedInPage, WebUrl};
use transition_domain::Code;

fn stored(raw: &str) -> Option<String> {
    WebUrl::parse_as(raw, Code::WebsiteInvalid)
        .ok()
        .map(String::from)
}

fn oracle(raw: &str) -> Option<String> {
    url::Url::parse(raw.trim())
        .ok()
        .map(|url| url.as_str().to_owned())
}

#[test]
fn the_reviews_example_is_percent_encoded() {
    assert_eq!(
        stored(r#"https://contoso.com/a"b<c>d"#).as_deref(),
        Some("https://contoso.com/a%22b%3Cc%3Ed")
    );
}

#[test]
fn urls_are_stored_as_the_url_standard_writes_them() {
    for (raw, want) in [
        ("https://www.contoso.fr", "https://www.contoso.fr/"),
        (" HTTPS://Contoso.COM/Path ", "https://contoso.com/Path"),
        (
            "https://contoso.com/a b?c d#e f",
            "https://contoso.com/a%20b?c%20d#e%20f",
        ),
        (
            "https://contoso.com/`{x}`?'q'#`f`",
            "https://contoso.com/%60%7Bx%7D%60?%27q%27#%60f%60",
        ),
        (
            "https://contoso.com/café?é#é",
            "https://contoso.com/caf%C3%A9?%C3%A9#%C3%A9",
        ),
        (
            "https://contoso.com/a%20b%zz",
            "https://contoso.com/a%20b%zz",
        ),
        ("http://contoso.com:80/", "http://contoso.com/"),
        ("https://contoso.com:443", "https://contoso.com/"),
        ("https://contoso.com:0443/", "https://contoso.com/"),
        ("http://contoso.com:443/", "http://contoso.com:443/"),
        (
            "https://contoso.com/a/./b/../c/%2e%2E/d",
            "https://contoso.com/a/d",
        ),
        ("https://contoso.com/a/..", "https://contoso.com/"),
        ("https://contoso.com/a\\b", "https://contoso.com/a/b"),
        ("https://contoso.com?q", "https://contoso.com/?q"),
        ("https://contoso.com#", "https://contoso.com/#"),
        ("https://contoso.com./", "https://contoso.com./"),
        ("https://Bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://CAFÉ.fr", "https://xn--caf-dma.fr/"),
        ("https://xn--caf-dma.fr", "https://xn--caf-dma.fr/"),
        ("https://straße.de", "https://xn--strae-oqa.de/"),
        ("https://œuvre.fr", "https://xn--uvre-f4a.fr/"),
        ("https://Пример.рф/", "https://xn--e1afmkfd.xn--p1ai/"),
        (
            "https://xn--e1afmkfd.xn--p1ai",
            "https://xn--e1afmkfd.xn--p1ai/",
        ),
        ("https://例え.jp/", "https://xn--r8jz45g.jp/"),
        ("https://コーヒー.jp/", "https://xn--tck2c4fb.jp/"),
        ("https://한국.kr/", "https://xn--3e0b707e.kr/"),
        ("https://ΕΛΛΑΣ.gr/", "https://xn--mxahsa5b.gr/"),
        ("https://1.2.3.4:8080/x", "https://1.2.3.4:8080/x"),
    ] {
        assert_eq!(stored(raw).as_deref(), Some(want), "{raw}");
        assert_eq!(oracle(raw).as_deref(), Some(want), "the url crate, {raw}");
    }
}

#[test]
fn what_the_rule_cannot_write_as_the_standard_does_is_refused() {
    for raw in [
        "https://ԁ.com/",
        "https://ｆｕｌｌ.com/",
        "https://xn--caf-abc.fr/",
        "https://xn--abc.fr/",
        "https://a.123/",
        "https://1.2.3/",
        "https://01.2.3.4/",
        "https://a.0x1f/",
        "https://contoso.com/a\tb",
        "https://contoso.com/a\nb",
        "https://contoso.com/a\u{a0}b",
        "https://contoso .com",
    ] {
        assert_eq!(stored(raw), None, "{raw}");
    }
}

#[test]
fn linkedin_pages_are_written_as_the_standard_does() {
    for (raw, want) in [
        (
            "https://linkedin.com/company/contoso/",
            "https://www.linkedin.com/company/contoso",
        ),
        (
            "https://www.linkedin.com/company/société",
            "https://www.linkedin.com/company/soci%C3%A9t%C3%A9",
        ),
    ] {
        let page = LinkedInPage::parse(raw).ok().map(String::from);
        assert_eq!(page.as_deref(), Some(want), "{raw}");
        assert_eq!(oracle(want).as_deref(), Some(want), "the url crate, {want}");
    }
}

/// Path, query and fragment text: the characters the review named, the
/// other encoded ones, dot segments, `%` and non-ASCII.
fn tail_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\"".to_owned()),
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just(" ".to_owned()),
        Just("`".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("'".to_owned()),
        Just("^".to_owned()),
        Just("|".to_owned()),
        Just("\\".to_owned()),
        Just("/".to_owned()),
        Just("?".to_owned()),
        Just("#".to_owned()),
        Just(".".to_owned()),
        Just("..".to_owned()),
        Just("%2e".to_owned()),
        Just("%2E%2e".to_owned()),
        Just("%".to_owned()),
        Just("%41".to_owned()),
        Just("é".to_owned()),
        Just("漢".to_owned()),
        Just("🦀".to_owned()),
        "[a-zA-Z0-9&=+;:@!$()*,~_-]{1,4}",
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|parts| parts.concat())
}

/// A host the rule accepts: ASCII or Latin-1 labels, any case.
fn host() -> impl Strategy<Value = String> {
    let label = "[a-zA-Z0-9àéèçôÉÀßœŒÿŸ]([a-zA-Z0-9àéÉß-]{0,8}[a-zA-Z0-9éÉ])?";
    (
        proptest::collection::vec(label, 1..4),
        "[a-zA-Z]{2,6}",
        any::<bool>(),
    )
        .prop_map(|(labels, top, dot)| {
            let dot = if dot { "." } else { "" };
            format!("{}.{top}{dot}", labels.join("."))
        })
}

fn port() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(":80".to_owned()),
        Just(":443".to_owned()),
        Just(":0443".to_owned()),
        (1u32..=65535).prop_map(|p| format!(":{p}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Generated URLs are accepted, stored as the url crate writes them,
    /// and read back (serde, the store) unchanged.
    #[test]
    fn generated_urls_agree_with_the_url_crate(
        scheme in "[hH][tT][tT][pP][sS]?",
        host in host(),
        port in port(),
        tail in tail_text(),
        lead in "[/?#]",
    ) {
        let raw = format!("{scheme}://{host}{port}{lead}{tail}");
        let ours = stored(&raw);
        prop_assert!(ours.is_some(), "refused: {raw:?}");
        prop_assert_eq!(&ours, &oracle(&raw), "{:?}", raw);
        let again = ours.as_deref().and_then(stored);
        prop_assert_eq!(again, ours, "not idempotent: {:?}", raw);
    }

    /// Whatever the rule accepts, whatever the text, it stores as the url
    /// crate does.
    #[test]
    fn whatever_is_accepted_agrees_with_the_url_crate(
        scheme in "https?://",
        rest in "\\PC{0,40}",
    ) {
        let raw = format!("{scheme}{rest}");
        if let Some(ours) = stored(&raw) {
            prop_assert_eq!(Some(ours), oracle(&raw), "{:?}", raw);
        }
    }

    #[test]
    fn accepted_hosts_of_any_characters_agree(
        host in "[a-zA-Z0-9\u{c0}-\u{17f}\u{370}-\u{4ff}\u{3040}-\u{30ff}\u{4e00}-\u{4e80}\u{ac00}-\u{ac80}.-]{1,20}",
        tail in tail_text(),
    ) {
        let raw = format!("https://{host}/{tail}");
        if let Some(ours) = stored(&raw) {
            prop_assert_eq!(Some(ours), oracle(&raw), "{:?}", raw);
        }
    }
}
