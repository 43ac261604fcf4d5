//! The eleven locale files, built in, with CLDR's plural rules and number
//! formats from ICU4X: what the server (problems and issue messages in
//! the caller's language) and the CLI say things with. Behind the
//! `locales` feature, on by default; the browser's build leaves it out
//! and fetches its one locale file instead (`app/src/i18n.rs`).

use std::sync::LazyLock;

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use crate::catalogue::{Lang, Plural};
use crate::messages::{Formats, Messages};

/// Every locale file's text, by language.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../locales/en.ftl"),
        Lang::Fr => include_str!("../../locales/fr.ftl"),
        Lang::De => include_str!("../../locales/de.ftl"),
        Lang::Es => include_str!("../../locales/es.ftl"),
        Lang::It => include_str!("../../locales/it.ftl"),
        Lang::Ja => include_str!("../../locales/ja.ftl"),
        Lang::Ko => include_str!("../../locales/ko.ftl"),
        Lang::PtBr => include_str!("../../locales/pt-BR.ftl"),
        Lang::Ru => include_str!("../../locales/ru.ftl"),
        Lang::ZhHans => include_str!("../../locales/zh-Hans.ftl"),
        Lang::ZhHant => include_str!("../../locales/zh-Hant.ftl"),
    }
}

/// CLDR's rules for `lang`, from ICU4X's built-in data.
pub const CLDR: Formats = Formats { plural, number };

fn locale(lang: Lang) -> Locale {
    Locale::try_from_str(lang.as_str()).unwrap_or(icu_locale_core::locale!("en"))
}

// One entry per language, in the order of `Lang`'s variants.
static PLURALS: LazyLock<[Option<PluralRules>; 11]> =
    LazyLock::new(|| Lang::ALL.map(|lang| PluralRules::try_new_cardinal(locale(lang).into()).ok()));
static DECIMALS: LazyLock<[Option<DecimalFormatter>; 11]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| DecimalFormatter::try_new(locale(lang).into(), Default::default()).ok())
});
static MESSAGES: LazyLock<[Messages; 11]> =
    LazyLock::new(|| Lang::ALL.map(|lang| Messages::lenient(lang, source(lang).to_owned(), CLDR)));

/// The CLDR plural category of `n` in `lang`.
pub fn plural(lang: Lang, n: i64) -> Plural {
    let Some(Some(rules)) = PLURALS.get(lang as usize) else {
        return Plural::Other;
    };
    match rules.category_for(n) {
        PluralCategory::Zero => Plural::Zero,
        PluralCategory::One => Plural::One,
        PluralCategory::Two => Plural::Two,
        PluralCategory::Few => Plural::Few,
        PluralCategory::Many => Plural::Many,
        PluralCategory::Other => Plural::Other,
    }
}

/// `n` written as `lang` writes numbers ("2 500", "2.500", "2,500").
pub fn number(lang: Lang, n: i64) -> String {
    match DECIMALS.get(lang as usize) {
        Some(Some(formatter)) => formatter.format(&Decimal::from(n)).to_string(),
        _ => n.to_string(),
    }
}

/// The built-in messages of `lang`. A file that did not parse whole keeps
/// what did (`domain/tests/locales.rs` fails on any error).
pub fn messages(lang: Lang) -> &'static Messages {
    // `MESSAGES` is `Lang::ALL` mapped: one entry per variant, in order.
    #[allow(clippy::indexing_slicing)]
    &MESSAGES[lang as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_numbers_follow_cldr() {
        assert_eq!(plural(Lang::En, 1), Plural::One);
        assert_eq!(plural(Lang::En, 0), Plural::Other);
        assert_eq!(plural(Lang::Fr, 0), Plural::One);
        assert_eq!(plural(Lang::Ru, 1), Plural::One);
        assert_eq!(plural(Lang::Ru, 3), Plural::Few);
        assert_eq!(plural(Lang::Ru, 5), Plural::Many);
        assert_eq!(plural(Lang::Ru, 21), Plural::One);
        assert_eq!(plural(Lang::Ja, 1), Plural::Other);
        assert_eq!(number(Lang::En, 2500), "2,500");
        assert_eq!(number(Lang::De, 2500), "2.500");
        assert_eq!(number(Lang::Fr, 2500), "2\u{202f}500");
        assert_eq!(number(Lang::Ja, 42), "42");
    }
}
