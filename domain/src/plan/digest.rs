//! The plan digest: what a partner was shown, in 71 characters. A commit
//! carries the digest of the preview it follows (`If-Match`); the server
//! computes it again from what it holds now and refuses the commit (412
//! `plan_changed`) when they differ. The digest covers:
//! 1. the rules' version ([`RULES_VERSION`]);
//! 2. the export as stored, byte for byte (re-ingesting the same bytes
//!    does not change it);
//! 3. the partner's business profiles, sorted by id;
//! 4. the request's selections (after its uploaded logos are resolved).
//!
//! The acknowledgements are left out: they are given after the preview,
//! and the plan does not depend on them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::BusinessProfile;
use crate::request::ImportRequest;

/// The version of the rules that turn an export and a request into a plan.
/// Bump it whenever a change to the rules can change a plan: every
/// previewed digest then stops matching, and partners look again.
/// `tests/rules_version.rs` fails when the plans of the fixtures change
/// and this was not bumped.
pub const RULES_VERSION: &str = "2";

/// The fingerprint of the rules at [`RULES_VERSION`]: SHA-256 of the
/// fixtures' plans and the catalogues, as `tests/rules_version.rs`
/// computes it.
pub const RULES_FINGERPRINT: &str =
    "b815bc0d78efe6c2c31182f3381b85a59d8b867757b8dae786e5119d4969719d";

/// The start of every digest's text.
const PREFIX: &str = "sha256:";

/// What starts the preimage: the format and its version.
const DOMAIN: &[u8] = b"pinpoint-transition/plan-digest/v1\0";

/// `sha256:` followed by 64 lowercase hexadecimal digits. Checked when
/// parsed and when read from JSON, so a value of this type is always
/// well formed.
#[derive(Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(value_type = String, pattern = "^sha256:[0-9a-f]{64}$")
)]
pub struct PlanDigest(String);

impl PlanDigest {
    /// The digest `text` spells, if it is one.
    pub fn parse(text: &str) -> Option<PlanDigest> {
        let hex = text.strip_prefix(PREFIX)?;
        let well_formed = hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        well_formed.then(|| PlanDigest(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digest of `hash`, 32 bytes of SHA-256.
    pub fn from_sha256(hash: &[u8; 32]) -> PlanDigest {
        PlanDigest(format!("{PREFIX}{}", lower_hex(hash)))
    }
}

/// Bytes as lowercase hexadecimal digits.
fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        for nibble in [byte >> 4, byte & 0x0f] {
            text.push(char::from(
                DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0'),
            ));
        }
    }
    text
}

impl fmt::Display for PlanDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PlanDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Serialize for PlanDigest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PlanDigest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PlanDigest, D::Error> {
        let text = String::deserialize(deserializer)?;
        PlanDigest::parse(&text).ok_or_else(|| {
            serde::de::Error::custom("a plan digest is `sha256:` and 64 lowercase hex digits")
        })
    }
}

/// The bytes the digest hashes: [`DOMAIN`], then four fields, each its
/// length (`u64`, big-endian) and its bytes, so that no two inputs give
/// the same bytes. `export_json` is the export as stored; `profiles` the
/// partner's business profiles (in any order: sorted here by id);
/// `request` after its uploaded logos are resolved.
pub fn preimage(
    export_json: &str,
    profiles: &[BusinessProfile],
    request: &ImportRequest,
) -> Vec<u8> {
    let mut sorted: Vec<&BusinessProfile> = profiles.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    // The typed values fix the order of their fields; they hold no map
    // and no float, so their JSON is one text only.
    let profiles = serde_json::to_vec(&sorted).unwrap_or_default();
    let selections = serde_json::to_vec(&request.selections).unwrap_or_default();
    let fields: [&[u8]; 4] = [
        RULES_VERSION.as_bytes(),
        export_json.as_bytes(),
        &profiles,
        &selections,
    ];
    let mut bytes = Vec::with_capacity(
        DOMAIN.len() + fields.iter().map(|field| 8 + field.len()).sum::<usize>(),
    );
    bytes.extend_from_slice(DOMAIN);
    for field in fields {
        let length = u64::try_from(field.len()).unwrap_or(u64::MAX);
        bytes.extend_from_slice(&length.to_be_bytes());
        bytes.extend_from_slice(field);
    }
    bytes
}

