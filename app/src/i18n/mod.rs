//! The app's words. Its own typed message ids are the catalogue [`T`]
//! (issue messages, labels and catalogue names come from the domain's);
//! their texts are the partner's one locale file (`locales/<lang>.ftl`),
//! fetched in parallel with the wasm (its hashed name comes from the
//! loader or the page) and formatted by the domain's [`Messages`], with
//! plural forms and numbers from the browser's own `Intl`. The wasm
//! carries message ids, not the texts of eleven languages.
//!
//! Switching language fetches the new file and keeps everything the
//! partner typed: the texts change, the state does not. If a file cannot
//! be loaded, a few built-in words say so and offer to try again; a
//! message id is never shown.

use std::sync::Arc;

use leptos::prelude::*;
use transition_domain::messages::{Args, MessageId};
use transition_domain::{Lang, Messages};

mod load;
mod texts;

pub use load::{
    built_in, follow, LocaleFiles, Preload, PreloadText, Retry, TextsGate, INTL, REMEMBERED,
};
pub use texts::T;

/// Where the texts stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// The first locale file is on its way: nothing to say yet.
    Loading,
    Ready,
    /// The file of this language could not be loaded (and none before).
    Failed(Lang),
}

/// The partner's language and its messages, provided as context. Reading
/// a text tracks the messages, so a view follows the language switch.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// The pseudo-locale (demo mode, for development): English, every
    /// text accented, longer and bracketed.
    pub pseudo: RwSignal<bool>,
    pub messages: RwSignal<Arc<Messages>>,
    pub texts: RwSignal<Texts>,
}

impl I18n {
    pub fn new(lang: Lang) -> I18n {
        I18n {
            lang: RwSignal::new(lang),
            pseudo: RwSignal::new(false),
            messages: RwSignal::new(Arc::new(Messages::lenient(lang, String::new(), INTL))),
            texts: RwSignal::new(Texts::Loading),
        }
    }

    /// The language the texts are in now (tracked).
    pub fn get(self) -> Lang {
        self.messages.with(|m| m.lang())
    }

    /// The same, untracked.
    pub fn get_untracked(self) -> Lang {
        self.messages.with_untracked(|m| m.lang())
    }

    /// A message without arguments (tracked).
    pub fn text(self, id: impl MessageId) -> String {
        self.messages.with(|m| m.text(id))
    }

    /// A message with its arguments (tracked).
    pub fn fill(self, id: impl MessageId, args: &Args<'_>) -> String {
        self.messages.with(|m| m.fill(id, args))
    }

    /// Anything said with the messages (tracked).
    pub fn with<R>(self, say: impl FnOnce(&Messages) -> R) -> R {
        self.messages.with(|m| say(m))
    }
}

/// The language and texts the app provides.
pub fn use_lang() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(Lang::En))
}

/// A text that follows the language switch, for use in a view.
pub fn tr(key: T) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_lang();
    move || i18n.text(key)
}

/// The same, as a `Signal<String>` for component props.
pub fn ts(key: T) -> Signal<String> {
    let i18n = use_lang();
    Signal::derive(move || i18n.text(key))
}

#[cfg(test)]
mod tests;
