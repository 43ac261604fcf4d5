//! `transition-server approval`: whether a partner's imports need a second
//! admin. Without `on` or `off`, prints the setting; with one, sets it
//! (audited as the operator's change) and prints it. The output is one
//! JSON line: `imports_need_second_admin` is null while the partner has
//! not chosen (the server's `--approval-default` then stands).

use std::process::ExitCode;

use transition_domain::wire::audit::{AuditRecord, Change};
use transition_domain::wire::imports::Actor;
use transition_domain::{Lang, PartnerId};

use super::{runtime, StorageArgs, Switch};
use crate::clock::{new_id, now};

pub fn run(
    storage: &StorageArgs,
    partner_id: &PartnerId,
    set: Option<Switch>,
    lang: Lang,
) -> ExitCode {
    runtime::block_on(storage.log_json, async {
        let store = match storage.open_store().await {
            Ok(store) => store,
            Err(error) => return super::fail(lang, format_args!("{error:#}")),
        };
        if let Some(set) = set {
            let value = set == Switch::On;
            let at = now();
            let audit = AuditRecord {
                id: new_id(),
                partner_id: partner_id.clone(),
                created_at: at.clone(),
                // The operator: no person of the partner, no role.
                actor: Actor {
                    partner_id: partner_id.to_string(),
                    person: None,
                    roles: Vec::new(),
                },
                change: Change::ApprovalSetting {
                    imports_need_second_admin: value,
                    by_operator: true,
                },
            };
            if let Err(error) = store
                .set_imports_need_second_admin(partner_id, value, &at, &audit)
                .await
            {
                return super::fail(lang, error);
            }
        }
        match store.imports_need_second_admin(partner_id).await {
            Ok(value) => {
                let line = serde_json::json!({
                    "partner_id": partner_id.as_str(),
                    "imports_need_second_admin": value,
                });
                println!("{line}");
                ExitCode::SUCCESS
            }
            Err(error) => super::fail(lang, error),
        }
    })
}
