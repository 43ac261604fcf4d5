//! Progress, problems and the issue summary.

use leptos::prelude::*;
use transition_domain::labels::Label;
use transition_domain::Issue;

use crate::api::ApiError;
use crate::browser;
use crate::i18n::{tr, use_lang, T};

/// A message next to a field: an error or a warning, already in the
/// partner's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub error: bool,
    pub text: String,
    /// The partner cannot fix it in the app: the regional service center
    /// can (a link follows, where the page knows its address).
    pub help: bool,
}

impl Msg {
    /// An issue of the domain, in `lang`.
    pub fn of(issue: &Issue, lang: crate::i18n::I18n) -> Msg {
        Msg {
            error: issue.is_error(),
            text: lang.with(|m| issue.message(m)),
            help: issue.code.needs_service_centre(),
        }
    }
}

/// A country or region (an ISO 3166-1 code) as a badge, named in the
/// partner's language ("France", "Frankreich", "フランス"); the code is
/// what the wire carries.
#[component]
pub fn RegionBadge(#[prop(into)] code: String, #[prop(optional)] large: bool) -> impl IntoView {
    let lang = use_lang();
    let name = move || crate::locale::region_name(&code, lang.get());
    view! { <span class="pt-region" class:pt-region-lg=large>{name}</span> }
}

/// A spinner with its text, announced politely.
#[component]
pub fn Spinner(#[prop(optional)] text: Option<T>) -> impl IntoView {
    let text = tr(text.unwrap_or(T::Loading));
    view! {
        <div class="pt-progress" role="status" aria-live="polite">
            <span class="pt-spinner" aria-hidden="true"></span>
            <span>{text}</span>
        </div>
    }
}

