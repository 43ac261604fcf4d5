//! The texts of one language: a Project Fluent file (`locales/<lang>.ftl`)
//! parsed by `fluent-syntax`, and the formatting of its messages with
//! named arguments.
//!
//! What Fluent needs from the language itself (which plural form a number
//! takes, how a number is written) comes in as [`Formats`]: in the
//! browser from `Intl`, on the server and in the CLI from ICU4X's CLDR
//! data ([`locales`](crate::locales)). The browser thus carries no plural
//! rules of its own and no text but its one locale's.
//!
//! Formatting never fails and never panics: a missing message shows its
//! id, a missing argument shows `{$name}`, so a gap shows instead of
//! breaking a page. The locale checks (`domain/tests/locales.rs`) keep
//! both from happening.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, VariantKey,
};

use crate::catalogue::{Lang, Plural};

/// A typed message id: an entry of a [`catalogue!`](crate::catalogue!).
pub trait MessageId: Copy {
    fn message_id(self) -> &'static str;
}

/// What formatting needs from the language: the plural category of a
/// number, and the number written out ("2 500", "2.500", "2,500").
#[derive(Debug, Clone, Copy)]
pub struct Formats {
    pub plural: fn(Lang, i64) -> Plural,
    pub number: fn(Lang, i64) -> String,
}

impl Formats {
    /// Digits only, and English's plural rule. For tests of code that
    /// formats, not for people: the browser and the server bring the
    /// language's own.
    pub const PLAIN: Formats = Formats {
        plural: |_, n| if n == 1 { Plural::One } else { Plural::Other },
        number: |_, n| n.to_string(),
    };
}

/// The value of a message argument: a number (plural forms and grouping
/// apply) or a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    Int(i64),
    Text(&'a str),
}

/// Anything that can be a message argument.
pub trait Arg {
    fn value(&self) -> Value<'_>;
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> Value<'_> {
                Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i64, i32, u8, u16, u32, u64, usize);

impl Arg for str {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl Arg for String {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}

/// Named arguments of a message.
pub type Args<'a> = [(&'a str, &'a dyn Arg)];

/// A locale file that does not parse: where each error starts (a byte
/// offset). Only offsets: the browser, which parses its one file, carries
/// no error texts; the locale checks name the lines.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{lang}.ftl does not parse at bytes {at:?}")]
pub struct ParseError {
    pub lang: Lang,
    pub at: Vec<usize>,
}

/// How deep message and term references may nest (a cycle stops here).
const MAX_DEPTH: u8 = 8;

/// The messages of one language.
pub struct Messages {
    lang: Lang,
    formats: Formats,
    resource: Resource<String>,
    messages: HashMap<String, usize>,
    terms: HashMap<String, usize>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .field("messages", &self.messages.len())
            .finish_non_exhaustive()
    }
}

impl Messages {
    /// Parses a locale file. With errors, the entries that did parse are
    /// kept in [`Messages::lenient`]; this refuses the file.
    pub fn parse(lang: Lang, source: String, formats: Formats) -> Result<Messages, ParseError> {
        match fluent_syntax::parser::parse_runtime(source) {
            Ok(resource) => Ok(Messages::of(lang, resource, formats)),
            Err((_, errors)) => Err(ParseError {
                lang,
                at: errors.iter().map(|error| error.pos.start).collect(),
            }),
        }
    }

    /// Parses a locale file, keeping whatever parses.
    pub fn lenient(lang: Lang, source: String, formats: Formats) -> Messages {
        let resource =
            fluent_syntax::parser::parse_runtime(source).unwrap_or_else(|(partial, _)| partial);
        Messages::of(lang, resource, formats)
    }

