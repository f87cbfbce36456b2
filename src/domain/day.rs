//! `Day`: one proleptic Gregorian calendar day, stored as a fixed-width integer.
//!
//! Persisting an integer rather than chrono's string form keeps records small
//! and lets keys sort numerically (see `store::keys`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar day, counted in days from 0001-01-01 (day 1).
///
/// # Ordering
/// Days order chronologically, including days before 1970 and before year 1.
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
pub struct Day(pub i32);

impl Day {
    /// The day of a chrono date.
    pub fn from_date(date: NaiveDate) -> Day {
        Day(date.num_days_from_ce())
    }

    /// The day for a year, month and day of month, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(year, month, day).map(Day::from_date)
    }

    /// The chrono date of this day, if it lies within chrono's range.
    pub fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.0)
    }

    /// Parses `YYYY-MM-DD` (four-digit year; a leading `-` for years before 1).
    pub fn parse(text: &str) -> Option<Day> {
        let text = text.trim();
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut parts = rest.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        let year = if negative { -year } else { year };
        Day::from_ymd(year, month, day)
    }

    /// The day `n` days later (or earlier, for negative `n`), saturating.
    pub fn plus(self, n: i32) -> Day {
        Day(self.0.saturating_add(n))
    }

    /// The calendar year of this day.
    pub fn year(self) -> i32 {
        self.date().map_or(0, |date| date.year())
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date() {
            Some(date) => {
                let year = date.year();
                if (0..=9999).contains(&year) {
                    write!(
                        f,
                        "{:04}-{:02}-{:02}",
                        year,
                        date.month(),
                        date.day()
                    )
                } else {
                    write!(f, "{}-{:02}-{:02}", year, date.month(), date.day())
                }
            }
            None => write!(f, "day{}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_round_trips_display() {
        for text in ["2025-08-15", "1969-07-20", "0001-01-01", "2024-02-29"] {
            let day = Day::parse(text).expect("valid date");
            assert_eq!(day.to_string(), text);
        }
    }

    #[test]
    fn parse_rejects_impossible_dates() {
        for text in ["2025-02-30", "2025-13-01", "2025-08", "x", "2025-08-15-1"]
        {
            assert_eq!(Day::parse(text), None, "{text}");
        }
    }
}
