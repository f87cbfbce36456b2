//! Time expressions: find them in text and normalise them (TIMEX3 style)
//! against the publication date and the tense of their sentence.
//!
//! It owns the English time grammar and calendar arithmetic; it never reads
//! a clock, does I/O or panics on any input. The work is one linear pass:
//! `token` splits the body into tokens, `grammar` finds expressions,
//! `tense` reads the clause around each, and `resolve` turns them into
//! values and day spans.
//!
//! # Extents
//! Spans follow TIMEX3 as in TempEval-3 news annotation: no leading
//! preposition ("Friday", not "on Friday"), but determiners and modifiers
//! that belong to the expression are kept ("the next day", "the 1990s",
//! "early March", "nearly three hours"). A modifier changes `when` (early =
//! first third of the period, mid = middle third, late = last third,
//! "earlier this year" = start of the year to the publication date) but not
//! `value`, which stays the whole unit, with the modifier in `modifier`.

mod calendar;
mod grammar;
mod resolve;
mod tense;
mod token;

#[cfg(test)]
mod tests;

use crate::domain::{ByteSpan, Day, Precision, TimeSpan};
use grammar::{Expr, Grammar, Modifier, Parsed};
use resolve::{Context, Grain, Period, Resolved, Window};
use token::{Kw, Lex, Token};

/// The number a number word names, cardinal or ordinal ("three" and
/// "third" are 3, "dozen" is 12), from the tagger's own word list.
pub fn number_word(word: &str) -> Option<u16> {
    match token::classify_word(word.as_bytes()) {
        Lex::Count(n) => Some(n),
        Lex::Ordinal(n) => Some(u16::from(n)),
        _ => None,
    }
}

/// Whether a word names a month, a weekday or a calendar unit ("July",
/// "Friday", "year", "weeks"), from the tagger's own word list.
pub fn is_calendar_word(word: &str) -> bool {
    matches!(
        token::classify_word(word.as_bytes()),
        Lex::Month { .. } | Lex::Weekday(_) | Lex::Unit { .. }
    )
}

/// Whether a word names a month ("March", "Sept"), from the tagger's own
/// word list.
pub fn is_month_name(word: &str) -> bool {
    matches!(token::classify_word(word.as_bytes()), Lex::Month { .. })
}

/// The TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period ("Friday", "August 2025", "2022").
    Date,
    /// A time of day ("3 p.m.").
    Time,
    /// A length of time ("three hours"); not a date.
    Duration,
    /// A recurring time ("every week").
    Set,
}

impl TimexType {
    /// The TIMEX3 name: DATE, TIME, DURATION or SET.
    pub fn name(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// The TIMEX3 `mod` attribute: which part of a period, or how exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimexMod {
    /// "early March".
    Start,
    /// "mid-August".
    Mid,
    /// "late 2024", "the end of the year".
    End,
    /// "about three hours".
    Approx,
    /// "less than a week".
    LessThan,
    /// "more than a decade".
    MoreThan,
}

impl TimexMod {
    /// The TIMEX3 name: START, MID, END, APPROX, LESS_THAN, MORE_THAN.
    pub fn name(self) -> &'static str {
        match self {
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Approx => "APPROX",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::MoreThan => "MORE_THAN",
        }
    }
}

/// One time expression found in the text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TimeMention {
    /// The expression as TIMEX3 marks it, without a leading preposition.
    pub span: ByteSpan,
    /// TIMEX3 type.
    pub timex_type: TimexType,
    /// TIMEX3 value: `2025-08-15`, `2025-W33`, `2025-08`, `2025-FA`, `P3Y`,
    /// `PRESENT_REF`, `XXXX-XX-XX` when unknown, ...
    pub value: String,
    /// The resolved span of days, or `None` for durations, sets and
    /// expressions nothing anchors.
    pub when: Option<TimeSpan>,
    /// TIMEX3 `mod`, when the expression has one.
    pub modifier: Option<TimexMod>,
}

