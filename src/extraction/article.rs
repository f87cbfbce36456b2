//! Assembly: walks an article's paragraphs and sentences and turns triggers,
//! mentions, quotes and dates into `Observation`s.
//!
//! It owns the per-article state (who spoke last, which happenings were
//! already reported, the paragraph's last date) and the choice of agent,
//! participants, place, evidence span and summary. It never reads files.

use super::actors::{self, Memory, Mention, MentionKind, Scan};
use super::dates::{self, DateSource, Placement, Story};
use super::events::{self, Found, TriggerForm};
use super::fxhash::{FxHashSet, WordList};
use super::lexicon::{EntryKind, Lexicon};
use super::quotes;
use super::text::{self, LineClass, Range, Sentence};
use super::time::TimeMention;
use super::{Diagnostic, ExtractInput};
use crate::consolidation::text::{PlaceRelation, place_relation};
use crate::domain::{
    ByteSpan, Claim, EventKind, Observation, Precision, Status, TimeSpan,
};

/// At most this many observations per article; more is reported.
const OBSERVATIONS_PER_ARTICLE_MAX: usize = 5_000;
/// Words a sentence's buffers have room for from the start.
const WORDS_RESERVED: usize = 64;
/// Observations an article's vector has room for from the start (news
/// articles give about twenty).
const OBSERVATIONS_RESERVED: usize = 32;
/// Evidence spans longer than this are narrowed to the trigger's clause.
const EVIDENCE_BYTES_MAX: usize = 300;
/// Summaries are cut to this many bytes (on a char boundary).
const SUMMARY_BYTES_MAX: usize = 160;
/// At most this many actors per observation.
const ACTORS_PER_OBSERVATION_MAX: usize = 6;

/// Per-article state while reading sentence by sentence.
struct Reader<'a> {
    text: &'a str,
    lexicon: &'a super::Lexicon,
    lower: &'a str,
    times: &'a [TimeMention],
    story: Story,
    memory: Memory<'a>,
    last_subject: Option<String>,
    /// Countries the story has named outside quotes, with how many
    /// sentences named each, in order of first mention: the two named
    /// most are those "the two countries" and "both sides" refer to.
    countries: Vec<(String, u32)>,
    seen: FxHashSet<(EventKind, Status, &'static str)>,
    sentence_subject: Option<String>,
    /// Where the next statement's evidence starts when a sentence holds
    /// two statements (set by `split_evidence`, used once by `push`).
    clause_start: Option<usize>,
    observations: Vec<Observation>,
    diagnostics: Vec<Diagnostic>,
    /// The word buffer, reused from sentence to sentence.
    words: Vec<text::Word>,
    /// The words' keys (lowercase text), reused the same way.
    keys: Vec<&'a str>,
    /// Whether each word may start or continue a name (`Scan::capitals`),
    /// reused the same way.
    capitals: Vec<bool>,
    /// The mention and trigger buffers, reused the same way.
    mentions: Vec<Mention>,
    found: Vec<Found>,
    /// A paragraph's sentences and its quote regions already attributed,
    /// reused from paragraph to paragraph.
    sentences: Vec<Sentence>,
    attributed: Vec<Range>,
    /// A sentence's speakers (`statement`) and the happenings it already
    /// gave (`happenings`), reused the same way: a vector per sentence was
    /// an allocation and a free each.
    speakers: Vec<usize>,
    done: Vec<(EventKind, usize, &'static str)>,
    /// The natural hazard the story opens on, if its headline or first
    /// paragraph names one (a quake, a storm, a flood): its bare killings
    /// are the disaster's toll, not attacks.
    disaster: Option<&'static str>,
}

/// One sentence being read, with everything found in it.
struct Context<'s> {
    sentence: Sentence,
    scan: Scan<'s, 's>,
    mentions: Vec<Mention>,
    regions: &'s [Range],
    times: &'s [TimeMention],
    /// The sentence's claims (casualties, durations), found on first use:
    /// only observations other than statements carry them, and most
    /// sentences give none.
    claims: std::cell::OnceCell<Vec<Claim>>,
    /// The sentence's anchor phrase, found once on first use (a sentence
    /// can give several observations).
    anchor: std::cell::OnceCell<Option<dates::Anchor>>,
    /// The index in `Reader::observations` of the sentence's first
    /// observation, whose summary the sentence's later observations copy
    /// (the summary depends on the sentence alone).
    summarised: std::cell::Cell<Option<usize>>,
}

/// Observations and diagnostics for one article.
pub fn observe(
    input: &ExtractInput<'_>,
    times: &[TimeMention],
) -> (Vec<Observation>, Vec<Diagnostic>) {
    let layout = text::layout(input.text, input.body_start);
    let lower = input.text.to_ascii_lowercase();
    let mut regions: Vec<Range> = Vec::new();
    for paragraph in &layout.paragraphs {
        quotes::regions_into(input.text, *paragraph, &mut regions);
    }
    // "Riyadh, 10 March 2023 (TDI): ...": a dateline's day is the day of
    // filing, not of the story's main happening.
    let dateline_ends: Vec<usize> = layout
        .paragraphs
        .iter()
        .map(|p| dateline_end(input.text, *p, input.lexicon))
        .collect();
    let datelines: Vec<Range> = layout
        .paragraphs
        .iter()
        .zip(&dateline_ends)
        .map(|(p, &end)| Range { start: p.start, end })
        .filter(|r| r.end > r.start)
        .collect();
    let mut reader = Reader {
        text: input.text,
        lexicon: input.lexicon,
        lower: &lower,
        times,
        story: Story {
            published: input.published,
            main_day: main_day(
                &lower,
                times,
                input.published,
                &regions,
                &datelines,
                &layout.paragraphs,
            ),
        },
        memory: Memory::with_capacity(),
        last_subject: None,
        countries: Vec::new(),
        seen: FxHashSet::default(),
        sentence_subject: None,
        clause_start: None,
        // Room for a typical article's observations: growing the vector
        // copied every observation made so far at each doubling.
        observations: Vec::with_capacity(OBSERVATIONS_RESERVED),
        diagnostics: Vec::new(),
        // Room for a long sentence's words (the buffers are reused, so this
        // only saves their first few doublings).
        words: Vec::with_capacity(WORDS_RESERVED),
        keys: Vec::with_capacity(WORDS_RESERVED),
        capitals: Vec::with_capacity(WORDS_RESERVED),
        mentions: Vec::with_capacity(8),
        found: Vec::new(),
        sentences: Vec::new(),
        attributed: Vec::new(),
        speakers: Vec::new(),
        disaster: disaster_story(
            &lower,
            layout.paragraphs.first().map_or(0, |p| p.end),
        ),
        done: Vec::new(),
    };
    for (range, class) in &layout.skipped {
        let kind = if *class == LineClass::Heading {
            "skipped_heading"
        } else {
            "skipped_boilerplate"
        };
        reader.diagnostics.push(Diagnostic {
            span: Some(ByteSpan::new(range.start, range.end)),
            kind: kind.to_string(),
            message: "line skipped: not running text".to_string(),
        });
    }
    for (idx, paragraph) in layout.paragraphs.iter().enumerate() {
        let from = regions.partition_point(|r| r.start < paragraph.start);
        let to = regions.partition_point(|r| r.start < paragraph.end);
        let inside = regions.get(from..to).unwrap_or(&[]);
        let dateline = Dateline {
            paragraph: *paragraph,
            end: dateline_ends.get(idx).copied(),
        };
        reader.read_paragraph(idx, dateline, inside);
    }
    retype_threats(&mut reader.observations, &lower);
    (reader.observations, reader.diagnostics)
}

/// The formulas of a threat made in words ("Pakistan reserves the right
/// to respond to this illegal act", "we will retaliate", "said Moscow
/// would retaliate", "they will face severe consequences") and each
/// one's rule name.
const THREAT_FORMULAS: [(&str, &str); 9] = [
    ("reserves the right to respond", "reserves-right"),
    ("reserve the right to respond", "reserves-right"),
    ("reserves the right to retaliate", "reserves-right"),
    ("reserve the right to retaliate", "reserves-right"),
    ("will retaliate", "will-retaliate"),
    // Reported: "He added that Russia would retaliate".
    ("would retaliate", "will-retaliate"),
    ("will face consequences", "consequences"),
    ("will face severe consequences", "consequences"),
    ("will face serious consequences", "consequences"),
];

/// A remark whose own words are a threat is that threat, as event coders
/// type it (a coercive warning aimed at an adversary): "“Pakistan
/// reserves the right to respond to this illegal act,” the statement
/// read" is the ministry's threat, not one more statement. Only the
/// remark's evidence is searched: its sentence (grown over a quote run
/// on), or its own clause when the sentence quotes two speakers
/// (`split_evidence`), so another speaker's threat is not one of it.
fn retype_threats(observations: &mut [Observation], lower: &str) {
    for observation in observations {
        if observation.kind != EventKind::Statement
            || observation.status != Status::Occurred
        {
            continue;
        }
        let span = observation.span;
        let Some(evidence) = lower.get(span.start as usize..span.end as usize)
        else {
            continue;
        };
        let formula = THREAT_FORMULAS
            .iter()
            .find(|(phrase, _)| evidence.contains(phrase));
        if let Some((_, name)) = formula {
            observation.kind = EventKind::Threat;
            observation.rule = ["threat:", name].concat();
        }
    }
}

/// `actors.push(name)`, growing a full vector straight to room for
/// `ACTORS_PER_OBSERVATION_MAX` names: pushing one by one grew an
/// observation's actors from 4 to 8 (a reallocation and a copy), and a
/// statement's from 1 to 4. Only the capacity differs from `push`.
fn push_actor(actors: &mut Vec<String>, name: String) {
    if actors.len() == actors.capacity() {
        actors.reserve_exact(
            ACTORS_PER_OBSERVATION_MAX.saturating_sub(actors.len()).max(1),
        );
    }
    actors.push(name);
}

/// How far into the body a dateline's day can lie (after a title line and
/// the place).
const DATELINE_SEARCH_BYTES: usize = 400;

/// The day a wire dateline gives ("WASHINGTON, Feb. 28 (Xinhua) --",
/// "Islamabad, Oct 19 (IANS):"), when it is the first time expression of
/// its line and lies in the week up to publication: the day the story was
/// filed, against which its "Friday" and "yesterday" were written.
pub fn dateline_day(
    input: &ExtractInput<'_>,
    times: &[TimeMention],
) -> Option<crate::domain::Day> {
    let text = input.text;
    // A dateline opens the story: only the expressions near the body's
    // start are looked at (and each line start is found once per
    // expression, not over the whole text).
    let head_end = input.body_start.saturating_add(DATELINE_SEARCH_BYTES);
    let mention = times
        .iter()
        .take_while(|m| (m.span.start as usize) < head_end)
        .find(|m| {
            let at = m.span.start as usize;
            let line_start = text
                .get(..at)
                .and_then(|before| before.rfind('\n'))
                .map_or(0, |i| i + 1);
            // A dateline is names only before its day ("WASHINGTON, ").
            at >= input.body_start
                && at - line_start <= DATELINE_BYTES_MAX
                && text.get(line_start..at).is_some_and(|prefix| {
                    prefix.split([' ', ',']).filter(|w| !w.is_empty()).all(
                        |w| w.chars().next().is_some_and(|c| !c.is_lowercase()),
                    )
                })
        })?;
    let at = mention.span.start as usize;
    let line_start =
        text.get(..at).and_then(|b| b.rfind('\n')).map_or(0, |i| i + 1);
    let line_end = text
        .get(at..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| at + i);
    let line = Range { start: line_start, end: line_end };
    if dateline_end(text, line, input.lexicon) <= at {
        return None;
    }
    let day = dates::single_day(mention.when.as_ref()?)?;
    let recent = input
        .published
        .is_none_or(|p| day <= p && day >= p.plus(-MAIN_DAY_AGE_MAX));
    recent.then_some(day)
}

/// How many days before publication the story's main happening can be;
/// older dates are background (a deadline last month, an invasion).
const MAIN_DAY_AGE_MAX: i32 = 7;

/// The day of the story's main happening: its first day-precise date
/// outside quotes in the week up to publication (a quoted "today" is the
/// speaker's day, not one the tagger can know).
fn main_day(
    lower: &str,
    times: &[TimeMention],
    published: Option<crate::domain::Day>,
    regions: &[Range],
    datelines: &[Range],
    paragraphs: &[Range],
) -> Option<crate::domain::Day> {
    let quoted =
        |m: &TimeMention| quotes::inside(regions, m.span.start as usize);
    // A time on a skipped line (a headline, a byline's "Mar 01, 2019 /
    // 09:26 AM") stamps the page, not the story's happening. Paragraphs
    // are in text order, so the one that may hold it is found by search.
    let in_prose = |m: &TimeMention| {
        let at = m.span.start as usize;
        let after = paragraphs.partition_point(|p| p.start <= at);
        after
            .checked_sub(1)
            .and_then(|i| paragraphs.get(i))
            .is_some_and(|p| at < p.end)
    };
    let dateline = |m: &TimeMention| {
        let at = m.span.start as usize;
        datelines.iter().any(|r| r.start <= at && at < r.end)
    };
    // "Xi agreed to restart talks, Beijing said Thursday": the day of an
    // attribution is when the story was told, not when its happening was;
    // it is the main day only when the story dates nothing else.
    let saying = |m: &TimeMention| {
        dates::speech_verb_before(lower, 0, m.span.start as usize)
    };
    let candidates =
        || times.iter().filter(|m| !quoted(m) && !dateline(m) && in_prose(m));
    candidates()
        .filter(|m| !saying(m))
        .chain(candidates().filter(|m| saying(m)))
        .filter_map(|m| m.when.as_ref())
        .find_map(|when| {
            let single =
                when.precision == Precision::Day && when.start == when.end;
            let recent = match (when.start, published) {
                (Some(day), Some(published)) => {
                    day <= published && day >= published.plus(-MAIN_DAY_AGE_MAX)
                }
                (Some(_), None) => true,
                _ => false,
            };
            if single && recent { when.start } else { None }
        })
}

/// Where the clause after a phrase that opens the sentence starts ("At the
/// invitation of X, ...", "Prior to meeting X, ...", "Following weeks of
/// clashes, ..."): the word after the phrase's first comma; 0 when the
/// sentence opens with no such phrase.
fn opening_phrase_end(scan: &Scan<'_, '_>) -> usize {
    // "Accusing Zelensky of disrespect, Trump chastised him": an opening
    // participle's object is no subject either.
    let first = scan.key(0);
    let participle = first.len() > 5
        && first.ends_with("ing")
        && scan.words.first().is_some_and(|w| w.capital)
        && scan.lexicon.lookup(first).is_none();
    if !participle
        && !matches!(
            scan.key(0),
            "in" | "during"
                | "at"
                | "after"
                | "following"
                | "before"
                | "prior"
                | "ahead"
                | "upon"
                | "despite"
                | "amid"
                | "according"
        )
    {
        return 0;
    }
    (1..scan.words.len()).find(|&i| scan.gap_holds(i, b',')).unwrap_or(0)
}

/// Whether a time mention dates a happening named as a noun in a phrase
/// after the sentence's own happening ("escalating clashes, triggered by
/// the massacre of tourists last month"; "talks resumed after the attack
/// in May"): that date belongs to the named happening, not to what the
/// next sentences tell.
fn dates_a_cause_noun(
    scan: &Scan<'_, '_>,
    found: &[events::Found],
    mention: &TimeMention,
) -> bool {
    /// Words from the noun to the mention.
    const NOUN_TO_MENTION_WORDS: usize = 6;
    let start = mention.span.start as usize;
    // Words are in text order: the first at or after the mention.
    let at = scan.words.partition_point(|w| w.range.start < start);
    if at == scan.words.len() {
        return false;
    }
    let Some(noun) = found.iter().rev().find(|f| f.end_word <= at) else {
        return false;
    };
    let earlier = found.iter().any(|f| f.end_word <= noun.first_word);
    let phrase = noun.trigger.form == TriggerForm::Noun
        && at - noun.end_word <= NOUN_TO_MENTION_WORDS
        && !(noun.end_word..=at)
            .any(|i| scan.gap_before(i).contains([',', ';', ':']));
    let introduced = (1..=3).any(|back| {
        noun.first_word.checked_sub(back).is_some_and(|i| {
            matches!(
                scan.key(i),
                "by" | "after" | "following" | "before" | "since"
            ) && (i + 1..noun.first_word).all(|j| {
                !scan.words.get(j).is_some_and(|w| w.capital)
                    && !scan.gap_before(j).contains(',')
            })
        })
    });
    earlier && phrase && introduced
}

/// The time mentions whose span starts inside `range` (times are in order).
fn times_in(times: &[TimeMention], range: Range) -> &[TimeMention] {
    let from = times.partition_point(|m| (m.span.start as usize) < range.start);
    let to = times.partition_point(|m| (m.span.start as usize) < range.end);
    times.get(from..to).unwrap_or(&[])
}

impl<'a> Reader<'a> {
    fn read_paragraph(
        &mut self,
        idx: usize,
        dateline: Dateline,
        regions: &[Range],
    ) {
        let paragraph = dateline.paragraph;
        let text = self.text;
        // The paragraph's last date, borrowed from the article's times.
        let mut paragraph_date: Option<&'a TimeSpan> = None;
        let mut attributed = std::mem::take(&mut self.attributed);
        attributed.clear();
        let mut sentences = std::mem::take(&mut self.sentences);
        text::sentences_into(text, paragraph, idx, &mut sentences);
        for (n, mut sentence) in sentences.iter().copied().enumerate() {
            if n == 0 {
                sentence.range.start =
                    dateline.sentence_start(text, sentence.range, self.lexicon);
            }
            if self.observations.len() >= OBSERVATIONS_PER_ARTICLE_MAX {
                self.diagnostics.push(Diagnostic {
                    span: None,
                    kind: "observation_limit".to_string(),
                    message: format!("more than {OBSERVATIONS_PER_ARTICLE_MAX} observations; the rest are dropped"),
                });
                break;
            }
            self.read_sentence(
                sentence,
                regions,
                &mut paragraph_date,
                &mut attributed,
            );
        }
        self.sentences = sentences;
        self.attributed = attributed;
    }

    fn read_sentence(
        &mut self,
        sentence: Sentence,
        regions: &[Range],
        paragraph_date: &mut Option<&'a TimeSpan>,
        attributed: &mut Vec<Range>,
    ) {
        let text = self.text;
        let mut words = std::mem::take(&mut self.words);
        text::words_into(text, sentence.range, &mut words);
        let mut keys = std::mem::take(&mut self.keys);
        keys.clear();
        keys.extend(
            words.iter().map(|word| text::slice(self.lower, word.range)),
        );
        // A capital that is not a function word, once per word: the name
        // rules ask it of the same words many times.
        let mut capitals = std::mem::take(&mut self.capitals);
        capitals.clear();
        capitals.extend(words.iter().zip(&keys).map(|(word, key)| {
            word.capital && !actors::function_words().contains(key)
        }));
        let scan = Scan {
            text,
            lower: self.lower,
            words: &words,
            keys: &keys,
            capitals: &capitals,
            lexicon: self.lexicon,
        };
        self.memory.clock += 1;
        let mut mentions = std::mem::take(&mut self.mentions);
        actors::find_into(&scan, &mut self.memory, &mut mentions);
        self.resolve_pronouns(&mut mentions, regions);
        let sentence_times = times_in(self.times, sentence.range);
        let context = Context {
            sentence,
            scan,
            mentions,
            regions,
            times: sentence_times,
            claims: std::cell::OnceCell::new(),
            anchor: std::cell::OnceCell::new(),
            summarised: std::cell::Cell::new(None),
        };
        let mut found = std::mem::take(&mut self.found);
        events::triggers_into(&context.scan, &mut found);
        found.retain(|f| {
            events::plausible(&context.scan, f)
                // "the Baltic states" is a name, not the verb "states".
                && !context.mentions.iter().any(|m| {
                    m.first_word <= f.first_word && f.first_word < m.end_word
                })
        });
        events::fold_releases_into_exchanges(&context.scan, &mut found);
        let n_before = self.observations.len();
        self.statement(&context, &found, *paragraph_date, attributed);
        let made_statement = self.observations.len() > n_before;
        // "“…,” responded the official." with a speaker not found: the
        // quote is attributed, only not to anyone known, so it goes on
        // quoting no earlier speaker.
        let attributed_here = found.iter().any(|f| {
            f.trigger.form == TriggerForm::Speech && !self.in_quote(&context, f)
        });
        if !made_statement
            && !attributed_here
            && !self.carry_quote(&context, attributed)
        {
            self.continue_quote(&context, attributed);
        }
        let n_statements = self.observations.len();
        self.happenings(&context, &found, *paragraph_date);
        let dropped = self.drop_sourcing(n_before, n_statements);
        self.drop_stated_threat(
            &context,
            &found,
            n_before,
            n_statements - dropped,
        );
        // "In a call with his counterpart X on Friday, Y said ...": the
        // phrase that opens the sentence holds no subject.
        let opening_phrase_end = opening_phrase_end(&context.scan);
        if let Some(subject) = self.sentence_subject.take() {
            self.last_subject = Some(subject);
        } else if let Some(person) = context.mentions.iter().find(|m| {
            m.kind == MentionKind::Person
                && m.preposition.is_none()
                && m.first_word >= opening_phrase_end
                && !quotes::inside(context.regions, m.range.start)
        }) {
            // Copied into the last subject's own buffer when there is one
            // (a new string per sentence was an allocation and a free).
            match &mut self.last_subject {
                Some(last) => last.clone_from(&person.name),
                None => self.last_subject = Some(person.name.clone()),
            }
        }
        for (i, m) in context.mentions.iter().enumerate() {
            if m.kind != MentionKind::Country
                || quotes::inside(context.regions, m.range.start)
                || context.mentions[..i]
                    .iter()
                    .any(|p| p.actor_name() == m.actor_name())
            {
                continue;
            }
            match self.countries.iter_mut().find(|(c, _)| c == m.actor_name()) {
                Some((_, n)) => *n += 1,
                None => self.countries.push((m.actor_name().to_string(), 1)),
            }
        }
        // "since he rose to power in 1999" dates the start of a state, not
        // what the next sentences tell; a closer date ("since they met in
        // California in November. There, they agreed ...") may.
        let lower = self.lower;
        let background = |m: &TimeMention| {
            (m.when.as_ref().is_some_and(|w| {
                matches!(
                    w.precision,
                    Precision::Year | Precision::Decade | Precision::Century
                )
            }) && dates::since_dated(lower, sentence.range.start, m))
                // "the day after the army launched an offensive" is the
                // day next to another happening, not one of the narrative.
                || dates::day_phrase(lower, m).is_some()
                || dates_a_cause_noun(&context.scan, &found, m)
        };
        if let Some(when) = sentence_times
            .iter()
            .rev()
            .filter(|m| !background(m))
            .find_map(|m| m.when.as_ref())
        {
            *paragraph_date = Some(when);
        }
        self.mentions = context.mentions;
        self.found = found;
        self.words = words;
        self.keys = keys;
        self.capitals = capitals;
    }

