//! Calendar arithmetic and TIMEX3 value formatting over `Day`.
//!
//! Everything returns `Option` instead of panicking: dates outside
//! chrono's range simply do not resolve.

use crate::domain::Day;
use chrono::Datelike;
use std::fmt::Write;

/// An inclusive range of days.
pub(super) type Range = (Day, Day);

/// Weekday of a day, 0 = Monday. Day 1 (0001-01-01) was a Monday.
pub(super) fn weekday(day: Day) -> i32 {
    (day.0 - 1).rem_euclid(7)
}

/// Year, month and day of month.
pub(super) fn ymd(day: Day) -> Option<(i32, u32, u32)> {
    let date = day.date()?;
    Some((date.year(), date.month(), date.day()))
}

/// The first and last day of a month.
pub(super) fn month_range(year: i32, month: u32) -> Option<Range> {
    let first = Day::from_ymd(year, month, 1)?;
    let (next_year, next_month) = add_months(year, month, 1);
    let next = Day::from_ymd(next_year, next_month, 1)?;
    Some((first, next.plus(-1)))
}

/// The month `delta` months after `year`-`month`.
pub(super) fn add_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(delta);
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(year);
    let month = u32::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    (year, month)
}

/// A run of `count` consecutive months starting at `year`-`month`.
pub(super) fn months_range(year: i32, month: u32, count: i32) -> Option<Range> {
    let (first, _) = month_range(year, month)?;
    let (last_year, last_month) = add_months(year, month, count - 1);
    let (_, last) = month_range(last_year, last_month)?;
    Some((first, last))
}

/// The first and last day of a year.
pub(super) fn year_range(year: i32) -> Option<Range> {
    Some((Day::from_ymd(year, 1, 1)?, Day::from_ymd(year, 12, 31)?))
}

/// A run of whole years.
pub(super) fn years_range(first: i32, count: i32) -> Option<Range> {
    let last = first.checked_add(count - 1)?;
    Some((Day::from_ymd(first, 1, 1)?, Day::from_ymd(last, 12, 31)?))
}

/// Monday to Sunday of the ISO week containing `day`.
pub(super) fn week_range(day: Day) -> Range {
    let monday = day.plus(-weekday(day));
    (monday, monday.plus(6))
}

/// Meteorological season `season` (0 spring, 1 summer, 2 fall, 3 winter)
/// labelled `year`; winter runs from December of `year` to February.
pub(super) fn season_range(year: i32, season: u8) -> Option<Range> {
    let start_month = match season {
        0 => 3,
        1 => 6,
        2 => 9,
        _ => 12,
    };
    months_range(year, start_month, 3)
}

/// The season label (year, season) of the season containing `day`.
pub(super) fn season_of(day: Day) -> Option<(i32, u8)> {
    let (year, month, _) = ymd(day)?;
    Some(match month {
        3..=5 => (year, 0),
        6..=8 => (year, 1),
        9..=11 => (year, 2),
        12 => (year, 3),
        _ => (year - 1, 3),
    })
}

/// The TIMEX3 season code.
pub(super) fn season_code(season: u8) -> &'static str {
    match season {
        0 => "SP",
        1 => "SU",
        2 => "FA",
        _ => "WI",
    }
}

/// `YYYY-MM-DD`, as `Day`'s `Display` writes it. Years 0–9999 (all news)
/// are written digit by digit: this runs for every resolved date and the
/// formatting machinery cost more than the rest of the resolution.
pub(super) fn day_value(day: Day) -> String {
    let Some((year, month, dom)) = ymd(day) else { return day.to_string() };
    let Ok(year) = u32::try_from(year) else { return day.to_string() };
    if year > 9999 {
        return day.to_string();
    }
    let mut value = String::with_capacity(10);
    push_digits(&mut value, year, 4);
    value.push('-');
    push_digits(&mut value, month, 2);
    value.push('-');
    push_digits(&mut value, dom, 2);
    value
}

/// Appends the last `width` decimal digits of `number`, zero-padded.
fn push_digits(out: &mut String, number: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = number / 10u32.pow(place) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

/// `YYYY-MM`.
pub(super) fn month_value(year: i32, month: u32) -> String {
    let mut value = year_value(year);
    let _ = write!(value, "-{month:02}");
    value
}

/// `YYYY`, zero-padded.
pub(super) fn year_value(year: i32) -> String {
    let mut value = String::with_capacity(10);
    if year >= 0 {
        let _ = write!(value, "{year:04}");
    } else {
        let _ = write!(value, "{year}");
    }
    value
}

/// `YYYY-Www` of the ISO week containing `day`.
pub(super) fn week_value(day: Day) -> Option<String> {
    let week = day.date()?.iso_week();
    let mut value = year_value(week.year());
    let _ = write!(value, "-W{:02}", week.week());
    Some(value)
}

/// Christmas (December 25).
pub(super) const CHRISTMAS: u8 = 0;
/// US Thanksgiving (the fourth Thursday of November).
pub(super) const THANKSGIVING: u8 = 1;
/// Halloween (October 31).
pub(super) const HALLOWEEN: u8 = 2;
/// US Election Day (the Tuesday after the first Monday of November).
pub(super) const ELECTION_DAY: u8 = 3;
/// US Labor Day (the first Monday of September).
pub(super) const LABOR_DAY: u8 = 4;
/// US Memorial Day (the last Monday of May).
pub(super) const MEMORIAL_DAY: u8 = 5;
/// Christmas Eve (December 24).
pub(super) const CHRISTMAS_EVE: u8 = 6;

/// The day of `holiday` in `year`.
pub(super) fn holiday(holiday: u8, year: i32) -> Option<Day> {
    // The first `weekday` (0 = Monday) on or after day `from` of `month`.
    let first_on_or_after = |month: u32, from: u32, weekday_wanted: i32| {
        let start = Day::from_ymd(year, month, from)?;
        Some(start.plus((weekday_wanted - weekday(start)).rem_euclid(7)))
    };
    match holiday {
        CHRISTMAS => Day::from_ymd(year, 12, 25),
        CHRISTMAS_EVE => Day::from_ymd(year, 12, 24),
        HALLOWEEN => Day::from_ymd(year, 10, 31),
        THANKSGIVING => Some(first_on_or_after(11, 1, 3)?.plus(21)),
        ELECTION_DAY => Some(first_on_or_after(11, 2, 1)?),
        LABOR_DAY => first_on_or_after(9, 1, 0),
        MEMORIAL_DAY => {
            let last = Day::from_ymd(year, 5, 31)?;
            Some(last.plus(-weekday(last)))
        }
        _ => None,
    }
}
