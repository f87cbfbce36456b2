//! Shared vocabulary of the crate: days, time spans, observations and events.
//!
//! It owns the plain data types every stage speaks and depends on nothing
//! else in the crate. It must never do I/O or know about storage or English.

pub mod day;
pub mod event;
pub mod observation;
pub mod timespan;

pub use day::Day;
pub use event::{Dispute, DisputeClaim, Event, EventId, Source};
pub use observation::{ByteSpan, Claim, EventKind, Observation, Status};
pub use timespan::{Precision, TimeSpan};
