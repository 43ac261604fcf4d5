//! "Submit for approval" (issue 23): where the partner's imports need a
//! second admin, the Preview's primary action submits the draft instead of
//! importing it. The draft is first saved as it is (a save under way is
//! waited for), then submitted at that revision with the digest of the
//! plan the partner reviewed; the host hears `approval-requested`, and the
//! page shows the submission, frozen.

use std::time::Duration;

use leptos::prelude::*;
use transition_domain::plan::PlanDigest;
use transition_domain::wire::drafts::DraftContent;

use crate::api::ApiError;
use crate::browser;
use crate::components::status::{api_action, ApiAction};
use crate::host::{object, sleep, Event};
use crate::use_ctx;
use crate::wizard::save::Saver;

use super::autosave::save_now;
use super::drift::DriftNotice;

/// How long a submission waits for the draft to be saved.
const SAVED_WITHIN: Duration = Duration::from_secs(10);
const LOOK_EVERY: Duration = Duration::from_millis(200);

/// The submission, as an action of the draft's content and the digest
/// the partner reviewed.
pub(super) fn submit_action(saver: RwSignal<Saver>) -> ApiAction<(DraftContent, PlanDigest), ()> {
    let ctx = use_ctx();
    let notice = expect_context::<DriftNotice>();
    let saver = ArcRwSignal::from(saver);
    api_action(move |api, (content, shown): (DraftContent, PlanDigest)| {
        let saver = saver.clone();
        async move {
            let revision = saved(&saver, ctx, &content).await.ok_or_else(|| {
                ApiError::Network("the draft could not be saved before submitting".into())
            })?;
            let frozen = api.submit_draft(&shown, &revision).await?;
            if let Some(submission) = &frozen.submission {
                ctx.emit(
                    Event::ApprovalRequested,
                    &object(&[
                        (
                            "submitted_by",
                            browser::person_detail(submission.by.person.as_ref()),
                        ),
                        ("plan_digest", submission.plan_digest.as_str().into()),
                    ]),
                );
            }
            // The page shows the submission; the wizard starts afresh
            // from the server's draft once it is returned or withdrawn.
            super::forget_live();
            notice.reload();
            Ok(())
        }
    })
}

/// The revision of the draft once the server holds `content`: saved now
/// if it is not, a save under way waited for; none after
/// [`SAVED_WITHIN`].
async fn saved(
    saver: &ArcRwSignal<Saver>,
    ctx: crate::ctx::Ctx,
    content: &DraftContent,
) -> Option<String> {
    let tries = SAVED_WITHIN.as_millis() / LOOK_EVERY.as_millis();
    for _ in 0..tries {
        let held = saver
            .try_with_untracked(|s| s.holding(content).map(str::to_owned))
            .flatten();
        if held.is_some() {
            return held;
        }
        if saver.try_with_untracked(Saver::ready) == Some(true) {
            save_now(saver.clone(), ctx);
        }
        sleep(LOOK_EVERY).await;
    }
    None
}