    /// Replaces "he"/"she" with the person it most likely means: a person
    /// named earlier in the sentence, else the last subject.
    fn resolve_pronouns(&self, mentions: &mut [Mention], regions: &[Range]) {
        // The index of the sentence's first person outside quotes (its
        // name is copied only when a pronoun needs it), and of its first
        // singular group ("a woman", "a witness").
        let mut earlier: Option<usize> = None;
        let mut earlier_one: Option<usize> = None;
        for idx in 0..mentions.len() {
            let Some(mention) = mentions.get(idx) else { continue };
            if quotes::inside(regions, mention.range.start) {
                continue;
            }
            if mention.kind == MentionKind::Pronoun {
                let person = earlier
                    .and_then(|earlier| mentions.get(earlier))
                    .map(|person| person.name.clone());
                // "A woman who gave only her first name said she heard
                // shots": a singular group before the pronoun, when no
                // person is.
                let one = earlier_one
                    .filter(|_| person.is_none())
                    .and_then(|one| mentions.get(one))
                    .filter(|group| same_gender(&mention.name, &group.name))
                    .map(|group| group.name.clone());
                let kind = if one.is_some() {
                    MentionKind::Group
                } else {
                    MentionKind::Person
                };
                let name = person
                    .or(one)
                    .or_else(|| self.last_subject.clone())
                    .or_else(|| self.memory.latest_person().map(str::to_string))
                    .or_else(|| {
                        // "“...,” she said." after a paragraph quoting a
                        // witness: no person named yet, so the last
                        // speaker.
                        // Only a person or one unnamed speaker ("a
                        // witness") is a "she": never a country or a body.
                        self.observations
                            .iter()
                            .rev()
                            .find(|o| o.kind == EventKind::Statement)
                            .and_then(|o| o.actors.first().cloned())
                            .filter(|name| {
                                self.memory.knows_person(name)
                                    || (name.starts_with(|c: char| {
                                        c.is_ascii_lowercase()
                                    }) && !name.ends_with('s'))
                            })
                    });
                if let Some(name) = name
                    && let Some(mention) = mentions.get_mut(idx)
                {
                    mention.name = name;
                    mention.kind = kind;
                    mention.stands_for = None;
                }
            } else if mention.kind == MentionKind::Person && earlier.is_none() {
                earlier = Some(idx);
            } else if mention.kind == MentionKind::Group
                && earlier_one.is_none()
                && !mention.name.ends_with('s')
            {
                earlier_one = Some(idx);
            }
        }
    }

    /// The sentence's statement, if a speech trigger has a speaker.
    fn statement(
        &mut self,
        context: &Context<'_>,
        found: &[Found],
        paragraph_date: Option<&TimeSpan>,
        attributed: &mut Vec<Range>,
    ) {
        let mut speakers = std::mem::take(&mut self.speakers);
        speakers.clear();
        for trigger in found {
            if !matches!(
                trigger.trigger.form,
                TriggerForm::Speech | TriggerForm::Silence
            ) {
                continue;
            }
            if self.not_a_statement(context, trigger) {
                continue;
            }
            let Some(attribution) = quotes::speaker(
                &context.scan,
                &context.mentions,
                context.regions,
                trigger,
            ) else {
                self.document_statement(
                    context,
                    trigger,
                    paragraph_date,
                    attributed,
                );
                continue;
            };
            let Some(speaker) = context.mentions.get(attribution.mention)
            else {
                continue;
            };
            // "reported" reports only with its subject right before it, or
            // as a passive's agent ("was reported by"): not "the reported
            // talks", and not "reports of drone attacks".
            if media(speaker) {
                // "state media said", "local outlets saying": news relayed,
                // no actor's remark.
                continue;
            }
            if trigger.trigger.rule == "reported"
                && (relays_news(speaker)
                    || !matches!(
                        attribution.pattern,
                        "said-before" | "said-appositive" | "passive-by"
                    ))
            {
                continue;
            }
            if !speakers.is_empty()
                && !new_clause(&context.scan, speaker.first_word)
            {
                continue;
            }
            if speakers.contains(&attribution.mention) {
                continue;
            }
            if !speakers.is_empty() {
                self.split_evidence(context, speaker.range.start);
            }
            speakers.push(attribution.mention);
            let mut actors = Vec::with_capacity(ACTORS_PER_OBSERVATION_MAX);
            actors.push(
                possessed_body(&context.scan, speaker, attribution.pattern)
                    .unwrap_or_else(|| speaker.actor_name().to_string()),
            );
            if let Some(pair) = self.pair_named_by(context, speaker) {
                // "Both leaders described the talks as productive": the
                // two people the article last reported meeting.
                actors = pair.to_vec();
            }
            self.add_others(
                context,
                &mut actors,
                Some(attribution.mention),
                &[],
            );
            let quote = quotes::quote_for(
                self.text,
                context.regions,
                context.sentence.range,
            );
            for region in context.regions {
                if region.start < context.sentence.range.end
                    && context.sentence.range.start < region.end
                {
                    attributed.push(*region);
                }
            }
            // `concat` sizes the string once; `format!` cost more than
            // the rest of the rule's assembly.
            let rule = [
                "statement:",
                trigger.trigger.rule,
                "-",
                strip_said(attribution.pattern),
            ]
            .concat();
            let status = events::status(&context.scan, trigger, 0);
            if speaker.kind == MentionKind::Person
                && self.sentence_subject.is_none()
            {
                self.sentence_subject = Some(speaker.actor_name().to_string());
            }
            self.push(
                context,
                trigger,
                EventKind::Statement,
                status,
                actors,
                None,
                quote,
                rule,
                paragraph_date,
            );
        }
        self.speakers = speakers;
    }

    /// "“…,” the statement said", "the readout read": a document whose
    /// issuer this sentence does not name speaks for the speaker of the
    /// story's latest statement, the body that issued it ("the Foreign
    /// Ministry said … “…,” the statement read"), when that statement is in
    /// this paragraph or the one before. Otherwise there is no speaker; nor
    /// for "a joint statement", whose issuers are the parties.
    fn document_statement(
        &mut self,
        context: &Context<'_>,
        trigger: &Found,
        paragraph_date: Option<&TimeSpan>,
        attributed: &mut Vec<Range>,
    ) {
        let scan = &context.scan;
        let Some(noun) = trigger.first_word.checked_sub(1) else { return };
        let determiner = noun.checked_sub(1).map(|i| scan.key(i));
        if !events::DOCUMENT_NOUNS.contains(scan.key(noun))
            || !matches!(
                determiner,
                Some("the" | "a" | "its" | "their" | "official")
            )
            || scan.gap_before(trigger.first_word).contains(',')
        {
            return;
        }
        let sentence = context.sentence.range;
        // "“A. B,” the statement read." after a statement that quoted "A":
        // one quote run on, so that statement's evidence grows.
        let runs_on = context
            .regions
            .iter()
            .find(|r| r.start < sentence.start && sentence.start < r.end)
            .map(|r| r.start);
        if runs_on.is_some()
            && let Some(last) = self.observations.last_mut()
            && last.kind == EventKind::Statement
            && (last.span.end as usize) <= sentence.start
            && !text::slice(
                self.text,
                Range { start: last.span.end as usize, end: sentence.start },
            )
            .contains('\n')
        {
            last.span = ByteSpan::new(last.span.start as usize, sentence.end);
            return;
        }
        let Some(name) = self
            .observations
            .iter()
            .rev()
            .filter(|o| (o.span.start as usize) < sentence.start)
            .find(|o| o.kind == EventKind::Statement)
            .filter(|o| {
                let between = text::slice(
                    self.text,
                    Range { start: o.span.end as usize, end: sentence.start },
                );
                paragraph_breaks(between) <= 1
            })
            .and_then(|o| o.actors.first().cloned())
        else {
            return;
        };
        let mut actors = Vec::with_capacity(ACTORS_PER_OBSERVATION_MAX);
        actors.push(name);
        self.add_others(context, &mut actors, None, &[]);
        let quote = quotes::quote_for(self.text, context.regions, sentence);
        attributed.extend(
            context
                .regions
                .iter()
                .filter(|r| r.start < sentence.end && sentence.start < r.end),
        );
        let rule = ["statement:", trigger.trigger.rule, "-document"].concat();
        let status = events::status(scan, trigger, 0);
        let before = self.observations.len();
        self.push(
            context,
            trigger,
            EventKind::Statement,
            status,
            actors,
            None,
            quote,
            rule,
            paragraph_date,
        );
        // A quote that opened in an earlier sentence: the remark cites it
        // from its start.
        if let Some(start) = runs_on
            && self.observations.len() > before
            && let Some(made) = self.observations.last_mut()
        {
            let end = made.span.end as usize;
            made.span = ByteSpan::new(start, end);
            made.summary =
                summary(text::slice(self.text, Range { start, end }));
        }
    }

    /// The two people a pair phrase ("both leaders", "the two presidents",
    /// "the two men") refers to: the first two named people of the
    /// latest meeting or call with at least two of them that an earlier
    /// sentence reported.
    fn pair_named_by(
        &self,
        context: &Context<'_>,
        speaker: &Mention,
    ) -> Option<[String; 2]> {
        let countries = COUNTRY_PAIR_HEADS.contains(&speaker.name.as_str());
        if speaker.kind != MentionKind::Group
            || !(countries || PAIR_HEADS.contains(&speaker.name.as_str()))
        {
            return None;
        }
        let before = speaker.first_word.checked_sub(1)?;
        let pair_word = match context.scan.key(before) {
            "both" => true,
            "two" => before
                .checked_sub(1)
                .is_some_and(|the| context.scan.key(the) == "the"),
            _ => false,
        };
        // "The two countries agreed ...", "both sides said": the two
        // countries the story names most.
        if countries {
            return pair_word.then(|| self.country_pair()).flatten();
        }
        // "The leaders said ...": the two people of the latest meeting,
        // only when it had no third (then "the leaders" is ambiguous).
        let plain = !pair_word
            && context.scan.key(before) == "the"
            && matches!(speaker.name.as_str(), "leaders" | "presidents");
        if !pair_word && !plain {
            return None;
        }
        self.observations
            .iter()
            .rev()
            .filter(|o| {
                matches!(o.kind, EventKind::Meeting | EventKind::Call)
                    && (o.span.start as usize) < context.sentence.range.start
            })
            .find_map(|o| {
                let mut people =
                    o.actors.iter().filter(|a| self.memory.knows_person(a));
                let pair = [people.next()?.clone(), people.next()?.clone()];
                (!plain || people.next().is_none()).then_some(pair)
            })
    }

    /// The two countries the story has named in the most sentences so far,
    /// when both were named in more sentences than any third.
    fn country_pair(&self) -> Option<[String; 2]> {
        let mut ranked: Vec<&(String, u32)> = self.countries.iter().collect();
        ranked.sort_by_key(|entry| std::cmp::Reverse(entry.1));
        match ranked.as_slice() {
            [first, second, rest @ ..]
                if rest.first().is_none_or(|third| third.1 < second.1) =>
            {
                Some([first.0.clone(), second.0.clone()])
            }
            _ => None,
        }
    }

    /// A second statement in one sentence ("X said A, while Y said B"):
    /// the previous statement's evidence ends at the clause break before
    /// the new speaker, so each speaker cites their own words. The new
    /// statement's evidence is cut by `push` from the same break.
    fn split_evidence(&mut self, context: &Context<'_>, speaker_start: usize) {
        let sentence = context.sentence.range;
        let head = self.text.get(sentence.start..speaker_start).unwrap_or("");
        let Some(cut) = head.rfind([',', ';']) else { return };
        let at = sentence.start + cut;
        if let Some(last) = self.observations.last_mut()
            && last.kind == EventKind::Statement
            && (last.span.start as usize) < at
            && (last.span.end as usize) > at
        {
            last.span = ByteSpan::new(last.span.start as usize, at);
            self.clause_start = Some(at + 1);
        }
    }

    /// The part of a sentence a statement cites: from the clause break
    /// `split_evidence` left, if any, else the whole sentence.
    fn statement_clause(&mut self, sentence: Range) -> Range {
        let Some(start) = self.clause_start.take() else { return sentence };
        let piece = text::slice(self.text, Range { start, end: sentence.end });
        let lead = piece.len() - piece.trim_start().len();
        Range { start: start + lead, end: sentence.end }
    }

    /// "Putin has reiterated his maximalist demands": when the sentence's
    /// threat was made (`happenings_from..`), the remark that only
    /// restates it (`states_its_threat`) is dropped from the statements
    /// made before it (`statements_from..happenings_from`). It is dropped
    /// only now, after the threat took the remark's date.
    fn drop_stated_threat(
        &mut self,
        context: &Context<'_>,
        found: &[Found],
        statements_from: usize,
        happenings_from: usize,
    ) {
        let threat = self
            .observations
            .get(happenings_from..)
            .unwrap_or(&[])
            .iter()
            .any(|o| o.kind == EventKind::Threat);
        let Some(restating) =
            found.iter().find(|f| states_its_threat(&context.scan, found, f))
        else {
            return;
        };
        if !threat {
            return;
        }
        let rule = ["statement:", restating.trigger.rule, "-"].concat();
        self.drop_statements(statements_from, happenings_from, |r| {
            r.starts_with(&rule)
        });
    }

    /// "A missile strike killed eight people, according to officials";
    /// "the quake struck at a depth of 10km, according to the Geological
    /// Survey": "according to" names where a report of a strike, a
    /// military action or a disaster comes from, not a remark of its own.
    /// The sentence's happening stands (its evidence keeps the source);
    /// the sourcing statement made before it, between `statements_from`
    /// and `happenings_from`, is dropped. Event coders count the strike,
    /// not its sourcing, and a remark the strike's reports all carry
    /// would be one more event per outlet. A toll is different: "at least
    /// nine people were killed, according to local authorities" is that
    /// authority's count, one claim among the outlets' others, and stays a
    /// statement.
    fn drop_sourcing(
        &mut self,
        statements_from: usize,
        happenings_from: usize,
    ) -> usize {
        let happenings =
            self.observations.get(happenings_from..).unwrap_or(&[]);
        let physical = happenings.iter().any(|o| {
            matches!(o.kind, EventKind::Attack | EventKind::Military)
                || o.rule.starts_with("other:disaster")
        });
        let toll = happenings.iter().any(|o| !o.claims.is_empty());
        if !physical || toll {
            return 0;
        }
        self.drop_statements(statements_from, happenings_from, |rule| {
            rule.starts_with("statement:according-to")
        })
    }

    /// Removes the observations in `from..to` whose rule `drop` accepts;
    /// returns how many it removed, so the caller's later indexes can
    /// move back by as many.
    fn drop_statements(
        &mut self,
        from: usize,
        to: usize,
        drop: impl Fn(&str) -> bool,
    ) -> usize {
        let mut index = from;
        let mut end = to.min(self.observations.len());
        let mut dropped = 0;
        while index < end {
            if self.observations.get(index).is_some_and(|o| drop(&o.rule)) {
                self.observations.remove(index);
                end -= 1;
                dropped += 1;
            } else {
                index += 1;
            }
        }
        dropped
    }