/// Finds and normalises every time expression in `text[body_start..]`.
///
/// Mentions come back in text order and never overlap. Relative
/// expressions resolve against `published`; "the next day" and "two days
/// later" resolve against the latest day-precision date before them.
pub fn tag(
    text: &str,
    body_start: usize,
    published: Option<Day>,
) -> Vec<TimeMention> {
    tag_again_if(text, body_start, published, |_| None)
}

/// `tag`, then, when `again` picks another publication date from the
/// mentions found, `tag` against that date instead (a wire story dated
/// by its dateline). The tokens depend on the text alone, so the second
/// pass reuses the first one's instead of cutting the text again.
pub fn tag_again_if(
    text: &str,
    body_start: usize,
    published: Option<Day>,
    again: impl FnOnce(&[TimeMention]) -> Option<Day>,
) -> Vec<TimeMention> {
    let tokens = token::Buffer::take();
    let tokens = token::tokenize_into(text, body_start, tokens);
    let mut mentions = tag_tokens(text, &tokens, published);
    if let Some(day) = again(&mentions) {
        mentions = tag_tokens(text, &tokens, Some(day));
    }
    token::Buffer::give_back(tokens);
    mentions
}

/// `tag` over the text's tokens.
fn tag_tokens(
    text: &str,
    tokens: &[Token],
    published: Option<Day>,
) -> Vec<TimeMention> {
    let grammar = Grammar::new(text, tokens);
    let (mut mentions, mut placements) = SCRATCH.with(|cell| cell.take());
    mentions.clear();
    placements.clear();
    // About one time expression per 30 tokens in news; room up front
    // saves the doubling reallocations (a no-op once the thread's
    // buffers have grown).
    mentions.reserve(tokens.len() / 16 + 4);
    placements.reserve(tokens.len() / 16 + 4);
    let mut tagger = Tagger {
        text,
        tokens,
        published,
        anchor: None,
        period: None,
        first_quarter: None,
        sentence_year: None,
        mentions,
        placements,
        last_weekday: None,
    };
    let mut index = 0;
    while index < tokens.len() {
        let parsed = if grammar.may_start(index) {
            grammar.parse_at(index)
        } else {
            None
        };
        match parsed {
            Some(parsed) => {
                tagger.push(&parsed);
                index = parsed.end;
            }
            None => index += 1,
        }
    }
    tagger.date_clock_times();
    // The caller gets an exact-size copy; the working buffers stay with
    // the thread.
    let found: Vec<TimeMention> = tagger.mentions.drain(..).collect();
    let (mentions, mut placements) = (tagger.mentions, tagger.placements);
    if mentions.capacity() <= SCRATCH_MENTIONS_MAX {
        placements.clear();
        SCRATCH.with(|cell| cell.replace((mentions, placements)));
    }
    found
}

/// How many sentences back a dated period still anchors "a year earlier"
/// or "that year": a comparison names its period close by.
const PERIOD_SENTENCES: u32 = 2;

/// Larger working buffers are not kept (one huge article should not pin
/// memory).
const SCRATCH_MENTIONS_MAX: usize = 1 << 12;