/// The plan digest of a preview: SHA-256 of its [`preimage`]. Only for
/// the server and the tests (feature `digest`): the browser never
/// computes one, it asks the server.
#[cfg(feature = "digest")]
pub fn plan_digest(
    export_json: &str,
    profiles: &[BusinessProfile],
    request: &ImportRequest,
) -> PlanDigest {
    use sha2::{Digest, Sha256};
    let hash: [u8; 32] = Sha256::digest(preimage(export_json, profiles, request)).into();
    PlanDigest::from_sha256(&hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_is_sha256_and_64_lowercase_hex_digits() {
        let good = format!("sha256:{}", "0a".repeat(32));
        assert_eq!(
            PlanDigest::parse(&good).map(|d| d.to_string()),
            Some(good.clone())
        );
        for bad in [
            String::new(),
            "0a".repeat(32),
            format!("sha256:{}", "0A".repeat(32)),
            format!("sha256:{}", "0a".repeat(31)),
            format!("sha256:{}0", "0a".repeat(32)),
            format!("sha1:{}", "0a".repeat(32)),
            format!("sha256:{}g", "0".repeat(63)),
        ] {
            assert_eq!(PlanDigest::parse(&bad), None, "{bad}");
            let json = serde_json::to_string(&bad).unwrap_or_default();
            assert!(serde_json::from_str::<PlanDigest>(&json).is_err(), "{bad}");
        }
        let json = serde_json::to_string(&good).unwrap_or_default();
        let read = serde_json::from_str::<PlanDigest>(&json).ok();
        assert_eq!(read.as_ref().map(PlanDigest::as_str), Some(good.as_str()));
        assert_eq!(serde_json::to_string(&read).ok(), Some(json));
    }

    #[test]
    fn hex_is_lowercase_and_two_digits_a_byte() {
        assert_eq!(lower_hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        let digest = PlanDigest::from_sha256(&[0xab; 32]);
        assert_eq!(digest.as_str(), format!("sha256:{}", "ab".repeat(32)));
    }

    #[test]
    fn the_preimage_is_length_prefixed_fields() {
        let request = ImportRequest::default();
        let bytes = preimage("{}", &[], &request);
        let mut expected = DOMAIN.to_vec();
        for field in [RULES_VERSION.as_bytes(), b"{}", b"[]", b"[]"] {
            expected.extend_from_slice(&(field.len() as u64).to_be_bytes());
            expected.extend_from_slice(field);
        }
        assert_eq!(bytes, expected);
        // Moving a byte from one field to the next changes the preimage.
        assert_ne!(
            preimage("{}a", &[], &request),
            preimage("{}", &[], &request)
        );
    }

    #[test]
    fn acknowledgements_are_not_in_the_preimage() {
        let mut request = ImportRequest::default();
        let before = preimage("{}", &[], &request);
        request.acknowledgements.referrals_noted = true;
        request.acknowledgements.account_closure = true;
        assert_eq!(preimage("{}", &[], &request), before);
    }

    /// serde_json's `Value` sorts its keys unless `preserve_order` is on:
    /// the receipts' canonical form and every hashed `Value` rely on it.
    #[test]
    fn serde_json_still_sorts_the_keys_of_a_value() {
        let value: serde_json::Value =
            serde_json::from_str(r#"{"b":1,"a":{"d":2,"c":3}}"#).unwrap_or_default();
        assert_eq!(
            serde_json::to_string(&value).unwrap_or_default(),
            r#"{"a":{"c":3,"d":2},"b":1}"#
        );
    }

    #[cfg(feature = "digest")]
    #[test]
    fn the_golden_vector() {
        let request: Result<ImportRequest, _> =
            serde_json::from_str(r#"{"selections":[{"pinpoint_profile_id":"bp-1"}]}"#);
        let request = request.ok().unwrap_or_default();
        assert_eq!(request.selections.len(), 1);
        let digest = plan_digest(r#"{"format":"x"}"#, &[], &request);
        assert_eq!(
            digest.as_str(),
            "sha256:a53d9cbf48ec40d08d7d79d99ee60a423efcf82110161e07d1d657a24bbd5439"
        );
    }
}
