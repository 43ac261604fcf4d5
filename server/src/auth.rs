//! Who calls: the extractors a handler takes. A [`Caller`] is the person
//! and the partner a valid bearer token names (checked with the state's [`TokenKeys`]); an
//! [`Operator`] holds the separate operator token. A handler that takes
//! either is answered 401 before it runs.

use std::collections::HashSet;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use transition_domain::wire::audit::{AuditRecord, Change};
use transition_domain::wire::imports::Actor;
use transition_domain::{PartnerId, Person, Role};

use crate::error::ApiError;
use crate::state::AppState;
#[cfg(doc)]
use crate::tokens::TokenKeys;
use crate::tokens::VerifiedClaims;

/// The signed-in caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The token's partner claim: every query is scoped by it.
    pub partner_id: PartnerId,
    /// The token's `sub` and `name`: who did it, never whose data.
    pub person: Person,
    pub roles: Vec<Role>,
    /// The token's `company_name`, authoritative when present.
    pub company_name: Option<String>,
    /// The token's `csp`, authoritative when present.
    pub csp: Option<bool>,
}

impl Caller {
    pub fn can_write(&self) -> bool {
        self.roles.iter().any(Role::can_write)
    }

    /// The caller as an import result and the audit trail name it: the
    /// partner, the person (the token's `sub` and `name`) and the roles.
    pub fn actor(&self) -> Actor {
        Actor {
            partner_id: self.partner_id.to_string(),
            person: Some(self.person.clone()),
            roles: self.roles.clone(),
        }
    }

    /// The audit record of the caller's `change`, made now.
    pub fn record(&self, change: Change) -> AuditRecord {
        AuditRecord {
            id: crate::clock::new_id(),
            partner_id: self.partner_id.clone(),
            created_at: crate::clock::now(),
            actor: self.actor(),
            change,
        }
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

/// The caller a verified token names.
impl From<VerifiedClaims> for Caller {
    fn from(VerifiedClaims { partner_id, claims }: VerifiedClaims) -> Caller {
        // Roles once each, in the token's order.
        let mut seen = HashSet::new();
        let roles = claims
            .roles
            .into_iter()
            .filter(|role| seen.insert(role.clone()))
            .collect();
        Caller {
            partner_id,
            person: Person::new(claims.sub, claims.name),
            roles,
            company_name: claims
                .company_name
                .map(|name| name.trim().to_owned())
                .filter(|name| !name.is_empty()),
            csp: claims.csp,
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    bearer_token(&parts.headers)
}

/// The bearer token of an `Authorization` header, if any.
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// A request's bearer token, verified: the caller it names, or `None`
/// (no token, or one that does not verify). Kept in the request's
/// extensions by the first to verify it, so that a token is verified once
/// per request (an ES256 check is a tenth of a preview's time).
#[derive(Debug, Clone)]
struct Verified(Option<Caller>);

/// The caller the request's bearer token names, verified now unless it
/// was already, and kept in the request for [`Caller`]'s extractor.
pub async fn verify_once(state: &AppState, request: &mut Request) -> Option<Caller> {
    let (mut parts, body) = std::mem::take(request).into_parts();
    let caller = verified(&mut parts, state).await;
    *request = Request::from_parts(parts, body);
    caller
}

/// The verified caller of the request `parts` are of (see [`Verified`]).
async fn verified(parts: &mut Parts, state: &AppState) -> Option<Caller> {
    if let Some(Verified(caller)) = parts.extensions.get::<Verified>() {
        return caller.clone();
    }
    let caller = match bearer(parts) {
        Some(token) => state.keys.authenticate(token).await.map(Caller::from),
        None => None,
    };
    parts.extensions.insert(Verified(caller.clone()));
    caller
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        verified(parts, state)
            .await
            .ok_or_else(ApiError::unauthorized)
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
