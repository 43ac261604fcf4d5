//! A second admin's approval in the widget (issue 23). A submitted draft
//! is frozen: every admin of the partner sees who submitted it and when,
//! and the same preview, planned afresh from the export and the business
//! profiles as they are now. Its submitter may withdraw it; another admin
//! approves it (the one-way import, confirmed first) or returns it with a
//! comment; a read-only role only reads. A returned submission's comment
//! shows above the wizard until the next submission ([`ReturnedNotice`]).

use std::sync::Arc;

use leptos::prelude::*;
use transition_domain::wire::approvals::{ReturnRequest, Returned, Submission};
use transition_domain::wire::drafts::Draft;
use transition_domain::wire::imports::Actor;
use transition_domain::{plan_import, BusinessProfile};

use crate::api::{Me, PinpointAccount};
use crate::browser;
use crate::components::dialog::ConfirmDialog;
use crate::components::fields::TextField;
use crate::components::not_imported::NotImportedView;
use crate::components::status::api_action;
use crate::components::{Msg, ProblemView, Spinner};
use crate::host::{object, Event};
use crate::i18n::{use_lang, T};
use crate::locale;
use crate::nav::use_navigate;
use crate::use_ctx;

use super::commit::choose_key;
use super::drift::DriftNotice;
use super::preview::WillBeCreated;

/// "{name} … on {date} at {time}" of `at`, in the partner's language.
fn said(t: T, name: &str, at: &str) -> String {
    let lang = use_lang();
    lang.fill(
        t,
        &[
            ("name", &name),
            ("date", &locale::date(at, lang.get())),
            ("time", &locale::time(at, lang.get())),
        ],
    )
}

/// The host hears each step of an approval.
fn tell_host(
    ctx: crate::ctx::Ctx,
    event: Event,
    submitted_by: &Actor,
    extra: &[(&str, wasm_bindgen::JsValue)],
) {
    let mut pairs = vec![(
        "submitted_by",
        browser::person_detail(submitted_by.person.as_ref()),
    )];
    pairs.extend(extra.iter().cloned());
    ctx.emit(event, &object(&pairs));
}

