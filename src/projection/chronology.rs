//! The chronology view: consolidated events and their indexes, maintained
//! incrementally. Adding observations re-consolidates only the events they
//! can touch (found through the time index); removing an article
//! re-consolidates only the events it contributed to.

use super::keys;
use super::span_index::{INDEXED_MEMBERS_MIN, SpanIndex};
use super::time_index::TimeIndex;
use super::{decode_value, get_value, put_value};
use crate::consolidation::components::component_roots;
use crate::consolidation::disputes::DisputeView;
use crate::consolidation::merge::{RunningMerge, consolidate, source_of};
use crate::consolidation::{DigestProbe, EventDigest, Member, same_happening};
use crate::domain::{Day, Event, EventId, Source, TimeSpan};
use crate::extraction::fxhash::FxHashMap;
use crate::store::{Kv, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc as Rc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, PoisonError};

/// Members and events decoded while projecting a run of records into one
/// `Kv` (one `apply_all`). Most candidate events an observation loads are
/// loaded again by other articles of the same batch (they only failed to
/// match); decoding each member once per batch instead of once per look
/// saves most of the reads and decoding.
///
/// Members are named by their place in `slots` (with their digest probes,
/// computed once), events by their member slots, digest and, once large,
/// a `SpanIndex` of their members, so that comparing an observation with
/// a large event looks only at the members whose span may overlap its
/// own. A member's content changes only when its article's observations
/// are recorded again (`forget`).
///
/// Events written during the run are merged (`consolidate`) and their `E`
/// values and time-index entries written once, by `flush_pending` at the
/// end of the run, rather than each time an article changes them: within
/// the run only their member keys, hull and digest are read, and those
/// are kept here (the time-index entry is written at once with the
/// digest, and its consolidated span filled in by the flush).
#[derive(Default)]
pub struct MemberCache {
    /// `None` for a slot `trim` freed (listed in `free`).
    slots: Vec<Option<CacheSlot>>,
    free: Vec<u32>,
    by_key: FxHashMap<Vec<u8>, u32>,
    events: FxHashMap<EventId, Rc<CachedEvent>>,
    /// Events written during the run whose `E` value and time-index
    /// entry are still to be written.
    pending: BTreeMap<EventId, Rc<CachedEvent>>,
    /// The time index decoded (`load_time_index`), kept current with
    /// every time-index entry the run writes or deletes; candidates are
    /// found in it rather than by scanning the `T` view.
    time: Option<TimeIndex>,
    /// Events created less events deleted since the last flush: the
    /// event count (`N`) is written once per flush.
    event_delta: i64,
    /// How many times `trim` ran: events note the last round that used
    /// them, and `trim` keeps the most recent.
    round: u64,
}

/// How many decoded members `MemberCache::trim` keeps whatever the size
/// of their events (about a kilobyte each, with their probes).
const KEPT_MEMBERS_MAX: usize = 50_000;

/// How many decoded members `MemberCache::trim` keeps when it drops
/// small events: fewer than `KEPT_MEMBERS_MAX`, so that it drops them
/// (and sorts them by recency) once in many batches.
const KEPT_MEMBERS_AFTER_TRIM: usize = KEPT_MEMBERS_MAX * 3 / 4;

/// A member the cache decoded or was given.
struct CacheSlot {
    key: Vec<u8>,
    member: Rc<Member>,
    probe: Rc<DigestProbe>,
}

/// What projecting needs of an event: its members (slots, in the order
/// its member keys are stored), hull, digest and span index.
#[derive(Default)]
struct CachedEvent {
    /// Whether the projection holds the event (a missing one loads empty).
    exists: bool,
    members: Vec<u32>,
    hull_start: Option<Day>,
    hull_end: Option<Day>,
    digest: EventDigest,
    index: Option<SpanIndex>,
    /// The slot of its member first in canonical order (whose key gives
    /// its id), when it has members: an event joined whole passes it on
    /// with its hull, so a join does not compare every member's key.
    first: u32,
    /// Its running merge, for an event of more than
    /// `RUNNING_MERGE_MIN` members (taken over by the event that joins
    /// it whole). A mutex only so that `flush_pending` can bring it up to
    /// date on another thread: each event is merged by one thread.
    running: Mutex<Running>,
    /// The last `MemberCache::round` that loaded or wrote it.
    used: AtomicU64,
}

/// Events with more members than this are merged from a `RunningMerge`
/// they keep (the members joining since the last merge are added to it);
/// smaller ones are merged from all their members (`consolidate`). Such
/// events are large enough to stay in the cache between batches (`trim`).
const RUNNING_MERGE_MIN: usize = INDEXED_MEMBERS_MIN;

/// A large event's `RunningMerge` (`None` until its first merge, which
/// adds every member) and the slots of the members that joined it since.
#[derive(Default)]
struct Running {
    merge: Option<RunningMerge>,
    joined: Vec<u32>,
}

impl Running {
    fn take(running: &Mutex<Running>) -> Running {
        std::mem::take(
            &mut *running.lock().unwrap_or_else(PoisonError::into_inner),
        )
    }
}

impl MemberCache {
    fn slot(&self, at: u32) -> &CacheSlot {
        self.slots[at as usize].as_ref().expect("a live cache slot")
    }

    /// Decodes the time index of `kv` (the projection this cache is
    /// current with) unless it holds it already; from then on it finds
    /// candidates there and keeps it current.
    ///
    /// # Errors
    /// Reading or decoding the index failed.
    pub(crate) fn load_time_index<K: Kv + ?Sized>(
        &mut self,
        kv: &K,
    ) -> Result<(), StoreError> {
        if self.time.is_none() {
            self.time = Some(TimeIndex::load(kv)?);
        }
        Ok(())
    }

    /// Ids of the events whose hull intersects the observation's span
    /// and whose digest allows a match: from the decoded index if held,
    /// else by scanning the time index.
    fn screened_ids<K: Kv + ?Sized>(
        &self,
        kv: &K,
        observation: &crate::domain::Observation,
        probe: &DigestProbe,
    ) -> Result<BTreeSet<EventId>, StoreError> {
        match &self.time {
            Some(index) => {
                let when = &observation.when;
                Ok(index.screened(
                    when.start_or_min(),
                    when.end_or_max(),
                    probe,
                ))
            }
            None => screened_ids_between(kv, observation, probe),
        }
    }

    /// Drops what a later batch is unlikely to load again, and every
    /// member no kept event holds. While the cache holds at most
    /// `KEPT_MEMBERS_MAX` members, every event stays decoded (a batch
    /// loads most of the small events the one before it loaded: the
    /// same days and actors come back); beyond that, large events (those
    /// of more than `INDEXED_MEMBERS_MIN` members, whose loading costs
    /// their size) stay with their span indexes and running merges, and
    /// the small events used most recently stay until the members kept
    /// are `KEPT_MEMBERS_AFTER_TRIM` (so that trimming, which sorts them,
    /// happens once in many batches).
    pub(crate) fn trim(&mut self) {
        debug_assert!(self.pending.is_empty());
        self.round += 1;
        let held = self.slots.len() - self.free.len();
        self.events.retain(|_, event| event.exists);
        if held > KEPT_MEMBERS_MAX {
            self.drop_least_recent();
        }
        let mut live = vec![false; self.slots.len()];
        for event in self.events.values() {
            for &at in &event.members {
                live[at as usize] = true;
            }
        }
        for (at, slot) in self.slots.iter_mut().enumerate() {
            if live[at] {
                continue;
            }
            if let Some(gone) = slot.take() {
                if self.by_key.get(&gone.key) == Some(&(at as u32)) {
                    self.by_key.remove(&gone.key);
                }
                self.free.push(at as u32);
            }
        }
    }