    /// The latest observation before `index` whose evidence starts in this
    /// sentence and that `wanted` accepts.
    fn latest_in_sentence(
        &self,
        context: &Context<'_>,
        index: usize,
        wanted: impl Fn(&Observation) -> bool,
    ) -> Option<&Observation> {
        let sentence_start = context.sentence.range.start as u32;
        self.observations
            .get(..index)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|o| o.span.start >= sentence_start)
            .find(|o| wanted(o))
    }

    /// Gives the observation at `index` the time of the sentence's remark
    /// (the latest statement whose evidence starts in this sentence).
    fn date_as_remark(&mut self, context: &Context<'_>, index: usize) {
        let remark = self
            .latest_in_sentence(context, index, |o| {
                o.kind == EventKind::Statement
            })
            .map(|o| o.when.clone());
        if let (Some(when), Some(observation)) =
            (remark, self.observations.get_mut(index))
        {
            observation.when = when;
        }
    }

    /// A sentence that only continues a quote already attributed in this
    /// paragraph ("“A,” X said. “B.”") adds its words to that statement.
    fn continue_quote(
        &mut self,
        context: &Context<'_>,
        attributed: &mut Vec<Range>,
    ) {
        let sentence = context.sentence.range;
        if !opens_with_quote(context) {
            return;
        }
        let Some(last) = self.observations.last_mut() else { return };
        let same_paragraph = attributed.iter().any(|r| {
            (r.end as u32) <= (last.span.end + 3)
                && r.start as u32 >= last.span.start
        });
        if last.kind != EventKind::Statement
            || !same_paragraph
            || (last.span.end as usize) > sentence.start
        {
            return;
        }
        if let Some(more) =
            quotes::quote_for(self.text, context.regions, sentence)
        {
            let joined = match last.quote.take() {
                Some(quote) if !quote.contains(&more) => {
                    format!("{quote} … {more}")
                }
                Some(quote) => quote,
                None => more,
            };
            last.quote = Some(joined);
            // The evidence grows to cover the continued quote when nothing
            // but white space lies between, so it stays one exact passage.
            let between = text::slice(
                self.text,
                Range { start: last.span.end as usize, end: sentence.start },
            );
            if between.trim().is_empty() {
                last.span =
                    ByteSpan::new(last.span.start as usize, sentence.end);
            }
            attributed.extend(
                context.regions.iter().filter(|r| {
                    r.start < sentence.end && sentence.start < r.end
                }),
            );
        }
    }

    /// A paragraph that opens with a quote and names no speaker, right
    /// after a paragraph that ended with a statement, goes on quoting that
    /// speaker (the usual way news runs a long quote on): it is a remark of
    /// its own by the same speaker on the same day, citing its own words.
    /// Returns whether it made one.
    fn carry_quote(
        &mut self,
        context: &Context<'_>,
        attributed: &mut Vec<Range>,
    ) -> bool {
        let sentence = context.sentence.range;
        let opens_quote = opens_with_quote(context);
        let Some(last) = self.observations.last() else { return false };
        let end = last.span.end as usize;
        if !opens_quote
            || last.kind != EventKind::Statement
            || end > sentence.start
        {
            return false;
        }
        let between =
            text::slice(self.text, Range { start: end, end: sentence.start });
        if !between.trim().is_empty() || !between.contains('\n') {
            return false;
        }
        let Some(quote) =
            quotes::quote_for(self.text, context.regions, sentence)
        else {
            return false;
        };
        let mut carried = last.clone();
        carried.quote = Some(quote);
        carried.summary = summary(text::slice(self.text, sentence));
        carried.span = ByteSpan::new(sentence.start, sentence.end);
        carried.rule = "statement:continued-quote".to_string();
        self.observations.push(carried);
        attributed.extend(
            context
                .regions
                .iter()
                .filter(|r| r.start < sentence.end && sentence.start < r.end),
        );
        true
    }

    /// "called X" / "welcomed X" with a person right after and no quote is
    /// a call or a meeting, not a statement.
    fn object_kind(
        &self,
        context: &Context<'_>,
        trigger: &Found,
    ) -> Option<EventKind> {
        let kind = match trigger.trigger.phrase {
            "called" | "calling" | "calls" => EventKind::Call,
            "welcomed" => EventKind::Meeting,
            _ => return None,
        };
        let person_object = context.mentions.iter().any(|m| {
            m.first_word == trigger.end_word && m.kind == MentionKind::Person
        }) || (kind == EventKind::Meeting
            && welcomed_in_person(&context.scan, trigger));
        let quoted = quotes::quote_for(
            self.text,
            context.regions,
            context.sentence.range,
        )
        .is_some();
        (person_object && !quoted).then_some(kind)
    }

    /// Whether a trigger is inside a real quote (scare quotes around a word
    /// or two, as in no “deal” was struck, do not count).
    fn in_quote(&self, context: &Context<'_>, trigger: &Found) -> bool {
        let Some(word) = context.scan.words.get(trigger.first_word) else {
            return false;
        };
        context.regions.iter().any(|r| {
            r.start <= word.range.start
                && word.range.start < r.end
                && r.end - r.start > 24
        })
    }

    /// A bare noun ("peace talks can be protracted", "extensive
    /// negotiations") with no actor before it and no determiner is generic.
    fn generic_noun(
        &self,
        context: &Context<'_>,
        trigger: &Found,
        status: Status,
        clause: usize,
    ) -> bool {
        // A bare noun under a modal ("peace talks can be protracted") is
        // as generic as one in the indicative.
        if trigger.trigger.form != TriggerForm::Noun
            || !matches!(status, Status::Occurred | Status::Hypothetical)
        {
            return false;
        }
        if !context.times.is_empty()
            || events::is_reference(&context.scan, trigger)
        {
            return false;
        }
        let actor_before = context.mentions.iter().any(|m| {
            m.first_word >= clause
                && m.end_word <= trigger.first_word
                && m.is_actor()
                && m.kind != MentionKind::Place
        });
        // A determiner, an ordinal or a verb of holding right before the
        // noun, or before up to two modifiers ("a private call", "held
        // formal talks"), makes it one instance.
        let scan = &context.scan;
        let instance = |i: usize| INSTANCE_MARKS.contains(&scan.key(i));
        let noun = trigger.first_word;
        let modifiers =
            modifiers_before(scan, noun, GENERIC_MODIFIERS_MAX, |w| {
                INSTANCE_MARKS.contains(&w)
            });
        let held = noun.checked_sub(1).is_some_and(instance)
            || (modifiers > 0
                && (noun - modifiers).checked_sub(1).is_some_and(instance)
                && !scan.gap_before(noun - modifiers).contains(CLAUSE_BREAKS));
        // "A Russian missile attack", "an Israeli air strike", "a White
        // House briefing": up to two capitalised words between the mark
        // and the modifiers are modifiers too.
        let start = noun - modifiers;
        let capital = |i: usize| scan.words.get(i).is_some_and(|w| w.capital);
        let named = (1..=NAMED_MODIFIERS_MAX).any(|n| {
            start.checked_sub(n + 1).is_some_and(|mark| {
                instance(mark)
                    && (mark + 1..start).all(capital)
                    && !(mark + 1..=start)
                        .any(|i| scan.gap_before(i).contains(CLAUSE_BREAKS))
            })
        });
        !actor_before
            && !held
            && !named
            && !reported_instance(scan, trigger)
            && !continuing_instance(scan, trigger)
    }

    /// One observation per kind for the sentence's other triggers.
    fn happenings(
        &mut self,
        context: &Context<'_>,
        found: &[Found],
        paragraph_date: Option<&TimeSpan>,
    ) {
        let mut done = std::mem::take(&mut self.done);
        done.clear();
        let reported = found
            .iter()
            .find(|f| {
                // "has not commented on the ceasefire but launched drone
                // attacks": a remark not made reports nothing.
                // "called a press briefing": a gathering convened, no
                // remark whose content would follow.
                f.trigger.form == TriggerForm::Speech
                    && !self.in_quote(context, f)
                    && !convened(&context.scan, f)
                    && events::status(
                        &context.scan,
                        f,
                        quotes::clause_start(
                            &context.scan,
                            context.regions,
                            f.first_word,
                        ),
                    ) != Status::NotOccurred
            })
            .map(|f| f.first_word);
        for trigger in found {
            let mut kind = trigger.trigger.kind;
            if let Some(object_kind) = self.object_kind(context, trigger) {
                kind = object_kind;
            } else if kind == EventKind::Statement {
                continue;
            }
            if military_seizure(&context.scan, trigger) {
                kind = EventKind::Military;
            }
            if trigger.trigger.rule == "spoke"
                && (!two_spoke(context, trigger)
                    // "The two leaders talked for about an hour" after
                    // their call: the same call again (not "spoke again on
                    // Sunday").
                    || (unnamed_pair_spoke(&context.scan, trigger)
                        && context.times.iter().all(|t| t.when.is_none())
                        && context.scan.key(trigger.end_word) != "again"
                        && self.seen.iter().any(|(k, ..)| *k == EventKind::Call)))
            {
                continue;
            }
            if excluded_from(&context.scan, found, trigger) {
                continue;
            }
            if kind == EventKind::Attack && war_toll(&context.scan, trigger) {
                // "a conflict that has killed thousands": the war's toll,
                // not one attack.
                continue;
            }
            let mut hazard = None;
            if kind == EventKind::Attack
                && (natural_cause(&context.scan, trigger)
                    || (self.disaster.is_some()
                        && trigger.trigger.rule == "killed"
                        && !armed_sentence(&context.scan)))
            {
                // Or, in a story that opens on a quake, "at least eight
                // people were killed in the building collapse": a bare
                // killing in a sentence with no weapon and no strike is
                // the disaster's toll. Its one actor is the hazard.
                hazard = sentence_hazard(&context.scan).or(self.disaster);
                // "a magnitude 7.5 earthquake killed 62": a disaster, not an
                // attack by anyone.
                kind = EventKind::Other;
            }
            match trigger.trigger.rule {
                // "A powerful 6.4 aftershock soon followed": a quake of its
                // own, named apart from the main shock.
                "aftershock" => hazard = Some("aftershock"),
                // "a high-rise under construction collapsed": a building's
                // collapse, a happening of its own beside the quake; not
                // talks, a government or a truce collapsing.
                "collapsed" => {
                    match collapsed_structure(&context.scan, trigger) {
                        Some(collapse) => hazard = Some(collapse),
                        None => continue,
                    }
                }
                _ => {}
            }
            // "struck X in retaliation for an April 1 strike on Y": the
            // strike named as the cause is another, earlier happening.
            let cause = caused_by(&context.scan, trigger);
            if self.in_quote(context, trigger)
                || labelled_as(&context.scan, trigger)
                || !(cause || fresh(&context.scan, &done, kind, trigger))
            {
                continue;
            }
            let clause = quotes::clause_start(
                &context.scan,
                context.regions,
                trigger.first_word,
            );
            let mut status = events::status(&context.scan, trigger, clause);
            let undisclosed = status == Status::NotOccurred
                && undisclosed_details(&context.scan, trigger);
            if undisclosed {
                // "did not specify the terms of the agreement": details
                // kept back of a deal that was made, not one that failed.
                status = Status::Occurred;
            }
            let seen_key = (kind, status, seen_rule(kind, trigger));
            // "has reiterated his demands": made again, a new act, however
            // often demands were reported before.
            let restated = reported.is_some_and(|verb| {
                restated_demand(&context.scan, trigger, verb)
            });
            if events::is_reference(&context.scan, trigger)
                && !restated
                && !events::always_an_instance(trigger)
                && !self.elsewhere(context, trigger, kind)
                && (self.named_before(seen_key)
                    || (status == Status::Hypothetical
                        && self.seen_kind(kind, trigger)))
            {
                // "the meeting" again, maybe under doubt ("it was unclear
                // whether the meeting would be fruitful"): the same one.
                continue;
            }
            if background_relative(context, trigger) {
                continue;
            }
            if self.attack_named_again(context, trigger, kind, status) {
                continue;
            }
            if self.agreement_named_again(context, trigger, kind, status) {
                continue;
            }
            if self.generic_noun(context, trigger, status, clause) {
                continue;
            }

            if !undisclosed
                && !events::concrete_agreement(&context.scan, trigger, status)
            {
                continue;
            }
            // What a sentence tells after an infinitive remark's clause
            // ("pledged to end the war ..., and Russian bombardments
            // continued") is not the remark's: neither its content nor a
            // happening its speaker is a party to.
            let reported = reported.filter(|&verb| {
                !past_infinitive_content(&context.scan, verb, trigger)
            });
            if speech_content(context, trigger, kind, status, reported)
                || speech_topic(&context.scan, trigger)
            {
                continue;
            }
            // The restated demand is the speaker's own: the speaker is its
            // subject, not a reporter.
            let reported = reported.filter(|_| !restated);
            let (agent, mut actors) = if cause {
                cause_participants(context, trigger)
            } else {
                self.participants(context, trigger, reported)
            };
            if let Some(hazard) = hazard {
                // A disaster has no agent and no parties: whoever the
                // sentence names reports it, suffers it or hosts it.
                actors = vec![hazard.to_string()];
            }
            if let Some(phrase) = self.remembered(context, trigger) {
                // "the visit came before the anniversary of Russia's
                // invasion of Ukraine": the invasion's parties are the ones
                // its own phrase names, not the visitor.
                let named: Vec<&str> = context
                    .mentions
                    .iter()
                    .filter(|m| phrase.contains(&m.first_word))
                    .map(Mention::actor_name)
                    .collect();
                actors.retain(|a| named.contains(&a.as_str()));
                // "the 2008 Mumbai attacks": a strike known by its year
                // stands without parties.
                if actors.is_empty()
                    && !(kind == EventKind::Attack
                        && year_named(&context.scan, trigger))
                {
                    continue;
                }
            }
            let location = if cause {
                cause_location(context, trigger)
            } else {
                location(context, trigger, kind)
            };
            // A strike with no known agent ("a drone strike destroyed the
            // mission in Lima, officials said") is kept when it has a
            // place (consolidation joins it to the reports that name one)
            // or a weapon as its subject ("A drone struck a house", "X said
            // two missiles had hit the station").
            let weapon_before = (trigger.first_word.saturating_sub(3)
                ..trigger.first_word)
                .any(|i| events::weapon(context.scan.key(i)))
                // "A convoy was hit by a missile": a weapon as the agent.
                || events::weapon_after(&context.scan, trigger);
            // Or when it killed or wounded a counted number of people
            // ("Shelling of the town on March 5 killed three civilians"):
            // a toll makes it a happening of its own. Not the bare
            // killing, which may be a crash's, nor in a sentence that names
            // a natural hazard ("the quake, which struck at midnight, had
            // killed 113").
            let toll = || {
                trigger.trigger.rule != "killed"
                    && !(0..context.scan.words.len())
                        .any(|i| hazard_at(&context.scan, i))
                    && context
                        .claims
                        .get_or_init(|| events::claims(&context.scan))
                        .iter()
                        .any(|c| {
                            matches!(c.field.as_str(), "deaths" | "injuries")
                        })
            };
            let dated_cause = cause && cause_dated(context, trigger);
            let agentless = agent.is_none()
                && kind == EventKind::Attack
                && (location.is_some()
                    || weapon_before
                    || (cause && (!actors.is_empty() || dated_cause))
                    // The sentence's toll is the answering strike's, not
                    // the cause's.
                    || (!cause && toll())
                    || killed_in_violence(&context.scan, trigger)
                    || year_named(&context.scan, trigger));
            // "The civil war in Sudan began in April 2023", "a rally in
            // Tel Aviv": a war dated by its sentence, or a protest, stands
            // with its place alone.
            let placed = matches!(trigger.trigger.rule, "war" | "protest")
                && location.is_some();
            if agent.is_none() && !agentless && !placed && hazard.is_none() {
                continue;
            }
            let rule = if hazard.is_some() {
                [kind.name(), ":disaster-", trigger.trigger.rule].concat()
            } else {
                [kind.name(), ":", trigger.trigger.rule].concat()
            };
            let pushed = self.observations.len();
            done.push((kind, trigger.first_word, trigger.trigger.rule));
            self.seen.insert(seen_key);
            self.push(
                context,
                trigger,
                kind,
                status,
                actors,
                location,
                None,
                rule,
                paragraph_date,
            );
            if restated {
                // Made when the remark was: "has reiterated" is a habit up
                // to publication, not a happening of the last two days.
                self.date_as_remark(context, pushed);
            }
            if cause && !dated_cause {
                // "in response to a rocket attack": no later than the
                // answer, by how much earlier the text does not say.
                let answered = self
                    .latest_in_sentence(context, pushed, |o| {
                        o.kind != EventKind::Statement
                    })
                    .and_then(|o| o.when.end);
                if let Some(observation) = self.observations.get_mut(pushed) {
                    observation.when.start = None;
                    if answered.is_some() {
                        observation.when.end = answered;
                    }
                }
            }
        }
        self.done = done;
    }

    /// The words of the phrase "anniversary of ... <trigger> of ..." when
    /// the trigger is the happening an anniversary remembers (as
    /// `dates::anniversary_at` finds it): from the word after "of" to the
    /// end of the trigger's noun phrase (a comma, "and", or a relative
    /// pronoun ends it).
    fn remembered(
        &self,
        context: &Context<'_>,
        trigger: &Found,
    ) -> Option<std::ops::Range<usize>> {
        let scan = &context.scan;
        let start = scan.words.get(trigger.first_word)?.range.start;
        let at = dates::anniversary_at(
            self.lower,
            context.sentence.range.start,
            start,
        )?;
        let word = (0..trigger.first_word).rev().find(|&i| {
            scan.words.get(i).is_some_and(|w| w.range.start == at)
        })?;
        let end = (trigger.end_word..scan.words.len())
            .find(|&i| {
                scan.gap_before(i).contains([',', ';', ':', '.'])
                    || matches!(
                        scan.key(i),
                        "and"
                            | "but"
                            | "that"
                            | "which"
                            | "who"
                            | "as"
                            | "when"
                    )
            })
            .unwrap_or(scan.words.len());
        Some(word + 2..end)
    }

    /// Whether a speech trigger makes no statement: it is a call or visit
    /// ("called Macron"), inside a quote, or an outlet relaying news.
    fn not_a_statement(&self, context: &Context<'_>, trigger: &Found) -> bool {
        self.object_kind(context, trigger).is_some()
            || self.in_quote(context, trigger)
            || outlet_reports(context, trigger)
            || reduced_passive(&context.scan, trigger)
            || convened(&context.scan, trigger)
            || said_earlier(&context.scan, trigger)
    }

    /// "hours after the countries agreed to the deal", after the deal was
    /// reported: the agreement named again by its definite object, not a
    /// new one (nor one dated by the paragraph's background).
    fn agreement_named_again(
        &self,
        context: &Context<'_>,
        trigger: &Found,
        kind: EventKind,
        status: Status,
    ) -> bool {
        let scan = &context.scan;
        // The verb with its object, or the object noun itself.
        let (verb, object) = match trigger.trigger.form {
            TriggerForm::Verb if status == Status::Occurred => {
                (trigger.first_word, trigger.end_word + 2)
            }
            TriggerForm::Noun => {
                (trigger.first_word.wrapping_sub(3), trigger.first_word)
            }
            _ => return false,
        };
        kind == EventKind::Agreement
            && agree_form(scan.key(verb))
            && matches!(scan.key(verb + 1), "to" | "on")
            && matches!(scan.key(verb + 2), "the" | "this" | "that")
            && object == verb + 3
            && events::AGREEMENT_NOUNS.contains(scan.key(object))
            && self.seen.iter().any(|(k, s, _)| {
                *k == EventKind::Agreement && *s == Status::Occurred
            })
    }

    /// "Zelensky condemned the attack", "medics are working at the site of
    /// the strike": once the story has reported a strike that happened, a
    /// definite strike noun with no place of its own names that strike
    /// again, whatever word the story first used for it ("a missile strike
    /// killed three" then "this attack"). A place after it ("the strike on
    /// Kharkiv") may set another strike apart, so that one stands.
    fn attack_named_again(
        &self,
        context: &Context<'_>,
        trigger: &Found,
        kind: EventKind,
        status: Status,
    ) -> bool {
        kind == EventKind::Attack
            && status == Status::Occurred
            && trigger.trigger.form == TriggerForm::Noun
            && events::is_reference(&context.scan, trigger)
            // "since the 2014 Odesa shootings": another strike, known by
            // its year.
            && !year_named(&context.scan, trigger)
            && self.seen.iter().any(|(k, s, _)| {
                *k == EventKind::Attack && *s == Status::Occurred
            })
            && !context.mentions.iter().any(|m| {
                m.first_word >= trigger.end_word
                    && m.first_word <= trigger.end_word + 1
                    && m.is_place_use()
            })
    }

    /// Whether a happening of this kind (and reference rule) was already
    /// observed in the article, whatever its status.
    /// Whether a happening of this key was reported before in the
    /// article. "The meeting" after "a press briefing" may name the
    /// briefing, so a press conference counts for any meeting; "the
    /// press conference" after "the summit" names one of its own.
    fn named_before(&self, key: (EventKind, Status, &'static str)) -> bool {
        let (kind, status, rule) = key;
        self.seen.contains(&key)
            || (kind == EventKind::Meeting
                && rule.is_empty()
                && self.seen.contains(&(kind, status, "press-conference")))
    }

    /// Whether a noun trigger names, right after it, a place in another
    /// country than every earlier happening of its kind in the article:
    /// "her visit to the United States" after "a visit to Brazil", "the
    /// talks in Geneva" after talks in Doha, is another happening, not the
    /// one named again. A place the gazetteer cannot set apart, or an
    /// earlier happening with no place, leaves the reference standing.
    fn elsewhere(
        &self,
        context: &Context<'_>,
        trigger: &Found,
        kind: EventKind,
    ) -> bool {
        let Some(place) = context.mentions.iter().find(|m| {
            (trigger.end_word..=trigger.end_word + 1).contains(&m.first_word)
                && m.is_place_use()
        }) else {
            return false;
        };
        let mut earlier =
            self.observations.iter().filter(|o| o.kind == kind).peekable();
        earlier.peek().is_some()
            && earlier.all(|o| {
                place_relation(o.location.as_deref(), Some(&place.name))
                    == PlaceRelation::Different
            })
    }

    fn seen_kind(&self, kind: EventKind, trigger: &Found) -> bool {
        let rule = seen_rule(kind, trigger);
        self.seen.iter().any(|(k, _, r)| *k == kind && *r == rule)
    }

    /// The agent (subject, passive "by" agent, possessor or first mention)
    /// and the other actors of a non-statement trigger.
    fn participants(
        &self,
        context: &Context<'_>,
        trigger: &Found,
        reported: Option<usize>,
    ) -> (Option<usize>, Vec<String>) {
        let mentions = &context.mentions;
        // Inside reported speech ("X said that Y met Z") the subject is Y.
        let floor = reported
            .filter(|at| *at < trigger.first_word)
            .map_or(0, |at| at + 1);
        let usable = |m: &Mention| {
            m.is_actor()
                && !m.is_place_use()
                && (m.kind != MentionKind::Place || m.stands_for.is_some())
                && !quotes::inside(context.regions, m.range.start)
                && !counted_victims(&context.scan, m)
        };
        let by_agent = (0..3)
            .find(|o| context.scan.key(trigger.end_word + o) == "by")
            .and_then(|o| {
                mentions.iter().position(|m| {
                    m.first_word == trigger.end_word + o + 1 && usable(m)
                })
            });
        // "According to the spokesperson, five people were killed", "the
        // talks lasted three hours, according to a ministry spokesperson":
        // the source of a happening's report is not its subject.
        let source = |m: &Mention| according_to(&context.scan, m.first_word);
        let subject_at = |from: usize| {
            let idx = mentions.iter().position(|m| {
                m.first_word >= from
                    && m.end_word <= trigger.first_word
                    && usable(m)
                    && !source(m)
                    && m.preposition.is_none_or(|p| p == "by")
            })?;
            // "U.S. Secretary of State Antony Blinken arrived": the country
            // before a title names the person's country, not the subject.
            let country = mentions.get(idx)?;
            let titled = mentions.get(idx + 1).filter(|person| {
                country.kind == MentionKind::Country
                    && person.kind == MentionKind::Person
                    && person.end_word <= trigger.first_word
                    && person.first_word >= country.end_word
                    && person.first_word <= country.end_word + TITLE_WORDS_MAX
                    && (country.end_word..person.first_word).all(|i| {
                        // Title words: "Secretary of State", "foreign
                        // minister" ("Ukraine's foreign minister X").
                        let key = context.scan.key(i);
                        context.scan.words.get(i).is_some_and(|w| w.capital)
                            || matches!(key, "of" | "for")
                            || (key.len() > 2
                                && key.bytes().all(|b| b.is_ascii_lowercase())
                                && !matches!(key, "and" | "but" | "with"))
                    })
            });
            Some(if titled.is_some() { idx + 1 } else { idx })
        };
        // "A met B, and C visited Beijing", "A met B, after C arrived":
        // the subject of a coordinated or subordinate clause is the one
        // after its ", and" (", after").
        // "the first to visit since Biden took office": a subordinate
        // clause has its own subject, comma or not.
        let coordinated = (floor..trigger.first_word)
            .rev()
            .find(|&i| {
                let key = context.scan.key(i);
                let subordinator = matches!(
                    key,
                    "after" | "before" | "when" | "until" | "because" | "since"
                );
                subordinator
                    || (matches!(key, "and" | "but" | "while" | "whereas")
                        && context.scan.gap_holds(i, b','))
            })
            .map(|i| i + 1);
        // "At the invitation of X, Y arrived", "Prior to meeting X, Y met
        // Z": a phrase that opens the sentence holds no subject of the
        // clause after its comma.
        let opening = Some(opening_phrase_end(&context.scan))
            .filter(|&end| end > floor && end <= trigger.first_word);
        // "Peru has confirmed the death of its envoy, X, and is vowing
        // revenge": a verb phrase coordinated after a reported clause, with
        // no subject of its own, goes on from the main clause's subject.
        let main_subject = coordinated
            .filter(|&c| {
                floor > 0
                    && c > floor
                    && subject_at(c).is_none()
                    && !mentions.iter().any(|m| m.first_word == c)
            })
            .and_then(|_| subject_at(0));
        // "Police gave no figures, but Kestria has been gripped by an
        // uprising": a clause that opens with a name that is no actor (a
        // place) has that subject, not the sentence's first.
        let own_subject = coordinated.is_some_and(|c| {
            subject_at(c).is_none()
                && mentions.iter().any(|m| {
                    m.first_word == c
                        && m.end_word <= trigger.first_word
                        && !usable(m)
                })
        });
        let subject = if own_subject {
            None
        } else {
            coordinated
                .and_then(subject_at)
                .or(main_subject)
                .or_else(|| opening.and_then(subject_at))
                .or_else(|| subject_at(floor))
        };
        // "The agency said five civilians were killed": whoever reports a
        // killing is not its agent; other kinds may take the speaker ("X
        // said talks were held" names a party).
        let violent = matches!(
            trigger.trigger.kind,
            EventKind::Attack | EventKind::Military
        );
        // "Washington said it fired a barrage": "it" is the speaker.
        let speaker_is_subject = reported.is_some_and(|at| {
            let mut next = at + 1;
            if context.scan.key(next) == "that" {
                next += 1;
            }
            // "said its air defences shot down two drones": its forces.
            // Not a happening in a clause set off after the complement
            // ("said it had recovered fragments from the hospital, which
            // was hit during attacks that killed 41"): not the speaker's.
            let own = matches!(
                context.scan.key(next),
                "it" | "they"
                    | "we"
                    | "its"
                    | "their"
                    | "our"
                    | "he"
                    | "she"
                    | "his"
                    | "her"
            );
            own && !(next + 1..trigger.first_word).any(|i| {
                context.scan.gap_holds(i, b',')
                    || matches!(context.scan.key(i), "which" | "who" | "where")
            })
        });
        // "Misri said the two army chiefs spoke on Saturday": whoever
        // reports a conversation of others is not on the line either.
        let call = trigger.trigger.kind == EventKind::Call;
        let speaker_floor =
            if (violent || call) && !speaker_is_subject { floor } else { 0 };
        let subject = subject.or_else(|| subject_at(speaker_floor));
        let before = mentions.iter().rposition(|m| {
            m.end_word <= trigger.first_word
                && m.first_word >= speaker_floor
                && usable(m)
                && !source(m)
        });
        // "..., killing four, the news agency reported": whoever reports a
        // violent happening after it is not its agent either.
        let reports = |i: usize| {
            let key = context.scan.key(i);
            events::is_speech_word(key)
                || matches!(key, "reported" | "reports" | "quoted")
        };
        // "..., Russia's top security agency said", "the national police
        // service said": the possessor of the reporting body, or the word
        // that names it, reports too.
        let owns_reporter = |m: &Mention| {
            // "..., the head of the town administration said": an office
            // holder and what the office heads.
            let heads = m.kind == MentionKind::Person
                && actors::headed_phrase_end(&context.scan, m.end_word)
                    .is_some_and(reports);
            heads
                || (m.end_word..m.end_word + REPORTER_NOUN_WORDS_MAX)
                    .find(|&i| reports(i))
                    .is_some_and(|verb| {
                        (m.end_word..verb).all(|i| {
                            let key = context.scan.key(i);
                            !context
                                .scan
                                .words
                                .get(i)
                                .is_some_and(|w| w.capital)
                                && !events::is_trigger_word(key)
                                && (!actors::function_words().contains(key)
                                    // "officials on both sides said"
                                    || REPORTER_PHRASE_WORDS.contains(&key))
                        }) && (m.end_word..=verb).all(|i| {
                            !context.scan.gap_before(i).contains([',', ';'])
                        })
                    })
        };
        // "Oleksandr Kamyshin, chairman of the railways, said that two
        // missiles had hit the station": the speaker of the remark that
        // reports a violent happening, with its appositive, is no party.
        let before_speech = |m: &Mention| {
            floor > 0 && !speaker_is_subject && m.end_word < floor
        };
        // A journey is its travellers' alone: "was cutting short her visit
        // to Peru, her ministry said" names no travelling ministry.
        let journey = trigger.trigger.kind == EventKind::Travel;
        let reporter = |m: &Mention| {
            ((violent || journey)
                && (reports(m.end_word)
                    || before_speech(m)
                    || owns_reporter(m)))
                || according_to(&context.scan, m.first_word)
        };
        let after = mentions.iter().position(|m| {
            m.first_word >= trigger.end_word && usable(m) && !reporter(m)
        });
        // "a Russian missile hit", "Israeli warplanes struck": the weapon's
        // nationality is the agent when no subject is named.
        // "Russian missiles struck Kyiv, killing five": the killing after
        // the comma is the strike's, so its agent is the main clause's
        // (the weapon's nationality, or the sentence's first subject), not
        // the place struck.
        let toll = violent
            && context.scan.key(trigger.first_word) == "killing"
            && context.scan.gap_holds(trigger.first_word, b',');
        let subject = if toll {
            subject_at(speaker_floor).filter(|&i| {
                mentions.get(i).is_some_and(|m| m.stands_for.is_none())
            })
        } else {
            subject
        };
        // "in the face of Ukrainian attacks", "the Russian invasion": a
        // nationality before a noun trigger names its agent, whoever the
        // sentence's subject is.
        let armed = if violent && by_agent.is_none() {
            noun_country(&context.scan, trigger)
                .or_else(|| passive_strike_country(&context.scan, trigger))
                .or_else(|| {
                    subject.is_none().then(|| {
                        weapon_country(
                            &context.scan,
                            speaker_floor,
                            trigger.first_word,
                        )
                    })?
                })
        } else {
            None
        };
        // "In a telephone conversation with his counterpart X on Friday,
        // Y denounced ...": a noun trigger in a phrase that opens the
        // sentence belongs to the subject after its comma.
        let fronted = (trigger.trigger.form == TriggerForm::Noun
            && by_agent.is_none()
            && subject.is_none()
            && before.is_none()
            && matches!(
                context.scan.key(0),
                "in" | "during" | "at" | "after" | "following" | "before"
            ))
        .then(|| {
            let comma = (trigger.end_word..context.scan.words.len())
                .find(|&i| context.scan.gap_holds(i, b','))?;
            let skip =
                usize::from(matches!(context.scan.key(comma), "the" | "a"));
            mentions.iter().position(|m| {
                m.first_word == comma + skip
                    && usable(m)
                    && m.preposition.is_none()
                    && !reporter(m)
            })
        })
        .flatten();
        // "Modi cut short his visit after a terror attack in Kashmir",
        // "forces launched a manhunt following a militant attack": a strike
        // (not a military campaign: "Following the annexation of Crimea,
        // Putin pursued ..." names its agent) named by a noun that no verb of carrying out governs belongs to
        // no one outside its own phrase. Its parties are who the phrase
        // names ("a militant attack on tourists"), a possessor, or a "by"
        // agent; not the clause's subject or the sentence's other names.
        if trigger.trigger.kind == EventKind::Attack
            && trigger.trigger.form == TriggerForm::Noun
            && by_agent.is_none()
            && armed.is_none()
            && !carried_out(&context.scan, trigger)
        {
            let scan = &context.scan;
            let start = noun_phrase_start(scan, trigger.first_word)
                .unwrap_or(trigger.first_word)
                .saturating_sub(POSSESSOR_WORDS_MAX);
            let end = phrase_end(scan, trigger.end_word);
            let mut actors = Vec::new();
            add_mentions(context, &mut actors, |_, m| {
                let owner = m.end_word <= trigger.first_word
                    && m.first_word >= start
                    && (m.end_word >= trigger.first_word.saturating_sub(2)
                        || scan
                            .words
                            .get(m.end_word.wrapping_sub(1))
                            .is_some_and(|w| w.possessive));
                let named = m.first_word >= trigger.end_word
                    && m.end_word <= end
                    && m.preposition.is_some_and(|p| {
                        matches!(
                            p,
                            "on" | "against"
                                | "at"
                                | "targeting"
                                | "between"
                                | "with"
                        )
                    });
                // "clashes between troops and rebels": the second party.
                let paired = m.first_word > trigger.end_word
                    && m.end_word <= end
                    && scan.key(m.first_word - 1) == "and"
                    && context.mentions.iter().any(|first| {
                        first.end_word + 1 == m.first_word
                            && first.preposition == Some("between")
                    });
                (owner || named || paired) && !reporter(m)
            });
            let agent = (!actors.is_empty()).then_some(0);
            return (agent, actors);
        }
        // "Witnesses saw soldiers surrounding the National Assembly as
        // lawmakers rushed inside": forces moving in are their own agents,
        // with what they entered or surrounded; not who saw them.
        if trigger.trigger.kind == EventKind::Military
            && events::troop_movement(trigger.trigger.rule)
        {
            let scan = &context.scan;
            let end = phrase_end(scan, trigger.end_word);
            let mut actors = Vec::new();
            add_mentions(context, &mut actors, |idx, m| {
                let force = Some(idx) == by_agent
                    || (m.end_word <= trigger.first_word
                        && (m.first_word..m.end_word)
                            .any(|i| events::moving_force(scan.key(i))));
                let object = m.first_word >= trigger.end_word
                    && m.end_word <= end
                    && Some(idx) != by_agent;
                (force || object) && !reporter(m)
            });
            // The forces first, whatever order the sentence gives.
            if let Some(m) = by_agent.and_then(|i| mentions.get(i))
                && let Some(at) =
                    actors.iter().position(|a| a == m.actor_name())
            {
                let force = actors.remove(at);
                actors.insert(0, force);
            }
            let agent = (!actors.is_empty()).then_some(0);
            return (agent, actors);
        }
        let agent = by_agent.or(subject).or(before).or(fronted).or(after);
        // A happening leaves out whom "according to" names; a violent one
        // leaves out all its reporters.
        // "Trump's attempts failed, and Russian forces struck Kyiv": a
        // violent happening in a coordinated clause with an agent of its
        // own has no party in the clause before it; nor has any happening
        // after ", while" ("Gershkovich was arrested in 2023, while Whelan
        // was detained in 2022").
        let clause_floor = coordinated.filter(|&c| {
            c > 0
                && (violent && matches!(context.scan.key(c - 1), "and" | "but")
                    || context.scan.key(c - 1) == "while")
                && (armed.is_some() || subject_at(c).is_some())
        });
        // "Gershkovich was arrested in 2023, while Whelan was detained in
        // 2022": a contrasting clause with a subject of its own after the
        // happening tells another, with its own parties ("..., while
        // framing Europe as an obstacle" goes on with the same subject).
        let scan = &context.scan;
        let clause_ceiling = (trigger.end_word..scan.words.len()).find(|&i| {
            matches!(scan.key(i), "while" | "whereas")
                && scan.gap_before(i).contains(',')
                && !scan.key(i + 1).ends_with("ing")
        });
        let reporters: Vec<usize> = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                reporter(m)
                    || clause_floor.is_some_and(|c| m.end_word <= c)
                    || clause_ceiling.is_some_and(|c| m.first_word >= c)
            })
            .map(|(i, _)| i)
            .collect();
        let mut actors = Vec::new();
        if let Some(country) = armed {
            push_actor(&mut actors, country.to_string());
            self.add_others(context, &mut actors, None, &reporters);
            return (Some(0), actors);
        }
        if let Some(m) = agent.and_then(|idx| mentions.get(idx)) {
            // "both presidents returned": the pair, when it is the subject
            // before the trigger (not a group found after it).
            let pair = (m.end_word <= trigger.first_word)
                .then(|| self.pair_named_by(context, m))
                .flatten();
            match pair {
                Some(pair) => actors.extend(pair),
                None => push_actor(&mut actors, m.actor_name().to_string()),
            }
        } else if unknown_subject(&context.scan, trigger) {
            // A group the lexicon does not know, named by its head noun.
            push_actor(&mut actors, context.scan.key(1).to_string());
        } else if weapon_subject(&context.scan, trigger)
            || (toll
                && DETERMINERS.contains(context.scan.key(0))
                && events::weapon(context.scan.key(1)))
        {
            // "The rocket hit the ticket hall", "A drone struck a depot,
            // killing two": no one named fired it.
        } else if let Some(subject) = &self.last_subject
            && !(violent && passive(&context.scan, trigger))
            // A person the story last quoted is no stand-in for whoever
            // fired ("A drone strike hit a terminal" after an engineer's
            // remark): a strike's stand-in is a state or a force.
            && !(trigger.trigger.kind == EventKind::Attack
                && self.memory.knows_person(subject))
            && !mentions
                .iter()
                .any(|m| reporter(m) && m.actor_name() == subject.as_str())
        {
            // "his summit", "the talks": the article's current subject,
            // unless it is only this sentence's reporter of a violent
            // happening ("a strike killed four, officials said").
            push_actor(&mut actors, subject.clone());
        }
        self.add_others(context, &mut actors, agent, &reporters);
        let agent = (!actors.is_empty()).then_some(0);
        (agent, actors)
    }

    /// Adds the sentence's other actors (outside quotes, not places), once,
    /// leaving out the mention `skip_one` and the mentions in `skip` (two
    /// arguments, so the caller needs no vector for an agent and its
    /// reporters).
    fn add_others(
        &self,
        context: &Context<'_>,
        actors: &mut Vec<String>,
        skip_one: Option<usize>,
        skip: &[usize],
    ) {
        // "the two countries" is a party only as the pair it names.
        add_mentions(context, actors, |idx, m| {
            skip_one != Some(idx)
                && !skip.contains(&idx)
                && !(m.kind == MentionKind::Group
                    && COUNTRY_PAIR_HEADS.contains(&m.name.as_str())
                    && m.name != "sides")
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        context: &Context<'_>,
        trigger: &Found,
        kind: EventKind,
        status: Status,
        actors: Vec<String>,
        location: Option<String>,
        quote: Option<String>,
        rule: String,
        paragraph_date: Option<&TimeSpan>,
    ) {
        let text = self.text;
        let trigger_range = trigger_range(context, trigger);
        let span = if kind == EventKind::Statement {
            let sentence = self.statement_clause(context.sentence.range);
            evidence(text, sentence, trigger_range)
        } else {
            clause_evidence(text, context.sentence.range, trigger_range)
        };
        let before = text::slice(
            self.lower,
            Range {
                start: context.sentence.range.start,
                end: trigger_range.start,
            },
        );
        let placement = Placement {
            sentence: context.sentence.range,
            trigger: trigger_range.start,
            kind,
            status,
            tense: dates::tense(
                before,
                text::slice(self.lower, trigger_range),
                kind,
            ),
            anchor: *context.anchor.get_or_init(|| {
                let scan = &context.scan;
                dates::anchor_in(scan.keys.iter().copied())
            }),
            paragraph_date,
            lower: self.lower,
            quotes: context.regions,
        };
        let (when, source) =
            dates::assign(context.times, &placement, &self.story);
        if source == DateSource::Open {
            self.diagnostics.push(Diagnostic {
                span: Some(ByteSpan::new(span.start, span.end)),
                kind: "undated_observation".to_string(),
                message: "no date in the text or the publication date"
                    .to_string(),
            });
        }
        let claims = if kind == EventKind::Statement {
            Vec::new()
        } else {
            context.claims.get_or_init(|| events::claims(&context.scan)).clone()
        };
        let summary = self.sentence_summary(context);
        self.observations.push(Observation {
            kind,
            status,
            when,
            actors,
            location,
            quote,
            summary,
            span: ByteSpan::new(span.start, span.end),
            rule,
            claims,
        });
    }
}

impl Reader<'_> {
    /// The summary of the context's sentence: a copy of the one its first
    /// observation got, or made now (and the next observation to be pushed
    /// is noted as that first one). Making a summary walks the sentence's
    /// words; copying one is a single allocation.
    fn sentence_summary(&self, context: &Context<'_>) -> String {
        let first =
            context.summarised.get().and_then(|idx| self.observations.get(idx));
        match first {
            Some(observation) => observation.summary.clone(),
            None => {
                context.summarised.set(Some(self.observations.len()));
                summary(text::slice(self.text, context.sentence.range))
            }
        }
    }
}

