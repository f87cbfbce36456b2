//! The batch fold: a whole log (or a prefix of it) folded in memory into
//! exactly the projection that applying its records one by one gives.
//!
//! `apply` works through a `Kv`: every candidate event is found by range
//! scans, every member is decoded from bytes, and every event touched is
//! merged and encoded again each time an article changes it. A rebuild
//! replays thousands of records, so the fold keeps the chronology's state
//! decoded in memory instead: members, each event's member keys, hull and
//! digest, the time index (with the same keys and scan bounds as the
//! projection's `T` view, so it hands out the same candidates) and its level
//! counts (`L`), membership
//! and redirects. It runs the same steps as `chronology::add_members` and
//! `chronology::remove_article` on that state, but defers what only the
//! final state needs: each surviving event is merged and encoded once, at
//! the end, when every view is written in one pass.
//!
//! Event ids, redirects and the order of member keys depend on the order
//! articles arrived in, so the fold replays the log's history step by step
//! rather than clustering the final set of observations at once.
//!
//! Whatever the fast path does not model (an article added twice, a
//! member missing, an error) makes `fold_log` fold the records again
//! through `apply`, so the result is always `apply`'s.

use super::keys;
use super::span_index::{INDEXED_MEMBERS_MIN, SpanIndex};
use super::{ArticleView, LogReader, ProjectionError, chronology};
use crate::article::Article;
use crate::consolidation::merge::consolidate;
use crate::consolidation::merge::event_id;
use crate::consolidation::{DigestProbe, EventDigest, Member, same_happening};
use crate::domain::{Day, EventId, Observation, Precision, TimeSpan};
use crate::extraction::fxhash::FxHashMap;
use crate::store::{Envelope, MemKv, Record, StoreError, codec};
use std::collections::{BTreeMap, BTreeSet};

/// Folds `envelopes` (the log from record 1, in order) into a projection
/// equal to applying each with `projection::apply` to an empty `MemKv`.
///
/// # Errors
/// The errors `apply` reports on the same records.
pub fn fold_log(
    envelopes: &[Envelope],
    log: &dyn LogReader,
) -> Result<MemKv, ProjectionError> {
    if let Some(mem) = fast_fold(envelopes, log) {
        return Ok(mem);
    }
    let mut mem = MemKv::default();
    super::apply_all(&mut mem, envelopes, log)?;
    Ok(mem)
}

/// The fast path alone; `None` when the log holds something it does not
/// model. Public so that tests can check it is the path normal logs take.
#[doc(hidden)]
pub fn fast_fold(envelopes: &[Envelope], log: &dyn LogReader) -> Option<MemKv> {
    let mut fold = Fold::default();
    // Article sketches depend on the text alone: encoded first, shared
    // out between threads.
    let sketches =
        crate::parallel::map(envelopes, |envelope| match &envelope.record {
            Record::ArticleAdded(article) => {
                codec::encode(&super::body_sketch(article)).ok()
            }
            _ => None,
        });
    for (envelope, sketch) in envelopes.iter().zip(sketches) {
        fold.apply(envelope, log, sketch).ok()?;
    }
    fold.into_kv().ok()
}

/// Why the fast path gave up (the caller folds through `apply` instead).
#[derive(Debug)]
struct Unmodelled;

impl From<StoreError> for Unmodelled {
    fn from(_: StoreError) -> Self {
        Unmodelled
    }
}

/// A member's place in the fold's member table (`Fold::slots`): members
/// are named by it instead of by their 70-odd-byte keys, so the
/// bookkeeping of candidates, components and membership compares and
/// hashes integers.
type Ix = u32;

/// One member the fold has seen.
struct Slot {
    /// Its key in the projection (`O` view).
    key: Vec<u8>,
    /// The member; `None` once its article's observations were replaced.
    member: Option<Member>,
    /// The event holding it (the `B` view).
    event: Option<EventId>,
    /// What the digest screen needs of its observation, computed once.
    probe: DigestProbe,
    /// `merge::event_id` of the member, once asked for (an event's id is
    /// its first member's; the same member heads its event again and
    /// again as articles join it).
    id: Option<EventId>,
}

/// An event's first member in canonical order and the hull of its
/// members' spans.
type Head = (Ix, Option<Day>, Option<Day>);

