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
use super::{ArticleView, LogReader, ProjectionError, chronology};
use crate::article::Article;
use crate::consolidation::merge::consolidate;
use crate::consolidation::merge::event_id;
use crate::consolidation::{EventDigest, Member, same_happening};
use crate::domain::{Day, EventId, Observation, Precision, TimeSpan};
use crate::store::{Envelope, MemKv, Record, StoreError, codec};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;

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
    for envelope in envelopes {
        super::apply(&mut mem, envelope, log)?;
    }
    Ok(mem)
}

/// The fast path alone; `None` when the log holds something it does not
/// model. Public so that tests can check it is the path normal logs take.
#[doc(hidden)]
pub fn fast_fold(envelopes: &[Envelope], log: &dyn LogReader) -> Option<MemKv> {
    let mut fold = Fold::default();
    for envelope in envelopes {
        fold.apply(envelope, log).ok()?;
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

/// What the fold keeps about one event while replaying.
struct EventState {
    /// Member keys in the order `chronology` stores them (the `G` view).
    members: Vec<Vec<u8>>,
    /// Its key in the time index.
    time_key: Vec<u8>,
}

/// The chronology's state, decoded.
#[derive(Default)]
struct Fold {
    articles: BTreeMap<String, ArticleView>,
    sketches: BTreeMap<String, Vec<u8>>,
    /// Member key → member (the `O` view); an article's members are its
    /// indexes `0..n_observations`.
    members: HashMap<Vec<u8>, Member>,
    /// Member key → the event holding it (the `B` view).
    membership: HashMap<Vec<u8>, EventId>,
    events: BTreeMap<EventId, EventState>,
    /// The `T` view: key → (event id, digest).
    time: BTreeMap<Vec<u8>, (EventId, EventDigest)>,
    /// How many time-index entries each level holds, so that empty levels
    /// are not scanned.
    level_counts: BTreeMap<u8, usize>,
    redirects: BTreeMap<EventId, Vec<EventId>>,
    /// The `N` view: `None` until the first event is written.
    event_count: Option<u64>,
    checkpoint: Option<u64>,
    /// The last `ArticleAdded` seen: its observations follow it.
    last_added: Option<(u64, Article)>,
}

impl Fold {
    fn apply(
        &mut self,
        envelope: &Envelope,
        log: &dyn LogReader,
    ) -> Result<(), Unmodelled> {
        let seq = envelope.seq;
        match &envelope.record {
            Record::ArticleAdded(article) => {
                if self.articles.contains_key(&article.id) {
                    return Err(Unmodelled);
                }
                let view = ArticleView::added(article, envelope);
                self.articles.insert(article.id.clone(), view);
                let sketch = super::body_sketch(article);
                self.sketches
                    .insert(article.id.clone(), codec::encode(&sketch)?);
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
                    let keys = self.member_keys_of(article_id);
                    self.add_members(&keys)?;
                }
            }
        }
        self.checkpoint = Some(seq);
        Ok(())
    }

    /// The keys of an article's stored members, in key order.
    fn member_keys_of(&self, article: &str) -> Vec<Vec<u8>> {
        let n = self.articles.get(article).map_or(0, |v| v.n_observations);
        (0..n)
            .map(|index| keys::member(article, index))
            .filter(|key| self.members.contains_key(key))
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
        for key in self.member_keys_of(&view.id) {
            self.members.remove(&key);
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
        let member_keys: Vec<Vec<u8>> =
            made.iter().map(|(key, _)| key.clone()).collect();
        self.members.extend(made);
        let stored = self.articles.get_mut(article_id).ok_or(Unmodelled)?;
        stored.extractor_version = extractor_version;
        stored.n_observations = observations.len() as u32;
        if view.live {
            self.add_members(&member_keys)?;
        }
        Ok(())
    }

    fn member(&self, key: &[u8]) -> Result<&Member, Unmodelled> {
        self.members.get(key).ok_or(Unmodelled)
    }

    /// `chronology::add_members` on the decoded state.
    fn add_members(
        &mut self,
        member_keys: &[Vec<u8>],
    ) -> Result<(), Unmodelled> {
        let fresh: Vec<Vec<u8>> = member_keys
            .iter()
            .filter(|key| self.members.contains_key(*key))
            .cloned()
            .collect();
        let mut affected: BTreeMap<EventId, Vec<Vec<u8>>> = BTreeMap::new();
        for key in &fresh {
            let node = self.member(key)?;
            let when = &node.observation.when;
            if when.start.is_none() && when.end.is_none() {
                continue;
            }
            for id in self.screened_ids(&node.observation) {
                if affected.contains_key(&id) {
                    continue;
                }
                let event = self.events.get(&id).ok_or(Unmodelled)?;
                let mut touches = false;
                for member_key in &event.members {
                    let member = self.member(member_key)?;
                    if !touches && same_happening(member, node) {
                        touches = true;
                    }
                }
                if touches {
                    affected.insert(id, event.members.clone());
                }
            }
        }
        let retired: Vec<(EventId, Vec<Vec<u8>>)> = affected
            .iter()
            .map(|(id, keys)| (id.clone(), keys.clone()))
            .collect();
        let mut groups: Vec<Vec<Vec<u8>>> = affected.into_values().collect();
        groups.extend(fresh.into_iter().map(|key| vec![key]));
        let components = self.cluster(groups)?;
        self.replace_events(&retired, components)
    }

    /// `chronology::remove_article` on the decoded state.
    fn remove_article(&mut self, article: &str) -> Result<(), Unmodelled> {
        let prefix = keys::member_prefix(article);
        let ids: BTreeSet<EventId> = self
            .member_keys_of(article)
            .iter()
            .filter_map(|key| self.membership.get(key).cloned())
            .collect();
        let mut retired = Vec::new();
        let mut groups = Vec::new();
        for id in ids {
            let event = self.events.get(&id).ok_or(Unmodelled)?;
            for key in &event.members {
                self.member(key)?;
            }
            let member_keys = event.members.clone();
            retired.push((id, member_keys.clone()));
            for key in member_keys {
                if key.starts_with(&prefix) {
                    self.membership.remove(&key);
                } else {
                    groups.push(vec![key]);
                }
            }
        }
        let components = self.cluster(groups)?;
        self.replace_events(&retired, components)
    }

    /// Ids of events whose time-index entry may intersect the observation's
    /// span and whose digest allows a match (`screened_ids_between`).
    fn screened_ids(&self, observation: &Observation) -> BTreeSet<EventId> {
        let (from, to) =
            (observation.when.start_or_min(), observation.when.end_or_max());
        let mut ids = BTreeSet::new();
        for (&level, &count) in &self.level_counts {
            if count == 0 {
                continue;
            }
            let (lo, hi) = keys::time_scan(level, from, to);
            if lo >= hi {
                continue;
            }
            let range = self.time.range::<[u8], _>((
                Bound::Included(lo.as_slice()),
                Bound::Excluded(hi.as_slice()),
            ));
            for (_, (id, digest)) in range {
                if digest.may_match(observation) {
                    ids.insert(id.clone());
                }
            }
        }
        ids
    }

    /// `chronology::cluster` over member keys.
    fn cluster(
        &self,
        groups: Vec<Vec<Vec<u8>>>,
    ) -> Result<Vec<Vec<Vec<u8>>>, Unmodelled> {
        let mut resolved: Vec<Vec<&Member>> = Vec::with_capacity(groups.len());
        for group in &groups {
            let mut members = Vec::with_capacity(group.len());
            for key in group {
                members.push(self.member(key)?);
            }
            resolved.push(members);
        }
        let roots = chronology::group_roots(&resolved);
        let mut components: BTreeMap<usize, Vec<Vec<u8>>> = BTreeMap::new();
        for (group, root) in groups.into_iter().zip(roots) {
            components.entry(root).or_default().extend(group);
        }
        Ok(components.into_values().collect())
    }

    /// `chronology::replace_events`, deferring the merge of each event.
    fn replace_events(
        &mut self,
        retired: &[(EventId, Vec<Vec<u8>>)],
        components: Vec<Vec<Vec<u8>>>,
    ) -> Result<(), Unmodelled> {
        for (id, _) in retired {
            if let Some(event) = self.events.remove(id) {
                self.unindex(&event.time_key);
                self.adjust_event_count(-1)?;
            }
        }
        let mut new_id_of_member: BTreeMap<Vec<u8>, EventId> = BTreeMap::new();
        for component in components {
            let mut first: Option<&Member> = None;
            let mut digest_parts = Vec::with_capacity(component.len());
            let (mut start, mut end) =
                (Some(Day(i32::MAX)), Some(Day(i32::MIN)));
            for key in &component {
                let member = self.member(key)?;
                if first
                    .is_none_or(|f| member.canonical_key() < f.canonical_key())
                {
                    first = Some(member);
                }
                let o = &member.observation;
                digest_parts.push((o.kind, o.status, o.actors.as_slice()));
                start = start.zip(o.when.start).map(|(a, b)| a.min(b));
                end = end.zip(o.when.end).map(|(a, b)| a.max(b));
            }
            let Some(first) = first else { continue };
            let id = event_id(first);
            let digest = EventDigest::of(digest_parts.into_iter());
            let hull = TimeSpan {
                start,
                end,
                precision: Precision::Day,
                text: String::new(),
            };
            let time_key = keys::time(&hull, &id);
            for key in &component {
                new_id_of_member.insert(key.clone(), id.clone());
                self.membership.insert(key.clone(), id.clone());
            }
            self.adjust_event_count(1)?;
            self.index(time_key.clone(), id.clone(), digest);
            let state = EventState { members: component, time_key };
            if self.events.insert(id, state).is_some() {
                return Err(Unmodelled);
            }
        }
        for (old_id, member_keys) in retired {
            if let Some(targets) = super::chronology::redirect_targets(
                old_id,
                member_keys,
                &new_id_of_member,
            ) {
                self.redirects.insert(old_id.clone(), targets);
            }
        }
        Ok(())
    }

    fn adjust_event_count(&mut self, delta: i64) -> Result<(), Unmodelled> {
        let count = self.event_count.unwrap_or(0) as i64 + delta;
        if count < 0 {
            return Err(Unmodelled);
        }
        self.event_count = Some(count as u64);
        Ok(())
    }

    fn index(&mut self, key: Vec<u8>, id: EventId, digest: EventDigest) {
        let level = time_level(&key);
        if self.time.insert(key, (id, digest)).is_none() {
            *self.level_counts.entry(level).or_insert(0) += 1;
        }
    }

    fn unindex(&mut self, key: &[u8]) {
        if self.time.remove(key).is_some()
            && let Some(count) = self.level_counts.get_mut(&time_level(key))
        {
            *count = count.saturating_sub(1);
        }
    }

    /// Every view, written once: events are merged here, one time each.
    /// Each view's entries come out in key order and the views in prefix
    /// order, so building the map sorts nothing.
    fn into_kv(self) -> Result<MemKv, Unmodelled> {
        if self.time.len() != self.events.len() {
            return Err(Unmodelled);
        }
        let Fold {
            articles,
            sketches,
            mut members,
            membership,
            events,
            time,
            level_counts,
            redirects,
            event_count,
            checkpoint,
            ..
        } = self;
        let mut views: BTreeMap<&[u8], crate::store::kv::Entries> =
            BTreeMap::new();
        let mut article_entries = Vec::with_capacity(articles.len());
        let mut member_entries = Vec::with_capacity(members.len());
        let mut membership_entries = Vec::with_capacity(membership.len());
        for (id, view) in &articles {
            article_entries.push((keys::article(id), codec::encode(view)?));
            for index in 0..view.n_observations {
                let key = keys::member(id, index);
                if let Some(member) = members.get(&key) {
                    member_entries.push((key.clone(), codec::encode(member)?));
                }
                if let Some(event) = membership.get(&key) {
                    membership_entries.push((
                        keys::membership(&key),
                        event.as_bytes().to_vec(),
                    ));
                }
            }
        }
        if member_entries.len() != members.len()
            || membership_entries.len() != membership.len()
        {
            return Err(Unmodelled);
        }
        views.insert(keys::ARTICLE, article_entries);
        views.insert(b"O", member_entries);
        views.insert(b"B", membership_entries);
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
            let levels: Vec<(u8, u64)> = level_counts
                .iter()
                .filter(|(_, count)| **count > 0)
                .map(|(level, count)| (*level, *count as u64))
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
                vec![(keys::CHECKPOINT.to_vec(), seq.to_be_bytes().to_vec())],
            );
        }
        let mut event_entries = Vec::with_capacity(events.len());
        let mut time_entries = Vec::with_capacity(events.len());
        for (id, state) in events {
            let mut component = Vec::with_capacity(state.members.len());
            for key in &state.members {
                component.push(members.remove(key).ok_or(Unmodelled)?);
            }
            let event = consolidate(&mut component).ok_or(Unmodelled)?;
            let (start, end) = (event.when.start, event.when.end);
            let stored =
                chronology::stored_event(event, &component, state.members);
            if stored.event.id != id {
                return Err(Unmodelled);
            }
            let (_, digest) = time.get(&state.time_key).ok_or(Unmodelled)?;
            let entry =
                chronology::TimeEntry { digest: digest.clone(), start, end };
            event_entries.push((keys::event(&id), codec::encode(&stored)?));
            if stored.time_key() != state.time_key {
                return Err(Unmodelled);
            }
            time_entries.push((state.time_key, codec::encode(&entry)?));
        }
        time_entries.sort_unstable();
        views.insert(keys::EVENT, event_entries);
        views.insert(keys::TIME, time_entries);
        Ok(MemKv { map: views.into_values().flatten().collect() })
    }
}

/// The level byte of a time-index key.
fn time_level(key: &[u8]) -> u8 {
    keys::level_of_time_key(key).unwrap_or(0)
}
