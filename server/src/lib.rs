//! The Pinpoint Transition server: the JSON API over the domain crate,
//! storage, auth, the operator CLI, and the built app.
//!
//! `main.rs` only parses the command line; [`app::router`] is the whole
//! HTTP application, which tests drive directly.

// Outside tests, nothing may panic on bad input: no unwrap, no expect,
// no indexing that can fail (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod app;
pub mod auth;
pub mod body_rate;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod embed;
pub mod error;
pub mod extract;
pub mod failpoint;
pub mod failure_log;
pub mod forwarded;
pub mod in_flight;
pub mod limits;
pub mod net;
pub mod openapi;
pub mod origin;
pub mod places;
pub mod precondition;
pub mod private_files;
pub mod problem;
pub mod quota;
pub mod receipt_page;
pub mod refusal;
pub mod routes;
pub mod secret;
pub mod settings;
pub mod state;
pub mod store;
pub mod tokens;
pub mod web;
