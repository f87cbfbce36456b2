//! Queries over the chronology: the valid-time window, filters, and the
//! record-time view (`as_of`).
//!
//! A query runs over any `Kv` holding a projection: the live one, or one
//! replayed in memory up to an earlier record.

use crate::consolidation::sketch::Sketch;
use crate::domain::{Day, Event, EventKind, Status};
use crate::projection::{self, LogReader, ProjectionError};
use crate::store::{
    ChronologyFileError, EncodedRecord, FileRecord, Kv, MemKv, Store,
    StoreError,
};
use std::collections::HashMap;
use std::path::Path;

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

/// Runs a query on the chronology file of the database at `db`, without
/// opening sled: the same events as `run` over the live projection, with
/// their independent sources (as `independent_counts` gives them).
///
/// # Errors
/// The file cannot be used (missing, stale, damaged, another format) or
/// the window is reversed: the caller answers from the store instead.
pub fn run_on_chronology_file(
    db: &Path,
    query: &Query,
) -> Result<(Vec<Event>, Vec<usize>), ChronologyFileError> {
    if query.to < query.from {
        return Err(ChronologyFileError::Malformed(format!(
            "the window {} to {} is reversed",
            query.from, query.to
        )));
    }
    let records = crate::store::read_chronology_window(
        db,
        projection::CONSOLIDATION_VERSION,
        query.from,
        query.to,
    )?;
    Ok(records
        .into_iter()
        .filter(|record| keeps(query, &record.event))
        .map(|record| (record.event, record.independent as usize))
        .unzip())
}

/// Every event of a projection, in chronology order, with its independent
/// sources: what the chronology file holds (`verify` compares the two).
///
/// # Errors
/// Reading or decoding the projection failed.
pub fn chronology_file_records<K: Kv + ?Sized>(
    kv: &K,
) -> Result<Vec<FileRecord>, StoreError> {
    let mut records = Vec::new();
    for_each_file_record(kv, |record| {
        records.push(record);
        Ok(())
    })?;
    Ok(records)
}

/// Visits what `chronology_file_records` lists, one record at a time.
fn for_each_file_record<K: Kv + ?Sized>(
    kv: &K,
    mut visit: impl FnMut(FileRecord) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut sketches = SketchCache::default();
    projection::chronology::for_each_event(kv, |event| {
        visit(sketches.file_record(kv, event)?)
    })
}

/// Sketches read so far: articles are shared between events, so each
/// sketch is read once.
#[derive(Default)]
struct SketchCache {
    sketches: HashMap<String, Option<Sketch>>,
}

impl SketchCache {
    /// The event with its independent sources.
    fn file_record<K: Kv + ?Sized>(
        &mut self,
        kv: &K,
        event: Event,
    ) -> Result<FileRecord, StoreError> {
        let articles = distinct_articles(&event);
        let mut of_event = Vec::with_capacity(articles.len());
        for article in articles {
            if !self.sketches.contains_key(article) {
                let sketch = projection::sketch(kv, article)?;
                self.sketches.insert(article.to_string(), sketch);
            }
            of_event.push(self.sketches.get(article).cloned().flatten());
        }
        let independent =
            crate::consolidation::sketch::independent_groups(&of_event);
        Ok(FileRecord { independent: independent as u64, event })
    }
}

/// Writes the store's chronology file from its projection, when the
/// projection is caught up with the log by this build's consolidation
/// rules and the log's head is the acknowledged one (else it writes
/// nothing). Returns whether it wrote
/// one. Events are written as they are read, one at a time.
///
/// # Errors
/// Reading the projection or writing the file failed; no file is left
/// behind then.
pub fn refresh_chronology_file(store: &Store) -> Result<bool, StoreError> {
    let kv = store.projection();
    let (applied, rules) = projection::checkpoint_and_rules(&kv)?;
    if applied != store.head() || rules != projection::CONSOLIDATION_VERSION {
        return Ok(false);
    }
    let Some(mut file) =
        store.begin_chronology_file(projection::CONSOLIDATION_VERSION)?
    else {
        return Ok(false);
    };
    // The events are read in one pass over `E` (key order), encoded, then
    // written in chronology order: a get per event in that order costs
    // several times more. Only the encoded records are held.
    let indexed = projection::chronology::indexed_event_ids(&kv)?;
    let mut sketches = SketchCache::default();
    let mut encoded = Vec::with_capacity(indexed.len());
    store.scan_projection(projection::keys::EVENT, |key, value| {
        let event = projection::chronology::event_of_entry(&kv, key, value)?;
        if indexed.contains(&event.id) {
            let record = sketches.file_record(&kv, event)?;
            encoded.push(EncodedRecord::of(&record)?);
        }
        Ok(())
    })?;
    encoded.sort_unstable_by(|a, b| a.order_key().cmp(&b.order_key()));
    for record in &encoded {
        file.push_encoded(record)?;
    }
    store.finish_chronology_file(file)?;
    Ok(true)
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

/// The ids of an event's articles, sorted and distinct.
fn distinct_articles(event: &Event) -> Vec<&str> {
    let mut articles: Vec<&str> =
        event.sources.iter().map(|s| s.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    articles
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
    let articles = distinct_articles(event);
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