    /// Drops the small events used least recently, keeping at most
    /// `KEPT_MEMBERS_AFTER_TRIM` members in events (large ones first).
    fn drop_least_recent(&mut self) {
        let large =
            |event: &CachedEvent| event.members.len() > INDEXED_MEMBERS_MIN;
        let mut budget = KEPT_MEMBERS_AFTER_TRIM.saturating_sub(
            self.events
                .values()
                .filter(|event| large(event))
                .map(|event| event.members.len())
                .sum(),
        );
        let mut small: Vec<(u64, &EventId, usize)> = self
            .events
            .iter()
            .filter(|(_, event)| !large(event))
            .map(|(id, event)| {
                (event.used.load(Relaxed), id, event.members.len())
            })
            .collect();
        small.sort_unstable_by(|a, b| b.cmp(a));
        let mut dropped = Vec::new();
        for (_, id, members) in small {
            if members <= budget {
                budget -= members;
            } else {
                budget = 0;
                dropped.push(id.clone());
            }
        }
        for id in dropped {
            self.events.remove(&id);
        }
    }

    /// Notes that `event` is used in this round (for `trim`).
    fn touch(&self, event: &CachedEvent) {
        event.used.store(self.round, Relaxed);
    }

    /// A new slot for a member stored under `key`.
    fn insert(&mut self, key: Vec<u8>, member: Member) -> u32 {
        let probe = Rc::new(DigestProbe::of(&member.observation));
        let slot = Some(CacheSlot {
            key: key.clone(),
            member: Rc::new(member),
            probe,
        });
        let at = match self.free.pop() {
            Some(at) => {
                self.slots[at as usize] = slot;
                at
            }
            None => {
                self.slots.push(slot);
                (self.slots.len() - 1) as u32
            }
        };
        self.by_key.insert(key, at);
        at
    }

    /// The slot of the member at `key` (which event `id` lists), decoded
    /// from the projection the first time.
    fn slot_for<K: Kv + ?Sized>(
        &mut self,
        kv: &K,
        key: &[u8],
        id: &str,
    ) -> Result<u32, StoreError> {
        if let Some(&at) = self.by_key.get(key) {
            return Ok(at);
        }
        let member = load_member(kv, key, id)?;
        Ok(self.insert(key.to_vec(), member))
    }

    /// The event `id`, loaded from the projection the first time.
    fn load_event<K: Kv + ?Sized>(
        &mut self,
        kv: &K,
        id: &str,
    ) -> Result<Rc<CachedEvent>, StoreError> {
        if let Some(event) = self.events.get(id) {
            self.touch(event);
            return Ok(Rc::clone(event));
        }
        let event = match get_event_head(kv, &keys::event(id))? {
            None => CachedEvent::default(),
            Some(head) => {
                let mut members = Vec::with_capacity(head.members.len());
                for key in &head.members {
                    members.push(self.slot_for(kv, key, id)?);
                }
                let digest = EventDigest::of_probes(
                    members.iter().map(|&at| &*self.slot(at).probe),
                );
                let index = self.new_index(&members);
                let first = self.first_of(&members);
                CachedEvent {
                    exists: true,
                    members,
                    hull_start: head.hull_start,
                    hull_end: head.hull_end,
                    digest,
                    index,
                    first,
                    running: Mutex::default(),
                    used: AtomicU64::new(self.round),
                }
            }
        };
        let event = Rc::new(event);
        self.events.insert(id.to_string(), Rc::clone(&event));
        Ok(event)
    }

    /// The slot of the member first in canonical order (0 for none).
    fn first_of(&self, members: &[u32]) -> u32 {
        let key = |at: &u32| self.slot(*at).member.canonical_key();
        members.iter().min_by(|a, b| key(a).cmp(&key(b))).copied().unwrap_or(0)
    }

    /// A span index of these members, if they are many enough to keep one.
    fn new_index(&self, members: &[u32]) -> Option<SpanIndex> {
        (members.len() > INDEXED_MEMBERS_MIN).then(|| {
            let mut index = SpanIndex::default();
            for &at in members {
                index.insert(&self.slot(at).member.observation.when, at);
            }
            index
        })
    }

    /// Whether a member of `event` matches `b`, whose probe is `probe`:
    /// each member screened by its own digest (a necessary condition of
    /// `same_happening`), then compared; with a span index, only members
    /// whose span may overlap `b`'s are looked at (the others fail
    /// `same_happening` on time).
    fn event_touches(
        &self,
        event: &CachedEvent,
        b: &Member,
        probe: &DigestProbe,
    ) -> bool {
        let matches = |at: u32| {
            let slot = self.slot(at);
            slot.probe.admits(probe) && same_happening(&slot.member, b)
        };
        match &event.index {
            Some(index) => {
                let mut near = Vec::new();
                index.near(&b.observation.when, &mut near);
                near.into_iter().any(matches)
            }
            None => event.members.iter().copied().any(matches),
        }
    }
}

/// Forgets the member at `key` (its record is replaced). Events written
/// so far in the run are merged and written first, with the member as it
/// was (as they would have been when written), and every event is loaded
/// again afterwards.
pub(crate) fn forget<K: Kv + ?Sized>(
    kv: &mut K,
    key: &[u8],
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    if cache.by_key.remove(key).is_some() {
        flush_pending(kv, cache)?;
        cache.events.clear();
    }
    Ok(())
}

/// Writes the `E` value and time-index entry of every event written since
/// the last flush: merged once, from its members as they are now.
///
/// # Errors
/// Encoding failed.
pub fn flush_pending<K: Kv + ?Sized>(
    kv: &mut K,
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let pending: Vec<(EventId, Rc<CachedEvent>)> =
        std::mem::take(&mut cache.pending).into_iter().collect();
    // Merging and encoding depend on the members alone: shared out
    // between threads, written here in order.
    let cache_ref = &*cache;
    let merged = crate::parallel::map(&pending, |(id, event)| {
        merge_pending(cache_ref, id, event)
    });
    for writes in merged {
        if let Some([(time_key, entry), (event_key, value)]) = writes? {
            kv.put(time_key, entry);
            kv.put(event_key, value);
        }
    }
    if cache.event_delta != 0 {
        adjust_event_count(kv, std::mem::take(&mut cache.event_delta))?;
    }
    if let Some(counts) =
        cache.time.as_mut().and_then(TimeIndex::take_changed_counts)
    {
        put_value(kv, keys::TIME_LEVELS.to_vec(), &counts)?;
    }
    Ok(())
}

/// A key and its value.
type KeyValue = (Vec<u8>, Vec<u8>);

/// The time-index entry and `E` value (keys and bytes) of a pending
/// event, merged from its members as they are now; `None` for an event
/// without members.
fn merge_pending(
    cache: &MemberCache,
    id: &str,
    event: &CachedEvent,
) -> Result<Option<[KeyValue; 2]>, StoreError> {
    if event.members.len() > RUNNING_MERGE_MIN {
        return merge_running(cache, id, event);
    }
    let mut members = Vec::with_capacity(event.members.len());
    let mut member_keys = Vec::with_capacity(event.members.len());
    for &at in &event.members {
        let slot = cache.slot(at);
        members.push(Member::clone(&slot.member));
        member_keys.push(slot.key.clone());
    }
    let Some(merged) = consolidate(&mut members) else { return Ok(None) };
    debug_assert_eq!(merged.id, id);
    let stored = stored_event(merged, members, member_keys);
    debug_assert_eq!(
        (stored.hull_start, stored.hull_end),
        (event.hull_start, event.hull_end)
    );
    let entry = TimeEntry {
        digest: event.digest.clone(),
        start: stored.event.when.start,
        end: stored.event.when.end,
    };
    let entry = crate::store::codec::encode(&entry)?;
    let value = crate::store::codec::encode(&stored)?;
    Ok(Some([(stored.time_key(), entry), (keys::event(id), value)]))
}

