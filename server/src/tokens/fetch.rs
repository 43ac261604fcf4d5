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
