//! The HTTPS client the JWKS is fetched with: rustls, bounded in size
//! and time, no redirects. Knows nothing of keys or tokens.

use std::sync::Arc;
use std::time::Duration;

use axum::http::header;
use bytes::Bytes;

pub type HttpClient = hyper_util::client::legacy::Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    http_body_util::Empty<bytes::Bytes>,
>;

/// Whether a JWKS may be fetched from `url`: over `https://` only, for
/// anyone on the path of plain HTTP could hand out keys and forge any
/// token. `http://` to a loopback host (127.0.0.0/8, `[::1]`,
/// `localhost`) only with `allow_http_loopback`, a setting for tests.
pub fn check_url(url: &str, allow_http_loopback: bool) -> Result<(), String> {
    let uri: axum::http::Uri = url.parse().map_err(|_| "not a URL".to_owned())?;
    let host = uri.host().unwrap_or_default();
    match uri.scheme_str() {
        Some("https") if !host.is_empty() => Ok(()),
        Some("http") if allow_http_loopback && is_loopback(host) => Ok(()),
        Some("http") if allow_http_loopback => {
            Err("plain http:// is allowed for a loopback host only".to_owned())
        }
        _ => Err("the JWKS must be fetched over https://".to_owned()),
    }
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// An HTTP(S) client: rustls on ring with the system's root certificates,
/// giving up on a connection after `connect_timeout`.
pub fn http_client(connect_timeout: Duration) -> Result<HttpClient, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(connect_timeout));
    let builder = match hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_native_roots(Arc::clone(&provider))
    {
        Ok(builder) => builder,
        Err(error) => {
            // Plain http:// still works; https:// then fails to verify.
            tracing::warn!(%error, "no system root certificates: https:// JWKS URLs cannot be verified");
            let config = rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|error| error.to_string())?
                .with_root_certificates(rustls::RootCertStore::empty())
                .with_no_client_auth();
            hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(config)
        }
    };
    let connector = builder.https_or_http().enable_http1().wrap_connector(http);
    Ok(
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build(connector),
    )
}

/// An error and its causes, `: `-separated (hyper's own message alone
/// says only "client error").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// GETs `url` as JSON: at most `max_bytes` of its body, all within
/// `timeout`; redirects are not followed. The error is the reason, said
/// with its causes.
pub async fn get_json(
    client: &HttpClient,
    url: &str,
    max_bytes: usize,
    timeout: Duration,
) -> Result<Bytes, String> {
    use http_body_util::BodyExt;
    let request = axum::http::Request::get(url)
        .header(header::ACCEPT, "application/json")
        .header(
            header::USER_AGENT,
            concat!("transition-server/", env!("CARGO_PKG_VERSION")),
        )
        .body(http_body_util::Empty::new())
        .map_err(|error| error.to_string())?;
    let exchange = async {
        let response = client
            .request(request)
            .await
            .map_err(|error| error_chain(&error))?;
        if !response.status().is_success() {
            return Err(format!("status {}", response.status()));
        }
        let limited = http_body_util::Limited::new(response.into_body(), max_bytes);
        limited
            .collect()
            .await
            .map(|body| body.to_bytes())
            .map_err(
                |error| match error.downcast::<http_body_util::LengthLimitError>() {
                    Ok(_) => format!("larger than {max_bytes} bytes"),
                    Err(error) => error.to_string(),
                },
            )
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| format!("no answer within {timeout:?}"))?
}

#[cfg(test)]
mod tests {
    use super::check_url;

    #[test]
    fn a_jwks_is_fetched_over_https_and_plain_http_only_from_loopback_in_tests() {
        assert!(check_url("https://portal.example/jwks.json", false).is_ok());
        for refused in [
            "http://portal.example/jwks.json",
            "http://127.0.0.1:8080/jwks.json",
            "ftp://portal.example/jwks.json",
            "https:///jwks.json",
            "jwks.json",
        ] {
            assert!(check_url(refused, false).is_err(), "{refused}");
        }
        for loopback in [
            "http://127.0.0.1:8080/jwks.json",
            "http://127.1.2.3/jwks.json",
            "http://[::1]:9000/jwks.json",
            "http://localhost/jwks.json",
        ] {
            assert!(check_url(loopback, true).is_ok(), "{loopback}");
        }
        assert!(check_url("http://10.0.0.1/jwks.json", true).is_err());
        assert!(check_url("http://portal.example/jwks.json", true).is_err());
    }
}
