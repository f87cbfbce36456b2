//! The chronology view: consolidated events and their indexes, maintained
//! incrementally. Adding observations re-consolidates only the events they
//! can touch (found through the time index); removing an article
//! re-consolidates only the events it contributed to.

use super::keys;
use super::{decode_value, get_value, put_value};
use crate::consolidation::components::component_roots;
use crate::consolidation::merge::consolidate;
use crate::consolidation::{DigestProbe, EventDigest, Member, same_happening};
use crate::domain::{Day, Event, EventId, Source, TimeSpan};
use crate::store::{Kv, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// A member together with its key in the projection.
struct Node {
    key: Vec<u8>,
    member: Rc<Member>,
}

/// Members decoded while projecting a run of records into one `Kv`, by
/// key. Most candidate events an observation loads are loaded again by
/// other articles of the same batch (they only failed to match); decoding
/// each member once per batch instead of once per look saves most of the
/// reads and decoding. A member's content changes only when its article's
/// observations are recorded again, which drops those members' entries
/// (`forget`); a new event id leaves it as it was.
/// It also keeps the member keys of the events it loaded or wrote, so a
/// candidate event is not read and decoded again either.
#[derive(Default)]
pub struct MemberCache {
    members: HashMap<Vec<u8>, Rc<Member>>,
    events: HashMap<EventId, Rc<Vec<Vec<u8>>>>,
    /// The digest probe of each member compared so far, by key (a
    /// function of its observation, so it lives as long as the member).
    probes: HashMap<Vec<u8>, Rc<DigestProbe>>,
}

impl MemberCache {
    /// Forgets the member at `key` (its record is replaced).
    pub(crate) fn forget(&mut self, key: &[u8]) {
        self.members.remove(key);
        self.probes.remove(key);
    }

    /// The digest probe of `member`, stored under `key`.
    fn probe(&mut self, key: &[u8], member: &Member) -> Rc<DigestProbe> {
        if let Some(probe) = self.probes.get(key) {
            return Rc::clone(probe);
        }
        let probe = Rc::new(DigestProbe::of(&member.observation));
        self.probes.insert(key.to_vec(), Rc::clone(&probe));
        probe
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
    let fresh: Vec<Node> = fresh
        .into_iter()
        .map(|(key, member)| {
            let member = Rc::new(member);
            cache.members.insert(key.clone(), Rc::clone(&member));
            Node { key, member }
        })
        .collect();
    let mut affected: BTreeMap<EventId, Vec<Node>> = BTreeMap::new();
    // Candidates loaded for an earlier observation of these members that
    // it did not touch: a later one may, and need not load them again.
    let mut untouched: HashMap<EventId, Vec<Node>> = HashMap::new();
    // Which fresh member was found to match each affected event.
    let mut matched_by: BTreeMap<EventId, usize> = BTreeMap::new();
    for (position, node) in fresh.iter().enumerate() {
        let when = &node.member.observation.when;
        if when.start.is_none() && when.end.is_none() {
            continue;
        }
        let observation = &node.member.observation;
        let probe = cache.probe(&node.key, &node.member);
        let candidates = screened_ids_between(kv, observation, &probe)?;
        for id in candidates {
            if affected.contains_key(&id) {
                continue;
            }
            let members = match untouched.remove(&id) {
                Some(members) => members,
                None => load_members(kv, &id, cache)?,
            };
            // (Screening each member with its probe first cost more here
            // than it saved: a probe is a hash lookup by member key, and
            // most members fail `same_happening` on time or type at once.)
            let touches =
                members.iter().any(|m| same_happening(&m.member, &node.member));
            if touches {
                matched_by.insert(id.clone(), position);
                affected.insert(id, members);
            } else {
                untouched.insert(id, members);
            }
        }
    }
    let retired: Vec<(EventId, Vec<Vec<u8>>)> = affected
        .iter()
        .map(|(id, nodes)| {
            (id.clone(), nodes.iter().map(|n| n.key.clone()).collect())
        })
        .collect();
    let known = known_matches(affected.len(), matched_by.into_values());
    let mut groups: Vec<Vec<Node>> = affected.into_values().collect();
    groups.extend(fresh.into_iter().map(|node| vec![node]));
    let components = cluster(groups, &known, cache);
    replace_events(kv, &retired, components, cache)
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
        let members = load_members(kv, &id, cache)?;
        retired.push((
            id,
            members.iter().map(|n| n.key.clone()).collect::<Vec<_>>(),
        ));
        let (gone, kept): (Vec<Node>, Vec<Node>) =
            members.into_iter().partition(|n| n.key.starts_with(&prefix));
        for node in gone {
            put_member(kv, node.key, &node.member, None)?;
        }
        // Members that stay may no longer be connected: each starts alone.
        groups.extend(kept.into_iter().map(|node| vec![node]));
    }
    let components = cluster(groups, &BTreeSet::new(), cache);
    replace_events(kv, &retired, components, cache)
}

fn load_members<K: Kv + ?Sized>(
    kv: &K,
    id: &str,
    cache: &mut MemberCache,
) -> Result<Vec<Node>, StoreError> {
    let member_keys = match cache.events.get(id) {
        Some(keys) => Rc::clone(keys),
        None => {
            let keys = Rc::new(
                get_event_head(kv, &keys::event(id))?
                    .map(|head| head.members)
                    .unwrap_or_default(),
            );
            cache.events.insert(id.to_string(), Rc::clone(&keys));
            keys
        }
    };
    let mut nodes = Vec::with_capacity(member_keys.len());
    for key in member_keys.iter().cloned() {
        let member = match cache.members.get(&key) {
            Some(member) => Rc::clone(member),
            None => {
                let member = Rc::new(load_member(kv, &key, id)?);
                cache.members.insert(key.clone(), Rc::clone(&member));
                member
            }
        };
        nodes.push(Node { member, key });
    }
    Ok(nodes)
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

/// Connected components of the match relation. Each input group is already
/// connected (the members of one existing event); groups are joined when any
/// member of one matches any member of the other.
fn cluster(
    groups: Vec<Vec<Node>>,
    known: &BTreeSet<(usize, usize)>,
    cache: &mut MemberCache,
) -> Vec<Vec<Node>> {
    let members: Vec<Vec<&Member>> = groups
        .iter()
        .map(|group| group.iter().map(|node| &*node.member).collect())
        .collect();
    let probes: Vec<Vec<Rc<DigestProbe>>> = groups
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|node| cache.probe(&node.key, &node.member))
                .collect()
        })
        .collect();
    let probes: Vec<Vec<&DigestProbe>> = probes
        .iter()
        .map(|group| group.iter().map(|probe| &**probe).collect())
        .collect();
    let roots = group_roots_probed(&members, &probes, known);
    let mut components: BTreeMap<usize, Vec<Node>> = BTreeMap::new();
    for (group, root) in groups.into_iter().zip(roots) {
        components.entry(root).or_default().extend(group);
    }
    components.into_values().collect()
}

