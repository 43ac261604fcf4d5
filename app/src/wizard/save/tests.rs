use transition_domain::request::Acknowledgements;
use transition_domain::wire::drafts::{Place, Step};
use transition_domain::wire::imports::Actor;

use super::*;

fn content(chosen: &[&str]) -> DraftContent {
    DraftContent {
        selections: Vec::new(),
        chosen: chosen.iter().map(|c| (*c).into()).collect(),
        acknowledgements: Acknowledgements::default(),
        reviewed: Vec::new(),
        place: Some(Place::new(Step::Choose, None)),
    }
}

fn at(text: &str) -> Timestamp {
    match Timestamp::parse(text) {
        Ok(at) => at,
        Err(_) => panic!("a test time: {text}"),
    }
}

fn draft(revision: &str, content: DraftContent, saved_at: &str) -> Draft {
    Draft {
        revision: revision.to_owned(),
        version: 1,
        saved_at: at(saved_at),
        saved_by: Actor {
            partner_id: "4412345".to_owned(),
            person: None,
            roles: Vec::new(),
        },
        content,
        submission: None,
        returned: None,
    }
}

#[test]
fn an_edit_is_saved_once_its_debounce_is_the_last_and_creates_the_draft() {
    let mut saver = Saver::new(None);
    assert_eq!(saver.status, SaveStatus::Idle);
    let first = saver.edited(&content(&["a"]));
    let second = saver.edited(&content(&["a", "b"]));
    assert_eq!(saver.status, SaveStatus::Pending);
    assert!(first.is_some_and(|g| !saver.due(g)), "a later edit wins");
    assert!(second.is_some_and(|g| saver.due(g)));
    let request = saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert_eq!(request.revision, None, "created: no revision to replace");
    assert_eq!(saver.status, SaveStatus::Saving);
    let saved = draft("r1", content(&["a", "b"]), "2026-12-07T10:42:00Z");
    assert_eq!(
        saver.finished(content(&["a", "b"]), Outcome::Saved(Box::new(saved))),
        Next::Nothing
    );
    assert_eq!(
        saver.status,
        SaveStatus::Saved {
            at: at("2026-12-07T10:42:00Z")
        }
    );
    assert_eq!(saver.revision.as_deref(), Some("r1"));
    assert_eq!(
        saver.edited(&content(&["a", "b"])),
        None,
        "nothing new to save"
    );
    saver.edited(&content(&["b"]));
    assert_eq!(
        saver
            .begin()
            .unwrap_or_else(|| panic!("a save may start"))
            .revision
            .as_deref(),
        Some("r1")
    );
}

#[test]
fn an_edit_during_a_save_saves_again_when_it_ends() {
    let restored = draft("r1", content(&["a"]), "2026-12-07T10:00:00Z");
    let mut saver = Saver::new(Some(&restored));
    assert!(matches!(saver.status, SaveStatus::Saved { .. }));
    assert_eq!(saver.edited(&content(&["a"])), None, "restored as saved");
    let g = saver.edited(&content(&["b"]));
    assert!(g.is_some_and(|g| saver.due(g)));
    saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert!(saver.begin().is_none(), "one save at a time");
    let later = saver.edited(&content(&["c"]));
    assert!(
        later.is_some_and(|g| !saver.due(g)),
        "not while a save runs"
    );
    assert_eq!(saver.status, SaveStatus::Saving);
    let saved = draft("r2", content(&["b"]), "2026-12-07T10:01:00Z");
    assert_eq!(
        saver.finished(content(&["b"]), Outcome::Saved(Box::new(saved))),
        Next::SaveNow
    );
    assert_eq!(saver.status, SaveStatus::Pending);
    assert_eq!(
        saver
            .begin()
            .unwrap_or_else(|| panic!("a save may start"))
            .revision
            .as_deref(),
        Some("r2")
    );
}

#[test]
fn a_stale_save_shows_the_conflict_and_nothing_is_overwritten_without_a_choice() {
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    saver.edited(&content(&["mine"]));
    saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert_eq!(
        saver.finished(content(&["mine"]), Outcome::Changed),
        Next::FetchTheirs
    );
    let theirs = draft("r9", content(&["theirs"]), "2026-12-07T10:05:00Z");
    assert_eq!(saver.current_is(Some(theirs.clone())), Next::Nothing);
    assert!(matches!(&saver.status, SaveStatus::Conflict { theirs: t } if **t == theirs));
    // Edits wait for the choice; nothing is due.
    assert_eq!(saver.edited(&content(&["mine", "more"])), None);
    assert!(!saver.ready());

    // Keep mine: saved over theirs, by theirs' revision.
    let mut keep = saver.clone();
    assert_eq!(keep.keep_mine(), Next::SaveNow);
    assert!(keep.ready());
    assert_eq!(
        keep.begin()
            .unwrap_or_else(|| panic!("a save may start"))
            .revision
            .as_deref(),
        Some("r9")
    );

    // Load theirs: it becomes this tab's, saved as it is.
    let mut load = saver.clone();
    assert_eq!(load.load_theirs(), Some(theirs));
    assert_eq!(
        load.status,
        SaveStatus::Saved {
            at: at("2026-12-07T10:05:00Z")
        }
    );
    assert_eq!(
        load.edited(&content(&["theirs"])),
        None,
        "loading is not an edit"
    );
    assert_eq!(load.load_theirs(), None, "once");

    // Closed without a choice: not saved; a retry asks again.
    let mut undecided = saver;
    undecided.undecided();
    assert_eq!(undecided.status, SaveStatus::Failed);
    assert!(undecided.ready());
    assert_eq!(
        undecided
            .begin()
            .unwrap_or_else(|| panic!("a save may start"))
            .revision
            .as_deref(),
        Some("r1")
    );
}

