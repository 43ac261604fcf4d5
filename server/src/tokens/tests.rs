//! The token rules: lifetime, user id, partner claim, issuer, audience.

use super::keys::KeySet;
use super::*;
use transition_domain::{PartnerId, UserId};

fn claims(exp: u64, iat: Option<u64>) -> Claims {
    Claims {
        sub: UserId::parse("alex@contoso").unwrap_or_else(|e| panic!("{e}")),
        name: Some("Alex Martin".into()),
        roles: vec![transition_domain::Role::AccountAdmin],
        exp,
        aud: DEFAULT_AUDIENCE.into(),
        iat,
        iss: None,
        company_name: None,
        csp: None,
        other: [(DEFAULT_PARTNER_CLAIM.to_owned(), "4412345".into())].into(),
    }
}

const SECRET: &[u8] = b"unit-test-secret-unit-test-secret-0123";

#[test]
fn lifetime_is_bounded_with_and_without_iat() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE).with_max_lifetime(600);
    let now = unix_now();
    let ok = keys.mint(&claims(now + 600, Some(now))).unwrap_or_default();
    assert!(keys.check(&ok).is_ok());
    let long = keys.mint(&claims(now + 601, Some(now))).unwrap_or_default();
    assert!(keys.check(&long).is_err());
    let no_iat_far = keys.mint(&claims(now + 3600, None)).unwrap_or_default();
    assert!(keys.check(&no_iat_far).is_err());
    let no_iat_near = keys.mint(&claims(now + 300, None)).unwrap_or_default();
    assert!(keys.check(&no_iat_near).is_ok());
    let future_iat = keys
        .mint(&claims(now + 700, Some(now + 100)))
        .unwrap_or_default();
    assert!(keys.check(&future_iat).is_err());
}

#[test]
fn the_partner_claim_must_be_a_partner_id() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE);
    let now = unix_now();
    let c = claims(now + 60, Some(now));
    for (partner, valid) in [
        (serde_json::json!("4412345"), true),
        (serde_json::json!(4412345), true),
        (serde_json::json!(" "), false),
        (serde_json::json!("44\n12345"), false),
        (serde_json::json!("1".repeat(PartnerId::MAX_CHARS)), true),
        (
            serde_json::json!("1".repeat(PartnerId::MAX_CHARS + 1)),
            false,
        ),
        (serde_json::json!(-4), true),
        (serde_json::json!(4.5), false),
        (serde_json::json!(true), false),
        (serde_json::json!(["4412345"]), false),
        (serde_json::Value::Null, false),
    ] {
        let mut json = serde_json::to_value(&c).unwrap_or_default();
        json[DEFAULT_PARTNER_CLAIM] = partner.clone();
        let token = keys.mint(&json).unwrap_or_default();
        assert_eq!(keys.check(&token).is_ok(), valid, "{partner:?}");
    }
    // No partner claim at all: a `sub` that is a partner id grants
    // nothing (the tokens of before people were named).
    let mut json = serde_json::to_value(&c).unwrap_or_default();
    json["sub"] = "4412345".into();
    if let Some(map) = json.as_object_mut() {
        map.remove(DEFAULT_PARTNER_CLAIM);
    }
    assert!(keys.check(&keys.mint(&json).unwrap_or_default()).is_err());
}

#[test]
fn the_sub_must_be_a_user_id() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE);
    let now = unix_now();
    let c = claims(now + 60, Some(now));
    for (sub, valid) in [
        (serde_json::json!("alex@contoso"), true),
        (serde_json::json!(" "), false),
        (serde_json::json!("a\u{7}b"), false),
        (serde_json::json!("u".repeat(UserId::MAX_CHARS)), true),
        (serde_json::json!("u".repeat(UserId::MAX_CHARS + 1)), false),
        (serde_json::json!(12), false),
    ] {
        let mut json = serde_json::to_value(&c).unwrap_or_default();
        json["sub"] = sub.clone();
        let token = keys.mint(&json).unwrap_or_default();
        assert_eq!(keys.check(&token).is_ok(), valid, "{sub:?}");
    }
    let verified = keys.check(&keys.mint(&c).unwrap_or_default()).ok();
    assert_eq!(
        verified.map(|v| (v.partner_id.to_string(), v.claims.sub.to_string())),
        Some(("4412345".to_owned(), "alex@contoso".to_owned()))
    );
}

