//! Loading the partner's locale file: where the build's files are
//! (`LocaleFiles`), the one the loader already asked for (`Preload`),
//! following the language as it changes (`follow`), the built-in words
//! shown before any file is there (`TextsGate`), and the browser's `Intl`
//! formats (`INTL`).

use std::sync::Arc;

use leptos::prelude::*;
use transition_domain::{Formats, Lang, Messages, Plural};
use wasm_bindgen::{JsCast, JsValue};

use super::{use_lang, I18n, Texts};

/// Plural forms and numbers by the browser's `Intl` (`Intl.PluralRules`,
/// `Number.prototype.toLocaleString`): the same CLDR rules the server
/// takes from ICU4X, without carrying them in the wasm.
pub const INTL: Formats = Formats {
    plural: intl_plural,
    number: intl_number,
};

thread_local! {
    static PLURAL_RULES: std::cell::RefCell<Option<(Lang, js_sys::Intl::PluralRules)>> =
        const { std::cell::RefCell::new(None) };
}

fn intl_plural(lang: Lang, n: i64) -> Plural {
    PLURAL_RULES.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(cached, _)| *cached != lang) {
            let locales = js_sys::Array::of1(&JsValue::from_str(lang.as_str()));
            *cell = Some((
                lang,
                js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new()),
            ));
        }
        cell.as_ref()
            .and_then(|(_, rules)| Plural::parse(&String::from(rules.select(n as f64))))
            .unwrap_or(Plural::Other)
    })
}

fn intl_number(lang: Lang, n: i64) -> String {
    crate::locale::number(n, lang)
}

/// The locale files of this build: each language's hashed URL and its
/// integrity, from the loader (`locales` of the mount config) or from our
/// own page (`<script type="application/json" id="pinpoint-locales">`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocaleFiles {
    files: Vec<(Lang, String, Option<String>)>,
}

impl LocaleFiles {
    /// Reads `{"de": {"href": "…", "integrity": "…"}, …}` (or `"de":
    /// "href"`); entries that are not a language of ours are left out.
    pub fn from_js(value: &JsValue) -> LocaleFiles {
        let mut files = Vec::new();
        if let Some(object) = value.dyn_ref::<js_sys::Object>() {
            for entry in js_sys::Object::entries(object).iter() {
                let pair = js_sys::Array::from(&entry);
                let Some(lang) = pair.get(0).as_string().and_then(|t| Lang::match_tag(&t)) else {
                    continue;
                };
                let file = pair.get(1);
                let field = |key: &str| {
                    js_sys::Reflect::get(&file, &JsValue::from_str(key))
                        .ok()
                        .and_then(|v| v.as_string())
                };
                if let Some(href) = file.as_string().or_else(|| field("href")) {
                    files.push((lang, href, field("integrity")));
                }
            }
        }
        LocaleFiles { files }
    }

    /// The map our own page carries, if it has one.
    pub fn of_page() -> LocaleFiles {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("pinpoint-locales"))
            .and_then(|e| e.text_content())
            .and_then(|text| js_sys::JSON::parse(&text).ok())
            .map(|value| LocaleFiles::from_js(&value))
            .unwrap_or_default()
    }

    fn file(&self, lang: Lang) -> Option<(&str, Option<&str>)> {
        self.files
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, href, integrity)| (href.as_str(), integrity.as_deref()))
    }
}

/// A locale file the loader already asked for: its language and the
/// promise of its text (`localePreload` of the mount config, or our own
/// page's `pinpointTransitionLocale`), or the text itself when the loader
/// already has it (then the first view is drawn with it at once).
#[derive(Debug, Clone)]
pub struct Preload {
    pub lang: Lang,
    pub text: PreloadText,
}

#[derive(Debug, Clone)]
pub enum PreloadText {
    Here(String),
    Coming(js_sys::Promise),
}

/// Two preloads are the same when they are of the same language.
impl PartialEq for Preload {
    fn eq(&self, other: &Preload) -> bool {
        self.lang == other.lang
    }
}

impl Preload {
    pub fn from_js(value: &JsValue) -> Option<Preload> {
        let tag = js_sys::Reflect::get(value, &JsValue::from_str("tag"))
            .ok()?
            .as_string()?;
        let text = js_sys::Reflect::get(value, &JsValue::from_str("text")).ok()?;
        let text = match text.as_string() {
            Some(here) => PreloadText::Here(here),
            None => PreloadText::Coming(text.dyn_into().ok()?),
        };
        Some(Preload {
            lang: Lang::match_tag(&tag)?,
            text,
        })
    }

    /// What our own page's inline script started.
    pub fn of_page() -> Option<Preload> {
        let window = web_sys::window()?;
        let value =
            js_sys::Reflect::get(&window, &JsValue::from_str("pinpointTransitionLocale")).ok()?;
        Preload::from_js(&value)
    }
}

async fn fetch_text(href: &str, integrity: Option<&str>) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    if let Some(integrity) = integrity {
        init.set_integrity(integrity);
    }
    let window = web_sys::window()?;
    let answer = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(href, &init))
        .await
        .ok()?;
    let answer: web_sys::Response = answer.dyn_into().ok()?;
    if !answer.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(answer.text().ok()?)
        .await
        .ok()?;
    text.as_string()
}

/// The messages of `lang`: the preloaded text when it is that language's,
/// else its file. `None` when neither can be had or the text does not
/// parse.
async fn load(lang: Lang, files: &LocaleFiles, preload: Option<Preload>) -> Option<Messages> {
    let preloaded = match preload.filter(|p| p.lang == lang).map(|p| p.text) {
        Some(PreloadText::Here(text)) => Some(text),
        Some(PreloadText::Coming(promise)) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        None => None,
    };
    let text = match preloaded {
        Some(text) => text,
        None => {
            let (href, integrity) = files.file(lang)?;
            fetch_text(href, integrity).await?
        }
    };
    Messages::parse(lang, text, INTL).ok()
}

