//! `GET /api/v1/me`: who the caller is, as the portal's token and the
//! stored Pinpoint export say.

use serde::{Deserialize, Serialize};

use crate::export::AccountStatus;
use crate::ids::ImportId;
use crate::person::Person;
use crate::role::Role;

/// The signed-in partner. `company_name` and `csp` come from the token's
/// claims when it carries them, else from the partner's Pinpoint export;
/// a partner with neither has no company name and is not a CSP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub partner_id: String,
    /// The signed-in person of the partner (the token's `sub` and `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    pub company_name: Option<String>,
    pub csp: bool,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Whether one of the roles may import and change profiles.
    pub can_write: bool,
    /// The partner's Pinpoint account, when there is an export for it.
    #[serde(default)]
    pub pinpoint_account: Option<AccountBrief>,
    /// How many business profiles the partner has.
    #[serde(default)]
    pub business_profiles: usize,
    /// The regional service center, for what the partner cannot fix in
    /// the app (the same address the server's problems give).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
}

impl Me {
    /// The company name, or the partner id when there is none.
    pub fn display_name(&self) -> &str {
        self.company_name.as_deref().unwrap_or(&self.partner_id)
    }

    /// What the caller may do with Pinpoint, decided before anyone enters
    /// the import wizard (the server re-checks each at the import).
    pub fn import_eligibility(&self) -> ImportEligibility {
        match &self.pinpoint_account {
            None => ImportEligibility::NoAccount,
            Some(account) if account.is_closed() => match &account.import_id {
                Some(id) => ImportEligibility::Imported(id.clone()),
                None => ImportEligibility::Closed,
            },
            Some(_) if !self.can_write => ImportEligibility::PreviewOnly,
            Some(_) => ImportEligibility::Open,
        }
    }
}

/// Whether the caller can import from Pinpoint, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportEligibility {
    /// No Pinpoint export for this partner: nothing to import.
    NoAccount,
    /// Closed by this import: its results are there to see.
    Imported(ImportId),
    /// Closed otherwise (retired in Pinpoint): nothing can be imported.
    Closed,
    /// Open, but the caller's role reads only: the preview, no import.
    PreviewOnly,
    /// Open, and the caller may import.
    Open,
}

/// A Pinpoint account in brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountBrief {
    pub id: String,
    pub status: AccountStatus,
    /// The import that closed it, once closed.
    #[serde(default)]
    pub import_id: Option<ImportId>,
}

impl AccountBrief {
    pub fn is_closed(&self) -> bool {
        self.status == AccountStatus::Closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_server_writes() {
        let me = Me {
            partner_id: "4412345".into(),
            person: Some(Person::new(
                crate::person::UserId::parse("alex@contoso").unwrap_or_else(|e| panic!("{e}")),
                Some("Alex Martin".into()),
            )),
            company_name: None,
            csp: false,
            roles: vec![Role::AccountAdmin],
            can_write: true,
            pinpoint_account: Some(AccountBrief {
                id: "pp-1".into(),
                status: AccountStatus::Closed,
                import_id: Some("imp-1".into()),
            }),
            business_profiles: 2,
            help_url: Some("https://partner.microsoft.com/support".into()),
        };
        let json = serde_json::to_value(&me).unwrap_or_default();
        assert_eq!(json["company_name"], serde_json::Value::Null);
        assert_eq!(json["pinpoint_account"]["status"], "closed");
        let back: Result<Me, _> = serde_json::from_value(json);
        assert_eq!(back.ok(), Some(me.clone()));
        assert_eq!(me.display_name(), "4412345");
    }

    #[test]
    fn eligibility_comes_from_the_account_then_the_role() {
        let account = |status, import_id: Option<&str>| AccountBrief {
            id: "pp-1".into(),
            status,
            import_id: import_id.map(ImportId::from),
        };
        let me = |account, can_write| Me {
            partner_id: "1".into(),
            person: None,
            company_name: None,
            csp: false,
            roles: vec![],
            can_write,
            pinpoint_account: account,
            business_profiles: 0,
            help_url: None,
        };
        use ImportEligibility::*;
        assert_eq!(me(None, true).import_eligibility(), NoAccount);
        assert_eq!(
            me(Some(account(AccountStatus::Active, None)), true).import_eligibility(),
            Open
        );
        assert_eq!(
            me(Some(account(AccountStatus::Active, None)), false).import_eligibility(),
            PreviewOnly
        );
        assert_eq!(
            me(Some(account(AccountStatus::Closed, None)), true).import_eligibility(),
            Closed
        );
        // A closed account is closed for every role; its import is told.
        assert_eq!(
            me(Some(account(AccountStatus::Closed, Some("imp-1"))), false).import_eligibility(),
            Imported(ImportId::from("imp-1"))
        );
    }
}
