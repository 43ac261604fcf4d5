//! The import's transaction checks what the plan was made from (issue 23):
//! the account's `export_version` and the partner's business profiles with
//! their versions. When either moved, nothing is written.

use transition_domain::wire::audit::AuditRecord;
use transition_domain::{parse_export, BusinessProfile, IdempotencyKey, ImportId, PartnerId};

use super::{CommitOutcome, Expected, IngestOutcome, NewImport, SqliteStore, Store};
use crate::clock;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const CONTOSO: &str = "4412345";

/// An import of nothing but the account's closing, with its audit record
/// (read from JSON, as the trail stores it).
fn import(
    id: &str,
    account_id: &str,
    expected: Expected,
) -> Result<NewImport, Box<dyn std::error::Error>> {
    let audit: AuditRecord = serde_json::from_value(serde_json::json!({
        "id": clock::nonce(), "partner_id": CONTOSO, "created_at": clock::now(),
        "actor": {"partner_id": CONTOSO, "roles": ["account_admin"]},
        "change": {"action": "import", "import_id": id, "created": [], "not_imported": {
            "referrals": {"count": 0, "ids": []}, "reviews": 0, "dropped_products": [],
            "dropped_industries": [], "excluded_locations": [], "excluded_solutions": [],
            "unselected_profiles": []}}
    }))?;
    Ok(NewImport {
        id: ImportId::from(id),
        partner_id: PartnerId::parse(CONTOSO)?,
        account_id: account_id.to_owned(),
        idempotency_key: IdempotencyKey::parse(id)?,
        request_hash: "hash".to_owned(),
        profiles: Vec::<BusinessProfile>::new(),
        response_status: 201,
        response_body: "{}".to_owned(),
        audit,
        lease_holder: None,
        plan_digest: None,
        expected,
        submission: None,
    })
}

#[tokio::test]
async fn the_commit_writes_nothing_when_the_export_or_the_profiles_moved() -> TestResult {
    let path = std::env::temp_dir().join(format!("pt-commit-{}.db", clock::nonce()));
    let store = SqliteStore::open(&path).await?;
    let raw = include_str!("../../../fixtures/contoso.json");
    let export = parse_export(raw.as_bytes()).map_err(|e| e.to_string())?;
    store.ingest(&export, raw, &clock::now()).await?;
    let partner = PartnerId::parse(CONTOSO)?;
    let account = store.account(&partner).await?.ok_or("Contoso's account")?;
    let version = account.export_version;

    // The same bytes again: the same version. Other bytes: the next one.
    let raw = account.export_json.clone();
    assert_eq!(
        store.ingest(&export, &raw, &clock::now()).await?,
        IngestOutcome::Updated
    );
    let again = store.account(&partner).await?.ok_or("the account")?;
    assert_eq!(again.export_version, version);
    let other = format!("{raw}\n");
    store.ingest(&export, &other, &clock::now()).await?;
    let newer = store.account(&partner).await?.ok_or("the account")?;
    assert_eq!(newer.export_version, version + 1);

    // Planned from the old export: refused, the account still active.
    let stale = Expected {
        export_version: version,
        profiles: Vec::new(),
    };
    let outcome = store
        .commit_import(&import("stale", &account.account_id, stale)?)
        .await?;
    assert_eq!(outcome, CommitOutcome::ExportChanged);
    // Planned with a profile that is not there (or at another version).
    let ghost = Expected {
        export_version: version + 1,
        profiles: vec![("p-ghost".into(), 1)],
    };
    let outcome = store
        .commit_import(&import("ghost", &account.account_id, ghost)?)
        .await?;
    assert_eq!(outcome, CommitOutcome::ProfilesChanged);
    let still = store.account(&partner).await?.ok_or("the account")?;
    assert_eq!(still.status.as_str(), "active");
    assert!(store
        .import_by_id(&partner, &"stale".into())
        .await?
        .is_none());
    assert!(store
        .import_by_id(&partner, &"ghost".into())
        .await?
        .is_none());

    // What the store holds now: committed, and then the account is closed.
    let now = Expected::of(&newer, &store.profiles(&partner).await?);
    let outcome = store
        .commit_import(&import("now", &account.account_id, now.clone())?)
        .await?;
    assert_eq!(outcome, CommitOutcome::Committed);
    let outcome = store
        .commit_import(&import("late", &account.account_id, now)?)
        .await?;
    assert_eq!(outcome, CommitOutcome::AccountNotActive);
    let _ = std::fs::remove_file(&path);
    Ok(())
}