#[test]
fn a_custom_partner_claim_is_read_instead() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE).with_partner_claim("tid");
    assert_eq!(keys.partner_claim(), "tid");
    let now = unix_now();
    let mut c = claims(now + 60, Some(now));
    // `partner_id` alone is not the configured claim.
    assert!(keys.check(&keys.mint(&c).unwrap_or_default()).is_err());
    c.other.insert("tid".into(), "5523456".into());
    let verified = keys.check(&keys.mint(&c).unwrap_or_default()).ok();
    assert_eq!(
        verified.map(|v| v.partner_id.to_string()),
        Some("5523456".to_owned())
    );
}

#[test]
fn issuer_is_required_when_configured() {
    let keys =
        TokenKeys::new(SECRET, DEFAULT_AUDIENCE).with_issuer(Some("https://portal.test".into()));
    let now = unix_now();
    let mut c = claims(now + 60, Some(now));
    assert!(keys.check(&keys.mint(&c).unwrap_or_default()).is_err());
    c.iss = Some("https://other.test".into());
    assert!(keys.check(&keys.mint(&c).unwrap_or_default()).is_err());
    c.iss = Some("https://portal.test".into());
    assert!(keys.check(&keys.mint(&c).unwrap_or_default()).is_ok());
}

#[test]
fn demo_tokens_are_not_production_tokens() {
    let demo = TokenKeys::demo(Duration::from_secs(3600));
    let now = unix_now();
    let mut c = claims(now + 60, Some(now));
    c.aud = DEMO_AUDIENCE.into();
    let token = demo.mint(&c).unwrap_or_default();
    assert!(demo.check(&token).is_ok());
    let other = TokenKeys::demo(Duration::from_secs(3600));
    assert!(other.check(&token).is_err(), "a random key per process");
}

#[test]
fn a_token_with_an_audience_list_reads() {
    let json = r#"{"sub":"1","exp":1,"aud":["a","b"],"partner_id":"2"}"#;
    let c: Claims = serde_json::from_str(json).unwrap_or_else(|_| claims(0, None));
    assert_eq!(c.aud, "a");
}

#[test]
fn jwks_keys_of_other_kinds_are_skipped() {
    let json = br#"{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"h"},{"kty":"OKP","crv":"X25519","x":"AA"}]}"#;
    assert!(matches!(
        KeySet::parse(json, "test"),
        Err(JwksError::Empty { .. })
    ));
    assert!(matches!(
        KeySet::parse(b"{}", "test"),
        Err(JwksError::Parse { .. })
    ));
}

/// Signs `header` and `claims` (as JSON, whatever they hold) with HS256.
fn signed_raw(header: &serde_json::Value, claims: &impl serde::Serialize) -> String {
    use base64::Engine;
    let encode = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let message = format!(
        "{}.{}",
        encode(header.to_string().as_bytes()),
        encode(&serde_json::to_vec(claims).unwrap_or_default())
    );
    let key = jsonwebtoken::EncodingKey::from_secret(SECRET);
    let signature =
        jsonwebtoken::crypto::sign(message.as_bytes(), &key, Algorithm::HS256).unwrap_or_default();
    format!("{message}.{signature}")
}

#[test]
fn a_token_not_valid_yet_is_refused_with_the_leeway_of_exp() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE);
    let now = unix_now();
    let with_nbf = |nbf: u64| {
        let mut value = serde_json::to_value(claims(now + 300, Some(now))).unwrap_or_default();
        value["nbf"] = nbf.into();
        keys.mint(&value).unwrap_or_default()
    };
    assert!(
        keys.check(&with_nbf(now - 60)).is_ok(),
        "valid since a minute"
    );
    assert!(keys.check(&with_nbf(now + 2)).is_ok(), "within the leeway");
    assert!(
        keys.check(&with_nbf(now + 86_400)).is_err(),
        "valid from tomorrow"
    );
}

#[test]
fn a_critical_header_extension_is_refused() {
    let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE);
    let now = unix_now();
    let body = claims(now + 300, Some(now));
    let plain = signed_raw(&serde_json::json!({"alg": "HS256", "typ": "JWT"}), &body);
    assert!(keys.check(&plain).is_ok(), "the same token without crit");
    let critical = signed_raw(
        &serde_json::json!({"alg": "HS256", "typ": "JWT", "crit": ["exp"], "exp": now + 300}),
        &body,
    );
    assert!(keys.check(&critical).is_err());
    let empty = signed_raw(&serde_json::json!({"alg": "HS256", "crit": []}), &body);
    assert!(keys.check(&empty).is_err(), "crit present at all");
}
