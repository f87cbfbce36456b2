//! Consolidation: which observations describe the same happening, and what
//! the consolidated event says.
//!
//! Both parts are pure functions of the observations given, so the
//! chronology depends only on the set of live observations: the match
//! relation is symmetric, events are its connected components, and every
//! consolidated field and id is computed from the component's members in a
//! canonical order. Consolidation never drops a source or a dissenting claim.

pub mod components;
pub mod disputes;
pub mod matching;
pub mod merge;
pub mod sketch;
pub mod text;

pub use matching::{DigestProbe, EventDigest, same_happening};
pub use merge::{Member, merge};