    fn of(lang: Lang, resource: Resource<String>, formats: Formats) -> Messages {
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for (at, entry) in resource.body.iter().enumerate() {
            match entry {
                Entry::Message(message) => {
                    messages.insert(message.id.name.clone(), at);
                }
                Entry::Term(term) => {
                    terms.insert(term.id.name.clone(), at);
                }
                _ => {}
            }
        }
        Messages {
            lang,
            formats,
            resource,
            messages,
            terms,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn formats(&self) -> Formats {
        self.formats
    }

    /// The ids of every message, in the file's order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.resource.body.iter().filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.as_str()),
            _ => None,
        })
    }

    pub fn has(&self, id: &str) -> bool {
        self.pattern(id).is_some()
    }

    fn pattern(&self, id: &str) -> Option<&Pattern<String>> {
        match self.resource.body.get(*self.messages.get(id)?)? {
            Entry::Message(message) => message.value.as_ref(),
            _ => None,
        }
    }

    fn term(&self, id: &str) -> Option<&Pattern<String>> {
        match self.resource.body.get(*self.terms.get(id)?)? {
            Entry::Term(term) => Some(&term.value),
            _ => None,
        }
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: impl MessageId) -> String {
        self.format(id.message_id(), &[])
    }

    /// The message `id` with its arguments.
    pub fn fill(&self, id: impl MessageId, args: &Args<'_>) -> String {
        self.format(id.message_id(), args)
    }

    /// The message of a textual id with its arguments; the id itself when
    /// the file has no such message.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let mut out = String::new();
        match self.pattern(id) {
            Some(pattern) => self.write(&mut out, pattern, args, 0),
            None => out.push_str(id),
        }
        out
    }

    /// A number written out in this language.
    pub fn number(&self, n: i64) -> String {
        (self.formats.number)(self.lang, n)
    }

    fn write(&self, out: &mut String, pattern: &Pattern<String>, args: &Args<'_>, depth: u8) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.expression(out, expression, args, depth)
                }
            }
        }
    }

    fn expression(
        &self,
        out: &mut String,
        expression: &Expression<String>,
        args: &Args<'_>,
        depth: u8,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(out, inline, args, depth),
            Expression::Select { selector, variants } => {
                let chosen = variants
                    .iter()
                    .find(|variant| self.selects(selector, &variant.key, args))
                    .or_else(|| variants.iter().find(|variant| variant.default));
                if let Some(variant) = chosen {
                    self.write(out, &variant.value, args, depth);
                }
            }
        }
    }

    fn selects(
        &self,
        selector: &InlineExpression<String>,
        key: &VariantKey<String>,
        args: &Args<'_>,
    ) -> bool {
        let value = match selector {
            InlineExpression::VariableReference { id } => argument(args, &id.name),
            InlineExpression::NumberLiteral { value } => value.parse().ok().map(Value::Int),
            InlineExpression::StringLiteral { value } => Some(Value::Text(value)),
            _ => None,
        };
        match (value, key) {
            (Some(Value::Int(n)), VariantKey::NumberLiteral { value }) => {
                value.parse::<i64>().ok() == Some(n)
            }
            (Some(Value::Int(n)), VariantKey::Identifier { name }) => {
                (self.formats.plural)(self.lang, n).as_str() == name
            }
            (Some(Value::Text(text)), VariantKey::Identifier { name }) => text == name,
            _ => false,
        }
    }

    fn inline(
        &self,
        out: &mut String,
        inline: &InlineExpression<String>,
        args: &Args<'_>,
        depth: u8,
    ) {
        match inline {
            InlineExpression::StringLiteral { value } => unescape(out, value),
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => match argument(args, &id.name) {
                Some(Value::Int(n)) => out.push_str(&self.number(n)),
                Some(Value::Text(text)) => out.push_str(text),
                None => {
                    out.push_str("{$");
                    out.push_str(&id.name);
                    out.push('}');
                }
            },
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } if depth < MAX_DEPTH => {
                if let Some(pattern) = self.pattern(&id.name) {
                    self.write(out, pattern, args, depth + 1);
                }
            }
            InlineExpression::TermReference {
                id,
                attribute: None,
                ..
            } if depth < MAX_DEPTH => {
                if let Some(pattern) = self.term(&id.name) {
                    self.write(out, pattern, args, depth + 1);
                }
            }
            InlineExpression::Placeable { expression } => {
                self.expression(out, expression, args, depth)
            }
            // Functions, attributes and cycles are not used by the
            // catalogues (the locale checks refuse them): shown as a gap.
            _ => out.push_str("{…}"),
        }
    }

    /// The variables message `id` names (for the locale checks).
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        if let Some(pattern) = self.pattern(id) {
            walk(pattern, &mut |inline| {
                if let InlineExpression::VariableReference { id } = inline {
                    names.insert(id.name.clone());
                }
            });
        }
        names
    }

    /// What message `id` uses that formatting does not support
    /// (functions, attributes, unknown references), for the checks.
    pub fn unsupported(&self, id: &str) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(pattern) = self.pattern(id) {
            walk(pattern, &mut |inline| match inline {
                InlineExpression::FunctionReference { id, .. } => {
                    found.push(format!("function {}", id.name))
                }
                InlineExpression::MessageReference { id, attribute }
                    if attribute.is_some() || !self.has(&id.name) =>
                {
                    found.push(format!("reference {}", id.name));
                }
                InlineExpression::TermReference { id, attribute, .. }
                    if attribute.is_some() || self.term(&id.name).is_none() =>
                {
                    found.push(format!("term -{}", id.name));
                }
                _ => {}
            });
        }
        found
    }

    /// For each select on a variable in message `id`: the variable and
    /// the keys of its variants (for the plural checks).
    pub fn selects_of(&self, id: &str) -> Vec<(String, Vec<String>)> {
        let mut found = Vec::new();
        if let Some(pattern) = self.pattern(id) {
            selects_in(pattern, &mut found);
        }
        found
    }

    /// The pseudo-locale of these messages: every text accented, about
    /// 40 % longer and bracketed, so that truncation and words that do
    /// not come from the catalogue show. For development.
    pub fn pseudo(&self) -> Messages {
        let mut resource = self.resource.clone();
        for entry in &mut resource.body {
            if let Entry::Message(message) = entry {
                if let Some(pattern) = message.value.as_mut() {
                    pseudo_pattern(pattern, true);
                }
            }
        }
        Messages::of(self.lang, resource, self.formats)
    }
}

