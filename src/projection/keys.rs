//! Key layout of the projection tree: one tree, one prefix byte per view.
//!
//! `A` article → ArticleView; `O` article+index → the member and the event
//! holding it; `E` event → its member keys, the hull of their spans and the
//! event, with its sources only when it has few members
//! (`chronology::StoredEvent`); `T` time index;
//! `H` redirects; `S` article sketches; `L` the time
//! index's level counts; `N` event count; `M` checkpoint.

use crate::domain::{Day, TimeSpan};
use crate::store::keys::day_key;
use crate::store::{Kv, StoreError, kv::scan_prefix};

/// Prefix of article views.
pub const ARTICLE: &[u8] = b"A";
/// Key of the checkpoint.
pub const CHECKPOINT: &[u8] = b"M";
/// Key of the number of events.
pub const EVENT_COUNT: &[u8] = b"N";
/// Prefix of events.
pub const EVENT: &[u8] = b"E";
/// Prefix of the time index.
pub const TIME: &[u8] = b"T";
/// Key of the time index's level counts: `(level, entries)` for every
/// level holding entries, so that scans skip empty levels.
pub const TIME_LEVELS: &[u8] = b"L";
/// Time-index level of spans with an open end (keyed by start).
pub const LEVEL_OPEN_END: u8 = 0xFD;
/// Time-index level of spans with an open start (keyed by end).
pub const LEVEL_OPEN_START: u8 = 0xFE;
/// Time-index level of spans open on both sides.
pub const LEVEL_OPEN_BOTH: u8 = 0xFF;
/// Highest level of closed spans: lengths up to 2^33 days.
pub const LEVEL_CLOSED_MAX: u8 = 33;

fn join(prefix: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    for part in parts {
        key.extend_from_slice(part);
    }
    key
}

/// The article view key.
pub fn article(id: &str) -> Vec<u8> {
    join(ARTICLE, &[id.as_bytes()])
}

/// Prefix of an article's members.
pub fn member_prefix(article: &str) -> Vec<u8> {
    join(b"O", &[article.as_bytes(), b"\0"])
}

/// A member key: article and observation index.
pub fn member(article: &str, index: u32) -> Vec<u8> {
    join(b"O", &[article.as_bytes(), b"\0", &index.to_be_bytes()])
}

/// The event key.
pub fn event(id: &str) -> Vec<u8> {
    join(EVENT, &[id.as_bytes()])
}

/// The key of an article's near-duplicate sketch.
pub fn sketch(article: &str) -> Vec<u8> {
    join(b"S", &[article.as_bytes()])
}

/// The redirect key of a retired event id.
pub fn redirect(id: &str) -> Vec<u8> {
    join(b"H", &[id.as_bytes()])
}

/// The level of a closed span of `len_days` days: the smallest `L` with
/// `len_days <= 2^L`.
pub fn level_of_len(len_days: i64) -> u8 {
    crate::domain::timespan::length_level(len_days)
}

/// The time-index key of an event's span.
pub fn time(when: &TimeSpan, event: &str) -> Vec<u8> {
    let (level, day) = time_slot(when);
    time_at(level, day, event)
}

/// The level and day under which the time index files a span: closed
/// spans by length and start, open ones by their closed side.
pub fn time_slot(when: &TimeSpan) -> (u8, Day) {
    match (when.start, when.end) {
        (Some(start), Some(end)) => {
            (level_of_len(i64::from(end.0) - i64::from(start.0) + 1), start)
        }
        (Some(start), None) => (LEVEL_OPEN_END, start),
        (None, Some(end)) => (LEVEL_OPEN_START, end),
        (None, None) => (LEVEL_OPEN_BOTH, Day(0)),
    }
}

/// The time-index key of an event filed at `level` and `day`.
pub fn time_at(level: u8, day: Day, event: &str) -> Vec<u8> {
    join(TIME, &[&[level], &day_key(day), event.as_bytes()])
}

/// The days `lo..=hi` (`None`: no upper bound) that `time_scan` covers at
/// `level`: the entries it returns are exactly those filed at `level` with
/// a day in that range.
pub fn time_scan_days(
    level: u8,
    from_day: Day,
    to_day: Day,
) -> (Day, Option<Day>) {
    match level {
        LEVEL_OPEN_END => (Day(i32::MIN), Some(to_day)),
        LEVEL_OPEN_START => (from_day, None),
        LEVEL_OPEN_BOTH => (Day(i32::MIN), None),
        _ => {
            let reach = (1i64 << level) - 1;
            let lo =
                (i64::from(from_day.0) - reach).max(i64::from(i32::MIN)) as i32;
            (Day(lo), Some(to_day))
        }
    }
}

/// The bounds `[from, to)` of the time-index scan at `level` that finds
/// every span intersecting `[from_day, to_day]`.
pub fn time_scan(level: u8, from_day: Day, to_day: Day) -> (Vec<u8>, Vec<u8>) {
    let bounds = |lo: Day, hi: Option<Day>| {
        let from = join(TIME, &[&[level], &day_key(lo)]);
        let to = match hi {
            Some(hi) => join(TIME, &[&[level], &day_key(hi), &[0xFF]]),
            None => join(TIME, &[&[level + 1]]),
        };
        (from, to)
    };
    match level {
        LEVEL_OPEN_END => bounds(Day(i32::MIN), Some(to_day)),
        LEVEL_OPEN_START => bounds(from_day, None),
        LEVEL_OPEN_BOTH => {
            (join(TIME, &[&[level]]), join(TIME, &[&[level], &[0xFF; 5]]))
        }
        _ => {
            let reach = (1i64 << level) - 1;
            let lo =
                (i64::from(from_day.0) - reach).max(i64::from(i32::MIN)) as i32;
            bounds(Day(lo), Some(to_day))
        }
    }
}

/// The level byte of a time-index key.
pub fn level_of_time_key(key: &[u8]) -> Option<u8> {
    key.get(TIME.len()).copied()
}

/// The event id at the end of a time-index key.
pub fn event_of_time_key(key: &[u8]) -> Option<String> {
    let id = key.get(1 + 1 + 4..)?;
    String::from_utf8(id.to_vec()).ok()
}

/// Every member key of an article.
pub fn member_keys_of_article<K: Kv + ?Sized>(
    kv: &K,
    article: &str,
) -> Result<Vec<Vec<u8>>, StoreError> {
    Ok(scan_prefix(kv, &member_prefix(article))?
        .into_iter()
        .map(|(k, _)| k)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_double() {
        assert_eq!(level_of_len(1), 0);
        assert_eq!(level_of_len(2), 1);
        assert_eq!(level_of_len(3), 2);
        assert_eq!(level_of_len(4), 2);
        assert_eq!(level_of_len(5), 3);
        assert_eq!(level_of_len(366), 9);
    }
}
