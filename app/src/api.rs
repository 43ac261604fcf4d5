//! The server's API (docs/api.md), one function per call. Every call sends
//! the bearer token and `Accept-Language`, and answers `Result<T, ApiError>`
//! where an error carries the server's problem+json when there is one.

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use transition_domain::model::ProfileDraft;
use transition_domain::ops::{LocationPatch, NewLocation};
pub use transition_domain::plan::PlanDigest;
use transition_domain::request::{ProfileOverrides, SolutionOverrides};
pub use transition_domain::wire::imports::{ImportResult, PreviewDigest};
pub use transition_domain::wire::pinpoint::PinpointAccount;
pub use transition_domain::wire::problem::Problem;
use transition_domain::wire::profiles::{ProfileList, SolutionIds};
use transition_domain::Role;
use transition_domain::{BusinessProfile, Lang, LocationId, ProfileId, SolutionId};

mod approvals;
mod drafts;
mod imports;
mod logos;
mod receipts;

pub use receipts::ReceiptFile;

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request did not reach the server, or no answer came back.
    Network(String),
    /// The server refused, with a problem+json.
    Problem(Box<Problem>),
    /// The server answered with a status and a body that is not a problem.
    Status(u16),
    /// A success whose body could not be read.
    Decode(String),
}

impl ApiError {
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Problem(p) => Some(p.as_ref()),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem(p) => Some(p.status),
            ApiError::Status(s) => Some(*s),
            _ => None,
        }
    }

    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }
}

/// Where and as whom to call.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub base: String,
    pub token: Option<String>,
    pub lang: Lang,
    /// The app around the call: fresh tokens, errors told to the host.
    pub session: Option<crate::Session>,
}

/// `GET /api/v1/me`: the domain's one definition, as the server sends it.
pub use transition_domain::wire::me::{AccountBrief, Me};

/// Demo mode: the domain's definitions, as the server sends them.
pub use transition_domain::wire::demo::{DemoPartner, DevToken, DevTokenRequest};

/// `/business-profiles/{id}/{part}/…`, every part percent-encoded.
fn profile_path(id: &ProfileId, parts: &[&str]) -> String {
    let mut path = format!("/business-profiles/{}", crate::paths::encode(id));
    for part in parts {
        path.push('/');
        path.push_str(&crate::paths::encode(part));
    }
    path
}