/// The component root of each group (`component_roots` over groups joined
/// when any member of one matches any member of the other). A member is
/// compared with a group only when the group's digest allows a match: a
/// necessary condition of `same_happening` against some member, so the
/// screen changes no answer, but a large event is not compared member by
/// member with every observation that cannot match it.
///
/// `known` holds pairs `(i, j)`, `i < j`, already found to match (an
/// affected event and the fresh member that touched it): they are joined
/// without comparing again, which is what a large event would cost.
///
/// `probes[g][m]` is the `DigestProbe` of `groups[g][m]` (computed once
/// per member, not once per pair of groups); each member's own probe is
/// tested before it is compared, so a large event that passed the group
/// screen is not compared with `same_happening` member by member either.
pub(crate) fn group_roots_probed(
    groups: &[Vec<&Member>],
    probes: &[Vec<&DigestProbe>],
    known: &BTreeSet<(usize, usize)>,
) -> Vec<usize> {
    let digests: Vec<EventDigest> = probes
        .iter()
        .map(|group| EventDigest::of_probes(group.iter().copied()))
        .collect();
    component_roots(groups.len(), |i, j| {
        known.contains(&(i, j))
            || groups[j].iter().zip(&probes[j]).any(|(b, probe)| {
                // The group's digest, then each member's own (a necessary
                // condition of `same_happening` against that member), so
                // that a large event is not compared member by member.
                digests[i].may_match_probe(probe)
                    && groups[i].iter().zip(&probes[i]).any(|(a, own)| {
                        own.admits(probe) && same_happening(a, b)
                    })
            })
    })
}