/// What the fold keeps about one event while replaying.
struct EventState {
    /// Members in the order `chronology` stores their keys.
    members: Vec<Ix>,
    /// Its time-index level and day (`keys::time_slot` of its hull).
    level: u8,
    day: Day,
    /// Its members by span, once it has more than
    /// `span_index::INDEXED_MEMBERS_MIN` (kept as members join).
    index: Option<SpanIndex>,
    /// Its member first in canonical order (whose key gives its id) and
    /// the hull of its members' spans, as `replace_events` computes
    /// them: an event joined whole into a new one passes them on, so a
    /// join costs the members that join, not the event's size.
    first: Ix,
    start: Option<Day>,
    end: Option<Day>,
}

/// A group `chronology::group_roots` clusters, over the fold's slots.
enum FoldGroup<'a> {
    /// An existing event: its members, index and digest.
    Event {
        fold: &'a Fold,
        members: &'a [Ix],
        index: Option<&'a SpanIndex>,
        digest: &'a EventDigest,
    },
    /// One member (fresh, or left of an event an article left).
    One { member: &'a Member, probe: &'a DigestProbe, digest: EventDigest },
}

impl chronology::MatchGroup for FoldGroup<'_> {
    fn digest(&self) -> &EventDigest {
        match self {
            FoldGroup::Event { digest, .. } => digest,
            FoldGroup::One { digest, .. } => digest,
        }
    }

    fn touches(&self, b: &Member, probe: &DigestProbe) -> bool {
        match self {
            FoldGroup::Event { fold, members, index, .. } => {
                fold.event_touches(members, *index, b, probe)
            }
            FoldGroup::One { member, probe: own, .. } => {
                own.admits(probe) && same_happening(member, b)
            }
        }
    }

    fn any_member(
        &self,
        f: &mut dyn FnMut(&Member, &DigestProbe) -> bool,
    ) -> bool {
        match self {
            FoldGroup::Event { fold, members, .. } => {
                members.iter().any(|&ix| {
                    let slot = &fold.slots[ix as usize];
                    slot.member.as_ref().is_some_and(|m| f(m, &slot.probe))
                })
            }
            FoldGroup::One { member, probe, .. } => f(member, probe),
        }
    }
}

/// The chronology's state, decoded.
#[derive(Default)]
struct Fold {
    articles: BTreeMap<String, ArticleView>,
    sketches: BTreeMap<String, Vec<u8>>,
    /// Every member seen, by `Ix`.
    slots: Vec<Slot>,
    /// Member key → its live slot; an article's members are its indexes
    /// `0..n_observations`.
    by_key: FxHashMap<Vec<u8>, Ix>,
    /// Events by id (hashed: nothing needs them in id order until
    /// `into_kv`, which sorts them once).
    events: FxHashMap<EventId, EventState>,
    /// The `T` view per level: (day, event id) → digest, ordered as the
    /// view's keys are (a level byte, the day, the id), so a level's range
    /// of days hands out the candidates the view's range scan does. Empty
    /// levels are dropped, so their entries count the `L` view.
    time: BTreeMap<u8, BTreeMap<(Day, EventId), EventDigest>>,
    redirects: BTreeMap<EventId, Vec<EventId>>,
    /// The `N` view: `None` until the first event is written.
    event_count: Option<u64>,
    checkpoint: Option<u64>,
    /// The last `ArticleAdded` seen: its observations follow it.
    last_added: Option<(u64, Article)>,
}

