//! # transition-domain
//!
//! Every rule of Pinpoint Transition, compiled once for the browser
//! (wasm32) and the server. Pure: no I/O, no clock, no randomness, no
//! async — time and new ids are arguments.
//!
//! - [`export`]: the Pinpoint export and its hardened parser (SPEC §2).
//! - [`values`], [`catalog`], [`model`]: the Partner Center model, made of
//!   newtypes whose constructors hold the rules of SPEC §3 and §5.
//! - [`request`], [`plan`]: the import request and the planner.
//! - [`ops`]: what a partner may do to a profile after the import.
//! - [`catalogue`](mod@catalogue), [`messages`], [`codes`], [`labels`],
//!   [`issue`]: the eleven languages, typed message ids (one
//!   [`catalogue!`] macro for all, the app's too), the locale files' texts
//!   and their formatting, and typed issues; [`locales`] (feature
//!   `locales`) builds the eleven files in, with ICU4X's CLDR rules.
//! - [`referrals`]: the referrals download, the same bytes everywhere.
//! - [`bounds`]: how long each list of a request or an export may be,
//!   and how many issues an answer lists.
//! - [`text`]: no control character in any string a write or an export
//!   brings (storage keeps none).
//! - [`ids`]: identifiers as newtypes (`PartnerId`, `ProfileId`, `LocationId`, `SolutionId`, `PinpointProfileId`).
//! - [`person`]: the person a token names (`UserId`, `Person`), beside its partner.

// Outside tests, nothing may panic on bad input: no unwrap, no expect,
// no indexing that can fail (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod audit;
pub mod bounds;
pub mod catalog;
pub mod catalogue;
pub mod codes;
pub mod export;
pub mod field;
pub mod ids;
pub mod input;
pub mod issue;
pub mod labels;
#[cfg(feature = "locales")]
pub mod locales;
pub mod messages;
pub mod model;
pub mod ops;
pub mod person;
pub mod plan;
pub mod referrals;
pub mod report;
pub mod request;
pub mod role;
pub mod text;
pub mod time;
pub mod validate;
pub mod values;
pub mod wire;

pub use catalogue::{Lang, Plural};
pub use codes::Code;
pub use export::{parse_export, parse_export_with, ExportError, ParseLimits, PinpointExport};
pub use field::FieldKey;
pub use ids::{
    IdempotencyKey, ImportId, LocationId, LogoId, PartnerId, PinpointProfileId, ProfileId,
    SolutionId,
};
pub use issue::{Issue, LocalizedIssue, Severity};
pub use messages::{Arg, Formats, MessageId, Messages};
pub use model::{BusinessProfile, ProfileDraft};
pub use person::{Person, UserId};
pub use plan::{check_export, plan_import, ImportPlan, PlanReport};
pub use request::{Acknowledgements, ImportRequest, Selection};
pub use role::Role;
pub use time::Timestamp;
pub use validate::validate_profile;
