//! `GET/PUT /settings` and `/imports/draft/submission`: whether the
//! partner's imports need a second admin, and the steps of an approval
//! (submit, withdraw, return with a comment, approve).

use gloo_net::http::Request;
use transition_domain::plan::PlanDigest;
use transition_domain::wire::approvals::{
    PartnerSettings, ReturnRequest, SettingsView, SubmitRequest,
};
use transition_domain::wire::drafts::Draft;
use transition_domain::wire::imports::ImportResult;

use super::{read, Api, ApiError};

const SUBMISSION: &str = "/imports/draft/submission";

impl Api {
    pub async fn settings(&self) -> Result<SettingsView, ApiError> {
        read(self.send(self.get("/settings")).await?).await
    }

    pub async fn set_settings(&self, settings: &PartnerSettings) -> Result<SettingsView, ApiError> {
        let builder = self.with_headers(Request::put(&self.url("/settings")));
        read(self.send_json(builder, settings).await?).await
    }

    /// Submits the draft at `revision` for approval, with the digest of
    /// the plan its submitter reviewed.
    pub async fn submit_draft(
        &self,
        plan_digest: &PlanDigest,
        revision: &str,
    ) -> Result<Draft, ApiError> {
        let builder = self
            .with_headers(Request::post(&self.url(SUBMISSION)))
            .header("If-Match", &format!("\"{revision}\""));
        let body = SubmitRequest {
            plan_digest: plan_digest.clone(),
        };
        read(self.send_json(builder, &body).await?).await
    }

    /// The submitter takes their submission back.
    pub async fn withdraw_submission(&self) -> Result<Draft, ApiError> {
        let builder = self.with_headers(Request::delete(&self.url(SUBMISSION)));
        read(self.send(builder).await?).await
    }

    /// Another admin sends it back to its submitter with `comment`.
    pub async fn return_submission(&self, comment: &str) -> Result<Draft, ApiError> {
        let url = self.url(&format!("{SUBMISSION}/return"));
        let body = ReturnRequest {
            comment: comment.to_owned(),
        };
        read(
            self.send_json(self.with_headers(Request::post(&url)), &body)
                .await?,
        )
        .await
    }

    /// Another admin approves it: the import, under `key`.
    pub async fn approve_submission(&self, key: &str) -> Result<ImportResult, ApiError> {
        let url = self.url(&format!("{SUBMISSION}/approve"));
        let builder = self
            .with_headers(Request::post(&url))
            .header("Idempotency-Key", key);
        read(self.send(builder).await?).await
    }
}