/// `merge_pending` for a large event: its running merge brought up to
/// date with the members that joined it (or made from every member the
/// first time), so the merge costs the joining members; the `E` value is
/// encoded with the member keys borrowed from the cache.
fn merge_running(
    cache: &MemberCache,
    id: &str,
    event: &CachedEvent,
) -> Result<Option<[KeyValue; 2]>, StoreError> {
    let mut running =
        event.running.lock().unwrap_or_else(PoisonError::into_inner);
    let running = &mut *running;
    let merge = match &mut running.merge {
        Some(merge) => {
            for at in running.joined.drain(..) {
                merge.add(Rc::clone(&cache.slot(at).member));
            }
            merge
        }
        None => {
            running.joined.clear();
            let mut merge = RunningMerge::default();
            for &at in &event.members {
                merge.add(Rc::clone(&cache.slot(at).member));
            }
            running.merge.insert(merge)
        }
    };
    assert_eq!(
        merge.len(),
        event.members.len(),
        "a running merge holds every member of event {id}"
    );
    let Some(mut merged) = merge.event_head() else { return Ok(None) };
    debug_assert_eq!(merged.id, id);
    if event.members.len() <= INLINE_SOURCES_MAX {
        merged.sources = merge.in_order().map(source_of).collect();
    }
    let disputed = merge.disputes_view();
    #[cfg(debug_assertions)]
    {
        let mut members: Vec<Member> = event
            .members
            .iter()
            .map(|&at| Member::clone(&cache.slot(at).member))
            .collect();
        let mut full = consolidate(&mut members);
        if let Some(full) = full.as_mut().filter(|_| !merged.sources.is_empty())
        {
            full.sources = members.iter().map(source_of).collect();
        }
        let mut whole = merged.clone();
        whole.disputed = disputed.iter().map(|d| d.to_dispute()).collect();
        debug_assert_eq!(Some(&whole), full.as_ref());
        debug_assert_eq!(
            hull(&merged.when, &members),
            (event.hull_start, event.hull_end)
        );
    }
    let stored = StoredEventOut {
        members: event
            .members
            .iter()
            .map(|&at| KeyBytes(&cache.slot(at).key))
            .collect(),
        hull_start: event.hull_start,
        hull_end: event.hull_end,
        event: EventOut::of(&merged, &disputed),
    };
    let entry = TimeEntry {
        digest: event.digest.clone(),
        start: merged.when.start,
        end: merged.when.end,
    };
    let entry = crate::store::codec::encode(&entry)?;
    let value = crate::store::codec::encode(&stored)?;
    let time_key = time_key_of(event.hull_start, event.hull_end, id);
    Ok(Some([(time_key, entry), (keys::event(id), value)]))
}

/// `StoredEvent`, encoded with its member keys and disputes borrowed: the
/// same fields in the same order, so the same bytes.
#[derive(Serialize)]
struct StoredEventOut<'a> {
    members: Vec<KeyBytes<'a>>,
    hull_start: Option<Day>,
    hull_end: Option<Day>,
    event: EventOut<'a>,
}

/// A key serialized as the `Vec<u8>` it is stored as: bincode writes a
/// byte sequence and a sequence of bytes alike (the length, then each
/// byte), but the first in one copy rather than one call per byte.
struct KeyBytes<'a>(&'a [u8]);

impl Serialize for KeyBytes<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

/// `Event`'s fields in its order, with the disputes borrowed.
#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    kind: crate::domain::EventKind,
    status: crate::domain::Status,
    when: &'a TimeSpan,
    actors: &'a [String],
    location: &'a Option<String>,
    summary: &'a str,
    quote: &'a Option<String>,
    sources: &'a [Source],
    disputed: &'a [DisputeView<'a>],
}

impl<'a> EventOut<'a> {
    /// `event` (whose `disputed` is left out) with these disputes.
    fn of(event: &'a Event, disputed: &'a [DisputeView<'a>]) -> Self {
        EventOut {
            id: &event.id,
            kind: event.kind,
            status: event.status,
            when: &event.when,
            actors: &event.actors,
            location: &event.location,
            summary: &event.summary,
            quote: &event.quote,
            sources: &event.sources,
            disputed,
        }
    }
}

/// Events with at most this many members keep their sources in their `E`
/// value; larger ones are stored without them.
///
/// Most events have one to three members: reading one keeps costing one
/// `E` get and one decode, as when every event kept its sources. An event
/// many articles report has its sources assembled from the member records
/// (`O`, which hold each observation with its evidence) when it is read,
/// so that rewriting it when one more article joins costs its fields and
/// member keys, not every source's evidence again. The rule depends only
/// on the number of members, so the live projection and the batch fold
/// store the same bytes.
pub(crate) const INLINE_SOURCES_MAX: usize = 16;

/// An event as the `E` view stores it: the keys of its members (in the
/// order the chronology keeps them), the hull of their spans (which gives
/// its time-index key) and its consolidated fields, with `sources` filled
/// when it has at most `INLINE_SOURCES_MAX` members and empty otherwise.
/// The member keys and hull come first, so `StoredEventHead` reads them
/// without decoding the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StoredEvent {
    /// Its member keys.
    pub(crate) members: Vec<Vec<u8>>,
    /// First day of the hull of its members' spans.
    pub(crate) hull_start: Option<Day>,
    /// Last day of the hull.
    pub(crate) hull_end: Option<Day>,
    /// The consolidated event; `sources` empty for a large event.
    pub(crate) event: Event,
}

impl StoredEvent {
    /// The event's time-index key.
    pub(crate) fn time_key(&self) -> Vec<u8> {
        time_key_of(self.hull_start, self.hull_end, &self.event.id)
    }

    /// Whether its sources are stored with it.
    fn sources_inline(&self) -> bool {
        self.members.len() <= INLINE_SOURCES_MAX
    }
}

/// `StoredEvent` read with its member keys borrowed from the value.
#[derive(Deserialize)]
struct StoredEventRef<'a> {
    #[serde(borrow)]
    members: Vec<&'a [u8]>,
    _hull_start: Option<Day>,
    _hull_end: Option<Day>,
    event: Event,
}

/// The leading fields of a `StoredEvent`: what ingest needs of an event it
/// loads or retires, read without decoding the event and its sources.
#[derive(Deserialize)]
struct StoredEventHead {
    members: Vec<Vec<u8>>,
    hull_start: Option<Day>,
    hull_end: Option<Day>,
}

/// The member keys and hull of the event at `key`, if any.
fn get_event_head<K: Kv + ?Sized>(
    kv: &K,
    key: &[u8],
) -> Result<Option<StoredEventHead>, StoreError> {
    let Some(bytes) = kv.get(key)? else { return Ok(None) };
    crate::store::codec::decode_head(&bytes).map(Some).map_err(|detail| {
        StoreError::ProjectionCorrupt {
            key: String::from_utf8_lossy(key).into_owned(),
            detail,
        }
    })
}

/// A member as the `O` view stores it: the member (observation, article
/// metadata, evidence) and the event holding it, if any. Keeping the
/// membership here rather than under a key of its own saves a store
/// operation for every observation ingested (the member is written then
/// anyway); it is rewritten only when the member's event id changes.
#[derive(Serialize)]
struct MemberRecord<'a> {
    member: &'a Member,
    event: Option<&'a str>,
}

/// `MemberRecord`, decoded.
#[derive(Deserialize)]
struct MemberRecordOwned {
    member: Member,
    event: Option<EventId>,
}

/// The `O` value of a member held by `event`.
pub(crate) fn encode_member(
    member: &Member,
    event: Option<&str>,
) -> Result<Vec<u8>, StoreError> {
    crate::store::codec::encode(&MemberRecord { member, event })
}