thread_local! {
    /// The tagger's mention and placement vectors, kept per thread between
    /// articles: each is a request of a kilobyte or more, and a fresh one
    /// per article made the allocator sort and merge its free lists (the
    /// two allocations were about 2 % of extraction).
    static SCRATCH: std::cell::RefCell<(Vec<TimeMention>, Vec<Placement>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// Where a mention sits among the tokens, kept to date clock times.
#[derive(Clone, Copy, Debug)]
struct Placement {
    first_token: usize,
    end_token: usize,
    sentence: u32,
    anchor: Option<Day>,
    clock: Option<(u32, u32)>,
}

/// The state of one pass over a text.
struct Tagger<'a> {
    text: &'a str,
    tokens: &'a [Token],
    published: Option<Day>,
    anchor: Option<Day>,
    /// The last dated period and the sentence it is in.
    period: Option<(Period, u32)>,
    /// The first quarter named.
    first_quarter: Option<Period>,
    /// The last year named and its sentence.
    sentence_year: Option<(i32, u32)>,
    mentions: Vec<TimeMention>,
    placements: Vec<Placement>,
    /// The tokens of the last weekday tagged (`Expr::Weekday`).
    last_weekday: Option<(usize, usize)>,
}

impl Tagger<'_> {
    /// The tokens whose clause gives `parsed` its tense: a bare weekday
    /// coordinated with the weekday right before it ("agree on Monday or
    /// Tuesday", "on Monday and Tuesday") reads the first one's clause, so
    /// the two point the same way, however far the first's cue is.
    fn clause_tokens(&self, parsed: &Parsed) -> (usize, usize) {
        let own = (parsed.start, parsed.end);
        let bare = matches!(
            parsed.expr,
            Expr::Weekday { rel: grammar::Rel::Bare, .. }
        );
        let Some((first, end)) = self.last_weekday.filter(|_| bare) else {
            return own;
        };
        let between = self.tokens.get(end..parsed.start).unwrap_or(&[]);
        let joined = !between.is_empty()
            && between.len() <= 2
            && between.iter().all(|token| {
                self.text
                    .get(token.start..token.end)
                    .is_some_and(|word| matches!(word, "or" | "and" | ","))
            });
        if joined { (first, end) } else { own }
    }

    fn push(&mut self, parsed: &Parsed) {
        let (Some(first), Some(last)) = (
            self.tokens.get(parsed.start),
            parsed.end.checked_sub(1).and_then(|end| self.tokens.get(end)),
        ) else {
            return;
        };
        let Some(expression) = self.text.get(first.start..last.end) else {
            return;
        };
        let (clause_first, clause_last) = self.clause_tokens(parsed);
        self.last_weekday = matches!(parsed.expr, Expr::Weekday { .. })
            .then_some((parsed.start, parsed.end));
        let clause = tense::LazyClause::new(
            self.text,
            self.tokens,
            clause_first,
            clause_last,
        );
        let period = self
            .period
            .filter(|(_, sentence)| {
                first.sentence <= sentence + PERIOD_SENTENCES
            })
            .map(|(period, _)| period);
        let context = Context {
            published: self.published,
            anchor: self.anchor,
            period,
            first_quarter: self.first_quarter,
            sentence_year: self
                .sentence_year
                .filter(|(_, sentence)| *sentence == first.sentence)
                .map(|(year, _)| year),
            clause,
        };
        let Some(mut resolved) = resolve::resolve(&parsed.expr, &context)
        else {
            return;
        };
        add_day_part(&mut resolved, parsed);
        if parsed.week_of {
            week_of(&mut resolved);
        }
        let modifier = apply_modifier(&mut resolved, parsed, self.published);
        if self.follows_since(parsed.start)
            && let Some(window) = resolved.when.as_mut()
        {
            // "since 2015" stays true up to publication; a publication
            // date before the start says nothing about the end.
            let after_start = match (window.start, self.published) {
                (Some(start), Some(published)) => published >= start,
                _ => true,
            };
            if after_start {
                window.end = self.published;
            }
        }
        self.placements.push(Placement {
            first_token: parsed.start,
            end_token: parsed.end,
            sentence: first.sentence,
            anchor: self.anchor,
            clock: match parsed.expr {
                Expr::Clock { hour, minute } => Some((hour, minute)),
                _ => None,
            },
        });
        if let Some(day) = day_of(&resolved) {
            self.anchor = Some(day);
        }
        if resolved.timex_type == TimexType::Date
            && let Some(grain) = Grain::of_value(&resolved.value)
            && let Some(start) = resolved.when.and_then(|when| when.start)
        {
            self.period = Some((Period { start, grain }, first.sentence));
            if grain == Grain::Quarter && self.first_quarter.is_none() {
                self.first_quarter = Some(Period { start, grain });
            }
            // Only a year written out ("In 2019, ..."), not one counted from
            // publication ("earlier this year").
            if grain == Grain::Year && matches!(parsed.expr, Expr::Year(_)) {
                self.sentence_year = Some((start.year(), first.sentence));
            }
        }
        self.mentions.push(TimeMention {
            span: ByteSpan::new(first.start, last.end),
            timex_type: resolved.timex_type,
            value: resolved.value,
            when: resolved.when.map(|window| time_span(window, expression)),
            modifier,
        });
    }

    fn follows_since(&self, start: usize) -> bool {
        start
            .checked_sub(1)
            .and_then(|before| self.tokens.get(before))
            .is_some_and(|token| token.lex == Lex::Kw(Kw::Since))
    }

    /// Gives each clock time a day: a date right after it ("3 p.m.
    /// Friday"), else a date shortly before it in its sentence ("Friday at
    /// 3 p.m."), else the narrative anchor, else the publication date.
    /// A date written right after the clock time, with nothing between
    /// ("6 a.m. Thursday", "noon Sunday"), is part of one TIME expression,
    /// as TIMEX3 marks it: the two mentions become one.
    fn date_clock_times(&mut self) {
        let mut joined = Vec::new();
        for index in 0..self.placements.len() {
            let Some(placement) = self.placements.get(index).copied() else {
                continue;
            };
            let Some((hour, minute)) = placement.clock else { continue };
            let after = self.neighbour_day(index + 1, placement, true);
            let adjacent = after.is_some()
                && self.placements.get(index + 1).is_some_and(|next| {
                    next.first_token == placement.end_token
                });
            let day = after
                .or_else(|| {
                    let before = index.checked_sub(1)?;
                    self.neighbour_day(before, placement, false)
                })
                .or(placement.anchor)
                .or(self.published);
            let end = match self.mentions.get(index + 1) {
                Some(next) if adjacent => Some(next.span.end),
                _ => None,
            };
            let Some(mention) = self.mentions.get_mut(index) else { continue };
            let Some(day) = day else { continue };
            if let Some(end) = end {
                mention.span.end = end;
                joined.push(index + 1);
            }
            mention.value = format!("{day}T{hour:02}:{minute:02}");
            mention.when =
                Some(TimeSpan::day(day, &mention_text(mention, self.text)));
        }
        for index in joined.into_iter().rev() {
            if index < self.mentions.len() {
                self.mentions.remove(index);
            }
        }
    }

    /// The single day of mention `index` if it is close to `placement`.
    fn neighbour_day(
        &self,
        index: usize,
        placement: Placement,
        after: bool,
    ) -> Option<Day> {
        let other = self.placements.get(index)?;
        let gap = if after {
            other.first_token.checked_sub(placement.end_token)?
        } else {
            placement.first_token.checked_sub(other.end_token)?
        };
        let near = gap <= if after { 2 } else { 10 };
        if !near
            || other.sentence != placement.sentence
            || other.clock.is_some()
        {
            return None;
        }
        let when = self.mentions.get(index)?.when.as_ref()?;
        let single = when.precision == Precision::Day && when.start == when.end;
        if single { when.start } else { None }
    }
}

