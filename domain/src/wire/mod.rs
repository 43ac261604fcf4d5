//! Types of the HTTP API that the server answers and the app reads: one
//! definition each, serde on both sides (and utoipa for the server's
//! OpenAPI document, feature `openapi`).

pub mod approvals;
pub mod audit;
pub mod demo;
pub mod drafts;
pub mod health;
pub mod imports;
pub mod logos;
pub mod me;
pub mod pinpoint;
pub mod problem;
pub mod profiles;
pub mod receipt;