/// Writes a member and the event holding it.
pub(crate) fn put_member<K: Kv + ?Sized>(
    kv: &mut K,
    key: Vec<u8>,
    member: &Member,
    event: Option<&str>,
) -> Result<(), StoreError> {
    kv.put(key, encode_member(member, event)?);
    Ok(())
}

/// A member and the event holding it, from its `O` value.
fn decode_member(
    key: &[u8],
    bytes: &[u8],
) -> Result<(Member, Option<EventId>), StoreError> {
    let record: MemberRecordOwned = decode_value(key, bytes)?;
    Ok((record.member, record.event))
}

/// The time-index key of event `id` with this hull.
fn time_key_of(start: Option<Day>, end: Option<Day>, id: &str) -> Vec<u8> {
    let hull = TimeSpan {
        start,
        end,
        precision: crate::domain::Precision::Day,
        text: String::new(),
    };
    keys::time(&hull, id)
}

/// The stored form of an event `consolidate` made from `members` (sorted
/// into canonical order by it), with its member keys in chronology order:
/// its sources, in that order as `merge` lists them, kept with it when it
/// has at most `INLINE_SOURCES_MAX` members.
pub(crate) fn stored_event(
    mut event: Event,
    members: Vec<Member>,
    member_keys: Vec<Vec<u8>>,
) -> StoredEvent {
    let (hull_start, hull_end) = hull(&event.when, &members);
    if member_keys.len() <= INLINE_SOURCES_MAX {
        event.sources = members.into_iter().map(into_source).collect();
    }
    StoredEvent { members: member_keys, hull_start, hull_end, event }
}

/// The event with this id, with its sources (assembled from its members
/// when it is large).
pub fn load_event<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
) -> Result<Option<Event>, StoreError> {
    match get_value::<StoredEvent, K>(kv, &keys::event(id))? {
        None => Ok(None),
        Some(stored) => assemble(kv, stored).map(Some),
    }
}

/// The event with its sources, in canonical order as `merge` gives them:
/// as stored, or assembled from its members for a large event.
fn assemble<K: Kv + ?Sized>(
    kv: &K,
    stored: StoredEvent,
) -> Result<Event, StoreError> {
    if stored.sources_inline() {
        return Ok(stored.event);
    }
    assemble_from(kv, stored.event, &stored.members)
}

/// `event` with its sources assembled from its members.
fn assemble_from<K: Kv + ?Sized, M: AsRef<[u8]>>(
    kv: &K,
    mut event: Event,
    members: &[M],
) -> Result<Event, StoreError> {
    let mut sources = Vec::with_capacity(members.len());
    for key in members {
        sources.push(load_source(kv, key.as_ref(), &event.id)?);
    }
    sources.sort_by(|a, b| source_order(a).cmp(&source_order(b)));
    event.sources = sources.into_iter().map(|(_, source)| source).collect();
    Ok(event)
}

/// `Member::canonical_key` of a source and its member's index: article,
/// span, rule, then index.
fn source_order((index, s): &(u32, Source)) -> (&str, u32, u32, &str, u32) {
    (&s.article, s.span.start, s.span.end, &s.rule, *index)
}

/// A member record read as the source it gives: `MemberRecord`'s layout,
/// with what a source does not show borrowed rather than allocated.
#[derive(Deserialize)]
struct SourceRecord<'a> {
    #[serde(borrow)]
    member: SourceMember<'a>,
    #[serde(borrow)]
    _event: Option<&'a str>,
}

/// `Member`'s layout, for `SourceRecord`.
#[derive(Deserialize)]
struct SourceMember<'a> {
    article: String,
    index: u32,
    file: String,
    outlet: Option<String>,
    published: Option<Day>,
    evidence: String,
    #[serde(borrow)]
    observation: SourceObservation<'a>,
}

/// `Observation`'s layout, for `SourceRecord`.
#[derive(Deserialize)]
struct SourceObservation<'a> {
    kind: crate::domain::EventKind,
    status: crate::domain::Status,
    when: TimeSpan,
    actors: Vec<String>,
    location: Option<String>,
    quote: Option<String>,
    #[serde(borrow)]
    _summary: &'a str,
    span: crate::domain::ByteSpan,
    rule: String,
    #[serde(borrow)]
    _claims: Vec<(&'a str, &'a str)>,
}

/// The source the member at `key` (which event `id` lists) gives, with the
/// member's index (the last part of its canonical key): `merge::source_of`,
/// with the fields moved out of the decoded record rather than cloned
/// from a decoded member.
fn load_source<K: Kv + ?Sized>(
    kv: &K,
    key: &[u8],
    id: &str,
) -> Result<(u32, Source), StoreError> {
    let bytes = kv.get(key)?.ok_or_else(|| StoreError::ProjectionCorrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail: format!("member of event {id} is missing"),
    })?;
    let record: SourceRecord<'_> = crate::store::codec::decode_borrowed(&bytes)
        .map_err(|detail| StoreError::ProjectionCorrupt {
            key: String::from_utf8_lossy(key).into_owned(),
            detail,
        })?;
    let m = record.member;
    let o = m.observation;
    let source = Source {
        article: m.article,
        file: m.file,
        outlet: m.outlet,
        published: m.published,
        span: o.span,
        evidence: m.evidence,
        rule: o.rule,
        kind: o.kind,
        status: o.status,
        when: o.when,
        actors: o.actors,
        location: o.location,
        quote: o.quote,
    };
    Ok((m.index, source))
}

/// `merge::source_of`, taking the member rather than cloning its fields.
fn into_source(member: Member) -> Source {
    let o = member.observation;
    Source {
        article: member.article,
        file: member.file,
        outlet: member.outlet,
        published: member.published,
        span: o.span,
        evidence: member.evidence,
        rule: o.rule,
        kind: o.kind,
        status: o.status,
        when: o.when,
        actors: o.actors,
        location: o.location,
        quote: o.quote,
    }
}

/// The member at `key`, which event `id` lists.
fn load_member<K: Kv + ?Sized>(
    kv: &K,
    key: &[u8],
    id: &str,
) -> Result<Member, StoreError> {
    let bytes = kv.get(key)?.ok_or_else(|| StoreError::ProjectionCorrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail: format!("member of event {id} is missing"),
    })?;
    Ok(decode_member(key, &bytes)?.0)
}

/// Time-index entries (key, digest) of every event whose hull may
/// intersect `[from, to]`: one range scan per level that holds entries (the
/// `L` view counts them), so the cost follows the size of the answer (see
/// `keys::time_scan`).
fn time_index_rows<K: Kv + ?Sized>(
    kv: &K,
    from: Day,
    to: Day,
) -> Result<crate::store::kv::Entries, StoreError> {
    let mut rows = Vec::new();
    for (level, count) in level_counts(kv)? {
        if count == 0 {
            continue;
        }
        let (lo, hi) = keys::time_scan(level, from, to);
        rows.extend(kv.scan(&lo, &hi)?);
    }
    Ok(rows)
}

/// The time index's entries per level, for levels holding any, in level
/// order.
pub fn level_counts<K: Kv + ?Sized>(
    kv: &K,
) -> Result<Vec<(u8, u64)>, StoreError> {
    Ok(get_value(kv, keys::TIME_LEVELS)?.unwrap_or_default())
}

