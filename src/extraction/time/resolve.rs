//! Resolution: turns a parsed expression into a TIMEX3 value and a span of
//! days, using the publication date, the narrative anchor and the tense.
//!
//! Nothing here reads text; it only does calendar arithmetic. An expression
//! that names no real day (February 30) resolves to `None` and is dropped.

use super::TimexType;
use super::calendar::{self, Range};
use super::grammar::{Amount, Expr, RefPoint, Rel, YearRef};
use super::tense::{LazyClause, Tense};
use super::token::Unit;
use crate::domain::{Day, Precision};
use std::fmt::Write;

/// What resolution needs besides the expression.
pub(super) struct Context<'t> {
    pub published: Option<Day>,
    /// The most recent day-precision date before the expression.
    pub anchor: Option<Day>,
    /// The most recent dated period of any grain, when it is near enough
    /// to anchor "a year earlier", "the previous month" or "that year".
    pub period: Option<Period>,
    /// The first quarter the story named: the one "the quarter" means.
    pub first_quarter: Option<Period>,
    /// A year the sentence named before the expression ("In 2019, prices
    /// rose above Rs 100 by December"): a bare month or month and day
    /// after it is in that year.
    pub sentence_year: Option<i32>,
    /// The expression's clause, read only by the rules that need a tense.
    pub clause: LazyClause<'t>,
}

/// A dated mention as an anchor: its first day and its grain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Period {
    pub start: Day,
    pub grain: Grain,
}

/// The grain of a DATE value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Grain {
    /// The grain of a TIMEX3 DATE value ("2025", "2025-Q3", "2025-08",
    /// "2025-W33", "2025-08-15"); `None` for any other value.
    pub(super) fn of_value(value: &str) -> Option<Grain> {
        let bytes = value.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes.get(range).is_some_and(|b| b.iter().all(u8::is_ascii_digit))
        };
        if !digits(0..4) {
            return None;
        }
        match (bytes.len(), bytes.get(4), bytes.get(5)) {
            (4, _, _) => Some(Grain::Year),
            (7, Some(b'-'), Some(b'Q')) if digits(6..7) => Some(Grain::Quarter),
            (7, Some(b'-'), _) if digits(5..7) => Some(Grain::Month),
            (8, Some(b'-'), Some(b'W')) if digits(6..8) => Some(Grain::Week),
            (10, Some(b'-'), _) if digits(5..7) && digits(8..10) => {
                Some(Grain::Day)
            }
            _ => None,
        }
    }
}

/// A resolved span of days; a side may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub start: Option<Day>,
    pub end: Option<Day>,
    pub precision: Precision,
}

impl Window {
    fn closed(range: Range, precision: Precision) -> Window {
        Window { start: Some(range.0), end: Some(range.1), precision }
    }
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Resolved {
    pub timex_type: TimexType,
    pub value: String,
    pub when: Option<Window>,
}

impl Resolved {
    fn date(value: String, range: Range, precision: Precision) -> Resolved {
        Resolved {
            timex_type: TimexType::Date,
            value,
            when: Some(Window::closed(range, precision)),
        }
    }

