//! Projections: every view derived from the log, always rebuildable from it.
//!
//! `apply` folds one envelope into a `Kv`; the same function serves the
//! incremental path (staged over sled), rebuilds and as-of queries (in
//! memory), so rebuilding gives exactly what applying entries one by one
//! gives. Views: articles, members (observations with their evidence and
//! event), consolidated events (without their sources, which are assembled
//! from the members when read), and the time index.

pub mod chronology;
pub mod fold;
pub mod keys;
pub(crate) mod span_index;
pub(crate) mod time_index;

use crate::article::SourceInfo;
use crate::consolidation::Member;
use crate::consolidation::sketch::Sketch;
use crate::domain::{Day, EventId, Observation};
use crate::store::{Envelope, Kv, Record, StoreError, codec};
use serde::{Deserialize, Serialize};

pub use chronology::{event_count, events_between, load_event};

/// What the projection knows about one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleView {
    /// The article id.
    pub id: String,
    /// The file's base name.
    pub file: String,
    /// Metadata.
    pub info: SourceInfo,
    /// The seq of its `ArticleAdded` record.
    pub added_seq: u64,
    /// When it was first recorded (seconds since 1970).
    pub added_at: i64,
    /// Whether it counts in the chronology (not retracted).
    pub live: bool,
    /// The extraction version of its current observations.
    pub extractor_version: u32,
    /// How many observations its current extraction made.
    pub n_observations: u32,
    /// Size of its text in bytes.
    pub text_bytes: u64,
}

/// Reads log records the projection needs (an article's text).
pub trait LogReader {
    /// The record at `seq`.
    fn record(&self, seq: u64) -> Result<Envelope, StoreError>;
}

impl LogReader for crate::store::Store {
    fn record(&self, seq: u64) -> Result<Envelope, StoreError> {
        self.read(seq)
    }
}

/// The log as a run of envelopes being applied sees it: those records
/// from the run itself (the same bytes the log holds), others from `log`.
struct RunLog<'a> {
    envelopes: &'a [Envelope],
    log: &'a dyn LogReader,
}

impl LogReader for RunLog<'_> {
    fn record(&self, seq: u64) -> Result<Envelope, StoreError> {
        let first = self.envelopes.first().map_or(0, |e| e.seq);
        let at = seq.checked_sub(first).and_then(|at| usize::try_from(at).ok());
        match at.and_then(|at| self.envelopes.get(at)) {
            Some(envelope) if envelope.seq == seq => Ok(envelope.clone()),
            _ => self.log.record(seq),
        }
    }
}

/// Failures while projecting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProjectionError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A record refers to an article the log never added.
    #[error("record {seq} refers to unknown article {article}")]
    UnknownArticle {
        /// The record's seq.
        seq: u64,
        /// The article id.
        article: String,
    },
}

/// Version of the consolidation rules (the match relation, the merged
/// fields, the digest) a projection was built with. A projection built by
/// other rules is rebuilt from the log when the store is opened
/// (`ingest::refresh_rules`), so `verify` and the chronology always
/// follow this build's rules. Version 1 is every projection written
/// before the version was recorded.
pub const CONSOLIDATION_VERSION: u32 = 24;

/// The checkpoint value: the seq of the last record applied, then the
/// consolidation rules' version.
pub fn checkpoint_value(seq: u64) -> Vec<u8> {
    let mut value = seq.to_be_bytes().to_vec();
    value.extend_from_slice(&CONSOLIDATION_VERSION.to_be_bytes());
    value
}

/// The checkpoint: the seq of the last record the projection has applied
/// and the consolidation version it was built with; `(0, current)` for an
/// empty projection.
pub fn checkpoint_and_rules<K: Kv + ?Sized>(
    kv: &K,
) -> Result<(u64, u32), StoreError> {
    let Some(bytes) = kv.get(keys::CHECKPOINT)? else {
        return Ok((0, CONSOLIDATION_VERSION));
    };
    let wrong = || StoreError::ProjectionCorrupt {
        key: "checkpoint".into(),
        detail: "wrong width".into(),
    };
    let seq: [u8; 8] =
        bytes.get(..8).ok_or_else(wrong)?.try_into().map_err(|_| wrong())?;
    let rules = match bytes.get(8..) {
        Some([]) => 1,
        Some(rest) => u32::from_be_bytes(rest.try_into().map_err(|_| wrong())?),
        None => return Err(wrong()),
    };
    Ok((u64::from_be_bytes(seq), rules))
}

/// The seq of the last record the projection has applied.
pub fn checkpoint<K: Kv + ?Sized>(kv: &K) -> Result<u64, StoreError> {
    checkpoint_and_rules(kv).map(|(seq, _)| seq)
}

