//! Demo mode's data: the demo partners' exports, built into the binary,
//! and their loading into a store (`serve --demo`, tests).

use crate::clock::now;
use crate::store::Store;

/// The demo partners' exports, built into the binary so that demo mode
/// works from any directory.
pub const DEMO_EXPORTS: [(&str, &str); 3] = [
    ("contoso.json", include_str!("../../fixtures/contoso.json")),
    (
        "fabrikam.json",
        include_str!("../../fixtures/fabrikam.json"),
    ),
    (
        "northwind-closed.json",
        include_str!("../../fixtures/northwind-closed.json"),
    ),
];

/// Loads the demo exports; an account already imported stays as it is.
pub async fn load_demo(store: &dyn Store) -> anyhow::Result<()> {
    for (name, raw) in DEMO_EXPORTS {
        let export = transition_domain::parse_export(raw.as_bytes())
            .map_err(|error| anyhow::anyhow!("demo export {name}: {error}"))?;
        let outcome = store.ingest(&export, raw, &now()).await?;
        tracing::info!(export = name, ?outcome, "demo data");
    }
    Ok(())
}