/// Files or removes a time-index entry, keeping the level counts.
fn adjust_level_count<K: Kv + ?Sized>(
    kv: &mut K,
    key: &[u8],
    delta: i64,
) -> Result<(), StoreError> {
    let Some(level) = keys::level_of_time_key(key) else { return Ok(()) };
    let mut counts = level_counts(kv)?;
    match counts.binary_search_by_key(&level, |(l, _)| *l) {
        Ok(at) => {
            let count = counts[at].1 as i64 + delta;
            assert!(count >= 0, "level {level} count went negative ({count})");
            if count == 0 {
                counts.remove(at);
            } else {
                counts[at].1 = count as u64;
            }
        }
        Err(at) => {
            assert!(delta > 0, "level {level} has no entries to remove");
            counts.insert(at, (level, delta as u64));
        }
    }
    put_value(kv, keys::TIME_LEVELS.to_vec(), &counts)
}

/// Mirrors the time index in memory (`Store::cache_prefix`) before
/// projecting `n_observations` new observations, when reading it whole is
/// cheaper than the range scans they need: each observation scans every
/// level holding entries (about six here), and one scan of the tree costs
/// about as much as reading a few dozen entries. Once mirrored, the index
/// stays mirrored for the life of the `Store`, so a process that ingests
/// batch after batch reads it once; one that ingests a few articles into a
/// large database does not read it at all.
///
/// # Errors
/// Reading the projection failed.
pub fn mirror_time_index(
    store: &crate::store::Store,
    n_observations: usize,
) -> Result<(), StoreError> {
    if store.cached_prefix().as_deref() == Some(keys::TIME) {
        return Ok(());
    }
    let entries: u64 =
        level_counts(&store.projection())?.iter().map(|(_, n)| n).sum();
    if entries <= 32 * n_observations as u64 {
        store.cache_prefix(keys::TIME)?;
    }
    Ok(())
}

/// Ids of every event whose hull may intersect `[from, to]`.
pub fn event_ids_between<K: Kv + ?Sized>(
    kv: &K,
    from: Day,
    to: Day,
) -> Result<BTreeSet<EventId>, StoreError> {
    let rows = time_index_rows(kv, from, to)?;
    Ok(rows
        .iter()
        .filter_map(|(key, _)| keys::event_of_time_key(key))
        .collect())
}

/// The time index's value for an event: its digest, to screen candidates
/// before loading members, and its consolidated span, to drop events
/// outside a query's window before loading them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeEntry {
    /// The digest of its members.
    pub digest: EventDigest,
    /// First day of its consolidated span (`Event::when`).
    pub start: Option<Day>,
    /// Last day of its consolidated span.
    pub end: Option<Day>,
}

impl TimeEntry {
    /// Whether the event's consolidated span intersects `[from, to]`, as
    /// `TimeSpan::intersects` says.
    pub fn intersects(&self, from: Day, to: Day) -> bool {
        let when = TimeSpan {
            start: self.start,
            end: self.end,
            precision: crate::domain::Precision::Day,
            text: String::new(),
        };
        when.intersects(from, to)
    }
}

/// Ids of the events whose hull intersects the observation's span and
/// whose digest (kept as the time-index value) allows a match: the
/// candidates `add_members` must load and compare.
fn screened_ids_between<K: Kv + ?Sized>(
    kv: &K,
    observation: &crate::domain::Observation,
    probe: &DigestProbe,
) -> Result<BTreeSet<EventId>, StoreError> {
    let when = &observation.when;
    let mut ids = BTreeSet::new();
    for (key, value) in
        time_index_rows(kv, when.start_or_min(), when.end_or_max())?
    {
        let entry: TimeEntry = decode_value(&key, &value)?;
        if entry.digest.may_match_probe(probe)
            && let Some(id) = keys::event_of_time_key(&key)
        {
            ids.insert(id);
        }
    }
    Ok(ids)
}

/// Every event whose span intersects `[from, to]`, in chronology order.
pub fn events_between<K: Kv + ?Sized>(
    kv: &K,
    from: Day,
    to: Day,
) -> Result<Vec<Event>, StoreError> {
    let mut ids = BTreeSet::new();
    for (key, value) in time_index_rows(kv, from, to)? {
        let entry: TimeEntry = decode_value(&key, &value)?;
        if entry.intersects(from, to)
            && let Some(id) = keys::event_of_time_key(&key)
        {
            ids.insert(id);
        }
    }
    let mut events = Vec::new();
    for id in ids {
        if let Some(event) = load_event_between(kv, &id, from, to)? {
            events.push(event);
        }
    }
    events.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    Ok(events)
}

/// The event with this id, with its sources, if it exists and its span
/// intersects `[from, to]`.
fn load_event_between<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
    from: Day,
    to: Day,
) -> Result<Option<Event>, StoreError> {
    let key = keys::event(id);
    let Some(bytes) = kv.get(&key)? else { return Ok(None) };
    let stored: StoredEventRef<'_> =
        crate::store::codec::decode_borrowed(&bytes).map_err(|detail| {
            StoreError::ProjectionCorrupt {
                key: String::from_utf8_lossy(&key).into_owned(),
                detail,
            }
        })?;
    if !stored.event.when.intersects(from, to) {
        return Ok(None);
    }
    Ok(Some(if stored.members.len() <= INLINE_SOURCES_MAX {
        stored.event
    } else {
        assemble_from(kv, stored.event, &stored.members)?
    }))
}

/// The ids of every event the time index files: with `event_of_entry`
/// over the `E` entries, the events `events_between` lists over all days.
///
/// # Errors
/// Reading the index failed.
pub fn indexed_event_ids<K: Kv + ?Sized>(
    kv: &K,
) -> Result<BTreeSet<EventId>, StoreError> {
    event_ids_between(kv, Day(i32::MIN), Day(i32::MAX))
}

/// An `E` entry as the event it stores, with its sources (assembled from
/// its members when it is large), as `events_between` gives it.
///
/// # Errors
/// The value does not decode, or a member is missing or corrupt.
pub fn event_of_entry<K: Kv + ?Sized>(
    kv: &K,
    key: &[u8],
    value: &[u8],
) -> Result<Event, StoreError> {
    let stored: StoredEventRef<'_> =
        crate::store::codec::decode_borrowed(value).map_err(|detail| {
            StoreError::ProjectionCorrupt {
                key: String::from_utf8_lossy(key).into_owned(),
                detail,
            }
        })?;
    if stored.members.len() <= INLINE_SOURCES_MAX {
        Ok(stored.event)
    } else {
        assemble_from(kv, stored.event, &stored.members)
    }
}

/// Visits every event, in chronology order, as `events_between` over all
/// days would list them, holding one event in memory at a time: the
/// order comes from the time index, whose entries carry each event's
/// consolidated span.
///
/// # Errors
/// Reading or decoding the projection failed, or `visit` failed.
pub fn for_each_event<K: Kv + ?Sized>(
    kv: &K,
    mut visit: impl FnMut(Event) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (first, last) = (Day(i32::MIN), Day(i32::MAX));
    let mut order = Vec::new();
    let mut seen = BTreeSet::new();
    for (key, value) in time_index_rows(kv, first, last)? {
        let entry: TimeEntry = decode_value(&key, &value)?;
        if let Some(id) = keys::event_of_time_key(&key)
            && seen.insert(id.clone())
        {
            let start = entry.start.unwrap_or(first);
            order.push((start, entry.end.unwrap_or(last), id));
        }
    }
    order.sort_unstable();
    for (_, _, id) in order {
        if let Some(event) = load_event_between(kv, &id, first, last)? {
            visit(event)?;
        }
    }
    Ok(())
}

/// Ids of the events an article contributes to: the membership of its
/// members.
pub fn event_ids_of_article<K: Kv + ?Sized>(
    kv: &K,
    article: &str,
) -> Result<BTreeSet<EventId>, StoreError> {
    let rows =
        crate::store::kv::scan_prefix(kv, &keys::member_prefix(article))?;
    let mut ids = BTreeSet::new();
    for (key, value) in rows {
        if let (_, Some(id)) = decode_member(&key, &value)? {
            ids.insert(id);
        }
    }
    Ok(ids)
}