/// Folds one envelope into the projection.
pub fn apply<K: Kv + ?Sized>(
    kv: &mut K,
    envelope: &Envelope,
    log: &dyn LogReader,
) -> Result<(), ProjectionError> {
    let mut cache = chronology::MemberCache::default();
    apply_cached(kv, envelope, log, &mut cache, None)?;
    chronology::flush_pending(kv, &mut cache)?;
    Ok(())
}

/// Folds envelopes into the projection, one after the other, as `apply`
/// would, sharing one `MemberCache` (so members loaded for one record are
/// not decoded again for the next).
pub fn apply_all<K: Kv + ?Sized>(
    kv: &mut K,
    envelopes: &[Envelope],
    log: &dyn LogReader,
) -> Result<(), ProjectionError> {
    apply_all_cached(
        kv,
        envelopes,
        log,
        &mut chronology::MemberCache::default(),
    )
}

/// `apply_all` with members and events decoded earlier into `cache` from
/// the same projection (in the state `kv` starts from).
pub fn apply_all_cached<K: Kv + ?Sized>(
    kv: &mut K,
    envelopes: &[Envelope],
    log: &dyn LogReader,
    cache: &mut chronology::MemberCache,
) -> Result<(), ProjectionError> {
    // Articles the run adds are read from the run, not back from the log.
    let log = RunLog { envelopes, log };
    // Their sketches are pure functions of their text: computed first,
    // shared out between threads.
    let sketches =
        crate::parallel::map(envelopes, |envelope| match &envelope.record {
            Record::ArticleAdded(article) => Some(body_sketch(article)),
            _ => None,
        });
    for (envelope, sketch) in envelopes.iter().zip(sketches) {
        apply_cached(kv, envelope, &log, cache, sketch)?;
    }
    chronology::flush_pending(kv, cache)?;
    Ok(())
}

/// `apply` with members decoded earlier into `cache` from the same `kv`
/// (and, for an added article, its `body_sketch` if computed already).
fn apply_cached<K: Kv + ?Sized>(
    kv: &mut K,
    envelope: &Envelope,
    log: &dyn LogReader,
    cache: &mut chronology::MemberCache,
    sketch: Option<Sketch>,
) -> Result<(), ProjectionError> {
    let seq = envelope.seq;
    match &envelope.record {
        Record::ArticleAdded(article) => {
            let view = ArticleView::added(article, envelope);
            put_value(kv, keys::article(&article.id), &view)?;
            let sketch = sketch.unwrap_or_else(|| body_sketch(article));
            put_value(kv, keys::sketch(&article.id), &sketch)?;
        }
        Record::ObservationsRecorded {
            article_id,
            extractor_version,
            observations,
        } => {
            let mut view = article_view(kv, article_id, seq)?;
            record_observations(
                kv,
                &mut view,
                *extractor_version,
                observations,
                log,
                cache,
            )?;
        }
        Record::ArticleRetracted { article_id } => {
            let mut view = article_view(kv, article_id, seq)?;
            if view.live {
                view.live = false;
                put_value(kv, keys::article(article_id), &view)?;
                chronology::remove_article(kv, article_id, cache)?;
            }
        }
        Record::ArticleRestored { article_id } => {
            let mut view = article_view(kv, article_id, seq)?;
            if !view.live {
                view.live = true;
                put_value(kv, keys::article(article_id), &view)?;
                let members = keys::member_keys_of_article(kv, article_id)?;
                chronology::add_members(kv, &members, cache)?;
            }
        }
    }
    kv.put(keys::CHECKPOINT.to_vec(), checkpoint_value(seq));
    Ok(())
}

fn record_observations<K: Kv + ?Sized>(
    kv: &mut K,
    view: &mut ArticleView,
    extractor_version: u32,
    observations: &[Observation],
    log: &dyn LogReader,
    cache: &mut chronology::MemberCache,
) -> Result<(), ProjectionError> {
    if view.live && view.n_observations > 0 {
        chronology::remove_article(kv, &view.id, cache)?;
    }
    for (key, _) in
        crate::store::kv::scan_prefix(kv, &keys::member_prefix(&view.id))?
    {
        chronology::forget(kv, &key, cache)?;
        kv.delete(key);
    }
    let added = log.record(view.added_seq)?;
    let Record::ArticleAdded(article) = &added.record else {
        return Err(ProjectionError::UnknownArticle {
            seq: view.added_seq,
            article: view.id.clone(),
        });
    };
    let members = members_of(view, &article.text, observations);
    // A live article's members are written by `add_stored_members`, each
    // with the event that holds it (events already listing these keys,
    // in a log that adds an article twice, find them in the cache); the
    // others are stored holding no event.
    if !view.live {
        for (key, member) in &members {
            chronology::put_member(kv, key.clone(), member, None)?;
        }
    }
    view.extractor_version = extractor_version;
    view.n_observations = observations.len() as u32;
    put_value(kv, keys::article(&view.id), view)?;
    if view.live {
        chronology::add_stored_members(kv, members, cache)?;
    }
    Ok(())
}

