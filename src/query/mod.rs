//! Queries over the chronology: the valid-time window, filters, and the
//! record-time view (`as_of`).
//!
//! A query runs over any `Kv` holding a projection: the live one, or one
//! replayed in memory up to an earlier record.

use crate::domain::{Day, Event, EventKind, Status};
use crate::projection::{self, LogReader, ProjectionError};
use crate::store::{Kv, MemKv, StoreError};

/// What `between` asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// First day of the window (inclusive).
    pub from: Day,
    /// Last day of the window (inclusive).
    pub to: Day,
    /// Keep these types (any, when empty).
    pub kinds: Vec<EventKind>,
    /// Keep events with one of these canonical actors (any, when empty).
    pub actors: Vec<String>,
    /// Keep events citing one of these article ids (any, when empty).
    pub articles: Vec<String>,
    /// Keep these statuses (any, when empty).
    pub statuses: Vec<Status>,
    /// Keep events reported by at least this many distinct articles.
    pub min_sources: usize,
}

/// Errors of a query.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The window ends before it starts.
    #[error("the range {from} to {to} is reversed")]
    ReversedRange {
        /// First day.
        from: Day,
        /// Last day.
        to: Day,
    },
    /// Reading the projection failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Replaying the log failed.
    #[error(transparent)]
    Projection(#[from] ProjectionError),
}

/// Runs a query: the events whose span intersects the window and that pass
/// every filter, in chronology order.
pub fn run<K: Kv + ?Sized>(
    kv: &K,
    query: &Query,
) -> Result<Vec<Event>, QueryError> {
    if query.to < query.from {
        return Err(QueryError::ReversedRange {
            from: query.from,
            to: query.to,
        });
    }
    let events = projection::events_between(kv, query.from, query.to)?;
    Ok(events.into_iter().filter(|event| keeps(query, event)).collect())
}

fn keeps(query: &Query, event: &Event) -> bool {
    let kind_ok = query.kinds.is_empty() || query.kinds.contains(&event.kind);
    let status_ok =
        query.statuses.is_empty() || query.statuses.contains(&event.status);
    let actor_ok = query.actors.is_empty()
        || event
            .actors
            .iter()
            .any(|a| query.actors.iter().any(|q| actor_matches(a, q)));
    let article_ok = query.articles.is_empty()
        || event.sources.iter().any(|s| query.articles.contains(&s.article));
    kind_ok
        && status_ok
        && actor_ok
        && article_ok
        && event.n_articles() >= query.min_sources
}

/// How many independent sources an event has: its distinct articles,
/// with near-duplicates (the same wire story republished, or one article
/// ingested twice with trivial edits) counted once. Computed from the
/// articles' sketches at query time, so it depends only on the event's
/// articles, never on the order they came in.
pub fn independent_sources<K: Kv + ?Sized>(
    kv: &K,
    event: &Event,
) -> Result<usize, StoreError> {
    let mut articles: Vec<&str> =
        event.sources.iter().map(|s| s.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let mut sketches = Vec::with_capacity(articles.len());
    for article in articles {
        sketches.push(projection::sketch(kv, article)?);
    }
    Ok(crate::consolidation::sketch::independent_groups(&sketches))
}

/// Independent sources of each event, in the same order.
pub fn independent_counts<K: Kv + ?Sized>(
    kv: &K,
    events: &[Event],
) -> Result<Vec<usize>, StoreError> {
    events.iter().map(|e| independent_sources(kv, e)).collect()
}

/// The projection as it stood after record `seq`, replayed in memory from
/// the log: the same fold as the live projection, over a prefix.
pub fn projection_as_of(
    log: &dyn LogReader,
    records: impl Iterator<Item = Result<crate::store::Envelope, StoreError>>,
    seq: u64,
) -> Result<MemKv, QueryError> {
    let mut prefix = Vec::new();
    for envelope in records {
        let envelope = envelope?;
        if envelope.seq > seq {
            break;
        }
        prefix.push(envelope);
    }
    Ok(projection::fold::fold_log(&prefix, log)?)
}

/// Whether an event's actor is the one asked for: the same name in any
/// case, or one word of it ("putin" finds "Vladimir Putin").
pub fn actor_matches(actor: &str, wanted: &str) -> bool {
    let wanted = wanted.trim();
    actor.eq_ignore_ascii_case(wanted)
        || (!wanted.contains(' ')
            && actor
                .split_whitespace()
                .any(|word| word.eq_ignore_ascii_case(wanted)))
}
