//! Date assignment: the valid time of an observation, from the time
//! expressions near its trigger, anchors in the story ("hours before the
//! summit"), the narrative's last date, or the reporting window.
//!
//! It owns the order of those fallbacks and never invents precision: what
//! the text leaves open stays open. It works over `TimeMention`s so it can be
//! tested without the tagger.

use super::fxhash::WordList;
use super::text::Range;
use super::time::{TimeMention, TimexType};
use crate::domain::{Day, EventKind, Precision, Status, TimeSpan};
use chrono::Datelike;

/// How the trigger's clause places the happening in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Simple past or present report ("said", "met", "says").
    Past,
    /// Perfect or habitual ("has long argued", "has consistently said").
    Habitual,
}

/// A reference to the story's main happening ("before the summit").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Hours before, during, or right after it: its day.
    SameDay,
    /// Days before it: the week before.
    DaysBefore,
    /// After it, no closer: from it to publication.
    After,
}

/// Article-wide dates every observation can fall back on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Story {
    /// The publication date.
    pub published: Option<Day>,
    /// The day of the story's main happening (its first past dated event).
    pub main_day: Option<Day>,
}

/// Everything known about one observation's place in time.
#[derive(Clone, Copy, Debug)]
pub struct Placement<'a> {
    /// The sentence (or clause) that reports it.
    pub sentence: Range,
    /// Byte offset of its trigger.
    pub trigger: usize,
    /// Its kind.
    pub kind: EventKind,
    /// Its status.
    pub status: Status,
    /// Its tense.
    pub tense: Tense,
    /// An anchor phrase in its sentence, if any.
    pub anchor: Option<Anchor>,
    /// The last explicit date of the paragraph so far.
    pub paragraph_date: Option<&'a TimeSpan>,
    /// The article text in ASCII lowercase (same offsets as the file), to
    /// read the words between a speech verb and a time expression.
    pub lower: &'a str,
    /// The quoted passages around the observation: a "today" inside a
    /// quote is the speaker's day, which the tagger cannot know.
    pub quotes: &'a [Range],
}

/// Where a date came from, for the rule name and diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// A time expression in the sentence.
    Expression,
    /// An anchor on the main happening.
    Anchor,
    /// The paragraph's last explicit date.
    Narrative,
    /// The reporting window or publication date.
    Window,
    /// Nothing: open on both sides.
    Open,
}

/// The time mention in the sentence closest to the trigger, if any.
pub fn nearest(
    mentions: &[TimeMention],
    sentence: Range,
    trigger: usize,
) -> Option<&TimeMention> {
    nearest_kept(mentions, sentence, trigger, |_| true)
}

/// `nearest` among the mentions `keep` accepts.
fn nearest_kept(
    mentions: &[TimeMention],
    sentence: Range,
    trigger: usize,
    keep: impl Fn(&TimeMention) -> bool,
) -> Option<&TimeMention> {
    candidates(mentions, sentence)
        .filter(|m| keep(m))
        .min_by_key(|m| distance(m, trigger))
}

/// The mentions of a sentence that can date anything. The cheap tests come
/// first: `keep` searches the text around a mention, and durations and
/// undated mentions never date anything.
fn candidates(
    mentions: &[TimeMention],
    sentence: Range,
) -> impl Iterator<Item = &TimeMention> + Clone {
    mentions.iter().filter(move |m| {
        let start = m.span.start as usize;
        start >= sentence.start
            && (m.span.end as usize) <= sentence.end
            && matches!(m.timex_type, TimexType::Date | TimexType::Time)
            && m.when.is_some()
    })
}

/// How far a mention lies from the trigger. Expressions before the
/// trigger in the same sentence are usually its adverbials too; distance
/// alone decides.
fn distance(m: &TimeMention, trigger: usize) -> usize {
    let start = m.span.start as usize;
    let end = m.span.end as usize;
    if end <= trigger { trigger - end } else { start.saturating_sub(trigger) }
}

/// The valid time of an observation and where it came from.
pub fn assign(
    mentions: &[TimeMention],
    placement: &Placement<'_>,
    story: &Story,
) -> (TimeSpan, DateSource) {
    if let Some(span) = anniversary(placement, story.published) {
        return (span, DateSource::Anchor);
    }
    if let Some(span) = offset_from_reference(mentions, placement, story) {
        return (span, DateSource::Anchor);
    }
    let dated = dating(mentions, placement, story.published);
    if let Some(span) = dated.and_then(|m| before_the_saying(placement, m)) {
        return (span, DateSource::Expression);
    }
    if dated.is_none()
        && let Some(span) = told_by_a_later_saying(mentions, placement)
    {
        return (span, DateSource::Expression);
    }
    if let Some((anchor, day)) = dated.and_then(|m| anchor_day(placement, m)) {
        // "days before Friday's summit": the anchor counts from the day
        // the phrase names, which is not the observation's own date.
        return (anchored(anchor, day, story.published), DateSource::Anchor);
    }
    // "The ministers agreed to resume talks on Monday": a date after
    // publication is the plan's, never that of what already happened (the
    // agreement), which the window below dates instead.
    if let Some(when) = dated.and_then(|m| m.when.clone())
        && !after_publication(&when, placement.status, story.published)
    {
        return (when, DateSource::Expression);
    }
    if let Some(span) = past_stretch(mentions, placement, story.published) {
        return (span, DateSource::Expression);
    }
    if let (Some(anchor), Some(main)) = (placement.anchor, story.main_day) {
        return (anchored(anchor, main, story.published), DateSource::Anchor);
    }
    if matches!(placement.status, Status::Planned | Status::Hypothetical) {
        let span = open_span(story.published, None, "");
        return (
            span,
            if story.published.is_some() {
                DateSource::Window
            } else {
                DateSource::Open
            },
        );
    }
    if placement.tense == Tense::Habitual {
        return (open_span(None, story.published, ""), DateSource::Window);
    }
    if placement.kind != EventKind::Statement
        && let Some(date) = placement.paragraph_date
        && !after_publication(date, placement.status, story.published)
    {
        return (date.clone(), DateSource::Narrative);
    }
    match (story.main_day, story.published) {
        (main, Some(published)) if placement.kind == EventKind::Statement => {
            (reporting_window(main, published), DateSource::Window)
        }
        (Some(main), Some(published)) if main <= published => (
            TimeSpan::range(main, published, Precision::Day, ""),
            DateSource::Window,
        ),
        // No main day: a story that dates nothing tells what happened
        // just before it was published, as for remarks.
        (None, Some(published)) => {
            (reporting_window(None, published), DateSource::Window)
        }
        (_, Some(published)) => {
            (open_span(None, Some(published), ""), DateSource::Window)
        }
        _ => (open_span(None, None, ""), DateSource::Open),
    }
}

/// Whether a date is one a happening reported as having taken place
/// cannot have: one that starts after the article was published (a
/// paragraph's plan, "would meet him on Monday. Following a private call
/// with him, she ...", or the plan an agreement makes, "agreed to meet on
/// Monday"): the plan does not date what already happened.
fn after_publication(
    date: &TimeSpan,
    status: Status,
    published: Option<Day>,
) -> bool {
    status == Status::Occurred
        && matches!((date.start, published), (Some(start), Some(day)) if start > day)
}

/// Longest stretch between "<duration> after" and a trigger it places.
const OFFSET_PHRASE_BYTES_MAX: usize = 120;

