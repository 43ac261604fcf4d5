//! `GET/PUT/DELETE /api/v1/imports/draft`: the wizard's draft on the
//! server. A save names the revision it replaces (`If-Match`) or creates
//! the draft (`If-None-Match: *`); the revision comes back in the body, so
//! the `ETag` header need not be read.

use gloo_net::http::Request;
use transition_domain::wire::drafts::{Draft, DraftContent, DraftPut};

use super::{check, read, Api, ApiError};
use crate::wizard::save::Outcome;

impl Api {
    /// The partner's draft; none when there is none (a 404 that is not an
    /// error to tell the host).
    pub async fn draft(&self) -> Result<Option<Draft>, ApiError> {
        let request = self
            .get("/imports/draft")
            .build()
            .map_err(|e| ApiError::Network(e.to_string()))?;
        let response = self.exchange_unchecked(request).await?;
        if response.status() == 404 {
            return Ok(None);
        }
        match check(response).await {
            Ok(response) => read(response).await.map(Some),
            Err(error) => {
                if let Some(session) = self.session {
                    session.report(&error);
                }
                Err(error)
            }
        }
    }

    /// Saves `content` over `revision` (none: creates the draft).
    pub async fn save_draft(&self, content: &DraftContent, revision: Option<&str>) -> Outcome {
        let builder = self.with_headers(Request::put(&self.url("/imports/draft")));
        let builder = match revision {
            Some(revision) => builder.header("If-Match", &format!("\"{revision}\"")),
            None => builder.header("If-None-Match", "*"),
        };
        let body = DraftPut {
            content: content.clone(),
        };
        let Ok(text) = serde_json::to_string(&body) else {
            return Outcome::Failed;
        };
        let Ok(request) = builder
            .header("Content-Type", "application/json")
            .body(text)
        else {
            return Outcome::Failed;
        };
        let Ok(response) = self.exchange_unchecked(request).await else {
            return Outcome::Failed;
        };
        match response.status() {
            412 => Outcome::Changed,
            429 => Outcome::RateLimited(
                response
                    .headers()
                    .get("retry-after")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(1),
            ),
            _ => match check(response).await {
                Ok(response) => read(response)
                    .await
                    .map_or(Outcome::Failed, |d| Outcome::Saved(Box::new(d))),
                Err(error) => {
                    if let Some(session) = self.session {
                        session.report(&error);
                    }
                    Outcome::Failed
                }
            },
        }
    }

    /// Removes the draft, only at `revision`.
    pub async fn delete_draft(&self, revision: &str) -> Result<(), ApiError> {
        let builder = self
            .with_headers(Request::delete(&self.url("/imports/draft")))
            .header("If-Match", &format!("\"{revision}\""));
        self.send(builder).await.map(drop)
    }
}
