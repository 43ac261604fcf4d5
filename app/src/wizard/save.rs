//! Saving the wizard's draft on the server, as plain data: what the
//! footer says ([`SaveStatus`]) and what to do next after each event (an
//! edit, a save's answer, the partner's choice in a conflict). The views
//! (`routes/import/autosave.rs`) run the timers and the calls.
//!
//! Nothing is ever overwritten blindly: every save names the revision it
//! replaces; when another tab or device saved meanwhile (412), the partner
//! chooses between theirs and theirs-overwritten-by-mine.

use transition_domain::wire::drafts::{Draft, DraftContent};
use transition_domain::Timestamp;

/// What the footer says about the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing saved yet, and nothing to save.
    Idle,
    /// Changed; saved in a moment.
    Pending,
    Saving,
    /// The server has the draft as it is now.
    Saved {
        at: Timestamp,
    },
    /// Not saved: the last save failed (a network error, a refusal).
    /// The partner may retry.
    Failed,
    /// Too many saves: the next one is in `secs` seconds.
    Waiting {
        secs: u32,
    },
    /// Someone saved another revision meanwhile: theirs, for the partner
    /// to load or overwrite.
    Conflict {
        theirs: Box<Draft>,
    },
}

/// How a save ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Saved(Box<Draft>),
    /// 412: the revision named is not the current one (or a draft exists
    /// where one was created).
    Changed,
    /// 429: wait this many seconds.
    RateLimited(u32),
    Failed,
}

/// What the views do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Nothing,
    /// Save again at once (the draft changed while the save ran).
    SaveNow,
    /// Save again after this many seconds.
    SaveIn(u32),
    /// Fetch the current draft to show the conflict.
    FetchTheirs,
}

/// A save to send: the content, and the revision it replaces (none to
/// create the draft).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    pub content: DraftContent,
    pub revision: Option<String>,
}

/// The saver's state: the status, the revision the server has, the
/// content it holds, and a generation per edit (for the debounce).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saver {
    pub status: SaveStatus,
    pub revision: Option<String>,
    /// What the server holds, as far as this tab knows, and when it was
    /// saved.
    last: Option<DraftContent>,
    last_at: Option<Timestamp>,
    /// The draft as it is now in this tab: what the next save sends.
    current: Option<DraftContent>,
    generation: u64,
    /// The generation of the save under way.
    sending: Option<u64>,
    /// The partner discarded the draft: nothing is saved any more.
    discarded: bool,
}

impl Saver {
    /// Starts from the draft the server had (if any).
    pub fn new(saved: Option<&Draft>) -> Saver {
        Saver {
            status: saved.map_or(SaveStatus::Idle, |d| SaveStatus::Saved {
                at: d.saved_at.clone(),
            }),
            revision: saved.map(|d| d.revision.clone()),
            last: saved.map(|d| d.content.clone()),
            last_at: saved.map(|d| d.saved_at.clone()),
            current: saved.map(|d| d.content.clone()),
            generation: 0,
            sending: None,
            discarded: false,
        }
    }

    /// The draft is now `content`: its generation when what would be
    /// imported, or what was reviewed, differs from what the server holds
    /// (a save is due), none otherwise. Where the partner stands alone is
    /// saved on a step change ([`Saver::moved`]), so that loading another
    /// tab's draft saves nothing. A conflict waits for the partner's choice.
    pub fn edited(&mut self, content: &DraftContent) -> Option<u64> {
        self.current = Some(content.clone());
        if matches!(self.status, SaveStatus::Conflict { .. }) {
            return None;
        }
        if self.sending.is_none() && self.last.as_ref().is_some_and(|l| same(l, content)) {
            // Back to what is saved: nothing to do (a pending timer is void).
            if let (SaveStatus::Pending, Some(at)) = (&self.status, &self.last_at) {
                self.generation += 1;
                self.status = SaveStatus::Saved { at: at.clone() };
            }
            return None;
        }
        Some(self.changed())
    }

    /// The partner moved to another step: a save is due at once (when
    /// [`Saver::due`] says so), with where they are; none when the server
    /// has it so already (taken to the saved step).
    pub fn moved(&mut self, content: &DraftContent) -> Option<u64> {
        self.current = Some(content.clone());
        if matches!(self.status, SaveStatus::Conflict { .. })
            || (self.sending.is_none() && self.last.as_ref() == Some(content))
        {
            return None;
        }
        Some(self.changed())
    }

    fn changed(&mut self) -> u64 {
        self.generation += 1;
        if self.sending.is_none() && !matches!(self.status, SaveStatus::Waiting { .. }) {
            self.status = SaveStatus::Pending;
        }
        self.generation
    }

    /// True when a timer set for `generation` should save now: no later
    /// edit, no save under way, nothing to wait for.
    pub fn due(&self, generation: u64) -> bool {
        generation == self.generation && self.ready()
    }