/// "The summit comes two months after talks in Hanoi": a duration right
/// before "after" or "before" and the trigger places the trigger that far
/// from the narrative's day (or publication), at the duration's precision:
/// two months before April is February, three days after is a day.
fn offset_from_reference(
    mentions: &[TimeMention],
    placement: &Placement<'_>,
    story: &Story,
) -> Option<TimeSpan> {
    let trigger = placement.trigger;
    let lower = placement.lower;
    let duration = mentions.iter().rev().find(|m| {
        (m.timex_type == TimexType::Duration || day_phrase(lower, m).is_some())
            && (m.span.end as usize) <= trigger
            && (m.span.start as usize) >= placement.sentence.start
    })?;
    let between = lower.get(duration.span.end as usize..trigger)?;
    // "the day after the army launched an offensive": the phrase's own
    // "after" places what follows it a day before the clause's day.
    let (direction, count, unit) = match day_phrase(lower, duration) {
        Some(direction) => (direction, 1, 'D'),
        None => {
            let direction = match between.split_whitespace().next()? {
                "after" => -1,
                "before" => 1,
                _ => return None,
            };
            let (count, unit) = duration_value(&duration.value)?;
            (direction, count, unit)
        }
    };
    // The trigger is in the phrase the duration places ("two months after
    // talks in Hanoi ended without an agreement"), not past a clause break.
    if between.len() > OFFSET_PHRASE_BYTES_MAX
        || between.contains([',', ';', '.', ':'])
    {
        return None;
    }
    // "Kenya signed the deal on Friday, a day after ...": the day of the
    // clause the phrase follows, else the paragraph's, else the story's
    // main day ("The attack came a day after X met Y": the attack is the
    // story's), else publication.
    let single_day = |when: &TimeSpan| {
        when.start.filter(|_| {
            when.precision == Precision::Day && when.len_days() == Some(1)
        })
    };
    let own_day = mentions
        .iter()
        .rev()
        .filter(|m| {
            (m.span.start as usize) >= placement.sentence.start
                && m.span.end <= duration.span.start
                && m.timex_type == TimexType::Date
                && day_phrase(lower, m).is_none()
        })
        .find_map(|m| m.when.as_ref().and_then(single_day));
    let reference = own_day
        .or_else(|| placement.paragraph_date.and_then(single_day))
        .or(story.main_day)
        .or(story.published)?;
    let n = count.checked_mul(direction)?;
    let text = "";
    match unit {
        'D' => Some(TimeSpan::day(reference.plus(n), text)),
        'W' => {
            let day = reference.plus(n.checked_mul(7)?);
            Some(TimeSpan::range(
                day.plus(-3),
                day.plus(3),
                Precision::Week,
                text,
            ))
        }
        'M' => {
            let date = reference.date()?;
            let moved = if n < 0 {
                date.checked_sub_months(chrono::Months::new(n.unsigned_abs()))
            } else {
                date.checked_add_months(chrono::Months::new(n.unsigned_abs()))
            }?;
            let first = moved.with_day(1)?;
            let last =
                first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
            Some(TimeSpan::range(
                Day::from_date(first),
                Day::from_date(last),
                Precision::Month,
                text,
            ))
        }
        'Y' => {
            let year = reference.year().checked_add(n)?;
            Some(TimeSpan::range(
                Day::from_ymd(year, 1, 1)?,
                Day::from_ymd(year, 12, 31)?,
                Precision::Year,
                text,
            ))
        }
        _ => None,
    }
}

/// Longest stretch between "anniversary of" and the trigger it names
/// ("the anniversary of Russia's full-scale invasion").
const ANNIVERSARY_PHRASE_BYTES_MAX: usize = 48;

/// "Days before the one-year anniversary of Russia's invasion": the
/// trigger is the happening remembered, not one of the day. With a count
/// of years before "anniversary" ("one-year", "10th", "second") it is
/// dated to that year before publication; without one, only to some time
/// at least a year before.
fn anniversary(
    placement: &Placement<'_>,
    published: Option<Day>,
) -> Option<TimeSpan> {
    let published = published?;
    let lower = placement.lower;
    let at =
        anniversary_at(lower, placement.sentence.start, placement.trigger)?;
    match anniversary_years(lower.get(placement.sentence.start..at)?) {
        Some(years) => {
            let year = published.year().checked_sub(years)?;
            Some(TimeSpan::range(
                Day::from_ymd(year, 1, 1)?,
                Day::from_ymd(year, 12, 31)?,
                Precision::Year,
                "",
            ))
        }
        None => Some(open_span(None, Some(published.plus(-365)), "")),
    }
}

/// Where "anniversary of" starts when the trigger at `trigger` is the
/// happening it remembers: in the same sentence, close before the trigger,
/// no punctuation between ("the anniversary of Russia's full-scale
/// invasion"). `lower` is the article in ASCII lowercase. Extraction uses
/// it too, to take the happening's actors from its own phrase.
pub fn anniversary_at(
    lower: &str,
    sentence_start: usize,
    trigger: usize,
) -> Option<usize> {
    const PHRASE: &str = "anniversary of ";
    let before = lower.get(sentence_start..trigger)?;
    // 'v' (index 4) is the phrase's rarest byte in English text.
    let at = super::text::rfind_ascii(before, PHRASE, 4)?;
    let between = &before[at + PHRASE.len()..];
    (between.len() <= ANNIVERSARY_PHRASE_BYTES_MAX
        && !between.contains([',', ';', ':', '.']))
    .then_some(sentence_start + at)
}

/// The number of years in the words right before "anniversary": "the
/// one-year", "the 10th", "the second", "its first", "the two-year".
fn anniversary_years(before: &str) -> Option<i32> {
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .rev();
    let mut last = words.next()?;
    if matches!(last, "year" | "years") {
        last = words.next()?;
    }
    let number = |w: &str| -> Option<i32> {
        if let Some(n) = super::time::number_word(w) {
            return Some(i32::from(n));
        }
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        (matches!(suffix, "" | "st" | "nd" | "rd" | "th") && !digits.is_empty())
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|n| (1..=500).contains(n))
    };
    number(last)
}

/// Prepositions before "the past week" / "the last two years" that make
/// the stretch the time of what the clause tells.
const PAST_STRETCH_LEADS: &[&str] = &["over", "in", "for", "during", "within"];

/// "G-7 leaders have visited Kyiv over the past year", "aides for the past
/// week insisted": a duration counted back from publication dates the
/// clause to that stretch. For a remark it must date the speaking, not
/// what was said.
fn past_stretch(
    mentions: &[TimeMention],
    placement: &Placement<'_>,
    published: Option<Day>,
) -> Option<TimeSpan> {
    let published = published?;
    let lower = placement.lower;
    let statement = placement.kind == EventKind::Statement;
    let mention = mentions.iter().find(|m| {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        let text = lower.get(start..end).unwrap_or("");
        let lead = lower
            .get(placement.sentence.start..start)
            .and_then(|t| t.split_whitespace().next_back())
            .unwrap_or("");
        m.timex_type == TimexType::Duration
            && start >= placement.sentence.start
            && end <= placement.sentence.end
            && (text.starts_with("the past ") || text.starts_with("the last "))
            && PAST_STRETCH_LEADS.contains(&lead)
            && !placement
                .quotes
                .iter()
                .any(|r| r.start <= start && start < r.end)
            && !(statement
                && (reported_clause(placement, m)
                    || content_before(placement, m)))
    })?;
    let (count, unit) = duration_value(&mention.value)?;
    let (start, precision) = match unit {
        'D' => (published.plus(-count), Precision::Day),
        'W' => (published.plus(-count.checked_mul(7)?), Precision::Day),
        'M' | 'Y' => {
            let (months, precision) = if unit == 'M' {
                (count.unsigned_abs(), Precision::Month)
            } else {
                (count.unsigned_abs().checked_mul(12)?, Precision::Year)
            };
            let moved = published
                .date()?
                .checked_sub_months(chrono::Months::new(months))?;
            (Day::from_date(moved), precision)
        }
        _ => return None,
    };
    Some(TimeSpan::range(start, published, precision, ""))
}

/// The direction (-1) of "the day after" when a happening follows it in the
/// same phrase ("the day after the army launched an offensive"): it then
/// names the day after that happening, so the happening lies a day before
/// the clause's day. Followed by a break or nothing ("the day after, talks
/// began") it is an ordinary date.
pub fn day_phrase(lower: &str, mention: &TimeMention) -> Option<i32> {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    // Only "after": "the day before the summit" would date the summit
    // after the clause's day, often past publication when that day is
    // unknown.
    if lower.get(start..end)? != "the day after" {
        return None;
    }
    let direction = -1;
    let next = lower.get(end..)?.trim_start_matches([' ', '\t']);
    next.starts_with(|c: char| c.is_ascii_alphabetic()).then_some(direction)
}

/// A whole-number TIMEX3 duration of days, weeks, months or years
/// ("P2M" is (2, 'M')); anything else (hours, fractions, vague "PXM") is
/// none.
fn duration_value(value: &str) -> Option<(i32, char)> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let count: i32 = body.get(..body.len() - unit.len_utf8())?.parse().ok()?;
    (matches!(unit, 'D' | 'W' | 'M' | 'Y') && count > 0)
        .then_some((count, unit))
}