impl Api {
    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base.trim_end_matches('/'))
    }

    /// The headers of every call but the token, which [`Api::exchange`]
    /// sets.
    fn with_headers(&self, builder: RequestBuilder) -> RequestBuilder {
        builder
            .header("Accept", "application/json, application/problem+json")
            .header("Accept-Language", self.lang.as_str())
    }

    fn get(&self, path: &str) -> RequestBuilder {
        self.with_headers(Request::get(&self.url(path)))
    }

    async fn send_json<B: Serialize>(
        &self,
        builder: RequestBuilder,
        body: &B,
    ) -> Result<Response, ApiError> {
        let text = serde_json::to_string(body).map_err(|e| ApiError::Decode(e.to_string()))?;
        let request = builder
            .header("Content-Type", "application/json")
            .body(text)
            .map_err(|e| ApiError::Network(e.to_string()))?;
        self.exchange(request).await
    }

    async fn send(&self, builder: RequestBuilder) -> Result<Response, ApiError> {
        let request = builder
            .build()
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if let Some(response) = self.prefetched(&request).await {
            return Ok(response);
        }
        self.exchange(request).await
    }

    /// The loader's answer to this very read, asked for while the wasm
    /// compiled, when it is a success (anything else is asked again, with
    /// the usual refresh and 401 handling).
    async fn prefetched(&self, request: &Request) -> Option<Response> {
        let promise = self.session?.prefetched(&request.url())?;
        let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        let answer: web_sys::Response = wasm_bindgen::JsCast::dyn_into(answer).ok()?;
        (answer.status() == 200).then(|| Response::from(answer))
    }

    /// Sends `request` with the token: one about to expire is replaced
    /// first, and a 401 is tried once more with a fresh token from the
    /// host. A refusal is told to the host (`error` event).
    async fn exchange(&self, request: Request) -> Result<Response, ApiError> {
        let response = self.exchange_unchecked(request).await?;
        let checked = check(response).await;
        if let (Err(error), Some(session)) = (&checked, self.session) {
            session.report(error);
        }
        checked
    }

    /// [`Api::exchange`] without reading a refusal: the answer as it came.
    async fn exchange_unchecked(&self, request: Request) -> Result<Response, ApiError> {
        let raw: web_sys::Request = request.into();
        let mut token = self.token.clone();
        if let (Some(session), Some(old)) = (self.session, token.as_deref()) {
            if crate::host::expires_soon(old) {
                token = session.refresh().await.or(token);
            }
        }
        // A request's body can be read once: the retry needs its twin.
        let spare = web_sys::Request::clone(&raw).ok();
        let mut response = send_raw(&raw, token.as_deref()).await?;
        if response.status() == 401 {
            if let (Some(session), Some(spare)) = (self.session, spare) {
                if let Some(fresh) = session.refresh().await {
                    response = send_raw(&spare, Some(&fresh)).await?;
                }
            }
        }
        Ok(response)
    }

    pub async fn dev_partners(&self) -> Result<Vec<DemoPartner>, ApiError> {
        read(self.send(self.get("/dev/partners")).await?).await
    }

    /// Mints a demo token for the person `user_id` of `partner_id`;
    /// `roles: None` keeps the server's default.
    pub async fn dev_token(
        &self,
        partner_id: &str,
        user_id: &str,
        roles: Option<&[Role]>,
    ) -> Result<String, ApiError> {
        let builder = self.with_headers(Request::post(&self.url("/dev/token")));
        let response = self
            .send_json(
                builder,
                &DevTokenRequest {
                    partner_id: partner_id.to_owned(),
                    roles: roles.map(<[Role]>::to_vec),
                    user_id: Some(user_id.to_owned()),
                    name: None,
                },
            )
            .await?;
        Ok(read::<DevToken>(response).await?.token)
    }

    pub async fn me(&self) -> Result<Me, ApiError> {
        read(self.send(self.get("/me")).await?).await
    }

    pub async fn pinpoint_account(&self) -> Result<PinpointAccount, ApiError> {
        // The server checked the export with `parse_export` when it was
        // ingested; the planner holds for any export, so plain serde will do
        // here (and keeps the parser's error tracking out of the bundle).
        read(self.send(self.get("/pinpoint/account")).await?).await
    }

    pub async fn business_profiles(&self) -> Result<Vec<BusinessProfile>, ApiError> {
        let list: ProfileList = read(self.send(self.get("/business-profiles")).await?).await?;
        Ok(list.items)
    }

    pub async fn business_profile(&self, id: &ProfileId) -> Result<BusinessProfile, ApiError> {
        read(self.send(self.get(&profile_path(id, &[]))).await?).await
    }

    pub async fn create_profile(&self, draft: &ProfileDraft) -> Result<BusinessProfile, ApiError> {
        let builder = self.with_headers(Request::post(&self.url("/business-profiles")));
        read(self.send_json(builder, draft).await?).await
    }

    pub async fn edit_profile(
        &self,
        id: &ProfileId,
        patch: &ProfileOverrides,
    ) -> Result<BusinessProfile, ApiError> {
        let url = self.url(&profile_path(id, &[]));
        let builder = self.with_headers(Request::patch(&url));
        read(self.send_json(builder, patch).await?).await
    }

    pub async fn add_location(
        &self,
        id: &ProfileId,
        location: &NewLocation,
    ) -> Result<BusinessProfile, ApiError> {
        let url = self.url(&profile_path(id, &["locations"]));
        let builder = self.with_headers(Request::post(&url));
        read(self.send_json(builder, location).await?).await
    }

    pub async fn edit_location(
        &self,
        id: &ProfileId,
        location_id: &LocationId,
        patch: &LocationPatch,
    ) -> Result<BusinessProfile, ApiError> {
        let url = self.url(&profile_path(id, &["locations", location_id]));
        let builder = self.with_headers(Request::patch(&url));
        read(self.send_json(builder, patch).await?).await
    }

    pub async fn delete_location(
        &self,
        id: &ProfileId,
        location_id: &LocationId,
    ) -> Result<(), ApiError> {
        let url = self.url(&profile_path(id, &["locations", location_id]));
        self.send(self.with_headers(Request::delete(&url)))
            .await
            .map(drop)
    }

    pub async fn set_location_solutions(
        &self,
        id: &ProfileId,
        location_id: &LocationId,
        solution_ids: &[SolutionId],
    ) -> Result<BusinessProfile, ApiError> {
        let url = self.url(&profile_path(id, &["locations", location_id, "solutions"]));
        let builder = self.with_headers(Request::put(&url));
        read(
            self.send_json(
                builder,
                &SolutionIds {
                    solution_ids: solution_ids.to_vec(),
                },
            )
            .await?,
        )
        .await
    }

    pub async fn edit_solution(
        &self,
        id: &ProfileId,
        solution_id: &SolutionId,
        patch: &SolutionOverrides,
    ) -> Result<BusinessProfile, ApiError> {
        let url = self.url(&profile_path(id, &["solutions", solution_id]));
        let builder = self.with_headers(Request::patch(&url));
        read(self.send_json(builder, patch).await?).await
    }

    pub async fn delete_solution(
        &self,
        id: &ProfileId,
        solution_id: &SolutionId,
    ) -> Result<(), ApiError> {
        let url = self.url(&profile_path(id, &["solutions", solution_id]));
        self.send(self.with_headers(Request::delete(&url)))
            .await
            .map(drop)
    }
}