    fn unknown(timex_type: TimexType, value: &str) -> Resolved {
        Resolved { timex_type, value: value.to_string(), when: None }
    }
}

/// Which occurrence of a recurring period to take.
#[derive(Clone, Copy, Debug)]
enum Pick {
    /// The latest one that ended before the publication date.
    Last,
    /// The earliest one that starts after the publication date.
    Next,
    /// The latest one starting no later than `grace` days after it.
    Past(i32),
    /// The earliest one ending no earlier than `grace` days before it.
    Future(i32),
    /// The one containing the publication date, else the nearest.
    Nearest,
    /// The one containing the publication date, else the middle candidate
    /// (the publication year's).
    Current,
}

/// Resolves one expression; `None` when it names no real day.
pub(super) fn resolve(expr: &Expr, context: &Context<'_>) -> Option<Resolved> {
    let published = context.published;
    match *expr {
        Expr::Date { year, month, day, last_day } => {
            explicit_days(year, month, day, last_day)
        }
        Expr::MonthDay { month, day, last_day } => {
            month_day(month, day, last_day, context)
        }
        Expr::MonthYear { year, month } => month_of(year, month),
        Expr::MonthOfYearOffset { offset, month } => {
            month_of(published?.year() + offset, month)
        }
        Expr::Month { month, rel } => month_rel(month, rel, context),
        Expr::Year(year) => year_of(year, calendar::year_value(year)),
        Expr::FiscalYear(year) => year_of(year, format!("FY{year:04}")),
        Expr::Decade(decade) => decade_of(decade),
        Expr::Century(century) => century_of(century),
        Expr::Quarter { quarter, months, year, rel } => {
            quarter_of(quarter, months, year, rel, context)
        }
        Expr::Weekday { weekday, rel } => weekday_of(weekday, rel, context),
        Expr::DayOffset(offset) => Some(day_offset(offset, published)),
        Expr::UnitOffset { unit, offset } => {
            Some(shifted(unit, 1, offset, published))
        }
        Expr::Season { season, rel, year } => {
            season_of(season, rel, year, context)
        }
        Expr::Weekend(rel) => Some(weekend(rel, context)),
        Expr::Ago { unit, amount, sign } => Some(match amount {
            Amount::Vague => Resolved::unknown(TimexType::Date, "PAST_REF"),
            Amount::Tenths(tenths) => {
                shifted(unit, whole(tenths), sign, published)
            }
        }),
        Expr::Anchored { unit, amount, sign, point, only_period } => {
            let count = match amount {
                Amount::Tenths(0) => 0,
                Amount::Tenths(tenths) => whole(tenths),
                Amount::Vague => 1,
            };
            let steps = count.saturating_mul(sign);
            // "the quarter" is the one the story is about: the first it
            // named.
            let period = if only_period && unit == Unit::Quarter {
                context.first_quarter
            } else {
                context.period
            };
            if let Some(resolved) = period
                .and_then(|period| from_period(period, unit, steps, point))
            {
                return Some(resolved);
            }
            if only_period {
                return None;
            }
            let base = context.anchor.or(published);
            // "two weeks later" after a day is a day.
            if point
                && unit == Unit::Week
                && let Some(base) = base
            {
                return Some(single_day(base.plus(steps.saturating_mul(7))));
            }
            Some(shifted(unit, count, sign, base))
        }
        Expr::Holiday(holiday) => holiday_of(holiday, context),
        Expr::DayOfMonth(day) => day_of_month(day, context),
        Expr::MonthOfAnchor(month) => {
            let base = context.period.map(|period| period.start);
            month_of(base.or(context.anchor)?.year(), month)
        }
        Expr::AnchoredWeekday { weekday, sign } => {
            Some(anchored_weekday(weekday, sign, context))
        }
        Expr::Ref(point) => Some(reference(point, published)),
        Expr::Duration { unit, amount } => Some(Resolved::unknown(
            TimexType::Duration,
            &duration_value(unit, amount),
        )),
        Expr::Set { unit, every } => Some(Resolved::unknown(
            TimexType::Set,
            &duration_value(unit, Amount::Tenths(every.saturating_mul(10))),
        )),
        Expr::SetWeekday(weekday) => Some(Resolved::unknown(
            TimexType::Set,
            &format!("XXXX-WXX-{}", weekday + 1),
        )),
        Expr::Clock { hour, minute } => Some(Resolved::unknown(
            TimexType::Time,
            &format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
        )),
    }
}

/// Whole units of an amount in tenths, at least one.
fn whole(tenths: u32) -> i32 {
    i32::try_from(tenths / 10).unwrap_or(i32::MAX).max(1)
}

fn explicit_days(
    year: i32,
    month: u32,
    day: u32,
    last_day: u32,
) -> Option<Resolved> {
    let first = Day::from_ymd(year, month, day)?;
    let last = Day::from_ymd(year, month, last_day).unwrap_or(first);
    Some(Resolved::date(
        calendar::day_value(first),
        (first, last.max(first)),
        Precision::Day,
    ))
}

/// The pick for a recurring period given its determiner and the tense.
fn pick_for(
    rel: Rel,
    clause: &LazyClause<'_>,
    grace: i32,
    unknown: Pick,
) -> Pick {
    match rel {
        Rel::Last => Pick::Last,
        Rel::Next => Pick::Next,
        Rel::This => Pick::Current,
        Rel::Bare => match clause.get().tense {
            Tense::Past => Pick::Past(grace),
            Tense::Future => Pick::Future(grace),
            Tense::Present | Tense::Unknown => unknown,
        },
    }
}

/// Chooses among candidates listed oldest first, the middle one being in
/// the publication year.
fn choose(candidates: &[Range], published: Day, pick: Pick) -> Option<Range> {
    let mut iter = candidates.iter().copied();
    let chosen = match pick {
        Pick::Last => iter.rfind(|range| range.1 < published),
        Pick::Next => iter.find(|range| range.0 > published),
        Pick::Past(grace) => {
            iter.rfind(|range| range.0 <= published.plus(grace))
        }
        Pick::Future(grace) => {
            iter.find(|range| range.1 >= published.plus(-grace))
        }
        Pick::Current => iter
            .find(|range| range.0 <= published && published <= range.1)
            .or_else(|| candidates.get(candidates.len() / 2).copied()),
        Pick::Nearest => None,
    };
    chosen.or_else(|| nearest(candidates, published))
}

fn nearest(candidates: &[Range], published: Day) -> Option<Range> {
    candidates.iter().copied().min_by_key(|range| {
        if published < range.0 {
            i64::from(range.0.0) - i64::from(published.0)
        } else if published > range.1 {
            i64::from(published.0) - i64::from(range.1.0)
        } else {
            0
        }
    })
}

/// Candidate ranges for the years around the publication year.
fn around<F>(published: Day, make: F) -> Vec<Range>
where
    F: Fn(i32) -> Option<Range>,
{
    let year = published.year();
    (year - 1..=year + 1).filter_map(make).collect()
}

fn month_day(
    month: u32,
    day: u32,
    last_day: u32,
    context: &Context<'_>,
) -> Option<Resolved> {
    let Some(published) = context.published else {
        Day::from_ymd(2000, month, day)?;
        let value = format!("XXXX-{month:02}-{day:02}");
        return Some(Resolved::unknown(TimexType::Date, &value));
    };
    if let Some(year) = context.sentence_year {
        return explicit_days(year, month, day, last_day);
    }
    let candidates = around(published, |year| {
        let first = Day::from_ymd(year, month, day)?;
        let last = Day::from_ymd(year, month, last_day).unwrap_or(first);
        Some((first, last.max(first)))
    });
    // A past tense allows a date up to two weeks ahead ("a strike has
    // been called for March 8"), a future one a date two weeks back
    // ("should Moscow refuse to end the war by August 8").
    let pick = if context.clause.scheduled() {
        Pick::Nearest
    } else {
        pick_for(Rel::Bare, &context.clause, 14, Pick::Nearest)
    };
    let range = choose(&candidates, published, pick)?;
    Some(Resolved::date(calendar::day_value(range.0), range, Precision::Day))
}

/// A holiday: the one nearest publication, whatever the tense ("Turkey
/// prices rose ahead of Thanksgiving" in early November is this year's),
/// or the one in the year the sentence wrote out.
fn holiday_of(holiday: u8, context: &Context<'_>) -> Option<Resolved> {
    let day = match (context.sentence_year, context.published) {
        (Some(year), _) => calendar::holiday(holiday, year)?,
        (None, Some(published)) => {
            let candidates = around(published, |year| {
                let day = calendar::holiday(holiday, year)?;
                Some((day, day))
            });
            nearest(&candidates, published)?.0
        }
        (None, None) => return None,
    };
    Some(single_day(day))
}

/// "on the 12th": that day of the month before, of the publication month
/// or of the month after, as the tense points ("talks on the 12th broke
/// up", "the alert runs until the 5th"), else the nearest.
fn day_of_month(day: u32, context: &Context<'_>) -> Option<Resolved> {
    let published = context.published?;
    let (year, month, _) = calendar::ymd(published)?;
    let candidates: Vec<Range> = [-1, 0, 1]
        .iter()
        .filter_map(|&step| {
            let (year, month) = calendar::add_months(year, month, step);
            let day = Day::from_ymd(year, month, day)?;
            Some((day, day))
        })
        .collect();
    let pick = pick_for(Rel::Bare, &context.clause, 0, Pick::Nearest);
    Some(single_day(choose(&candidates, published, pick)?.0))
}

fn month_of(year: i32, month: u32) -> Option<Resolved> {
    let range = calendar::month_range(year, month)?;
    Some(Resolved::date(
        calendar::month_value(year, month),
        range,
        Precision::Month,
    ))
}

fn month_rel(month: u32, rel: Rel, context: &Context<'_>) -> Option<Resolved> {
    let Some(published) = context.published else {
        let value = format!("XXXX-{month:02}");
        return Some(Resolved::unknown(TimexType::Date, &value));
    };
    if rel == Rel::Bare
        && let Some(year) = context.sentence_year
    {
        return month_of(year, month);
    }
    let candidates =
        around(published, |year| calendar::month_range(year, month));
    let pick = pick_for(rel, &context.clause, 0, Pick::Nearest);
    let range = choose(&candidates, published, pick)?;
    month_of(range.0.year(), month)
}

fn year_of(year: i32, value: String) -> Option<Resolved> {
    let range = calendar::year_range(year)?;
    Some(Resolved::date(value, range, Precision::Year))
}

fn decade_of(decade: i32) -> Option<Resolved> {
    let range = calendar::years_range(decade.checked_mul(10)?, 10)?;
    Some(Resolved::date(format!("{decade:03}"), range, Precision::Decade))
}

fn century_of(century: i32) -> Option<Resolved> {
    let range = calendar::years_range(century.checked_mul(100)?, 100)?;
    Some(Resolved::date(format!("{century:02}"), range, Precision::Century))
}

/// Part `quarter` (1-based) of a year cut into parts of `months` months.
fn quarter_range(year: i32, quarter: u32, months: u32) -> Option<Range> {
    let count = i32::try_from(months).ok()?;
    calendar::months_range(year, (quarter - 1) * months + 1, count)
}

/// `YYYY-Qn` for quarters, `YYYY-Hn` for halves.
fn quarter_value(year: i32, quarter: u32, months: u32) -> String {
    let mut value = calendar::year_value(year);
    let letter = if months == 6 { 'H' } else { 'Q' };
    let _ = write!(value, "-{letter}{quarter}");
    value
}

fn quarter_of(
    quarter: u32,
    months: u32,
    year: YearRef,
    rel: Rel,
    context: &Context<'_>,
) -> Option<Resolved> {
    let explicit = match (year, context.published) {
        (YearRef::Explicit(year), _) => Some(year),
        (YearRef::Offset(offset), Some(published)) => {
            Some(published.year() + offset)
        }
        _ => None,
    };
    let year = match (explicit, context.published) {
        (Some(year), _) => year,
        (None, Some(published)) => {
            let candidates =
                around(published, |year| quarter_range(year, quarter, months));
            let pick = pick_for(rel, &context.clause, 0, Pick::Past(0));
            choose(&candidates, published, pick)?.0.year()
        }
        (None, None) => {
            let mut value = quarter_value(0, quarter, months);
            value.replace_range(..4, "XXXX");
            return Some(Resolved::unknown(TimexType::Date, &value));
        }
    };
    let range = quarter_range(year, quarter, months)?;
    let value = quarter_value(year, quarter, months);
    Some(Resolved::date(value, range, Precision::Month))
}

/// A weekday resolved against the publication date.
///
/// # Tense
/// In news a bare weekday is a past day or the publication day itself; it
/// points forward only with a future cue in its clause, and a weekday equal
/// to the publication weekday moves a week ahead only after "next".
fn weekday_of(
    weekday: i32,
    rel: Rel,
    context: &Context<'_>,
) -> Option<Resolved> {
    let Some(published) = context.published else {
        let value = format!("XXXX-WXX-{}", weekday + 1);
        return Some(Resolved::unknown(TimexType::Date, &value));
    };
    let today = calendar::weekday(published);
    let back = (today - weekday).rem_euclid(7);
    let ahead = (weekday - today).rem_euclid(7);
    let day = match rel {
        Rel::Last => published.plus(-if back == 0 { 7 } else { back }),
        Rel::Next => published.plus(if ahead == 0 { 7 } else { ahead }),
        Rel::This => published.plus(weekday - today),
        Rel::Bare => match context.clause.get().tense {
            Tense::Future if ahead == 0 && context.clause.get().says_next => {
                published.plus(7)
            }
            Tense::Future => published.plus(ahead),
            _ => published.plus(-back),
        },
    };
    Some(single_day(day))
}

fn anchored_weekday(
    weekday: i32,
    sign: i32,
    context: &Context<'_>,
) -> Resolved {
    let Some(anchor) = context.anchor.or(context.published) else {
        let value = format!("XXXX-WXX-{}", weekday + 1);
        return Resolved::unknown(TimexType::Date, &value);
    };
    let today = calendar::weekday(anchor);
    let day = if sign > 0 {
        let ahead = (weekday - today).rem_euclid(7);
        anchor.plus(if ahead == 0 { 7 } else { ahead })
    } else {
        let back = (today - weekday).rem_euclid(7);
        anchor.plus(-if back == 0 { 7 } else { back })
    };
    single_day(day)
}

fn day_offset(offset: i32, published: Option<Day>) -> Resolved {
    match published {
        Some(published) => {
            let day = published.plus(offset);
            single_day(day)
        }
        None => Resolved::unknown(TimexType::Date, "XXXX-XX-XX"),
    }
}

/// `base` moved by `count` units in direction `sign`, valued at the unit's
/// granularity ("two weeks ago" is an ISO week).
fn shifted(unit: Unit, count: i32, sign: i32, base: Option<Day>) -> Resolved {
    let Some(base) = base else {
        return Resolved::unknown(TimexType::Date, unknown_value(unit));
    };
    let steps = count.saturating_mul(sign);
    shifted_from(unit, steps, base).unwrap_or_else(|| {
        Resolved::unknown(TimexType::Date, unknown_value(unit))
    })
}

/// `steps` units from the period the story last dated, at that period's
/// grain: "a year earlier" after "the second quarter of 2001" is the
/// second quarter of 2000, "the previous month" after "July" is June.
/// `None` when the unit is finer than the period ("two days later" after
/// "2019") or the period is a day (the day anchor handles it).
/// The adjacent calendar period ("the previous year" after "July 2019")
/// is taken at the unit's grain instead, when it is not finer than the
/// period's.
fn from_period(
    period: Period,
    unit: Unit,
    steps: i32,
    point: bool,
) -> Option<Resolved> {
    let (year, month, _) = calendar::ymd(period.start)?;
    if !point && period.grain != Grain::Day {
        let coarse_enough = match unit {
            Unit::Year | Unit::Decade | Unit::Century => true,
            Unit::Quarter => period.grain != Grain::Year,
            Unit::Month => matches!(period.grain, Grain::Month | Grain::Week),
            Unit::Week => period.grain == Grain::Week,
            _ => false,
        };
        return if coarse_enough {
            shifted_from(unit, steps, period.start)
        } else {
            None
        };
    }
    let months = |n: i32| steps.checked_mul(n);
    match (period.grain, unit) {
        (Grain::Day, _) => None,
        (Grain::Week, Unit::Week) => {
            let day = period.start.plus(steps.checked_mul(7)?);
            let value = calendar::week_value(day)?;
            Some(Resolved::date(
                value,
                calendar::week_range(day),
                Precision::Week,
            ))
        }
        (Grain::Month, Unit::Month | Unit::Year) => {
            let by = if unit == Unit::Year { months(12)? } else { steps };
            let (year, month) = calendar::add_months(year, month, by);
            month_of(year, month)
        }
        (Grain::Quarter, Unit::Quarter | Unit::Year) => {
            let by = if unit == Unit::Year { months(12)? } else { months(3)? };
            let (year, month) = calendar::add_months(year, month, by);
            quarter_holding(year, month)
        }
        (Grain::Year, Unit::Year) => {
            let year = year.checked_add(steps)?;
            year_of(year, calendar::year_value(year))
        }
        (_, Unit::Decade) => {
            decade_of(year.checked_add(steps.checked_mul(10)?)?.div_euclid(10))
        }
        _ => None,
    }
}

/// The quarter that holds `month` of `year`.
fn quarter_holding(year: i32, month: u32) -> Option<Resolved> {
    let quarter = (month - 1) / 3 + 1;
    let range = quarter_range(year, quarter, 3)?;
    Some(Resolved::date(
        quarter_value(year, quarter, 3),
        range,
        Precision::Month,
    ))
}

/// One day, at day precision.
fn single_day(day: Day) -> Resolved {
    Resolved::date(calendar::day_value(day), (day, day), Precision::Day)
}

fn shifted_from(unit: Unit, steps: i32, base: Day) -> Option<Resolved> {
    let (year, month, _) = calendar::ymd(base)?;
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { steps } else { 0 };
            Some(single_day(base.plus(days)))
        }
        Unit::Week => {
            let day = base.plus(steps.saturating_mul(7));
            let value = calendar::week_value(day)?;
            Some(Resolved::date(
                value,
                calendar::week_range(day),
                Precision::Week,
            ))
        }
        Unit::Month => {
            let (year, month) = calendar::add_months(year, month, steps);
            month_of(year, month)
        }
        Unit::Quarter => {
            let quarter_start = month - (month - 1) % 3;
            let (year, month) = calendar::add_months(
                year,
                quarter_start,
                steps.saturating_mul(3),
            );
            quarter_holding(year, month)
        }
        Unit::Year => {
            let year = year.checked_add(steps)?;
            year_of(year, calendar::year_value(year))
        }
        Unit::Decade => {
            decade_of(year.checked_add(steps.checked_mul(10)?)?.div_euclid(10))
        }
        Unit::Century => century_of(
            year.checked_add(steps.checked_mul(100)?)?.div_euclid(100),
        ),
    }
}

