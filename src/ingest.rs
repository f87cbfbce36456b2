//! The write path: one article in, appended to the log atomically with its
//! observations, then projected. Also retraction and catching the
//! projection up with the log after a crash.
//!
//! It owns the order of operations that crash safety relies on; the caller
//! passes the clock and decides when to flush.

use crate::article::Article;
use crate::extraction::{self, EXTRACTOR_VERSION, ExtractInput};
use crate::limits::{OBSERVATIONS_PER_ARTICLE_MAX, QUOTE_BYTES_MAX};
use crate::projection::{self, ProjectionError};
use crate::store::{Envelope, MemKv, Record, Store};

/// What storing an article did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Appended {
    /// The article was new: it and its observations were appended.
    New {
        /// The seq of its `ArticleAdded` record.
        seq: u64,
        /// How many observations extraction made.
        n_observations: usize,
        /// Limits the article ran into (diagnostics worth a warning).
        warnings: Vec<String>,
    },
    /// The article was already stored and live; nothing changed.
    Duplicate,
    /// The article had been retracted and is live again.
    Restored {
        /// The seq of the `ArticleRestored` record.
        seq: u64,
    },
}

/// Runs extraction on an article, keeping at most the per-article limit.
pub fn extract_article(article: &Article) -> extraction::Extraction {
    let input = ExtractInput {
        text: &article.text,
        body_start: article.body_start as usize,
        published: article.info.published_at,
        lexicon: crate::extraction::Lexicon::builtin(),
    };
    let mut extraction = extraction::extract(&input);
    let n_found = extraction.observations.len();
    if n_found > OBSERVATIONS_PER_ARTICLE_MAX {
        extraction.observations.truncate(OBSERVATIONS_PER_ARTICLE_MAX);
        extraction.diagnostics.push(extraction::Diagnostic {
            span: None,
            kind: "observations_limit".into(),
            message: format!(
                "kept {OBSERVATIONS_PER_ARTICLE_MAX} of {n_found} observations \
                 (the per-article limit)"
            ),
        });
    }
    for observation in &mut extraction.observations {
        if let Some(quote) = &mut observation.quote {
            truncate_on_char_boundary(quote, QUOTE_BYTES_MAX);
        }
    }
    extraction
}

/// Stores an article: a live one already stored is left alone, a retracted
/// one is restored, a new one is extracted and appended with its
/// observations as one atomic batch, then projected. Not durable until
/// `Store::flush`.
///
/// # Errors
/// Store failures, and damage found while projecting.
pub fn ingest_article(
    store: &mut Store,
    article: Article,
    recorded_at: i64,
) -> Result<Appended, ProjectionError> {
    let mut outcomes = ingest_articles(store, vec![article], recorded_at)?;
    Ok(outcomes.pop().unwrap_or(Appended::Duplicate))
}

