//! `Observation`: what one article says about one happening.
//!
//! Observations are made by extraction and never edited; the log stores them
//! as they were made, with the rule that produced each one.

use super::TimeSpan;
use serde::{Deserialize, Serialize};

/// The type of a happening (DESIGN.md, "Event types").
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
pub enum EventKind {
    /// In-person meetings, summits, talks, hosted visits, joint appearances.
    Meeting,
    /// Phone and video calls, virtual meetings.
    Call,
    /// Public statements, interviews, posts, addresses, quoted remarks.
    Statement,
    /// Strikes, shelling, drone and missile attacks, assaults.
    Attack,
    /// Invasions, annexations, offensives, advances, occupation.
    Military,
    /// Arrivals, departures, flights, trips abroad.
    Travel,
    /// Threats, ultimatums, sanctions deadlines, demands.
    Threat,
    /// Deals and agreements reached, or reported as not reached.
    Agreement,
    /// Anything else clearly datable.
    Other,
}

impl EventKind {
    /// Every kind, in canonical order.
    pub const ALL: [EventKind; 9] = [
        EventKind::Meeting,
        EventKind::Call,
        EventKind::Statement,
        EventKind::Attack,
        EventKind::Military,
        EventKind::Travel,
        EventKind::Threat,
        EventKind::Agreement,
        EventKind::Other,
    ];

    /// The lowercase name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Statement => "statement",
            EventKind::Attack => "attack",
            EventKind::Military => "military",
            EventKind::Travel => "travel",
            EventKind::Threat => "threat",
            EventKind::Agreement => "agreement",
            EventKind::Other => "other",
        }
    }

    /// The kind with this name, if any.
    pub fn from_name(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

/// Whether the happening took place, according to the text.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
pub enum Status {
    /// It happened.
    Occurred,
    /// It is scheduled or announced for the future.
    Planned,
    /// It could, would or might happen.
    Hypothetical,
    /// The text says it did not happen ("no ceasefire was agreed").
    NotOccurred,
}

impl Status {
    /// Every status, in canonical order.
    pub const ALL: [Status; 4] = [
        Status::Occurred,
        Status::Planned,
        Status::Hypothetical,
        Status::NotOccurred,
    ];

    /// The name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Hypothetical => "hypothetical",
            Status::NotOccurred => "not_occurred",
        }
    }

    /// The status with this name, if any.
    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.name() == name)
    }
}

/// A byte range `start..end` into an article file as read.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
pub struct ByteSpan {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl ByteSpan {
    /// A span from `start` to `end` (clamped so that `start <= end`).
    pub fn new(start: usize, end: usize) -> ByteSpan {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        ByteSpan { start, end }
    }

    /// The text at this span, if it lies on character boundaries of `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start as usize..self.end as usize)
    }
}

/// A checkable claim an observation makes, compared across sources to find
/// disputes (e.g. `duration` = "nearly three hours").
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Claim {
    /// What the claim is about: `duration`, `deaths`, `injuries` (the
    /// extractor's fields; older extractions also have `casualties`).
    pub field: String,
    /// The claimed value as the text words it.
    pub value: String,
}

/// What one article says about one happening.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Observation {
    /// The type of happening.
    pub kind: EventKind,
    /// Whether it took place.
    pub status: Status,
    /// When it took place (valid time).
    pub when: TimeSpan,
    /// Canonical actor names; the speaker or agent comes first.
    pub actors: Vec<String>,
    /// Canonical place name, if the text gives one.
    pub location: Option<String>,
    /// The quoted words, for statements that quote.
    pub quote: Option<String>,
    /// One line taken from the text.
    pub summary: String,
    /// The passage that says it, as a byte range into the article file.
    pub span: ByteSpan,
    /// The extraction rule that produced it, e.g. `meeting:met`.
    pub rule: String,
    /// Checkable claims (duration, casualties) used to show disputes.
    pub claims: Vec<Claim>,
}