/// One group of `group_roots`: the members of an event, or one fresh
/// member, with what the screens need of them.
pub(crate) trait MatchGroup {
    /// `EventDigest::of_probes` of its members' probes.
    fn digest(&self) -> &EventDigest;
    /// Whether some member `a` has `admits(probe)` on its own probe and
    /// `same_happening(a, b)`, for the member `b` that `probe` was made
    /// from (a group may skip members whose span cannot overlap `b`'s:
    /// `same_happening` is false for them).
    fn touches(&self, b: &Member, probe: &DigestProbe) -> bool;
    /// Whether `f` holds for some member (with its probe).
    fn any_member(
        &self,
        f: &mut dyn FnMut(&Member, &DigestProbe) -> bool,
    ) -> bool;
}

/// The component root of each group, as `group_roots_probed` gives it,
/// for groups that are `n_events` existing events (in any order) followed
/// by groups of fresh members.
///
/// Two existing events are never joined: the chronology's events are the
/// connected components of the match relation over live members, so no
/// member of one matches a member of another (comparing them, as
/// `group_roots_probed` does, costs the product of their sizes and always
/// answers no). Debug builds check it.
pub(crate) fn group_roots<G: MatchGroup>(
    groups: &[G],
    n_events: usize,
    known: &BTreeSet<(usize, usize)>,
) -> Vec<usize> {
    let joined = |i: usize, j: usize| {
        let digest = groups[i].digest();
        groups[j].any_member(&mut |b, probe| {
            digest.may_match_probe(probe) && groups[i].touches(b, probe)
        })
    };
    component_roots(groups.len(), |i, j| {
        if known.contains(&(i, j)) {
            return true;
        }
        if j < n_events {
            debug_assert!(!joined(i, j), "two events hold matching members");
            return false;
        }
        joined(i, j)
    })
}

/// Adds members (already stored under their keys) to the chronology.
pub fn add_members<K: Kv + ?Sized>(
    kv: &mut K,
    member_keys: &[Vec<u8>],
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let mut fresh = Vec::with_capacity(member_keys.len());
    for key in member_keys {
        if let Some(bytes) = kv.get(key)? {
            fresh.push((key.clone(), decode_member(key, &bytes)?.0));
        }
    }
    add_stored_members(kv, fresh, cache)
}

/// `add_members` for members just stored, given decoded with their keys
/// (so they are not read back and decoded again).
pub(crate) fn add_stored_members<K: Kv + ?Sized>(
    kv: &mut K,
    fresh: Vec<(Vec<u8>, Member)>,
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let fresh: Vec<u32> = fresh
        .into_iter()
        .map(|(key, member)| cache.insert(key, member))
        .collect();
    let mut affected: BTreeMap<EventId, Rc<CachedEvent>> = BTreeMap::new();
    // Which fresh member was found to match each affected event.
    let mut matched_by: BTreeMap<EventId, usize> = BTreeMap::new();
    for (position, &at) in fresh.iter().enumerate() {
        let slot = cache.slot(at);
        let (member, probe) = (Rc::clone(&slot.member), Rc::clone(&slot.probe));
        let when = &member.observation.when;
        if when.start.is_none() && when.end.is_none() {
            continue;
        }
        for id in cache.screened_ids(kv, &member.observation, &probe)? {
            if affected.contains_key(&id) {
                continue;
            }
            let event = cache.load_event(kv, &id)?;
            if cache.event_touches(&event, &member, &probe) {
                matched_by.insert(id.clone(), position);
                affected.insert(id, event);
            }
        }
    }
    let n_events = affected.len();
    let known = known_matches(n_events, matched_by.into_values());
    let retired: Vec<(EventId, Rc<CachedEvent>)> =
        affected.into_iter().collect();
    let mut groups: Vec<Vec<u32>> =
        retired.iter().map(|(_, event)| event.members.clone()).collect();
    groups.extend(fresh.into_iter().map(|at| vec![at]));
    let components = cluster(&groups, &retired, n_events, &known, cache);
    replace_events(kv, retired, &groups, components, n_events, cache)
}

/// Removes an article's members from the chronology.
pub fn remove_article<K: Kv + ?Sized>(
    kv: &mut K,
    article: &str,
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let prefix = keys::member_prefix(article);
    let mut retired = Vec::new();
    let mut groups = Vec::new();
    for id in event_ids_of_article(kv, article)? {
        let event = cache.load_event(kv, &id)?;
        for &at in &event.members {
            let slot = cache.slot(at);
            if slot.key.starts_with(&prefix) {
                put_member(kv, slot.key.clone(), &slot.member, None)?;
            } else {
                // Members that stay may no longer be connected: each
                // starts alone.
                groups.push(vec![at]);
            }
        }
        retired.push((id, event));
    }
    let components = cluster(&groups, &[], 0, &BTreeSet::new(), cache);
    replace_events(kv, retired, &groups, components, 0, cache)
}

/// The pairs of groups known to match when the groups are the affected
/// events (in id order, `n_events` of them) followed by the fresh members
/// one by one: each event with the position of the fresh member that
/// touched it.
pub(crate) fn known_matches(
    n_events: usize,
    matched_by: impl Iterator<Item = usize>,
) -> BTreeSet<(usize, usize)> {
    matched_by
        .enumerate()
        .map(|(event, position)| (event, n_events + position))
        .collect()
}

/// A group `group_roots` clusters, over the cache's slots.
enum CacheGroup<'a> {
    /// An existing event.
    Event { cache: &'a MemberCache, event: &'a CachedEvent },
    /// One member.
    One { cache: &'a MemberCache, at: u32, digest: EventDigest },
}

impl MatchGroup for CacheGroup<'_> {
    fn digest(&self) -> &EventDigest {
        match self {
            CacheGroup::Event { event, .. } => &event.digest,
            CacheGroup::One { digest, .. } => digest,
        }
    }

    fn touches(&self, b: &Member, probe: &DigestProbe) -> bool {
        match self {
            CacheGroup::Event { cache, event } => {
                cache.event_touches(event, b, probe)
            }
            CacheGroup::One { cache, at, .. } => {
                let slot = cache.slot(*at);
                slot.probe.admits(probe) && same_happening(&slot.member, b)
            }
        }
    }

    fn any_member(
        &self,
        f: &mut dyn FnMut(&Member, &DigestProbe) -> bool,
    ) -> bool {
        let mut visit = |at: u32| {
            let slot = self.cache().slot(at);
            f(&slot.member, &slot.probe)
        };
        match self {
            CacheGroup::Event { event, .. } => {
                event.members.iter().any(|&at| visit(at))
            }
            CacheGroup::One { at, .. } => visit(*at),
        }
    }
}

impl CacheGroup<'_> {
    fn cache(&self) -> &MemberCache {
        match self {
            CacheGroup::Event { cache, .. } | CacheGroup::One { cache, .. } => {
                cache
            }
        }
    }
}

/// Connected components of the match relation, as the groups each holds
/// (their indexes in order; components in the order of their first
/// group). Each group is already connected; the first `n_events` are the
/// existing events of `events`, the others single members.
fn cluster(
    groups: &[Vec<u32>],
    events: &[(EventId, Rc<CachedEvent>)],
    n_events: usize,
    known: &BTreeSet<(usize, usize)>,
    cache: &MemberCache,
) -> Vec<Vec<usize>> {
    let views: Vec<CacheGroup<'_>> = groups
        .iter()
        .enumerate()
        .map(|(g, group)| match events.get(g) {
            Some((_, event)) if g < n_events => {
                CacheGroup::Event { cache, event }
            }
            _ => {
                let at = group[0];
                let probe = &*cache.slot(at).probe;
                CacheGroup::One {
                    cache,
                    at,
                    digest: EventDigest::of_probes(std::iter::once(probe)),
                }
            }
        })
        .collect();
    let roots = group_roots(&views, n_events, known);
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (g, root) in roots.into_iter().enumerate() {
        components.entry(root).or_default().push(g);
    }
    components.into_values().collect()
}

