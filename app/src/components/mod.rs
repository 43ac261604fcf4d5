//! Small prop-driven pieces shared by the pages.

pub mod common;
pub mod fields;
pub mod not_imported;
pub mod profile_fields;
pub mod shell;

pub use common::{Msg, ProblemView, Spinner};