impl Fold {
    /// Folds one record; `sketch` is the encoded `body_sketch` of an
    /// article it adds.
    fn apply(
        &mut self,
        envelope: &Envelope,
        log: &dyn LogReader,
        sketch: Option<Vec<u8>>,
    ) -> Result<(), Unmodelled> {
        let seq = envelope.seq;
        match &envelope.record {
            Record::ArticleAdded(article) => {
                if self.articles.contains_key(&article.id) {
                    return Err(Unmodelled);
                }
                let view = ArticleView::added(article, envelope);
                self.articles.insert(article.id.clone(), view);
                let sketch = sketch.ok_or(Unmodelled)?;
                self.sketches.insert(article.id.clone(), sketch);
                self.last_added = Some((seq, article.clone()));
            }
            Record::ObservationsRecorded {
                article_id,
                extractor_version,
                observations,
            } => {
                self.record_observations(
                    article_id,
                    *extractor_version,
                    observations,
                    log,
                )?;
            }
            Record::ArticleRetracted { article_id } => {
                let view =
                    self.articles.get_mut(article_id).ok_or(Unmodelled)?;
                if view.live {
                    view.live = false;
                    self.remove_article(article_id)?;
                }
            }
            Record::ArticleRestored { article_id } => {
                let view =
                    self.articles.get_mut(article_id).ok_or(Unmodelled)?;
                if !view.live {
                    view.live = true;
                    let members = self.members_of_article(article_id);
                    self.add_members(&members)?;
                }
            }
        }
        self.checkpoint = Some(seq);
        Ok(())
    }

    /// The slots of an article's stored members, in key order.
    fn members_of_article(&self, article: &str) -> Vec<Ix> {
        let n = self.articles.get(article).map_or(0, |v| v.n_observations);
        (0..n)
            .filter_map(|index| {
                self.by_key.get(&keys::member(article, index)).copied()
            })
            .collect()
    }

    fn record_observations(
        &mut self,
        article_id: &str,
        extractor_version: u32,
        observations: &[Observation],
        log: &dyn LogReader,
    ) -> Result<(), Unmodelled> {
        let view = self.articles.get(article_id).ok_or(Unmodelled)?.clone();
        if view.live && view.n_observations > 0 {
            self.remove_article(&view.id)?;
        }
        for ix in self.members_of_article(&view.id) {
            let slot = self.slot_mut(ix)?;
            slot.member = None;
            let key = std::mem::take(&mut slot.key);
            self.by_key.remove(&key);
        }
        let fetched;
        let article = match &self.last_added {
            Some((seq, article)) if *seq == view.added_seq => article,
            _ => {
                fetched = log.record(view.added_seq)?;
                match &fetched.record {
                    Record::ArticleAdded(article) => article,
                    _ => return Err(Unmodelled),
                }
            }
        };
        let made = super::members_of(&view, &article.text, observations);
        let mut fresh = Vec::with_capacity(made.len());
        for (key, member) in made {
            let ix = Ix::try_from(self.slots.len()).map_err(|_| Unmodelled)?;
            if self.by_key.insert(key.clone(), ix).is_some() {
                return Err(Unmodelled);
            }
            let probe = DigestProbe::of(&member.observation);
            self.slots.push(Slot {
                key,
                member: Some(member),
                event: None,
                probe,
                id: None,
            });
            fresh.push(ix);
        }
        let stored = self.articles.get_mut(article_id).ok_or(Unmodelled)?;
        stored.extractor_version = extractor_version;
        stored.n_observations = observations.len() as u32;
        if view.live {
            self.add_members(&fresh)?;
        }
        Ok(())
    }

    fn slot(&self, ix: Ix) -> Result<&Slot, Unmodelled> {
        self.slots.get(ix as usize).ok_or(Unmodelled)
    }

    fn slot_mut(&mut self, ix: Ix) -> Result<&mut Slot, Unmodelled> {
        self.slots.get_mut(ix as usize).ok_or(Unmodelled)
    }

    fn member(&self, ix: Ix) -> Result<&Member, Unmodelled> {
        self.slot(ix)?.member.as_ref().ok_or(Unmodelled)
    }