/// Follows the language: each time it changes, its file is fetched (the
/// preload answers the first) and parsed once, and the texts change when
/// it arrives; a language shown before comes from memory. A failure keeps
/// the texts there were, or says so when there were none.
pub fn follow(i18n: I18n, files: LocaleFiles, mut preload: Option<Preload>) {
    let mut first = Vec::new();
    // The text is here already: parsed now, so that the first view is
    // drawn in the partner's words, with no wait and no second drawing.
    if let Some(Preload {
        lang,
        text: PreloadText::Here(text),
    }) = preload.clone()
    {
        if lang == i18n.lang.get_untracked() {
            if let Ok(messages) = Messages::parse(lang, text, INTL) {
                let messages = Arc::new(messages);
                i18n.messages.set(messages.clone());
                i18n.texts.set(Texts::Ready);
                first.push(messages);
                preload = None;
            }
        }
    }
    let preload = StoredValue::new_local(preload);
    let files = StoredValue::new(files);
    let loaded: StoredValue<Vec<Arc<Messages>>> = StoredValue::new(first);
    let shown = move |messages: Arc<Messages>, pseudo: bool| {
        i18n.messages.set(if pseudo {
            Arc::new(messages.pseudo())
        } else {
            messages
        });
        i18n.texts.set(Texts::Ready);
    };
    let attempt = RwSignal::new(0u32);
    provide_context(Retry(attempt));
    Effect::new(move |_| {
        let pseudo = i18n.pseudo.get();
        let lang = if pseudo { Lang::En } else { i18n.lang.get() };
        attempt.track();
        let known = loaded.with_value(|all| all.iter().find(|m| m.lang() == lang).cloned());
        if let Some(messages) = known {
            shown(messages, pseudo);
            return;
        }
        let first = preload.try_update_value(Option::take).flatten();
        leptos::task::spawn_local(async move {
            let files = files.get_value();
            match load(lang, &files, first).await {
                Some(messages) => {
                    let messages = Arc::new(messages);
                    loaded.update_value(|all| all.push(messages.clone()));
                    if i18n.lang.get_untracked() == lang {
                        shown(messages, pseudo);
                    }
                }
                None => {
                    if i18n.texts.get_untracked() != Texts::Ready {
                        i18n.texts.set(Texts::Failed(lang));
                    } else {
                        // Keep the texts there are, in their language.
                        i18n.lang.set(i18n.get_untracked());
                    }
                }
            }
        });
    });
}

/// Where our own page remembers the language the partner chose.
pub const REMEMBERED: &str = "pinpoint-transition:locale";

/// The app once its texts are there; before, a few built-in words: a
/// progress indication while the first locale file loads, and, if it
/// cannot be loaded, what happened and a way to try again.
#[component]
pub fn TextsGate(children: ChildrenFn) -> impl IntoView {
    let i18n = use_lang();
    let retry = use_context::<Retry>();
    move || match i18n.texts.get() {
        Texts::Ready => children().into_any(),
        Texts::Loading => {
            let (loading, _, _) = built_in(i18n.lang.get_untracked());
            view! {
                <div class="pt-progress" role="status" aria-live="polite">
                    <span class="pt-spinner" aria-hidden="true"></span>
                    <span>{loading}</span>
                </div>
            }
            .into_any()
        }
        Texts::Failed(lang) => {
            let (_, failed, again) = built_in(lang);
            view! {
                <div class="pt-alert pt-alert-error" role="alert">
                    <p class="pt-alert-title">{failed}</p>
                    <button
                        type="button"
                        class="pt-button"
                        on:click=move |_| {
                            i18n.texts.set(Texts::Loading);
                            if let Some(retry) = retry {
                                retry.again();
                            }
                        }
                    >
                        {again}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Asks for the locale file again (the failure's button).
#[derive(Clone, Copy)]
pub struct Retry(RwSignal<u32>);

impl Retry {
    pub fn again(self) {
        self.0.update(|n| *n = n.wrapping_add(1));
    }
}

/// The few words shown before any locale file is there: while it loads,
/// and when it cannot be loaded.
pub fn built_in(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::En => (
            "Loading…",
            "The texts of this page could not be loaded.",
            "Try again",
        ),
        Lang::Fr => (
            "Chargement…",
            "Les textes de cette page n’ont pas pu être chargés.",
            "Réessayer",
        ),
        Lang::De => (
            "Wird geladen…",
            "Die Texte dieser Seite konnten nicht geladen werden.",
            "Erneut versuchen",
        ),
        Lang::Es => (
            "Cargando…",
            "No se pudieron cargar los textos de esta página.",
            "Reintentar",
        ),
        Lang::It => (
            "Caricamento…",
            "Impossibile caricare i testi di questa pagina.",
            "Riprova",
        ),
        Lang::Ja => (
            "読み込んでいます…",
            "このページのテキストを読み込めませんでした。",
            "再試行",
        ),
        Lang::Ko => (
            "로드하는 중…",
            "이 페이지의 텍스트를 로드할 수 없습니다.",
            "다시 시도",
        ),
        Lang::PtBr => (
            "Carregando…",
            "Não foi possível carregar os textos desta página.",
            "Tentar novamente",
        ),
        Lang::Ru => (
            "Загрузка…",
            "Не удалось загрузить тексты этой страницы.",
            "Повторить попытку",
        ),
        Lang::ZhHans => ("正在加载…", "无法加载此页面的文本。", "重试"),
        Lang::ZhHant => ("載入中…", "無法載入此頁面的文字。", "再試一次"),
    }
}