/// Stores several articles as `ingest_article` would one after the other
/// (the same records in the same order, so the same log and projection),
/// but appends all their records as one atomic batch and projects them
/// with one staged commit. Returns one outcome per article, in order; an
/// article given twice is a `Duplicate` the second time. Not durable
/// until `Store::flush`.
///
/// # Errors
/// Store failures, and damage found while projecting; nothing of the batch
/// is appended when appending fails.
pub fn ingest_articles(
    store: &mut Store,
    articles: Vec<Article>,
    recorded_at: i64,
) -> Result<Vec<Appended>, ProjectionError> {
    let mut records = Vec::new();
    // Per article: the index of its first record, or None (duplicate).
    let mut plans: Vec<Option<(usize, usize, Vec<String>)>> = Vec::new();
    let mut in_batch = std::collections::BTreeSet::new();
    let mut steps = Vec::with_capacity(articles.len());
    {
        let kv = store.projection();
        for article in articles {
            let step = if !in_batch.insert(article.id.clone()) {
                Step::Duplicate
            } else {
                match projection::article(&kv, &article.id)? {
                    Some(view) if view.live => Step::Duplicate,
                    Some(view) => Step::Restore(view.id),
                    None => Step::Extract(article),
                }
            };
            steps.push(step);
        }
    }
    let mut extractions = extract_all(&steps).into_iter();
    {
        for step in steps {
            match step {
                Step::Duplicate => plans.push(None),
                Step::Restore(article_id) => {
                    plans.push(Some((records.len(), 0, Vec::new())));
                    records.push(Record::ArticleRestored { article_id });
                }
                Step::Extract(article) => {
                    let extraction =
                        extractions.next().expect("one extraction per article");
                    let warnings = extraction
                        .diagnostics
                        .iter()
                        .filter(|d| d.kind.ends_with("_limit"))
                        .map(|d| d.message.clone())
                        .collect();
                    let observations = extraction.observations;
                    plans.push(Some((
                        records.len(),
                        observations.len(),
                        warnings,
                    )));
                    let observed = Record::ObservationsRecorded {
                        article_id: article.id.clone(),
                        extractor_version: EXTRACTOR_VERSION,
                        observations,
                    };
                    records.push(Record::ArticleAdded(article));
                    records.push(observed);
                }
            }
        }
    }
    let envelopes = if records.is_empty() {
        Vec::new()
    } else {
        append_and_project(store, records, recorded_at)?
    };
    Ok(plans
        .into_iter()
        .map(|plan| {
            let Some((at, n_observations, warnings)) = plan else {
                return Appended::Duplicate;
            };
            let envelope = envelopes.get(at);
            let seq = envelope.map_or(0, |e| e.seq);
            match envelope.map(|e| &e.record) {
                Some(Record::ArticleRestored { .. }) => {
                    Appended::Restored { seq }
                }
                _ => Appended::New { seq, n_observations, warnings },
            }
        })
        .collect())
}

/// What `ingest_articles` does with one article of its batch.
enum Step {
    /// Already stored and live, or given twice: nothing.
    Duplicate,
    /// Stored and retracted: restored.
    Restore(String),
    /// New: extracted and appended.
    Extract(Article),
}

/// The extractions of the batch's new articles, in order (shared out
/// between threads: extraction is pure, so the result is the same).
fn extract_all(steps: &[Step]) -> Vec<extraction::Extraction> {
    let articles: Vec<&Article> = steps
        .iter()
        .filter_map(|step| match step {
            Step::Extract(article) => Some(article),
            _ => None,
        })
        .collect();
    crate::parallel::map(&articles, |article| extract_article(article))
}

/// Retracts a live article; returns the record's seq, or `None` when the
/// article was not live.
///
/// # Errors
/// Store failures, and damage found while projecting.
pub fn retract_article(
    store: &mut Store,
    article_id: &str,
    recorded_at: i64,
) -> Result<Option<u64>, ProjectionError> {
    match projection::article(&store.projection(), article_id)? {
        Some(view) if view.live => {
            let record = Record::ArticleRetracted { article_id: view.id };
            let envelopes =
                append_and_project(store, vec![record], recorded_at)?;
            Ok(envelopes.first().map(|e| e.seq))
        }
        _ => Ok(None),
    }
}

/// Replays a stored article's text through the current extractor and
/// appends the new observations (the projection replaces the article's
/// previous ones). Returns how many observations it made, or `None` when
/// the article is unknown.
///
/// # Errors
/// Store failures, and damage found while reading or projecting.
pub fn reextract_article(
    store: &mut Store,
    article_id: &str,
    recorded_at: i64,
) -> Result<Option<usize>, ProjectionError> {
    let Some(view) = projection::article(&store.projection(), article_id)?
    else {
        return Ok(None);
    };
    let added = store.read(view.added_seq)?;
    let Record::ArticleAdded(article) = added.record else {
        return Err(ProjectionError::UnknownArticle {
            seq: view.added_seq,
            article: view.id,
        });
    };
    let observations = extract_article(&article).observations;
    let n_observations = observations.len();
    let record = Record::ObservationsRecorded {
        article_id: article.id,
        extractor_version: EXTRACTOR_VERSION,
        observations,
    };
    append_and_project(store, vec![record], recorded_at)?;
    Ok(Some(n_observations))
}

