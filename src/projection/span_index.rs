//! The members of one large event filed by their spans, so that a new
//! observation is compared only with the members whose span may overlap
//! its own.
//!
//! `same_happening` is false for two members whose spans do not overlap
//! (its first test, `time_compatible`), so the members this index hands
//! out for a span are a superset of the members that can match an
//! observation with that span: asking `same_happening` of them alone gives
//! the answer asking it of every member gives. The layout is the time
//! index's (`keys::time_slot`, `keys::time_scan_days`): a member is filed
//! under the level of its span's length and its first day, and a query
//! scans each level only as far back as a span of that level can reach.

use super::keys;
use crate::domain::{Day, TimeSpan};
use std::collections::{BTreeMap, BTreeSet};

/// Events with more members than this keep a `SpanIndex`; smaller ones
/// are scanned member by member (cheaper than the index's lookups).
pub(crate) const INDEXED_MEMBERS_MIN: usize = 24;

/// Members (named by a `u32` chosen by the caller) by level and day.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpanIndex {
    levels: BTreeMap<u8, BTreeSet<(Day, u32)>>,
}

impl SpanIndex {
    /// Files member `at`, whose span is `when`.
    pub(crate) fn insert(&mut self, when: &TimeSpan, at: u32) {
        let (level, day) = keys::time_slot(when);
        self.levels.entry(level).or_default().insert((day, at));
    }

    /// Appends to `out` every member whose span may overlap `when` (and
    /// perhaps others): each member filed at a level and day the time
    /// index would scan for `when`.
    pub(crate) fn near(&self, when: &TimeSpan, out: &mut Vec<u32>) {
        let (from, to) = (when.start_or_min(), when.end_or_max());
        for (&level, entries) in &self.levels {
            let (lo, hi) = keys::time_scan_days(level, from, to);
            if hi.is_some_and(|hi| lo > hi) {
                continue;
            }
            for &(day, at) in entries.range((lo, 0)..) {
                if hi.is_some_and(|hi| day > hi) {
                    break;
                }
                out.push(at);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: Option<i32>, end: Option<i32>) -> TimeSpan {
        TimeSpan::of_days(start, end)
    }

    #[test]
    fn near_holds_every_overlapping_span() {
        let mut spans = Vec::new();
        let bounds = [None, Some(-40), Some(-3), Some(0), Some(1), Some(5)];
        for start in bounds {
            for end in bounds {
                for shift in [0, 2, 17, 400] {
                    let s = start.map(|d| d + shift);
                    let e = end.map(|d| d + shift + 30);
                    if let (Some(a), Some(b)) = (s, e)
                        && a > b
                    {
                        continue;
                    }
                    spans.push(span(s, e));
                }
            }
        }
        let mut index = SpanIndex::default();
        for (at, when) in spans.iter().enumerate() {
            index.insert(when, at as u32);
        }
        for query in &spans {
            let mut near = Vec::new();
            index.near(query, &mut near);
            for (at, when) in spans.iter().enumerate() {
                if when.overlaps(query) {
                    assert!(near.contains(&(at as u32)), "{when:?} {query:?}");
                }
            }
        }
    }
}