fn unknown_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

fn season_of(
    season: u8,
    rel: Rel,
    year: Option<i32>,
    context: &Context<'_>,
) -> Option<Resolved> {
    let code = calendar::season_code(season);
    let label = match (year, context.published) {
        (Some(year), _) => year,
        (None, Some(published)) => {
            let candidates =
                around(published, |year| calendar::season_range(year, season));
            let pick = pick_for(rel, &context.clause, 0, Pick::Current);
            let range = choose(&candidates, published, pick)?;
            calendar::season_of(range.0)?.0
        }
        (None, None) => {
            let value = format!("XXXX-{code}");
            return Some(Resolved::unknown(TimexType::Date, &value));
        }
    };
    let range = calendar::season_range(label, season)?;
    let mut value = calendar::year_value(label);
    value.push('-');
    value.push_str(code);
    Some(Resolved::date(value, range, Precision::Season))
}

fn weekend(rel: Rel, context: &Context<'_>) -> Resolved {
    let Some(published) = context.published else {
        return Resolved::unknown(TimexType::Date, "XXXX-WXX-WE");
    };
    let today = calendar::weekday(published);
    let this_saturday = published.plus(5 - today);
    let previous_saturday = this_saturday.plus(-7);
    let saturday = match rel {
        Rel::Last => previous_saturday,
        Rel::This => this_saturday,
        Rel::Next if today <= 4 => this_saturday,
        Rel::Next => this_saturday.plus(7),
        Rel::Bare => match context.clause.get().tense {
            Tense::Future => this_saturday,
            _ if today >= 5 => this_saturday,
            _ => previous_saturday,
        },
    };
    let mut value = calendar::week_value(saturday)
        .unwrap_or_else(|| "XXXX-WXX".to_string());
    value.push_str("-WE");
    Resolved::date(value, (saturday, saturday.plus(1)), Precision::Day)
}