/// The days an undated past-tense remark can have been made: from the
/// story's main day to publication, and never less than the day before
/// publication, because a daily report with no day of its own usually
/// tells what was said the previous day or the same day.
fn reporting_window(main: Option<Day>, published: Day) -> TimeSpan {
    let day_before = published.plus(-1);
    let start = main.filter(|m| *m < day_before).unwrap_or(day_before);
    TimeSpan::range(start, published, Precision::Day, "")
}

/// Words that open a reported clause: a time expression after one of them
/// belongs to what was said ("said he would go on Monday"), not to when
/// it was said ("said on Monday").
static REPORTED_CLAUSE_WORDS: WordList = WordList::new(&[
    "that", "he", "she", "they", "it", "we", "i", "would", "will", "could",
    "to", "was", "is", "were", "had", "has", "should", "might", "may",
]);

/// Speech-verb adjuncts are short ("told reporters at the White House on").
const SPEECH_ADJUNCT_BYTES_MAX: usize = 40;
/// Longest run of prepositional phrases that set the speaking ("in a
/// televised address from the presidential office at").
const SPEECH_SETTING_BYTES_MAX: usize = 72;

/// The time expression that dates an observation. For a statement it must
/// date the speaking: not inside a quote, not in the reported clause, and
/// for a remark already made, not after publication.
fn dating<'m>(
    mentions: &'m [TimeMention],
    placement: &Placement<'_>,
    published: Option<Day>,
) -> Option<&'m TimeMention> {
    let statement = placement.kind == EventKind::Statement;
    if !statement {
        let relative = relative_clause_of_another(placement);
        let keep = |m: &TimeMention| {
            !dates_a_later_saying(placement, m)
                && relative.is_none_or(|at| at > m.span.start as usize)
                && !in_since_phrase(placement, m)
                && !names_another_happening(placement, m)
                && !in_later_subordinate_clause(placement, m)
                && !dates_the_answer(placement, m)
                && !dates_a_future_main_clause(placement, m)
                && !dates_the_planning(placement, m)
                && !dates_the_announcement(placement, m)
                && !dates_the_journey(placement, m)
                // "reached a truce, the day after the army launched an
                // offensive": that phrase dates the offensive.
                && !(placement.trigger < m.span.start as usize
                    && day_phrase(placement.lower, m).is_some())
        };
        // "The UAE said on Thursday that Russia had launched an attack on
        // Kyiv on Wednesday": with a date of its own after the trigger,
        // the reported happening is not dated by the saying's.
        // `keep` searches the text around a mention: it runs once for
        // each, and what it kept is chosen from twice.
        let kept: Vec<&TimeMention> = candidates(mentions, placement.sentence)
            .filter(|m| keep(m))
            .collect();
        let kept = kept.iter().copied();
        let dated_after =
            kept.clone().any(|m| m.span.start as usize >= placement.trigger);
        return kept
            .filter(|m| !(dated_after && dates_the_saying(placement, m)))
            .min_by_key(|m| distance(m, placement.trigger));
    }
    let occurred = placement.status != Status::Planned;
    nearest_kept(mentions, placement.sentence, placement.trigger, |m| {
        let future = match (m.when.as_ref().and_then(|w| w.start), published) {
            (Some(start), Some(published)) => start > published,
            _ => false,
        };
        let start = m.span.start as usize;
        let quoted =
            placement.quotes.iter().any(|r| r.start <= start && start < r.end);
        !(quoted
            || reported_clause(placement, m)
            || content_before(placement, m)
            || in_since_phrase(placement, m)
            || (future && occurred))
    })
}

/// Conjunctions that open a clause of its own after a comma.
const SUBORDINATORS: &[&str] = &[
    ", after ",
    ", before ",
    ", when ",
    ", while ",
    ", as ",
    ", until ",
    ", because ",
    ", whereas ",
];

/// Whether a mention sits in a subordinate clause that follows the
/// trigger's: in "the leaders met in Vladivostok, after Kim arrived
/// yesterday" the meeting is not dated yesterday.
fn in_later_subordinate_clause(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    let start = mention.span.start as usize;
    placement.trigger < start
        && placement.lower.get(placement.trigger..start).is_some_and(
            |between| {
                contains_any(
                    between,
                    [(SUBORDINATOR_LEAD, SUBORDINATORS), (CAUSE_LEAD, CAUSES)],
                )
            },
        )
}

/// Whether a mention before a cause phrase dates the clause that answers
/// the trigger's happening: in "struck the port on Sunday in retaliation
/// for Russian strikes" the strikes are not dated Sunday.
fn dates_the_answer(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    let end = mention.span.end as usize;
    end <= placement.trigger
        && placement.lower.get(end..placement.trigger).is_some_and(|between| {
            contains_any(between, [(CAUSE_LEAD, CAUSES)])
        })
}

/// Whether a mention dates a future main clause and the trigger stands in
/// an "after" clause behind it: in "a ceasefire will take effect on
/// Wednesday after both sides accepted an agreement" the accepting is not
/// dated Wednesday (nor the Wednesday before).
fn dates_a_future_main_clause(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    // The "after" clause between the mention and the trigger is rare and
    // short to look for; the sentence's lead is searched only when it is
    // there (this runs for every time mention of every happening).
    let in_after_clause = end <= placement.trigger
        && placement.lower.get(end..placement.trigger).is_some_and(|between| {
            [" after ", " following ", " once "]
                .iter()
                .any(|s| between.contains(s))
        });
    in_after_clause
        && placement.lower.get(placement.sentence.start..start).is_some_and(
            |lead| {
                [" will ", " set to ", " expected to ", " due to ", " is to "]
                    .iter()
                    .any(|cue| lead.contains(cue))
            },
        )
}

/// What every `SUBORDINATORS` phrase starts with.
const SUBORDINATOR_LEAD: &str = ", ";
/// What every `CAUSES` phrase starts with.
const CAUSE_LEAD: &str = " in re";

/// Whether `text` holds a phrase of one of the groups, whose phrases all
/// start with the group's lead: one pass over the bytes comparing where a
/// lead occurs, instead of one substring search per phrase (these ran for
/// every time mention an observation's date was chosen among, and building
/// a substring searcher cost more than searching these short stretches).
fn contains_any<const N: usize>(
    text: &str,
    groups: [(&str, &[&str]); N],
) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(at, &byte)| {
        groups.iter().any(|(lead, phrases)| {
            lead.as_bytes().first() == Some(&byte)
                && bytes.get(at..).is_some_and(|rest| {
                    rest.starts_with(lead.as_bytes())
                        && phrases
                            .iter()
                            .any(|phrase| rest.starts_with(phrase.as_bytes()))
                })
        })
    })
}

/// `text.rfind(needle)` for the short stretches dating looks back over: a
/// comparison at each place the needle's first byte occurs, without
/// building a substring searcher. The needle starts with an ASCII byte, so
/// every match starts on a char boundary, as `str::rfind`'s do.
///
/// The first byte is found eight bytes at a time (`text::rfind_ascii`): a
/// byte-by-byte walk back over the 64-byte look-back was about 1 % of
/// extraction.
fn rfind_short(text: &str, needle: &str) -> Option<usize> {
    debug_assert!(
        needle.as_bytes().first().is_some_and(u8::is_ascii),
        "needles start with an ASCII byte"
    );
    super::text::rfind_ascii(text, needle, 0)
}

/// Whether a mention dates the planning of a planned happening rather than
/// the happening: in "agreed on Thursday to open talks" Thursday is the
/// agreeing, and the talks are still to come.
fn dates_the_planning(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    /// Bytes before the mention that may hold the planning verb.
    const VERB_LOOKBACK_BYTES: usize = 24;
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    if placement.status != Status::Planned {
        // Most happenings are not planned: no need to look for the verb.
        return false;
    }
    let lead = lead_before(placement, start, VERB_LOOKBACK_BYTES);
    let planning = ["agreed ", "decided ", "voted ", "pledged ", "promised "]
        .iter()
        .any(|verb| lead.contains(verb));
    planning
        && end <= placement.trigger
        && placement
            .lower
            .get(end..placement.trigger)
            .is_some_and(|between| between.trim_start().starts_with("to "))
}

