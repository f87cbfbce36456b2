//! What a consolidated event says, derived from its observations by stated
//! rules, keeping every source and every dissenting claim.

use super::text::{StemCache, containers};
use crate::domain::{
    Day, Event, EventKind, Observation, Source, Status, TimeSpan,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

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
    /// Matching's reading of the observation's words, filled on first
    /// use (`Member::content_stems` and the like); shared by clones,
    /// never stored or compared (`text::StemCache`).
    #[serde(skip)]
    pub stems: StemCache,
}

impl Member {
    /// A member for tests: the observation as the first of article
    /// `article` (file `ARTICLE.txt`, no outlet or date), with `evidence`.
    #[cfg(test)]
    pub(crate) fn for_test(
        article: &str,
        evidence: &str,
        observation: Observation,
    ) -> Member {
        Member {
            article: article.into(),
            index: 0,
            file: format!("{article}.txt"),
            outlet: None,
            published: None,
            evidence: evidence.into(),
            observation,
            stems: StemCache::default(),
        }
    }

    /// `text::content_stems` of the observation, computed once.
    pub fn content_stems(&self) -> std::borrow::Cow<'_, [String]> {
        self.stems.content(&self.observation)
    }

    /// `text::topic_stems` of the observation, computed once.
    pub fn topic_stems(&self) -> std::borrow::Cow<'_, [String]> {
        self.stems.topic(&self.observation)
    }

    /// `text::words` of the observation's quote, computed once.
    pub fn quote_words(&self) -> Option<std::borrow::Cow<'_, [String]>> {
        self.stems.quote_words(&self.observation)
    }

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
    let chosen = representative(members, kind);
    let mut leads: BTreeMap<String, Lead> = BTreeMap::new();
    for m in members {
        if let Some(lead) = m.observation.actors.first() {
            leads.entry(lead.clone()).or_default().add(m.published);
        }
    }
    let actors =
        consolidated_actors(&observations, &leads, n_articles(members));
    let mut locations: BTreeMap<String, usize> = BTreeMap::new();
    for location in observations.iter().filter_map(|o| o.location.as_ref()) {
        *locations.entry(location.clone()).or_insert(0) += 1;
    }
    let location = consolidated_place(&locations);
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
fn representative(
    members: &[Member],
    kind: crate::domain::EventKind,
) -> &Observation {
    // One observation is its own representative (its type is the
    // consolidated one): no stems to compare.
    if let [only] = members {
        return &only.observation;
    }
    // Each member's stems as matching kept them (`Member::content_stems`).
    let stems: Vec<std::borrow::Cow<'_, [String]>> =
        members.iter().map(Member::content_stems).collect();
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
    for (i, member) in members.iter().enumerate() {
        if member.observation.kind != kind {
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
    &members[best.map_or(0, |(i, _)| i)].observation
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

/// How members name one lead actor: how many, and the earliest
/// publication among them (`None` when none has a date).
#[derive(Clone, Debug, Default)]
struct Lead {
    count: usize,
    first: Option<Day>,
}

impl Lead {
    fn add(&mut self, published: Option<Day>) {
        self.count += 1;
        if let Some(day) = published {
            self.first = Some(self.first.map_or(day, |first| first.min(day)));
        }
    }
}

/// The lead actor: the one most members name first; between as many, the
/// one the earliest report names (the first outlet's "European officials"
/// over a later "European leaders"), then a dated report over an undated
/// one, then the first name.
fn lead_of(leads: &BTreeMap<String, Lead>) -> Option<&String> {
    let mut best: Option<(&String, &Lead)> = None;
    for (name, lead) in leads {
        let better = best.is_none_or(|(_, kept)| {
            lead.count > kept.count
                || (lead.count == kept.count
                    && match (lead.first, kept.first) {
                        (Some(day), Some(kept_day)) => day < kept_day,
                        (Some(_), None) => true,
                        _ => false,
                    })
        });
        if better {
            best = Some((name, lead));
        }
    }
    best.map(|(name, _)| name)
}

fn consolidated_actors(
    observations: &[&Observation],
    leads: &BTreeMap<String, Lead>,
    n_articles: usize,
) -> Vec<String> {
    let Some(lead) = lead_of(leads).cloned() else {
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

/// The key `most_precise` orders spans by (then their text).
type SpanKey = (i64, bool, Day, Day, String);

fn span_key(span: &TimeSpan) -> SpanKey {
    (
        span.len_days().unwrap_or(i64::MAX),
        span.text.is_empty(),
        span.start_or_min(),
        span.end_or_max(),
        span.text.clone(),
    )
}

/// A member `RunningMerge` holds, with its content stems (interned).
#[derive(Clone, Debug)]
struct Held {
    member: Arc<Member>,
    stems: Vec<u32>,
}

/// `consolidate` kept as running state for an event that only grows:
/// members are added in any order, each at the cost of its own fields
/// (tallies of kinds, statuses, first actors, actors, places and
/// articles; the span starts and ends `most_precise` counts overlaps in;
/// the distinct spans in its order; content-stem holders; claims), and
/// `event()` gives exactly what `consolidate` gives for all of them.
///
/// An event many articles report gains a few members per batch: merging
/// it again from every member each time cost its size, per batch.
/// `consolidate` stays the reference (and the path for small events).
#[derive(Clone, Debug, Default)]
pub struct RunningMerge {
    held: Vec<Held>,
    /// Indexes into `held`, in canonical order.
    order: Vec<u32>,
    kinds: BTreeMap<EventKind, usize>,
    statuses: BTreeMap<Status, usize>,
    /// Every span's `start_or_min` and `end_or_max`, sorted.
    starts: Vec<Day>,
    ends: Vec<Day>,
    /// The distinct spans in `most_precise`'s order, each with the member
    /// first in canonical order that gives it (an index into `held`).
    spans: BTreeMap<SpanKey, u32>,
    /// Whether a span runs backwards (`supports` then counts pairwise).
    backward: bool,
    stem_ids: HashMap<String, u32>,
    /// Per stem id, how many members' stems contain it.
    holders: Vec<usize>,
    leads: BTreeMap<String, Lead>,
    named: BTreeMap<String, usize>,
    articles: BTreeSet<String>,
    locations: BTreeMap<String, usize>,
    /// The member first in canonical order with a quote.
    quote: Option<u32>,
    disputes: super::disputes::RunningDisputes,
}

impl RunningMerge {
    /// How many members were added.
    pub fn len(&self) -> usize {
        self.held.len()
    }

    /// Whether no member was added.
    pub fn is_empty(&self) -> bool {
        self.held.is_empty()
    }

    fn member(&self, at: u32) -> &Member {
        &self.held[at as usize].member
    }

    /// The members added, in canonical order (that of `Event::sources`).
    pub fn in_order(&self) -> impl Iterator<Item = &Member> {
        self.order.iter().map(|&i| self.member(i))
    }

    /// Adds a member (one not added before).
    pub fn add(&mut self, member: Arc<Member>) {
        let at = self.held.len() as u32;
        let key = member.canonical_key();
        let place = self
            .order
            .partition_point(|&i| self.member(i).canonical_key() < key);
        self.order.insert(place, at);
        let o = &member.observation;
        *self.kinds.entry(o.kind).or_insert(0) += 1;
        *self.statuses.entry(o.status).or_insert(0) += 1;
        self.add_span(&o.when, at, &member);
        let stems = self.add_stems(o);
        if let Some(lead) = o.actors.first() {
            match self.leads.get_mut(lead) {
                Some(kept) => kept.add(member.published),
                None => {
                    let mut new = Lead::default();
                    new.add(member.published);
                    self.leads.insert(lead.clone(), new);
                }
            }
        }
        let mut named: Vec<&String> = o.actors.iter().collect();
        named.sort();
        named.dedup();
        for actor in named {
            count(&mut self.named, actor);
        }
        if !self.articles.contains(&member.article) {
            self.articles.insert(member.article.clone());
        }
        if let Some(location) = &o.location {
            count(&mut self.locations, location);
        }
        if o.quote.is_some()
            && self.quote.is_none_or(|q| key < self.member(q).canonical_key())
        {
            self.quote = Some(at);
        }
        self.disputes.add(&member);
        self.held.push(Held { member, stems });
    }

    fn add_span(&mut self, when: &TimeSpan, at: u32, member: &Member) {
        let (start, end) = (when.start_or_min(), when.end_or_max());
        self.backward |= start > end;
        let i = self.starts.partition_point(|&s| s <= start);
        self.starts.insert(i, start);
        let i = self.ends.partition_point(|&e| e <= end);
        self.ends.insert(i, end);
        let key = span_key(when);
        match self.spans.get_mut(&key) {
            Some(by) => {
                if member.canonical_key()
                    < self.held[*by as usize].member.canonical_key()
                {
                    *by = at;
                }
            }
            None => {
                self.spans.insert(key, at);
            }
        }
    }

    /// Interns the observation's content stems (repeats kept) and counts
    /// each distinct one as held once more.
    fn add_stems(&mut self, o: &Observation) -> Vec<u32> {
        let stems: Vec<u32> = super::text::content_stems(o)
            .into_iter()
            .map(|stem| {
                let next = self.stem_ids.len() as u32;
                *self.stem_ids.entry(stem).or_insert(next)
            })
            .collect();
        let mut distinct = stems.clone();
        distinct.sort_unstable();
        distinct.dedup();
        for id in distinct {
            let id = id as usize;
            if id == self.holders.len() {
                self.holders.push(0);
            }
            self.holders[id] += 1;
        }
        stems
    }

    /// The consolidated event of the members added, as `consolidate`
    /// gives it (`sources` empty); `None` when none was added.
    pub fn event(&self) -> Option<Event> {
        let mut event = self.event_head()?;
        event.disputed = self.disputes.disputes();
        Some(event)
    }

    /// `event()` with `disputed` empty: `disputes_view` gives them.
    pub fn event_head(&self) -> Option<Event> {
        let first = self.member(*self.order.first()?);
        let id = event_id(first);
        let kind = *most_common_of(&self.kinds)?;
        let status = self.status();
        let when = self.most_precise();
        let chosen = &self.member(self.representative(kind)).observation;
        let n_articles = self.articles.len();
        let actors = self.actors(n_articles);
        let location = consolidated_place(&self.locations);
        let quote = chosen.quote.clone().or_else(|| {
            self.quote.and_then(|q| self.member(q).observation.quote.clone())
        });
        Some(Event {
            id,
            kind,
            status,
            when,
            actors,
            location,
            summary: chosen.summary.clone(),
            quote,
            sources: Vec::new(),
            disputed: Vec::new(),
        })
    }

    /// The disputes of `event()`, borrowed.
    pub fn disputes_view(&self) -> Vec<super::disputes::DisputeView<'_>> {
        self.disputes.view()
    }

    fn status(&self) -> Status {
        let has = |s: Status| self.statuses.get(&s).is_some_and(|&n| n > 0);
        if has(Status::Occurred) && !has(Status::NotOccurred) {
            return Status::Occurred;
        }
        most_common_of(&self.statuses).copied().unwrap_or(Status::Occurred)
    }

    /// `most_precise` over every member's span: the first distinct span
    /// in its order that overlaps at least half of the spans (counted as
    /// `supports` counts), else the first.
    fn most_precise(&self) -> TimeSpan {
        if self.backward {
            let observations: Vec<&Observation> = self
                .order
                .iter()
                .map(|&i| &self.member(i).observation)
                .collect();
            return most_precise(&observations);
        }
        let n = self.held.len();
        let support = |start: Day, end: Day| {
            let start_after = n - self.starts.partition_point(|&s| s <= end);
            let end_before = self.ends.partition_point(|&e| e < start);
            n - start_after - end_before
        };
        let chosen = self
            .spans
            .iter()
            .find(|((_, _, start, end, _), _)| 2 * support(*start, *end) >= n)
            .or_else(|| self.spans.iter().next());
        match chosen {
            Some((_, &at)) => self.member(at).observation.when.clone(),
            None => most_precise(&[]),
        }
    }

    /// `representative`: the member of the consolidated type whose stems
    /// are most held by the others, the first in canonical order on ties.
    fn representative(&self, kind: EventKind) -> u32 {
        let mut best: Option<(u32, usize)> = None;
        for &i in &self.order {
            let held = &self.held[i as usize];
            if held.member.observation.kind != kind {
                continue;
            }
            let score: usize =
                held.stems.iter().map(|&w| self.holders[w as usize] - 1).sum();
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((i, score));
            }
        }
        best.map_or(self.order[0], |(i, _)| i)
    }

    fn actors(&self, n_articles: usize) -> Vec<String> {
        let Some(lead) = lead_of(&self.leads) else {
            return Vec::new();
        };
        let floor = if n_articles > 1 { 2 } else { 1 };
        let mut rest: Vec<(&String, usize)> = self
            .named
            .iter()
            .filter(|(actor, n)| *actor != lead && **n >= floor)
            .map(|(actor, n)| (actor, *n))
            .collect();
        rest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut actors = vec![lead.clone()];
        actors.extend(rest.into_iter().map(|(a, _)| a.clone()));
        actors
    }
}

/// Counts one more `value`.
fn count(counts: &mut BTreeMap<String, usize>, value: &String) {
    match counts.get_mut(value) {
        Some(n) => *n += 1,
        None => {
            counts.insert(value.clone(), 1);
        }
    }
}

/// The place of an event, from how many members name each place: the
/// most precise place that at least half of the located members agree
/// with (they name it, or a place it lies in: "Anchorage" and "Alaska"
/// agree with "Joint Base Elmendorf-Richardson"), as the most precise
/// agreeing date wins; else the most common. Ties go to the place more
/// members agree with, then more name, then the first name.
fn consolidated_place(counts: &BTreeMap<String, usize>) -> Option<String> {
    if counts.len() <= 1 {
        // Most events name one place (or none): no gazetteer lookup.
        return counts.keys().next().cloned();
    }
    let total: usize = counts.values().sum();
    let mut best: Option<((usize, usize, usize), &String)> = None;
    for (place, own) in counts {
        let outer = containers(place);
        let agree = own
            + counts
                .iter()
                .filter(|(other, _)| {
                    *other != place
                        && outer.iter().any(|c| c.eq_ignore_ascii_case(other))
                })
                .map(|(_, n)| n)
                .sum::<usize>();
        if 2 * agree < total {
            continue;
        }
        let rank = (outer.len(), agree, *own);
        if best.is_none_or(|(kept, _)| rank > kept) {
            best = Some((rank, place));
        }
    }
    best.map(|(_, place)| place.clone())
        .or_else(|| most_common_of(counts).cloned())
}

/// `most_common` of tallied values: the most counted, ties to the
/// smallest.
fn most_common_of<T: Ord>(counts: &BTreeMap<T, usize>) -> Option<&T> {
    let best = counts.values().copied().max()?;
    counts.iter().find(|(_, n)| **n == best).map(|(v, _)| v)
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

#[cfg(test)]
mod running_tests {
    use super::*;
    use crate::domain::{ByteSpan, Claim, Precision};

    /// A small deterministic generator (LCG), as `support_tests` uses.
    struct Gen(u64);

    impl Gen {
        fn below(&mut self, n: usize) -> usize {
            self.0 =
                self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ((self.0 >> 33) % n as u64) as usize
        }

        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.below(from.len())]
        }
    }

    const PEOPLE: &[&str] = &["Ann Lee", "Bo Chan", "Cy Dunn", "Di Eze"];
    const PLACES: &[&str] = &["Paris", "France", "Berlin", "Kyiv", "Lyon"];
    const WORDS: &[&str] =
        &["talks", "summit", "trade", "border", "deal", "met", "strike"];
    const QUANTITIES: &[&str] =
        &["three hours", "3 hours", "nearly three hours", "two hours"];

    /// A member with fields drawn so that tallies tie, claims repeat with
    /// other wordings, places differ or contain each other, and spans
    /// nest, share bounds, open and (rarely) run backwards.
    fn member(g: &mut Gen, n: usize, backward: bool) -> Member {
        let article = format!("a-{}", g.below(n / 2 + 1));
        let start = 100 + g.below(6) as i32;
        let len = g.below(4) as i32 - if backward { 2 } else { 0 };
        let open = g.below(12);
        let when = TimeSpan {
            start: (open != 0).then_some(Day(start)),
            end: (open != 1).then_some(Day(start + len)),
            precision: [Precision::Day, Precision::Week][g.below(2)],
            text: ["", "Monday", "in May"][g.below(3)].into(),
        };
        let actors: Vec<String> =
            (0..g.below(4)).map(|_| g.pick(PEOPLE).to_string()).collect();
        let summary: Vec<&str> =
            (0..1 + g.below(5)).map(|_| g.pick(WORDS)).collect();
        let claims = (0..g.below(3))
            .map(|_| Claim {
                field: ["duration", "casualties", "date"][g.below(3)].into(),
                value: g.pick(QUANTITIES).into(),
            })
            .collect();
        let at = g.below(50);
        Member {
            article,
            index: g.below(1000) as u32,
            file: "f.txt".into(),
            outlet: None,
            published: None,
            evidence: summary.join(" "),
            observation: Observation {
                kind: EventKind::ALL[g.below(3)],
                status: Status::ALL[g.below(4)],
                when,
                actors,
                location: (g.below(3) != 0).then(|| g.pick(PLACES).into()),
                quote: (g.below(3) == 0).then(|| g.pick(WORDS).into()),
                summary: summary.join(" "),
                span: ByteSpan::new(at, at + 1 + g.below(3)),
                rule: ["meeting:met", "meeting:talks"][g.below(2)].into(),
                claims,
            },
            stems: StemCache::default(),
        }
    }

    /// After each member added, in random orders, the running merge gives
    /// what `consolidate` gives for the members added so far.
    #[test]
    fn running_merge_equals_consolidate_in_any_order() {
        let mut g = Gen(11);
        let mut fields: BTreeMap<String, usize> = BTreeMap::new();
        for round in 0..200 {
            let n = 1 + g.below(40);
            let mut members: Vec<Member> = (0..n)
                .map(|_| {
                    let backward = round % 10 == 0 && g.below(8) == 0;
                    member(&mut g, n, backward)
                })
                .collect();
            members.sort_by(|a, b| a.canonical_key().cmp(&b.canonical_key()));
            members.dedup_by(|a, b| a.canonical_key() == b.canonical_key());
            // A random join order.
            for i in (1..members.len()).rev() {
                members.swap(i, g.below(i + 1));
            }
            let mut running = RunningMerge::default();
            for (added, m) in members.iter().enumerate() {
                running.add(Arc::new(m.clone()));
                let mut so_far = members[..=added].to_vec();
                let full = consolidate(&mut so_far);
                assert_eq!(running.event(), full, "round {round}, {added}");
                for dispute in full.iter().flat_map(|e| &e.disputed) {
                    *fields.entry(dispute.field.clone()).or_insert(0) += 1;
                }
            }
            assert_eq!(running.len(), members.len());
        }
        // The cases reached every kind of dispute.
        let reached: Vec<&String> = fields.keys().collect();
        assert_eq!(
            reached,
            ["casualties", "date", "duration", "location", "status"],
            "{fields:?}"
        );
    }
}

#[cfg(test)]
mod place_tests {
    use super::*;

    fn counts(places: &[(&str, usize)]) -> BTreeMap<String, usize> {
        places.iter().map(|(p, n)| (p.to_string(), *n)).collect()
    }

    #[test]
    fn the_most_precise_agreeing_place_wins() {
        // A venue, its city and its region agree; the venue is the most
        // precise, though each is named as often.
        let place = consolidated_place(&counts(&[
            ("Alaska", 2),
            ("Anchorage", 2),
            ("Joint Base Elmendorf-Richardson", 2),
            ("Russia", 1),
        ]));
        assert_eq!(place.as_deref(), Some("Joint Base Elmendorf-Richardson"));
        // A city and its country: the city.
        let place =
            consolidated_place(&counts(&[("Ukraine", 3), ("Kharkiv", 1)]));
        assert_eq!(place.as_deref(), Some("Kharkiv"));
    }

    #[test]
    fn a_place_too_few_members_agree_with_does_not_win() {
        // One report of Kharkiv against three of Sumy: Sumy, though
        // Kharkiv is as precise.
        let place = consolidated_place(&counts(&[("Sumy", 3), ("Kharkiv", 1)]));
        assert_eq!(place.as_deref(), Some("Sumy"));
        // A precise place only one of four agree with, against a country
        // the rest name: the country.
        let place = consolidated_place(&counts(&[("Rafah", 1), ("Israel", 3)]));
        assert_eq!(place.as_deref(), Some("Israel"));
        // No place half agree with: the most common, then the first name.
        let place = consolidated_place(&counts(&[
            ("Sumy", 1),
            ("Kharkiv", 1),
            ("Odesa", 1),
        ]));
        assert_eq!(place.as_deref(), Some("Kharkiv"));
        assert_eq!(consolidated_place(&BTreeMap::new()), None);
    }

    #[test]
    fn places_chain_up_to_their_country() {
        use super::super::text::{PlaceRelation, lies_in, place_relation};
        assert_eq!(
            containers("Joint Base Elmendorf-Richardson"),
            ["Anchorage", "Alaska", "United States"]
        );
        assert_eq!(containers("Rafah"), ["Gaza", "Palestine"]);
        assert!(containers("Ukraine").is_empty());
        assert!(containers("Nowhere Town").is_empty());
        assert!(lies_in("Elmendorf-Richardson", "alaska"));
        assert!(!lies_in("Alaska", "Anchorage"));
        assert_eq!(
            place_relation(Some("Anchorage"), Some("Alaska")),
            PlaceRelation::Contains
        );
        assert_eq!(
            place_relation(Some("Texas"), Some("Alaska")),
            PlaceRelation::Unknown
        );
    }
}

#[cfg(test)]
mod lead_tests {
    use super::*;

    /// `lead_of` over leads given as (name, members naming it, earliest
    /// publication).
    fn lead_among(leads: &[(&str, usize, Option<&str>)]) -> Option<String> {
        let leads: BTreeMap<String, Lead> = leads
            .iter()
            .map(|(name, count, first)| {
                let first = first.and_then(Day::parse);
                (name.to_string(), Lead { count: *count, first })
            })
            .collect();
        lead_of(&leads).cloned()
    }

    #[test]
    fn the_lead_is_the_most_named_then_the_first_reported() {
        let later = ("European leaders", 1, Some("2025-08-18"));
        let earlier = ("European officials", 1, Some("2025-08-16"));
        assert_eq!(
            lead_among(&[later, earlier]).as_deref(),
            Some("European officials")
        );
        // More reports win over an earlier one.
        let more = ("European leaders", 2, Some("2025-08-18"));
        assert_eq!(
            lead_among(&[more, earlier]).as_deref(),
            Some("European leaders")
        );
        // A dated report over an undated one, then the first name.
        let undated = ("Alpha", 1, None);
        assert_eq!(
            lead_among(&[undated, ("Beta", 1, Some("2025-08-18"))]).as_deref(),
            Some("Beta")
        );
        assert_eq!(
            lead_among(&[undated, ("Beta", 1, None)]).as_deref(),
            Some("Alpha")
        );
        assert_eq!(lead_among(&[]), None);
    }
}