/// An attribution pattern without its leading "said-" prefixes, as
/// `trim_start_matches("said-")` gives it: a `&str` pattern builds a
/// substring searcher per call, which cost more than the rest of the
/// statement's rule.
fn strip_said(pattern: &str) -> &str {
    let mut rest = pattern;
    while let Some(after) = rest.strip_prefix("said-") {
        rest = after;
    }
    rest
}

/// Verbs that label something "as" a kind of happening.
static LABELLING_VERBS: WordList = WordList::new(&[
    "classified",
    "described",
    "designated",
    "labelled",
    "labeled",
    "branded",
    "characterized",
    "characterised",
    "termed",
    "regarded",
    "viewed",
    "considered",
    "denounced",
    "condemned",
    "classifies",
    "describes",
    "sees",
    "seen",
]);

/// Most words between a labelling verb and its "as".
const LABEL_WORDS_MAX: usize = 5;

/// "The U.S. has classified both cases as 'wrongfully detained'",
/// "described the strike as an act of aggression", "condemned it as an
/// attack on sovereignty": a trigger that is the label a verb of
/// labelling gives something ("as", perhaps "a"/"an" and an adverb, then
/// the trigger) names no happening of its own.
fn labelled_as(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let mut at = trigger.first_word;
    for _ in 0..2 {
        let Some(before) = at.checked_sub(1) else { return false };
        let key = scan.key(before);
        if matches!(key, "a" | "an") || key.ends_with("ly") {
            at = before;
        } else {
            break;
        }
    }
    let Some(as_word) = at.checked_sub(1) else { return false };
    scan.key(as_word) == "as"
        && (as_word.saturating_sub(LABEL_WORDS_MAX)..as_word)
            .any(|i| LABELLING_VERBS.contains(scan.key(i)))
}

/// Most words between a verb of restating and the threat noun it states
/// ("reiterated his maximalist demands").
const STATED_THREAT_WORDS_MAX: usize = 3;

/// "Putin has reiterated his maximalist demands", "voiced new threats": a
/// remark that only restates the speaker's own demands or threats is that
/// threat, which the sentence reports as one (`threat:demands`); a second
/// observation of it as a statement would be one more event. Not
/// "rejected Moscow's demands" (the verbs are only those of restating)
/// nor "reiterated that the demands stand" (a reported clause).
fn states_its_threat(
    scan: &Scan<'_, '_>,
    found: &[Found],
    trigger: &Found,
) -> bool {
    matches!(trigger.trigger.rule, "reiterated" | "voiced")
        && found.iter().any(|f| {
            f.trigger.kind == EventKind::Threat
                && f.trigger.form == TriggerForm::Noun
                && f.first_word >= trigger.end_word
                && f.first_word <= trigger.end_word + STATED_THREAT_WORDS_MAX
                && (trigger.end_word..=f.first_word).all(|i| {
                    scan.key(i) != "that"
                        && !scan.gap_before(i).contains([',', ';', ':'])
                })
        })
}

/// Most words between a passive killing's "in"/"by" and the strike noun
/// it names ("were killed in a Russian drone strike").
const PASSIVE_STRIKE_WORDS_MAX: usize = 4;

/// The country named before the strike noun of the "in"/"by" phrase right
/// after a passive killing or strike ("were killed in Russian shelling",
/// "was hit by an Israeli strike"), as `country_before` reads it: the
/// agent of a killing whose strike noun the sentence did not report
/// apart. The strike nouns are `VIOLENT_CAUSES`.
fn passive_strike_country<'l>(
    scan: &Scan<'l, '_>,
    trigger: &Found,
) -> Option<&'l str> {
    if trigger.trigger.form == TriggerForm::Noun
        || !scan.is_passive(trigger.first_word)
        || !matches!(scan.key(trigger.end_word), "in" | "by")
    {
        return None;
    }
    let preposition = trigger.end_word;
    (preposition + 1..=preposition + PASSIVE_STRIKE_WORDS_MAX)
        .find(|&i| VIOLENT_CAUSES.contains(&scan.key(i)))
        .and_then(|noun| country_before(scan, noun))
}

/// How many paragraph breaks (runs of line breaks, with any white space
/// between them) a stretch of text crosses.
fn paragraph_breaks(between: &str) -> usize {
    let mut breaks = 0;
    let mut in_break = false;
    for c in between.chars() {
        if c == '\n' {
            breaks += usize::from(!in_break);
            in_break = true;
        } else if !c.is_whitespace() {
            in_break = false;
        }
    }
    breaks
}

/// Whether the sentence opens with a quote (a mark within its first few
/// bytes).
fn opens_with_quote(context: &Context<'_>) -> bool {
    let sentence = context.sentence.range;
    context
        .regions
        .iter()
        .any(|r| r.start <= sentence.start + 3 && sentence.start < r.end)
}

/// "an attack quickly condemned around the world", "the strike widely
/// denounced as a crime": a speech verb in the past participle right after
/// a happening's noun (adverbs between) describes the reaction to it, with
/// no speaker in the sentence.
fn reduced_passive(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let mut before = trigger.first_word;
    loop {
        let Some(previous) = before.checked_sub(1) else { return false };
        let key = scan.key(previous);
        if key.ends_with("ly") && key.len() > 3 {
            before = previous;
            continue;
        }
        return scan.key(trigger.first_word).ends_with("ed")
            && !scan.gap_holds(trigger.first_word, b',')
            && events::is_trigger_word(key)
            && !scan.words.get(previous).is_some_and(|w| w.capital);
    }
}

/// Whether a verb trigger is passive ("was attacked", "were being
/// shelled", "was apparently struck"): with no agent named, the story's
/// last subject is no more its agent than anyone else.
fn passive(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    trigger.trigger.form == TriggerForm::Verb
        && scan.is_passive(trigger.first_word)
}

/// Whether a pronoun can stand for a singular group: "she" for "a woman"
/// or "a spokeswoman", "he" for "a man" or "a spokesman"; a group of no
/// stated sex ("a witness") is left to the person rules.
fn same_gender(pronoun: &str, group: &str) -> bool {
    let female = group.ends_with("woman");
    let male = group.ends_with("man") && !female;
    match pronoun {
        "she" => female,
        "he" => male,
        _ => false,
    }
}