fn reference(point: RefPoint, published: Option<Day>) -> Resolved {
    match point {
        RefPoint::Past => Resolved::unknown(TimexType::Date, "PAST_REF"),
        RefPoint::Future => Resolved::unknown(TimexType::Date, "FUTURE_REF"),
        RefPoint::Present => {
            let mut resolved =
                Resolved::unknown(TimexType::Date, "PRESENT_REF");
            resolved.when =
                published.map(|day| Window::closed((day, day), Precision::Day));
            resolved
        }
    }
}

/// The TIMEX3 duration value, e.g. `P3Y`, `PT2.5H`, `PXD`.
pub(super) fn duration_value(unit: Unit, amount: Amount) -> String {
    if amount == Amount::Tenths(5) {
        match unit {
            Unit::Hour => return "PT30M".to_string(),
            Unit::Day => return "PT12H".to_string(),
            Unit::Year => return "P6M".to_string(),
            _ => {}
        }
    }
    let (prefix, suffix) = match unit {
        Unit::Second => ("PT", "S"),
        Unit::Minute => ("PT", "M"),
        Unit::Hour => ("PT", "H"),
        Unit::Day => ("P", "D"),
        Unit::Week => ("P", "W"),
        Unit::Month => ("P", "M"),
        Unit::Quarter => ("P", "Q"),
        Unit::Year => ("P", "Y"),
        Unit::Decade => ("P", "DE"),
        Unit::Century => ("P", "CE"),
    };
    let mut value = String::with_capacity(8);
    value.push_str(prefix);
    match amount {
        Amount::Vague => value.push('X'),
        Amount::Tenths(tenths) if tenths % 10 == 0 => {
            let _ = write!(value, "{}", tenths / 10);
        }
        Amount::Tenths(tenths) => {
            let _ = write!(value, "{}.{}", tenths / 10, tenths % 10);
        }
    }
    value.push_str(suffix);
    value
}