#[component]
pub(super) fn SubmissionView(
    me: Me,
    account: PinpointAccount,
    existing: Vec<BusinessProfile>,
    draft: Draft,
    submission: Submission,
) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    let notice = expect_context::<DriftNotice>();
    let navigate = use_navigate();
    let company = me.display_name().to_owned();
    let own = me
        .person
        .as_ref()
        .is_some_and(|person| submission.is_by(&person.id));
    let submitter = submission.by.name_or(&company).to_owned();
    let export = Arc::new(account.export);
    let request = draft.content.request();
    let plan = {
        let export = export.clone();
        Memo::new(move |_| plan_import(&export, &request, &existing))
    };
    let not_imported = Signal::derive(move || plan.with(|p| p.not_imported.clone()));
    let names = {
        let export = export.clone();
        Signal::derive(move || {
            export
                .business_profiles
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let referrals = Signal::derive(move || export.referrals.clone());

    let by = submission.by.clone();
    let withdraw = api_action(move |api, ()| {
        let by = by.clone();
        async move {
            api.withdraw_submission().await?;
            tell_host(ctx, Event::ApprovalWithdrawn, &by, &[]);
            notice.reload();
            Ok(())
        }
    });
    let comment = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let by = submission.by.clone();
    let give_back = api_action(move |api, text: String| {
        let by = by.clone();
        async move {
            let returned = api.return_submission(&text).await?;
            let returned_by = returned
                .returned
                .map(|r| browser::person_detail(r.by.person.as_ref()));
            tell_host(
                ctx,
                Event::ApprovalReturned,
                &by,
                &[
                    (
                        "returned_by",
                        returned_by.unwrap_or(wasm_bindgen::JsValue::NULL),
                    ),
                    ("comment", wasm_bindgen::JsValue::from_str(&text)),
                ],
            );
            notice.reload();
            Ok(())
        }
    });
    let key_storage = format!("pt-approve-key:{}:{}", me.partner_id, account.id);
    let approve = {
        let key_storage = key_storage.clone();
        api_action(move |api, key: String| {
            let key_storage = key_storage.clone();
            let navigate = navigate.clone();
            async move {
                let answer = api.approve_submission(&key).await;
                super::after_commit(ctx, &navigate, &key_storage, answer)
            }
        })
    };
    let busy = Signal::derive(move || {
        withdraw.pending().get() || give_back.pending().get() || approve.pending().get()
    });
    let failure = Signal::derive(move || {
        [
            withdraw.value().get(),
            give_back.value().get(),
            approve.value().get(),
        ]
        .into_iter()
        .flatten()
        .find_map(Result::err)
    });
    // The comment's rules are the domain's; shown once Return was tried.
    let issues = Signal::derive(move || {
        let request = ReturnRequest {
            comment: comment.get(),
        };
        if tried.get() {
            request.issues().iter().map(|i| Msg::of(i, lang)).collect()
        } else {
            Vec::new()
        }
    });
    let send_back = move |_| {
        tried.set(true);
        let request = ReturnRequest {
            comment: comment.get_untracked(),
        };
        if request.issues().is_empty() {
            give_back.dispatch(request.comment);
        } else {
            browser::focus_first(vec!["pt-return-comment".to_owned()]);
        }
    };
    let confirm = RwSignal::new(false);
    let run_approve = Callback::new(move |()| {
        if approve.pending().get_untracked() {
            return;
        }
        let pending = choose_key(
            browser::session_get(&key_storage).as_deref(),
            "approve",
            browser::random_key,
        );
        if let Ok(json) = serde_json::to_string(&pending) {
            browser::session_set(&key_storage, &json);
        }
        approve.dispatch(pending.key);
    });
    let heading = if own {
        T::SubmissionOwnTitle
    } else {
        T::SubmissionTitle
    };
    let submitted = said(T::SubmittedBy, &submitter, submission.at.as_str());
    let approve_text = {
        let submitter = submitter.clone();
        Signal::derive(move || lang.fill(T::ApproveText, &[("name", &submitter)]))
    };
    let comment_label = {
        let submitter = submitter.clone();
        Signal::derive(move || lang.fill(T::ReturnComment, &[("name", &submitter)]))
    };
    let can_write = me.can_write;
    view! {
        <section class="pt-card pt-submission" aria-labelledby="pt-submission-title" id="pt-submission">
            <h2 class="pt-card-title" id="pt-submission-title" tabindex="-1">{move || lang.text(heading)}</h2>
            <p id="pt-submitted-by">{submitted}</p>
            <p class="pt-muted">{move || lang.text(if own { T::SubmissionOwnNote } else { T::SubmissionOtherNote })}</p>
        </section>
        <WillBeCreated plan />
        <NotImportedView not_imported profile_names=names referrals />
        <ProblemView error=failure />
        {move || busy.get().then(|| view! { <Spinner text=T::Working /> })}
        {(!can_write).then(|| view! {
            <div class="pt-alert pt-alert-info" role="note" id="pt-read-only-notice">
                {move || lang.text(T::ReadOnlyNotice)}
            </div>
        })}
        {(can_write && own).then(|| view! {
            <div class="pt-actions">
                <button type="button" class="pt-button" id="pt-withdraw" disabled=busy on:click=move |_| { withdraw.dispatch(()); }>
                    {move || lang.text(T::Withdraw)}
                </button>
            </div>
        })}
        {(can_write && !own).then(|| view! {
            <section class="pt-card" aria-labelledby="pt-return-title">
                <h2 class="pt-card-title" id="pt-return-title">{move || lang.text(T::ReturnTitle)}</h2>
                <TextField
                    id="pt-return-comment"
                    label=comment_label
                    value=comment
                    on_input=Callback::new(move |text| comment.set(text))
                    msgs=issues
                    multiline=true
                    limit=transition_domain::wire::approvals::MAX_COMMENT_CHARS
                    disabled=busy
                />
                <div class="pt-actions">
                    <button type="button" class="pt-button" id="pt-return" disabled=busy on:click=send_back>
                        {move || lang.text(T::ReturnButton)}
                    </button>
                    <span class="pt-spacer"></span>
                    <button type="button" class="pt-button pt-button-primary pt-button-danger" id="pt-approve" disabled=busy on:click=move |_| confirm.set(true)>
                        {move || lang.text(T::Approve)}
                    </button>
                </div>
            </section>
            <ConfirmDialog
                id="pt-approve-dialog"
                open=confirm
                title=Signal::derive(move || lang.text(T::ApproveTitle).to_owned())
                text=approve_text
                confirm=Signal::derive(move || lang.text(T::Approve).to_owned())
                on_confirm=run_approve
            />
        })}
    }
}

/// A returned submission's comment, above the wizard, for everyone
/// (its submitter first) until the draft is submitted again.
#[component]
pub(super) fn ReturnedNotice(returned: Returned, company: String) -> impl IntoView {
    let lang = use_lang();
    let text = said(
        T::ReturnedBy,
        returned.by.name_or(&company),
        returned.at.as_str(),
    );
    view! {
        <div class="pt-alert pt-alert-warning" role="note" id="pt-returned">
            <p class="pt-alert-title">{text}</p>
            <p class="pt-comment" id="pt-returned-comment">{returned.comment}</p>
            <p class="pt-muted">{move || lang.text(T::ReturnedNext)}</p>
        </div>
    }
}