    /// `chronology::add_members` on the decoded state.
    fn add_members(&mut self, fresh: &[Ix]) -> Result<(), Unmodelled> {
        let fresh: Vec<Ix> = fresh
            .iter()
            .copied()
            .filter(|ix| self.member(*ix).is_ok())
            .collect();
        let mut affected: BTreeMap<EventId, Vec<Ix>> = BTreeMap::new();
        let mut matched_by: BTreeMap<EventId, usize> = BTreeMap::new();
        for (position, &ix) in fresh.iter().enumerate() {
            let node = self.member(ix)?;
            let when = &node.observation.when;
            if when.start.is_none() && when.end.is_none() {
                continue;
            }
            for id in self.screened_ids(&node.observation, ix)? {
                if affected.contains_key(&id) {
                    continue;
                }
                let event = self.events.get(&id).ok_or(Unmodelled)?;
                let probe = &self.slot(ix)?.probe;
                let touches = self.event_touches(
                    &event.members,
                    event.index.as_ref(),
                    node,
                    probe,
                );
                if touches {
                    matched_by.insert(id.clone(), position);
                    affected.insert(id, Vec::new());
                }
            }
        }
        // Each affected event is joined whole (`replace_events` needs
        // none of its members listed again): its member list moves into
        // its group rather than being copied. No later candidate search
        // reads it (an affected event is never a candidate again).
        for (id, members) in &mut affected {
            let event = self.events.get_mut(id).ok_or(Unmodelled)?;
            *members = std::mem::take(&mut event.members);
        }
        let retired: Vec<(EventId, Vec<Ix>)> =
            affected.keys().map(|id| (id.clone(), Vec::new())).collect();
        let n_events = affected.len();
        let known =
            chronology::known_matches(n_events, matched_by.into_values());
        let mut groups: Vec<Vec<Ix>> = affected.into_values().collect();
        groups.extend(fresh.into_iter().map(|ix| vec![ix]));
        let components = self.cluster(&groups, n_events, &known)?;
        self.replace_events(&retired, groups, components, n_events)
    }

    /// Whether a member of an event (its members, and their index if
    /// it keeps one) matches `node`, whose probe is `probe`: each member
    /// screened by its own digest (a necessary condition of
    /// `same_happening`), then compared. With an index, only the members
    /// whose span may overlap the node's are looked at; the others fail
    /// `same_happening` on time, so the answer is the same.
    fn event_touches(
        &self,
        members: &[Ix],
        index: Option<&SpanIndex>,
        node: &Member,
        probe: &DigestProbe,
    ) -> bool {
        let matches = |ix: Ix| {
            let Some(slot) = self.slots.get(ix as usize) else { return false };
            slot.member.as_ref().is_some_and(|member| {
                slot.probe.admits(probe) && same_happening(member, node)
            })
        };
        match index {
            Some(index) => {
                let mut near = Vec::new();
                index.near(&node.observation.when, &mut near);
                near.into_iter().any(matches)
            }
            None => members.iter().copied().any(matches),
        }
    }

    /// `chronology::remove_article` on the decoded state.
    fn remove_article(&mut self, article: &str) -> Result<(), Unmodelled> {
        let mut ids = BTreeSet::new();
        for ix in self.members_of_article(article) {
            if let Some(id) = &self.slot(ix)?.event {
                ids.insert(id.clone());
            }
        }
        let mut retired = Vec::new();
        let mut groups = Vec::new();
        for id in ids {
            let event = self.events.get(&id).ok_or(Unmodelled)?;
            let members = event.members.clone();
            let mut gone = Vec::new();
            for &ix in &members {
                if self.member(ix)?.article == article {
                    gone.push(ix);
                } else {
                    groups.push(vec![ix]);
                }
            }
            for ix in gone {
                self.slot_mut(ix)?.event = None;
            }
            retired.push((id, members));
        }
        let components = self.cluster(&groups, 0, &BTreeSet::new())?;
        // The retired events were split: none passes its index on.
        self.replace_events(&retired, groups, components, 0)
    }

    /// Ids of events whose time-index entry may intersect the observation's
    /// span and whose digest allows a match (`screened_ids_between`).
    fn screened_ids(
        &self,
        observation: &Observation,
        ix: Ix,
    ) -> Result<BTreeSet<EventId>, Unmodelled> {
        let (from, to) =
            (observation.when.start_or_min(), observation.when.end_or_max());
        let probe = &self.slot(ix)?.probe;
        let mut ids = BTreeSet::new();
        for (&level, entries) in &self.time {
            let (lo, hi) = keys::time_scan_days(level, from, to);
            if hi.is_some_and(|hi| lo > hi) {
                continue;
            }
            let range = entries.range((lo, String::new())..);
            for ((day, id), digest) in range {
                if hi.is_some_and(|hi| *day > hi) {
                    break;
                }
                if digest.may_match_probe(probe) {
                    ids.insert(id.clone());
                }
            }
        }
        Ok(ids)
    }