/// Whether a mention dates the speech verb right before it and the
/// trigger is a plan that speech reports: in "Baerbock said on Tuesday she
/// would travel to Nairobi next week" the journey is not dated Tuesday.
fn dates_the_announcement(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    matches!(placement.status, Status::Planned | Status::Hypothetical)
        && dates_the_saying(placement, mention)
}

/// Whether a mention before the trigger comes right after a speech verb
/// ("said on Thursday that ...", "told reporters on Thursday"): it dates
/// the saying, whatever the status of the happening reported.
fn dates_the_saying(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    mention.span.end as usize <= placement.trigger
        && after_speech_verb(placement, mention.span.start as usize)
}

/// Whether the words right before `start` end in a speech verb, "on"
/// after it or not ("said on", "said", "told reporters on"): a time
/// expression there dates the saying.
fn after_speech_verb(placement: &Placement<'_>, start: usize) -> bool {
    speech_verb_before(placement.lower, placement.sentence.start, start)
}

/// `after_speech_verb` on any text: whether the words of `lower` right
/// before `start` (not before `floor`) end in a speech verb, "on" after it
/// or not.
pub fn speech_verb_before(lower: &str, floor: usize, start: usize) -> bool {
    /// Bytes before the expression that may hold the speech verb.
    const VERB_LOOKBACK_BYTES: usize = 32;
    let lead = lower
        .get(start.saturating_sub(VERB_LOOKBACK_BYTES).max(floor)..start)
        .unwrap_or("")
        .trim_end();
    let lead = lead.strip_suffix(" on").unwrap_or(lead);
    let mut words = lead.rsplit(|c: char| !c.is_alphabetic());
    let last = words.next().unwrap_or("");
    let before = words.find(|w| !w.is_empty()).unwrap_or("");
    super::events::is_speech_word(last)
        || (before == "told" && !last.is_empty())
}

/// Whether a mention after the trigger comes right after the speech verb
/// of a trailing attribution ("agreed to restart talks, Beijing said
/// Thursday", "..., the governor told reporters on Monday"): it dates the
/// saying, not the happening reported before it.
fn dates_a_later_saying(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    let start = mention.span.start as usize;
    if placement.kind == EventKind::Statement || start <= placement.trigger {
        return false;
    }
    // The attribution is set off from the report by a comma.
    placement
        .lower
        .get(placement.trigger..start)
        .is_some_and(|between| between.contains(','))
        && after_speech_verb(placement, start)
}

/// Where a relative clause on another noun than the trigger opens after
/// it ("agreed to resume military contacts that China severed after
/// Pelosi visited Taiwan in August 2022", "met the envoy, who arrived on
/// Monday"): the byte just past its pronoun, found once per placement. A
/// time expression from there on dates what that clause tells, not the
/// trigger. A clause on the trigger itself ("the agreement, which was
/// signed on Monday") dates it.
fn relative_clause_of_another(placement: &Placement<'_>) -> Option<usize> {
    let rest = placement.lower.get(
        placement.trigger..placement.sentence.end.max(placement.trigger),
    )?;
    let trigger_word: &str =
        rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    // The first " that ", " which " or " who ", in one pass over the spaces.
    let bytes = rest.as_bytes();
    let (at, len) = bytes.iter().enumerate().find_map(|(i, &b)| {
        if b != b' ' {
            return None;
        }
        let after = rest.get(i + 1..)?;
        ["that ", "which ", "who "]
            .iter()
            .find(|w| after.starts_with(**w))
            .map(|w| (i, w.len() + 1))
    })?;
    let head = rest[..at]
        .trim_end_matches([',', ' '])
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    (!head.is_empty() && head != trigger_word)
        .then_some(placement.trigger + at + len)
}

/// "Xi agreed to restart military talks, Beijing said Thursday": a
/// happening that took place, reported before an attribution whose day is
/// the sentence's only date, took place that day or the day before (as an
/// undated remark is given the day before publication too).
fn told_by_a_later_saying(
    mentions: &[TimeMention],
    placement: &Placement<'_>,
) -> Option<TimeSpan> {
    if placement.status != Status::Occurred {
        return None;
    }
    let mention =
        nearest_kept(mentions, placement.sentence, placement.trigger, |m| {
            dates_a_later_saying(placement, m)
        })?;
    day_and_the_day_before(mention)
}

/// The day a mention names and the day before it, when it names one day:
/// what a saying's day leaves for a happening told before it.
fn day_and_the_day_before(mention: &TimeMention) -> Option<TimeSpan> {
    let day = single_day(mention.when.as_ref()?)?;
    Some(TimeSpan::range(day.plus(-1), day, Precision::Day, ""))
}

/// The day a span names when it is exactly one day at day precision.
pub fn single_day(when: &TimeSpan) -> Option<Day> {
    when.start
        .filter(|_| when.precision == Precision::Day && when.start == when.end)
}

/// Most words from "had" to the trigger it dates ("had mediated the").
const PERFECT_WORDS_MAX: usize = 3;

/// "The UAE said on Thursday it had mediated the exchange": a happening
/// reported in the past perfect, dated only by the saying's day, took
/// place before that day, most often the day before. It is given both
/// days, as an undated remark is given the day before publication too.
fn before_the_saying(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> Option<TimeSpan> {
    if placement.kind == EventKind::Statement
        || placement.status != Status::Occurred
        || !dates_the_saying(placement, mention)
    {
        return None;
    }
    // "had" a few words before the trigger, its own verb or the verb it
    // is the object of ("it had mediated the exchange"); not a report
    // inside the report ("that Trump had informed European leaders he
    // agreed").
    let between =
        placement.lower.get(mention.span.end as usize..placement.trigger)?;
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let near = &words[words.len().saturating_sub(PERFECT_WORDS_MAX)..];
    if !near.contains(&"had") || between.contains([',', ';']) {
        return None;
    }
    day_and_the_day_before(mention)
}

/// Whether a mention dates a journey and the trigger is the journey's
/// purpose after it: in "Xi arrived in the U.S. on Tuesday for the summit
/// with Biden" the summit is not dated Tuesday.
fn dates_the_journey(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    /// Bytes before the mention that may hold the journey's verb.
    const VERB_LOOKBACK_BYTES: usize = 48;
    /// Longest stretch between the mention and the purpose's trigger.
    const PURPOSE_BYTES_MAX: usize = 48;
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    // A planned journey's purpose is planned for its day ("will travel to
    // Warsaw on Wednesday for talks").
    if placement.kind == EventKind::Travel
        || placement.status == Status::Planned
        || end > placement.trigger
        || placement.trigger - end > PURPOSE_BYTES_MAX
    {
        return false;
    }
    let purpose = placement
        .lower
        .get(end..placement.trigger)
        .is_some_and(|between| between.contains("for "));
    purpose
        && lead_before(placement, start, VERB_LOOKBACK_BYTES)
            .split(|c: char| !c.is_alphabetic())
            .any(super::events::is_travel_word)
}

/// Up to `bytes` of the sentence's lowercase text right before `start`.
fn lead_before<'p>(
    placement: &Placement<'p>,
    start: usize,
    bytes: usize,
) -> &'p str {
    placement
        .lower
        .get(start.saturating_sub(bytes).max(placement.sentence.start)..start)
        .unwrap_or("")
}

/// Phrases that name an earlier happening as the cause of the trigger's:
/// "fired missiles in response to a chemical attack on Tuesday" is not
/// dated Tuesday.
const CAUSES: &[&str] = &[
    " in response to ",
    " in retaliation for ",
    " in reprisal for ",
    " in revenge for ",
];

/// Whether three words are a `CAUSES` phrase ("in", "retaliation", "for").
pub fn is_cause_phrase(words: [&str; 3]) -> bool {
    CAUSES.iter().any(|phrase| phrase.split_whitespace().eq(words))
}

/// How far before a premodifying year a trigger may be and still be dated
/// by it ("interfered in the 2016 election").
const PREMODIFIER_REACH_BYTES: usize = 40;
/// How far after a premodifying year its noun phrase's head may be ("the
/// 2008 Mumbai attacks").
const PREMODIFIER_HEAD_BYTES: usize = 32;