/// The union of digests: the digest of all their members.
fn digest_union<'a>(
    digests: impl Iterator<Item = &'a EventDigest>,
) -> EventDigest {
    let mut union = EventDigest::default();
    for digest in digests {
        union.kinds |= digest.kinds;
        union.statuses |= digest.statuses;
        union.actors.extend_from_slice(&digest.actors);
    }
    union.actors.sort_unstable();
    union.actors.dedup();
    union
}

/// Replaces the `retired` events by the events `components` make (each
/// the groups it holds; the first `whole` groups are the members of the
/// first `whole` retired events, joined whole, so a component holding one
/// takes over its span index). The new events' members and time-index
/// entries are written now, their `E` values by `flush_pending`.
fn replace_events<K: Kv + ?Sized>(
    kv: &mut K,
    retired: Vec<(EventId, Rc<CachedEvent>)>,
    groups: &[Vec<u32>],
    components: Vec<Vec<usize>>,
    whole: usize,
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let mut built = Vec::with_capacity(components.len());
    for parts in components {
        let members: Vec<u32> =
            parts.iter().flat_map(|&g| groups[g].iter().copied()).collect();
        // The first member and hull: a whole event's are its own (kept),
        // the other groups' members are looked at one by one.
        let mut first: Option<(u32, &Member)> = None;
        let (mut start, mut end) = (Some(Day(i32::MAX)), Some(Day(i32::MIN)));
        let mut consider = |at: u32, s: Option<Day>, e: Option<Day>| {
            let member = &*cache.slot(at).member;
            if first
                .is_none_or(|(_, f)| member.canonical_key() < f.canonical_key())
            {
                first = Some((at, member));
            }
            start = start.zip(s).map(|(a, b)| a.min(b));
            end = end.zip(e).map(|(a, b)| a.max(b));
        };
        for &g in &parts {
            match retired.get(g) {
                Some((_, event))
                    if g < whole
                        && event.exists
                        && !event.members.is_empty() =>
                {
                    consider(event.first, event.hull_start, event.hull_end);
                }
                _ => {
                    for &at in &groups[g] {
                        let when = &cache.slot(at).member.observation.when;
                        consider(at, when.start, when.end);
                    }
                }
            }
        }
        let Some((first_at, first)) = first else { continue };
        let id = crate::consolidation::merge::event_id(first);
        let singles: Vec<EventDigest> = parts
            .iter()
            .filter(|&&g| g >= whole)
            .flat_map(|&g| groups[g].iter())
            .map(|&at| {
                EventDigest::of_probes(std::iter::once(&*cache.slot(at).probe))
            })
            .collect();
        let digest = digest_union(
            parts
                .iter()
                .filter(|&&g| g < whole)
                .map(|&g| &retired[g].1.digest)
                .chain(&singles),
        );
        built.push((id, parts, members, start, end, digest, first_at));
    }
    // An event that keeps its id and hull keeps its time-index key: the
    // entry is left in place (and rewritten) rather than deleted and put
    // again.
    let kept: BTreeSet<Vec<u8>> = built
        .iter()
        .map(|(id, _, _, start, end, _, _)| time_key_of(*start, *end, id))
        .collect();
    for (id, event) in &retired {
        cache.events.remove(id);
        cache.pending.remove(id);
        cache.event_delta -= i64::from(event.exists);
        delete_event(kv, id, event, &kept, cache.time.as_mut())?;
    }
    // The retired events' indexes pass to the events that hold them whole
    // (taken, not copied: the cache no longer lists the retired events).
    let mut indexes: Vec<Option<SpanIndex>> = Vec::with_capacity(whole);
    let mut runnings: Vec<Running> = Vec::with_capacity(whole);
    let mut retired_members: Vec<(EventId, Vec<u32>)> =
        Vec::with_capacity(retired.len());
    for (at, (id, event)) in retired.into_iter().enumerate() {
        let event = Rc::try_unwrap(event).unwrap_or_else(|rc| CachedEvent {
            members: rc.members.clone(),
            index: rc.index.clone(),
            running: Mutex::new(Running::take(&rc.running)),
            ..CachedEvent::default()
        });
        if at < whole {
            indexes.push(event.index);
            runnings.push(
                event
                    .running
                    .into_inner()
                    .unwrap_or_else(PoisonError::into_inner),
            );
        }
        retired_members.push((id, event.members));
    }
    // A member whose event keeps its id keeps its record: only members
    // whose event id changed (or that are new) are written, so a large
    // event that gains a source does not rewrite every member. The
    // members of a whole group all held that retired event; the others'
    // old events are looked up (only retired events that were split list
    // them).
    let split = &retired_members[whole.min(retired_members.len())..];
    let old_id_of_member: HashMap<u32, &EventId> = split
        .iter()
        .flat_map(|(id, members)| members.iter().map(move |&at| (at, id)))
        .collect();
    let mut new_id_of_member: HashMap<u32, usize> = HashMap::new();
    let mut new_id_of_group: Vec<Option<usize>> = vec![None; groups.len()];
    let mut new_ids: Vec<EventId> = Vec::with_capacity(built.len());
    for (id, parts, members, start, end, digest, first) in built {
        for &g in &parts {
            new_id_of_group[g] = Some(new_ids.len());
            let whole_id = (g < whole).then(|| &retired_members[g].0);
            if whole_id == Some(&id) {
                continue;
            }
            for &at in &groups[g] {
                let old =
                    whole_id.or_else(|| old_id_of_member.get(&at).copied());
                if old != Some(&id) {
                    let slot = cache.slot(at);
                    put_member(kv, slot.key.clone(), &slot.member, Some(&id))?;
                }
                if g >= whole && !split.is_empty() {
                    new_id_of_member.insert(at, new_ids.len());
                }
            }
        }
        let index = span_index(cache, &parts, groups, &members, &mut indexes);
        let running = running_merge(&parts, groups, &members, &mut runnings);
        let event = Rc::new(CachedEvent {
            exists: true,
            members,
            hull_start: start,
            hull_end: end,
            digest,
            index,
            first,
            running: Mutex::new(running),
            used: AtomicU64::new(cache.round),
        });
        cache.event_delta += 1;
        write_event(kv, &id, &event, cache.time.as_mut())?;
        cache.events.insert(id.clone(), Rc::clone(&event));
        cache.pending.insert(id.clone(), event);
        new_ids.push(id);
    }
    // A whole retired event went to the event holding its group; a split
    // one's members went their own ways.
    for (r, (old_id, members)) in retired_members.iter().enumerate() {
        let targets = if r < whole {
            let joined = new_id_of_group.get(r).copied().flatten();
            redirect_targets(
                old_id,
                std::iter::once(joined.map(|n| &new_ids[n])),
            )
        } else {
            redirect_targets(
                old_id,
                members
                    .iter()
                    .map(|at| new_id_of_member.get(at).map(|&n| &new_ids[n])),
            )
        };
        if let Some(targets) = targets {
            put_value(kv, keys::redirect(old_id), &targets)?;
        }
    }
    Ok(())
}