    /// The revision the server holds when it holds `content` (what would
    /// be imported, and what was reviewed) and no save is under way: the
    /// revision to submit for approval.
    pub fn holding(&self, content: &DraftContent) -> Option<&str> {
        match (&self.status, &self.last, &self.revision) {
            (SaveStatus::Saved { .. }, Some(last), Some(revision))
                if self.sending.is_none() && same(last, content) =>
            {
                Some(revision)
            }
            _ => None,
        }
    }

    /// True when a save may start now.
    pub fn ready(&self) -> bool {
        !self.discarded
            && self.sending.is_none()
            && matches!(self.status, SaveStatus::Pending | SaveStatus::Failed)
    }

    /// The partner discarded the draft (Cancel, confirmed): no save starts
    /// any more (a timer set before is void), and a save under way, once
    /// answered, leads to nothing but its revision, which the discard then
    /// removes.
    pub fn discard(&mut self) {
        self.discarded = true;
        self.generation += 1;
    }

    /// True while a save is under way.
    pub fn saving(&self) -> bool {
        self.sending.is_some()
    }

    /// A save of the draft as it is now starts, if one may.
    pub fn begin(&mut self) -> Option<SaveRequest> {
        if !self.ready() {
            return None;
        }
        let content = self.current.clone()?;
        self.sending = Some(self.generation);
        self.status = SaveStatus::Saving;
        Some(SaveRequest {
            content,
            revision: self.revision.clone(),
        })
    }

    /// The save of `sent` ended with `outcome`.
    pub fn finished(&mut self, sent: DraftContent, outcome: Outcome) -> Next {
        let generation = self.sending.take();
        if self.discarded {
            if let Outcome::Saved(draft) = outcome {
                self.revision = Some(draft.revision);
            }
            return Next::Nothing;
        }
        match outcome {
            Outcome::Saved(draft) => {
                let draft = *draft;
                self.revision = Some(draft.revision);
                self.last = Some(sent);
                self.last_at = Some(draft.saved_at.clone());
                if generation == Some(self.generation) {
                    self.status = SaveStatus::Saved { at: draft.saved_at };
                    Next::Nothing
                } else {
                    self.status = SaveStatus::Pending;
                    Next::SaveNow
                }
            }
            Outcome::Changed => {
                self.status = SaveStatus::Saving;
                Next::FetchTheirs
            }
            Outcome::RateLimited(secs) => {
                let secs = secs.max(1);
                self.status = SaveStatus::Waiting { secs };
                Next::SaveIn(secs)
            }
            Outcome::Failed => {
                self.status = SaveStatus::Failed;
                Next::Nothing
            }
        }
    }

    /// The wait after a 429 is over.
    pub fn waited(&mut self) {
        if matches!(self.status, SaveStatus::Waiting { .. }) {
            self.status = SaveStatus::Pending;
        }
    }

    /// The current draft after a 412: `theirs`, or none (it was removed:
    /// this tab's draft is created again).
    pub fn current_is(&mut self, theirs: Option<Draft>) -> Next {
        match theirs {
            Some(theirs) => {
                self.status = SaveStatus::Conflict {
                    theirs: Box::new(theirs),
                };
                Next::Nothing
            }
            None => {
                self.revision = None;
                self.last = None;
                self.status = SaveStatus::Pending;
                Next::SaveNow
            }
        }
    }

    /// "Load the newer draft": theirs becomes this tab's (returned for the
    /// wizard to show), saved as it is.
    pub fn load_theirs(&mut self) -> Option<Draft> {
        let SaveStatus::Conflict { theirs } = std::mem::replace(&mut self.status, SaveStatus::Idle)
        else {
            return None;
        };
        self.revision = Some(theirs.revision.clone());
        self.last = Some(theirs.content.clone());
        self.last_at = Some(theirs.saved_at.clone());
        self.status = SaveStatus::Saved {
            at: theirs.saved_at.clone(),
        };
        Some(*theirs)
    }

    /// "Keep mine": this tab's draft replaces theirs, knowingly (by
    /// theirs' revision). A save is due at once.
    pub fn keep_mine(&mut self) -> Next {
        let SaveStatus::Conflict { theirs } = std::mem::replace(&mut self.status, SaveStatus::Idle)
        else {
            return Next::Nothing;
        };
        self.revision = Some(theirs.revision);
        self.last = None;
        self.generation += 1;
        self.status = SaveStatus::Pending;
        Next::SaveNow
    }

    /// The save could not even learn what the server holds: not saved.
    pub fn failed(&mut self) {
        self.sending = None;
        self.status = SaveStatus::Failed;
    }

    /// The partner closed the conflict without choosing: not saved (a
    /// retry asks again).
    pub fn undecided(&mut self) {
        if matches!(self.status, SaveStatus::Conflict { .. }) {
            self.status = SaveStatus::Failed;
        }
    }
}

/// True when two contents differ at most in where the partner stands.
fn same(a: &DraftContent, b: &DraftContent) -> bool {
    a.selections == b.selections
        && a.chosen == b.chosen
        && a.acknowledgements == b.acknowledgements
        && a.reviewed == b.reviewed
}

#[cfg(test)]
mod tests;