fn mention_text(mention: &TimeMention, text: &str) -> String {
    mention.span.slice(text).unwrap_or("").to_string()
}

/// The single day a resolved date names, which becomes the anchor.
fn day_of(resolved: &Resolved) -> Option<Day> {
    let window = resolved.when?;
    let single =
        window.precision == Precision::Day && window.start == window.end;
    if single
        && resolved.timex_type != TimexType::Time
        && !resolved.value.ends_with("_REF")
    {
        window.start
    } else {
        None
    }
}

/// "Friday night", "this morning": a TIME on that day.
/// Turns a resolved day into its ISO week ("the week ending Aug. 12").
fn week_of(resolved: &mut Resolved) {
    let Some(day) = resolved.when.and_then(|when| when.start) else { return };
    let Some(value) = calendar::week_value(day) else { return };
    let range = calendar::week_range(day);
    resolved.value = value;
    resolved.when = Some(Window {
        start: Some(range.0),
        end: Some(range.1),
        precision: Precision::Week,
    });
}

fn add_day_part(resolved: &mut Resolved, parsed: &Parsed) {
    let Some(part) = parsed.part else { return };
    resolved.timex_type = TimexType::Time;
    resolved.value.push('T');
    resolved.value.push_str(part.code());
}

/// Narrows `when` for "early", "mid", "late", "earlier" and "later", and
/// returns the TIMEX3 modifier.
fn apply_modifier(
    resolved: &mut Resolved,
    parsed: &Parsed,
    published: Option<Day>,
) -> Option<TimexMod> {
    let modifier = parsed.modifier?;
    if let Some(window) = resolved.when.as_mut() {
        narrow(window, modifier, published);
    }
    match modifier {
        Modifier::Start => Some(TimexMod::Start),
        Modifier::Mid => Some(TimexMod::Mid),
        Modifier::End => Some(TimexMod::End),
        Modifier::Approx => Some(TimexMod::Approx),
        Modifier::LessThan => Some(TimexMod::LessThan),
        Modifier::MoreThan => Some(TimexMod::MoreThan),
        Modifier::Earlier | Modifier::Later => None,
    }
}

