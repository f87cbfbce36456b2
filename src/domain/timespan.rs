//! `TimeSpan`: when a happening took place (valid time), with its precision.

use super::Day;
use serde::{Deserialize, Serialize};

/// How finely the text pins a time span down.
///
/// # Precision
/// A span of precision `Month` covers the whole month; its `start` and `end`
/// are the first and last day. `Day` may also cover a range of whole days
/// ("between Friday and Sunday").
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
pub enum Precision {
    /// One or more whole days.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A meteorological season (three months).
    Season,
    /// A calendar year.
    Year,
    /// A decade ("the 1990s").
    Decade,
    /// A century.
    Century,
}

impl Precision {
    /// The lowercase name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
        }
    }
}

/// An inclusive range of days; an open side is `None`.
///
/// # Semantics
/// `start..=end` is inclusive on both sides. "since 2015" has an end (the
/// publication date, when it was still true); "before the war" has no start.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeSpan {
    /// First day of the span, or `None` when the text leaves it open.
    pub start: Option<Day>,
    /// Last day of the span, or `None` when the text leaves it open.
    pub end: Option<Day>,
    /// How finely the bounds are known.
    pub precision: Precision,
    /// The expression it came from, e.g. "on Friday".
    pub text: String,
}

impl TimeSpan {
    /// A day-precision span between optional day numbers, for tests of
    /// span arithmetic.
    #[cfg(test)]
    pub(crate) fn of_days(start: Option<i32>, end: Option<i32>) -> Self {
        TimeSpan {
            start: start.map(Day),
            end: end.map(Day),
            precision: Precision::Day,
            text: String::new(),
        }
    }

    /// A single day.
    pub fn day(day: Day, text: &str) -> TimeSpan {
        TimeSpan {
            start: Some(day),
            end: Some(day),
            precision: Precision::Day,
            text: text.to_string(),
        }
    }

    /// A closed range of days with the given precision.
    pub fn range(
        start: Day,
        end: Day,
        precision: Precision,
        text: &str,
    ) -> TimeSpan {
        TimeSpan {
            start: Some(start),
            end: Some(end),
            precision,
            text: text.to_string(),
        }
    }

    /// The start with an open side mapped to the earliest representable day.
    pub fn start_or_min(&self) -> Day {
        self.start.unwrap_or(Day(i32::MIN))
    }

    /// The end with an open side mapped to the latest representable day.
    pub fn end_or_max(&self) -> Day {
        self.end.unwrap_or(Day(i32::MAX))
    }

    /// Whether the span shares at least one day with `[from, to]`.
    pub fn intersects(&self, from: Day, to: Day) -> bool {
        self.start_or_min() <= to && from <= self.end_or_max()
    }

    /// Whether two spans share at least one day.
    pub fn overlaps(&self, other: &TimeSpan) -> bool {
        self.start_or_min() <= other.end_or_max()
            && other.start_or_min() <= self.end_or_max()
    }

    /// Number of days covered, or `None` when a side is open.
    pub fn len_days(&self) -> Option<i64> {
        match (self.start, self.end) {
            (Some(start), Some(end)) => {
                Some(i64::from(end.0) - i64::from(start.0) + 1)
            }
            _ => None,
        }
    }
}

/// The level under which time indexes file a closed span of `len_days`
/// days: `ceil(log2 len_days)`, 0 for a single day (or less), so that a
/// query scans each level only `2^level` days back from its window.
pub fn length_level(len_days: i64) -> u8 {
    let len = len_days.max(1) as u64;
    (64 - (len - 1).leading_zeros()) as u8
}
