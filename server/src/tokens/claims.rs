//! The claims of a bearer token, and the rules they are held to beyond
//! the signature: the audience, the issuer, the partner claim and the
//! lifetime.

use std::collections::BTreeMap;

use jsonwebtoken::{Algorithm, Validation};
use serde::{Deserialize, Deserializer, Serialize};
use transition_domain::{PartnerId, Role, UserId};

/// The claim that names the partner unless configured otherwise.
pub const DEFAULT_PARTNER_CLAIM: &str = "partner_id";

/// Claims that can never name the partner: the registered ones and those
/// this server reads for something else. A partner in `sub` would make two
/// people of one partner indistinguishable.
pub const RESERVED_CLAIMS: [&str; 10] = [
    "sub",
    "exp",
    "aud",
    "iat",
    "iss",
    "nbf",
    "roles",
    "name",
    "company_name",
    "csp",
];

/// Clock skew tolerated on `exp`, `iat` and the lifetime, in seconds.
const LEEWAY: u64 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The person: a stable user id of the portal. A token whose `sub` is
    /// not a user id does not read.
    pub sub: UserId,
    /// The person's display name, when the portal gives one (a bad one is
    /// dropped, never refused: see [`transition_domain::Person`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
    pub exp: u64,
    /// One audience; a token naming several keeps the first (validation
    /// has already checked that ours is among them).
    #[serde(deserialize_with = "one_audience")]
    pub aud: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// The partner's company name as the portal knows it; authoritative
    /// over the stored export's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Whether the partner is a CSP; authoritative over the stored
    /// export's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csp: Option<bool>,
    /// Every other claim, the partner's among them (`partner_id`, or the
    /// configured claim).
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

impl Claims {
    /// The partner the claim `claim` names: a string, or an integer
    /// written in decimal (some portals send numeric ids); none when it is
    /// missing or not a partner id.
    pub fn partner(&self, claim: &str) -> Option<PartnerId> {
        match self.other.get(claim)? {
            serde_json::Value::String(text) => PartnerId::parse(text).ok(),
            serde_json::Value::Number(number) if number.is_u64() || number.is_i64() => {
                PartnerId::parse(&number.to_string()).ok()
            }
            _ => None,
        }
    }
}

fn one_audience<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Audience {
        One(String),
        Many(Vec<String>),
    }
    match Audience::deserialize(deserializer)? {
        Audience::One(aud) => Ok(aud),
        Audience::Many(list) => list
            .into_iter()
            .next()
            .ok_or_else(|| serde::de::Error::custom("empty audience")),
    }
}

/// What a token's claims must hold beyond its signature.
#[derive(Debug, Clone)]
pub struct ClaimRules {
    /// The audience the token must name.
    pub audience: String,
    /// The issuer it must name, when one is configured.
    pub issuer: Option<String>,
    /// The longest lifetime accepted, in seconds.
    pub max_lifetime: u64,
    /// The claim that names the partner.
    pub partner_claim: String,
}

impl ClaimRules {
    /// What the signature check itself verifies of the claims: `exp`,
    /// `aud`, `sub` (and `iss` when configured) present, the audience and
    /// the issuer ours, not expired, and valid already (`nbf`, when given).
    pub fn validation(&self, alg: Algorithm) -> Validation {
        let mut validation = Validation::new(alg);
        validation.set_audience(&[&self.audience]);
        let mut required = vec!["exp", "aud", "sub"];
        if let Some(issuer) = &self.issuer {
            validation.set_issuer(&[issuer]);
            required.push("iss");
        }
        validation.set_required_spec_claims(&required);
        // A token not valid yet (`nbf` in the future) is refused, with the
        // same leeway as `exp`.
        validation.validate_nbf = true;
        validation.leeway = LEEWAY;
        validation
    }

    /// The rest, once the signature holds and the claims read (`sub` is a
    /// user id by its type): the partner claim names a partner, and the
    /// lifetime is within the maximum. The partner, when accepted.
    pub fn accepts(&self, claims: &Claims, now: u64) -> Option<PartnerId> {
        let partner = claims.partner(&self.partner_claim)?;
        self.lifetime_ok(claims, now).then_some(partner)
    }

    /// `exp - iat` within the maximum; without `iat`, `exp` no further
    /// than the maximum from now; `iat` not in the future.
    pub fn lifetime_ok(&self, claims: &Claims, now: u64) -> bool {
        match claims.iat {
            Some(iat) => {
                iat <= now.saturating_add(LEEWAY)
                    && claims.exp.saturating_sub(iat) <= self.max_lifetime
            }
            None => claims.exp.saturating_sub(now) <= self.max_lifetime.saturating_add(LEEWAY),
        }
    }
}
