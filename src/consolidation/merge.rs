//! What a consolidated event says, derived from its observations by stated
//! rules, keeping every source and every dissenting claim.

use crate::domain::{Day, Event, Observation, Source, Status, TimeSpan};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// One observation together with the article that made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The article id.
    pub article: String,
    /// The observation's position in its article's extraction; with the
    /// article id it identifies the observation uniquely.
    pub index: u32,
    /// The article file's base name.
    pub file: String,
    /// The article's outlet.
    pub outlet: Option<String>,
    /// The article's publication date.
    pub published: Option<Day>,
    /// Exactly the article's bytes at the observation's span.
    pub evidence: String,
    /// The observation.
    pub observation: Observation,
}

impl Member {
    /// The canonical order of sources: article, then position in the text,
    /// then rule, then the observation's index (which makes it total).
    pub fn canonical_key(&self) -> (&str, u32, u32, &str, u32) {
        let span = self.observation.span;
        (
            &self.article,
            span.start,
            span.end,
            &self.observation.rule,
            self.index,
        )
    }
}

/// Consolidates the members of one component into an event.
///
/// # Rules
/// Sources in canonical order (article id, span, rule). Type: the most
/// common. Status: `occurred` if any source reports it held and none says it
/// did not (a planned meeting later reported as held has happened);
/// otherwise the most common. Time: the most precise span that agrees with
/// (overlaps) at least half of the sources' spans; a stated date beats one
/// the narrative implies, then the earliest. Actors: the most common first
/// actor, then the others by how many observations name them (then
/// alphabetically); when several articles report the event, an actor only
/// one observation names is left out (it stays on that source). Place: the
/// most common. Summary and quote: from the most representative source
/// (most content stems shared with the others). The id hashes the first
/// source's key, so it depends on content only.
pub fn merge(mut members: Vec<Member>) -> Option<Event> {
    let mut event = consolidate(&mut members)?;
    event.sources = members.iter().map(source_of).collect();
    Some(event)
}

/// `merge` without the sources: sorts `members` into canonical order (the
/// order of `Event::sources`) and returns the consolidated event with
/// `sources` empty. The projection stores events this way and assembles
/// the sources from the member records when an event is read, so that
/// rewriting an event with many sources does not copy every source's
/// evidence again.
pub fn consolidate(members: &mut [Member]) -> Option<Event> {
    members.sort_by(|a, b| a.canonical_key().cmp(&b.canonical_key()));
    let members = &*members;
    let first = members.first()?;
    let id = event_id(first);
    let observations: Vec<&Observation> =
        members.iter().map(|m| &m.observation).collect();
    let kind = most_common(observations.iter().map(|o| o.kind))?;
    let status = consolidated_status(&observations);
    let when = most_precise(&observations);
    let chosen = representative(&observations, kind);
    let actors = consolidated_actors(&observations, n_articles(members));
    let location =
        most_common(observations.iter().filter_map(|o| o.location.clone()));
    let disputed = super::disputes::disputes(members);
    Some(Event {
        id,
        kind,
        status,
        when,
        actors,
        location,
        summary: chosen.summary.clone(),
        quote: chosen
            .quote
            .clone()
            .or_else(|| observations.iter().find_map(|o| o.quote.clone())),
        sources: Vec::new(),
        disputed,
    })
}

fn n_articles(members: &[Member]) -> usize {
    let mut articles: Vec<&str> =
        members.iter().map(|m| m.article.as_str()).collect();
    articles.dedup();
    articles.len()
}

