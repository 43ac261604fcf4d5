//! The roles a portal's token gives the person signed in (SPEC §4), as a
//! type: the four that may import and change profiles by name, and any
//! other the portal sends, kept as it is and giving no right to write.

use serde::{Deserialize, Serialize};

/// One role of the person signed in. On the wire, its name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Role {
    AccountAdmin,
    BusinessProfileAdmin,
    GlobalAdmin,
    ReferralsAdmin,
    /// A role this product does not know, by the portal's name for it.
    Other(String),
}

impl Role {
    /// The roles this product knows, each of which may write.
    pub const KNOWN: [Role; 4] = [
        Role::AccountAdmin,
        Role::BusinessProfileAdmin,
        Role::GlobalAdmin,
        Role::ReferralsAdmin,
    ];

    /// Its name, as tokens and the API write it.
    pub fn as_str(&self) -> &str {
        match self {
            Role::AccountAdmin => "account_admin",
            Role::BusinessProfileAdmin => "business_profile_admin",
            Role::GlobalAdmin => "global_admin",
            Role::ReferralsAdmin => "referrals_admin",
            Role::Other(name) => name,
        }
    }

    /// The role named `name`: a known one by its name, else `Other`.
    pub fn parse(name: &str) -> Role {
        Role::KNOWN
            .into_iter()
            .find(|role| role.as_str() == name)
            .unwrap_or_else(|| Role::Other(name.to_owned()))
    }

    /// Whether the role may import, create and change profiles.
    pub fn can_write(&self) -> bool {
        !matches!(self, Role::Other(_))
    }
}

impl From<String> for Role {
    fn from(name: String) -> Role {
        Role::parse(&name)
    }
}

impl From<Role> for String {
    fn from(role: Role) -> String {
        match role {
            Role::Other(name) => name,
            known => known.as_str().to_owned(),
        }
    }
}

/// In the OpenAPI document: a string, any name the portal gives.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Role {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .examples([serde_json::json!("account_admin")])
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Role {}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_by_name_and_unknown_ones_kept() {
        for role in Role::KNOWN {
            assert_eq!(Role::parse(role.as_str()), role);
            assert!(role.can_write());
        }
        let other = Role::parse("billing_admin");
        assert_eq!(other, Role::Other("billing_admin".into()));
        assert!(!other.can_write());
        let json = serde_json::to_string(&vec![Role::AccountAdmin, other.clone()]).ok();
        assert_eq!(
            json.as_deref(),
            Some(r#"["account_admin","billing_admin"]"#)
        );
        let read: Option<Vec<Role>> = serde_json::from_str(r#"["global_admin","x"]"#).ok();
        assert_eq!(read, Some(vec![Role::GlobalAdmin, Role::Other("x".into())]));
    }
}