fn narrow(window: &mut Window, modifier: Modifier, published: Option<Day>) {
    let (Some(start), Some(end)) = (window.start, window.end) else {
        return;
    };
    let narrowed = match modifier {
        Modifier::Start | Modifier::Mid | Modifier::End => {
            calendar_part(start, end, window.precision, modifier)
        }
        Modifier::Earlier => match published {
            Some(day) if day >= start && day <= end => Some((start, day)),
            _ => None,
        },
        Modifier::Later => match published {
            Some(day) if day >= start && day <= end => Some((day, end)),
            _ => None,
        },
        _ => None,
    };
    if let Some((new_start, new_end)) = narrowed
        && new_start <= new_end
    {
        window.start = Some(new_start);
        window.end = Some(new_end);
    }
}

/// The start, middle or end part of a period along calendar lines: a
/// year's four-month thirds, a month's days 1-10, 11-20 and 21 on, a
/// decade's years 0-3, 4-6 and 7-9; other periods split into thirds.
fn calendar_part(
    start: Day,
    end: Day,
    precision: Precision,
    modifier: Modifier,
) -> Option<(Day, Day)> {
    let part = match modifier {
        Modifier::Start => 0,
        Modifier::Mid => 1,
        _ => 2,
    };
    let (year, _, _) = calendar::ymd(start)?;
    match precision {
        Precision::Year => calendar::months_range(year, 1 + 4 * part, 4),
        Precision::Month => {
            let first = start.plus(10 * i32::try_from(part).ok()?);
            let last = if part == 2 { end } else { first.plus(9) };
            Some((first, last))
        }
        Precision::Decade => {
            let (first, count) = [(0, 4), (4, 3), (7, 3)].get(part as usize)?;
            calendar::years_range(year + first, *count)
        }
        Precision::Century => {
            let (first, count) =
                [(0, 33), (33, 33), (66, 34)].get(part as usize)?;
            calendar::years_range(year + first, *count)
        }
        _ => {
            let third = (end.0 - start.0 + 1) / 3;
            let part = i32::try_from(part).ok()?;
            let first = start.plus(third * part);
            let last =
                if part == 2 { end } else { first.plus(third.max(1) - 1) };
            Some((first, last))
        }
    }
}

fn time_span(window: Window, text: &str) -> TimeSpan {
    TimeSpan {
        start: window.start,
        end: window.end,
        precision: window.precision,
        text: text.to_string(),
    }
}
