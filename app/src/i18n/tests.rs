//! The app's message ids against the locale files.
use super::*;
use std::collections::BTreeSet;
use transition_domain::locales::messages;

#[test]
fn english_has_exactly_the_apps_ids() {
    let ours: BTreeSet<&str> = T::ALL.iter().map(|t| t.id()).collect();
    let english: BTreeSet<&str> = messages(Lang::En)
        .ids()
        .filter(|id| id.starts_with("app-"))
        .collect();
    assert_eq!(
        ours.difference(&english).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "ids without an English message"
    );
    assert_eq!(
        english.difference(&ours).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "English messages no id says"
    );
}

#[test]
fn the_menu_path_of_the_document_word_for_word() {
    let fr = messages(Lang::Fr);
    assert_eq!(fr.text(T::AccountSettings), "Paramètres du compte");
    assert_eq!(fr.text(T::BusinessProfile), "Profil commercial");
    assert_eq!(
        fr.text(T::ImportFromPinpoint),
        "Importer à partir de Pinpoint"
    );
    assert_eq!(
        fr.text(T::ServiceCentre),
        "Contactez votre Centre de service régional"
    );
    assert_eq!(
        fr.text(T::MarketsHeading),
        "Solutions à commercialiser à partir de cet emplacement"
    );
    assert_eq!(
        messages(Lang::De).text(T::ImportFromPinpoint),
        "Aus Pinpoint importieren"
    );
    assert_eq!(
        messages(Lang::Ja).text(T::ImportFromPinpoint),
        "Pinpoint からインポート"
    );
}

#[test]
fn counts_agree_with_their_nouns() {
    let issues = |lang, errors: usize, warnings: usize| {
        messages(lang).fill(
            T::IssuesCount,
            &[("errors", &errors), ("warnings", &warnings)],
        )
    };
    assert_eq!(issues(Lang::En, 1, 0), "1 error, 0 warnings");
    assert_eq!(issues(Lang::En, 2, 1), "2 errors, 1 warning");
    assert_eq!(issues(Lang::Fr, 1, 0), "1 erreur, 0 avertissement");
    assert_eq!(issues(Lang::Fr, 9, 2), "9 erreurs, 2 avertissements");
    assert_eq!(
        messages(Lang::Fr).fill(T::StepOf, &[("n", &2), ("total", &6)]),
        "Étape 2 sur 6"
    );
    assert_eq!(
        messages(Lang::En).fill(T::Characters, &[("count", &3), ("limit", &100)]),
        "3 / 100 characters"
    );
}

#[test]
fn the_built_in_words_exist_in_every_language() {
    for lang in Lang::ALL {
        let (loading, failed, retry) = built_in(lang);
        assert!(!loading.is_empty() && !failed.is_empty() && !retry.is_empty());
    }
}

#[test]
fn a_rows_error_badge_agrees_with_its_count() {
    let badge = |lang, count: usize| messages(lang).fill(T::ListErrors, &[("count", &count)]);
    assert_eq!(badge(Lang::En, 1), "1 error");
    assert_eq!(badge(Lang::En, 3), "3 errors");
    assert_eq!(badge(Lang::Ru, 3), "3 ошибки");
    assert_eq!(badge(Lang::Ru, 5), "5 ошибок");
    assert_eq!(badge(Lang::Ja, 2), "エラー 2 件");
}
