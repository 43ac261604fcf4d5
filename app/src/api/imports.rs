//! `POST /imports/preview`, `POST /imports` and `GET /imports/{id}`: the
//! plan's digest the Preview shows, the one-way commit that carries it,
//! and a committed import read back.

use gloo_net::http::Request;
use transition_domain::plan::PlanDigest;
use transition_domain::request::ImportRequest;
use transition_domain::wire::imports::{ImportResult, PreviewDigest};

use super::{read, Api, ApiError};

impl Api {
    /// `POST /imports/preview`: the digest of the server's plan (the app
    /// plans the preview itself and reads only this), or its refusal (a
    /// closed account, with the service centre's address).
    pub async fn preview(&self, request: &ImportRequest) -> Result<PreviewDigest, ApiError> {
        let builder = self.with_headers(Request::post(&self.url("/imports/preview")));
        read(self.send_json(builder, request).await?).await
    }

    /// Commits an import; `key` is the request's `Idempotency-Key`, the
    /// same for every retry of the same request; `digest` the plan digest
    /// of the preview the partner reviewed (`If-Match`: a 412
    /// `plan_changed` when it is not the plan's now).
    pub async fn commit_import(
        &self,
        request: &ImportRequest,
        key: &str,
        digest: &PlanDigest,
    ) -> Result<ImportResult, ApiError> {
        let builder = self
            .with_headers(Request::post(&self.url("/imports")))
            .header("Idempotency-Key", key)
            .header("If-Match", &format!("\"{digest}\""));
        read(self.send_json(builder, request).await?).await
    }

    pub async fn import(&self, id: &str) -> Result<ImportResult, ApiError> {
        read(
            self.send(self.get(&format!("/imports/{}", crate::paths::encode(id))))
                .await?,
        )
        .await
    }
}