/// Appends records as one atomic batch, then applies them to the projection
/// as one atomic batch.
pub fn append_and_project(
    store: &mut Store,
    records: Vec<Record>,
    recorded_at: i64,
) -> Result<Vec<Envelope>, ProjectionError> {
    let n_observations = records
        .iter()
        .map(|record| match record {
            Record::ObservationsRecorded { observations, .. } => {
                observations.len()
            }
            _ => 0,
        })
        .sum();
    projection::chronology::mirror_time_index(store, n_observations)?;
    // The projection is computed while another thread writes the records
    // to the log (it reads the run's own records from the run), and
    // committed only once they are written.
    let (envelopes, projected) =
        store.append_during(records, recorded_at, |store, envelopes| {
            project(store, envelopes)
        })?;
    let (writes, mut cache) = projected?;
    store.commit_writes(writes)?;
    if let Some(last) = envelopes.last() {
        cache.trim();
        store.keep_member_cache(last.seq, cache);
    }
    Ok(envelopes)
}

/// The projection's writes with `envelopes` applied, and the member
/// cache they leave.
fn project(
    store: &Store,
    envelopes: &[Envelope],
) -> Result<
    (crate::store::kv::StagedWrites, projection::chronology::MemberCache),
    ProjectionError,
> {
    let mut staged = store.projection();
    // Large events decoded by the previous batch, if the projection is
    // still where that batch left it; taken, so a failure drops them.
    let mut cache = store.take_member_cache(projection::checkpoint(&staged)?);
    // Where the time index is worth mirroring, candidates are found in
    // it decoded.
    if store.cached_prefix().as_deref() == Some(projection::keys::TIME) {
        cache.load_time_index(&staged)?;
    }
    projection::apply_all_cached(&mut staged, envelopes, store, &mut cache)?;
    Ok((staged.into_writes(), cache))
}

/// Applies every record the projection has not seen yet (after a crash
/// between appending and projecting) as one batch; returns how many.
pub fn catch_up(store: &Store) -> Result<u64, ProjectionError> {
    let mut staged = store.projection();
    let applied = projection::checkpoint(&staged)?;
    if applied >= store.head() {
        return Ok(0);
    }
    let envelopes = store.read_range(applied + 1, store.head())?;
    projection::apply_all(&mut staged, &envelopes, store)?;
    store.commit(staged)?;
    Ok(store.head() - applied)
}

/// Rebuilds the projection from the log when it was built by other
/// consolidation rules than this build's (`projection::CONSOLIDATION_VERSION`);
/// returns the version it was built with, or `None` when it was current.
pub fn refresh_rules(store: &Store) -> Result<Option<u32>, ProjectionError> {
    let (_, rules) = projection::checkpoint_and_rules(&store.projection())?;
    if rules == projection::CONSOLIDATION_VERSION {
        return Ok(None);
    }
    let mem = rebuild_in_memory(store)?;
    store.replace_projection(&mem)?;
    store.flush()?;
    Ok(Some(rules))
}

/// The projection rebuilt in memory from the whole log, by the batch fold
/// (`projection::fold`): exactly what applying every record gives.
pub fn rebuild_in_memory(store: &Store) -> Result<MemKv, ProjectionError> {
    let envelopes = store.read_range(1, store.head())?;
    projection::fold::fold_log(&envelopes, store)
}

/// Shortens `text` to at most `max_bytes`, cutting on a character boundary.
fn truncate_on_char_boundary(text: &mut String, max_bytes: usize) {
    if text.len() <= max_bytes {
        return;
    }
    let mut cut = max_bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_respects_character_boundaries() {
        let mut text = "ab\u{e9}cd".to_string();
        truncate_on_char_boundary(&mut text, 3);
        assert_eq!(text, "ab");
        let mut short = "abc".to_string();
        truncate_on_char_boundary(&mut short, 10);
        assert_eq!(short, "abc");
    }
}