/// The observation of the consolidated type sharing the most content
/// stems with the others; ties go to the first in canonical order.
fn representative<'a>(
    observations: &[&'a Observation],
    kind: crate::domain::EventKind,
) -> &'a Observation {
    // One observation is its own representative (its type is the
    // consolidated one): no stems to compare.
    if let [only] = observations {
        return only;
    }
    let stems: Vec<Vec<String>> =
        observations.iter().map(|o| super::text::content_stems(o)).collect();
    // The score of `i` is, over each stem `w` of `i` (repeats counted),
    // the number of other observations whose stems contain `w`: that is
    // `holders[w] - 1`, where `holders[w]` counts the observations whose
    // stems contain `w` (`i` among them). Counting holders once makes the
    // choice linear in the number of sources instead of quadratic, with
    // the same scores.
    let mut holders: HashMap<&str, usize> = HashMap::new();
    for list in &stems {
        let mut distinct: Vec<&str> = list.iter().map(String::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        for w in distinct {
            *holders.entry(w).or_insert(0) += 1;
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, o) in observations.iter().enumerate() {
        if o.kind != kind {
            continue;
        }
        let score: usize = stems[i]
            .iter()
            .map(|w| holders.get(w.as_str()).map_or(0, |n| n - 1))
            .sum();
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    observations[best.map_or(0, |(i, _)| i)]
}

/// `e-` and 16 hex digits of a hash of the member's canonical key.
pub fn event_id(member: &Member) -> String {
    let (article, start, end, rule, index) = member.canonical_key();
    let mut hasher = Sha256::new();
    hasher.update(article.as_bytes());
    hasher.update(index.to_be_bytes());
    hasher.update(start.to_be_bytes());
    hasher.update(end.to_be_bytes());
    hasher.update(rule.as_bytes());
    let digest = hasher.finalize();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(2 + 16);
    id.push_str("e-");
    for b in digest.iter().take(8) {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    id
}

/// The source a member is cited as.
pub fn source_of(member: &Member) -> Source {
    let o = &member.observation;
    Source {
        article: member.article.clone(),
        file: member.file.clone(),
        outlet: member.outlet.clone(),
        published: member.published,
        span: o.span,
        evidence: member.evidence.clone(),
        rule: o.rule.clone(),
        kind: o.kind,
        status: o.status,
        when: o.when.clone(),
        actors: o.actors.clone(),
        location: o.location.clone(),
        quote: o.quote.clone(),
    }
}

/// The most common value; ties go to the smallest.
fn most_common<T: Ord + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

fn consolidated_status(observations: &[&Observation]) -> Status {
    let has = |s: Status| observations.iter().any(|o| o.status == s);
    if has(Status::Occurred) && !has(Status::NotOccurred) {
        return Status::Occurred;
    }
    most_common(observations.iter().map(|o| o.status))
        .unwrap_or(Status::Occurred)
}

/// The most precise span agreeing with at least half of the spans.
fn most_precise(observations: &[&Observation]) -> TimeSpan {
    let spans: Vec<&TimeSpan> = observations.iter().map(|o| &o.when).collect();
    let support = supports(&spans);
    let agreeing: Vec<&TimeSpan> = spans
        .iter()
        .zip(&support)
        .filter(|(_, n)| 2 * **n >= spans.len())
        .map(|(s, _)| *s)
        .collect();
    let pool = if agreeing.is_empty() { spans } else { agreeing };
    let key = |span: &TimeSpan| {
        (
            span.len_days().unwrap_or(i64::MAX),
            span.text.is_empty(),
            span.start_or_min(),
            span.end_or_max(),
        )
    };
    pool.into_iter()
        .min_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.text.cmp(&b.text)))
        .cloned()
        .unwrap_or(TimeSpan {
            start: None,
            end: None,
            precision: crate::domain::Precision::Day,
            text: String::new(),
        })
}

/// For each span, how many of `spans` overlap it (itself included).
///
/// A span `s` misses `t` exactly when it starts after `t` ends or ends
/// before `t` starts, and no span that does not run backwards does both,
/// so the count is the number of spans less those two counts, each a
/// binary search in the sorted starts and ends: n log n rather than the
/// n² pairs (an event many articles report has thousands of members).
/// Spans running backwards (never made by extraction) are counted pair by
/// pair, as `TimeSpan::overlaps` says.
fn supports(spans: &[&TimeSpan]) -> Vec<usize> {
    if spans.iter().any(|s| s.start_or_min() > s.end_or_max()) {
        return spans
            .iter()
            .map(|t| spans.iter().filter(|s| s.overlaps(t)).count())
            .collect();
    }
    let mut starts: Vec<_> = spans.iter().map(|s| s.start_or_min()).collect();
    let mut ends: Vec<_> = spans.iter().map(|s| s.end_or_max()).collect();
    starts.sort_unstable();
    ends.sort_unstable();
    spans
        .iter()
        .map(|t| {
            let start_after = starts.len()
                - starts.partition_point(|&start| start <= t.end_or_max());
            let end_before =
                ends.partition_point(|&end| end < t.start_or_min());
            spans.len() - start_after - end_before
        })
        .collect()
}

fn consolidated_actors(
    observations: &[&Observation],
    n_articles: usize,
) -> Vec<String> {
    let Some(lead) = most_common(
        observations.iter().filter_map(|o| o.actors.first().cloned()),
    ) else {
        return Vec::new();
    };
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    for o in observations {
        let mut named: Vec<&String> = o.actors.iter().collect();
        named.sort();
        named.dedup();
        for actor in named {
            *counts.entry(actor).or_insert(0) += 1;
        }
    }
    let floor = if n_articles > 1 { 2 } else { 1 };
    let mut rest: Vec<(&String, usize)> = counts
        .into_iter()
        .filter(|(actor, n)| **actor != lead && *n >= floor)
        .collect();
    rest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let mut actors = vec![lead.clone()];
    actors.extend(rest.into_iter().map(|(a, _)| a.clone()));
    actors
}

#[cfg(test)]
mod support_tests {
    use super::*;

    fn span(start: Option<i32>, end: Option<i32>) -> TimeSpan {
        TimeSpan::of_days(start, end)
    }

    /// `supports` gives the pairwise counts it replaces, on spans with
    /// open sides, shared bounds and (falling back) backward spans.
    #[test]
    fn supports_equal_the_pairwise_counts() {
        let mut seed = 7u64;
        let mut next = |n: i32| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ((seed >> 33) % n as u64) as i32
        };
        for round in 0..300 {
            let n = 1 + next(40) as usize;
            let spans: Vec<TimeSpan> = (0..n)
                .map(|_| {
                    let a = next(30);
                    let len = next(8) - if round % 10 == 0 { 2 } else { 0 };
                    let open = next(10);
                    span(
                        (open != 0).then_some(a),
                        (open != 1).then_some(a + len),
                    )
                })
                .collect();
            let refs: Vec<&TimeSpan> = spans.iter().collect();
            let pairwise: Vec<usize> = refs
                .iter()
                .map(|t| refs.iter().filter(|s| s.overlaps(t)).count())
                .collect();
            assert_eq!(supports(&refs), pairwise, "{spans:?}");
        }
    }
}
