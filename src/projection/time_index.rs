//! The time index (`T`) decoded in memory for the apply path: per level,
//! each entry's day and event id with its digest, so that finding the
//! candidate events of a new observation walks ordered maps instead of
//! scanning and decoding the `T` view once per observation and level.
//!
//! It holds exactly the entries the projection's `T` view holds, with
//! their digests: `chronology` updates it beside every `T` write it
//! makes while a `MemberCache` holds it, and it is only kept (between
//! batches, in the `Store`) under the same rule as the member cache, so
//! the candidates it gives are the ones a scan of `T` gives.

use super::chronology::TimeEntry;
use super::keys;
use super::{decode_value, get_value};
use crate::consolidation::{DigestProbe, EventDigest};
use crate::domain::{Day, EventId, TimeSpan};
use crate::store::keys::day_of_key;
use crate::store::{Kv, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

/// The entries of one level, by day and event id (the order of their
/// `T` keys).
type Level = BTreeMap<(Day, EventId), EventDigest>;

/// The `T` view decoded: each entry's level, day, event id and digest.
#[derive(Default)]
pub(crate) struct TimeIndex {
    levels: BTreeMap<u8, Level>,
    /// Whether the entry counts per level changed since `level_counts`
    /// was last written (`take_changed_counts`).
    counts_changed: bool,
}

/// A `T` key's level, day and event id.
fn parse(key: &[u8]) -> Option<(u8, Day, EventId)> {
    let level = keys::level_of_time_key(key)?;
    let day: [u8; 4] = key.get(2..6)?.try_into().ok()?;
    Some((level, day_of_key(day), keys::event_of_time_key(key)?))
}

fn corrupt(key: &[u8]) -> StoreError {
    StoreError::ProjectionCorrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail: "not a time-index key".into(),
    }
}

impl TimeIndex {
    /// Every entry of the `T` view of `kv`, decoded. The level counts
    /// (`L`) are checked against them.
    ///
    /// # Errors
    /// Reading failed, or an entry does not decode.
    pub(crate) fn load<K: Kv + ?Sized>(
        kv: &K,
    ) -> Result<TimeIndex, StoreError> {
        let mut index = TimeIndex::default();
        for (key, value) in crate::store::kv::scan_prefix(kv, keys::TIME)? {
            let entry: TimeEntry = decode_value(&key, &value)?;
            let (level, day, id) = parse(&key).ok_or_else(|| corrupt(&key))?;
            index
                .levels
                .entry(level)
                .or_default()
                .insert((day, id), entry.digest);
        }
        let stored: Vec<(u8, u64)> =
            get_value(kv, keys::TIME_LEVELS)?.unwrap_or_default();
        if stored != index.level_counts() {
            return Err(StoreError::ProjectionCorrupt {
                key: "L".into(),
                detail: "level counts differ from the time index".into(),
            });
        }
        Ok(index)
    }

    /// `(level, entries)` for every level holding entries, in level
    /// order: what the `L` view holds.
    pub(crate) fn level_counts(&self) -> Vec<(u8, u64)> {
        self.levels
            .iter()
            .filter(|(_, level)| !level.is_empty())
            .map(|(&at, level)| (at, level.len() as u64))
            .collect()
    }

    /// The level counts, if they changed since the last call.
    pub(crate) fn take_changed_counts(&mut self) -> Option<Vec<(u8, u64)>> {
        std::mem::take(&mut self.counts_changed).then(|| self.level_counts())
    }

    /// Files (or refiles) the entry of event `id` under the hull
    /// `start..=end`; returns whether it is new.
    pub(crate) fn insert(
        &mut self,
        start: Option<Day>,
        end: Option<Day>,
        id: &str,
        digest: &EventDigest,
    ) -> bool {
        let (level, day) = keys::time_slot(&hull(start, end));
        let entries = self.levels.entry(level).or_default();
        let key = (day, id.to_string());
        match entries.get_mut(&key) {
            Some(held) => {
                if held != digest {
                    held.clone_from(digest);
                }
                false
            }
            None => {
                entries.insert(key, digest.clone());
                self.counts_changed = true;
                true
            }
        }
    }

    /// Removes the entry of event `id` under the hull `start..=end`;
    /// returns whether there was one.
    pub(crate) fn remove(
        &mut self,
        start: Option<Day>,
        end: Option<Day>,
        id: &str,
    ) -> bool {
        let (level, day) = keys::time_slot(&hull(start, end));
        let Some(entries) = self.levels.get_mut(&level) else { return false };
        let removed = entries.remove(&(day, id.to_string())).is_some();
        self.counts_changed |= removed;
        removed
    }

    /// Ids of the events filed where a span intersecting `[from, to]`
    /// may be (as `keys::time_scan` scans) whose digest allows a match
    /// with `probe`.
    pub(crate) fn screened(
        &self,
        from: Day,
        to: Day,
        probe: &DigestProbe,
    ) -> BTreeSet<EventId> {
        let mut ids = BTreeSet::new();
        for (&level, entries) in &self.levels {
            let (lo, hi) = keys::time_scan_days(level, from, to);
            let upper = match hi {
                Some(Day(hi)) if hi < i32::MAX => {
                    Bound::Excluded((Day(hi + 1), String::new()))
                }
                _ => Bound::Unbounded,
            };
            let range =
                entries.range((Bound::Included((lo, String::new())), upper));
            for ((_, id), digest) in range {
                if digest.may_match_probe(probe) && !ids.contains(id) {
                    ids.insert(id.clone());
                }
            }
        }
        ids
    }
}

/// A day-precision span with this hull, for `keys::time_slot`.
fn hull(start: Option<Day>, end: Option<Day>) -> TimeSpan {
    TimeSpan {
        start,
        end,
        precision: crate::domain::Precision::Day,
        text: String::new(),
    }
}
