//! Grammar of English time expressions over tokens: finds where an
//! expression starts and ends and what it says, without resolving it.
//!
//! Each rule looks at a bounded number of tokens after its start, so a scan
//! of the whole text is linear. Rules never index slices directly; every
//! token access goes through `Grammar::token`, which returns `Option`.

use super::calendar;
use super::token::{DayPart, Kind, Kw, Lex, Token, Unit};

/// Which occurrence of a recurring period ("Friday", "March") is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rel {
    /// No determiner: tense decides.
    Bare,
    Last,
    This,
    Next,
}

/// How many units: tenths (25 = 2.5) or an unspecified number ("years").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Amount {
    Tenths(u32),
    Vague,
}

/// A TIMEX3 modifier or a part of a period ("early", "earlier").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Modifier {
    Start,
    Mid,
    End,
    /// From the start of the period up to the publication date.
    Earlier,
    /// From the publication date to the end of the period.
    Later,
    Approx,
    LessThan,
    MoreThan,
}

/// The year a quarter belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum YearRef {
    Explicit(i32),
    /// Relative to the publication year: -1 for "of last year".
    Offset(i32),
    Unknown,
}

/// Which reference point a `_REF` value names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RefPoint {
    Past,
    Present,
    Future,
}

/// What an expression says, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Expr {
    Date {
        year: i32,
        month: u32,
        day: u32,
        last_day: u32,
    },
    MonthDay {
        month: u32,
        day: u32,
        last_day: u32,
    },
    MonthYear {
        year: i32,
        month: u32,
    },
    /// "April last year", "June of next year": a month of the year before
    /// (or after) publication.
    MonthOfYearOffset {
        offset: i32,
        month: u32,
    },
    Month {
        month: u32,
        rel: Rel,
    },
    Year(i32),
    FiscalYear(i32),
    /// The first three digits of the decade's years (199 for the 1990s).
    Decade(i32),
    /// The first two digits of the century's years (18 for the 1800s).
    Century(i32),
    /// Part `quarter` of a year cut into parts of `months` months: a
    /// quarter (3) or a half (6).
    Quarter {
        quarter: u32,
        months: u32,
        year: YearRef,
        rel: Rel,
    },
    /// 0 = Monday.
    Weekday {
        weekday: i32,
        rel: Rel,
    },
    /// Days from the publication date: "yesterday" is -1.
    DayOffset(i32),
    /// The unit containing the publication date, shifted: "last week".
    UnitOffset {
        unit: Unit,
        offset: i32,
    },
    Season {
        season: u8,
        rel: Rel,
        year: Option<i32>,
    },
    Weekend(Rel),
    /// Publication date shifted by `sign` times an amount: "two years ago".
    Ago {
        unit: Unit,
        amount: Amount,
        sign: i32,
    },
    /// The narrative anchor shifted: "the next day", "two days later".
    Anchored {
        unit: Unit,
        amount: Amount,
        sign: i32,
        /// A point so many units away ("two weeks later" is a day after a
        /// day), not the adjacent calendar period ("the following week").
        point: bool,
        /// Only the last dated period can anchor it ("the quarter"):
        /// without one it is no time expression.
        only_period: bool,
    },
    /// A month of the anchor's year: "that December".
    MonthOfAnchor(u32),
    /// A day of the month near publication: "on the 12th".
    DayOfMonth(u32),
    /// A holiday (one of `calendar`'s holiday constants): "Thanksgiving",
    /// "Christmas Eve", "Election Day".
    Holiday(u8),
    /// The first such weekday after (sign 1) or before the anchor.
    AnchoredWeekday {
        weekday: i32,
        sign: i32,
    },
    Ref(RefPoint),
    Duration {
        unit: Unit,
        amount: Amount,
    },
    Set {
        unit: Unit,
        every: u32,
    },
    SetWeekday(i32),
    Clock {
        hour: u32,
        minute: u32,
    },
}

/// One expression found: tokens `start..end` and its meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Parsed {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub modifier: Option<Modifier>,
    pub part: Option<DayPart>,
    /// The ISO week of the day the expression names ("the week ending
    /// Aug. 12").
    pub week_of: bool,
}

impl Parsed {
    fn new(start: usize, end: usize, expr: Expr) -> Parsed {
        Parsed { start, end, expr, modifier: None, part: None, week_of: false }
    }

    fn from(self, start: usize) -> Parsed {
        Parsed { start, ..self }
    }
}

/// The grammar over one text's tokens.
pub(super) struct Grammar<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

/// Zone names that may follow a clock time.
const ZONES: [&str; 16] = [
    "GMT", "UTC", "ET", "EDT", "EST", "BST", "CET", "CEST", "MSK", "PT", "PDT",
    "PST", "CT", "CDT", "CST", "EEST",
];