fn argument<'a>(args: &'a Args<'_>, name: &str) -> Option<Value<'a>> {
    args.iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.value())
}

/// A Fluent string literal's escapes (`\"`, `\\`, `\uXXXX`, `\UXXXXXX`).
fn unescape(out: &mut String, value: &str) {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(digits @ ('u' | 'U')) => {
                let len = if digits == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) => out.push(decoded),
                    None => out.push('\u{fffd}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
}

fn walk(pattern: &Pattern<String>, visit: &mut impl FnMut(&InlineExpression<String>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression(
    expression: &Expression<String>,
    visit: &mut impl FnMut(&InlineExpression<String>),
) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, visit),
        Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
    }
}

fn walk_inline(
    inline: &InlineExpression<String>,
    visit: &mut impl FnMut(&InlineExpression<String>),
) {
    visit(inline);
    if let InlineExpression::Placeable { expression } = inline {
        walk_expression(expression, visit);
    }
}

fn selects_in(pattern: &Pattern<String>, found: &mut Vec<(String, Vec<String>)>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        let mut expression = expression;
        while let Expression::Inline(InlineExpression::Placeable { expression: inner }) = expression
        {
            expression = inner;
        }
        if let Expression::Select { selector, variants } = expression {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|variant| match &variant.key {
                        VariantKey::Identifier { name } => name.clone(),
                        VariantKey::NumberLiteral { value } => value.clone(),
                    })
                    .collect();
                found.push((id.name.clone(), keys));
            }
            for variant in variants {
                selects_in(&variant.value, found);
            }
        }
    }
}