/// The article's view, or an error naming the record that refers to it.
impl ArticleView {
    /// The view of an article the record at `envelope` adds: live, with
    /// no observations yet.
    pub(crate) fn added(
        article: &crate::article::Article,
        envelope: &Envelope,
    ) -> ArticleView {
        ArticleView {
            id: article.id.clone(),
            file: article.file.clone(),
            info: article.info.clone(),
            added_seq: envelope.seq,
            added_at: envelope.recorded_at,
            live: true,
            extractor_version: 0,
            n_observations: 0,
            text_bytes: article.text.len() as u64,
        }
    }
}

/// The near-duplicate sketch of an article's body (its text after any
/// front matter).
pub(crate) fn body_sketch(article: &crate::article::Article) -> Sketch {
    let body = article.text.get(article.body_start as usize..);
    Sketch::of(body.unwrap_or(&article.text))
}

/// The members an article's observations make, with their keys, in
/// observation order: each observation with its article's metadata and
/// the exact evidence text at its span.
pub(crate) fn members_of(
    view: &ArticleView,
    text: &str,
    observations: &[Observation],
) -> Vec<(Vec<u8>, Member)> {
    observations
        .iter()
        .enumerate()
        .map(|(index, observation)| {
            let member = Member {
                article: view.id.clone(),
                index: index as u32,
                file: view.file.clone(),
                outlet: view.info.outlet.clone(),
                published: view.info.published_at,
                evidence: observation
                    .span
                    .slice(text)
                    .unwrap_or("")
                    .to_string(),
                observation: observation.clone(),
                stems: Default::default(),
            };
            (keys::member(&view.id, index as u32), member)
        })
        .collect()
}

fn article_view<K: Kv + ?Sized>(
    kv: &K,
    article_id: &str,
    seq: u64,
) -> Result<ArticleView, ProjectionError> {
    get_value::<ArticleView, K>(kv, &keys::article(article_id))?.ok_or_else(
        || ProjectionError::UnknownArticle {
            seq,
            article: article_id.to_string(),
        },
    )
}

/// Every article the projection knows, in id order.
pub fn articles<K: Kv + ?Sized>(
    kv: &K,
) -> Result<Vec<ArticleView>, StoreError> {
    let mut out = Vec::new();
    for (key, value) in crate::store::kv::scan_prefix(kv, keys::ARTICLE)? {
        out.push(decode_value(&key, &value)?);
    }
    Ok(out)
}

/// The article with this id.
pub fn article<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
) -> Result<Option<ArticleView>, StoreError> {
    get_value(kv, &keys::article(id))
}

/// The near-duplicate sketch of an article's body, if stored.
pub fn sketch<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
) -> Result<Option<Sketch>, StoreError> {
    get_value(kv, &keys::sketch(id))
}

/// Where an event id now leads, when it was merged or split away; empty
/// while an event with this id exists. (`H` keeps the targets of an id's
/// last retirement even after the id comes back, so that writing an event
/// need not delete a redirect that almost never exists.)
pub fn redirect<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
) -> Result<Vec<EventId>, StoreError> {
    if kv.get(&keys::event(id))?.is_some() {
        return Ok(Vec::new());
    }
    Ok(get_value::<Vec<EventId>, K>(kv, &keys::redirect(id))?
        .unwrap_or_default())
}

/// The day a member's article was published.
pub fn published_of(member: &Member) -> Option<Day> {
    member.published
}

pub(crate) fn put_value<K: Kv + ?Sized, T: Serialize>(
    kv: &mut K,
    key: Vec<u8>,
    value: &T,
) -> Result<(), StoreError> {
    kv.put(key, codec::encode(value)?);
    Ok(())
}

pub(crate) fn get_value<T: serde::de::DeserializeOwned, K: Kv + ?Sized>(
    kv: &K,
    key: &[u8],
) -> Result<Option<T>, StoreError> {
    match kv.get(key)? {
        None => Ok(None),
        Some(bytes) => decode_value(key, &bytes).map(Some),
    }
}

pub(crate) fn decode_value<T: serde::de::DeserializeOwned>(
    key: &[u8],
    bytes: &[u8],
) -> Result<T, StoreError> {
    codec::decode(bytes).map_err(|detail| StoreError::ProjectionCorrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail,
    })
}
