//! The Pinpoint Transition server: the operator CLI over the domain crate.

pub mod cli;
pub mod report;
