//! The catalogues' machinery: the [`Lang`]uages and how a tag or an
//! `Accept-Language` header picks one, and the one
//! [`catalogue!`](crate::catalogue!) macro that declares every set of
//! typed message ids (issue codes in [`codes`](crate::codes), other words
//! in [`labels`](crate::labels) and [`report`](crate::report), the app's
//! own words in the app's `i18n`). The texts themselves are data: one
//! Project Fluent file per language in `locales/`, read by
//! [`messages`](crate::messages).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language of the catalogues: Partner Center's own eleven.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
    Ja,
    Ko,
    PtBr,
    Ru,
    ZhHans,
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Ja,
        Lang::Ko,
        Lang::PtBr,
        Lang::Ru,
        Lang::ZhHans,
        Lang::ZhHant,
    ];

    /// The BCP 47 tag, as the locale files are named (`pt-BR`,
    /// `zh-Hans`).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language's name in itself, as a language switch lists it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::It => "Italiano",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
        }
    }

    /// The writing direction of the language (`dir`): every language of
    /// Partner Center's is written left to right.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// The language a BCP 47 tag (`fr-CA`, `zh-TW`, `pt_PT`) stands for,
    /// by its primary language and, for Chinese, its script or region:
    /// `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` are `zh-Hant`, other
    /// Chinese is `zh-Hans`; any Portuguese is `pt-BR`. `None` for a
    /// language the product does not speak, or for text that is not a tag.
    pub fn match_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        let well_formed = |subtag: &str| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        };
        if !(2..=3).contains(&primary.len())
            || !primary.bytes().all(|b| b.is_ascii_alphabetic())
            || !rest.iter().all(|subtag| well_formed(subtag))
        {
            return None;
        }
        let is = |name: &str| primary.eq_ignore_ascii_case(name);
        let has = |names: &[&str]| {
            rest.iter()
                .any(|subtag| names.iter().any(|name| subtag.eq_ignore_ascii_case(name)))
        };
        let lang = if is("zh") {
            if has(&["hant"]) || (!has(&["hans"]) && has(&["tw", "hk", "mo"])) {
                Lang::ZhHant
            } else {
                Lang::ZhHans
            }
        } else if is("pt") {
            Lang::PtBr
        } else {
            *Lang::ALL.iter().find(|lang| is(lang.as_str()))?
        };
        Some(lang)
    }

    /// The first of `tags` the product speaks (a portal's choice, then
    /// the browser's languages, in order), else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::match_tag)
            .unwrap_or_default()
    }

    /// The language an `Accept-Language` header asks for: its entries by
    /// quality (highest first, in order among equals), the first the
    /// product speaks, else English. Entries that do not parse, and a
    /// quality of 0, are passed over; a header that is all malformed is
    /// English, never an error.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut entries: Vec<(u16, &str)> = header
            .split(',')
            .filter_map(|entry| {
                let mut parts = entry.split(';');
                let tag = parts.next()?.trim();
                let mut quality = 1000;
                for parameter in parts {
                    let (name, value) = parameter.split_once('=')?;
                    if name.trim().eq_ignore_ascii_case("q") {
                        let value: f32 = value.trim().parse().ok()?;
                        if !(0.0..=1.0).contains(&value) {
                            return None;
                        }
                        quality = (value * 1000.0).round() as u16;
                    }
                }
                (quality > 0).then_some((quality, tag))
            })
            .collect();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.0));
        Lang::negotiate(entries.into_iter().map(|(_, tag)| tag))
    }

    /// [`Lang::match_tag`], English for anything it does not match.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::match_tag(tag).unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// On the wire, its BCP 47 tag; any tag that matches one is read.
impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Lang::match_tag(&tag)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown language `{tag}`")))
    }
}

/// A CLDR plural category: which form of a word a number takes in a
/// language (Russian has one, few, many and other; Japanese only other).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The category's CLDR name, as a Fluent variant key writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category of a CLDR name (`Intl.PluralRules` answers these).
    pub fn parse(name: &str) -> Option<Plural> {
        Plural::ALL
            .into_iter()
            .find(|plural| plural.as_str() == name)
    }
}

