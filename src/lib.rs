//! summit-timeline: an event-sourced timeline database for news.
//!
//! Articles go in; extraction decomposes each into dated observations; an
//! append-only log on sled records them; projections consolidate them into
//! events that a query returns as a chronology with exact provenance.
//!
//! See ARCHITECTURE.md for the code map.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod article;
pub mod consolidation;
pub mod domain;
pub mod extraction;
#[doc(hidden)]
pub mod fuzzing;
pub mod limits;
pub mod output;
pub mod projection;
pub mod query;
pub mod store;
