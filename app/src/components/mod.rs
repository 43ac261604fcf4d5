//! Small prop-driven pieces shared by the pages.

pub mod business_profile;
pub mod common;
pub mod copy;
pub mod dialog;
pub mod fields;
pub mod item_row;
pub mod location_fields;
pub mod multi_select;
pub mod not_imported;
pub mod profile_fields;
pub mod shell;
pub mod status;

pub use common::{Msg, ProblemView, RegionBadge, Spinner};