/// Whether a year used as a premodifier ("the 2008 Mumbai attacks", "its
/// 2015 deal") names another happening than a distant trigger: in "agreed
/// to resume talks suspended after the 2008 Mumbai attacks" the agreeing
/// is not dated 2008. A trigger inside the noun phrase, or close before it
/// ("interfered in the 2016 election"), keeps the date.
fn names_another_happening(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> bool {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let Some(expression) = placement.lower.get(start..end) else {
        return false;
    };
    let year =
        expression.len() == 4 && expression.bytes().all(|b| b.is_ascii_digit());
    // "agreed to step up efforts ahead of this month's COP28 summit",
    // "before Friday's vote": a possessive date after a word of sequence
    // dates the happening it owns, another one, earlier or later.
    let possessive = placement
        .lower
        .get(end..)
        .is_some_and(|rest| rest.starts_with("'s ") || rest.starts_with("’s "));
    if possessive {
        let lead = placement.lower.get(..start).unwrap_or("").trim_end();
        let lead = lead
            .strip_suffix(" this")
            .or_else(|| lead.strip_suffix(" next"))
            .unwrap_or(lead);
        // Not an anchor ("days before Friday's summit" counts from it).
        let sequence =
            [" ahead of", " before", " after", " since", " following"]
                .iter()
                .filter_map(|w| lead.strip_suffix(w))
                .any(|rest| {
                    let unit = rest.rsplit(' ').next().unwrap_or("");
                    !matches!(
                        unit,
                        "days"
                            | "day"
                            | "hours"
                            | "hour"
                            | "weeks"
                            | "week"
                            | "months"
                            | "month"
                            | "years"
                            | "year"
                            | "minutes"
                            | "shortly"
                            | "just"
                            | "soon"
                            | "moments"
                            | "right"
                    )
                });
        let trigger = placement.trigger;
        return sequence
            && !(trigger >= end && trigger <= end + PREMODIFIER_HEAD_BYTES);
    }
    // Most mentions are not bare years; the tests below are pure, so
    // skipping them then changes nothing.
    if !year {
        return false;
    }
    let before = placement.lower.get(..start).unwrap_or("").trim_end();
    let determiner =
        ["the", "a", "an", "its", "his", "her", "their"].iter().any(|d| {
            before.ends_with(d)
                && before[..before.len() - d.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
    let modifies = placement
        .lower
        .get(end..)
        .and_then(|rest| rest.chars().next().zip(rest.chars().nth(1)))
        .is_some_and(|(space, next)| space == ' ' && next.is_alphabetic());
    if !(year && determiner && modifies) {
        return false;
    }
    let trigger = placement.trigger;
    let in_phrase = trigger >= end && trigger <= end + PREMODIFIER_HEAD_BYTES;
    let just_before =
        trigger < start && start - trigger <= PREMODIFIER_REACH_BYTES;
    !(in_phrase || just_before)
}

/// Words that make "since X" part of their noun phrase ("the first visit
/// since 2015", "the deadliest attack since 2014"), followed by a space.
const SINCE_HOLDERS: &[&str] = &[
    "first ",
    "second ",
    "third ",
    "fourth ",
    "fifth ",
    "only ",
    "latest ",
    "largest ",
    "biggest ",
    "deadliest ",
    "worst ",
    "highest ",
    "lowest ",
];

/// Whether a time mention dates a "since" phrase that does not hold the
/// trigger: in "the first meeting since the invasion three years ago" the
/// mention dates the invasion, not the meeting. A mention that is itself
/// "since 2015" (an open interval) dates the trigger, except after "the
/// first <noun>" (or "the deadliest", ...), which it belongs to ("on his
/// first visit since 2015, he pressed his demands": the demands are not
/// dated 2015 onwards; the visit, which names the last one, is).
fn in_since_phrase(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    let start = mention.span.start as usize;
    let trigger = placement.trigger;
    match since_before(placement.lower, placement.sentence.start, mention) {
        Some(Since::Leading { holder }) => {
            // "will co-chair a meeting, the fourth since 2002": an open
            // interval up to now cannot date what is still to come.
            placement.status == Status::Planned
                || holder.is_some_and(|holder| {
                    !(holder <= trigger && trigger < mention.span.end as usize)
                })
        }
        // "since he rose to power in 1999" dates the rising; "the worst
        // attack since the 2008 Mumbai shootings" dates the shootings,
        // which the year premodifies.
        Some(Since::Clause { since }) => {
            let end = mention.span.end as usize;
            let inside = since < trigger && trigger < start;
            // "since taking office in December, and pledged": a comma
            // ends the phrase, so the year premodifies nothing after it.
            let premodified = trigger >= end
                && trigger <= end + PREMODIFIER_HEAD_BYTES
                && !placement
                    .lower
                    .get(end..trigger)
                    .is_some_and(|gap| gap.contains([',', ';']));
            !(inside || premodified)
        }
        None => false,
    }
}

/// Where the "since" governing a time mention stands.
enum Since {
    /// The mention opens with "since" ("since 2015"); `holder` is where
    /// the phrase that holds it starts ("the first visit since 2015"), if
    /// one is in its clause.
    Leading { holder: Option<usize> },
    /// A "since" clause holds the mention ("since he rose to power in
    /// 1999"): the byte the "since" starts at.
    Clause { since: usize },
}

/// The "since" of the mention's clause, if it stands in a "since" phrase or
/// clause (no clause break between): `in_since_phrase` for dating an
/// observation, `since_dated` for a paragraph's date.
fn since_before(
    lower: &str,
    sentence_start: usize,
    mention: &TimeMention,
) -> Option<Since> {
    /// How far before a mention its "since" (and "the first") is looked for.
    const SINCE_LOOKBACK_BYTES: usize = 64;
    let start = mention.span.start as usize;
    let mut from = sentence_start
        .max(start.saturating_sub(SINCE_LOOKBACK_BYTES))
        .min(start);
    while !lower.is_char_boundary(from) && from < start {
        from += 1;
    }
    let before = lower.get(from..start)?;
    let clause_break = |t: &str| t.contains([',', ';', ':', '(', ')']);
    let word_at = |text: &str, at: usize| {
        at == 0
            || !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    };
    // "since 2015", whether or not the tagger's span holds the "since".
    let starts_with_since =
        lower.get(start..).is_some_and(|t| t.starts_with("since "))
            || before.ends_with("since ");
    if starts_with_since {
        let holder = SINCE_HOLDERS
            .iter()
            .filter_map(|word| rfind_short(before, word))
            .max()
            .filter(|&first| {
                word_at(before, first) && !clause_break(&before[first..])
            })
            .map(|first| from + first);
        return Some(Since::Leading { holder });
    }
    let at = rfind_short(before, "since ")?;
    let since = from + at;
    (word_at(before, at)
        && since + "since ".len() < start
        && !clause_break(&before[at..]))
    .then_some(Since::Clause { since })
}

/// Whether a time mention stands in a "since" phrase or clause of its
/// sentence ("since 2015", "since he rose to power in 1999").
pub fn since_dated(
    lower: &str,
    sentence_start: usize,
    mention: &TimeMention,
) -> bool {
    since_before(lower, sentence_start, mention).is_some()
}

/// Words a comma-closed stretch before a speech verb must have to be the
/// reported content ("Negotiators met ... since the 2015 deal, officials
/// said") rather than an adverbial of the speaking ("On Friday, Zarif
/// said", "In a statement released on Friday, the ministry said").
const CONTENT_WORDS_MIN: usize = 10;

/// Whether a time mention before a speech verb sits in the content of what
/// was said: a long stretch that a comma closes before the attribution.
fn content_before(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    let start = mention.span.start as usize;
    let end = mention.span.end as usize;
    if end > placement.trigger || start < placement.sentence.start {
        return false;
    }
    let lower = placement.lower;
    let Some(comma) =
        lower.get(end..placement.trigger).and_then(|t| t.find(','))
    else {
        return false;
    };
    let from = lower
        .get(placement.sentence.start..start)
        .and_then(|t| t.rfind(','))
        .map_or(placement.sentence.start, |i| placement.sentence.start + i + 1);
    let Some(clause) = lower.get(from..end + comma) else { return false };
    // "Speaking to reporters in Brussels on Wednesday, X said": a phrase
    // about the speaking itself, not what was said.
    let circumstance =
        SPEAKING_PHRASES.iter().any(|p| clause.trim_start().starts_with(p));
    // A clause with a verb of its own ("the talks would resume in May,
    // said the Kremlin") is content, however short.
    let finite = clause.split_whitespace().any(|w| {
        matches!(
            w,
            "would"
                | "will"
                | "was"
                | "were"
                | "is"
                | "are"
                | "had"
                | "has"
                | "have"
                | "could"
                | "should"
                | "might"
        )
    });
    !circumstance
        && (clause.split_whitespace().count() >= CONTENT_WORDS_MIN || finite)
}

/// Openings of a phrase that describes the act of speaking.
const SPEAKING_PHRASES: &[&str] = &[
    "speaking",
    "addressing",
    "talking to",
    "writing on",
    "writing in",
    "in an interview",
    "in a statement",
    "in a speech",
    "in remarks",
    "at a news conference",
    "at a press conference",
    "at a briefing",
];

/// Whether a time mention after a speech verb is in its reported clause.
fn reported_clause(placement: &Placement<'_>, mention: &TimeMention) -> bool {
    let start = mention.span.start as usize;
    if start <= placement.trigger {
        return false;
    }
    let gap = placement.lower.get(placement.trigger..start).unwrap_or("");
    // Skip the speech verb itself.
    let gap = gap.split_once(char::is_whitespace).map_or("", |(_, rest)| rest);
    // "announced in a public address at the presidential office at 4:27
    // a.m. Wednesday that": prepositional phrases about the speaking may
    // run longer.
    let limit = if ["in ", "at ", "during ", "from "]
        .iter()
        .any(|p| gap.starts_with(p))
    {
        SPEECH_SETTING_BYTES_MAX
    } else {
        SPEECH_ADJUNCT_BYTES_MAX
    };
    gap.len() > limit
        || gap
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| REPORTED_CLAUSE_WORDS.contains(w))
}

/// The anchor and day of a phrase a mention stands in ("days before
/// Friday's summit", "after Monday's talks"): a single day in the
/// possessive right after the phrase's preposition, not dating the
/// phrase's own noun (the trigger "summit" in "after Friday's summit").
fn anchor_day(
    placement: &Placement<'_>,
    mention: &TimeMention,
) -> Option<(Anchor, Day)> {
    /// Bytes before the mention that can hold "hours before" / "ahead of".
    const LEAD_BYTES: usize = 24;
    let when = mention.when.as_ref()?;
    let day = when.start.filter(|d| when.end == Some(*d))?;
    let start = mention.span.start as usize;
    let end = mention.span.end as usize;
    let after = placement.lower.get(end..)?;
    let possessive = after.starts_with("'s ") || after.starts_with("’s ");
    // Most mentions are no possessive: the noun after one is looked for
    // only then.
    if !possessive {
        return None;
    }
    let noun = after.split(' ').nth(1).unwrap_or("");
    let noun_end = end + after.find(' ').map_or(0, |i| i + 1) + noun.len();
    if (start..=noun_end).contains(&placement.trigger) {
        return None;
    }
    let mut from =
        start.saturating_sub(LEAD_BYTES).max(placement.sentence.start);
    while !placement.lower.is_char_boundary(from) {
        from += 1;
    }
    let phrase = placement.lower.get(from..noun_end)?;
    anchor(phrase).map(|a| (a, day))
}

fn anchored(anchor: Anchor, main: Day, published: Option<Day>) -> TimeSpan {
    match anchor {
        Anchor::SameDay => TimeSpan::day(main, ""),
        Anchor::DaysBefore => {
            TimeSpan::range(main.plus(-7), main.plus(-1), Precision::Day, "")
        }
        Anchor::After => match published {
            Some(published) if published >= main => {
                TimeSpan::range(main, published, Precision::Day, "")
            }
            _ => TimeSpan::day(main, ""),
        },
    }
}

fn open_span(start: Option<Day>, end: Option<Day>, text: &str) -> TimeSpan {
    TimeSpan { start, end, precision: Precision::Day, text: text.to_string() }
}

/// The words `anchor_in` reads as a relation to an anchor noun.
static RELATION_WORDS: WordList = WordList::new(&[
    "before",
    "ahead",
    "after",
    "following",
    "during",
    "since",
    "amid",
]);

/// Nouns that name the story's main happening in anchor phrases.
static ANCHOR_NOUNS: WordList = WordList::new(&[
    "summit",
    "meeting",
    "talks",
    "visit",
    "call",
    "conference",
    "availability",
    "remarks",
    "negotiations",
    "session",
]);

/// Finds an anchor phrase in a lowercase sentence: "(hours|days) before
/// the summit", "after the meeting", "during the talks".
///
/// It walks the words lazily (no word list is built): this runs once per
/// observation, so it must cost little more than one pass over the bytes.
pub fn anchor(lower_sentence: &str) -> Option<Anchor> {
    anchor_in(
        lower_sentence
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty()),
    )
}

/// `anchor` over words already split and lowercased (the sentence's scan
/// keys), so no pass over the text is repeated.
pub fn anchor_in<'w>(
    mut words: impl Iterator<Item = &'w str> + Clone,
) -> Option<Anchor> {
    let mut previous = "";
    while let Some(word) = words.next() {
        if !RELATION_WORDS.contains(word) {
            // Most words relate nothing; the filter answers without the
            // comparisons below.
            previous = word;
            continue;
        }
        let relation = match word {
            "before" | "ahead" => Some(false),
            "after" | "following" | "during" | "since" | "amid" => Some(true),
            _ => None,
        };
        let Some(after) = relation else {
            previous = word;
            continue;
        };
        let target = words.clone().take(4).any(|w| {
            let noun = w.trim_end_matches("’s").trim_end_matches("'s");
            ANCHOR_NOUNS.contains(noun)
        });
        if !target {
            previous = word;
            continue;
        }
        return Some(anchor_kind(word, after, previous));
    }
    None
}

/// The anchor a relation word makes, given the word before it.
fn anchor_kind(word: &str, after: bool, previous: &str) -> Anchor {
    let close = matches!(
        previous,
        "hours"
            | "just"
            | "shortly"
            | "immediately"
            | "right"
            | "minutes"
            | "moments"
    );
    match (after, close, previous) {
        (_, true, _) => Anchor::SameDay,
        (false, _, "days") => Anchor::DaysBefore,
        (false, _, _) => Anchor::SameDay,
        (true, _, _) if word == "during" || word == "amid" => Anchor::SameDay,
        (true, _, _) => Anchor::After,
    }
}

/// Reporting verbs of a single act: in the perfect they are recent news
/// ("Iran has confirmed the death"), not a habit ("Kyiv has said").
const ONE_OFF_REPORTS: &[&str] = &[
    "acknowledged",
    "admitted",
    "announced",
    "branded",
    "condemned",
    "confirmed",
    "declared",
    "denied",
    "disclosed",
    "issued",
    "released",
    "revealed",
];

/// Whether a clause reports a habit or perfect ("has long argued"). A
/// plain perfect marks a habit only for remarks ("Kyiv has said it will
/// not cede land") and not for a single act ("has confirmed"): for a
/// happening it is recent news ("Pakistan and India have agreed to resume
/// talks").
pub fn tense(
    lower_before_trigger: &str,
    lower_trigger: &str,
    kind: EventKind,
) -> Tense {
    let statement = kind == EventKind::Statement
        && !lower_trigger
            .split_whitespace()
            .next()
            .is_some_and(|w| ONE_OFF_REPORTS.contains(&w));
    // Only the trigger's own clause: in "We haven't always agreed," he
    // said' the quote's words say nothing of the saying.
    let tail = last_words::<3>(lower_before_trigger, Clause::Own)
        .unwrap_or_else(|| {
            let own_clause = after_last_clause_mark(lower_before_trigger);
            words_from_end(own_clause)
        });
    let habitual = tail.iter().any(|w| {
        (statement && matches!(*w, "has" | "have"))
            || matches!(
                *w,
                "consistently"
                    | "repeatedly"
                    | "long"
                    | "often"
                    | "always"
                    | "routinely"
            )
    });
    // "Ukrainian forces have been advancing for weeks", "has been
    // shelling the city": an ongoing process, not one dated act.
    let progressive = lower_trigger.ends_with("ing") && {
        let [last, before_last] =
            last_words::<2>(lower_before_trigger, Clause::Whole)
                .unwrap_or_else(|| words_from_end(lower_before_trigger));
        last == "been" && matches!(before_last, "has" | "have" | "had")
    };
    if habitual || progressive { Tense::Habitual } else { Tense::Past }
}

/// Which words `last_words` reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clause {
    /// Only those after the last quote mark or comma.
    Own,
    /// All of the text's.
    Whole,
}

