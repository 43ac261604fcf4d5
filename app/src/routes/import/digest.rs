//! The server's digest of what the Preview shows (issue 23): asked for
//! 300 ms after the selections last changed; Import waits for it, and the
//! commit carries it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::plan::PlanDigest;
use transition_domain::request::ImportRequest;

use crate::api::ApiError;
use crate::use_ctx;
use crate::wizard::WizardDraft;

use super::commit::Blocker;

/// How long the selections must rest before the digest is asked for.
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(300);

/// The selections a digest was asked for, as JSON: acknowledgements are
/// not in the digest, so ticking them asks for nothing.
pub(super) fn selections_key(request: &ImportRequest) -> String {
    serde_json::to_string(&request.selections).unwrap_or_default()
}

/// The digest of what the partner was shown, and of which selections.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    selections: String,
    digest: PlanDigest,
}

impl Shown {
    pub(super) fn new(selections: String, digest: PlanDigest) -> Shown {
        Shown { selections, digest }
    }
}

/// The server's digest of the selections shown, one per wizard.
#[derive(Clone, Copy)]
pub(super) struct Digest {
    pub(super) shown: RwSignal<Option<Shown>>,
    pub(super) failed: RwSignal<Option<ApiError>>,
    /// The export version the wizard planned from (its page's account).
    planned_from: i64,
    /// The digest of a server plan made from another export than the
    /// wizard's: what is shown is not what would be imported (a drift,
    /// found before the commit).
    pub(super) other_export: RwSignal<Option<PlanDigest>>,
    generation: StoredValue<u64>,
    /// Import pressed while the digest was checked: it runs once known.
    pending: StoredValue<Option<Callback<()>>>,
}

impl Digest {
    pub(super) fn new(planned_from: i64) -> Digest {
        Digest {
            shown: RwSignal::new(None),
            failed: RwSignal::new(None),
            planned_from,
            other_export: RwSignal::new(None),
            generation: StoredValue::new(0),
            pending: StoredValue::new(None),
        }
    }

    /// Import pressed while the digest is checked: `run` once it is known
    /// (Import stays marked unavailable meanwhile, and says why).
    pub(super) fn when_known(&self, run: Callback<()>) {
        self.pending.try_set_value(Some(run));
    }

    /// The digest of `request`'s selections, if the server gave it.
    pub(super) fn for_request(&self, request: &ImportRequest) -> Option<PlanDigest> {
        let key = selections_key(request);
        self.shown.with_untracked(|shown| {
            shown
                .as_ref()
                .filter(|s| s.selections == key)
                .map(|s| s.digest.clone())
        })
    }

    /// [`Blocker::Checking`] until the digest of `draft`'s selections is
    /// known (tracked).
    pub(super) fn blocker(&self, draft: RwSignal<WizardDraft>) -> Option<Blocker> {
        let key = draft.with(|d| selections_key(&d.request()));
        let known = self
            .shown
            .with(|shown| shown.as_ref().is_some_and(|s| s.selections == key));
        (!known).then_some(Blocker::Checking)
    }

    /// Asks for the digest of `request`, unless it is known, after
    /// [`DEBOUNCE`]; a newer call wins.
    pub(super) fn ask(&self, request: ImportRequest) {
        let key = selections_key(&request);
        let known = self
            .shown
            .with_untracked(|shown| shown.as_ref().is_some_and(|s| s.selections == key));
        if known {
            return;
        }
        let digest = *self;
        // Other selections: an Import pressed for the old ones is dropped.
        self.pending.try_set_value(None);
        // The first on arriving at the Preview goes at once.
        let first = self.generation.try_get_value() == Some(0);
        let mine = self.generation.try_get_value().unwrap_or(0).wrapping_add(1);
        self.generation.try_set_value(mine);
        let current = move || digest.generation.try_get_value() == Some(mine);
        let api = use_ctx().api();
        set_timeout(
            move || {
                if !current() {
                    return;
                }
                spawn_local(async move {
                    let answer = api.preview(&request).await;
                    if !current() {
                        return;
                    }
                    match answer {
                        Ok(preview)
                            if preview
                                .export_version
                                .is_some_and(|v| v != digest.planned_from) =>
                        {
                            digest.failed.try_set(None);
                            digest.other_export.try_set(Some(preview.plan_digest));
                        }
                        Ok(preview) => {
                            digest.failed.try_set(None);
                            digest.shown.try_set(Some(Shown {
                                selections: key,
                                digest: preview.plan_digest,
                            }));
                            let pending = digest.pending.try_update_value(Option::take);
                            if let Some(run) = pending.flatten() {
                                run.run(());
                            }
                        }
                        Err(error) => {
                            digest.failed.try_set(Some(error));
                        }
                    }
                });
            },
            if first {
                std::time::Duration::ZERO
            } else {
                DEBOUNCE
            },
        );
    }
}