impl<'a> Grammar<'a> {
    pub(super) fn new(text: &'a str, tokens: &'a [Token]) -> Grammar<'a> {
        Grammar { text, tokens }
    }

    // ----- token access -------------------------------------------------

    fn token(&self, index: usize) -> Option<&Token> {
        self.tokens.get(index)
    }

    fn lex(&self, index: usize) -> Lex {
        self.token(index).map_or(Lex::Other, |token| token.lex)
    }

    fn kw(&self, index: usize) -> Option<Kw> {
        match self.lex(index) {
            Lex::Kw(kw) => Some(kw),
            _ => None,
        }
    }

    fn is(&self, index: usize, kw: Kw) -> bool {
        self.kw(index) == Some(kw)
    }

    /// The keyword before `index`, if any.
    fn kw_before(&self, index: usize) -> Option<Kw> {
        index.checked_sub(1).and_then(|before| self.kw(before))
    }

    fn text_of(&self, index: usize) -> &'a str {
        self.token(index)
            .and_then(|token| self.text.get(token.start..token.end))
            .unwrap_or("")
    }

    /// Whether token `index` is `word` (any ASCII case). The length is
    /// compared first: this runs for every plain word of the text
    /// (`quarter_code` asks whether it is "q").
    fn word_is(&self, index: usize, word: &str) -> bool {
        self.token(index).is_some_and(|token| {
            token.kind == Kind::Word && token.end - token.start == word.len()
        }) && self.text_of(index).eq_ignore_ascii_case(word)
    }

    fn punct(&self, index: usize, ch: char) -> bool {
        self.token(index).is_some_and(|token| {
            token.kind == Kind::Punct && token.value == u32::from(ch)
        })
    }

    fn is_dash(&self, index: usize) -> bool {
        self.punct(index, '-') || self.punct(index, '\u{2013}')
    }

    fn is_apostrophe(&self, index: usize) -> bool {
        self.punct(index, '\'') || self.punct(index, '\u{2019}')
    }

    /// Whether token `index` exists and touches the token before it.
    fn glued(&self, index: usize) -> bool {
        self.token(index).is_some_and(|token| !token.space_before)
    }

    /// A plain digit run: (value, digit count).
    fn digits(&self, index: usize) -> Option<(u32, u8)> {
        self.token(index)
            .filter(|token| token.kind == Kind::Number && token.digits > 0)
            .map(|token| (token.value, token.digits))
    }

    fn is_number(&self, index: usize) -> bool {
        self.token(index).is_some_and(|token| token.kind == Kind::Number)
    }

    fn is_capitalized(&self, index: usize) -> bool {
        self.token(index).is_some_and(|token| token.upper)
    }

    fn day_part(&self, index: usize) -> Option<DayPart> {
        match self.kw(index) {
            Some(Kw::Part(part)) => Some(part),
            _ => None,
        }
    }

    /// A singular unit at `index`.
    fn singular_unit(&self, index: usize) -> Option<Unit> {
        match self.lex(index) {
            Lex::Unit { unit, plural: false } => Some(unit),
            _ => None,
        }
    }

    /// A glued ordinal suffix ("th", "st", "nd", "rd") at `index`.
    fn ordinal_suffix(&self, index: usize) -> bool {
        self.glued(index)
            && ["th", "st", "nd", "rd"]
                .iter()
                .any(|suffix| self.word_is(index, suffix))
    }

    // ----- entry point --------------------------------------------------

    /// Whether an expression may start at token `index`: `false` only
    /// where `parse_at` surely finds none, which is most tokens (a word
    /// outside the tagger's lexicon other than a capital "Q", a singular
    /// unit, punctuation other than an apostrophe). One inline test
    /// instead of a call per token.
    #[inline]
    pub(super) fn may_start(&self, index: usize) -> bool {
        let Some(token) = self.token(index) else { return false };
        match token.kind {
            Kind::Number => true,
            Kind::Punct => {
                token.value == u32::from('\'')
                    || token.value == u32::from('\u{2019}')
            }
            Kind::Word => match token.lex {
                // `quarter_code`: "Q3".
                Lex::Other => token.upper && token.end - token.start == 1,
                Lex::Unit { plural, .. } => plural,
                _ => true,
            },
        }
    }

    /// The expression starting at (or, for a skipped "the", just after)
    /// token `index`, if any.
    pub(super) fn parse_at(&self, index: usize) -> Option<Parsed> {
        let parsed = match self.token(index)?.kind {
            Kind::Number => self.number_expr(index),
            Kind::Punct => self.apostrophe_decade(index),
            Kind::Word => self.word_expr(index),
        }?;
        let valid = parsed.start >= index
            && parsed.start < parsed.end
            && parsed.end <= self.tokens.len();
        valid.then_some(parsed)
    }

    fn word_expr(&self, index: usize) -> Option<Parsed> {
        match self.lex(index) {
            Lex::Month { .. } => self.month_expr(index),
            Lex::Weekday(_) => self.weekday_expr(index),
            Lex::Count(_) => self.amount_expr(index),
            Lex::Ordinal(_) => self.ordinal_expr(index),
            Lex::Unit { plural: true, .. } => self.bare_units(index),
            Lex::Kw(kw) => self.keyword_expr(index, kw),
            Lex::Unit { .. } => None,
            Lex::Other => self.quarter_code(index),
        }
    }

    fn keyword_expr(&self, index: usize, kw: Kw) -> Option<Parsed> {
        match kw {
            Kw::The => self.the_expr(index),
            Kw::Early | Kw::Mid | Kw::Late | Kw::Earlier | Kw::Later => {
                self.modified_expr(index)
            }
            Kw::Last
            | Kw::Next
            | Kw::This
            | Kw::Coming
            | Kw::Past
            | Kw::Upcoming
            | Kw::Previous => self.relative_expr(index),
            Kw::A
            | Kw::Several
            | Kw::Few
            | Kw::Couple
            | Kw::Half
            | Kw::About
            | Kw::More
            | Kw::Less
            | Kw::Some
            | Kw::At => self.amount_expr(index),
            Kw::Every | Kw::Each | Kw::Per => self.set_expr(index),
            Kw::Fiscal => self.fiscal_expr(index),
            Kw::That => self.that_expr(index),
            Kw::Holiday(holiday) => self.holiday_expr(index, holiday),
            Kw::Season(season) => self.season_expr(index, season),
            _ => self.single_word(index, kw),
        }
    }

    /// "Christmas", "Christmas Eve", "Christmas Day", "Thanksgiving (Day)",
    /// "Halloween", and "Election Day", "Labor Day", "Memorial Day" (the
    /// first word alone names no day).
    fn holiday_expr(&self, index: usize, holiday: u8) -> Option<Parsed> {
        if !self.is_capitalized(index) {
            return None;
        }
        let day_after =
            self.word_is(index + 1, "Day") && self.is_capitalized(index + 1);
        let (holiday, end) = match holiday {
            calendar::CHRISTMAS if self.word_is(index + 1, "Eve") => {
                (calendar::CHRISTMAS_EVE, index + 2)
            }
            calendar::CHRISTMAS | calendar::THANKSGIVING if day_after => {
                (holiday, index + 2)
            }
            calendar::CHRISTMAS
            | calendar::THANKSGIVING
            | calendar::HALLOWEEN => (holiday, index + 1),
            _ if day_after => (holiday, index + 2),
            _ => return None,
        };
        Some(Parsed::new(index, end, Expr::Holiday(holiday)))
    }

    /// "that year", "that week", "that December": the period the story
    /// last dated.
    fn that_expr(&self, index: usize) -> Option<Parsed> {
        let at = index + 1;
        if let Lex::Month { month, abbrev: false } = self.lex(at)
            && self.is_capitalized(at)
        {
            let expr = Expr::MonthOfAnchor(u32::from(month));
            return Some(Parsed::new(index, at + 1, expr));
        }
        let unit = self.singular_unit(at)?;
        let calendar = matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        );
        calendar.then(|| {
            let expr = Expr::Anchored {
                unit,
                amount: Amount::Tenths(0),
                sign: 1,
                point: false,
                only_period: unit != Unit::Day,
            };
            Parsed::new(index, at + 1, expr)
        })
    }

    /// One-word expressions and their optional part of day.
    fn single_word(&self, index: usize, kw: Kw) -> Option<Parsed> {
        let one = |expr| Some(Parsed::new(index, index + 1, expr));
        match kw {
            Kw::Today => one(Expr::DayOffset(0)),
            Kw::Tonight => Some(Parsed {
                part: Some(DayPart::Night),
                ..Parsed::new(index, index + 1, Expr::DayOffset(0))
            }),
            Kw::Yesterday => self.with_part(index, Expr::DayOffset(-1)),
            Kw::Tomorrow => self.with_part(index, Expr::DayOffset(1)),
            Kw::Now | Kw::Currently => one(Expr::Ref(RefPoint::Present)),
            Kw::Present if self.kw_before(index) == Some(Kw::At) => {
                one(Expr::Ref(RefPoint::Present))
            }
            Kw::These if self.lex(index + 1) == day_units() => Some(
                Parsed::new(index, index + 2, Expr::Ref(RefPoint::Present)),
            ),
            Kw::Recently | Kw::Lately => one(Expr::Ref(RefPoint::Past)),
            Kw::Recent => self.plural_duration(index, index + 1),
            Kw::Soon if !self.word_is(index.wrapping_sub(1), "as") => {
                one(Expr::Ref(RefPoint::Future))
            }
            Kw::Noon => one(Expr::Clock { hour: 12, minute: 0 }),
            Kw::Midnight => one(Expr::Clock { hour: 24, minute: 0 }),
            Kw::Daily | Kw::Nightly => {
                one(Expr::Set { unit: Unit::Day, every: 1 })
            }
            Kw::Weekly => one(Expr::Set { unit: Unit::Week, every: 1 }),
            Kw::Monthly => one(Expr::Set { unit: Unit::Month, every: 1 }),
            Kw::Quarterly => one(Expr::Set { unit: Unit::Month, every: 3 }),
            Kw::Annually => one(Expr::Set { unit: Unit::Year, every: 1 }),
            Kw::Hourly => one(Expr::Set { unit: Unit::Hour, every: 1 }),
            _ => None,
        }
    }

    /// A day expression optionally followed by a part of day.
    fn with_part(&self, index: usize, expr: Expr) -> Option<Parsed> {
        let parsed = Parsed::new(index, index + 1, expr);
        Some(match self.day_part(index + 1) {
            Some(part) => Parsed { end: index + 2, part: Some(part), ..parsed },
            None => parsed,
        })
    }

    // ----- "the ..." ----------------------------------------------------

    fn the_expr(&self, index: usize) -> Option<Parsed> {
        let next = index + 1;
        match self.lex(next) {
            Lex::Kw(Kw::Next | Kw::Following) => self.the_adjacent(index, 1),
            Lex::Kw(Kw::Previous | Kw::Preceding) => {
                self.the_adjacent(index, -1)
            }
            Lex::Kw(Kw::Past | Kw::Last) => self.the_past(index),
            Lex::Kw(Kw::Coming | Kw::Upcoming) => self
                .span_duration(index, next + 1)
                .or_else(|| self.unit_offset(index, next + 1, 1)),
            Lex::Kw(Kw::Same) => {
                let unit = self.singular_unit(next + 1)?;
                let expr = Expr::Anchored {
                    unit,
                    amount: Amount::Tenths(0),
                    sign: 1,
                    point: false,
                    only_period: false,
                };
                Some(Parsed::new(index, next + 2, expr))
            }
            Lex::Unit { unit: Unit::Day, plural: false } => {
                self.the_day_before(index)
            }
            // "the week ending Aug. 12": the week that date closes ("the
            // week to Friday" stays a length and a date).
            Lex::Unit { unit: Unit::Week, plural: false }
                if ["ending", "ended"]
                    .iter()
                    .any(|word| self.word_is(next + 1, word)) =>
            {
                let date = self.parse_at(next + 2)?;
                let closes = matches!(
                    date.expr,
                    Expr::Date { .. }
                        | Expr::MonthDay { .. }
                        | Expr::Weekday { .. }
                ) && date.part.is_none();
                closes.then(|| Parsed {
                    week_of: true,
                    ..Parsed::new(index, date.end, date.expr)
                })
            }
            // "the quarter" of an earnings report: the quarter it named.
            Lex::Unit { unit: Unit::Quarter, plural: false }
                if !self.is(next + 1, Kw::Of) && !self.is_dash(next + 1) =>
            {
                let expr = Expr::Anchored {
                    unit: Unit::Quarter,
                    amount: Amount::Tenths(0),
                    sign: 1,
                    point: false,
                    only_period: true,
                };
                Some(Parsed::new(index, next + 1, expr))
            }
            Lex::Kw(Kw::Weekend) => {
                Some(Parsed::new(index, next + 1, Expr::Weekend(Rel::Bare)))
            }
            Lex::Kw(Kw::Future) => {
                Some(Parsed::new(index, next + 1, Expr::Ref(RefPoint::Future)))
            }
            Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) => {
                self.part_of(index)
            }
            Lex::Kw(Kw::Early | Kw::Mid | Kw::Late) => {
                self.modified_expr(next).map(|parsed| parsed.from(index))
            }
            Lex::Ordinal(_) => {
                self.ordinal_expr(next).map(|parsed| parsed.from(index))
            }
            Lex::Kw(Kw::Season(season)) if !self.is(next + 1, Kw::Of) => {
                let expr = Expr::Season { season, rel: Rel::Bare, year: None };
                Some(Parsed::new(index, next + 1, expr))
            }
            _ => self.the_number(index),
        }
    }

    /// "the 1990s", "the '90s", "the 19th century", or a year after "the"
    /// ("the 2022 election", where "the" is not part of the expression).
    fn the_number(&self, index: usize) -> Option<Parsed> {
        let next = index + 1;
        if self.is_apostrophe(next) {
            return self
                .apostrophe_decade(next)
                .map(|parsed| parsed.from(index));
        }
        if !self.is_number(next) {
            return None;
        }
        if let Some(parsed) = self.day_of_month(index) {
            return Some(parsed);
        }
        let parsed = self.number_expr(next)?;
        Some(match parsed.expr {
            Expr::Decade(_) | Expr::Century(_) => parsed.from(index),
            _ => parsed,
        })
    }

    /// "on the 12th", "until the 5th": a day of a month near publication,
    /// after a preposition that dates, with no unit or month after it.
    fn day_of_month(&self, index: usize) -> Option<Parsed> {
        let next = index + 1;
        let (day, _) = self.digits(next)?;
        if !(1..=31).contains(&day) || !self.ordinal_suffix(next + 1) {
            return None;
        }
        let dating = index.checked_sub(1).is_some_and(|before| {
            ["on", "until", "till", "by", "from", "since", "before", "after"]
                .iter()
                .any(|word| self.word_is(before, word))
        });
        // Nothing after it that it could count: "on the 3rd floor", "the
        // 2nd round" are no days. A punctuation mark, a capital, a verb or
        // a function word may follow ("talks on the 12th broke up").
        let after = next + 2;
        let free = match self.token(after) {
            None => true,
            Some(token) if token.kind != Kind::Word => !self.is_dash(after),
            Some(token) if token.upper => {
                !matches!(self.lex(after), Lex::Month { .. })
            }
            Some(_) => {
                let word = self.text_of(after);
                [
                    "and", "or", "but", "when", "at", "to", "with", "as",
                    "after", "before", "was", "were", "had", "has", "will",
                    "would", "is", "are", "broke", "began", "fell", "came",
                ]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
                    || (word.len() > 4 && word.ends_with("ed"))
            }
        };
        (dating && free)
            .then(|| Parsed::new(index, after, Expr::DayOfMonth(day)))
    }

    /// "the next day", "the following week", "the previous Monday",
    /// "the next five years".
    fn the_adjacent(&self, index: usize, sign: i32) -> Option<Parsed> {
        let at = index + 2;
        // "the following morning", "the previous evening": a part of the
        // day after (before) the anchor's.
        if let Lex::Kw(Kw::Part(part)) = self.lex(at) {
            let expr = Expr::Anchored {
                unit: Unit::Day,
                amount: Amount::Tenths(10),
                sign,
                point: false,
                only_period: false,
            };
            return Some(Parsed {
                part: Some(part),
                ..Parsed::new(index, at + 1, expr)
            });
        }
        if let Lex::Weekday(weekday) = self.lex(at) {
            let expr =
                Expr::AnchoredWeekday { weekday: i32::from(weekday), sign };
            return Some(Parsed::new(index, at + 1, expr));
        }
        if let Some(unit) = self.singular_unit(at) {
            let over = matches!(
                self.kw_before(index),
                Some(Kw::Over | Kw::For | Kw::Within | Kw::During)
            );
            let expr = if over && sign > 0 {
                Expr::Duration { unit, amount: Amount::Tenths(10) }
            } else {
                Expr::Anchored {
                    unit,
                    amount: Amount::Tenths(10),
                    sign,
                    point: false,
                    only_period: false,
                }
            };
            return Some(Parsed::new(index, at + 1, expr));
        }
        self.span_duration(index, at)
    }

    /// "the past three years", "the last year", "the past".
    fn the_past(&self, index: usize) -> Option<Parsed> {
        let at = index + 2;
        if let Some(unit) = self.singular_unit(at) {
            let expr = Expr::Duration { unit, amount: Amount::Tenths(10) };
            return Some(Parsed::new(index, at + 1, expr));
        }
        if let Some(parsed) = self.span_duration(index, at) {
            return Some(parsed);
        }
        let past = self.is(index + 1, Kw::Past)
            && !matches!(self.lex(at), Lex::Unit { .. } | Lex::Count(_))
            && !self.is_number(at);
        past.then(|| Parsed::new(index, at, Expr::Ref(RefPoint::Past)))
    }

    /// "the day before", "the day after", "the day before yesterday".
    fn the_day_before(&self, index: usize) -> Option<Parsed> {
        let at = index + 2;
        let sign = match self.kw(at)? {
            Kw::Before => -1,
            Kw::After => 1,
            _ => return None,
        };
        let relative = match (sign, self.kw(at + 1)) {
            (-1, Some(Kw::Yesterday)) => Some(-2),
            (1, Some(Kw::Tomorrow)) => Some(2),
            _ => None,
        };
        Some(match relative {
            Some(offset) => Parsed::new(index, at + 2, Expr::DayOffset(offset)),
            None => Parsed::new(
                index,
                at + 1,
                Expr::Anchored {
                    unit: Unit::Day,
                    amount: Amount::Tenths(10),
                    sign,
                    point: false,
                    only_period: false,
                },
            ),
        })
    }

    /// "the end of the year", "the beginning of March".
    fn part_of(&self, index: usize) -> Option<Parsed> {
        let modifier = match self.kw(index + 1)? {
            Kw::End => Modifier::End,
            Kw::Middle => Modifier::Mid,
            _ => Modifier::Start,
        };
        if !self.is(index + 2, Kw::Of) {
            return None;
        }
        let at = index + 3;
        let core = if self.is(at, Kw::The) {
            self.unit_offset(at, at + 1, 0)
        } else {
            self.core_expr(at)
        }?;
        Some(Parsed { start: index, modifier: Some(modifier), ..core })
    }

    /// "this week", "last year" style: a singular unit at `at`.
    fn unit_offset(
        &self,
        start: usize,
        at: usize,
        offset: i32,
    ) -> Option<Parsed> {
        let unit = self.singular_unit(at)?;
        let calendar = matches!(
            unit,
            Unit::Week
                | Unit::Month
                | Unit::Quarter
                | Unit::Year
                | Unit::Decade
                | Unit::Century
        );
        calendar.then(|| {
            Parsed::new(start, at + 1, Expr::UnitOffset { unit, offset })
        })
    }

    // ----- last / next / this ------------------------------------------

    fn relative_expr(&self, index: usize) -> Option<Parsed> {
        let kw = self.kw(index)?;
        let mut at = index + 1;
        let mut rel = match kw {
            Kw::Last | Kw::Past | Kw::Previous => Rel::Last,
            Kw::This => Rel::This,
            _ => Rel::Next,
        };
        if kw == Kw::This && self.is(at, Kw::Past) {
            rel = Rel::Last;
            at += 1;
        }
        let found = self.relative_target(index, at, rel);
        if found.is_some() || kw == Kw::This {
            return found;
        }
        self.span_duration(index, at)
    }

    fn relative_target(
        &self,
        index: usize,
        at: usize,
        rel: Rel,
    ) -> Option<Parsed> {
        let offset = match rel {
            Rel::Last => -1,
            Rel::Next => 1,
            _ => 0,
        };
        match self.lex(at) {
            Lex::Weekday(weekday) if self.is_capitalized(at) => {
                let expr = Expr::Weekday { weekday: i32::from(weekday), rel };
                self.with_part(at, expr).map(|parsed| parsed.from(index))
            }
            Lex::Month { month, abbrev: false } if self.is_capitalized(at) => {
                let expr = Expr::Month { month: u32::from(month), rel };
                Some(Parsed::new(index, at + 1, expr))
            }
            Lex::Kw(Kw::Season(season)) => {
                let expr = Expr::Season { season, rel, year: None };
                Some(Parsed::new(index, at + 1, expr))
            }
            Lex::Kw(Kw::Weekend) => {
                Some(Parsed::new(index, at + 1, Expr::Weekend(rel)))
            }
            Lex::Kw(Kw::Part(part)) => {
                let offset = if rel == Rel::Last { -1 } else { 0 };
                let evening = matches!(part, DayPart::Night | DayPart::Evening);
                let valid = rel == Rel::This || (rel == Rel::Last && evening);
                valid.then_some(Parsed {
                    part: Some(part),
                    ..Parsed::new(index, at + 1, Expr::DayOffset(offset))
                })
            }
            Lex::Unit { unit: Unit::Day, plural: false }
                if rel == Rel::Next =>
            {
                let expr = Expr::Anchored {
                    unit: Unit::Day,
                    amount: Amount::Tenths(10),
                    sign: 1,
                    point: false,
                    only_period: false,
                };
                Some(Parsed::new(index, at + 1, expr))
            }
            _ => self.unit_offset(index, at, offset),
        }
    }

    // ----- early / mid / late ------------------------------------------

    fn modified_expr(&self, index: usize) -> Option<Parsed> {
        let modifier = match self.kw(index)? {
            Kw::Early => Modifier::Start,
            Kw::Mid => Modifier::Mid,
            Kw::Late => Modifier::End,
            Kw::Earlier => Modifier::Earlier,
            _ => Modifier::Later,
        };
        let mut at = index + 1;
        if self.is_dash(at) {
            at += 1;
        }
        let core = self.core_expr(at)?;
        Some(Parsed { start: index, modifier: Some(modifier), ..core })
    }

    /// Expressions a modifier can apply to.
    fn core_expr(&self, index: usize) -> Option<Parsed> {
        if let Some(year) = self.year(index) {
            return Some(Parsed::new(index, index + 1, Expr::Year(year)));
        }
        match self.lex(index) {
            Lex::Month { .. } => self.month_expr(index),
            Lex::Weekday(_) => self.weekday_expr(index),
            Lex::Kw(Kw::Last | Kw::Next | Kw::This | Kw::Coming | Kw::Past) => {
                self.relative_expr(index)
            }
            Lex::Kw(
                kw @ (Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Tonight),
            ) => self.single_word(index, kw),
            Lex::Kw(Kw::Season(season)) => {
                let expr = Expr::Season { season, rel: Rel::Bare, year: None };
                let parsed = Parsed::new(index, index + 1, expr);
                Some(self.season_year(parsed).unwrap_or(parsed))
            }
            Lex::Kw(Kw::The) => self.the_number(index),
            _ if self.is_apostrophe(index) => self.apostrophe_decade(index),
            _ if self.is_number(index) => {
                self.decade_or_century(index).or_else(|| self.day_month(index))
            }
            _ => None,
        }
    }

    // ----- months and weekdays -----------------------------------------

    fn month_expr(&self, index: usize) -> Option<Parsed> {
        let Lex::Month { month, abbrev } = self.lex(index) else {
            return None;
        };
        if !self.is_capitalized(index) {
            return None;
        }
        let month = u32::from(month);
        let mut at = index + 1;
        if abbrev && self.punct(at, '.') {
            at += 1;
        }
        if let Some(parsed) = self.month_day(index, at, month) {
            return Some(parsed);
        }
        if let Some(year) = self.year(at) {
            let expr = Expr::MonthYear { year, month };
            return Some(Parsed::new(index, at + 1, expr));
        }
        if self.is(at, Kw::Of)
            && let Some(year) = self.year(at + 1)
        {
            let expr = Expr::MonthYear { year, month };
            return Some(Parsed::new(index, at + 2, expr));
        }
        // "April last year", "June of next year", "March this year".
        let rel_at = if self.is(at, Kw::Of) { at + 1 } else { at };
        if self.singular_unit(rel_at + 1) == Some(Unit::Year) {
            let offset = match self.kw(rel_at) {
                Some(Kw::Last) => Some(-1),
                Some(Kw::This) => Some(0),
                Some(Kw::Next) => Some(1),
                _ => None,
            };
            if let Some(offset) = offset {
                let expr = Expr::MonthOfYearOffset { offset, month };
                return Some(Parsed::new(index, rel_at + 2, expr));
            }
        }
        let ambiguous = abbrev || month == 3 || month == 5;
        if ambiguous && !self.month_cue(index) {
            return None;
        }
        let expr = Expr::Month { month, rel: Rel::Bare };
        Some(Parsed::new(index, index + 1, expr))
    }

    /// Whether the word before a month name makes it a month ("in May").
    fn month_cue(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else { return false };
        if self.is_dash(before) {
            return true;
        }
        matches!(
            self.kw(before),
            Some(
                Kw::In
                    | Kw::Since
                    | Kw::By
                    | Kw::Until
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::Last
                    | Kw::Next
                    | Kw::This
                    | Kw::Of
                    | Kw::During
                    | Kw::Through
                    | Kw::Before
                    | Kw::After
                    | Kw::From
                    | Kw::Between
                    | Kw::To
                    | Kw::And
                    | Kw::Or
            )
        )
    }

    /// "Aug. 15", "August 15th, 2025", "Aug. 6-7", "Aug. 6 or 7".
    fn month_day(&self, index: usize, at: usize, month: u32) -> Option<Parsed> {
        let day = self.day_number(at)?;
        let mut end = at + 1;
        if self.ordinal_suffix(end) {
            end += 1;
        }
        let (last_day, after_range) = self.day_range(end, day);
        let (year, end) = match self.year_after(after_range) {
            Some((year, end)) => (Some(year), end),
            None => (None, after_range),
        };
        let expr = match year {
            Some(year) => Expr::Date { year, month, day, last_day },
            None => Expr::MonthDay { month, day, last_day },
        };
        Some(Parsed::new(index, end, expr))
    }

    /// A day of month: one or two digits, 1 to 31, not a clock time.
    fn day_number(&self, index: usize) -> Option<u32> {
        let (value, digits) = self.digits(index)?;
        let clock = self.punct(index + 1, ':') && self.glued(index + 1);
        let percent = self.punct(index + 1, '%');
        let ok = digits <= 2 && (1..=31).contains(&value) && !clock && !percent;
        ok.then_some(value)
    }

    /// A second day closing a range: "-7", " or 7", " to 8", " and 8".
    fn day_range(&self, at: usize, first: u32) -> (u32, usize) {
        let joined = self.is_dash(at)
            || matches!(
                self.kw(at),
                Some(Kw::Or | Kw::To | Kw::Through | Kw::And)
            );
        if joined && let Some(last) = self.day_number(at + 1) {
            let month_follows = matches!(self.lex(at + 2), Lex::Month { .. });
            if last > first && !month_follows {
                let end =
                    if self.ordinal_suffix(at + 2) { at + 3 } else { at + 2 };
                return (last, end);
            }
        }
        (first, at)
    }

    /// ", 2025" or " 2025" after a day.
    fn year_after(&self, at: usize) -> Option<(i32, usize)> {
        if self.punct(at, ',')
            && let Some(year) = self.year(at + 1)
        {
            return Some((year, at + 2));
        }
        self.year(at).map(|year| (year, at + 1))
    }

    /// A four-digit number 1000 to 2100 that is not glued to letters, a
    /// currency sign or a percent sign.
    fn year(&self, index: usize) -> Option<i32> {
        let (value, digits) = self.digits(index)?;
        if digits != 4 || !(1000..=2100).contains(&value) {
            return None;
        }
        let glued_after = self.glued(index + 1)
            && !self.punct(index + 1, ',')
            && !self.punct(index + 1, '.')
            && !self.punct(index + 1, ')')
            && !self.is_dash(index + 1)
            && !self.is_apostrophe(index + 1)
            && !self.punct(index + 1, '\u{201d}')
            && !self.punct(index + 1, '"')
            && !self.punct(index + 1, ';')
            && !self.punct(index + 1, ':');
        let currency = index.checked_sub(1).is_some_and(|before| {
            self.glued(index)
                && ['$', '£', '€', '#'].iter().any(|&ch| self.punct(before, ch))
        });
        (!glued_after && !currency).then(|| i32::try_from(value).unwrap_or(0))
    }

    fn weekday_expr(&self, index: usize) -> Option<Parsed> {
        let Lex::Weekday(weekday) = self.lex(index) else { return None };
        if !self.is_capitalized(index) {
            return None;
        }
        let mut at = index + 1;
        if self.punct(at, ',') {
            at += 1;
        }
        let dated = match self.lex(at) {
            Lex::Month { .. } => self.month_expr(at),
            _ if self.is_number(at) => self.day_month(at),
            _ => None,
        };
        if let Some(parsed) = dated
            && matches!(parsed.expr, Expr::Date { .. } | Expr::MonthDay { .. })
        {
            return Some(parsed.from(index));
        }
        let expr =
            Expr::Weekday { weekday: i32::from(weekday), rel: Rel::Bare };
        self.with_part(index, expr)
    }

    // ----- numbers ------------------------------------------------------

    fn number_expr(&self, index: usize) -> Option<Parsed> {
        self.iso_date(index)
            .or_else(|| self.slash_date(index))
            .or_else(|| self.decade_or_century(index))
            .or_else(|| self.day_month(index))
            .or_else(|| self.clock(index))
            .or_else(|| self.amount_expr(index))
            .or_else(|| self.year_expr(index))
    }

    /// `2025-08-15`.
    fn iso_date(&self, index: usize) -> Option<Parsed> {
        let (year, 4) = self.digits(index)? else { return None };
        let parts = [index + 1, index + 2, index + 3, index + 4];
        if !parts.iter().all(|&part| self.glued(part)) {
            return None;
        }
        if !self.is_dash(index + 1) || !self.is_dash(index + 3) {
            return None;
        }
        let (month, 2) = self.digits(index + 2)? else { return None };
        let (day, 2) = self.digits(index + 4)? else { return None };
        let year = i32::try_from(year).ok()?;
        crate::domain::Day::from_ymd(year, month, day)?;
        let expr = Expr::Date { year, month, day, last_day: day };
        Some(Parsed::new(index, index + 5, expr))
    }

    /// `8/15/2025` or `8/15/25` (US order).
    fn slash_date(&self, index: usize) -> Option<Parsed> {
        let (month, month_digits) = self.digits(index)?;
        let parts = [index + 1, index + 2, index + 3, index + 4];
        if month_digits > 2 || !parts.iter().all(|&part| self.glued(part)) {
            return None;
        }
        if !self.punct(index + 1, '/') || !self.punct(index + 3, '/') {
            return None;
        }
        let (day, day_digits) = self.digits(index + 2)?;
        let (year, year_digits) = self.digits(index + 4)?;
        let year = match year_digits {
            4 => i32::try_from(year).ok()?,
            2 if year < 50 => 2000 + i32::try_from(year).ok()?,
            2 => 1900 + i32::try_from(year).ok()?,
            _ => return None,
        };
        if day_digits > 2 {
            return None;
        }
        crate::domain::Day::from_ymd(year, month, day)?;
        let expr = Expr::Date { year, month, day, last_day: day };
        Some(Parsed::new(index, index + 5, expr))
    }

    /// "1990s", "1800s", "19th century".
    fn decade_or_century(&self, index: usize) -> Option<Parsed> {
        let (value, digits) = self.digits(index)?;
        let value = i32::try_from(value).ok()?;
        if digits == 4 && self.glued(index + 1) && self.word_is(index + 1, "s")
        {
            let expr = if value % 100 == 0 && value < 2000 {
                Expr::Century(value / 100)
            } else if value % 10 == 0 {
                Expr::Decade(value / 10)
            } else {
                return None;
            };
            return Some(Parsed::new(index, index + 2, expr));
        }
        let century = digits <= 2
            && (1..=30).contains(&value)
            && self.ordinal_suffix(index + 1)
            && self.singular_unit(index + 2) == Some(Unit::Century);
        century.then(|| Parsed::new(index, index + 3, Expr::Century(value - 1)))
    }

    /// "'90s".
    fn apostrophe_decade(&self, index: usize) -> Option<Parsed> {
        if !self.is_apostrophe(index) || !self.glued(index + 1) {
            return None;
        }
        let (value, 2) = self.digits(index + 1)? else { return None };
        let decade = self.glued(index + 2) && self.word_is(index + 2, "s");
        if !decade || value % 10 != 0 {
            return None;
        }
        let value = i32::try_from(value).ok()?;
        let century = if value <= 10 { 200 } else { 190 };
        let expr = Expr::Decade(century + value / 10);
        Some(Parsed::new(index, index + 3, expr))
    }

    /// "15 August 2025", "15th of August".
    fn day_month(&self, index: usize) -> Option<Parsed> {
        let day = self.day_number(index)?;
        let mut at = index + 1;
        if self.ordinal_suffix(at) {
            at += 1;
        }
        if self.is(at, Kw::Of) {
            at += 1;
        }
        let Lex::Month { month, abbrev } = self.lex(at) else { return None };
        if !self.is_capitalized(at) {
            return None;
        }
        let month = u32::from(month);
        let mut end = at + 1;
        if abbrev && self.punct(end, '.') {
            end += 1;
        }
        let (year, end) = match self.year_after(end) {
            Some((year, after)) => (Some(year), after),
            None => (None, at + 1),
        };
        let expr = match year {
            Some(year) => Expr::Date { year, month, day, last_day: day },
            None => Expr::MonthDay { month, day, last_day: day },
        };
        Some(Parsed::new(index, end, expr))
    }

    /// A year where the word before makes a year reading safe.
    fn year_expr(&self, index: usize) -> Option<Parsed> {
        let year = self.year(index)?;
        let before = index.checked_sub(1)?;
        let strong =
            matches!(
                self.kw(before),
                Some(
                    Kw::In
                        | Kw::Since
                        | Kw::By
                        | Kw::Until
                        | Kw::Of
                        | Kw::Before
                        | Kw::After
                        | Kw::From
                        | Kw::Through
                        | Kw::During
                        | Kw::Between
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Season(_)
                )
            ) || matches!(self.lex(before), Lex::Unit { unit: Unit::Year, .. });
        let weak = matches!(
            self.kw(before),
            Some(Kw::To | Kw::And | Kw::Or | Kw::The | Kw::About | Kw::For)
        ) || (self.word_is(before, "s")
            && self.is_apostrophe(before.wrapping_sub(1)));
        // "in a 2021 coup", "its 2015 deal": an article or a possessive
        // before a year that premodifies a lowercase noun; not a round
        // hundred, more often a count ("a 1500 fee", "a 2000 page report").
        let premodifier = year % 100 != 0
            && (self.is(before, Kw::A)
                || ["its", "his", "her", "their"]
                    .iter()
                    .any(|w| self.word_is(before, w)))
            && self
                .token(index + 1)
                .is_some_and(|token| token.kind == Kind::Word && !token.upper);
        let counted = self.counted_noun_follows(index)
            || (self.is(index + 1, Kw::To)
                && self.counted_noun_follows(index + 2));
        let ok = (strong || weak || premodifier) && !counted;
        ok.then(|| Parsed::new(index, index + 1, Expr::Year(year)))
    }

    /// Whether the number at `index` counts what follows ("2000 troops").
    fn counted_noun_follows(&self, index: usize) -> bool {
        let next = index + 1;
        if self.punct(next, '%') || self.word_is(next, "percent") {
            return true;
        }
        let word = self.text_of(next);
        let irregular = ["people", "men", "women", "children", "police"];
        // Words in "s" that are no plural noun: "profit in 2009 as a
        // whole", "2015 was".
        let not_plural = [
            "as", "is", "was", "has", "his", "its", "this", "thus", "us",
            "less", "unless", "across", "whereas", "plus",
        ];
        let plural = self.token(next).is_some_and(|token| {
            token.kind == Kind::Word
                && !token.upper
                && ((word.ends_with('s') && !not_plural.contains(&word))
                    || irregular.contains(&word))
        });
        // "return to 2019 levels": a year's levels, not 2,019 of them.
        let events =
            ["elections", "olympics", "games", "midterms", "talks", "levels"];
        plural && !events.iter().any(|event| word.eq_ignore_ascii_case(event))
    }

    // ----- clock times --------------------------------------------------

    /// "3 p.m.", "10:30 a.m. local time", "15:00 GMT", "3 o'clock".
    fn clock(&self, index: usize) -> Option<Parsed> {
        let (mut hour, hour_digits) = self.digits(index)?;
        if hour_digits > 2 || hour > 24 {
            return None;
        }
        let mut at = index + 1;
        let mut minute = 0;
        let mut colon = false;
        if self.punct(at, ':') && self.glued(at) && self.glued(at + 1) {
            let (value, 2) = self.digits(at + 1)? else { return None };
            if value > 59 {
                return None;
            }
            minute = value;
            colon = true;
            at += 2;
        }
        if let Some((pm, after)) = self.meridiem(at) {
            if hour == 0 || hour > 12 {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, _) => hour + 12,
                (false, _) => hour,
            };
            at = after;
        } else if self.word_is(at, "o")
            && self.is_apostrophe(at + 1)
            && self.word_is(at + 2, "clock")
        {
            at += 3;
        } else if !colon {
            return None;
        }
        let end = self.zone(at);
        Some(Parsed::new(index, end, Expr::Clock { hour, minute }))
    }

    /// "a.m." / "p.m." / "am" / "pm": (is pm, token after).
    fn meridiem(&self, at: usize) -> Option<(bool, usize)> {
        for (word, pm) in [("pm", true), ("am", false)] {
            if self.word_is(at, word) {
                return Some((pm, at + 1));
            }
        }
        let pm = if self.word_is(at, "p") {
            true
        } else if self.word_is(at, "a") {
            false
        } else {
            return None;
        };
        let dotted = self.punct(at + 1, '.')
            && self.glued(at + 1)
            && self.glued(at + 2)
            && self.word_is(at + 2, "m");
        if !dotted {
            return None;
        }
        let end = if self.punct(at + 3, '.') && self.glued(at + 3) {
            at + 4
        } else {
            at + 3
        };
        Some((pm, end))
    }

    /// The token after an optional "local time" or zone name at `at`.
    fn zone(&self, at: usize) -> usize {
        if self.word_is(at, "local") && self.word_is(at + 1, "time") {
            return at + 2;
        }
        let text = self.text_of(at);
        let zone = self.token(at).is_some_and(|token| token.kind == Kind::Word)
            && ZONES.contains(&text);
        if zone { at + 1 } else { at }
    }

    // ----- amounts: durations, "ago", "later" ---------------------------

    /// An approximator before an amount: (modifier, token after it).
    fn approximator(&self, index: usize) -> (Option<Modifier>, usize) {
        let than = self.word_is(index + 1, "than");
        match self.kw(index) {
            Some(Kw::About) => (Some(Modifier::Approx), index + 1),
            Some(Kw::Some) if self.is_number(index + 1) => {
                (Some(Modifier::Approx), index + 1)
            }
            Some(Kw::More) if than => (Some(Modifier::MoreThan), index + 2),
            Some(Kw::Less) if than => (Some(Modifier::LessThan), index + 2),
            Some(Kw::At) if self.is(index + 1, Kw::Least) => {
                (Some(Modifier::MoreThan), index + 2)
            }
            _ => (None, index),
        }
    }

    /// How many: digits, number words, "a", "a few", "half a".
    fn amount(&self, index: usize) -> Option<(Amount, usize)> {
        let (tenths, end) = match self.lex(index) {
            Lex::Count(count) => self.count_words(index, count),
            Lex::Kw(Kw::A) => match self.kw(index + 1) {
                Some(Kw::Few) => return Some((Amount::Vague, index + 2)),
                Some(Kw::Couple) => {
                    let end = if self.is(index + 2, Kw::Of) {
                        index + 3
                    } else {
                        index + 2
                    };
                    return Some((Amount::Vague, end));
                }
                Some(Kw::Half) => (5, index + 2),
                _ => (10, index + 1),
            },
            Lex::Kw(Kw::Half) if self.is(index + 1, Kw::A) => (5, index + 2),
            Lex::Kw(Kw::Several | Kw::Few) => {
                return Some((Amount::Vague, index + 1));
            }
            _ => {
                let token = self.token(index)?;
                if token.kind != Kind::Number || self.punct(index + 1, '%') {
                    return None;
                }
                let whole = token.value.saturating_mul(10);
                (whole.saturating_add(u32::from(token.tenths)), index + 1)
            }
        };
        if self.is(end, Kw::And)
            && self.is(end + 1, Kw::A)
            && self.is(end + 2, Kw::Half)
        {
            return Some((Amount::Tenths(tenths.saturating_add(5)), end + 3));
        }
        Some((Amount::Tenths(tenths), end))
    }

    /// "twenty-five", "two hundred": (tenths, token after).
    fn count_words(&self, index: usize, count: u16) -> (u32, usize) {
        let mut value = u32::from(count);
        let mut end = index + 1;
        if (20..=90).contains(&count)
            && self.is_dash(end)
            && self.glued(end)
            && let Lex::Count(ones @ 1..=9) = self.lex(end + 1)
        {
            value += u32::from(ones);
            end += 2;
        }
        if self.lex(end) == Lex::Count(100) {
            value = value.saturating_mul(100);
            end += 1;
        }
        (value.saturating_mul(10), end)
    }

    /// An amount, a unit, and what follows: "three hours", "three-year",
    /// "two years ago", "two days later", "an hour and a half".
    fn amount_expr(&self, index: usize) -> Option<Parsed> {
        let (modifier, at) = self.approximator(index);
        let (mut amount, at) = self.amount(at)?;
        let (unit, mut end) = self.unit_after(at)?;
        if amount == Amount::Tenths(10)
            && self.is(end, Kw::And)
            && self.is(end + 1, Kw::A)
            && self.is(end + 2, Kw::Half)
        {
            amount = Amount::Tenths(15);
            end += 3;
        }
        // "a fortnight" is two weeks.
        if self.word_is(end - 1, "fortnight")
            || self.word_is(end - 1, "fortnights")
        {
            amount = match amount {
                Amount::Tenths(tenths) => {
                    Amount::Tenths(tenths.saturating_mul(2))
                }
                Amount::Vague => Amount::Vague,
            };
        }
        // "five days a week", "two hours per day": how often, a set.
        if matches!(self.kw(end), Some(Kw::A | Kw::Per))
            && let Some(every) = self.singular_unit(end + 1)
            && every > unit
        {
            let expr = Expr::Set { unit: every, every: 1 };
            return Some(Parsed::new(index, end + 2, expr));
        }
        let mut parsed = self.amount_tail(index, end, unit, amount);
        if parsed.modifier.is_none() {
            parsed.modifier = modifier;
        }
        Some(parsed)
    }

    /// The unit after an amount, hyphenated or not: (unit, token after).
    /// One counting adjective may stand between: "three consecutive
    /// months", "a few extra weeks", "two more years".
    fn unit_after(&self, at: usize) -> Option<(Unit, usize)> {
        if self.is_dash(at) && self.glued(at) && self.glued(at + 1) {
            let unit = self.singular_unit(at + 1)?;
            return Some((unit, at + 2));
        }
        match self.lex(at) {
            Lex::Unit { unit, .. } => Some((unit, at + 1)),
            _ if COUNTING_ADJECTIVES
                .iter()
                .any(|word| self.word_is(at, word)) =>
            {
                match self.lex(at + 1) {
                    Lex::Unit { unit, plural: true } => Some((unit, at + 2)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn amount_tail(
        &self,
        index: usize,
        end: usize,
        unit: Unit,
        amount: Amount,
    ) -> Parsed {
        match self.kw(end) {
            Some(Kw::Ago) => {
                let expr = Expr::Ago { unit, amount, sign: -1 };
                return Parsed::new(index, end + 1, expr);
            }
            Some(Kw::Later) => {
                let expr = Expr::Anchored {
                    unit,
                    amount,
                    sign: 1,
                    point: true,
                    only_period: false,
                };
                return Parsed::new(index, end + 1, expr);
            }
            Some(Kw::Earlier) => {
                let expr = Expr::Anchored {
                    unit,
                    amount,
                    sign: -1,
                    point: true,
                    only_period: false,
                };
                return Parsed::new(index, end + 1, expr);
            }
            Some(Kw::From) if self.is(end + 1, Kw::Now) => {
                let expr = Expr::Ago { unit, amount, sign: 1 };
                return Parsed::new(index, end + 2, expr);
            }
            _ => {}
        }
        if self.is(index, Kw::A) && self.is_rate(index) {
            return Parsed::new(index, end, Expr::Set { unit, every: 1 });
        }
        Parsed::new(index, end, Expr::Duration { unit, amount })
    }

    /// Whether "a" at `index` means "per" ("$5 million a year").
    fn is_rate(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else { return false };
        let rate_words = [
            "million", "billion", "trillion", "thousand", "percent", "times",
            "once", "twice", "dollars", "euros", "cents", "barrels", "tons",
        ];
        // "5,000 cars a week": a counted noun between number and "a".
        let counted = before
            .checked_sub(1)
            .is_some_and(|number| self.is_number(number))
            && self.token(before).is_some_and(|token| token.kind == Kind::Word);
        self.is_number(before)
            || counted
            || self.punct(before, '%')
            || rate_words.iter().any(|word| self.word_is(before, word))
    }

    /// "the past three years", "the coming weeks", "next few days":
    /// a duration from `start` whose amount begins at `at`.
    fn span_duration(&self, start: usize, at: usize) -> Option<Parsed> {
        if let Some(parsed) = self.plural_duration(start, at) {
            return Some(parsed);
        }
        let (amount, after) = self.amount(at)?;
        let (unit, end) = self.unit_after(after)?;
        Some(Parsed::new(start, end, Expr::Duration { unit, amount }))
    }

    /// A plural unit with no amount at `at`: "(recent) years".
    fn plural_duration(&self, start: usize, at: usize) -> Option<Parsed> {
        match self.lex(at) {
            Lex::Unit { unit, plural: true } => {
                let expr = Expr::Duration { unit, amount: Amount::Vague };
                Some(Parsed::new(start, at + 1, expr))
            }
            _ => None,
        }
    }

    /// "years ago", "for years", "years of war".
    fn bare_units(&self, index: usize) -> Option<Parsed> {
        let Lex::Unit { unit, .. } = self.lex(index) else { return None };
        if matches!(unit, Unit::Second | Unit::Quarter) {
            return None;
        }
        if self.is(index + 1, Kw::Ago) {
            let expr = Expr::Ago { unit, amount: Amount::Vague, sign: -1 };
            return Some(Parsed::new(index, index + 2, expr));
        }
        // "lasted only hours", "took years to enforce", "spent months".
        let measured = index.checked_sub(1).is_some_and(|before| {
            MEASURING_WORDS.iter().any(|word| self.word_is(before, word))
        });
        let framed = measured
            || matches!(
                self.kw_before(index),
                Some(Kw::For | Kw::Over | Kw::Within | Kw::In)
            )
            || (self.is(index + 1, Kw::Of) && !self.is(index + 2, Kw::The))
            || matches!(
                self.kw(index + 1),
                Some(Kw::Later | Kw::Before | Kw::After | Kw::Earlier)
            );
        let end =
            if self.is(index + 1, Kw::Later) { index + 2 } else { index + 1 };
        let expr = Expr::Duration { unit, amount: Amount::Vague };
        framed.then(|| Parsed::new(index, end, expr))
    }

    // ----- quarters, centuries, seasons, sets ---------------------------

    /// "third quarter (of 2025)", "third-quarter", "19th century" in words.
    fn ordinal_expr(&self, index: usize) -> Option<Parsed> {
        let Lex::Ordinal(ordinal) = self.lex(index) else { return None };
        let mut at = index + 1;
        if self.is_dash(at) && self.glued(at) {
            at += 1;
        }
        let ordinal_u32 = u32::from(ordinal);
        if self.is(at, Kw::Half) && (1..=2).contains(&ordinal) {
            return Some(self.quarter_year(index, at + 1, ordinal_u32, 6));
        }
        match self.singular_unit(at)? {
            Unit::Quarter if (1..=4).contains(&ordinal) => {
                Some(self.quarter_year(index, at + 1, ordinal_u32, 3))
            }
            Unit::Century => {
                let expr = Expr::Century(i32::from(ordinal) - 1);
                Some(Parsed::new(index, at + 1, expr))
            }
            _ => None,
        }
    }

    /// A quarter or half with an optional year after it ("of 2025", "of
    /// last year").
    fn quarter_year(
        &self,
        index: usize,
        at: usize,
        quarter: u32,
        months: u32,
    ) -> Parsed {
        let mut year = YearRef::Unknown;
        let mut end = at;
        let after_of = if self.is(at, Kw::Of) { at + 1 } else { at };
        if let Some(explicit) = self.year(after_of) {
            year = YearRef::Explicit(explicit);
            end = after_of + 1;
        } else if self.is(at, Kw::Of)
            && self.singular_unit(at + 2) == Some(Unit::Year)
        {
            let offset = match self.kw(at + 1) {
                Some(Kw::Last) => Some(-1),
                Some(Kw::This) => Some(0),
                Some(Kw::Next) => Some(1),
                _ => None,
            };
            if let Some(offset) = offset {
                year = YearRef::Offset(offset);
                end = at + 3;
            }
        }
        let expr = Expr::Quarter { quarter, months, year, rel: Rel::Bare };
        Parsed::new(index, end, expr)
    }

    /// "Q3", "Q3 2025".
    fn quarter_code(&self, index: usize) -> Option<Parsed> {
        if !self.word_is(index, "q") || !self.is_capitalized(index) {
            return None;
        }
        let (quarter, 1) = self.digits(index + 1)? else { return None };
        if !self.glued(index + 1) || !(1..=4).contains(&quarter) {
            return None;
        }
        Some(self.quarter_year(index, index + 2, quarter, 3))
    }

    fn fiscal_expr(&self, index: usize) -> Option<Parsed> {
        let mut at = index + 1;
        if self.singular_unit(at) == Some(Unit::Year) {
            at += 1;
        }
        let year = self.year(at)?;
        Some(Parsed::new(index, at + 1, Expr::FiscalYear(year)))
    }

    /// A season name with a year after it or a preposition before it.
    fn season_expr(&self, index: usize, season: u8) -> Option<Parsed> {
        let expr = Expr::Season { season, rel: Rel::Bare, year: None };
        let parsed = Parsed::new(index, index + 1, expr);
        if let Some(with_year) = self.season_year(parsed) {
            return Some(with_year);
        }
        let cued = matches!(
            self.kw_before(index),
            Some(
                Kw::In
                    | Kw::During
                    | Kw::By
                    | Kw::Since
                    | Kw::Until
                    | Kw::Through
                    | Kw::Over
                    | Kw::Before
                    | Kw::After
            )
        );
        cued.then_some(parsed)
    }

    /// "summer 2024", "summer of 2024".
    fn season_year(&self, parsed: Parsed) -> Option<Parsed> {
        let Expr::Season { season, rel, .. } = parsed.expr else {
            return None;
        };
        let at = parsed.end;
        let (year, end) = match self.year(at) {
            Some(year) => (year, at + 1),
            None if self.is(at, Kw::Of) => (self.year(at + 1)?, at + 2),
            None => return None,
        };
        let expr = Expr::Season { season, rel, year: Some(year) };
        Some(Parsed { end, expr, ..parsed })
    }

    /// "every week", "every two years", "each Monday", "per year".
    fn set_expr(&self, index: usize) -> Option<Parsed> {
        let mut at = index + 1;
        let mut every = 1;
        if self.is(index, Kw::Per) {
            let unit = self.singular_unit(at)?;
            return Some(Parsed::new(index, at + 1, Expr::Set { unit, every }));
        }
        if self.is(at, Kw::Other) {
            every = 2;
            at += 1;
        }
        if let Lex::Weekday(weekday) = self.lex(at) {
            let expr = Expr::SetWeekday(i32::from(weekday));
            return Some(Parsed::new(index, at + 1, expr));
        }
        if let Some(unit) = self.singular_unit(at) {
            return Some(Parsed::new(index, at + 1, Expr::Set { unit, every }));
        }
        let (Amount::Tenths(tenths), after) = self.amount(at)? else {
            return None;
        };
        let (unit, end) = self.unit_after(after)?;
        let every = (tenths / 10).max(1);
        Some(Parsed::new(index, end, Expr::Set { unit, every }))
    }
}

/// The lexical class of "days".
/// Adjectives that may stand between an amount and its unit.
const COUNTING_ADJECTIVES: &[&str] = &[
    "consecutive",
    "straight",
    "extra",
    "more",
    "additional",
    "successive",
    "full",
    "long",
];

/// Words before a bare plural unit that make it a length of time.
const MEASURING_WORDS: &[&str] = &[
    "took", "take", "takes", "taking", "lasted", "last", "lasts", "lasting",
    "only", "just", "mere", "spent", "spend", "spends", "waited", "wait",
];

fn day_units() -> Lex {
    Lex::Unit { unit: Unit::Day, plural: true }
}
