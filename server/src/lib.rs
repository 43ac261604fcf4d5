//! The Pinpoint Transition server: the JSON API over the domain crate,
//! storage, auth, the operator CLI, and the built app.
//!
//! `main.rs` only parses the command line; [`app::router`] is the whole
//! HTTP application, which tests drive directly.

pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod embed;
pub mod error;
pub mod extract;
pub mod failpoint;
pub mod limits;
pub mod net;
pub mod openapi;
pub mod origin;
pub mod problem;
pub mod quota;
pub mod routes;
pub mod state;
pub mod store;
pub mod tokens;
pub mod web;