    /// `chronology::cluster` over member slots: the groups of each
    /// component (their indexes, in order), components in the order of
    /// their first group. The first `n_events` groups are existing events
    /// (the affected ones, in id order).
    fn cluster(
        &self,
        groups: &[Vec<Ix>],
        n_events: usize,
        known: &BTreeSet<(usize, usize)>,
    ) -> Result<Vec<Vec<usize>>, Unmodelled> {
        let mut views = Vec::with_capacity(groups.len());
        for (g, group) in groups.iter().enumerate() {
            if g < n_events {
                let slot = self.slot(*group.first().ok_or(Unmodelled)?)?;
                let id = slot.event.as_ref().ok_or(Unmodelled)?;
                let event = self.events.get(id).ok_or(Unmodelled)?;
                let digest = self
                    .time
                    .get(&event.level)
                    .and_then(|entries| entries.get(&(event.day, id.clone())))
                    .ok_or(Unmodelled)?;
                views.push(FoldGroup::Event {
                    fold: self,
                    members: group,
                    index: event.index.as_ref(),
                    digest,
                });
            } else {
                let [ix] = group.as_slice() else { return Err(Unmodelled) };
                let slot = self.slot(*ix)?;
                views.push(FoldGroup::One {
                    member: slot.member.as_ref().ok_or(Unmodelled)?,
                    probe: &slot.probe,
                    digest: EventDigest::of_probes(std::iter::once(
                        &slot.probe,
                    )),
                });
            }
        }
        let roots = chronology::group_roots(&views, n_events, known);
        let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (g, root) in roots.into_iter().enumerate() {
            components.entry(root).or_default().push(g);
        }
        Ok(components.into_values().collect())
    }

    /// `chronology::replace_events`, deferring the merge of each event:
    /// replaces the `retired` events by the events `components` make
    /// (each the groups it holds). The first `whole` groups are the
    /// members of the first `whole` retired events, joined whole (their
    /// member lists in `retired` may be empty): their first member, hull,
    /// span index and digest pass on, and their redirect follows from the
    /// component that holds them. The other retired events list their
    /// members, whose groups are single members.
    fn replace_events(
        &mut self,
        retired: &[(EventId, Vec<Ix>)],
        mut groups: Vec<Vec<Ix>>,
        components: Vec<Vec<usize>>,
        whole: usize,
    ) -> Result<(), Unmodelled> {
        let mut indexes: Vec<Option<SpanIndex>> = Vec::with_capacity(whole);
        let mut digests: Vec<Option<EventDigest>> = Vec::with_capacity(whole);
        let mut heads: Vec<Option<Head>> = Vec::with_capacity(whole);
        for (at, (id, _)) in retired.iter().enumerate() {
            if let Some(event) = self.events.remove(id) {
                let digest = self.unindex(event.level, event.day, id);
                self.adjust_event_count(-1)?;
                if at < whole {
                    indexes.push(event.index);
                    digests.push(digest);
                    heads.push(Some((event.first, event.start, event.end)));
                }
            } else if at < whole {
                indexes.push(None);
                digests.push(None);
                heads.push(None);
            }
        }
        let mut new_id_of_group: Vec<Option<usize>> = vec![None; groups.len()];
        let mut new_id_of_member: FxHashMap<Ix, usize> = FxHashMap::default();
        let mut new_ids: Vec<EventId> = Vec::new();
        for parts in components {
            let Some((first_ix, start, end)) =
                self.component_head(&parts, &groups, whole, &heads)?
            else {
                continue;
            };
            let digest =
                self.component_digest(&parts, &groups, whole, &digests)?;
            let id = match &self.slot(first_ix)?.id {
                Some(id) => id.clone(),
                None => {
                    let id = event_id(self.member(first_ix)?);
                    self.slot_mut(first_ix)?.id = Some(id.clone());
                    id
                }
            };
            let hull = TimeSpan {
                start,
                end,
                precision: Precision::Day,
                text: String::new(),
            };
            let (level, day) = keys::time_slot(&hull);
            let index = self.span_index(&parts, &groups, &mut indexes)?;
            for &g in &parts {
                new_id_of_group[g] = Some(new_ids.len());
            }
            // Members of retired events not joined whole are single
            // groups; their redirects go by member.
            if retired.len() > whole {
                for &g in parts.iter().filter(|&&g| g >= whole) {
                    for &ix in &groups[g] {
                        new_id_of_member.insert(ix, new_ids.len());
                    }
                }
            }
            // Members whose event id changed are given the new one; a
            // whole retired event that keeps its id keeps its members'
            // (each holds it), so a large event that gains a member does
            // not compare every member's id again.
            for &g in &parts {
                let kept = g < whole
                    && matches!(heads.get(g), Some(Some(_)))
                    && retired[g].0 == id;
                if kept {
                    debug_assert!(groups[g].iter().all(|&ix| {
                        self.slot(ix)
                            .is_ok_and(|s| s.event.as_ref() == Some(&id))
                    }));
                    continue;
                }
                for &ix in &groups[g] {
                    let slot = self.slot_mut(ix)?;
                    if slot.event.as_ref() != Some(&id) {
                        slot.event = Some(id.clone());
                    }
                }
            }
            // The members in group order: the first group's list, taken,
            // with the others appended.
            let mut component = std::mem::take(&mut groups[parts[0]]);
            for &g in &parts[1..] {
                component.extend_from_slice(&groups[g]);
            }
            new_ids.push(id.clone());
            self.adjust_event_count(1)?;
            self.index(level, day, id.clone(), digest);
            let state = EventState {
                members: component,
                level,
                day,
                index,
                first: first_ix,
                start,
                end,
            };
            if self.events.insert(id, state).is_some() {
                return Err(Unmodelled);
            }
        }
        let new_id = |n: &usize| &new_ids[*n];
        for (at, (old_id, members)) in retired.iter().enumerate() {
            let targets = if at < whole {
                let joined = new_id_of_group.get(at).copied().flatten();
                chronology::redirect_targets(
                    old_id,
                    std::iter::once(joined.as_ref().map(new_id)),
                )
            } else {
                chronology::redirect_targets(
                    old_id,
                    members
                        .iter()
                        .map(|ix| new_id_of_member.get(ix).map(new_id)),
                )
            };
            if let Some(targets) = targets {
                self.redirects.insert(old_id.clone(), targets);
            }
        }
        Ok(())
    }