/// A server refusal or a network failure, in place: its title and detail,
/// each issue, and the regional service centre when the partner cannot fix
/// it in the app.
#[component]
pub fn ProblemView(#[prop(into)] error: Signal<Option<ApiError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let error = error.get()?;
        let (title, detail, issues, help) = match &error {
            ApiError::Problem(problem) => {
                let title = if problem.title.is_empty() {
                    lang.text(problem.code).to_owned()
                } else {
                    problem.title.clone()
                };
                let mut issues: Vec<String> = problem
                    .issues
                    .iter()
                    .map(|issue| lang.with(|m| issue.issue.message(m)))
                    .collect();
                // The server lists the first issues only; say how many
                // more there are.
                let more = problem.issues_left_out();
                if more > 0 {
                    issues.push(lang.fill(Label::MoreIssues, &[("count", &more)]));
                }
                let help = problem
                    .needs_service_centre()
                    .then(|| problem.help_url.clone())
                    .flatten();
                (title, None, issues, help)
            }
            ApiError::Network(_) => (lang.text(T::NetworkError).to_owned(), None, vec![], None),
            ApiError::Status(status) => (
                lang.fill(T::UnexpectedAnswer, &[("status", status)]),
                None,
                vec![],
                None,
            ),
            ApiError::Decode(reason) => (
                lang.fill(T::UnexpectedAnswer, &[("status", &"JSON")]),
                Some(reason.clone()),
                vec![],
                None,
            ),
        };
        let detail = detail.filter(|d| *d != title);
        Some(view! {
            <div class="pt-alert pt-alert-error" role="alert">
                <p class="pt-alert-title">{title}</p>
                {detail.map(|d| view! { <p>{d}</p> })}
                {(!issues.is_empty())
                    .then(|| {
                        view! {
                            <ul>
                                {issues.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                {help
                    .map(|url| {
                        view! {
                            <p>
                                <a class="pt-help-link" href=url target="_blank" rel="noopener">
                                    {lang.text(T::ServiceCentre)}
                                </a>
                            </p>
                        }
                    })}
            </div>
        })
    }
}

/// The regional service center's address (`Me::help_url`), given as
/// context by the pages that know it: an issue the partner cannot fix in
/// the app links to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpUrl(pub String);

/// A line of the issue summary, with where its field is.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    pub issue: Issue,
    /// What the issue is about (the location "Toronto", the profile), if
    /// the page shows more than one thing.
    pub context: Option<String>,
    /// The heading of the group it is listed under (the wizard's step
    /// where it is fixed); items of one group are next to each other.
    pub group: Option<String>,
    /// DOM ids to try, most precise first, to focus the field.
    pub targets: Vec<String>,
    /// Where to go first, if the field is on another page of the wizard.
    pub href: Option<String>,
}

/// Items next to each other under the same group heading, together.
fn grouped(items: Vec<SummaryItem>) -> Vec<(Option<String>, Vec<SummaryItem>)> {
    let mut groups: Vec<(Option<String>, Vec<SummaryItem>)> = Vec::new();
    for item in items {
        match groups.last_mut() {
            Some((group, list)) if *group == item.group => list.push(item),
            _ => groups.push((item.group.clone(), vec![item])),
        }
    }
    groups
}

/// The issues of what is on screen: their count, said politely as it
/// changes, then each one under its group, named by its item, with a link
/// to its field. Never clipped: the page scrolls, not the panel. On a
/// phone the list folds into its count and a button that opens it.
#[component]
pub fn IssueSummary(
    #[prop(into)] items: Signal<Vec<SummaryItem>>,
    #[prop(into)] id: String,
) -> impl IntoView {
    let lang = use_lang();
    let navigate = crate::nav::use_navigate();
    let help = use_context::<HelpUrl>();
    let open = RwSignal::new(false);
    let counts = move || {
        items.with(|items| {
            let errors = items.iter().filter(|i| i.issue.is_error()).count();
            (errors, items.len() - errors)
        })
    };
    let body_id = format!("{id}-list");
    let line = move |item: SummaryItem| {
        let navigate = navigate.clone();
        let error = item.issue.is_error();
        let text = lang.with(|m| item.issue.message(m));
        let prefix = if error {
            T::ErrorPrefix
        } else {
            T::WarningPrefix
        };
        let targets = item.targets.clone();
        let href = item.href.clone();
        let help = help
            .clone()
            .filter(|_| item.issue.code.needs_service_centre());
        let jump = move |_| {
            if let Some(href) = &href {
                navigate(href, false);
            }
            browser::focus_first(targets.clone());
        };
        view! {
            <li class=if error { "pt-sev-error" } else { "pt-sev-warning" }>
                <span class="pt-sev">{lang.text(prefix)}</span>
                " "
                {item.context.map(|c| view! { <strong>{c}": "</strong> })}
                {text}
                {(!item.targets.is_empty()).then(|| view! {
                    " "
                    <button type="button" class="pt-link-button" on:click=jump>
                        {lang.text(T::GoToField)}
                    </button>
                })}
                {help.map(|HelpUrl(url)| view! {
                    " "
                    <a class="pt-help-link" href=url target="_blank" rel="noopener">
                        {lang.text(T::ServiceCentre)}
                    </a>
                })}
            </li>
        }
    };
    view! {
        <section class="pt-summary" aria-labelledby=format!("{id}-title") id=id.clone() tabindex="-1">
            <h3 id=format!("{id}-title") class="pt-summary-title">
                {move || lang.text(T::IssuesHeading)}
            </h3>
            <p class="pt-summary-counts" class:pt-ok=move || counts().0 == 0 aria-live="polite">
                {move || {
                    let (errors, warnings) = counts();
                    if errors + warnings == 0 {
                        lang.text(T::NoIssues).to_owned()
                    } else {
                        lang.fill(T::IssuesCount, &[("errors", &errors), ("warnings", &warnings)])
                    }
                }}
            </p>
            {
                let body_id = body_id.clone();
                move || items.with(|i| !i.is_empty()).then(|| view! {
                    <button
                        type="button"
                        class="pt-link-button pt-summary-toggle"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        aria-controls=body_id.clone()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        {move || lang.text(if open.get() { T::HideIssues } else { T::ShowIssues })}
                    </button>
                })
            }
            <div id=body_id class="pt-summary-body" class:pt-summary-open=move || open.get()>
                {move || {
                    let line = line.clone();
                    grouped(items.get())
                        .into_iter()
                        .map(|(group, list)| {
                            let line = line.clone();
                            view! {
                                {group.map(|g| view! { <h4 class="pt-summary-group">{g}</h4> })}
                                <ul class="pt-summary-list">
                                    {list.into_iter().map(line).collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::Code;

    fn item(group: &str) -> SummaryItem {
        SummaryItem {
            issue: Issue::error(Code::SelectionEmpty, ""),
            context: None,
            group: Some(group.to_owned()),
            targets: vec![],
            href: None,
        }
    }

    #[test]
    fn items_of_a_group_are_listed_under_one_heading() {
        let groups = grouped(vec![item("Edit"), item("Edit"), item("Locations")]);
        let shape: Vec<(Option<&str>, usize)> = groups
            .iter()
            .map(|(g, l)| (g.as_deref(), l.len()))
            .collect();
        assert_eq!(shape, vec![(Some("Edit"), 2), (Some("Locations"), 1)]);
    }
}