/// The last `N` words of `text`, last first, as `split_whitespace().rev()`
/// gives them (within the own clause: after the last `"` or `,`), with ""
/// where there are fewer; `None` when a non-ASCII byte lies in the bytes
/// read, for the caller to ask `words_from_end`.
///
/// Only the few words at the end are read: the char-decoding `rsplit`
/// and `split_whitespace` this replaces walked the whole sentence before
/// every trigger (about 3 % of extraction). Over ASCII, `char::is_whitespace`
/// is exactly space and tab to carriage return.
fn last_words<const N: usize>(text: &str, clause: Clause) -> Option<[&str; N]> {
    let bytes = text.as_bytes();
    let mut words = [""; N];
    let mut end = bytes.len();
    for word in words.iter_mut() {
        while let Some(&byte) = end.checked_sub(1).and_then(|at| bytes.get(at))
        {
            if !matches!(byte, b' ' | b'\t'..=b'\r') {
                break;
            }
            end -= 1;
        }
        let mut start = end;
        let mut cut = false;
        while let Some(&byte) =
            start.checked_sub(1).and_then(|at| bytes.get(at))
        {
            if !byte.is_ascii() {
                return None;
            }
            if matches!(byte, b' ' | b'\t'..=b'\r') {
                break;
            }
            if clause == Clause::Own && matches!(byte, b'"' | b',') {
                cut = true;
                break;
            }
            start -= 1;
        }
        *word = text.get(start..end)?;
        if cut || start == 0 {
            break;
        }
        end = start;
    }
    Some(words)
}