    /// The first member (in canonical order) and hull of a component
    /// made of `parts` (indexes into `groups`), from the `heads` of the
    /// whole retired events it holds and the other groups' members; `None`
    /// for a component without members.
    fn component_head(
        &self,
        parts: &[usize],
        groups: &[Vec<Ix>],
        whole: usize,
        heads: &[Option<Head>],
    ) -> Result<Option<Head>, Unmodelled> {
        let mut first: Option<(Ix, &Member)> = None;
        let (mut start, mut end) = (Some(Day(i32::MAX)), Some(Day(i32::MIN)));
        let mut consider = |ix: Ix, s: Option<Day>, e: Option<Day>| {
            let member = self.member(ix)?;
            if first
                .is_none_or(|(_, f)| member.canonical_key() < f.canonical_key())
            {
                first = Some((ix, member));
            }
            start = start.zip(s).map(|(a, b)| a.min(b));
            end = end.zip(e).map(|(a, b)| a.max(b));
            Ok::<(), Unmodelled>(())
        };
        for &g in parts {
            match heads.get(g) {
                Some(Some((ix, s, e))) if g < whole => consider(*ix, *s, *e)?,
                _ => {
                    for &ix in &groups[g] {
                        let when = &self.member(ix)?.observation.when;
                        consider(ix, when.start, when.end)?;
                    }
                }
            }
        }
        Ok(first.map(|(ix, _)| (ix, start, end)))
    }

