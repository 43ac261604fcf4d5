//! The bilingual catalogues' machinery: the [`Lang`]uages, the one
//! [`catalogue!`](crate::catalogue!) macro that every catalogue is written
//! with (issue codes in [`codes`](crate::codes), other words in
//! [`labels`](crate::labels), the app's own words in the app's `i18n`),
//! and the one [`fill`] of `{name}` placeholders they all share.

use std::fmt::Display;

use serde::{Deserialize, Serialize};

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// Reads a BCP 47 tag or an `Accept-Language` entry (`fr`, `fr-BE`,
    /// `en_US`); anything that is not French falls back to English.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .trim()
            .split(['-', '_', ';', ','])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// True when a count of `n` takes the singular in this language
    /// (CLDR's "one"): 1 in English; 0 and 1 in French.
    pub fn is_singular(self, n: u64) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        }
    }
}

/// Declares a bilingual catalogue: an enum with one variant per entry and,
/// for each, its English and French texts. An entry without both texts does
/// not compile.
///
/// ```
/// transition_domain::catalogue! {
///     /// Words of an example.
///     pub enum Word;
///     Hello, en: "Hello, {name}", fr: "Bonjour, {name}";
///     Bye, en: "Bye", fr: "Au revoir";
/// }
/// use transition_domain::Lang;
/// assert_eq!(Word::Bye.text(Lang::Fr), "Au revoir");
/// assert_eq!(Word::Hello.fill(Lang::En, &[("name", &"Ada")]), "Hello, Ada");
/// assert_eq!(Word::ALL.len(), 2);
/// ```
///
/// An entry with one text only is refused:
///
/// ```compile_fail
/// transition_domain::catalogue! {
///     pub enum Word;
///     Hello, en: "Hello";
/// }
/// ```
///
/// The enum gets `Debug, Clone, Copy, PartialEq, Eq, Hash`, then the
/// attributes written before it (more derives, serde's); `ALL`, in
/// declaration order; `text(lang)`, the text with its `{name}`
/// placeholders (one `match`); `fill(lang, args)`, the text with its
/// placeholders filled (through the one shared [`fill`]); and a test that
/// every entry's texts are not blank and name the same placeholders. One
/// catalogue per module (the test module is `catalogue_completeness`).
///
/// A placeholder `{count|singular|plural}` is replaced by one of its two
/// forms, chosen by the count's number and the language's rule
/// ([`Lang::is_singular`]): `"{count} {count|error|errors}"`.
///
/// Entries written `Variant = "key", en: …, fr: …;` also give a stable key
/// to each: `as_str()` and `parse(key)`.
#[macro_export]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident;
        $( $variant:ident = $key:literal, en: $en:literal, fr: $fr:literal; )+
    ) => {
        $crate::catalogue! {
            $(#[$meta])*
            $vis enum $name;
            $( $variant, en: $en, fr: $fr; )+
        }

        impl $name {
            /// The entry's stable key.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $key, )+ }
            }

            /// The entry of a stable key (a search of [`Self::ALL`]: in
            /// the browser, a loop weighs less than a match on every key).
            pub fn parse(key: &str) -> ::core::option::Option<$name> {
                Self::ALL.iter().copied().find(|entry| entry.as_str() == key)
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident;
        $( $variant:ident, en: $en:literal, fr: $fr:literal; )+
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $(#[$meta])*
        $vis enum $name {
            $( $variant, )+
        }

        impl $name {
            /// Every entry, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The text in `lang`, with its `{name}` placeholders.
            pub fn text(self, lang: $crate::Lang) -> &'static str {
                match (self, lang) {
                    $( ($name::$variant, $crate::Lang::En) => $en,
                       ($name::$variant, $crate::Lang::Fr) => $fr, )+
                }
            }

            /// The text in `lang` with its placeholders filled from `args`.
            pub fn fill(
                self,
                lang: $crate::Lang,
                args: &[(&str, &dyn ::core::fmt::Display)],
            ) -> ::std::string::String {
                $crate::catalogue::fill(self.text(lang), lang, args)
            }
        }

        #[cfg(test)]
        mod catalogue_completeness {
            #[test]
            fn every_entry_has_both_texts_with_the_same_placeholders() {
                for &entry in super::$name::ALL {
                    let en = entry.text($crate::Lang::En);
                    let fr = entry.text($crate::Lang::Fr);
                    assert!(!en.trim().is_empty(), "{entry:?} has no English text");
                    assert!(!fr.trim().is_empty(), "{entry:?} has no French text");
                    let mut en_names = $crate::catalogue::placeholders(en);
                    let mut fr_names = $crate::catalogue::placeholders(fr);
                    en_names.sort_unstable();
                    en_names.dedup();
                    fr_names.sort_unstable();
                    fr_names.dedup();
                    assert_eq!(
                        en_names, fr_names,
                        "{entry:?}: both languages name the same placeholders"
                    );
                    for text in [en, fr] {
                        assert!(
                            $crate::catalogue::plurals_are_well_formed(text),
                            "{entry:?}: a plural placeholder has two forms: {text}"
                        );
                    }
                }
            }
        }
    };
}

/// `template` with its `{name}` placeholders filled from `args`, and its
/// `{name|singular|plural}` ones by the form `lang` gives the number;
/// every catalogue's `fill` and every issue's message come through here.
pub fn fill(template: &str, lang: Lang, args: &[(&str, &dyn Display)]) -> String {
    render(template, lang, |name| {
        args.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    })
}

/// Fills `{name}` placeholders of `template` with `lookup(name)`, and
/// `{name|singular|plural}` ones with the form `lang` gives that number;
/// a placeholder with no value is left as it is, so a gap shows, never
/// panics.
pub fn render(template: &str, lang: Lang, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let inner = &after[..close];
                let (name, forms) = inner.split_once('|').unwrap_or((inner, ""));
                match lookup(name) {
                    Some(value) if forms.is_empty() => out.push_str(&value),
                    Some(value) => {
                        let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
                        // A count is written in digits, and in both
                        // languages only 0 and 1 can take the singular.
                        let singular = match value.as_str() {
                            "0" => lang.is_singular(0),
                            "1" => lang.is_singular(1),
                            _ => false,
                        };
                        out.push_str(if singular { one } else { other });
                    }
                    None => {
                        out.push('{');
                        out.push_str(inner);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The names of the `{name}` and `{name|singular|plural}` placeholders of
/// a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    inner_placeholders(template)
        .into_iter()
        .map(|inner| inner.split('|').next().unwrap_or_default())
        .collect()
}

/// True when every plural placeholder of `template` has exactly two forms.
pub fn plurals_are_well_formed(template: &str) -> bool {
    inner_placeholders(template)
        .into_iter()
        .all(|inner| matches!(inner.matches('|').count(), 0 | 2))
}

fn inner_placeholders(template: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendering_fills_placeholders_and_leaves_unknown_ones() {
        let text = render("{a} and {b} {", Lang::En, |name| {
            (name == "a").then(|| "A".to_owned())
        });
        assert_eq!(text, "A and {b} {");
        assert_eq!(
            fill("{a} and {b} {", Lang::En, &[("a", &1), ("c", &2)]),
            "1 and {b} {"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = "{n} {n|error|errors}";
        let fr = "{n} {n|erreur|erreurs}";
        let of = |template: &str, lang: Lang, n: u64| fill(template, lang, &[("n", &n)]);
        assert_eq!(of(en, Lang::En, 0), "0 errors");
        assert_eq!(of(en, Lang::En, 1), "1 error");
        assert_eq!(of(en, Lang::En, 2), "2 errors");
        assert_eq!(of(fr, Lang::Fr, 0), "0 erreur");
        assert_eq!(of(fr, Lang::Fr, 1), "1 erreur");
        assert_eq!(of(fr, Lang::Fr, 2), "2 erreurs");
        assert_eq!(of(fr, Lang::Fr, 1000), "1000 erreurs");
        // No value: the placeholder shows as written.
        assert_eq!(fill(en, Lang::En, &[]), "{n} {n|error|errors}");
        assert_eq!(placeholders(en), vec!["n", "n"]);
        assert!(plurals_are_well_formed(en));
        assert!(!plurals_are_well_formed("{n|error}"));
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("{b} then {a} {"), vec!["b", "a"]);
        assert!(placeholders("none").is_empty());
    }

    #[test]
    fn languages_come_from_tags() {
        assert_eq!(Lang::from_tag("fr-BE"), Lang::Fr);
        assert_eq!(Lang::from_tag("FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("fr;q=0.9"), Lang::Fr);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag("de"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }
}
