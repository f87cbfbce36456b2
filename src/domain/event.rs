//! `Event`: one entry of the chronology, consolidated from observations.

use super::{ByteSpan, EventKind, Status, TimeSpan};
use serde::{Deserialize, Serialize};

/// A stable event id: `e-` followed by 16 hex digits derived from content.
pub type EventId = String;

/// One observation of an event, with the article that made it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The article id (`a-…`).
    pub article: String,
    /// The article file's base name.
    pub file: String,
    /// The article's outlet, if known.
    pub outlet: Option<String>,
    /// The article's publication date, if known.
    pub published: Option<super::Day>,
    /// The passage, as a byte range into the article file.
    pub span: ByteSpan,
    /// Exactly the article file's bytes at `span`.
    pub evidence: String,
    /// The rule that produced the observation.
    pub rule: String,
    /// The observation's own type.
    pub kind: EventKind,
    /// The observation's own status.
    pub status: Status,
    /// The observation's own time span.
    pub when: TimeSpan,
    /// The observation's own actors.
    pub actors: Vec<String>,
    /// The observation's own place.
    pub location: Option<String>,
    /// The observation's own quote.
    pub quote: Option<String>,
}

/// One claimed value in a dispute and the articles that claim it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DisputeClaim {
    /// The value as worded.
    pub value: String,
    /// Article ids, sorted.
    pub articles: Vec<String>,
}

/// A field on which the sources of one event disagree.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dispute {
    /// The field: `date`, `status`, `location`, `duration`, ...
    pub field: String,
    /// Each claim, sorted by value.
    pub claims: Vec<DisputeClaim>,
}

/// One happening, consolidated from every observation judged to describe it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Event {
    /// Stable id derived from content.
    pub id: EventId,
    /// Consolidated type.
    pub kind: EventKind,
    /// Consolidated status.
    pub status: Status,
    /// Consolidated time span.
    pub when: TimeSpan,
    /// Consolidated actors, agent or speaker first.
    pub actors: Vec<String>,
    /// Consolidated place.
    pub location: Option<String>,
    /// One line from the sources.
    pub summary: String,
    /// A quote, for statements.
    pub quote: Option<String>,
    /// Every observation, in canonical order.
    pub sources: Vec<Source>,
    /// Fields on which the sources disagree.
    pub disputed: Vec<Dispute>,
}

impl Event {
    /// Number of distinct articles among the sources.
    pub fn n_articles(&self) -> usize {
        let mut articles: Vec<&str> =
            self.sources.iter().map(|source| source.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }

    /// The chronology order: start (open first), end (open last), then id.
    pub fn order_key(&self) -> (super::Day, super::Day, &str) {
        (self.when.start_or_min(), self.when.end_or_max(), self.id.as_str())
    }
}