    /// The span index of a component made of `parts` (indexes into
    /// `groups`), if it is large enough to keep one: the index of its
    /// largest whole retired event (`indexes`, taken) with the other
    /// groups' members filed into it, or a new one.
    fn span_index(
        &self,
        parts: &[usize],
        groups: &[Vec<Ix>],
        indexes: &mut [Option<SpanIndex>],
    ) -> Result<Option<SpanIndex>, Unmodelled> {
        let size: usize = parts.iter().map(|&g| groups[g].len()).sum();
        if size <= INDEXED_MEMBERS_MIN {
            return Ok(None);
        }
        let inherited = parts
            .iter()
            .copied()
            .filter(|&g| indexes.get(g).is_some_and(Option::is_some))
            .max_by_key(|&g| (groups[g].len(), std::cmp::Reverse(g)));
        let mut index = match inherited {
            Some(g) => indexes[g].take().ok_or(Unmodelled)?,
            None => SpanIndex::default(),
        };
        for &g in parts {
            if Some(g) == inherited {
                continue;
            }
            for &ix in &groups[g] {
                let member = self.member(ix)?;
                index.insert(&member.observation.when, ix);
            }
        }
        Ok(Some(index))
    }

    fn adjust_event_count(&mut self, delta: i64) -> Result<(), Unmodelled> {
        let count = self.event_count.unwrap_or(0) as i64 + delta;
        if count < 0 {
            return Err(Unmodelled);
        }
        self.event_count = Some(count as u64);
        Ok(())
    }

    fn index(&mut self, level: u8, day: Day, id: EventId, digest: EventDigest) {
        self.time.entry(level).or_default().insert((day, id), digest);
    }

    /// Removes an event's time-index entry; returns its digest.
    fn unindex(
        &mut self,
        level: u8,
        day: Day,
        id: &str,
    ) -> Option<EventDigest> {
        let entries = self.time.get_mut(&level)?;
        let digest = entries.remove(&(day, id.to_string()));
        if entries.is_empty() {
            self.time.remove(&level);
        }
        digest
    }

    /// The digest of a component made of `parts` (indexes into
    /// `groups`): the union of the digests of the whole retired events it
    /// holds (`digests`, for the first `whole` groups) and of its other
    /// members' probes, which is `EventDigest::of_probes` of all its
    /// members' probes.
    fn component_digest(
        &self,
        parts: &[usize],
        groups: &[Vec<Ix>],
        whole: usize,
        digests: &[Option<EventDigest>],
    ) -> Result<EventDigest, Unmodelled> {
        let mut union = EventDigest::default();
        for &g in parts {
            match digests.get(g) {
                Some(Some(digest)) if g < whole => {
                    union.kinds |= digest.kinds;
                    union.statuses |= digest.statuses;
                    union.actors.extend_from_slice(&digest.actors);
                }
                _ => {
                    let probes = groups[g]
                        .iter()
                        .map(|&ix| self.slot(ix).map(|slot| &slot.probe))
                        .collect::<Result<Vec<_>, _>>()?;
                    let digest = EventDigest::of_probes(probes.into_iter());
                    union.kinds |= digest.kinds;
                    union.statuses |= digest.statuses;
                    union.actors.extend_from_slice(&digest.actors);
                }
            }
        }
        union.actors.sort_unstable();
        union.actors.dedup();
        Ok(union)
    }

