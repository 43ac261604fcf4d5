//! Bearer tokens: HS256 JWTs whose `sub` is the partner id, with `roles`,
//! `exp` and `aud`. The caller is an extractor: a handler that takes a
//! `Caller` is answered 401 before it runs when the token is missing,
//! malformed, expired, of another audience or badly signed.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::state::AppState;

/// The audience tokens must name unless configured otherwise.
pub const DEFAULT_AUDIENCE: &str = "pinpoint-transition";

/// Roles that may import, create and change profiles (SPEC §4).
pub const WRITE_ROLES: [&str; 4] = [
    "account_admin",
    "business_profile_admin",
    "global_admin",
    "referrals_admin",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub exp: u64,
    pub aud: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    audience: String,
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys")
            .field("audience", &self.audience)
            .finish_non_exhaustive()
    }
}

impl TokenKeys {
    pub fn new(secret: &[u8], audience: &str) -> TokenKeys {
        TokenKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            audience: audience.to_owned(),
        }
    }

    pub fn audience(&self) -> &str {
        &self.audience
    }

    /// Signs claims (demo mode, tests).
    pub fn mint(&self, claims: &Claims) -> Result<String, jsonwebtoken::errors::Error> {
        encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
    }

    /// Verifies a token: HS256 only (so `alg: none` is refused), expiry
    /// and audience required.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "aud", "sub"]);
        validation.leeway = 5;
        decode::<Claims>(token, &self.decoding, &validation)
            .ok()
            .map(|data| data.claims)
            .filter(|claims| !claims.sub.trim().is_empty())
    }
}

/// The signed-in caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub partner_id: String,
    pub roles: Vec<String>,
}

impl Caller {
    pub fn can_write(&self) -> bool {
        self.roles
            .iter()
            .any(|role| WRITE_ROLES.contains(&role.as_str()))
    }

    /// Refuses read-only callers (403 `role_required`).
    pub fn require_write(&self) -> Result<(), ApiError> {
        if self.can_write() {
            Ok(())
        } else {
            Err(ApiError::role_required())
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer(parts).ok_or_else(ApiError::unauthorized)?;
        let claims = state
            .keys
            .verify(token)
            .ok_or_else(ApiError::unauthorized)?;
        Ok(Caller {
            partner_id: claims.sub,
            roles: claims.roles,
        })
    }
}

/// The operator, proven by the separate operator token.
#[derive(Debug, Clone, Copy)]
pub struct Operator;

impl FromRequestParts<AppState> for Operator {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let expected = state
            .config
            .operator_token
            .as_deref()
            .ok_or_else(ApiError::unauthorized)?;
        let given = bearer(parts).ok_or_else(ApiError::unauthorized)?;
        if constant_time_eq(given.as_bytes(), expected.as_bytes()) {
            Ok(Operator)
        } else {
            Err(ApiError::unauthorized())
        }
    }
}

/// Compares without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