/// Most words from a possessive to the speech verb of the body it owns
/// ("Russia's top security agency said").
const REPORTER_NOUN_WORDS_MAX: usize = 5;

/// Function words a reporter's own phrase may hold before its speech verb
/// ("officials on both sides said", "sources in the ministry said").
const REPORTER_PHRASE_WORDS: &[&str] =
    &["on", "in", "at", "from", "of", "both", "the", "all", "two"];

/// Longest wire dateline ("KANAZAWA, Japan (Pacific Wire) — ").
const DATELINE_BYTES_MAX: usize = 80;

/// Where a paragraph's first sentence starts once a wire dateline is
/// skipped: "KYIV, Ukraine (AP) — Russia launched ..." reads from
/// "Russia". A dateline opens with a capitalised place name in capitals
/// and holds only capitalised words, commas and a parenthesised outlet
/// before a dash.
pub(super) fn dateline_end(
    text: &str,
    sentence: Range,
    lexicon: &Lexicon,
) -> usize {
    let body = text::slice(text, sentence);
    let head = body.get(..DATELINE_BYTES_MAX.min(body.len())).unwrap_or("");
    let dash = first_dash(head);
    let Some((at, len)) = dash else { return sentence.start };
    let prefix = &head[..at];
    let first = prefix.split([',', ' ', '(']).next().unwrap_or("");
    let shouting = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase());
    let outside_parens: String = {
        let mut depth = 0i32;
        prefix
            .chars()
            .filter(|c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0 && *c != ')'
            })
            .collect()
    };
    let names_only = outside_parens
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    // "NEW DELHI: ...", or a place and day with the outlet in parentheses
    // ("Islamabad, Oct 19 (IANS): ...").
    let credited = prefix.contains('(') && prefix.contains(')');
    // "Moscow: More than 60 people ...", "Washington — President Biden
    // ...", "Beirut, Lebanon – ...": places the lexicon knows, then a colon
    // or a dash (not "Zelensky: we need more", a remark).
    let placed = prefix.split(',').all(|part| {
        lexicon.lookup(&part.trim().to_ascii_lowercase()).is_some_and(|e| {
            matches!(
                e.kind,
                EntryKind::Place | EntryKind::Country | EntryKind::Region
            )
        })
    });
    if !((shouting || credited || placed) && names_only) {
        return sentence.start;
    }
    let rest = &body[at + len..];
    // The story itself starts like a sentence ("NATO - the alliance" is
    // not a dateline).
    if rest.trim_start().chars().next().is_some_and(char::is_lowercase) {
        return sentence.start;
    }
    let skipped = at + len + (rest.len() - rest.trim_start().len());
    if skipped >= body.len() {
        sentence.start
    } else {
        sentence.start + skipped
    }
}

/// A paragraph and where its dateline ends (`dateline_end` of the whole
/// paragraph, found once for the story's main day).
#[derive(Clone, Copy)]
struct Dateline {
    paragraph: Range,
    end: Option<usize>,
}

impl Dateline {
    /// `dateline_end(text, sentence, lexicon)` for the paragraph's first
    /// sentence, from the paragraph's answer when that is the same.
    ///
    /// A sentence that starts where the paragraph does and is at least
    /// `DATELINE_BYTES_MAX` long (or is the whole paragraph) has the same
    /// head, so the same dash and prefix tests. The text after the dash is
    /// then the paragraph's cut at the sentence end, so the two answers
    /// differ only when the paragraph's story start lies at or past the
    /// sentence's end: there the sentence's rest is white space, and
    /// `dateline_end` gives the sentence's start.
    fn sentence_start(
        &self,
        text: &str,
        sentence: Range,
        lexicon: &Lexicon,
    ) -> usize {
        let paragraph = self.paragraph;
        let same_head = sentence.start == paragraph.start
            && sentence.end <= paragraph.end
            && text.get(sentence.start..sentence.end).is_some()
            && text.get(paragraph.start..paragraph.end).is_some()
            && (sentence.end - sentence.start >= DATELINE_BYTES_MAX
                || sentence.end == paragraph.end);
        match self.end {
            Some(end) if same_head => {
                if end.saturating_sub(sentence.start)
                    < sentence.end - sentence.start
                {
                    end
                } else {
                    sentence.start
                }
            }
            _ => dateline_end(text, sentence, lexicon),
        }
    }
}

/// The dashes that end a dateline.
const DATELINE_DASHES: [&str; 6] = [" — ", " – ", " -- ", " - ", "—", ": "];

/// The earliest dateline dash in `head`: (byte offset, length). At most one
/// dash can start at a byte, so this is the minimum over the dashes of
/// their first occurrence. Every dash holds a 0xE2, `-` or `:` byte, at
/// its start or right after a leading space: those bytes are found eight
/// at a time (`text::find_bytes`), and a dash is tried only at such a
/// byte and at the space before it (a substring search per dash, and then
/// a test of every byte, cost more).
fn first_dash(head: &str) -> Option<(usize, usize)> {
    let bytes = head.as_bytes();
    let mut from = 0;
    while let Some(at) =
        text::find_bytes(bytes, from, [0xE2, b'-', b':'], false)
    {
        // A dash starting at the space before this byte comes first. That
        // space is never a byte an earlier round tried: `from` is one past
        // the previous candidate, which was not a space.
        let space_before = at
            .checked_sub(1)
            .filter(|&before| bytes.get(before) == Some(&b' '));
        for start in space_before.into_iter().chain([at]) {
            let Some(rest) = bytes.get(start..) else { continue };
            if let Some(dash) = DATELINE_DASHES
                .iter()
                .find(|dash| rest.starts_with(dash.as_bytes()))
            {
                return Some((start, dash.len()));
            }
        }
        from = at + 1;
    }
    None
}

/// Most bytes of the story's opening (headline and first paragraph) read
/// for a natural hazard.
const DISASTER_OPENING_BYTES_MAX: usize = 1_000;

/// Whether the story's opening, `lower[..end]` (the lowercase text up to
/// the end of its first paragraph), names a natural hazard other than a
/// fire (which may be gunfire) or lightning.
fn disaster_story(lower: &str, end: usize) -> Option<&'static str> {
    let mut end = end.min(DISASTER_OPENING_BYTES_MAX).min(lower.len());
    while !lower.is_char_boundary(end) {
        end -= 1;
    }
    lower[..end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !matches!(*w, "fire" | "lightning"))
        .find_map(hazard_name)
}

/// The first natural hazard a sentence names, by its hazard's name.
fn sentence_hazard(scan: &Scan<'_, '_>) -> Option<&'static str> {
    (0..scan.words.len())
        .filter(|&i| hazard_at(scan, i))
        .find_map(|i| hazard_name(scan.key(i)))
}

/// The natural hazards that kill and strike without an attacker, each by
/// the name its disaster goes by, so that outlets' words for one disaster
/// agree ("quake", "tremor" and "epicentre" are an earthquake's; "typhoon"
/// and "cyclone" a storm's); `None` for any other word.
fn hazard_name(word: &str) -> Option<&'static str> {
    Some(match word {
        "quake" | "earthquake" | "epicentre" | "epicenter" | "tremor"
        | "tremors" | "temblor" | "temblors" | "seism" => "earthquake",
        "aftershock" | "aftershocks" => "aftershock",
        "storm" | "hurricane" | "typhoon" | "cyclone" | "tornado" => "storm",
        "flood" | "floods" | "flooding" => "flood",
        "wildfire" | "wildfires" | "fire" | "blaze" => "fire",
        "landslide" | "landslides" | "mudslide" | "avalanche" => "landslide",
        "tsunami" => "tsunami",
        "eruption" => "eruption",
        "heatwave" | "drought" => "heatwave",
        "lightning" => "lightning",
        "outbreak" | "epidemic" | "virus" => "outbreak",
        _ => return None,
    })
}

/// Built structures whose collapse is a happening of its own, each with
/// the name its collapse goes by, so that outlets' words for one building
/// agree ("a high-rise", "a 33-storey building", "a skyscraper").
fn structure_collapse(word: &str) -> Option<&'static str> {
    Some(match word {
        "building" | "buildings" | "high-rise" | "skyscraper" | "tower"
        | "block" | "apartment" | "apartments" => "building collapse",
        "house" | "houses" | "home" | "homes" => "house collapse",
        "bridge" => "bridge collapse",
        "dam" => "dam collapse",
        "hospital" => "hospital collapse",
        "hotel" => "hotel collapse",
        "school" => "school collapse",
        "market" | "mall" => "market collapse",
        "stadium" => "stadium collapse",
        "roof" => "roof collapse",
        // A mosque and a monastery that fell on one day are two buildings.
        "mosque" => "mosque collapse",
        "church" | "cathedral" => "church collapse",
        "monastery" | "pagoda" | "temple" => "place of worship collapse",
        _ => return None,
    })
}

/// Most words between a structure noun and "collapsed" in its clause ("a
/// high-rise building under construction in Bangkok's Chatuchak district
/// collapsed").
const STRUCTURE_WORDS_MAX: usize = 8;

/// The collapse "collapsed" reports when a built structure is its subject
/// (the nearest structure noun among the few words before it, in its
/// clause): "a 12-storey hotel under construction collapsed" is a hotel
/// collapse; `None` for talks, a government or a truce collapsing.
fn collapsed_structure(
    scan: &Scan<'_, '_>,
    trigger: &Found,
) -> Option<&'static str> {
    let near = |end: usize| {
        let from = end.saturating_sub(STRUCTURE_WORDS_MAX);
        (from..end)
            .rev()
            .take_while(|&i| !scan.gap_before(i + 1).contains([',', ';', '.']))
            // Not a word of a name ("near Chatuchak Market").
            .filter(|&i| !scan.words.get(i).is_some_and(|w| w.capital))
            .find_map(|i| structure_collapse(scan.key(i)))
    };
    let first = trigger.first_word;
    if let Some(found) = near(first) {
        return Some(found);
    }
    // "The colonial-era bridge, which linked the two regions, collapsed":
    // over a relative clause set off by commas to its noun.
    let comma = (first.saturating_sub(STRUCTURE_WORDS_MAX)..=first)
        .rev()
        .find(|&i| scan.gap_before(i).contains(','));
    if let Some(comma) = comma {
        let mut relative = None;
        for i in (comma.saturating_sub(STRUCTURE_WORDS_MAX)..comma).rev() {
            if matches!(scan.key(i), "which" | "that") {
                relative = Some(i);
                break;
            }
            if scan.gap_before(i).contains([',', ';', '.']) {
                break;
            }
        }
        // "the bridge, which ...": the noun right before the comma.
        let found = relative.and_then(|r| {
            near(r).or_else(|| {
                r.checked_sub(1).and_then(|i| structure_collapse(scan.key(i)))
            })
        });
        if found.is_some() {
            return found;
        }
    }
    // "people died at the Shwe Pho Shing Mosque when it collapsed": the
    // structure "it" stands for, named (capitalised or not) before "when".
    if first >= 2
        && scan.key(first - 1) == "it"
        && matches!(scan.key(first - 2), "when" | "after" | "as")
    {
        return (first.saturating_sub(2 + STRUCTURE_WORDS_MAX)..first - 2)
            .rev()
            .find_map(|i| structure_collapse(scan.key(i)));
    }
    None
}

/// Whether a sentence speaks of arms: a weapon word ("missile", "drone")
/// or a strike's noun ("strike", "attack", "shelling", "bombing").
fn armed_sentence(scan: &Scan<'_, '_>) -> bool {
    (0..scan.words.len()).any(|i| {
        let key = scan.key(i);
        events::weapon(key)
            || matches!(
                key,
                "strike"
                    | "strikes"
                    | "attack"
                    | "attacks"
                    | "attacked"
                    | "shelling"
                    | "bombing"
                    | "bombings"
                    | "shot"
                    | "gunmen"
                    | "gunfire"
                    | "shooting"
                    | "stabbed"
                    | "explosion"
                    | "blast"
            )
    })
}

/// Whether word `i` names a natural hazard (a quake, a storm, a fire),
/// not gunfire: "opened fire", "exchanged fire", "rocket fire" and
/// "artillery fire" are shots, not a blaze.
fn hazard_at(scan: &Scan<'_, '_>, i: usize) -> bool {
    let gunfire = |i: usize| {
        scan.key(i) == "fire"
            && i.checked_sub(1).is_some_and(|p| {
                events::weapon(scan.key(p))
                    || matches!(
                        scan.key(p),
                        "gun"
                            | "sniper"
                            | "tank"
                            | "open"
                            | "opens"
                            | "opened"
                            | "opening"
                            | "returned"
                            | "exchanged"
                            | "exchanging"
                    )
            })
    };
    hazard_name(scan.key(i)).is_some() && !gunfire(i)
}

/// Whether an attack trigger's subject is a natural hazard: one of the
/// few words right before it in its clause ("the quake struck", "a
/// tsunami killed more than 18,000").
fn natural_cause(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    const SUBJECT_WORDS_MAX: usize = 4;
    const CAUSE_WORDS_MAX: usize = 4;
    let hazard = |i: usize| hazard_at(scan, i);
    let from = trigger.first_word.saturating_sub(SUBJECT_WORDS_MAX);
    let subject = (from..trigger.first_word)
        .rev()
        .take_while(|&i| !scan.gap_before(i + 1).contains([',', ';']))
        .any(hazard);
    // "were killed when an earthquake collapsed buildings", "killed in a
    // landslide", "killed by floods".
    let cause_after = matches!(
        scan.key(trigger.end_word),
        "when" | "in" | "by" | "as" | "after"
    ) && (trigger.end_word + 1
        ..trigger.end_word + 1 + CAUSE_WORDS_MAX)
        .take_while(|&i| !scan.gap_before(i).contains([',', ';']))
        .any(hazard);
    // "The quake, which was logged as magnitude 5.9, struck in Gansu": the
    // sentence's subject, before an appositive clause.
    let sentence_subject = trigger.trigger.form == TriggerForm::Verb
        && (0..3.min(trigger.first_word)).any(hazard);
    // "after the temblor — only the third of its size to hit the region —
    // struck Mandalay": the subject before a parenthesis set off by dashes.
    let dashed = |i: usize| scan.gap_before(i).contains(['—', '–']);
    let before_dashes = dashed(trigger.first_word)
        && (1..trigger.first_word).rev().find(|&i| dashed(i)).is_some_and(
            |open| (open.saturating_sub(SUBJECT_WORDS_MAX)..open).any(hazard),
        );
    subject || cause_after || sentence_subject || before_dashes
}

/// Whether a noun is what a remark or a thought was about ("commented on
/// the ceasefire", "spoke about the deal", "an account about the failed
/// talks"): a reference, not a report that it happened or did not.
/// Verbs whose object is a topic raised, not a happening reported.
const TOPIC_VERBS: &[&str] = &[
    "address",
    "addressed",
    "addressing",
    "discuss",
    "discussed",
    "discussing",
    "mention",
    "mentioned",
    "mentioning",
];

fn speech_topic(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    if trigger.trigger.form != TriggerForm::Noun {
        return false;
    }
    let mut at = trigger.first_word;
    let mut modifiers = 0;
    for _ in 0..3 {
        let Some(before) = at.checked_sub(1) else { break };
        match scan.key(before) {
            "the" | "a" | "an" | "this" | "that" | "any" | "these"
            | "those" | "his" | "her" | "their" | "its" => at -= 1,
            // "about the failed talks": one lowercase modifier.
            key if modifiers == 0
                && scan.plain_lowercase(before)
                && !TOPIC_VERBS.contains(&key)
                && !matches!(
                    key,
                    "on" | "about"
                        | "dozen"
                        | "hundred"
                        | "hundreds"
                        | "thousand"
                        | "thousands"
                        | "few"
                        | "half"
                ) =>
            {
                modifiers += 1;
                at -= 1;
            }
            _ => break,
        }
    }
    let Some(preposition) = at.checked_sub(1) else { return false };
    // "an account about the failed talks", "optimistic about the summit":
    // "about" makes any happening a topic; "on" only after a speech verb
    // ("commented on the ceasefire"; "sanctions on the deal" is no topic).
    match scan.key(preposition) {
        "about" => true,
        "on" => preposition
            .checked_sub(1)
            .is_some_and(|verb| events::is_speech_word(scan.key(verb))),
        // "did not address the strikes directly", "discussed the
        // ceasefire": a definite happening, as the object of a verb of
        // raising a topic, is talked about, not reported anew.
        verb if TOPIC_VERBS.contains(&verb) => matches!(
            scan.key(at),
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
        ),
        _ => false,
    }
}

/// Whether a killing trigger tells a war's toll: its subject is a war
/// noun ("the conflict, which has killed", "fighting that killed").
fn war_toll(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    const WAR_NOUNS: &[&str] = &[
        "conflict",
        "war",
        "fighting",
        "violence",
        "clashes",
        "insurgency",
        "unrest",
        "hostilities",
    ];
    if trigger.trigger.rule != "killed" {
        return false;
    }
    // "More than 46,700 people have been killed in Gaza since then", "at
    // least 300 have been killed since the fighting began": a running
    // count since a start, not one strike.
    let perfect = scan.key(trigger.first_word.wrapping_sub(1)) == "been"
        && matches!(
            scan.key(trigger.first_word.wrapping_sub(2)),
            "have" | "has"
        );
    let since = (trigger.end_word..trigger.end_word + 6)
        .take_while(|&i| {
            i == trigger.end_word
                || !scan.gap_before(i).contains([',', ';', '.'])
        })
        .any(|i| scan.key(i) == "since");
    if perfect && since {
        return true;
    }
    (1..=4)
        .map_while(|back| trigger.first_word.checked_sub(back))
        .map(|i| scan.key(i))
        .take_while(|w| {
            WAR_NOUNS.contains(w)
                || matches!(
                    *w,
                    "that" | "which" | "has" | "have" | "had" | "so" | "far"
                )
        })
        .any(|w| WAR_NOUNS.contains(&w))
}

/// Whether an unnamed pair spoke: "the two spoke", "the two leaders
/// spoke", "the two military chiefs spoke", "the heads of military
/// operations of both countries spoke".
fn unnamed_pair_spoke(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let before = trigger.first_word;
    let plural = |i: usize| {
        let key = scan.key(i);
        key.len() > 3 && key.ends_with('s') && !key.ends_with("ss")
    };
    let two = (before >= 2
        && scan.key(before - 1) == "two"
        && scan.key(before - 2) == "the")
        || (2..=3).any(|n| {
            before > n
                && scan.key(before - n) == "two"
                && scan.key(before - n - 1) == "the"
                && plural(before - 1)
                && (before - n + 1..before).all(|i| scan.plain_lowercase(i))
        });
    let both = before >= 2
        && scan.key(before - 2) == "both"
        && matches!(scan.key(before - 1), "countries" | "sides" | "nations");
    two || both
}

/// "Biden and Xi spoke on Tuesday", "the two leaders talked for an
/// hour": two named parties (or a pair) as the subject of a bare "spoke"
/// held a conversation. "spoke to reporters", "spoke at the forum" and a
/// single speaker are speeches, not conversations.
fn two_spoke(context: &Context<'_>, trigger: &Found) -> bool {
    let scan = &context.scan;
    if matches!(scan.key(trigger.end_word), "at" | "to" | "before" | "about") {
        return false;
    }
    let party = |m: &Mention| {
        matches!(m.kind, MentionKind::Person | MentionKind::Country)
            && !quotes::inside(context.regions, m.range.start)
    };
    if unnamed_pair_spoke(scan, trigger) {
        return true;
    }
    let Some(second) =
        context.mentions.iter().rposition(|m| m.end_word == trigger.first_word)
    else {
        return false;
    };
    let Some(m2) = context.mentions.get(second).filter(|m| party(m)) else {
        return false;
    };
    context.mentions[..second].iter().rev().any(|m1| {
        party(m1)
            && m1.end_word < m2.first_word
            && scan.key(m1.end_word) == "and"
            && !scan.gap_holds(m1.end_word, b',')
    })
}

/// Most words between an exclusion ("not invited to", "excluded from") and
/// the happening it names ("the high-stakes Alaska summit").
const EXCLUDED_FROM_WORDS_MAX: usize = 4;

/// Whether a trigger names the happening someone was kept out of ("who was
/// not invited to the summit", "excluded from the talks"): the exclusion is
/// the news (an `other` observation); the summit itself is neither held by
/// the excluded party nor called off.
fn excluded_from(
    scan: &Scan<'_, '_>,
    found: &[Found],
    trigger: &Found,
) -> bool {
    found.iter().any(|f| {
        f.trigger.rule == "not-invited"
            && f.end_word <= trigger.first_word
            && trigger.first_word - f.end_word <= EXCLUDED_FROM_WORDS_MAX
            && !(f.end_word + 1..=trigger.first_word)
                .any(|i| scan.gap_before(i).contains([',', ';', '.']))
    })
}