    /// Every view, written once: events are merged here, one time each.
    /// Each view's entries come out in key order and the views in prefix
    /// order, so building the map sorts nothing.
    fn into_kv(self) -> Result<MemKv, Unmodelled> {
        let n_time: usize = self.time.values().map(BTreeMap::len).sum();
        if n_time != self.events.len() {
            return Err(Unmodelled);
        }
        let Fold {
            articles,
            sketches,
            slots,
            by_key,
            events,
            time,
            redirects,
            event_count,
            checkpoint,
            ..
        } = self;
        let mut views: BTreeMap<&[u8], crate::store::kv::Entries> =
            BTreeMap::new();
        let mut article_entries = Vec::with_capacity(articles.len());
        let mut member_entries = Vec::with_capacity(by_key.len());
        let mut n_memberships = 0;
        for (id, view) in &articles {
            article_entries.push((keys::article(id), codec::encode(view)?));
            for index in 0..view.n_observations {
                let key = keys::member(id, index);
                let Some(&ix) = by_key.get(&key) else { continue };
                let slot = slots.get(ix as usize).ok_or(Unmodelled)?;
                let member = slot.member.as_ref().ok_or(Unmodelled)?;
                n_memberships += usize::from(slot.event.is_some());
                let value =
                    chronology::encode_member(member, slot.event.as_deref())?;
                member_entries.push((key, value));
            }
        }
        // Every live member is some article's, and only live members
        // belong to events.
        let n_members = slots.iter().filter(|s| s.member.is_some()).count();
        if member_entries.len() != n_members
            || slots.iter().filter(|s| s.event.is_some()).count()
                != n_memberships
        {
            return Err(Unmodelled);
        }
        views.insert(keys::ARTICLE, article_entries);
        views.insert(b"O", member_entries);
        let sketch_entries = sketches
            .into_iter()
            .map(|(id, sketch)| (keys::sketch(&id), sketch))
            .collect();
        views.insert(b"S", sketch_entries);
        let mut redirect_entries = Vec::with_capacity(redirects.len());
        for (id, targets) in &redirects {
            redirect_entries
                .push((keys::redirect(id), codec::encode(targets)?));
        }
        views.insert(b"H", redirect_entries);
        if event_count.is_some() {
            let levels: Vec<(u8, u64)> = time
                .iter()
                .filter(|(_, entries)| !entries.is_empty())
                .map(|(level, entries)| (*level, entries.len() as u64))
                .collect();
            views.insert(
                keys::TIME_LEVELS,
                vec![(keys::TIME_LEVELS.to_vec(), codec::encode(&levels)?)],
            );
        }
        if let Some(count) = event_count {
            views.insert(
                keys::EVENT_COUNT,
                vec![(keys::EVENT_COUNT.to_vec(), codec::encode(&count)?)],
            );
        }
        if let Some(seq) = checkpoint {
            views.insert(
                keys::CHECKPOINT,
                vec![(keys::CHECKPOINT.to_vec(), super::checkpoint_value(seq))],
            );
        }
        let mut events: Vec<(EventId, EventState)> =
            events.into_iter().collect();
        events.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Each event is merged and encoded from its members alone: shared
        // out between threads, in id order.
        let merged = crate::parallel::map(&events, |(id, state)| {
            merged_entries(&slots, &time, id, state)
        });
        let mut event_entries = Vec::with_capacity(events.len());
        let mut time_entries = Vec::with_capacity(events.len());
        for entries in merged {
            let (event_entry, time_entry) = entries?;
            event_entries.push(event_entry);
            time_entries.push(time_entry);
        }
        drop(slots);
        time_entries.sort_unstable();
        views.insert(keys::EVENT, event_entries);
        views.insert(keys::TIME, time_entries);
        Ok(MemKv { map: views.into_values().flatten().collect() })
    }
}

/// A key and its value.
type KeyValue = (Vec<u8>, Vec<u8>);

/// The `E` and `T` entries of one surviving event: merged from its members
/// (as `chronology::flush_pending` merges an event) and encoded.
fn merged_entries(
    slots: &[Slot],
    time: &BTreeMap<u8, BTreeMap<(Day, EventId), EventDigest>>,
    id: &EventId,
    state: &EventState,
) -> Result<(KeyValue, KeyValue), Unmodelled> {
    let mut component = Vec::with_capacity(state.members.len());
    let mut member_keys = Vec::with_capacity(state.members.len());
    for &ix in &state.members {
        let slot = slots.get(ix as usize).ok_or(Unmodelled)?;
        // Each member belongs to the one event its slot names.
        if slot.event.as_ref() != Some(id) {
            return Err(Unmodelled);
        }
        component.push(slot.member.clone().ok_or(Unmodelled)?);
        member_keys.push(slot.key.clone());
    }
    let event = consolidate(&mut component).ok_or(Unmodelled)?;
    let (start, end) = (event.when.start, event.when.end);
    let stored = chronology::stored_event(event, component, member_keys);
    if &stored.event.id != id {
        return Err(Unmodelled);
    }
    let digest = time
        .get(&state.level)
        .and_then(|entries| entries.get(&(state.day, id.clone())))
        .ok_or(Unmodelled)?;
    let entry = chronology::TimeEntry { digest: digest.clone(), start, end };
    let time_key = keys::time_at(state.level, state.day, id);
    if stored.time_key() != time_key {
        return Err(Unmodelled);
    }
    Ok((
        (keys::event(id), codec::encode(&stored)?),
        (time_key, codec::encode(&entry)?),
    ))
}