fn pseudo_pattern(pattern: &mut Pattern<String>, first: bool) {
    let count = pattern.elements.len();
    for (at, element) in pattern.elements.iter_mut().enumerate() {
        match element {
            PatternElement::TextElement { value } => *value = pseudo_text(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    pseudo_pattern(&mut variant.value, false);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
        let _ = at;
    }
    if first {
        pattern
            .elements
            .insert(0, PatternElement::TextElement { value: "[".into() });
        if count > 0 {
            pattern
                .elements
                .push(PatternElement::TextElement { value: "]".into() });
        }
    }
}

/// Accents every ASCII letter and lengthens the text by about 40 %.
pub fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0;
    for c in text.chars() {
        let accented = match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'î',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'C' => 'Ç',
            'N' => 'Ñ',
            other => other,
        };
        out.push(accented);
        if c.is_alphabetic() {
            letters += 1;
            // Two extra letters for every five: about 40 % longer.
            if letters % 5 == 0 || letters % 5 == 3 {
                out.push(
                    if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u') {
                        accented
                    } else {
                        '·'
                    },
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"
-brand = Partner Center
hello = Hello, { $name }!
errors = { $count } { $count ->
        [one] error
        [0] no error at all
       *[other] errors
    }
nested = { -brand }: { hello }
literal = { "{" }braces{ "\u0041" }
"#;

    fn ru_like(_: Lang, n: i64) -> Plural {
        match (n % 10, n % 100) {
            (1, m) if m != 11 => Plural::One,
            (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
            _ => Plural::Many,
        }
    }

    fn messages() -> Messages {
        let grouped = Formats {
            plural: Formats::PLAIN.plural,
            number: |_, n| {
                let digits = n.to_string();
                if digits.len() > 3 {
                    format!(
                        "{},{}",
                        &digits[..digits.len() - 3],
                        &digits[digits.len() - 3..]
                    )
                } else {
                    digits
                }
            },
        };
        Messages::parse(Lang::En, SOURCE.to_owned(), grouped).unwrap_or_else(|error| {
            panic!("{error}");
        })
    }

    #[test]
    fn messages_fill_their_arguments_and_plural_forms() {
        let m = messages();
        assert_eq!(m.format("hello", &[("name", &"Ada")]), "Hello, Ada!");
        assert_eq!(m.format("errors", &[("count", &1)]), "1 error");
        assert_eq!(m.format("errors", &[("count", &0)]), "0 no error at all");
        assert_eq!(m.format("errors", &[("count", &2500)]), "2,500 errors");
        assert_eq!(
            m.format("nested", &[("name", &"Bo")]),
            "Partner Center: Hello, Bo!"
        );
        assert_eq!(m.format("literal", &[]), "{bracesA");
    }

    #[test]
    fn gaps_show_and_never_panic() {
        let m = messages();
        assert_eq!(m.format("hello", &[]), "Hello, {$name}!");
        assert_eq!(m.format("no-such-message", &[]), "no-such-message");
        assert_eq!(m.format("errors", &[("count", &"many")]), "many errors");
        let cyclic = Messages::lenient(Lang::En, "a = { b }\nb = { a }\n".into(), Formats::PLAIN);
        assert_eq!(cyclic.format("a", &[]), "{…}");
    }

    #[test]
    fn plural_forms_come_from_the_formats() {
        let source = "n = { $n ->\n [one] одна\n [few] несколько\n *[many] много\n}\n";
        let formats = Formats {
            plural: ru_like,
            number: Formats::PLAIN.number,
        };
        let m = Messages::parse(Lang::Ru, source.into(), formats).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m.format("n", &[("n", &21)]), "одна");
        assert_eq!(m.format("n", &[("n", &3)]), "несколько");
        assert_eq!(m.format("n", &[("n", &11)]), "много");
    }

    #[test]
    fn the_checks_see_variables_selects_and_what_is_not_supported() {
        let m = messages();
        assert_eq!(m.variables("errors"), BTreeSet::from(["count".to_owned()]));
        assert_eq!(
            m.selects_of("errors"),
            vec![(
                "count".to_owned(),
                vec!["one".into(), "0".into(), "other".into()]
            )]
        );
        assert!(m.unsupported("nested").is_empty());
        let odd = Messages::lenient(
            Lang::En,
            "a = { NUMBER($n) } { b.attr } { -none }\n".into(),
            Formats::PLAIN,
        );
        assert_eq!(odd.unsupported("a").len(), 3);
        assert!(Messages::parse(Lang::En, "a = { $\n".into(), Formats::PLAIN).is_err());
    }

    #[test]
    fn the_pseudo_locale_is_longer_accented_and_bracketed() {
        let m = messages().pseudo();
        let hello = m.format("hello", &[("name", &"Ada")]);
        assert!(hello.starts_with('[') && hello.ends_with(']'), "{hello}");
        assert!(
            hello.contains("Ada"),
            "arguments are left as they are: {hello}"
        );
        assert!(hello.contains('é'));
        let plain = "Select at least one business profile to import.";
        let long = pseudo_text(plain);
        let ratio = long.chars().count() as f64 / plain.chars().count() as f64;
        assert!((1.25..1.6).contains(&ratio), "{ratio}");
    }
}