/// Whether a noun is only the content of reported speech ("said the talks
/// were useful"). An agreement reported as not reached ("said no deal was
/// reached") is news in itself, as when the noun comes first ("No deal was
/// reached, officials said").
fn speech_content(
    context: &Context<'_>,
    trigger: &Found,
    kind: EventKind,
    status: Status,
    reported: Option<usize>,
) -> bool {
    let outcome = kind == EventKind::Agreement
        && status == Status::NotOccurred
        && !modal_after(&context.scan, trigger);
    // "Police said troops engaged in a firefight", "said Russia had
    // launched a massive attack": a strike carried out, reported.
    // So is one that killed or wounded ("said a wave of attacks that
    // killed 41 hit the city", "said the shelling wounded five").
    let reported_strike = || {
        matches!(kind, EventKind::Attack | EventKind::Military)
            && (carried_out_in_the_past(&context.scan, trigger)
                || casualty_after(&context.scan, trigger))
    };
    // "said on Thursday it had mediated the exchange of 350 captives": a
    // swap that took place, reported.
    let reported_exchange = status == Status::Occurred
        && trigger.trigger.rule == "prisoner-exchange";
    trigger.trigger.form == TriggerForm::Noun
        && reported.is_some_and(|at| trigger.first_word > at)
        && !outcome
        && !reported_exchange
        && !circumstance(&context.scan, trigger, reported)
        && !held(&context.scan, trigger)
        && !agreed_plan(&context.scan, trigger)
        && !(kind == EventKind::Agreement
            && status == Status::Occurred
            && agreement_reached(&context.scan, trigger))
        && !reported_strike()
        && !reported
            .is_some_and(|verb| restated_demand(&context.scan, trigger, verb))
}

/// Whether a speech verb's content is an infinitive ("pledged to end the
/// war upon taking office in January") that a clause break ends before the
/// trigger: what follows the comma is the story's own narration ("...,
/// and Russian bombardments of Ukrainian cities continued unabated").
fn past_infinitive_content(
    scan: &Scan<'_, '_>,
    verb: usize,
    trigger: &Found,
) -> bool {
    scan.key(verb + 1) == "to"
        && (verb + 2..=trigger.first_word)
            .any(|at| scan.gap_before(at).contains([',', ';']))
}

/// Speech verbs whose direct object is what they restate ("reiterated his
/// demands"); after "said" a noun starts the reported clause ("said the
/// demands were unreasonable").
const RESTATING_VERBS: &[&str] = &[
    "reiterated",
    "reiterates",
    "reiterating",
    "repeated",
    "repeats",
    "repeating",
    "restated",
    "restates",
    "renewed",
    "renews",
    "reaffirmed",
    "reaffirms",
    "outlined",
    "outlines",
    "voiced",
    "voices",
];

/// Whether a demand noun is the direct object of the speech verb at
/// `verb`, over a determiner or possessive and up to three modifiers
/// ("Putin has reiterated his maximalist demands", "repeated its demands
/// for a withdrawal"): the remark is the demand made again, a threat of
/// the speaker's, not talk about someone else's.
fn restated_demand(scan: &Scan<'_, '_>, trigger: &Found, verb: usize) -> bool {
    if trigger.trigger.rule != "demands"
        || !RESTATING_VERBS.contains(&scan.key(verb))
    {
        return false;
    }
    noun_phrase_start(scan, trigger.first_word) == Some(verb + 1)
}

/// Whether word `at` can be a modifier before a noun ("two-hour",
/// "90-minute", "private"): lowercase letters, digits and hyphens, and
/// not a function word that would end the noun phrase.
fn modifier_word(scan: &Scan<'_, '_>, at: usize) -> bool {
    let key = scan.key(at);
    !key.is_empty()
        && !scan.words.get(at).is_some_and(|w| w.capital)
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !matches!(
            key,
            "for"
                | "of"
                | "on"
                | "in"
                | "about"
                | "out"
                | "up"
                | "to"
                | "with"
                | "over"
                | "after"
                | "before"
                | "that"
                | "and"
                | "or"
                | "but"
                | "not"
                | "no"
                | "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "this"
                | "these"
                | "those"
                | "following"
                | "during"
                | "amid"
                | "since"
                | "from"
                | "by"
                | "at"
                | "against"
                | "into"
                | "despite"
                | "than"
                | "as"
        )
}

/// Most modifiers between "a" and a noun that still make it one instance
/// ("a private call", "a lengthy phone call").
const GENERIC_MODIFIERS_MAX: usize = 2;

/// Words right before a noun trigger, or before its modifiers, that make
/// it one instance rather than a generic mention: an article, an ordinal,
/// a verb of holding or starting ("a call", "the first talks", "held
/// formal talks", "began negotiations").
const INSTANCE_MARKS: &[&str] = &[
    "a", "an", "first", "second", "last", "latest", "new", "held", "hold",
    "holding", "began", "opened", "resumed", "attended", "launched", "carried",
    "staged", "begin", "start", "started", "resume", "open", "launch",
];

/// Punctuation that ends a noun phrase going back.
const CLAUSE_BREAKS: [char; 4] = [',', ';', '.', ':'];

/// How many modifier words (`modifier_word`), at most `max`, stand right
/// before word `noun` in its clause, stopping at a word `stop` accepts.
fn modifiers_before(
    scan: &Scan<'_, '_>,
    noun: usize,
    max: usize,
    stop: impl Fn(&str) -> bool,
) -> usize {
    let mut at = noun;
    while noun - at < max {
        let Some(before) = at.checked_sub(1) else { break };
        if scan.gap_before(at).contains(CLAUSE_BREAKS)
            || !modifier_word(scan, before)
            || stop(scan.key(before))
        {
            break;
        }
        at = before;
    }
    noun - at
}

/// Determiners and possessives that may open what is held ("held a
/// phone call", "had their first talks").
const HELD_DETERMINERS: &[&str] =
    &["a", "an", "the", "their", "his", "her", "its", "our"];

/// Most modifiers between the determiner and the held noun ("a two-hour
/// phone call": "two-hour").
const HELD_MODIFIERS_MAX: usize = 3;

/// Most capitalised words (a nationality, a name) between an instance
/// mark and a noun trigger's modifiers ("a White House briefing").
const NAMED_MODIFIERS_MAX: usize = 2;

/// Whether a noun is what a clause says was held ("said that he and X held
/// a two-hour phone call on Tuesday", "said they had held talks in Doha"):
/// the remark reports that the happening took place, which is news in
/// itself, unlike a noun the remark judges ("said the talks were
/// useful"). Modifiers ("two-hour", "90-minute") need a determiner before them, so
/// that "has rejected talks" is no holding.
fn held(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    noun_phrase_start(scan, trigger.first_word)
        .and_then(|start| start.checked_sub(1))
        .is_some_and(|i| HOLDING_VERBS.contains(&scan.key(i)))
}

/// Participles that make an agreement: before its noun phrase ("said they
/// had reached a deal") or after its noun and a passive auxiliary ("an
/// agreement had been reached", "the truce was signed").
const MAKING_VERBS: &[&str] = &[
    "reached",
    "agreed",
    "signed",
    "struck",
    "sealed",
    "clinched",
    "finalized",
    "finalised",
    "concluded",
    "brokered",
];

/// Nouns of making an agreement, read with their "of" ("announced the
/// completion of a deal").
const MAKING_NOUNS: &[&str] = &["completion", "signing", "conclusion"];

/// Most words between an agreement noun and the auxiliary of its passive
/// ("a deal between the two sides has been reached").
const REACHED_AFTER_WORDS_MAX: usize = 8;

/// Whether an agreement noun inside a report is one that was made: the
/// object of a verb that makes it, over its determiner and modifiers
/// ("said they had reached a deal", "announced the completion of a
/// cease-fire deal"), or the subject of a passive of making ("said that
/// an agreement had been reached", "a truce was signed"). News in itself,
/// as a held happening is; "said a deal was possible" is talk of one.
fn agreement_reached(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let start = noun_phrase_start(scan, trigger.first_word)
        .unwrap_or(trigger.first_word);
    let before = start
        .checked_sub(1)
        .map(|i| if scan.key(i) == "of" { i.wrapping_sub(1) } else { i });
    if before.is_some_and(|i| {
        MAKING_VERBS.contains(&scan.key(i))
            || MAKING_NOUNS.contains(&scan.key(i))
    }) {
        return true;
    }
    let end =
        (trigger.end_word + REACHED_AFTER_WORDS_MAX).min(scan.words.len());
    for idx in trigger.end_word..end {
        if idx > trigger.end_word
            && scan.gap_before(idx).contains(CLAUSE_BREAKS)
        {
            return false;
        }
        let key = scan.key(idx);
        if matches!(key, "was" | "were" | "been") {
            return MAKING_VERBS.contains(&scan.key(idx + 1));
        }
        if matches!(key, "which" | "that" | "who" | "would" | "could" | "will")
        {
            return false;
        }
    }
    false
}

/// Whether a noun is the object of what an agreement plans ("said the
/// two countries had agreed to begin talks at a neutral site"): the plan
/// is news in itself, as a held happening is.
fn agreed_plan(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    // "agreed to begin talks", "agreed to hold a new round of talks" is
    // not read: the verb right before the noun, or before its article.
    let noun = trigger.first_word;
    let article = noun
        .checked_sub(1)
        .is_some_and(|i| matches!(scan.key(i), "a" | "an" | "the" | "new"));
    let verb = noun.wrapping_sub(1 + usize::from(article));
    verb.checked_sub(2).is_some_and(|agreed| {
        agree_form(scan.key(agreed))
            && scan.key(agreed + 1) == "to"
            && (agreed + 1..=noun)
                .all(|i| !scan.gap_before(i).contains(CLAUSE_BREAKS))
    })
}

/// Where a noun trigger's phrase starts when it can be a verb's object: at
/// its determiner or possessive ("a two-hour phone call", "his maximalist
/// demands"), or at the noun itself; `None` when modifiers stand with no
/// determiner ("has rejected talks" holds nothing) or a clause break comes
/// right before the start.
fn noun_phrase_start(scan: &Scan<'_, '_>, noun: usize) -> Option<usize> {
    let modifiers = modifiers_before(scan, noun, HELD_MODIFIERS_MAX, |w| {
        HELD_DETERMINERS.contains(&w) || HOLDING_VERBS.contains(&w)
    });
    let mut at = noun - modifiers;
    let apart = |at: usize| scan.gap_before(at).contains(CLAUSE_BREAKS);
    let determiner = at
        .checked_sub(1)
        .is_some_and(|i| HELD_DETERMINERS.contains(&scan.key(i)) && !apart(at));
    if determiner {
        at -= 1;
    }
    ((modifiers == 0 || determiner) && !apart(at)).then_some(at)
}

/// Whether a year stands before a noun trigger, with only capitalised
/// words between ("the 2008 Mumbai attacks", "the 2019 Pulwama strike"):
/// a strike the reader knows by its year.
fn year_named(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    /// Most words from the year to the noun ("the 2008 Mumbai attacks").
    const YEAR_WORDS_MAX: usize = 3;
    (1..=YEAR_WORDS_MAX).any(|back| {
        trigger.first_word.checked_sub(back).is_some_and(|year| {
            events::is_year(scan.key(year))
                && (year + 1..trigger.first_word)
                    .all(|i| scan.words.get(i).is_some_and(|w| w.capital))
        })
    })
}

/// Whether a word is a form of "agree" (`agreement_named_again`,
/// `agreed_plan`).
fn agree_form(key: &str) -> bool {
    matches!(key, "agreed" | "agree" | "agrees" | "agreeing")
}

/// Words before a noun trigger's phrase that may hold its possessor
/// ("Russia's latest attack", "Hamas's October 7 attack").
const POSSESSOR_WORDS_MAX: usize = 3;

/// Verbs whose subject carries out the strike or operation their object
/// names ("launched an attack", "mounted a raid"; `carried_out` reads the
/// phrasal ones: "carried out", "stepped up", "responded with",
/// "engaged in").
pub(super) const CARRYING_OUT_VERBS: &[&str] = &[
    "launched",
    "launch",
    "launches",
    "launching",
    "conducted",
    "conduct",
    "conducts",
    "conducting",
    "staged",
    "stage",
    "mounted",
    "mount",
    "unleashed",
    "unleash",
    "intensified",
    "intensify",
    "escalated",
    "waged",
    "wage",
    "began",
    "begin",
    "begun",
    "started",
    "start",
    "resumed",
    "resume",
    "continued",
    "continue",
    "ordered",
    "order",
    "executed",
    "perpetrated",
    "committed",
];

/// The verb of carrying out that governs a noun trigger, if any: the word
/// before its phrase (determiner and modifiers), or the verb before that
/// word's particle ("launched a massive attack", "carried out strikes",
/// "responded with drone strikes", "engaged in a firefight"; not "killed
/// in a strike").
fn carrying_verb(scan: &Scan<'_, '_>, trigger: &Found) -> Option<usize> {
    let apart = |at: usize| scan.gap_before(at).contains(CLAUSE_BREAKS);
    let start = noun_phrase_start(scan, trigger.first_word)
        .unwrap_or(trigger.first_word);
    carrying_verb_before(scan, start)
        .or_else(|| {
            // "responded with missile strikes": bare modifiers, which
            // `noun_phrase_start` takes only after a determiner.
            (trigger.first_word.saturating_sub(BARE_MODIFIERS_MAX)
                ..trigger.first_word)
                .rev()
                .take_while(|&at| {
                    !apart(at + 1)
                        && (modifier_word(scan, at) || scan.key(at) == "and")
                })
                .find_map(|at| carrying_verb_before(scan, at))
        })
        .or_else(|| {
            // "responded with its own military actions, including drone and
            // missile strikes": the verb that carries out the head the strikes
            // belong to, read over the head's few words.
            let including = (start.saturating_sub(INCLUDED_WORDS_MAX)..start)
                .rev()
                .take_while(|&i| !apart(i + 1))
                .find(|&i| scan.key(i) == "including")?;
            if !scan.gap_holds(including, b',') {
                return None;
            }
            (including.saturating_sub(INCLUDED_WORDS_MAX)..including)
                .rev()
                .take_while(|&at| at + 1 == including || !apart(at + 1))
                .find_map(|at| carrying_verb_before(scan, at))
        })
}

/// Most bare modifiers before a noun strike that a verb of carrying out
/// governs ("responded with drone and missile strikes").
const BARE_MODIFIERS_MAX: usize = 3;

/// Most words between "including" and the strike it lists, and in the
/// head before it ("its own military actions, including drone and missile
/// strikes").
const INCLUDED_WORDS_MAX: usize = 4;

/// The verb of carrying out right before a noun phrase starting at
/// `start` (`carrying_verb`).
fn carrying_verb_before(scan: &Scan<'_, '_>, start: usize) -> Option<usize> {
    let verb = start.checked_sub(1)?;
    let before = verb.wrapping_sub(1);
    let phrasal =
        |verbs: &[&str]| verbs.contains(&scan.key(before)).then_some(before);
    match scan.key(verb) {
        "out" => phrasal(&["carried", "carry", "carries", "carrying"]),
        "up" => phrasal(&["stepped", "step", "steps", "stepping"]),
        // "responded with drone strikes", "retaliated with missile
        // attacks"; "engaged in a firefight".
        "with" => {
            phrasal(&["responded", "retaliated", "hit", "struck", "attacked"])
        }
        "in" => phrasal(&["engaged", "took", "participated", "joined"]),
        key => CARRYING_OUT_VERBS.contains(&key).then_some(verb),
    }
}

/// Whether a verb of carrying out governs a noun trigger (`carrying_verb`).
fn carried_out(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    carrying_verb(scan, trigger).is_some()
}

/// Whether a verb of carrying out governs a noun trigger in the past
/// ("launched a strike", "carried out strikes", "engaged in a firefight"),
/// not as a present habit ("as Russia steps up attacks").
/// Whether a noun trigger's phrase ends at a past casualty verb of its own
/// ("attacks killed 41", "an attack that wounded five").
fn casualty_after(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let casualty = |at: usize| {
        !scan.gap_before(at).contains(CLAUSE_BREAKS)
            && matches!(scan.key(at), "killed" | "wounded" | "injured")
    };
    let mut at = phrase_end(scan, trigger.end_word);
    if scan.key(at) == "that" && !scan.gap_before(at).contains(CLAUSE_BREAKS) {
        at += 1;
    }
    casualty(trigger.end_word) || casualty(at)
}

fn carried_out_in_the_past(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    carrying_verb(scan, trigger).is_some_and(|v| scan.key(v).ends_with("ed"))
}

/// Where a noun trigger's own phrase ends: at a clause break, a relative
/// word or a verb ("a terror attack in Kashmir killed 26": "killed").
fn phrase_end(scan: &Scan<'_, '_>, from: usize) -> usize {
    let mut at = from;
    while at < scan.words.len() && at < from + PHRASE_WORDS_MAX {
        if scan.gap_before(at).contains(CLAUSE_BREAKS)
            || matches!(
                scan.key(at),
                "which" | "that" | "who" | "when" | "as" | "while" | "after"
            )
            || (at > from && events::is_trigger_word(scan.key(at)))
        {
            break;
        }
        at += 1;
    }
    at
}

/// Longest phrase after a noun trigger read for its parties.
const PHRASE_WORDS_MAX: usize = 8;

/// Verbs whose object a clause says took place.
const HOLDING_VERBS: &[&str] =
    &["held", "had", "has", "hold", "holds", "conducted"];

/// "said on Sunday after a meeting with X that ...": a noun after a
/// temporal preposition, before any "that", is when the speaking happened,
/// not what was said.
fn circumstance(
    scan: &Scan<'_, '_>,
    trigger: &Found,
    reported: Option<usize>,
) -> bool {
    let Some(verb) = reported else { return false };
    let mut before = trigger.first_word.saturating_sub(1);
    if matches!(scan.key(before), "a" | "an" | "the" | "their" | "his" | "her")
    {
        before = before.saturating_sub(1);
    }
    matches!(scan.key(before), "after" | "following" | "during" | "before")
        && (verb + 1..before).all(|i| scan.key(i) != "that")
}

/// Whether a modal follows a trigger closely ("no deal would be signed
/// until ..."): a condition on the future, not a reported outcome.
fn modal_after(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    (trigger.end_word..trigger.end_word + 3).any(|i| {
        matches!(
            scan.key(i),
            "would" | "will" | "could" | "can" | "may" | "might" | "should"
        )
    })
}

/// Whether the one who "reported" something relays news rather than making
/// a statement: a country as a whole, or media, a news agency, reporters
/// ("state media reported", "the news agency reported"). An official, an
/// office or a body reports as a speaker ("the governor reported", "police
/// reported").
fn relays_news(speaker: &Mention) -> bool {
    matches!(speaker.kind, MentionKind::Country | MentionKind::Place)
        || group_headed_by(speaker, MEDIA_HEADS)
        || group_headed_by(speaker, REPORTING_HEADS)
        // "Both sides reported casualties": the two countries.
        || group_headed_by(speaker, COUNTRY_GROUP_HEADS)
}

/// Heads of groups that stand for countries ("both sides", "the two
/// nations"), which "reported" no more makes speak than a country.
const COUNTRY_GROUP_HEADS: &[&str] =
    &["sides", "countries", "nations", "neighbours", "neighbors"];

/// Most words of a body a possessor owns ("Chile's national police
/// service").
const POSSESSED_BODY_WORDS_MAX: usize = 4;

/// The speaker's name when a possessor's body speaks ("Chile's national
/// police service said", "Russia's defence ministry has not commented"):
/// the possessor's name, "'s", and the body's lowercase words up to the
/// verb or its auxiliaries. Outlets and golds name such a voice by its
/// body, and the match relation hears the possessor in it
/// (`consolidation::matching`), as it heard the possessor alone before.
fn possessed_body(
    scan: &Scan<'_, '_>,
    speaker: &Mention,
    pattern: &str,
) -> Option<String> {
    if pattern != "said-possessor" {
        return None;
    }
    let mut body = String::new();
    for idx in speaker.end_word..speaker.end_word + POSSESSED_BODY_WORDS_MAX {
        let key = scan.key(idx);
        let lowercase = scan.words.get(idx).is_some_and(|w| !w.capital);
        if !lowercase
            || key.is_empty()
            || events::is_speech_word(key)
            || actors::function_words().contains(key)
            || key.ends_with("ly")
            || (idx > speaker.end_word
                && scan.gap_before(idx).contains([',', ';', ':']))
        {
            break;
        }
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(key);
    }
    // "the Kremlin's statement reads": a document speaks for its
    // possessor, who is the speaker.
    if events::DOCUMENT_NOUNS.contains(body.as_str()) {
        return None;
    }
    (!body.is_empty()).then(|| format!("{}'s {body}", speaker.actor_name()))
}

/// Whether a speaker is news media by its head noun ("Ukrainian media",
/// "local outlets", "state television"), whatever verb it speaks with.
fn media(speaker: &Mention) -> bool {
    group_headed_by(speaker, MEDIA_HEADS)
        // "some news organisations claimed that ...".
        || (speaker.kind == MentionKind::Group
            && speaker.name.starts_with("news "))
}

/// Whether a group mention's head noun (its last word) is one of `heads`.
fn group_headed_by(speaker: &Mention, heads: &[&str]) -> bool {
    // The kind first: most speakers are people, whose names need no
    // search for a head noun.
    speaker.kind == MentionKind::Group && {
        let head = speaker.name.rsplit(' ').next().unwrap_or("");
        heads.iter().any(|h| head.eq_ignore_ascii_case(h))
    }
}

/// Head nouns of groups that are news media whatever they do.
const MEDIA_HEADS: &[&str] = &[
    "media",
    "outlet",
    "outlets",
    "newspaper",
    "newspapers",
    "broadcaster",
    "broadcasters",
    "television",
    "tv",
    "channel",
    "channels",
    "website",
    "websites",
];

/// Head nouns of groups that relay news when they "report" (an agency or
/// reporters may also speak for themselves).
const REPORTING_HEADS: &[&str] = &[
    "press",
    "agency",
    "agencies",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "correspondent",
    "correspondents",
    "report",
    "reports",
    "sources",
];

