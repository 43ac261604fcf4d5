//! The locale files (`locales/<lang>.ftl`) are complete and consistent:
//! each parses, has exactly English's messages with English's variables,
//! gives every plural form its language needs, uses only what formatting
//! supports, and speaks Partner Center's own words (`locales/glossary.json`).
//! English has exactly the domain's ids (the app's test checks its own).

use std::collections::{BTreeMap, BTreeSet};

use transition_domain::catalog::{Industry, Product, ServiceType, TargetSize};
use transition_domain::labels::Label;
use transition_domain::locales::{self, messages, source};
use transition_domain::referrals::Column;
use transition_domain::report::Report;
use transition_domain::wire::receipt::ReceiptText;
use transition_domain::{Code, Issue, Lang, Messages, Plural};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn ids(m: &Messages) -> Vec<String> {
    m.ids().map(str::to_owned).collect()
}

/// The plural categories `lang` gives whole numbers (CLDR), from the
/// formats themselves, and `other`, which Fluent's default variant is (and
/// which Russian keeps for fractions).
fn categories(lang: Lang) -> BTreeSet<&'static str> {
    (0..=200)
        .map(|n| locales::plural(lang, n).as_str())
        .chain(["other"])
        .collect()
}

#[test]
fn every_locale_parses_whole() -> TestResult {
    for lang in Lang::ALL {
        let text = source(lang);
        if let Err(error) = Messages::parse(lang, text.to_owned(), locales::CLDR) {
            let lines: Vec<usize> = error
                .at
                .iter()
                .map(|&at| text.get(..at).map_or(0, |before| before.lines().count()))
                .collect();
            return Err(format!("{lang}.ftl does not parse at lines {lines:?}").into());
        }
    }
    Ok(())
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_variables() {
    let en = messages(Lang::En);
    let en_ids = ids(en);
    let unique: BTreeSet<&String> = en_ids.iter().collect();
    assert_eq!(unique.len(), en_ids.len(), "en.ftl names a message twice");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let m = messages(lang);
        let these = ids(m);
        let theirs: BTreeSet<&String> = these.iter().collect();
        for missing in unique.difference(&theirs) {
            problems.push(format!("{lang}: no message {missing}"));
        }
        for extra in theirs.difference(&unique) {
            problems.push(format!("{lang}: a message English does not have: {extra}"));
        }
        if theirs.len() != these.len() {
            problems.push(format!("{lang}: a message is written twice"));
        }
        for id in &en_ids {
            if !m.has(id) {
                continue;
            }
            if m.variables(id) != en.variables(id) {
                problems.push(format!(
                    "{lang}: {id} names {:?}, English {:?}",
                    m.variables(id),
                    en.variables(id)
                ));
            }
            for odd in m.unsupported(id) {
                problems.push(format!("{lang}: {id} uses {odd}"));
            }
            let text = m.format(id, &[]);
            if text.trim().is_empty() {
                problems.push(format!("{lang}: {id} is empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_forms_are_those_of_each_language() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let m = messages(lang);
        let have = categories(lang);
        for id in m.ids() {
            for (variable, keys) in m.selects_of(id) {
                let named: BTreeSet<&str> = keys
                    .iter()
                    .map(String::as_str)
                    .filter(|key| Plural::parse(key).is_some())
                    .collect();
                if named.is_empty() {
                    continue; // a select on a text, or on exact numbers
                }
                for key in &named {
                    if !have.contains(key) {
                        problems.push(format!(
                            "{lang}: {id}: ${variable} has [{key}], which {lang} never uses"
                        ));
                    }
                }
                for category in &have {
                    if !named.contains(category) {
                        problems.push(format!("{lang}: {id}: ${variable} has no [{category}]"));
                    }
                }
            }
        }
        // A language with one form needs no select at all.
        if have.len() == 1 {
            for id in m.ids() {
                if m.selects_of(id).iter().any(|(_, keys)| keys.len() > 1) {
                    problems.push(format!(
                        "{lang}: {id} chooses a plural form {lang} does not have"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_has_exactly_the_domains_ids() {
    let mut domain: BTreeSet<String> = BTreeSet::new();
    domain.extend(Code::ALL.iter().map(|c| c.id().to_owned()));
    domain.extend(Label::ALL.iter().map(|l| l.id().to_owned()));
    domain.extend(Report::ALL.iter().map(|r| r.id().to_owned()));
    domain.extend(Column::ALL.iter().map(|c| c.id().to_owned()));
    domain.extend(ReceiptText::ALL.iter().map(|c| c.id().to_owned()));
    domain.extend(
        Industry::ALL
            .iter()
            .filter_map(|i| i.message_id())
            .map(str::to_owned),
    );
    domain.extend(
        ServiceType::ALL
            .iter()
            .filter_map(|s| s.message_id())
            .map(str::to_owned),
    );
    domain.extend(
        TargetSize::ALL
            .iter()
            .filter_map(|s| s.message_id())
            .map(str::to_owned),
    );
    assert!(
        Product::ALL.iter().all(|p| p.message_id().is_none()),
        "products keep their names"
    );
    let prefixes = [
        "issue-",
        "label-",
        "cli-",
        "referrals-",
        "receipt-",
        "industry-",
        "service-",
        "size-",
    ];
    let english: BTreeSet<String> = messages(Lang::En)
        .ids()
        .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        domain.difference(&english).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "ids without an English message"
    );
    assert_eq!(
        english.difference(&domain).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "English messages no id says"
    );
    let others: Vec<&str> = messages(Lang::En)
        .ids()
        .filter(|id| !id.starts_with("app-") && !prefixes.iter().any(|p| id.starts_with(p)))
        .collect();
    assert!(others.is_empty(), "messages of no catalogue: {others:?}");
}

#[derive(serde::Deserialize)]
struct Glossary {
    terms: Vec<Concept>,
}

#[derive(serde::Deserialize)]
struct Concept {
    concept: String,
    source: String,
    terms: BTreeMap<String, Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    term: String,
    #[serde(rename = "match")]
    stem: Option<String>,
    replaces: Vec<String>,
}

#[test]
fn every_locale_speaks_partner_centers_words_and_none_they_replaced() -> TestResult {
    let glossary: Glossary = serde_json::from_str(include_str!("../../locales/glossary.json"))?;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let m = messages(lang);
        let texts: Vec<String> = m
            .ids()
            .map(|id| {
                let names = m.variables(id);
                let args: Vec<(&str, i64)> = names.iter().map(|n| (n.as_str(), 2)).collect();
                let args: Vec<(&str, &dyn transition_domain::Arg)> = args
                    .iter()
                    .map(|(n, v)| (*n, v as &dyn transition_domain::Arg))
                    .collect();
                m.format(id, &args).to_lowercase()
            })
            .chain(source(lang).lines().map(str::to_lowercase))
            .collect();
        for concept in &glossary.terms {
            let Some(term) = concept.terms.get(lang.as_str()) else {
                problems.push(format!(
                    "{lang}: the glossary has no term for {}",
                    concept.concept
                ));
                continue;
            };
            assert!(!concept.source.is_empty());
            let wanted = term.stem.as_deref().unwrap_or(&term.term).to_lowercase();
            if !texts.iter().any(|text| text.contains(&wanted)) {
                problems.push(format!(
                    "{lang}: no message says “{}” ({})",
                    term.term, concept.concept
                ));
            }
            for replaced in &term.replaces {
                let replaced = replaced.to_lowercase();
                for id in m.ids() {
                    if m.format(id, &[]).to_lowercase().contains(&replaced) {
                        problems.push(format!(
                            "{lang}: {id} says “{replaced}”, which “{}” replaces",
                            term.term
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    Ok(())
}

#[test]
fn counts_agree_with_their_nouns_in_each_language() {
    let say =
        |lang, errors: i64| messages(lang).fill(Report::VerdictBlocked, &[("errors", &errors)]);
    assert_eq!(
        say(Lang::En, 1),
        "Verdict: cannot be imported — 1 error to fix."
    );
    assert_eq!(
        say(Lang::En, 2500),
        "Verdict: cannot be imported — 2,500 errors to fix."
    );
    assert!(
        say(Lang::Fr, 1).contains("1 erreur "),
        "{}",
        say(Lang::Fr, 1)
    );
    assert!(
        say(Lang::De, 2500).contains("2.500"),
        "{}",
        say(Lang::De, 2500)
    );
    // Russian: 1, 3 and 5 take three different forms of the noun.
    let ru: BTreeSet<String> = [1, 3, 5]
        .into_iter()
        .map(|n| say(Lang::Ru, n).replace(&n.to_string(), ""))
        .collect();
    assert_eq!(ru.len(), 3, "{ru:?}");
    // No language writes "(s)" for a plural it could choose.
    for lang in Lang::ALL {
        for line in source(lang).lines() {
            assert!(!line.contains("(s)"), "{lang}: {line}");
        }
    }
}

#[test]
fn a_missing_address_field_is_named_in_the_readers_words() {
    let city = transition_domain::values::AddressLine::parse(" ", "city").err();
    let message = |issue: &Option<Issue>, lang| issue.as_ref().map(|i| i.message(messages(lang)));
    assert_eq!(
        message(&city, Lang::Fr).as_deref(),
        Some("L’adresse doit comporter une ville.")
    );
    assert_eq!(
        message(&city, Lang::En).as_deref(),
        Some("The address needs a city.")
    );
    let postal = Some(Issue::error(Code::AddressIncomplete, "").with("field", "postal_code"));
    assert_eq!(
        message(&postal, Lang::Fr).as_deref(),
        Some("L’adresse doit comporter un code postal.")
    );
    // Another code's `field` (a JSON key) is left as it is.
    let json = Some(Issue::error(Code::ExportFieldMissing, "").with("field", "city"));
    assert_eq!(
        message(&json, Lang::En).as_deref(),
        Some("The required field “city” is missing.")
    );
}
