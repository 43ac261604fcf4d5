//! Profiles read back from the store (SQLite, on a file) as they were
//! written: several per partner, several locations each, every list in
//! its stored order; stored data that no longer makes a valid profile is
//! a `corrupt` error.

use sqlx::Connection;
use transition_domain::input::{AddressInput, SolutionKind};
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::wire::audit::{AuditRecord, Change};
use transition_domain::wire::imports::Actor;
use transition_domain::{BusinessProfile, PartnerId};

use super::{SqliteStore, Store, StoreError};
use crate::clock;

fn location(id: &str, country: &str, postal_code: &str, solutions: &[&str]) -> LocationDraft {
    LocationDraft {
        id: id.into(),
        name: format!("Office {id}"),
        phone: None,
        email: None,
        address: AddressInput {
            line1: format!("{id} Main Street"),
            line2: None,
            city: "Capital".into(),
            postal_code: postal_code.into(),
            country: country.into(),
        },
        solution_ids: solutions.iter().map(|&s| s.into()).collect(),
    }
}

fn solution(id: &str, kind: SolutionKind) -> SolutionDraft {
    SolutionDraft {
        id: id.into(),
        source_id: Some(format!("src-{id}")),
        kind,
        name: format!("Solution {id}"),
        summary: "A summary.".into(),
        description: "A description.".into(),
        url: None,
        products: vec!["Azure".into()],
        industries: vec!["Retail".into()],
    }
}

/// A profile whose ids sort otherwise than their positions, so that an
/// order by id would show.
fn profile(id: &str, region: &str, postal_code: &str) -> Result<BusinessProfile, String> {
    let s = |name: &str| format!("{id}-{name}");
    let (sz, sa, sm) = (s("sz"), s("sa"), s("sm"));
    BusinessProfile::try_from(ProfileDraft {
        id: id.into(),
        region: region.into(),
        name: format!("Contoso {region}"),
        description: "We migrate to Azure.".into(),
        website: "https://www.contoso.example".into(),
        industries: vec!["Retail".into()],
        target_sizes: vec!["small".into()],
        locations: vec![
            location(&s("lz"), region, postal_code, &[&sm, &sz]),
            location(&s("la"), region, postal_code, &[]),
            location(&s("lm"), region, postal_code, &[&sz, &sa, &sm]),
        ],
        solutions: vec![
            solution(&sz, SolutionKind::App),
            solution(&sa, SolutionKind::Service),
            solution(&sm, SolutionKind::App),
        ],
        ..ProfileDraft::default()
    })
}

fn created(partner_id: &PartnerId, profile: &BusinessProfile) -> AuditRecord {
    AuditRecord {
        id: clock::nonce(),
        partner_id: partner_id.clone(),
        created_at: clock::now(),
        actor: Actor {
            partner_id: partner_id.as_str().into(),
            person: None,
            roles: vec![],
        },
        change: Change::ProfileCreate {
            profile_id: profile.id.clone(),
            region: profile.region.to_string(),
        },
    }
}

#[tokio::test]
async fn profiles_read_back_whole_and_in_order_and_corrupt_ones_fail(
) -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::temp_dir().join(format!("pt-profiles-{}.db", clock::nonce()));
    let store = SqliteStore::open(&path).await?;
    let partner = PartnerId::parse("partner-1")?;
    let written = [
        profile("p-fr", "FR", "75002")?,
        profile("p-de", "DE", "10115")?,
    ];
    for p in &written {
        assert!(
            store
                .create_profile(&partner, p, &created(&partner, p))
                .await?
        );
    }

    let read: Vec<BusinessProfile> = store
        .profiles(&partner)
        .await?
        .into_iter()
        .map(|stored| stored.profile)
        .collect();
    // By region: DE, then FR.
    assert_eq!(read, [written[1].clone(), written[0].clone()]);
    let one = store
        .profile(&partner, &"p-fr".into())
        .await?
        .map(|s| s.profile);
    assert_eq!(one.as_ref(), Some(&written[0]));
    let other = PartnerId::parse("partner-2")?;
    assert!(store.profile(&other, &"p-fr".into()).await?.is_none());
    assert!(store.profiles(&other).await?.is_empty());

    // Each corruption in turn (the one before mended): an unknown kind
    // (past SQLite's CHECK), a stored list that is no JSON, a profile the
    // domain refuses (no website). Each is corrupt, not a profile; the
    // partner's other profile still reads on its own.
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite:{}", path.display())).await?;
    // A website stored before issue 24 (8) kept a raw `"`, `<`, `>` and no
    // path: it still reads, in its WHATWG serialization.
    sqlx::raw_sql(
        r#"UPDATE business_profiles SET website = 'https://www.Contoso.example?a"b<c>'
           WHERE id = 'p-fr'"#,
    )
    .execute(&mut conn)
    .await?;
    let website = store
        .profile(&partner, &"p-fr".into())
        .await?
        .map(|s| s.profile.website.as_str().to_owned());
    assert_eq!(
        website.as_deref(),
        Some("https://www.contoso.example/?a%22b%3Cc%3E")
    );
    for (corruption, says) in [
        (
            "PRAGMA ignore_check_constraints = ON;
             UPDATE solutions SET kind = 'widget' WHERE id = 'p-fr-sz'",
            "solution kind \"widget\"",
        ),
        (
            "UPDATE solutions SET kind = 'app' WHERE id = 'p-fr-sz';
             UPDATE solutions SET industries_json = '[' WHERE id = 'p-fr-sa'",
            "EOF",
        ),
        (
            "UPDATE solutions SET industries_json = '[]' WHERE id = 'p-fr-sa';
             UPDATE business_profiles SET website = '' WHERE id = 'p-fr'",
            "profile p-fr: ",
        ),
    ] {
        sqlx::raw_sql(corruption).execute(&mut conn).await?;
        for error in [
            store.profile(&partner, &"p-fr".into()).await.err(),
            store.profiles(&partner).await.err(),
        ] {
            assert!(
                matches!(&error, Some(StoreError::Corrupt(why)) if why.contains(says)),
                "{error:?}"
            );
        }
        assert!(store.profile(&partner, &"p-de".into()).await?.is_some());
    }
    conn.close().await?;
    store.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    Ok(())
}