/// "called a post-midnight press briefing", "called a snap election":
/// "called" convenes a gathering named within `CONVENED_WORDS_MAX` words
/// after it; no remark.
fn convened(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    const CONVENED_WORDS_MAX: usize = 4;
    const GATHERINGS: &[&str] = &[
        "briefing",
        "conference",
        "meeting",
        "summit",
        "session",
        "election",
        "elections",
        "referendum",
        "vote",
        "rally",
        "strike",
        "halt",
        "truce",
        "ceasefire",
        "news",
    ];
    if !matches!(scan.key(trigger.first_word), "called" | "calls" | "call") {
        return false;
    }
    let first = trigger.end_word;
    // "called the meeting 'a step backwards'" names it: only "a" convenes.
    matches!(scan.key(first), "a" | "an")
        && (first + 1..first + 1 + CONVENED_WORDS_MAX)
            .take_while(|&i| scan.gap_before(i).trim().is_empty())
            .any(|i| GATHERINGS.contains(&scan.key(i)))
}

/// "Ri's statement contradicted what Trump had said hours earlier": a
/// remark named as what someone said is the earlier remark, already
/// reported or not, and no new one.
fn said_earlier(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    const SUBJECT_WORDS_MAX: usize = 5;
    let from = trigger.first_word.saturating_sub(SUBJECT_WORDS_MAX + 1);
    (from..trigger.first_word)
        .rev()
        .take_while(|&i| scan.gap_before(i + 1).trim().is_empty())
        .any(|i| scan.key(i) == "what")
}

/// Whether a speech verb's subject is a news outlet ("..., NBC News
/// added", "Reuters reported"): the outlet relays the news, it is not an
/// actor making a statement, so no speaker is looked for elsewhere.
/// Not a platform the speaker used ("Trump on Truth Social said", "the
/// minister via Telegram wrote"): there the speaker comes before it.
fn outlet_reports(context: &Context<'_>, trigger: &Found) -> bool {
    context.mentions.iter().any(|m| {
        m.kind == MentionKind::Outlet
            && m.end_word == trigger.first_word
            && !m.first_word.checked_sub(1).is_some_and(|before| {
                matches!(context.scan.key(before), "on" | "via")
            })
    })
}

fn trigger_range(context: &Context<'_>, trigger: &Found) -> Range {
    let words = context.scan.words;
    let start = words
        .get(trigger.first_word)
        .map_or(context.sentence.range.start, |w| w.range.start);
    let end = trigger
        .end_word
        .checked_sub(1)
        .and_then(|i| words.get(i))
        .map_or(start, |w| w.range.end);
    Range { start, end }
}

/// The place of a happening: "in/at/near X" (or "to/for X" for travel),
/// the closest to the trigger.
fn location(
    context: &Context<'_>,
    trigger: &Found,
    kind: EventKind,
) -> Option<String> {
    let place = |m: &&Mention| {
        matches!(m.kind, MentionKind::Place | MentionKind::Country)
            && !quotes::inside(context.regions, m.range.start)
    };
    if kind == EventKind::Travel
        && let Some(object) = context
            .mentions
            .iter()
            .filter(place)
            .find(|m| m.first_word == trigger.end_word)
    {
        // "left Alaska", "visited Kyiv": the journey's own place, before
        // any "in <place>" further on in the sentence.
        return Some(object.name.clone());
    }
    if matches!(kind, EventKind::Attack | EventKind::Military)
        && let Some(target) = context.mentions.iter().find(|m| {
            m.kind == MentionKind::Place
                && !quotes::inside(context.regions, m.range.start)
                && opens_object(&context.scan, trigger, m.first_word)
        })
    {
        // "shelled Kharkiv", "the shelling of the town of Vovchansk",
        // "captured the village of Krynky": the place struck or taken,
        // before any "in <place>" further on.
        return Some(target.name.clone());
    }
    let wanted: &[&str] = if kind == EventKind::Travel {
        &["to", "for", "in", "at"]
    } else {
        &["in", "at", "near", "on"]
    };
    // A bare "on <place>" places only a strike ("an attack on Kyiv");
    // elsewhere it names a target or a topic ("sanctions on North Korea",
    // "talks on Gaza"). In a phrase it places anything ("on the Anchorage
    // tarmac", "on the outskirts of Lima").
    let violent = matches!(kind, EventKind::Attack | EventKind::Military);
    let bare_on = |m: &Mention| {
        m.first_word
            .checked_sub(1)
            .is_some_and(|before| context.scan.key(before) == "on")
    };
    context
        .mentions
        .iter()
        .filter(|m| {
            matches!(m.kind, MentionKind::Place | MentionKind::Country)
                && m.preposition.is_some_and(|p| wanted.contains(&p))
                && (violent || !bare_on(m))
                && !quotes::inside(context.regions, m.range.start)
                // "in Arequipa, Peru": the country only says where the
                // place before it is; the place is the more precise.
                && !(m.kind == MentionKind::Country
                    && context.scan.gap_before(m.first_word).trim() == ",")
        })
        .min_by_key(|m| m.first_word.abs_diff(trigger.first_word))
        .or_else(|| {
            // "Kashmir has been gripped by an insurgency since 1989": a
            // war's place may be its clause's subject.
            (trigger.trigger.rule == "war")
                .then(|| {
                    context.mentions.iter().filter(|m| {
                        m.kind == MentionKind::Place
                            && !quotes::inside(context.regions, m.range.start)
                    })
                })
                .and_then(|places| {
                    places.min_by_key(|m| {
                        m.first_word.abs_diff(trigger.first_word)
                    })
                })
        })
        .map(|m| m.name.clone())
}

/// Whether word `at` opens the object of a trigger: right after a verb
/// ("shelled Kharkiv"), after "of" for a noun ("the shelling of
/// Kharkiv"), or after "the <place part> of" with up to two words before
/// the part ("struck the northern city of Kharkiv", "the town of").
fn opens_object(scan: &Scan<'_, '_>, trigger: &Found, at: usize) -> bool {
    let mut i = trigger.end_word;
    if trigger.trigger.form == TriggerForm::Noun {
        if scan.key(i) != "of" {
            return false;
        }
        i += 1;
    }
    if i != at && scan.key(i) == "the" {
        let part = (i + 1..=i + 3)
            .find(|&j| actors::PLACE_PART_HEADS.contains(&scan.key(j)));
        if let Some(j) = part
            && scan.key(j + 1) == "of"
        {
            i = j + 2;
        }
    }
    i == at
}

/// The evidence span: the sentence, or for long sentences the stretch
/// between the punctuation marks around the trigger.
fn evidence(text: &str, sentence: Range, trigger: Range) -> Range {
    if sentence.end - sentence.start <= EVIDENCE_BYTES_MAX {
        return sentence;
    }
    let body = text::slice(text, sentence);
    let rel = trigger.start.saturating_sub(sentence.start);
    let rel_end = trigger.end.saturating_sub(sentence.start);
    let head = body.get(..rel).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|(i, c)| matches!(c, ',' | ';' | '—' | '–') && rel - i > 60)
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = body.get(rel_end..).unwrap_or("");
    let end = tail
        .char_indices()
        .find(|(i, c)| matches!(c, ',' | ';' | '—' | '–') && *i > 60)
        .map_or(body.len(), |(i, _)| rel_end + i);
    let piece = body.get(start..end).unwrap_or(body);
    let lead = piece.len() - piece.trim_start().len();
    let s = sentence.start + start + lead;
    Range { start: s, end: s + piece.trim().len() }
}

/// One line from the text: whitespace collapsed, cut on a char boundary.
/// The words are the pieces `str::split_whitespace` yields.
///
/// Words the text already separates by one space are copied as one run
/// (a copy per word was most of the cost).
fn summary(sentence: &str) -> String {
    if is_own_summary(sentence) {
        return sentence.to_string();
    }
    let mut out =
        String::with_capacity(sentence.len().min(SUMMARY_BYTES_MAX + 4));
    let bytes = sentence.as_bytes();
    // The summary's length so far: `out` plus the pending `run`.
    let mut length = 0;
    let mut run: Option<(usize, usize)> = None;
    let mut at = 0;
    while let Some((start, end)) = word_after(sentence, at) {
        if length + (end - start) + 1 > SUMMARY_BYTES_MAX {
            push_run(&mut out, sentence, run);
            out.push('…');
            return out;
        }
        run = match run {
            None => Some((start, end)),
            Some((run_start, run_end))
                if start == run_end + 1
                    && bytes.get(run_end) == Some(&b' ') =>
            {
                length += 1;
                Some((run_start, end))
            }
            Some(_) => {
                push_run(&mut out, sentence, run);
                out.push(' ');
                length += 1;
                Some((start, end))
            }
        };
        length += end - start;
        at = end;
    }
    push_run(&mut out, sentence, run);
    out
}

/// Whether `summary` gives `sentence` back unchanged: it is shorter than
/// the limit (so no word is cut: the word loop cuts only when the text up
/// to a word's end, plus one, passes `SUMMARY_BYTES_MAX`), and its words
/// are separated by single spaces with no other white space, so the run
/// of words `summary` copies is the whole sentence. Most sentences are
/// like this, and one byte pass decides it. Only chars starting with
/// 0xC2, 0xE1, 0xE2 or 0xE3 can be non-ASCII white space, so only those
/// are decoded.
fn is_own_summary(sentence: &str) -> bool {
    if sentence.is_empty() || sentence.len() >= SUMMARY_BYTES_MAX {
        return false;
    }
    let bytes = sentence.as_bytes();
    if text::is_single_spaced_ascii(bytes) {
        return true;
    }
    // Set after a space, and at the start: a leading, trailing or doubled
    // space is not plain. Eight-byte chunks of plain ASCII (most of a
    // sentence with a curly quote or two) are passed over at once: byte by
    // byte they would only set `after_space` to whether their last byte is
    // a space.
    let mut after_space = true;
    let mut chunk_start = 0;
    while let Some(chunk) = bytes.get(chunk_start..chunk_start + 8) {
        if text::is_plain_ascii_chunk(chunk, after_space) {
            after_space = chunk.last() == Some(&b' ');
        } else {
            for (offset, &byte) in chunk.iter().enumerate() {
                let at = chunk_start + offset;
                let Some(space) = plain_after(sentence, at, byte, after_space)
                else {
                    return false;
                };
                after_space = space;
            }
        }
        chunk_start += 8;
    }
    let tail = bytes.get(chunk_start..).unwrap_or(&[]);
    for (offset, &byte) in tail.iter().enumerate() {
        let at = chunk_start + offset;
        let Some(space) = plain_after(sentence, at, byte, after_space) else {
            return false;
        };
        after_space = space;
    }
    !after_space
}

/// One step of `is_own_summary`'s walk over the sentence's bytes: whether
/// the byte at `at` is a space, or `None` when it makes the sentence not
/// plain (white space other than a single space). Only chars starting with
/// 0xC2, 0xE1, 0xE2 or 0xE3 can be non-ASCII white space, so only those
/// are decoded.
fn plain_after(
    sentence: &str,
    at: usize,
    byte: u8,
    after_space: bool,
) -> Option<bool> {
    match byte {
        b' ' if after_space => None,
        b' ' => Some(true),
        _ if is_ascii_space(byte) => None,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => {
            let space = sentence
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .is_none_or(char::is_whitespace);
            if space { None } else { Some(false) }
        }
        _ => Some(false),
    }
}

/// Appends a stretch of the sentence to a summary.
fn push_run(out: &mut String, sentence: &str, run: Option<(usize, usize)>) {
    if let Some((start, end)) = run {
        out.push_str(sentence.get(start..end).unwrap_or(""));
    }
}

/// The byte range of the first piece of `text` from `at` on between white
/// space, as `str::split_whitespace` would cut it; ASCII bytes are tested
/// by a table without decoding a char (a summary is made for every
/// observation).
fn word_after(text: &str, mut at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    loop {
        let &byte = bytes.get(at)?;
        match BYTE_CLASSES[usize::from(byte)] {
            ByteClass::Space => at += 1,
            ByteClass::Word => break,
            ByteClass::NonAscii => {
                let ch = text.get(at..)?.chars().next()?;
                if !ch.is_whitespace() {
                    break;
                }
                at += ch.len_utf8();
            }
        }
    }
    let start = at;
    while let Some(&byte) = bytes.get(at) {
        match BYTE_CLASSES[usize::from(byte)] {
            ByteClass::Word => at += 1,
            ByteClass::Space => break,
            ByteClass::NonAscii => {
                let Some(ch) = text.get(at..).and_then(|t| t.chars().next())
                else {
                    break;
                };
                if ch.is_whitespace() {
                    break;
                }
                at += ch.len_utf8();
            }
        }
    }
    Some((start, at))
}

/// What a byte is to `word_after`.
#[derive(Clone, Copy)]
enum ByteClass {
    /// ASCII, not white space.
    Word,
    /// ASCII white space.
    Space,
    /// Part of a non-ASCII char, which may be white space.
    NonAscii,
}

/// Every byte's class.
static BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::Word; 256];
    let mut byte = 0;
    while byte < 256 {
        if byte >= 0x80 {
            classes[byte] = ByteClass::NonAscii;
        } else if is_ascii_space(byte as u8) {
            classes[byte] = ByteClass::Space;
        }
        byte += 1;
    }
    classes
};

/// `char::is_whitespace` for an ASCII byte (it counts the vertical tab,
/// which `u8::is_ascii_whitespace` does not).
const fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t'..=b'\r')
}

/// Whether a speaker mention opens a new coordinated clause ("..., while X
/// said", "; X added"), so that a sentence can report two statements.
/// Words at most of a title before a speaker's name ("Russian special
/// envoy").
const SPEAKER_TITLE_WORDS_MAX: usize = 3;

fn new_clause(scan: &Scan<'_, '_>, first_word: usize) -> bool {
    let mut start = first_word;
    // Step back over the rest of a capitalised name ("NATO Secretary ...").
    while start > 0
        && scan.words.get(start - 1).is_some_and(|w| w.capital)
        && first_word - start < 5
    {
        if scan.gap_before(start).contains([',', ';']) {
            break;
        }
        start -= 1;
    }
    if scan.gap_holds(start, b';') {
        return true;
    }
    // "While one analyst said ..., Russian envoy Kirill Dmitriev described
    // it as ...": the main clause after a subordinate clause that opens
    // the sentence, its comma within a title's words before the name.
    if matches!(scan.key(0), "while" | "although" | "though" | "whereas")
        && (start.saturating_sub(SPEAKER_TITLE_WORDS_MAX)..=start)
            .any(|i| i > 0 && scan.gap_holds(i, b','))
    {
        return true;
    }
    let Some(previous) = start.checked_sub(1) else { return false };
    matches!(scan.key(previous), "while" | "but" | "and" | "whereas")
        && scan.gap_holds(previous, b',')
}

/// The happening a reference noun can stand for: meetings, calls and
/// agreements of an article are usually one each; attacks and military
/// moves vary, so they are told apart by trigger.
fn seen_rule(kind: EventKind, trigger: &Found) -> &'static str {
    match kind {
        EventKind::Attack | EventKind::Military | EventKind::Other => {
            trigger.trigger.rule
        }
        // "the ceasefire" after "a trade deal" is another agreement.
        EventKind::Agreement
            if matches!(trigger.trigger.rule, "ceasefire" | "treaty") =>
        {
            trigger.trigger.rule
        }
        // "his news conference" after "the summit" is the press
        // conference that followed it, a happening of its own.
        EventKind::Meeting if trigger.trigger.rule == "press-conference" => {
            trigger.trigger.rule
        }
        _ => "",
    }
}

/// Words after a bare plural that make it the subject of a past report
/// ("shelling and drone strikes were reported", "explosions have been
/// heard"), counted from the word after the noun.
const REPORTED_INSTANCE_WORDS_MAX: usize = 5;

/// Whether a bare noun is the subject of a past passive ("Artillery
/// shelling and drone strikes were reported in the region", "Explosions
/// have been heard in the city"): instances that took place, where "drone
/// strikes are a constant threat" is generic. A coordinated noun may stand
/// between ("shelling and drone strikes").
fn reported_instance(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    let end = trigger.end_word;
    let Some(aux) = (end..end + REPORTED_INSTANCE_WORDS_MAX).find(|&i| {
        matches!(scan.key(i), "was" | "were" | "been")
            || scan.gap_before(i).contains([',', ';', ':'])
    }) else {
        return false;
    };
    if !matches!(scan.key(aux), "was" | "were" | "been")
        || scan.gap_before(aux).contains([',', ';', ':'])
    {
        return false;
    }
    // Between the noun and the auxiliary: nothing, "and" with a noun, or
    // "have"/"has"/"had" before "been".
    let between_ok = (end..aux).all(|i| {
        let key = scan.key(i);
        matches!(key, "and" | "or" | "have" | "has" | "had")
            || (scan.plain_lowercase(i)
                && !events::is_trigger_word(key)
                && i + 1 < aux)
            || events::is_trigger_word(key)
    });
    let participle = scan.key(aux + 1);
    between_ok
        && scan.words.get(aux + 1).is_some_and(|w| !w.capital)
        && (participle.ends_with("ed")
            || matches!(
                participle,
                "heard" | "seen" | "shot" | "hit" | "struck"
            ))
}

/// Verbs that say happenings went on ("Russian bombardments of Ukrainian
/// cities continued unabated", "Airstrikes on Gaza intensified").
const CONTINUING_VERBS: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "intensified",
    "intensify",
    "persisted",
    "persist",
    "resumed",
    "resume",
    "escalated",
    "raged",
    "rage",
    "went",
];

/// Words after a bare noun, its complements included ("of Ukrainian
/// cities", "on the port of Odesa"), read for the verb that says it went
/// on.
const CONTINUING_WORDS_MAX: usize = 6;

/// Whether a bare noun is the subject of a verb saying it went on: an
/// instance under way, where "drone strikes are a constant threat" is
/// generic. The verb follows the noun right away or after one
/// prepositional complement ("of Ukrainian cities"), before any clause
/// break; "went" only before "on". "negotiations that would permit
/// Russia to continue" is no such subject.
fn continuing_instance(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    const PREPOSITIONS: &[&str] =
        &["of", "on", "in", "against", "across", "near", "at", "along"];
    let end = trigger.end_word;
    let continuing = |at: usize| {
        let key = scan.key(at);
        CONTINUING_VERBS.contains(&key)
            && (key != "went" || scan.key(at + 1) == "on")
            && !scan.gap_before(at).contains(CLAUSE_BREAKS)
    };
    if continuing(end) {
        return true;
    }
    if !PREPOSITIONS.contains(&scan.key(end)) {
        return false;
    }
    for at in end + 1..end + CONTINUING_WORDS_MAX {
        if scan.gap_before(at).contains(CLAUSE_BREAKS) {
            return false;
        }
        if continuing(at) {
            return true;
        }
        let key = scan.key(at);
        let complement = matches!(key, "the" | "a" | "an" | "its" | "their")
            || PREPOSITIONS.contains(&key)
            || scan.words.get(at).is_some_and(|w| w.capital)
            || (scan.plain_lowercase(at) && !events::is_trigger_word(key));
        let clause_word = matches!(
            key,
            "that"
                | "which"
                | "who"
                | "to"
                | "would"
                | "will"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "and"
        );
        if !complement || clause_word {
            return false;
        }
    }
    false
}

/// Whether a trigger reports a happening not yet observed in its sentence:
/// a new kind, or the same kind in another clause with another trigger
/// ("the annexation in 2014, ..., culminating in the invasion in 2022").
fn fresh(
    scan: &Scan<'_, '_>,
    done: &[(EventKind, usize, &'static str)],
    kind: EventKind,
    trigger: &Found,
) -> bool {
    done.iter().filter(|(k, ..)| *k == kind).all(|(_, word, rule)| {
        let separated = (*word + 1..=trigger.first_word)
            .any(|i| scan.gap_before(i).contains([',', ';']));
        // "the worst attack since the 2008 Mumbai shootings": a strike
        // known by its year is another one.
        // "expelled the envoy and severed ties": `other` gathers unlike
        // acts, so two of its verbs joined by "and" are two happenings,
        // comma or not.
        let joined_act = kind == EventKind::Other
            && trigger.trigger.form == TriggerForm::Verb
            && (*word + 1..trigger.first_word).any(|i| scan.key(i) == "and");
        (separated || joined_act) && *rule != trigger.trigger.rule
            || (kind == EventKind::Attack && year_named(scan, trigger))
    })
}

/// Words that make a seizure of power an armed one: who did it or how.
const ARMED_SEIZERS: &[&str] = &[
    "military", "army", "junta", "generals", "general", "soldiers", "troops",
    "officers",
];

/// Words before a coup or an overthrow read for who carried it out.
const SEIZER_WORDS_MAX: usize = 10;

/// Whether a coup or an overthrow was the armed forces' ("the military,
/// which seized power in a 2021 coup", "Myanmar's military rulers, who
/// overthrew an elected government", "a military coup"): a military
/// action, not a change of office (`other`, as "ousted" in a vote is).
fn military_seizure(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    matches!(trigger.trigger.rule, "coup" | "ousted")
        && (trigger.first_word.saturating_sub(SEIZER_WORDS_MAX)
            ..trigger.first_word)
            .any(|i| ARMED_SEIZERS.contains(&scan.key(i)))
}

/// Most title words between a country and the person it qualifies ("U.S.
/// Secretary of State Antony Blinken").
const TITLE_WORDS_MAX: usize = 4;

/// Arms besides weapons (`events::weapon`) whose nationality adjective
/// names an attacker ("Israeli warplanes", "Russian troops").
const ARMS: &[&str] = &[
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air",
    "tanks",
    "troops",
    "navy",
];

/// The country of a nationality adjective right before a weapon noun
/// between `from` and the trigger ("a Russian missile", "Israeli
/// warplanes").
fn weapon_country<'l>(
    scan: &Scan<'l, '_>,
    from: usize,
    trigger: usize,
) -> Option<&'l str> {
    (from..trigger).find_map(|i| {
        let next = scan.key(i + 1);
        let weapon = events::weapon(next) || ARMS.contains(&next);
        weapon
            .then(|| scan.lexicon.adjective(scan.key(i)))
            .flatten()
            .map(|entry| entry.name.as_str())
    })
}