/// The span index of a new event made of `parts` (indexes into `groups`;
/// `members` all their members), if it is large enough to keep one: the
/// index of its largest whole retired event (from `indexes`, taken) with
/// the other groups' members filed into it, or a new one.
fn span_index(
    cache: &MemberCache,
    parts: &[usize],
    groups: &[Vec<u32>],
    members: &[u32],
    indexes: &mut [Option<SpanIndex>],
) -> Option<SpanIndex> {
    if members.len() <= INDEXED_MEMBERS_MIN {
        return None;
    }
    let inherited = parts
        .iter()
        .copied()
        .filter(|&g| indexes.get(g).is_some_and(Option::is_some))
        .max_by_key(|&g| (groups[g].len(), std::cmp::Reverse(g)));
    let Some(from) = inherited else { return cache.new_index(members) };
    let mut index = indexes[from].take()?;
    for &g in parts {
        if g != from {
            for &at in &groups[g] {
                index.insert(&cache.slot(at).member.observation.when, at);
            }
        }
    }
    Some(index)
}

/// The running merge of a new event made of `parts` (as `span_index`
/// takes them), if it is large enough to keep one: that of its largest
/// whole retired event that has one (from `runnings`, taken), with the
/// other groups' members listed as joined; else none yet (its first
/// merge adds every member).
fn running_merge(
    parts: &[usize],
    groups: &[Vec<u32>],
    members: &[u32],
    runnings: &mut [Running],
) -> Running {
    if members.len() <= RUNNING_MERGE_MIN {
        return Running::default();
    }
    let inherited = parts
        .iter()
        .copied()
        .filter(|&g| runnings.get(g).is_some_and(|r| r.merge.is_some()))
        .max_by_key(|&g| (groups[g].len(), std::cmp::Reverse(g)));
    let Some(from) = inherited else { return Running::default() };
    let mut running = std::mem::take(&mut runnings[from]);
    for &g in parts {
        if g != from {
            running.joined.extend_from_slice(&groups[g]);
        }
    }
    running
}

/// The smallest span covering the consolidated span `when` and every
/// member's span. The time index files events under it (not under the
/// consolidated span) so that a new observation finds every event holding
/// a member it could match.
pub(crate) fn hull(
    when: &TimeSpan,
    members: &[Member],
) -> (Option<Day>, Option<Day>) {
    let mut start = when.start;
    let mut end = when.end;
    for member in members {
        let span = &member.observation.when;
        start = match (start, span.start) {
            (Some(a), Some(b)) => Some(a.min(b)),
            _ => None,
        };
        end = match (end, span.end) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    (start, end)
}

/// Deletes an event, but not its time-index entry when its key is in
/// `kept` (an event written next files itself under the same key).
fn delete_event<K: Kv + ?Sized>(
    kv: &mut K,
    id: &str,
    event: &CachedEvent,
    kept: &BTreeSet<Vec<u8>>,
    time: Option<&mut TimeIndex>,
) -> Result<(), StoreError> {
    if !event.exists {
        return Ok(());
    }
    kv.delete(keys::event(id));
    let time_key = time_key_of(event.hull_start, event.hull_end, id);
    if kept.contains(&time_key) {
        return Ok(());
    }
    match time {
        // The level counts are written from the index by `flush_pending`.
        Some(index) => {
            index.remove(event.hull_start, event.hull_end, id);
        }
        None => {
            if kv.get(&time_key)?.is_some() {
                adjust_level_count(kv, &time_key, -1)?;
            }
        }
    }
    kv.delete(time_key);
    Ok(())
}

/// Writes an event's time-index entry with its digest (the entry's
/// consolidated span, the `E` value and the event count follow in
/// `flush_pending`; the caller writes its members).
fn write_event<K: Kv + ?Sized>(
    kv: &mut K,
    id: &str,
    event: &CachedEvent,
    time: Option<&mut TimeIndex>,
) -> Result<(), StoreError> {
    // A redirect left under `H` by an earlier retirement of this id stays:
    // `projection::redirect` ignores it while the event lives, and it is
    // overwritten if the id is retired again. Deleting it here would cost
    // a store operation for almost every event written, where such a
    // redirect almost never exists.
    let entry =
        TimeEntry { digest: event.digest.clone(), start: None, end: None };
    let time_key = time_key_of(event.hull_start, event.hull_end, id);
    match time {
        // The level counts are written from the index by `flush_pending`.
        Some(index) => {
            index.insert(event.hull_start, event.hull_end, id, &event.digest);
        }
        None => {
            if kv.get(&time_key)?.is_none() {
                adjust_level_count(kv, &time_key, 1)?;
            }
        }
    }
    kv.put(time_key, crate::store::codec::encode(&entry)?);
    Ok(())
}

/// Number of events in the chronology.
pub fn event_count<K: Kv + ?Sized>(kv: &K) -> Result<u64, StoreError> {
    Ok(get_value::<u64, K>(kv, keys::EVENT_COUNT)?.unwrap_or(0))
}

fn adjust_event_count<K: Kv + ?Sized>(
    kv: &mut K,
    delta: i64,
) -> Result<(), StoreError> {
    let count = event_count(kv)? as i64 + delta;
    assert!(count >= 0, "event count went negative ({count})");
    put_value(kv, keys::EVENT_COUNT.to_vec(), &(count as u64))
}

/// Where a retired event's members went: the sorted, distinct ids of the
/// events that hold them now (given per member, `None` for one no event
/// holds), or `None` when the old id lives on. The store and the batch
/// fold both call it, over member keys and over slots.
pub(super) fn redirect_targets<'a>(
    old_id: &EventId,
    new_ids: impl Iterator<Item = Option<&'a EventId>>,
) -> Option<Vec<EventId>> {
    let mut targets: Vec<EventId> = new_ids.flatten().cloned().collect();
    targets.sort();
    targets.dedup();
    (!targets.contains(old_id)).then_some(targets)
}

#[cfg(test)]
mod encoding_tests {
    use super::*;
    use crate::domain::{ByteSpan, EventKind, Observation, Status};

    fn member(article: &str, status: Status, place: &str) -> Member {
        let observation = Observation {
            kind: EventKind::Meeting,
            status,
            when: TimeSpan::of_days(Some(10), Some(10)),
            actors: vec!["Ann Lee".into()],
            location: Some(place.into()),
            quote: None,
            summary: "Ann Lee met".into(),
            span: ByteSpan::new(0, 3),
            rule: "meeting:met".into(),
            claims: Vec::new(),
        };
        Member::for_test(article, "met", observation)
    }

    /// A large event's `E` value encoded from its running merge (keys as
    /// bytes, disputes borrowed) has the bytes of its `StoredEvent`.
    #[test]
    fn running_encoding_equals_stored_event_encoding() {
        let members: Vec<Member> = (0..30)
            .map(|i| {
                let status = [Status::Occurred, Status::NotOccurred][i % 2];
                let place = ["Paris", "Berlin", "France"][i % 3];
                member(&format!("a-{i:02}"), status, place)
            })
            .collect();
        let keys: Vec<Vec<u8>> =
            members.iter().map(|m| keys::member(&m.article, m.index)).collect();
        let mut merge = RunningMerge::default();
        for m in &members {
            merge.add(Rc::new(m.clone()));
        }
        let head = merge.event_head().expect("an event");
        let disputed = merge.disputes_view();
        assert!(disputed.len() >= 2, "{disputed:?}");
        let out = StoredEventOut {
            members: keys.iter().map(|k| KeyBytes(k)).collect(),
            hull_start: Some(Day(10)),
            hull_end: Some(Day(10)),
            event: EventOut::of(&head, &disputed),
        };
        let event = merge.event().expect("an event");
        let stored = StoredEvent {
            members: keys.clone(),
            hull_start: Some(Day(10)),
            hull_end: Some(Day(10)),
            event,
        };
        let encode = crate::store::codec::encode::<StoredEventOut<'_>>;
        assert_eq!(
            encode(&out).expect("encodes"),
            crate::store::codec::encode(&stored).expect("encodes")
        );
    }
}