async fn send_raw(raw: &web_sys::Request, token: Option<&str>) -> Result<Response, ApiError> {
    if let Some(token) = token {
        raw.headers()
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(|_| ApiError::Network("the token cannot be sent".to_owned()))?;
    }
    Request::from(Clone::clone(raw))
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))
}

/// A success passes; a failure becomes its problem, or its bare status.
pub(crate) async fn check(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    Err(problem_from(status, &text))
}

/// The error a failed answer stands for: its problem, or only its status
/// when the body is not one (a proxy's page, or a code this build of the
/// app does not know).
pub fn problem_from(status: u16, body: &str) -> ApiError {
    match serde_json::from_str::<Problem>(body) {
        Ok(problem) => ApiError::Problem(Box::new(problem)),
        Err(_) => ApiError::Status(status),
    }
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let text = response
        .text()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| ApiError::Decode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::Code;

    #[test]
    fn problems_are_read_as_the_server_writes_them() {
        let body = r#"{"type":"https://pinpoint-transition.example/problems/validation_failed",
            "title":"Some values break the rules","status":422,"code":"validation_failed",
            "issues":[{"severity":"error","code":"name_empty","path":"/profiles/0/name","params":{},"message":"Enter a name."}]}"#;
        let ApiError::Problem(problem) = problem_from(422, body) else {
            panic!("a problem");
        };
        assert_eq!(problem.code, Code::ValidationFailed);
        assert!(!problem.needs_service_centre());
        assert_eq!(problem.issues[0].issue.code, Code::NameEmpty);
        assert_eq!(problem.issues[0].issue.path, "/profiles/0/name");
        assert_eq!(problem.issues[0].message, "Enter a name.");
    }

    #[test]
    fn service_centre_problems_are_recognised() {
        let body = r#"{"type":"t","title":"Closed","status":409,"code":"pinpoint_account_closed","help_url":"https://example.test/help"}"#;
        let ApiError::Problem(problem) = problem_from(409, body) else {
            panic!("a problem");
        };
        assert_eq!(problem.status, 409);
        assert!(problem.needs_service_centre());
        let role = r#"{"type":"t","title":"Read only","code":"role_required","status":403}"#;
        assert!(problem_from(403, role)
            .problem()
            .is_some_and(Problem::needs_service_centre));
    }

    #[test]
    fn anything_else_is_a_bare_status() {
        assert_eq!(
            problem_from(502, "<html>bad gateway</html>"),
            ApiError::Status(502)
        );
        assert_eq!(problem_from(500, ""), ApiError::Status(500));
        assert_eq!(problem_from(404, "[1,2]"), ApiError::Status(404));
        let unknown = r#"{"type":"t","title":"New","status":409,"code":"from_the_future"}"#;
        assert_eq!(problem_from(409, unknown), ApiError::Status(409));
        assert!(ApiError::Status(404).is_not_found());
    }
}
