//! The keys of a JWK set this server can verify with: RSA and EC P-256 or
//! P-384 signature keys, each with the one algorithm it verifies.

use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey};
use serde::Deserialize;

/// Why a JWKS could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum JwksError {
    #[error("cannot read the JWKS file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot fetch the JWKS from {url}: {reason}")]
    Fetch { url: String, reason: String },
    #[error("{origin} is not a JWK set: {reason}")]
    Parse { origin: String, reason: String },
    #[error("{origin} holds no usable signature key (RSA or EC P-256/P-384 public keys)")]
    Empty { origin: String },
}

/// One verification key of a JWKS.
pub(super) struct JwksKey {
    pub(super) kid: Option<String>,
    pub(super) alg: Algorithm,
    pub(super) key: DecodingKey,
}

/// A parsed JWK set: the keys this server can verify with.
#[derive(Default)]
pub(super) struct KeySet {
    pub(super) keys: Vec<JwksKey>,
}

impl KeySet {
    /// Parses a JWK set, skipping keys that are not for signatures or of
    /// a kind this server cannot verify (each one is logged).
    pub(super) fn parse(bytes: &[u8], origin: &str) -> Result<KeySet, JwksError> {
        #[derive(Deserialize)]
        struct RawSet {
            keys: Vec<serde_json::Value>,
        }
        let raw: RawSet = serde_json::from_slice(bytes).map_err(|error| JwksError::Parse {
            origin: origin.to_owned(),
            reason: error.to_string(),
        })?;
        let mut keys = Vec::new();
        for (n, value) in raw.keys.into_iter().enumerate() {
            let jwk: Jwk = match serde_json::from_value(value) {
                Ok(jwk) => jwk,
                Err(error) => {
                    tracing::warn!(%origin, key = n, %error, "JWKS: a key this server cannot read, skipped");
                    continue;
                }
            };
            match usable_key(&jwk) {
                Some(key) => keys.push(key),
                None => {
                    tracing::warn!(%origin, key = n, kid = ?jwk.common.key_id, "JWKS: not an RSA or EC signature key, skipped");
                }
            }
        }
        if keys.is_empty() {
            return Err(JwksError::Empty {
                origin: origin.to_owned(),
            });
        }
        Ok(KeySet { keys })
    }

    pub(super) fn has_kid(&self, kid: &str) -> bool {
        self.keys.iter().any(|k| k.kid.as_deref() == Some(kid))
    }
}

/// The algorithm a JWK verifies: the one it declares, else the usual one
/// of its kind. Symmetric keys, encryption keys and Ed25519 are left out.
fn usable_key(jwk: &Jwk) -> Option<JwksKey> {
    if matches!(
        jwk.common.public_key_use,
        Some(PublicKeyUse::Encryption | PublicKeyUse::Other(_))
    ) {
        return None;
    }
    let alg = match (&jwk.algorithm, &jwk.common.key_algorithm) {
        (AlgorithmParameters::RSA(_), None | Some(KeyAlgorithm::RS256)) => Algorithm::RS256,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::RS384)) => Algorithm::RS384,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::RS512)) => Algorithm::RS512,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS256)) => Algorithm::PS256,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS384)) => Algorithm::PS384,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS512)) => Algorithm::PS512,
        (AlgorithmParameters::EllipticCurve(ec), declared) => match (&ec.curve, declared) {
            (EllipticCurve::P256, None | Some(KeyAlgorithm::ES256)) => Algorithm::ES256,
            (EllipticCurve::P384, None | Some(KeyAlgorithm::ES384)) => Algorithm::ES384,
            _ => return None,
        },
        _ => return None,
    };
    let key = DecodingKey::from_jwk(jwk).ok()?;
    Some(JwksKey {
        kid: jwk.common.key_id.clone(),
        alg,
        key,
    })
}