fn replace_events<K: Kv + ?Sized>(
    kv: &mut K,
    retired: &[(EventId, Vec<Vec<u8>>)],
    components: Vec<Vec<Node>>,
    cache: &mut MemberCache,
) -> Result<(), StoreError> {
    let mut built = Vec::with_capacity(components.len());
    for component in components {
        let member_keys: Vec<Vec<u8>> =
            component.iter().map(|n| n.key.clone()).collect();
        let mut members: Vec<Member> = component
            .into_iter()
            .map(|n| Rc::unwrap_or_clone(n.member))
            .collect();
        let Some(event) = consolidate(&mut members) else { continue };
        built.push((member_keys, members, event));
    }
    // An event that keeps its id and hull keeps its time-index key: the
    // entry is left in place (and rewritten only if it changed) rather
    // than deleted and put again.
    let kept: BTreeSet<Vec<u8>> = built
        .iter()
        .map(|(_, members, event)| {
            let (start, end) = hull(&event.when, members);
            time_key_of(start, end, &event.id)
        })
        .collect();
    for (id, _) in retired {
        cache.events.remove(id);
        delete_event(kv, id, &kept)?;
    }
    // A member whose event keeps its id keeps its record: only members
    // whose event id changed (or that are new) are written, so a large
    // event that gains a source does not rewrite every member.
    let old_id_of_member: HashMap<&[u8], &EventId> = retired
        .iter()
        .flat_map(|(id, keys)| keys.iter().map(move |k| (k.as_slice(), id)))
        .collect();
    let mut new_id_of_member: BTreeMap<Vec<u8>, EventId> = BTreeMap::new();
    for (member_keys, members, event) in built {
        for key in &member_keys {
            new_id_of_member.insert(key.clone(), event.id.clone());
        }
        for member in &members {
            let key = keys::member(&member.article, member.index);
            if old_id_of_member.get(key.as_slice()) != Some(&&event.id) {
                put_member(kv, key, member, Some(&event.id))?;
            }
        }
        cache.events.insert(event.id.clone(), Rc::new(member_keys.clone()));
        let digest = digest_of(&members);
        let stored = stored_event(event, members, member_keys);
        write_event(kv, &stored, digest)?;
    }
    for (old_id, member_keys) in retired {
        if let Some(targets) = redirect_targets(
            old_id,
            member_keys.iter().map(|k| new_id_of_member.get(k)),
        ) {
            put_value(kv, keys::redirect(old_id), &targets)?;
        }
    }
    Ok(())
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
    kept: &BTreeSet<Vec<u8>>,
) -> Result<(), StoreError> {
    let key = keys::event(id);
    let Some(head) = get_event_head(kv, &key)? else {
        return Ok(());
    };
    adjust_event_count(kv, -1)?;
    kv.delete(key);
    let time_key = time_key_of(head.hull_start, head.hull_end, id);
    if kept.contains(&time_key) {
        return Ok(());
    }
    if kv.get(&time_key)?.is_some() {
        adjust_level_count(kv, &time_key, -1)?;
    }
    kv.delete(time_key);
    Ok(())
}

/// Writes an event (its `E` value, time-index entry and counts; the
/// caller writes its members).
fn write_event<K: Kv + ?Sized>(
    kv: &mut K,
    stored: &StoredEvent,
    digest: EventDigest,
) -> Result<(), StoreError> {
    let id = &stored.event.id;
    adjust_event_count(kv, 1)?;
    // A redirect left under `H` by an earlier retirement of this id stays:
    // `projection::redirect` ignores it while the event lives, and it is
    // overwritten if the id is retired again. Deleting it here would cost
    // a store operation for almost every event written, where such a
    // redirect almost never exists.
    put_value(kv, keys::event(id), stored)?;
    let entry = TimeEntry {
        digest,
        start: stored.event.when.start,
        end: stored.event.when.end,
    };
    let time_key = stored.time_key();
    let value = crate::store::codec::encode(&entry)?;
    match kv.get(&time_key)? {
        None => adjust_level_count(kv, &time_key, 1)?,
        // The same entry: writing it again would cost a store operation.
        Some(old) if old == value => return Ok(()),
        Some(_) => {}
    }
    kv.put(time_key, value);
    Ok(())
}

/// The digest of an event's members.
pub(crate) fn digest_of(members: &[Member]) -> EventDigest {
    EventDigest::of(members.iter().map(|m| {
        let o = &m.observation;
        (o.kind, o.status, o.actors.as_slice())
    }))
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
