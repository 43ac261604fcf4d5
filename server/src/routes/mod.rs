//! The API's routes, one module per resource, each with its `router()`.

pub mod audit;
pub mod dev;
pub mod health;
pub mod imports;
pub mod me;
pub mod operator;
pub mod pinpoint;
pub mod profiles;