#[test]
fn a_draft_removed_meanwhile_is_created_again() {
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    saver.edited(&content(&["b"]));
    saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert_eq!(
        saver.finished(content(&["b"]), Outcome::Changed),
        Next::FetchTheirs
    );
    assert_eq!(saver.current_is(None), Next::SaveNow);
    assert_eq!(
        saver
            .begin()
            .unwrap_or_else(|| panic!("a save may start"))
            .revision,
        None
    );
}

#[test]
fn too_many_saves_wait_out_retry_after_and_a_failure_can_be_retried() {
    let mut saver = Saver::new(None);
    saver.edited(&content(&["a"]));
    saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert_eq!(
        saver.finished(content(&["a"]), Outcome::RateLimited(7)),
        Next::SaveIn(7)
    );
    assert_eq!(saver.status, SaveStatus::Waiting { secs: 7 });
    let g = saver.edited(&content(&["a", "b"]));
    assert!(g.is_some_and(|g| !saver.due(g)), "no save while waiting");
    assert_eq!(saver.status, SaveStatus::Waiting { secs: 7 });
    saver.waited();
    assert!(saver.ready());
    saver.begin().unwrap_or_else(|| panic!("a save may start"));
    assert_eq!(
        saver.finished(content(&["a", "b"]), Outcome::Failed),
        Next::Nothing
    );
    assert_eq!(saver.status, SaveStatus::Failed);
    assert!(saver.ready(), "Retry saves again");
    assert_eq!(
        saver.finished(content(&["a"]), Outcome::RateLimited(0)),
        Next::SaveIn(1)
    );
}

#[test]
fn where_the_partner_stands_is_saved_on_a_step_change_only() {
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    let mut elsewhere = content(&["a"]);
    elsewhere.place = Some(Place::new(Step::Preview, None));
    assert_eq!(
        saver.edited(&elsewhere),
        None,
        "the same draft, seen from elsewhere"
    );
    assert_eq!(
        saver.moved(&content(&["a"])),
        None,
        "taken to the saved step"
    );
    let g = saver.moved(&elsewhere);
    assert!(
        g.is_some_and(|g| saver.due(g)),
        "a step change saves at once"
    );
    // An edit undone before its save is due leaves the draft saved.
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    let g = saver.edited(&content(&["b"]));
    assert_eq!(saver.edited(&content(&["a"])), None);
    assert!(g.is_some_and(|g| !saver.due(g)));
    assert_eq!(
        saver.status,
        SaveStatus::Saved {
            at: at("2026-12-07T10:00:00Z")
        }
    );
}

#[test]
fn only_a_draft_the_server_holds_as_it_is_is_submitted() {
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    assert_eq!(saver.holding(&content(&["a"])), Some("r1"));
    assert_eq!(saver.holding(&content(&["b"])), None, "not what is saved");
    let g = saver.edited(&content(&["b"]));
    assert!(g.is_some());
    assert_eq!(saver.holding(&content(&["b"])), None, "not saved yet");
    let request = saver.begin();
    assert!(request.is_some());
    assert_eq!(saver.holding(&content(&["b"])), None, "a save under way");
    assert_eq!(Saver::new(None).holding(&content(&["a"])), None);
}

#[test]
fn a_discarded_draft_is_saved_no_more_and_keeps_the_revision_to_remove() {
    let mut saver = Saver::new(Some(&draft("r1", content(&["a"]), "2026-12-07T10:00:00Z")));
    let g = saver.edited(&content(&["b"]));
    assert!(saver.begin().is_some(), "a save under way");
    assert!(saver.saving());
    saver.discard();
    assert!(
        g.is_some_and(|g| !saver.due(g)),
        "a timer set before is void"
    );
    let saved = draft("r2", content(&["b"]), "2026-12-07T10:00:05Z");
    let next = saver.finished(content(&["b"]), Outcome::Saved(Box::new(saved)));
    assert_eq!(next, Next::Nothing);
    assert!(!saver.saving());
    assert_eq!(
        saver.revision.as_deref(),
        Some("r2"),
        "the revision to remove"
    );
    assert_eq!(
        saver.edited(&content(&["c"])).map(|g| saver.due(g)),
        Some(false)
    );
    assert!(saver.begin().is_none(), "nothing saved any more");
}
