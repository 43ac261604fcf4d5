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
use transition_domain::{Formats, Lang, Messages, Plural};
use wasm_bindgen::{JsCast, JsValue};

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
    pub messages: RwSignal<Arc<Messages>>,
    pub texts: RwSignal<Texts>,
}

impl I18n {
    pub fn new(lang: Lang) -> I18n {
        I18n {
            lang: RwSignal::new(lang),
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

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
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
/// page's `pinpointTransitionLocale`).
#[derive(Debug, Clone)]
pub struct Preload {
    pub lang: Lang,
    pub text: js_sys::Promise,
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
        Some(Preload {
            lang: Lang::match_tag(&tag)?,
            text: text.dyn_into().ok()?,
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
    let preloaded = match preload.filter(|p| p.lang == lang) {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p.text)
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
/// preload answers the first), and the texts change when it arrives. A
/// failure keeps the texts there were, or says so when there were none.
pub fn follow(i18n: I18n, files: LocaleFiles, preload: Option<Preload>) {
    let preload = StoredValue::new_local(preload);
    let files = StoredValue::new(files);
    let attempt = RwSignal::new(0u32);
    provide_context(Retry(attempt));
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        attempt.track();
        let first = preload.try_update_value(Option::take).flatten();
        leptos::task::spawn_local(async move {
            let files = files.get_value();
            match load(lang, &files, first).await {
                Some(messages) => {
                    if i18n.lang.get_untracked() == lang {
                        i18n.messages.set(Arc::new(messages));
                        i18n.texts.set(Texts::Ready);
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

transition_domain::catalogue! {
    /// A text of the app's catalogue.
    pub enum T = "app-";

    // --- Shell ---
    ProductName = "product_name";
    AppName = "app_name";
    Language = "language";
    Breadcrumb = "breadcrumb";
    Dashboard = "dashboard";
    AccountSettings = "account_settings";
    BusinessProfile = "business_profile";
    Loading = "loading";
    Saving = "saving";
    NotFoundPage = "not_found_page";
    BackToProfiles = "back_to_profiles";
    SignedOut = "signed_out";
    SignInFailed = "sign_in_failed";
    ServiceCentre = "service_centre";
    NetworkError = "network_error";
    UnexpectedAnswer = "unexpected_answer";
    ReadOnlyReason = "read_only_reason";
    ReadOnlyNotice = "read_only_notice";
    None = "none";
    Optional = "optional";
    Characters = "characters";

    // --- Demo ---
    DemoBanner = "demo_banner";
    DemoSignedInAs = "demo_signed_in_as";
    DemoReadOnly = "demo_read_only";

    // --- Dashboard & settings ---
    Welcome = "welcome";
    PartnerId = "partner_id";
    CspMember = "csp_member";
    DashboardPinpointActive = "dashboard_pinpoint_active";
    DashboardPinpointClosed = "dashboard_pinpoint_closed";
    DashboardNoPinpoint = "dashboard_no_pinpoint";
    GoToBusinessProfile = "go_to_business_profile";
    SettingsIntro = "settings_intro";
    BusinessProfileCardText = "business_profile_card_text";

    // --- Business profile: tabs ---
    TabProfiles = "tab_profiles";
    TabReferrals = "tab_referrals";
    ProfilesIntro = "profiles_intro";
    ImportFromPinpoint = "import_from_pinpoint";
    ImportFromPinpointText = "import_from_pinpoint_text";
    CreateProfile = "create_profile";
    CreateProfileText = "create_profile_text";
    PinpointClosedNoDate = "pinpoint_closed_no_date";
    SeeImport = "see_import";
    NoProfiles = "no_profiles";
    ProfileSummary = "profile_summary";
    Region = "region";
    Manage = "manage";
    ReferralsIntro = "referrals_intro";
    DownloadCsv = "download_csv";
    DownloadJson = "download_json";
    NoReferrals = "no_referrals";
    ReferralCustomer = "referral_customer";
    ReferralNeed = "referral_need";
    ReferralStatus = "referral_status";
    ReferralReceived = "referral_received";
    ReferralValue = "referral_value";
    ReferralContact = "referral_contact";

    // --- Wizard ---
    WizardTitle = "wizard_title";
    WizardSteps = "wizard_steps";
    StepOf = "step_of";
    StepAccount = "step_account";
    StepChoose = "step_choose";
    StepEdit = "step_edit";
    StepSolutions = "step_solutions";
    StepLocations = "step_locations";
    StepPreview = "step_preview";
    Next = "next";
    Back = "back";
    AccountHolds = "account_holds";
    BusinessProfiles = "business_profiles";
    AppProfiles = "app_profiles";
    ServiceProfiles = "service_profiles";
    CustomerReferrals = "customer_referrals";
    CustomerReviews = "customer_reviews";
    AccountIntro = "account_intro";
    AccountClosedStop = "account_closed_stop";
    ChooseIntro = "choose_intro";
    ImportThisProfile = "import_this_profile";
    ProfileCounts = "profile_counts";
    NothingChosen = "nothing_chosen";
    ProfilePicker = "profile_picker";
    EditIntro = "edit_intro";
    SolutionsIntro = "solutions_intro";
    LocationsIntro = "locations_intro";
    PreviewIntro = "preview_intro";
    IssuesHeading = "issues_heading";
    IssuesCount = "issues_count";
    NoIssues = "no_issues";
    GoToField = "go_to_field";
    ErrorPrefix = "error_prefix";
    WarningPrefix = "warning_prefix";
    IncludeSolution = "include_solution";
    SolutionApp = "solution_app";
    SolutionService = "solution_service";
    ImportLocation = "import_location";
    MarketsHeading = "markets_heading";
    NoSolutionsToMarket = "no_solutions_to_market";
    NoSolutions = "no_solutions";
    WillBeCreated = "will_be_created";
    WillNotBeImported = "will_not_be_imported";
    WasNotImported = "was_not_imported";
    ReferralsKept = "referrals_kept";
    Referrals = "referrals";
    DroppedProducts = "dropped_products";
    OtherLeftOut = "other_left_out";
    AckReferrals = "ack_referrals";
    AckClosure = "ack_closure";
    ClosureStatement = "closure_statement";
    ImportNow = "import_now";
    Importing = "importing";
    CannotImportYet = "cannot_import_yet";
    RetryImport = "retry_import";
    ImportRefused = "import_refused";
    Solutions = "solutions";
    Locations = "locations";
    MarketedHere = "marketed_here";

    // --- Profile fields ---
    FieldName = "field_name";
    FieldDescription = "field_description";
    FieldWebsite = "field_website";
    FieldLinkedin = "field_linkedin";
    FieldLogo = "field_logo";
    FieldLogoUrl = "field_logo_url";
    FieldLogoFormat = "field_logo_format";
    FieldLogoWidth = "field_logo_width";
    FieldLogoHeight = "field_logo_height";
    LogoNone = "logo_none";
    AddLogo = "add_logo";
    RemoveLogo = "remove_logo";
    FieldIndustries = "field_industries";
    FieldProducts = "field_products";
    FieldServiceTypes = "field_service_types";
    FieldTags = "field_tags";
    TagN = "tag_n";
    TagsCount = "tags_count";
    AddTag = "add_tag";
    RemoveTag = "remove_tag";
    FieldTargetSizes = "field_target_sizes";
    FieldEndorsements = "field_endorsements";
    SectionInfo = "section_info";
    SectionExpertise = "section_expertise";
    SectionPreferences = "section_preferences";
    FieldSolutionName = "field_solution_name";
    FieldSummary = "field_summary";
    FieldSolutionDescription = "field_solution_description";
    FieldUrl = "field_url";
    FieldLocationName = "field_location_name";
    FieldPhone = "field_phone";
    FieldEmail = "field_email";
    FieldLine1 = "field_line1";
    FieldLine2 = "field_line2";
    FieldCity = "field_city";
    FieldPostalCode = "field_postal_code";
    FieldCountry = "field_country";
    FieldRegion = "field_region";

    // --- Profile page ---
    ProfileNotFound = "profile_not_found";
    SaveChanges = "save_changes";
    Saved = "saved";
    Deleting = "deleting";
    ResetChanges = "reset_changes";
    AddressImmutable = "address_immutable";
    LocationsLimit = "locations_limit";
    AddLocation = "add_location";
    NewLocationN = "new_location_n";
    RemoveNewLocation = "remove_new_location";
    CorrectBeforeImport = "correct_before_import";
    DeleteLocationNamed = "delete_location_named";
    SaveLocationNamed = "save_location_named";
    DeleteSolutionNamed = "delete_solution_named";
    Cancel = "cancel";
    DeleteAction = "delete_action";
    DeleteLocationTitle = "delete_location_title";
    DeleteLocationText = "delete_location_text";
    DeleteSolutionTitle = "delete_solution_title";
    DeleteSolutionText = "delete_solution_text";
    SaveSolutions = "save_solutions";
    NoSolutionsLeft = "no_solutions_left";
    ImportedFrom = "imported_from";

    // --- New profile ---
    NewProfileTitle = "new_profile_title";
    NewProfileIntro = "new_profile_intro";
    FirstLocation = "first_location";
    CreateAction = "create_action";
    Creating = "creating";
    CspOnlyNotice = "csp_only_notice";

    // --- Results ---
    ResultsTitle = "results_title";
    ResultsIntro = "results_intro";
    ResultsCreated = "results_created";
    ResultsWarnings = "results_warnings";
    ImportId = "import_id";
    OpenProfile = "open_profile";

    // --- Languages and countries ---
    RegionSearch = "region_search";
    RegionNone = "region_none";
}

#[cfg(test)]
mod tests {
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
}