/// Declares a catalogue: an enum of typed message ids. Each entry has a
/// stable key; its message id in the locale files is the catalogue's
/// prefix and the key (`issue-name_empty`). The texts are in
/// `locales/<lang>.ftl`, and a test fails when a locale lacks an id.
///
/// ```
/// transition_domain::catalogue! {
///     /// Words of an example.
///     pub enum Word = "word-";
///     Hello = "hello";
///     Bye = "bye";
/// }
/// assert_eq!(Word::Bye.id(), "word-bye");
/// assert_eq!(Word::Hello.as_str(), "hello");
/// assert_eq!(Word::parse("bye"), Some(Word::Bye));
/// assert_eq!(Word::ALL.len(), 2);
/// ```
///
/// The enum gets `Debug, Clone, Copy, PartialEq, Eq, Hash`, then the
/// attributes written before it; `ALL`, in declaration order; `as_str()`,
/// its stable key; `id()`, its message id; `parse(key)`; and
/// [`MessageId`](crate::messages::MessageId), so that
/// [`Messages`](crate::messages::Messages) can say it.
#[macro_export]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident = $prefix:literal;
        $( $variant:ident = $key:literal; )+
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $(#[$meta])*
        $vis enum $name {
            $( $variant, )+
        }

        impl $name {
            /// Every entry, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The entry's stable key.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $key, )+ }
            }

            /// The entry's message id in the locale files.
            pub fn id(self) -> &'static str {
                match self { $( $name::$variant => concat!($prefix, $key), )+ }
            }

            /// The entry of a stable key (a search of [`Self::ALL`]: in
            /// the browser, a loop weighs less than a match on every key).
            pub fn parse(key: &str) -> ::core::option::Option<$name> {
                Self::ALL.iter().copied().find(|entry| entry.as_str() == key)
            }
        }

        impl $crate::messages::MessageId for $name {
            fn message_id(self) -> &'static str {
                self.id()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_the_languages_of_partner_center() {
        for (tag, lang) in [
            ("fr", Some(Lang::Fr)),
            ("fr-CA", Some(Lang::Fr)),
            ("FR", Some(Lang::Fr)),
            ("de-AT", Some(Lang::De)),
            ("de_CH", Some(Lang::De)),
            ("en-US", Some(Lang::En)),
            ("zh-TW", Some(Lang::ZhHant)),
            ("zh-HK", Some(Lang::ZhHant)),
            ("zh-MO", Some(Lang::ZhHant)),
            ("zh-Hant", Some(Lang::ZhHant)),
            ("zh-Hant-CN", Some(Lang::ZhHant)),
            ("zh-Hans-TW", Some(Lang::ZhHans)),
            ("zh-CN", Some(Lang::ZhHans)),
            ("zh-SG", Some(Lang::ZhHans)),
            ("zh", Some(Lang::ZhHans)),
            ("pt", Some(Lang::PtBr)),
            ("pt-PT", Some(Lang::PtBr)),
            ("pt-BR", Some(Lang::PtBr)),
            ("ja-JP", Some(Lang::Ja)),
            ("ko", Some(Lang::Ko)),
            ("ru-RU", Some(Lang::Ru)),
            ("it-CH", Some(Lang::It)),
            ("es-419", Some(Lang::Es)),
            ("nl", None),
            ("", None),
            ("*", None),
            ("français", None),
            ("fr-", None),
            ("f", None),
        ] {
            assert_eq!(Lang::match_tag(tag), lang, "{tag}");
        }
        assert_eq!(Lang::negotiate(["nl-BE", "de-AT", "fr"]), Lang::De);
        assert_eq!(Lang::negotiate(["nl"]), Lang::En);
        assert_eq!(Lang::from_tag("sv"), Lang::En);
    }

    #[test]
    fn accept_language_follows_quality_and_ignores_what_does_not_parse() {
        for (header, lang) in [
            ("es", Lang::Es),
            ("es-MX,es;q=0.9,en;q=0.8", Lang::Es),
            ("nl, ja;q=0.5, fr;q=0.7", Lang::Fr),
            ("fr;q=0, de;q=0.1", Lang::De),
            ("ko;q=abc, ru", Lang::Ru),
            ("*;q=0.5, zh-TW", Lang::ZhHant),
            (";;;,,,==", Lang::En),
            ("", Lang::En),
            ("fr;q=2", Lang::En),
        ] {
            assert_eq!(Lang::from_accept_language(header), lang, "{header}");
        }
    }

    #[test]
    fn languages_round_trip_as_tags() {
        for lang in Lang::ALL {
            assert_eq!(Lang::match_tag(lang.as_str()), Some(lang));
            let json = serde_json::to_string(&lang).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", lang.as_str()));
            assert_eq!(serde_json::from_str::<Lang>(&json).ok(), Some(lang));
        }
        assert!(serde_json::from_str::<Lang>("\"nl\"").is_err());
    }
}