/// The last `N` words of `text` by `split_whitespace`, last first, with ""
/// where there are fewer: what `last_words` answers, for any text.
fn words_from_end<const N: usize>(text: &str) -> [&str; N] {
    let mut words = [""; N];
    for (slot, word) in words.iter_mut().zip(text.split_whitespace().rev()) {
        *slot = word;
    }
    words
}

/// The text after the last quote mark or comma (`"`, `”`, `»`, `,`), or
/// all of it when there is none: `text.rsplit(['"', '”', '»', ',']).next()`
/// without decoding chars. In valid UTF-8 the byte 0x9D after E2 80 can
/// only end `”` and 0xBB after C2 only `»`, so a cut after either is a
/// char boundary.
fn after_last_clause_mark(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while let Some(at) = bytes.get(..end).and_then(|head| {
        head.iter().rposition(|&b| matches!(b, b'"' | b',' | 0x9D | 0xBB))
    }) {
        let mark = match bytes.get(at) {
            Some(0x9D) => {
                at.checked_sub(2).and_then(|lead| bytes.get(lead..at))
                    == Some(&[0xE2, 0x80][..])
            }
            Some(0xBB) => {
                at.checked_sub(1).and_then(|lead| bytes.get(lead))
                    == Some(&0xC2)
            }
            _ => true,
        };
        if mark {
            return text.get(at + 1..).unwrap_or(text);
        }
        end = at;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ByteSpan;

    fn day(text: &str) -> Day {
        Day::parse(text).expect("valid test date")
    }

    #[test]
    fn last_words_answer_as_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "  two words ",
            "he has long",
            "x,y z",
            "a b, c d e f",
            "\"we will win,\" he",
            "\"quoted\"",
            "tab\tand\x0bvertical\x0cfeed\r\n",
            "ends with a comma,",
            "“curly,” she has",
            "non-ascii é in the middle of many plain words here",
            "nbsp\u{a0}between",
        ];
        for text in texts {
            let own = after_last_clause_mark(text);
            if let Some(words) = last_words::<3>(text, Clause::Own) {
                assert_eq!(words, words_from_end::<3>(own), "{text:?}");
            }
            if let Some(words) = last_words::<2>(text, Clause::Whole) {
                assert_eq!(words, words_from_end::<2>(text), "{text:?}");
            }
        }
        assert!(last_words::<3>("“curly,” she has", Clause::Own).is_none());
        assert_eq!(last_words::<3>("x,y z", Clause::Own), Some(["z", "y", ""]));
    }

    #[test]
    fn clause_mark_cut_answers_as_rsplit() {
        let texts = [
            "",
            ",",
            "plain words only",
            "\"we will win,\" he said",
            "“we will win,” he",
            "«nous gagnerons» il a dit",
            "after a comma, then",
            "trailing comma,",
            "non-ascii é — and ” then » and 'x'",
            "”»\",",
            "\u{201c}\u{201d}\u{00bb}\u{00ab}\u{209d}\u{02bb}",
        ];
        for text in texts {
            let naive =
                text.rsplit(['"', '”', '»', ',']).next().unwrap_or(text);
            assert_eq!(after_last_clause_mark(text), naive, "{text:?}");
        }
    }

    fn mention(start: usize, end: usize, on: &str) -> TimeMention {
        TimeMention {
            span: ByteSpan::new(start, end),
            timex_type: TimexType::Date,
            value: on.to_string(),
            when: Some(TimeSpan::day(day(on), "")),
            modifier: None,
        }
    }

    fn placement(
        kind: EventKind,
        status: Status,
        trigger: usize,
    ) -> Placement<'static> {
        Placement {
            sentence: Range { start: 0, end: 100 },
            trigger,
            kind,
            status,
            tense: Tense::Past,
            anchor: None,
            paragraph_date: None,
            lower: "",
            quotes: &[],
        }
    }

    fn story() -> Story {
        Story {
            published: Some(day("2025-08-16")),
            main_day: Some(day("2025-08-15")),
        }
    }

    #[test]
    fn contains_any_answers_as_one_search_per_phrase() {
        for (lead, phrases) in
            [(SUBORDINATOR_LEAD, SUBORDINATORS), (CAUSE_LEAD, CAUSES)]
        {
            assert!(phrases.iter().all(|phrase| phrase.starts_with(lead)));
        }
        let texts = [
            "met in hanoi, after kim arrived",
            "met, , after, as the talks",
            "struck in retaliation for, in response to",
            " in re in reprisal for",
            "no clause here",
            ",",
            "",
            " in revenge fo",
        ];
        for text in texts {
            let groups =
                [(SUBORDINATOR_LEAD, SUBORDINATORS), (CAUSE_LEAD, CAUSES)];
            assert_eq!(
                contains_any(text, groups),
                groups.iter().any(|(_, phrases)| {
                    phrases.iter().any(|phrase| text.contains(phrase))
                }),
                "{text:?}"
            );
            for group in groups {
                assert_eq!(
                    contains_any(text, [group]),
                    group.1.iter().any(|phrase| text.contains(phrase)),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn rfind_short_answers_as_rfind() {
        let texts = [
            "the first time since the fourth since ",
            "since ",
            "sinc",
            "",
            "zelenskyy’s only since ",
            "ünïcode since first ",
        ];
        for text in texts {
            for needle in ["since ", "first ", "only ", "s"] {
                assert_eq!(
                    rfind_short(text, needle),
                    text.rfind(needle),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    fn bounds(span: &TimeSpan) -> (Option<String>, Option<String>) {
        (span.start.map(|d| d.to_string()), span.end.map(|d| d.to_string()))
    }

    fn check(
        mentions: &[TimeMention],
        placement: Placement<'_>,
        story: Story,
        want: (Option<&str>, Option<&str>),
        source: DateSource,
    ) {
        let (span, got_source) = assign(mentions, &placement, &story);
        let want = (want.0.map(str::to_string), want.1.map(str::to_string));
        assert_eq!(bounds(&span), want);
        assert_eq!(got_source, source);
    }

    #[test]
    fn nearest_expression_to_the_trigger_wins() {
        let mentions = [
            mention(5, 10, "2025-08-11"),
            mention(40, 46, "2025-08-15"),
            mention(200, 206, "2025-08-01"),
        ];
        check(
            &mentions,
            placement(EventKind::Meeting, Status::Occurred, 35),
            story(),
            (Some("2025-08-15"), Some("2025-08-15")),
            DateSource::Expression,
        );
        check(
            &mentions,
            placement(EventKind::Meeting, Status::Occurred, 12),
            story(),
            (Some("2025-08-11"), Some("2025-08-11")),
            DateSource::Expression,
        );
    }

    #[test]
    fn fallbacks_follow_anchor_narrative_window_order() {
        let mut anchored = placement(EventKind::Attack, Status::Occurred, 10);
        anchored.anchor = Some(Anchor::SameDay);
        check(
            &[],
            anchored,
            story(),
            (Some("2025-08-15"), Some("2025-08-15")),
            DateSource::Anchor,
        );

        let narrative_date = TimeSpan::day(day("2025-08-10"), "Sunday");
        let mut narrated = placement(EventKind::Travel, Status::Occurred, 10);
        narrated.paragraph_date = Some(&narrative_date);
        check(
            &[],
            narrated,
            story(),
            (Some("2025-08-10"), Some("2025-08-10")),
            DateSource::Narrative,
        );

        let said = placement(EventKind::Statement, Status::Occurred, 10);
        check(
            &[],
            said,
            story(),
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );

        // No main day: the day before publication to publication, for a
        // remark and for a happening alike.
        let no_main = Story { main_day: None, ..story() };
        check(
            &[],
            said,
            no_main,
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );
        check(
            &[],
            placement(EventKind::Attack, Status::Occurred, 10),
            no_main,
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );
    }

    #[test]
    fn a_since_phrase_dates_its_own_happening_not_the_trigger() {
        let lower =
            "it was the first meeting since the invasion three years ago.";
        let at = |w: &str| lower.find(w).expect("word in test sentence");
        let ago = mention(at("three"), at("ago") + 3, "2022-02-24");
        let mut meeting =
            placement(EventKind::Meeting, Status::Occurred, at("meeting"));
        meeting.lower = lower;
        meeting.sentence = Range { start: 0, end: lower.len() };
        // The meeting is not dated by the invasion's time: it falls back.
        check(
            std::slice::from_ref(&ago),
            meeting,
            story(),
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );
        // The invasion, inside the phrase, is.
        let mut invasion = meeting;
        invasion.kind = EventKind::Military;
        invasion.trigger = at("invasion");
        check(
            &[ago],
            invasion,
            story(),
            (Some("2022-02-24"), Some("2022-02-24")),
            DateSource::Expression,
        );
        // "since 2015" after "the first visit" belongs to the visit.
        let lower = "on his first visit since 2015, he pressed his demands.";
        let since =
            mention(lower.find("since").expect("since"), 26, "2015-01-01");
        let mut demands = placement(EventKind::Threat, Status::Occurred, 0);
        demands.lower = lower;
        demands.sentence = Range { start: 0, end: lower.len() };
        demands.trigger = lower.find("demands").expect("demands");
        check(
            std::slice::from_ref(&since),
            demands,
            story(),
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );
        let mut visit = demands;
        visit.kind = EventKind::Travel;
        visit.trigger = lower.find("visit").expect("visit");
        check(
            &[since],
            visit,
            story(),
            (Some("2015-01-01"), Some("2015-01-01")),
            DateSource::Expression,
        );
        // "since 2015" is itself the mention: an open interval that dates.
        let lower = "fighting has gone on since 2015.";
        let since =
            mention(lower.find("since").expect("since"), 30, "2015-01-01");
        let mut fighting = placement(EventKind::Military, Status::Occurred, 0);
        fighting.lower = lower;
        fighting.sentence = Range { start: 0, end: lower.len() };
        check(
            &[since],
            fighting,
            story(),
            (Some("2015-01-01"), Some("2015-01-01")),
            DateSource::Expression,
        );
    }

    #[test]
    fn an_anchor_phrase_with_its_own_day_counts_from_that_day() {
        let lower =
            "he spoke after a call with the mayor days before friday's talks.";
        let at = |w: &str| lower.find(w).expect("word in test sentence");
        let friday = mention(at("friday"), at("friday") + 6, "2025-08-15");
        let mut call = placement(EventKind::Call, Status::Occurred, at("call"));
        call.lower = lower;
        call.sentence = Range { start: 0, end: lower.len() };
        // The week before Friday, not Friday and not the main day.
        check(
            std::slice::from_ref(&friday),
            call,
            Story { main_day: Some(day("2025-08-20")), ..story() },
            (Some("2025-08-08"), Some("2025-08-14")),
            DateSource::Anchor,
        );
        // The phrase's own noun is dated by the mention.
        let mut talks = call;
        talks.trigger = at("talks");
        check(
            &[friday],
            talks,
            story(),
            (Some("2025-08-15"), Some("2025-08-15")),
            DateSource::Expression,
        );
    }

    #[test]
    fn a_date_in_reported_content_before_the_verb_does_not_date_the_remark() {
        let lower = "envoys met in geneva for the first time since the 2015 deal was signed, officials said.";
        let at = |w: &str| lower.find(w).expect("word in test sentence");
        let year = TimeMention {
            span: ByteSpan::new(at("2015"), at("2015") + 4),
            timex_type: TimexType::Date,
            value: "2015".to_string(),
            when: Some(TimeSpan::range(
                day("2015-01-01"),
                day("2015-12-31"),
                Precision::Year,
                "",
            )),
            modifier: None,
        };
        let mut said =
            placement(EventKind::Statement, Status::Occurred, at("said"));
        said.lower = lower;
        said.sentence = Range { start: 0, end: lower.len() };
        check(
            &[year],
            said,
            story(),
            (Some("2025-08-15"), Some("2025-08-16")),
            DateSource::Window,
        );
        // A short adverbial before the comma dates the speaking.
        let lower = "on friday, officials said the deal held.";
        let friday = mention(0, 9, "2025-08-15");
        let mut said = placement(
            EventKind::Statement,
            Status::Occurred,
            lower.find("said").expect("said"),
        );
        said.lower = lower;
        said.sentence = Range { start: 0, end: lower.len() };
        check(
            &[friday],
            said,
            story(),
            (Some("2025-08-15"), Some("2025-08-15")),
            DateSource::Expression,
        );
    }

    #[test]
    fn plans_habits_and_unknowns_stay_open() {
        check(
            &[],
            placement(EventKind::Meeting, Status::Planned, 3),
            story(),
            (Some("2025-08-16"), None),
            DateSource::Window,
        );
        let mut habit = placement(EventKind::Statement, Status::Occurred, 3);
        habit.tense = Tense::Habitual;
        check(
            &[],
            habit,
            story(),
            (None, Some("2025-08-16")),
            DateSource::Window,
        );
        check(
            &[],
            placement(EventKind::Meeting, Status::Occurred, 3),
            Story::default(),
            (None, None),
            DateSource::Open,
        );
    }

    #[test]
    fn anchor_phrases_are_recognised() {
        assert_eq!(
            anchor("just hours before the summit, forces attacked"),
            Some(Anchor::SameDay)
        );
        assert_eq!(
            anchor("a call days before friday’s summit"),
            Some(Anchor::DaysBefore)
        );
        assert_eq!(
            anchor("following the alaska meeting he shifted"),
            Some(Anchor::After)
        );
        assert_eq!(anchor("he left after lunch"), None);
        assert_eq!(
            tense("zelensky has consistently", "said", EventKind::Statement),
            Tense::Habitual
        );
        assert_eq!(tense("trump", "said", EventKind::Statement), Tense::Past);
        assert_eq!(
            tense("kyiv has", "said", EventKind::Statement),
            Tense::Habitual
        );
        // A single act in the perfect is recent news.
        assert_eq!(
            tense("iran has", "confirmed", EventKind::Statement),
            Tense::Past
        );
        // A happening in the perfect is recent news, not a habit.
        assert_eq!(
            tense("india have", "agreed", EventKind::Agreement),
            Tense::Past
        );
        assert_eq!(
            tense("moscow has long", "threatened", EventKind::Threat),
            Tense::Habitual
        );
        // A perfect progressive is a process, not one act.
        assert_eq!(
            tense("rebel forces have been", "advancing", EventKind::Military),
            Tense::Habitual
        );
        assert_eq!(
            tense("the army has been", "shelling", EventKind::Attack),
            Tense::Habitual
        );
        assert_eq!(
            tense("the army has", "shelled", EventKind::Attack),
            Tense::Past
        );
    }
}