/// The country of a nationality adjective right before a noun trigger,
/// over at most one weapon word ("Ukrainian attacks", "Russian missile
/// strikes", "the Israeli air campaign").
fn noun_country<'l>(scan: &Scan<'l, '_>, trigger: &Found) -> Option<&'l str> {
    if trigger.trigger.form != TriggerForm::Noun {
        return None;
    }
    country_before(scan, trigger.first_word)
}

/// The nation or armed group named right before the strike noun at
/// `noun`, perhaps over one weapon word ("Ukrainian attacks", "Russian
/// drone strikes", "Houthi missile attacks").
fn country_before<'l>(scan: &Scan<'l, '_>, noun: usize) -> Option<&'l str> {
    let before = noun.checked_sub(1)?;
    let adjective = |i: usize| {
        scan.lexicon.adjective(scan.key(i)).map(|entry| entry.name.as_str())
    };
    adjective(before)
        .or_else(|| {
            weapon_word(scan.key(before))
                .then(|| adjective(before.checked_sub(1)?))
                .flatten()
        })
        .or_else(|| group_before(scan, before))
}

/// Whether a word names a weapon or an arm of the forces that premodifies
/// a strike ("missile", "drone", "air", "artillery"): a nationality or a
/// group before it is the strike's agent.
fn weapon_word(key: &str) -> bool {
    events::weapon(key)
        || ARMS.contains(&key)
        || matches!(key, "air" | "drone" | "artillery" | "naval")
}

/// Whether "according to" or "citing" comes right before a word, over a
/// determiner and up to two lowercase modifiers ("according to local
/// officials", "citing the regional governor"): whoever it names reports,
/// and takes no part.
fn according_to(scan: &Scan<'_, '_>, first_word: usize) -> bool {
    let mut at = first_word;
    for _ in 0..4 {
        let Some(before) = at.checked_sub(1) else { return false };
        let key = scan.key(before);
        if key == "citing"
            || (key == "to" && scan.key(before.wrapping_sub(1)) == "according")
        {
            return true;
        }
        let modifier = matches!(key, "the" | "a" | "an")
            || (scan.words.get(before).is_some_and(|w| !w.capital)
                && key.bytes().all(|b| b.is_ascii_lowercase())
                && !actors::function_words().contains(key));
        if !modifier {
            return false;
        }
        at = before;
    }
    false
}

/// Most words between a verb of disclosing and the noun trigger whose
/// details it names ("did not specify the points of agreement").
const DISCLOSING_WORDS_MAX: usize = 6;

/// Verbs of disclosing: negated, they keep details back.
static DISCLOSING: WordList = WordList::new(&[
    "specify",
    "disclose",
    "reveal",
    "elaborate",
    "detail",
    "give",
    "provide",
    "share",
    "release",
    "outline",
    "explain",
    "say",
    "publish",
    "identify",
]);

/// Whether a noun trigger is what a verb of disclosing (negated by the
/// caller's status) was about, through "of", "on", "about", "what" or
/// "how": "did not specify the points of agreement", "declined to give
/// details on the deal", "did not say what the agreement entailed".
fn undisclosed_details(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    if trigger.trigger.form != TriggerForm::Noun {
        return false;
    }
    let first = trigger.first_word;
    let from = first.saturating_sub(DISCLOSING_WORDS_MAX);
    // "did not say what the agreement entailed", "did not explain how
    // the deal would work": a question about the happening's content.
    let linked = (from..first)
        .any(|i| matches!(scan.key(i), "of" | "on" | "about" | "what" | "how"));
    linked
        && (from..first)
            .rev()
            .take_while(|&i| !scan.gap_before(i + 1).contains([',', ';', ':']))
            .any(|i| DISCLOSING.contains(scan.key(i)))
}

/// How far after "welcomed" the words of a ceremony may be.
const WELCOME_WORDS_MAX: usize = 8;

/// Whether "welcomed" greets someone in person: a personal pronoun as its
/// object ("welcomed him"), or the words of an arrival ceremony after it
/// ("welcomed the prince on the tarmac", "with a red carpet"); "welcomed
/// the decision" is a remark.
fn welcomed_in_person(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    matches!(scan.key(trigger.end_word), "him" | "her" | "them")
        || (trigger.end_word..trigger.end_word + WELCOME_WORDS_MAX)
            .take_while(|&i| {
                i < scan.words.len() && !scan.gap_before(i).contains([';', ':'])
            })
            .any(|i| {
                matches!(
                    scan.key(i),
                    "tarmac" | "carpet" | "airport" | "airfield" | "runway"
                ) || (scan.key(i) == "guard" && matches!(scan.key(i + 1), "of"))
            })
}

/// Most weapon words between an armed group's name and a noun trigger
/// ("Houthi drone and missile attacks").
const GROUP_WEAPON_WORDS_MAX: usize = 3;

/// The armed group or organisation whose name premodifies a noun trigger,
/// over a few coordinated weapon words: "Hamas rocket attacks", "Houthi
/// drone and missile attacks" (an adjective of the lexicon), "NATO
/// airstrikes" (a capitalised organisation's name).
fn group_before<'l>(scan: &Scan<'l, '_>, before: usize) -> Option<&'l str> {
    let mut at = before;
    let mut skipped = 0;
    loop {
        let key = scan.key(at);
        let coordinated = key == "and"
            && skipped > 0
            && at.checked_sub(1).is_some_and(|p| weapon_word(scan.key(p)));
        if !(weapon_word(key) || coordinated)
            || skipped > GROUP_WEAPON_WORDS_MAX
            || scan.gap_before(at + 1).contains([',', ';'])
        {
            break;
        }
        at = at.checked_sub(1)?;
        skipped += 1;
    }
    if scan.gap_before(at + 1).contains([',', ';'])
        || !scan.words.get(at).is_some_and(|w| w.capital)
    {
        return None;
    }
    let key = scan.key(at);
    let entry = scan.lexicon.adjective(key).or_else(|| {
        scan.lexicon.lookup(key).filter(|e| e.kind == EntryKind::Organisation)
    })?;
    Some(entry.name.as_str())
}

/// Whether a passive or perfect trigger stands in a relative clause on a
/// noun of the sentence, with no time expression in that clause ("met
/// Russian citizens, who were detained in foreign countries and
/// returned", "the envoy, who had been expelled"): background the story
/// neither dates nor tells, which the main clause's date would misdate.
/// A clause with a date of its own ("who was arrested in March 2023")
/// tells a happening and stands.
fn background_relative(context: &Context<'_>, trigger: &Found) -> bool {
    // "Zelensky, who was not invited to the summit": the exclusion is the
    // story's own news, dated by it.
    if trigger.trigger.rule == "not-invited" {
        return false;
    }
    let scan = &context.scan;
    let first = trigger.first_word;
    // Auxiliaries only between the relative pronoun and the trigger.
    let mut at = first;
    while at > 0
        && matches!(
            scan.key(at - 1),
            "was" | "were" | "had" | "has" | "have" | "been" | "being"
        )
    {
        at -= 1;
    }
    if at == first || at == 0 || !matches!(scan.key(at - 1), "who" | "which") {
        return false;
    }
    let pronoun = at - 1;
    if pronoun == 0 || !scan.gap_before(pronoun).contains(',') {
        return false;
    }
    let Some(from) = scan.words.get(pronoun).map(|w| w.range.start) else {
        return false;
    };
    // The clause runs to the next comma, semicolon or the sentence's end.
    let to = (first + 1..scan.words.len())
        .find(|&i| scan.gap_before(i).contains([',', ';']))
        .and_then(|i| scan.words.get(i))
        .map_or(context.sentence.range.end, |w| w.range.start);
    !context.times.iter().any(|m| {
        let start = m.span.start as usize;
        from <= start && start < to && m.when.is_some()
    })
}

/// Most words between a cause phrase's preposition and the trigger it
/// names ("in retaliation for the deadly April 1 drone strike").
const CAUSE_WORDS_MAX: usize = 5;

/// Whether a trigger is the head of the happening a cause phrase names:
/// "in retaliation for an April 1 strike", "in response to Monday's
/// attack" (the phrases of `dates::CAUSES`).
fn caused_by(scan: &Scan<'_, '_>, trigger: &Found) -> bool {
    cause_preposition(scan, trigger).is_some()
}

/// The word "for" or "to" of the cause phrase that names the trigger's
/// happening, if any (see `caused_by`).
fn cause_preposition(scan: &Scan<'_, '_>, trigger: &Found) -> Option<usize> {
    if trigger.trigger.form != TriggerForm::Noun
        || !matches!(
            trigger.trigger.kind,
            EventKind::Attack | EventKind::Military
        )
    {
        return None;
    }
    let first = trigger.first_word;
    (first.saturating_sub(CAUSE_WORDS_MAX)..first)
        .rev()
        .take_while(|&i| !scan.gap_before(i + 1).contains([',', ';', ':']))
        .find(|&i| {
            i >= 2
                && dates::is_cause_phrase([
                    scan.key(i - 2),
                    scan.key(i - 1),
                    scan.key(i),
                ])
        })
}

/// Where the phrase of a happening a cause phrase names ends: at the next
/// comma, semicolon or colon.
fn cause_phrase_end(scan: &Scan<'_, '_>, trigger: &Found) -> usize {
    (trigger.end_word..scan.words.len())
        .find(|&i| {
            // "a chemical attack he blamed on X": a clause of its own.
            scan.gap_before(i).contains([',', ';', ':'])
                || matches!(
                    scan.key(i),
                    "that"
                        | "which"
                        | "who"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "and"
                        | "but"
                )
        })
        .unwrap_or(scan.words.len())
}

/// Whether the phrase of a happening a cause phrase names holds a time
/// expression of its own ("for an April 1 strike", "for Monday's attack").
fn cause_dated(context: &Context<'_>, trigger: &Found) -> bool {
    let scan = &context.scan;
    let from = cause_preposition(scan, trigger).unwrap_or(trigger.first_word);
    let start = scan.words.get(from).map_or(0, |w| w.range.start);
    let end = cause_phrase_end(scan, trigger)
        .checked_sub(1)
        .and_then(|i| scan.words.get(i))
        .map_or(start, |w| w.range.end);
    context.times.iter().any(|m| {
        start <= m.span.start as usize
            && (m.span.end as usize) <= end
            && m.when.is_some()
    })
}

/// The place of a happening a cause phrase names: one its own phrase
/// names ("an April 1 strike on its consulate in Damascus"), not the
/// place of the clause that answers it.
fn cause_location(context: &Context<'_>, trigger: &Found) -> Option<String> {
    let phrase_end = cause_phrase_end(&context.scan, trigger);
    context
        .mentions
        .iter()
        .find(|m| {
            matches!(m.kind, MentionKind::Place | MentionKind::Country)
                && m.first_word >= trigger.end_word
                && m.first_word < phrase_end
                && m.preposition
                    .is_some_and(|p| matches!(p, "in" | "at" | "near" | "on"))
                && !quotes::inside(context.regions, m.range.start)
        })
        .map(|m| m.name.clone())
}

/// The actors of a happening a cause phrase names: a nationality before
/// it ("an Israeli strike"), then whoever its own phrase names ("on Iran's
/// consulate"); never the subject of the clause that answers it.
fn cause_participants(
    context: &Context<'_>,
    trigger: &Found,
) -> (Option<usize>, Vec<String>) {
    let mut actors = Vec::new();
    let phrase_end = cause_phrase_end(&context.scan, trigger);
    // "a strike by Israel on ...": the agent named after "by".
    let by_agent = context.mentions.iter().find(|m| {
        m.first_word >= trigger.end_word
            && m.first_word < phrase_end
            && m.preposition == Some("by")
            && m.is_actor()
            && !quotes::inside(context.regions, m.range.start)
    });
    let country = noun_country(&context.scan, trigger);
    if let Some(country) = country {
        push_actor(&mut actors, country.to_string());
    } else if let Some(agent) = by_agent {
        push_actor(&mut actors, agent.actor_name().to_string());
    }
    add_mentions(context, &mut actors, |_, m| {
        m.first_word >= trigger.end_word && m.first_word < phrase_end
    });
    let agent = (country.is_some() || by_agent.is_some()).then_some(0);
    (agent, actors)
}

/// Adds the sentence's actor mentions that `keep` admits (by index and
/// mention), outside quotes and not places, each name once, up to
/// `ACTORS_PER_OBSERVATION_MAX` actors.
fn add_mentions(
    context: &Context<'_>,
    actors: &mut Vec<String>,
    keep: impl Fn(usize, &Mention) -> bool,
) {
    for (idx, mention) in context.mentions.iter().enumerate() {
        if actors.len() >= ACTORS_PER_OBSERVATION_MAX {
            break;
        }
        if !keep(idx, mention)
            || !mention.is_actor()
            || mention.is_place_use()
            || mention.kind == MentionKind::Place
            || quotes::inside(context.regions, mention.range.start)
            || counted_victims(&context.scan, mention)
        {
            continue;
        }
        let name = mention.actor_name();
        if !name.is_empty() && !actors.iter().any(|a| a == name) {
            push_actor(actors, name.to_string());
        }
    }
}

/// Words after "killed in" that name a violent cause ("two men were
/// killed in a shooting", "five fighters were killed in the strikes"),
/// and the strike nouns a nationality before them names the agent of
/// (`passive_strike_country`: "killed in Russian shelling").
const VIOLENT_CAUSES: &[&str] = &[
    "shooting",
    "shootings",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bombing",
    "bombings",
    "bombardment",
    "shelling",
    "raid",
    "raids",
    "barrage",
    "offensive",
    "assault",
    "ambush",
    "gunfire",
    "clashes",
];

/// Most words between "killed" and the violent cause it names.
const VIOLENT_CAUSE_WORDS_MAX: usize = 4;

/// Whether a killing names a new violent cause right after it ("killed in
/// a shooting at a checkpoint", "killed in clashes"): a strike that
/// happened, kept when no one is named as its agent (the counted dead are
/// none). "killed in the Russian strike" names one already reported.
fn killed_in_violence(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    if trigger.trigger.rule != "killed"
        || !matches!(scan.key(trigger.end_word), "in" | "during" | "by")
    {
        return false;
    }
    let first = trigger.end_word + 1;
    let Some(cause) = (first..=trigger.end_word + VIOLENT_CAUSE_WORDS_MAX)
        .find(|&i| VIOLENT_CAUSES.contains(&scan.key(i)))
    else {
        return false;
    };
    !(first..cause).any(|i| {
        matches!(
            scan.key(i),
            "the" | "this" | "that" | "these" | "those" | "its" | "their"
        ) || scan.words.get(i).is_some_and(|w| w.possessive)
    })
}

/// "killing two workers", "wounded at least 11 nurses", "five soldiers
/// were killed": a group counted (`events::phrase_start`, the count phrase
/// the tolls are read with) right after a casualty verb, or before a
/// passive one, is the toll, no actor.
fn counted_victims(scan: &actors::Scan<'_, '_>, mention: &Mention) -> bool {
    const CASUALTY_VERBS: &[&str] = &[
        "killing", "killed", "kill", "kills", "wounding", "wounded",
        "injuring", "injured",
    ];
    if mention.kind != MentionKind::Group {
        return false;
    }
    let count = events::phrase_start(scan, mention.first_word);
    if count >= mention.first_word {
        return false;
    }
    let after_verb = count
        .checked_sub(1)
        .is_some_and(|verb| CASUALTY_VERBS.contains(&scan.key(verb)));
    // "five soldiers were killed", "12 fighters have been wounded": the
    // counted subject of a passive casualty verb is the toll too.
    let passive = (mention.end_word..mention.end_word + PASSIVE_WORDS_MAX)
        .find(|&i| matches!(scan.key(i), "killed" | "wounded" | "injured"))
        .is_some_and(|verb| {
            scan.is_passive(verb)
                && (mention.end_word..verb).all(|i| {
                    let key = scan.key(i);
                    matches!(
                        key,
                        "were" | "was" | "have" | "has" | "had" | "been"
                    ) || key.ends_with("ly")
                })
        });
    after_verb || passive
}

/// Most words from a counted group to its passive casualty verb ("were
/// reportedly killed", "have been killed").
const PASSIVE_WORDS_MAX: usize = 4;

/// Group heads that, after "both" or "the two", name a pair of people.
const PAIR_HEADS: &[&str] = &["leaders", "presidents", "ministers", "men"];

/// Group heads a pair phrase of countries ends with ("the two countries",
/// "both sides").
const COUNTRY_PAIR_HEADS: &[&str] =
    &["countries", "nations", "sides", "neighbours", "neighbors"];

/// Sentences longer than this cite the clause around the trigger.
const CLAUSE_SENTENCE_BYTES_MIN: usize = 150;
/// A clause shorter than this is widened to the whole sentence.
const CLAUSE_BYTES_MIN: usize = 30;

/// The evidence for a non-statement: in a long sentence, the stretch
/// between the commas around the trigger; otherwise the sentence.
fn clause_evidence(text: &str, sentence: Range, trigger: Range) -> Range {
    if sentence.end - sentence.start <= CLAUSE_SENTENCE_BYTES_MIN {
        return evidence(text, sentence, trigger);
    }
    let body = text::slice(text, sentence);
    let rel = trigger.start.saturating_sub(sentence.start);
    let rel_end = trigger.end.saturating_sub(sentence.start);
    let start =
        body.get(..rel).and_then(|h| h.rfind([',', ';'])).map_or(0, |i| i + 1);
    let end = body
        .get(rel_end..)
        .and_then(|t| t.find([',', ';']))
        .map_or(body.len(), |i| rel_end + i);
    let piece = body.get(start..end).unwrap_or("");
    if piece.trim().len() < CLAUSE_BYTES_MIN {
        return evidence(text, sentence, trigger);
    }
    let lead = piece.len() - piece.trim_start().len();
    let s = sentence.start + start + lead;
    Range { start: s, end: s + piece.trim().len() }
}

/// Words that open a noun phrase without naming anyone.
static DETERMINERS: WordList =
    WordList::new(&["the", "a", "an", "this", "that"]);

/// The head of a sentence that opens with a determiner and one word right
/// before the trigger ("The council met", "The rocket hit").
fn determiner_head<'s>(
    scan: &actors::Scan<'s, '_>,
    trigger: &Found,
) -> Option<&'s str> {
    (trigger.first_word == 2 && DETERMINERS.contains(scan.key(0)))
        .then(|| scan.key(1))
}

/// "The rocket hit", "A drone struck": a weapon is the sentence's subject.
fn weapon_subject(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    determiner_head(scan, trigger).is_some_and(events::weapon)
}

/// "The council met": a sentence that opens with a determiner and one noun
/// the lexicon does not know, right before a verb trigger, names its own
/// agent, so the story's last subject must not stand in for it. Noun
/// triggers ("the talks ended without a press conference") still refer
/// back to the story's subject.
fn unknown_subject(scan: &actors::Scan<'_, '_>, trigger: &Found) -> bool {
    trigger.trigger.form == TriggerForm::Verb
        && determiner_head(scan, trigger).is_some_and(|head| {
            head.chars().all(|c| c.is_ascii_alphabetic())
                // "The attack killed five": a happening, not a group.
                && !events::is_trigger_word(head)
                // "The rocket hit the waiting room": a weapon, not who
                // fired it.
                && !events::weapon(head)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `summary` over `str::split_whitespace`.
    fn summary_by_split(sentence: &str) -> String {
        let mut out = String::new();
        for word in sentence.split_whitespace() {
            if out.len() + word.len() + 1 > SUMMARY_BYTES_MAX {
                out.push('…');
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    #[test]
    fn summary_splits_as_split_whitespace() {
        let long = "word ".repeat(50);
        let texts = [
            "Putin met Trump in Anchorage.",
            "  leading\tand trailing \r\n ",
            "Zelenskyy’s office said “no”, twice.",
            "a\u{a0}no-break\u{2009}thin space\u{b}vertical tab",
            "ascii first then ünïcode and more words after it",
            "\u{a0}starts with a no-break space",
            long.as_str(),
            "",
            "   ",
            &"x".repeat(200),
            "one two  three\tfour five\u{a0}six seven",
            &"ab  cd ef\ngh ".repeat(20),
            &format!("{} tail", "y".repeat(158)),
            &format!("{} z", "y".repeat(158)),
            &format!("{} z", "y".repeat(157)),
            &format!("{} z", "y".repeat(156)),
            &format!("“{}” z", "y".repeat(150)),
            "ideographic\u{3000}space and\u{2028}line\u{85}next",
            "trailing space ",
            "é è “quoted” — dash",
            // Non-ASCII chars and spaces on and across eight-byte chunks.
            "abcdefg\u{a0}hijklmnop qrs",
            "abcdefgh’s words are here, all plain after it",
            "abcdefg “quoted” words  doubled after a chunk",
            "1234567 x\u{2009}y and then       spaces",
            "abcdefg abcdefg abcdefg’ abcdefg ",
        ];
        for text in texts {
            assert_eq!(summary(text), summary_by_split(text), "{text:?}");
        }
    }
}
