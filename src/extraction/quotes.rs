//! Quotes and attribution: where quoted words are, and who said them.
//!
//! It owns quote regions (straight, curly and «guillemet» marks, quotes that
//! run across sentences) and the attribution patterns of news English:
//! "X said", "said X", "X, the ..., said", "according to X", "he added".
//! It never finds mentions itself; it chooses among those `actors` found.

use super::actors::{Mention, MentionKind, Scan};
use super::events::Found;
use super::fxhash::WordList;
use super::text::{Range, find_bytes, holds_byte, slice};

/// A quote mark: its char and its length in bytes.
fn quote_mark(bytes: &[u8], idx: usize) -> Option<(char, usize)> {
    match bytes.get(idx..idx + 3) {
        Some([0xE2, 0x80, 0x9C]) => return Some(('“', 3)),
        Some([0xE2, 0x80, 0x9D]) => return Some(('”', 3)),
        Some([0xE2, 0x80, 0x98]) => return Some(('‘', 3)),
        Some([0xE2, 0x80, 0x99]) => return Some(('’', 3)),
        _ => {}
    }
    match bytes.get(idx..idx + 2) {
        Some([0xC2, 0xAB]) => Some(('«', 2)),
        Some([0xC2, 0xBB]) => Some(('»', 2)),
        _ => match bytes.get(idx) {
            Some(b'"') => Some(('"', 1)),
            Some(b'\'') => Some(('\'', 1)),
            _ => None,
        },
    }
}

/// The quoted passages of a paragraph, without their marks.
///
/// It scans bytes, not chars: every quote mark starts with `"`, 0xE2 or
/// 0xC2, which never occur inside another UTF-8 sequence's lead position.
pub fn regions(text: &str, paragraph: Range) -> Vec<Range> {
    let mut out = Vec::new();
    regions_into(text, paragraph, &mut out);
    out
}

/// `regions`, appended to `out` (one vector for a whole article).
pub fn regions_into(text: &str, paragraph: Range, out: &mut Vec<Range>) {
    let bytes = slice(text, paragraph).as_bytes();
    let mut open: Option<(usize, char)> = None;
    let mut idx = 0;
    while let Some(at) =
        find_bytes(bytes, idx, [b'"', b'\'', 0xE2, 0xC2], false)
    {
        idx = at;
        let Some((ch, len)) = quote_mark(bytes, idx) else {
            idx += 1;
            continue;
        };
        let start = paragraph.start + idx;
        // Single curly marks quote in British style ("‘We are ready’, the
        // minister said"), but ’ is also the apostrophe: ‘ opens only at a
        // word's start, and ’ closes only where no letter follows it
        // ("Russia’s" goes on).
        let word_start =
            idx.checked_sub(1).and_then(|i| bytes.get(i)).is_none_or(|b| {
                b.is_ascii_whitespace() || matches!(b, b'(' | b'[')
            });
        let word_end = bytes
            .get(idx + len)
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
        match (open, ch) {
            (None, '“' | '«' | '"') => open = Some((start + len, ch)),
            (None, '‘') if word_start => open = Some((start + len, ch)),
            // A straight single quote opens like ‘ (at a word's start,
            // before a letter or digit: 'very good meetings') and closes
            // like ’; "Trump's" and "'80s" stay apostrophes.
            (None, '\'')
                if word_start
                    && bytes
                        .get(idx + 1)
                        .is_some_and(|b| b.is_ascii_alphabetic()) =>
            {
                open = Some((start + len, ch))
            }
            (Some((from, '\'')), '\'')
                if word_end
                    && idx
                        .checked_sub(1)
                        .and_then(|i| bytes.get(i))
                        .is_some_and(|b| !b.is_ascii_whitespace()) =>
            {
                out.push(Range { start: from, end: start });
                open = None;
            }
            (Some((from, '“')), '”')
            | (Some((from, '«')), '»')
            | (Some((from, '"')), '"') => {
                out.push(Range { start: from, end: start });
                open = None;
            }
            (Some((from, '‘')), '’') if word_end => {
                out.push(Range { start: from, end: start });
                open = None;
            }
            // A new opening mark inside an open quote: the old one was
            // never closed (common across paragraphs); restart.
            (Some(_), '“' | '«') => open = Some((start + len, ch)),
            _ => {}
        }
        idx += len;
    }
    // A quote left open runs on to the paragraph's end, unless it opened
    // with a straight single quote, which is likelier an apostrophe.
    if let Some((from, ch)) = open
        && ch != '\''
    {
        out.push(Range { start: from, end: paragraph.end });
    }
}

/// Whether a mention is the whole of a quote: a name set in quotation
/// marks ("a little-known group, the “Kashmir Front”, claimed ..."), not
/// words someone said.
pub fn quoted_name(regions: &[Range], mention: &Mention) -> bool {
    regions.iter().any(|r| {
        r.start == mention.range.start
            && (r.end == mention.range.end || r.end == mention.range.end + 1)
    })
}

/// Whether a mention can speak from where it stands: outside every quote,
/// or a quoted name (`quoted_name`).
fn speaker_outside_quotes(regions: &[Range], m: &Mention) -> bool {
    (!inside(regions, m.range.start) || quoted_name(regions, m))
        && speaker_like(m)
}

/// Whether a byte offset is inside one of the regions.
pub fn inside(regions: &[Range], offset: usize) -> bool {
    regions.iter().any(|r| r.start <= offset && offset < r.end)
}

/// The quoted words that overlap a sentence; a quote running past the
/// sentence is taken whole.
pub fn quote_for(
    text: &str,
    regions: &[Range],
    sentence: Range,
) -> Option<String> {
    // The pieces joined by " … " as they are found: a vector of them and
    // `join` cost an allocation and a pass more.
    let mut quote: Option<String> = None;
    for region in regions {
        if region.start < sentence.end && sentence.start < region.end {
            let piece = slice(text, *region).trim();
            let piece = piece.trim_end_matches([',', ' ']);
            if piece.is_empty() {
                continue;
            }
            match &mut quote {
                Some(quote) => {
                    quote.push_str(" … ");
                    quote.push_str(piece);
                }
                None => quote = Some(piece.to_string()),
            }
        }
    }
    quote
}

/// How a speaker was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Index into the sentence's mentions.
    pub mention: usize,
    /// The pattern: `said-after`, `said-before`, `according-to`, ...
    pub pattern: &'static str,
}

/// Whether a mention can speak: people, groups, organisations, countries,
/// pronouns, and capitals standing for their government ("Washington
/// said"), unless used as a place ("in Moscow").
fn speaker_like(mention: &Mention) -> bool {
    let capital = mention.kind == MentionKind::Place
        && mention.stands_for.is_some()
        && mention.preposition.is_none();
    (capital
        || matches!(
            mention.kind,
            MentionKind::Person
                | MentionKind::Group
                | MentionKind::Organisation
                | MentionKind::Country
                | MentionKind::Pronoun
        ))
        && !mention.is_place_use()
}

/// Words that may stand between a subject and its speech verb.
pub(super) static BETWEEN: WordList = WordList::new(&[
    "also",
    "later",
    "has",
    "had",
    "have",
    "previously",
    "then",
    "again",
    "repeatedly",
    "publicly",
    "separately",
    "himself",
    "herself",
    "itself",
    "earlier",
    "once",
    "consistently",
    "had",
    "reportedly",
    "recently",
    "first",
    "still",
    "further",
    "privately",
    "quickly",
    "formally",
    // "has not commented", "did not comment", "never said".
    "not",
    "did",
    "does",
    "never",
]);

/// The speaker of the speech trigger `found`, given the sentence's mentions
/// and quote regions.
pub fn speaker(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    regions: &[Range],
    found: &Found,
) -> Option<Attribution> {
    let verb = found.first_word;
    let outside = |m: &Mention| speaker_outside_quotes(regions, m);
    if found.trigger.form == super::events::TriggerForm::Silence {
        // "no immediate reaction from Kyiv": the silent party follows "from".
        let from = mentions.iter().position(|m| {
            m.first_word >= found.end_word && m.preposition == Some("from")
        });
        if let Some(idx) = from {
            return Some(Attribution { mention: idx, pattern: "silent-from" });
        }
    }
    if let Some(idx) = passive_agent(scan, mentions, found, &outside) {
        return Some(Attribution { mention: idx, pattern: "passive-by" });
    }
    // "At least 28 people have been confirmed dead": a passive speech verb
    // with no agent names no speaker; its subject is what was said.
    if scan.is_passive(found.first_word) {
        return None;
    }
    if found.trigger.rule == "according-to" {
        let idx = mentions
            .iter()
            .position(|m| m.first_word >= found.end_word && outside(m))?;
        // "according to RT, Bolsonaro revealed", "According to the
        // electoral court, Lula received": a source the lexicon does not
        // know is no licence to take the next name as the speaker. Only a
        // mention right after the phrase, over lowercase words and no
        // comma, is its source.
        let first = mentions.get(idx)?.first_word;
        let near = first <= found.end_word + ACCORDING_TO_WORDS_MAX
            && (found.end_word..first).all(|i| {
                // "according to Mr Trump", "according to President X":
                // a title is no other name.
                let key = scan.key(i);
                let title = matches!(key, "mr" | "mrs" | "ms" | "dr")
                    || scan.lexicon.title_roles(key).is_some();
                (title || !scan.words.get(i).is_some_and(|w| w.capital))
                    && (i == found.end_word
                        || !scan.gap_before(i).contains([',', ';', '(']))
            })
            && (first == found.end_word
                || !scan.gap_before(first).contains([',', ';', '(']));
        if !near {
            return None;
        }
        return Some(Attribution { mention: idx, pattern: "according-to" });
    }
    // A participle ("..., noting that") shares its clause's subject, except
    // in an absolute phrase ("with analysts warning that"), whose own
    // subject sits between "with" and the participle.
    if scan.key(verb).ends_with("ing") && found.end_word == verb + 1 {
        // "the ministry quoted Wang Yi as saying": the one quoted speaks.
        let quoted = verb
            .checked_sub(1)
            .filter(|&as_word| scan.key(as_word) == "as")
            .and_then(|as_word| {
                mentions
                    .iter()
                    .rposition(|m| m.end_word == as_word && outside(m))
                    .or_else(|| {
                        // "quoted Trump on X (Twitter) as saying": the
                        // name right after "quoted", over a phrase that
                        // says where.
                        let quoting = (as_word
                            .saturating_sub(QUOTED_AS_WORDS_MAX)
                            ..as_word)
                            .rev()
                            .find(|&i| {
                                matches!(scan.key(i), "quoted" | "quoting")
                            })?;
                        mentions.iter().position(|m| {
                            m.first_word == quoting + 1 && outside(m)
                        })
                    })
            });
        if let Some(idx) = quoted {
            return Some(Attribution { mention: idx, pattern: "quoted-as" });
        }
        if let Some(idx) = absolute_subject(scan, mentions, regions, verb) {
            return Some(Attribution {
                mention: idx,
                pattern: "with-participle",
            });
        }
        // The clause's subject, not the object of a preposition before
        // it: in "Sitting opposite Xi at a table, Biden opened his remarks
        // by saying" Biden speaks.
        let before = |m: &Mention| m.end_word <= verb && outside(m);
        let idx = mentions
            .iter()
            .position(|m| before(m) && m.preposition.is_none())
            .or_else(|| mentions.iter().position(before))?;
        // "U.S. Secretary of State Antony Blinken met ..., saying": the
        // country before a title is the person's, not the subject.
        let idx = match (mentions.get(idx), mentions.get(idx + 1)) {
            (Some(country), Some(person))
                if country.kind == MentionKind::Country
                    && person.kind == MentionKind::Person
                    && before(person)
                    && titled_after(
                        scan,
                        country.end_word,
                        person.first_word,
                    ) =>
            {
                idx + 1
            }
            _ => idx,
        };
        return Some(Attribution { mention: idx, pattern: "said-participle" });
    }
    // "..., as confirmed by the White House", "announced by the ministry":
    // a passive speech verb's agent speaks.
    if scan.key(found.end_word) == "by" {
        let agent = mentions.iter().position(|m| {
            outside(m)
                && (found.end_word + 1..m.first_word)
                    .all(|i| matches!(scan.key(i), "the" | "a" | "an"))
                && m.first_word > found.end_word
                && m.first_word <= found.end_word + 2
        });
        if let Some(idx) = agent {
            return Some(Attribution { mention: idx, pattern: "said-by" });
        }
    }
    // "..., said X" / "”, said X, the ...": the speaker follows the verb.
    let gap = scan.gap_before(verb);
    let quote_before = verb
        .checked_sub(1)
        .and_then(|i| scan.words.get(i))
        .is_some_and(|w| inside(regions, w.range.start));
    let after_quote = gap.contains(['”', '"', '»'])
        || (holds_byte(gap, b',') && quote_before);
    // The name may follow a title or adjective in the same capitalised run
    // ("said Lithuanian Foreign Minister Jane Doe").
    let mut run_end = found.end_word;
    while scan.words.get(run_end).is_some_and(|w| w.capital) {
        run_end += 1;
    }
    // "..., said the intelligence officials": a determiner and lowercase
    // modifiers may come before the speaker's head noun.
    let mut lead = found.end_word;
    while lead < found.end_word + 3
        && scan.words.get(lead).is_some_and(|w| !w.capital)
        && scan.gap_before(lead + 1).trim().is_empty()
        && !mentions.iter().any(|m| m.first_word == lead)
        && !matches!(scan.key(lead), "that" | "he" | "she" | "it" | "they")
    {
        lead += 1;
    }
    let in_run = |m: &Mention| {
        m.first_word == found.end_word
            || (m.first_word == lead
                && (matches!(
                    m.kind,
                    MentionKind::Group | MentionKind::Organisation
                ) || (m.kind == MentionKind::Person
                    // "said the Ukrainian President": a title naming
                    // the person the story has named with it.
                    && (found.end_word..lead).all(|i| scan.key(i) == "the"))))
            || (m.first_word > found.end_word
                && m.first_word < run_end
                && m.kind != MentionKind::Country)
    };
    // "..., said the head of the regional administration, Ivan Fedorov":
    // a lowercase office and a comma before the name, which speaks.
    let found_speaker = mentions
        .iter()
        .position(|m| in_run(m) && outside(m))
        .or_else(|| name_after_office(scan, mentions, found.end_word))
        .filter(|&idx| mentions.get(idx).is_some_and(outside));
    if let Some(idx) = found_speaker {
        let idx = affiliated_person(scan, mentions, idx).unwrap_or(idx);
        let next_is_that = scan.key(found.end_word) == "that";
        if after_quote && !next_is_that {
            return Some(Attribution { mention: idx, pattern: "said-after" });
        }
        // Unquoted: "The talks were useful, said Tom Hughes, a spokesman."
        // The name after the verb closes the clause (a comma, or the end).
        // A short time adjunct may end it too ("..., announced the White
        // House on Wednesday.").
        let closes = mentions.get(idx).is_some_and(|m| {
            let after = scan.gap_before(m.end_word);
            m.end_word >= scan.words.len()
                || after.trim_start().starts_with(',')
                // "..., said the official who spoke on condition of
                // anonymity": a relative clause on the speaker.
                || (scan.key(m.end_word) == "who" && after.trim().is_empty())
                || (matches!(
                    scan.key(m.end_word),
                    "on" | "late" | "early" | "earlier" | "last" | "this"
                ) && m.end_word + TIME_ADJUNCT_WORDS_MAX
                    >= scan.words.len())
        });
        // Only a verb of saying inverts: "X, an official, praised Trump."
        // has Trump as its object.
        let inverts = !OBJECT_VERB_RULES.contains(&found.trigger.rule);
        if gap.trim_end().ends_with(',') && !quote_before && closes && inverts {
            return Some(Attribution {
                mention: idx,
                pattern: "said-after-unquoted",
            });
        }
    }
    subject_before(scan, mentions, regions, verb)
}

/// Most words between "quoted" and the "as saying" of its quoted speaker
/// ("quoted Trump on X (Twitter) as saying").
const QUOTED_AS_WORDS_MAX: usize = 7;

/// Speech rules whose verb takes the person it is about as its object
/// ("praised Trump", "thanked the troops"): a name after such a verb is
/// never its inverted subject, as it is after "said".
const OBJECT_VERB_RULES: &[&str] = &[
    "praised",
    "hailed",
    "criticized",
    "condemned",
    "denounced",
    "welcomed",
    "thanked",
    "congratulated",
    "accused",
    "urged",
    "told",
    "called",
    "described",
    "rejected",
    "dismissed",
    "branded",
    "touted",
];

/// "This was reported on Telegram by the regional governor, Ivan Fedorov",
/// "The toll was confirmed by police": the agent of a passive speech verb
/// speaks. "by" follows the verb within `PASSIVE_BY_WORDS_MAX` words; the
/// speaker is the first mention after it, or the name that completes an
/// office there ("by the head of the administration, Ivan Fedorov").
fn passive_agent(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    found: &Found,
    outside: &impl Fn(&Mention) -> bool,
) -> Option<usize> {
    if !scan.is_passive(found.first_word) {
        return None;
    }
    let by = (found.end_word..found.end_word + PASSIVE_BY_WORDS_MAX)
        .take_while(|&i| scan.gap_before(i).trim().is_empty())
        .find(|&i| scan.key(i) == "by")?;
    let first = mentions.iter().position(|m| m.first_word > by)?;
    // "by President Ana Reyes": a title in the name's run counts as
    // direct.
    let direct = (by + 1..mentions.get(first)?.first_word)
        .all(|i| scan.words.get(i).is_some_and(|w| w.capital));
    let idx = if direct {
        first
    } else {
        // "by the head of the administration, Ivan Fedorov".
        name_after_office(scan, mentions, by + 1)?
    };
    mentions.get(idx).filter(|m| outside(m)).map(|_| idx)
}

/// The name that completes an office starting at word `start` ("the head
/// of the regional administration, Ivan Fedorov"): the first mention from
/// `start` on, a person, after lowercase office words (at most
/// `OFFICE_WORDS_MAX`) with no punctuation but the comma before the name.
fn name_after_office(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    start: usize,
) -> Option<usize> {
    let idx = mentions.iter().position(|m| m.first_word >= start)?;
    let m = mentions.get(idx)?;
    (m.kind == MentionKind::Person
        && m.first_word > start + 1
        && m.first_word <= start + OFFICE_WORDS_MAX
        && scan.gap_before(m.first_word).trim() == ","
        && scan.words.get(start).is_some_and(|w| !w.capital)
        && (start + 1..m.first_word)
            .all(|i| scan.gap_before(i).trim().is_empty()))
    .then_some(idx)
}

/// Words at most between a passive speech verb and its "by" ("was reported
/// on Telegram by").
const PASSIVE_BY_WORDS_MAX: usize = 4;

/// Most lowercase words between "according to" and the mention it names
/// ("according to the country's electoral authority").
const ACCORDING_TO_WORDS_MAX: usize = 4;

/// Words at most from a speech verb to the name that completes the office
/// after it ("said the head of the regional military administration, Ivan
/// Fedorov").
const OFFICE_WORDS_MAX: usize = 10;

/// "said Kremlin spokesman Dmitry Peskov", "wrote City Council Secretary
/// Irena Bosak": the body a name opens with is the person's, who speaks.
/// The person follows with at most `AFFILIATION_TITLE_WORDS_MAX` title words
/// between and no punctuation.
fn affiliated_person(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    body: usize,
) -> Option<usize> {
    let first = mentions.get(body)?;
    if !matches!(
        first.kind,
        MentionKind::Organisation | MentionKind::Group | MentionKind::Country
    ) {
        return None;
    }
    let person = mentions.get(body + 1)?;
    (person.kind == MentionKind::Person
        && person.first_word >= first.end_word
        && person.first_word <= first.end_word + AFFILIATION_TITLE_WORDS_MAX
        && (first.end_word..=person.first_word)
            .all(|i| scan.gap_before(i).trim().is_empty())
        && (first.end_word..person.first_word).all(|i| {
            let key = scan.key(i);
            key.len() > 2
                && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !super::actors::function_words().contains(key)
                && !super::events::is_speech_word(key)
        }))
    .then_some(body + 1)
}

/// Title words at most between a body and a person's name ("Kremlin
/// deputy chief of staff" is four).
const AFFILIATION_TITLE_WORDS_MAX: usize = 3;

/// Most words of a title between a country and a person's name
/// ("Secretary of State").
const TITLE_WORDS_MAX: usize = 4;

/// Whether the words from `from` to `to` are a title's (capitalised, or
/// "of"): "U.S. Secretary of State Antony Blinken".
fn titled_after(scan: &Scan<'_, '_>, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= TITLE_WORDS_MAX
        && (from..to).all(|i| {
            scan.words.get(i).is_some_and(|w| w.capital)
                || matches!(scan.key(i), "of" | "for")
        })
}

/// Words a closing time adjunct may take ("on Wednesday", "late on
/// Tuesday night").
const TIME_ADJUNCT_WORDS_MAX: usize = 4;

/// The subject of an absolute phrase ("with analysts warning"): the
/// mention that ends right before the participle and follows "with".
fn absolute_subject(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    regions: &[Range],
    verb: usize,
) -> Option<usize> {
    mentions.iter().rposition(|m| {
        m.end_word == verb
            && !inside(regions, m.range.start)
            && speaker_like(m)
            && m.first_word
                .checked_sub(1)
                .is_some_and(|w| scan.key(w) == "with")
    })
}

fn gap_start(scan: &Scan<'_, '_>, idx: usize) -> usize {
    idx.checked_sub(1)
        .and_then(|i| scan.words.get(i))
        .map_or(0, |w| w.range.end)
}

/// The subject of a speech verb: the mention right before it (adverbs and
/// auxiliaries between allowed), the name before an appositive ("X, the
/// dean, said"), or the first mention of the clause.
fn subject_before(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    regions: &[Range],
    verb: usize,
) -> Option<Attribution> {
    let outside = |m: &Mention| speaker_outside_quotes(regions, m);
    let mut pos = verb;
    while pos > 0 && BETWEEN.contains(scan.key(pos - 1)) {
        pos -= 1;
    }
    // "officials from Gansu said", "leaders in Europe said": the speaker
    // is the group before the place.
    let mut place_start = pos;
    while place_start > 0
        && scan.words.get(place_start - 1).is_some_and(|w| w.capital)
        && !mentions.iter().any(|m| {
            m.end_word == place_start && outside(m) && !m.is_place_use()
        })
    {
        place_start -= 1;
    }
    if place_start < pos
        && let Some(preposition) = place_start.checked_sub(1)
        && matches!(scan.key(preposition), "from" | "in" | "of")
        && let Some(idx) = mentions
            .iter()
            .rposition(|m| m.end_word == preposition && outside(m))
    {
        return Some(Attribution { mention: idx, pattern: "said-before" });
    }
    // "President X of neighboring Argentina said", "officials from
    // northern Gaza said": a known place after "of", "from" or "in" (and
    // up to two lowercase modifiers) describes the speaker before it.
    if let Some(place) = mentions.iter().rposition(|m| {
        m.end_word == pos
            && outside(m)
            && matches!(m.kind, MentionKind::Country | MentionKind::Place)
    }) && let Some(preposition) = mentions.get(place).and_then(|m| {
        (1..=3).map(|back| m.first_word.checked_sub(back)).find_map(|at| {
            let at = at?;
            match scan.key(at) {
                "of" | "from" | "in" => Some(Some(at)),
                _ if scan.words.get(at).is_some_and(|w| !w.capital) => None,
                _ => Some(None),
            }
        })?
    }) && let Some(idx) = mentions.iter().rposition(|m| {
        m.end_word == preposition && outside(m) && speaker_like(m)
    }) {
        return Some(Attribution { mention: idx, pattern: "said-before" });
    }
    // "officials from his party said", "Officials from the party of
    // former Prime Minister X say": a plural group before a prepositional
    // phrase that runs up to the verb speaks, not the names inside it.
    if let Some(idx) = group_before_phrase(scan, mentions, pos, outside) {
        return Some(Attribution { mention: idx, pattern: "said-before" });
    }
    // "Maria Lopez, a spokeswoman for Prime Minister Keir Starmer, said":
    // the name before a descriptive appositive speaks, not the name that
    // ends it.
    if let Some(idx) = described_subject(scan, mentions, pos, outside) {
        return Some(Attribution { mention: idx, pattern: "said-appositive" });
    }
    if let Some(idx) =
        mentions.iter().rposition(|m| m.end_word == pos && outside(m))
    {
        // "X and Y said": the first of the coordinated subjects leads,
        // over a determiner and modifiers ("officials and a resident",
        // "officials and state media").
        let coordinated = mentions
            .get(idx)
            .and_then(|m| m.first_word.checked_sub(1))
            .map(|mut before| {
                for _ in 0..2 {
                    let key = scan.key(before);
                    let modifier = matches!(key, "a" | "an" | "the")
                        || scan.words.get(before).is_some_and(|w| {
                            !w.capital && key != "and" && key.len() > 2
                        });
                    if !modifier || before == 0 {
                        break;
                    }
                    before -= 1;
                }
                before
            })
            .filter(|and| scan.key(*and) == "and");
        let first = coordinated
            .and_then(|and| {
                mentions.iter().rposition(|m| m.end_word == and && outside(m))
            })
            .unwrap_or(idx);
        return Some(Attribution { mention: first, pattern: "said-before" });
    }
    if scan.gap_before(pos).trim_start().starts_with(',') {
        // Walk back over the appositive to the comma that opens it.
        let mut open = pos.saturating_sub(1);
        while open > 0 && !scan.gap_holds(open, b',') {
            open -= 1;
        }
        if let Some(idx) =
            mentions.iter().rposition(|m| m.end_word == open && outside(m))
        {
            return Some(Attribution {
                mention: idx,
                pattern: "said-appositive",
            });
        }
    }
    if let Some(idx) = possessor_before(scan, mentions, pos, outside) {
        return Some(Attribution { mention: idx, pattern: "said-possessor" });
    }
    let clause = clause_start(scan, regions, verb);
    let idx = mentions.iter().position(|m| {
        m.first_word >= clause && m.end_word <= verb && outside(m)
    })?;
    // "National Assembly Speaker Woo Won Shik had swiftly declared": the
    // body before a title and a name is the person's, who speaks.
    let idx = affiliated_person(scan, mentions, idx).unwrap_or(idx);
    Some(Attribution { mention: idx, pattern: "said-subject" })
}

/// Longest prepositional phrase, in words, between a group and its verb.
const GROUP_PHRASE_WORDS_MAX: usize = 10;

/// A plural group ("officials", "sources", "spokespeople"), or one
/// anonymous official or source, that ends right before "from", "of", "in", "at", "with" or "for", followed by a phrase without
/// commas or quotes up to the verb at `pos`.
fn group_before_phrase(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    pos: usize,
    outside: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let floor = pos.saturating_sub(GROUP_PHRASE_WORDS_MAX);
    let mut at = pos;
    while at > floor {
        at -= 1;
        if scan.gap_before(at + 1).contains([',', ';', ':', '"', '“', '”'])
        {
            return None;
        }
        if !matches!(scan.key(at), "from" | "of" | "in" | "at" | "with" | "for")
        {
            continue;
        }
        let group = mentions.iter().rposition(|m| {
            m.end_word == at
                && m.kind == MentionKind::Group
                && (m.actor_name().ends_with('s')
                    || m.actor_name().ends_with("people")
                    || anonymous_one(scan, m))
                && outside(m)
        });
        if group.is_some() {
            return group;
        }
    }
    None
}

/// Whether a singular group mention is one anonymous official or source
/// ("an official from Mr Ruto's office", "a senior source in the
/// ministry"): an indefinite article opens its phrase, modifiers between.
fn anonymous_one(scan: &Scan<'_, '_>, mention: &Mention) -> bool {
    // Not an appositive: in "Fawad Chaudhry, a senior official with the
    // party, said" the name speaks.
    matches!(mention.actor_name(), "official" | "officials" | "source")
        && (mention.first_word.saturating_sub(3)..mention.first_word).any(|i| {
            let gap = scan.gap_before(i);
            let appositive =
                holds_byte(gap, b',') && !gap.contains(['"', '”', '»']);
            matches!(scan.key(i), "a" | "an" | "one") && !appositive
        })
}

/// Longest appositive, in words, walked back over to its subject.
const APPOSITIVE_WORDS_MAX: usize = 16;

/// The subject before a descriptive appositive that ends right before the
/// speech verb at `pos`: "Oleksiy Arestovych, an adviser to President
/// Volodymyr Zelensky, said", "Moscow, which denies the charges, said".
/// The appositive opens with a comma and a lowercase word (a determiner,
/// a role, "who", a participle) or a possessor before a role in lower case
/// ("Spain's foreign minister"), so an appositive that is itself a name
/// ("Ukraine's president, Volodymyr Zelensky, said") is not one.
fn described_subject(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    pos: usize,
    outside: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    if !scan.gap_before(pos).trim_start().starts_with(',') {
        return None;
    }
    let mut open = pos.checked_sub(1)?;
    while !scan.gap_holds(open, b',') {
        let gap = scan.gap_before(open);
        if open == 0
            || pos - open > APPOSITIVE_WORDS_MAX
            || gap.contains(['"', '“', '”', '«', '»', ';', ':', '('])
        {
            return None;
        }
        open -= 1;
    }
    // "Maria Lopez, Spain's foreign minister, said", "Smith, Britain's
    // ambassador to the UN, said": a possessor and a role in lower case
    // describe the name before them, as "the foreign minister of Spain"
    // would.
    let possessed_role = || {
        scan.words.get(open).is_some_and(|w| w.possessive)
            && (open + 1..pos)
                .take_while(|&i| scan.words.get(i).is_some_and(|w| !w.capital))
                .any(|i| scan.lexicon.is_role(scan.key(i)))
    };
    if scan.gap_before(open).trim() != ","
        || (scan.words.get(open)?.capital && !possessed_role())
    {
        return None;
    }
    mentions.iter().rposition(|m| m.end_word == open && outside(m))
}

/// Most lowercase words between a possessor and its speech verb ("Russia's
/// top security agency said").
const POSSESSED_WORDS_MAX: usize = 4;

/// "..., Russia's top security agency said": a body the lexicon does not
/// name speaks for its possessor. The mention that ends in the possessive
/// right before a few lowercase words and the verb at `pos`.
fn possessor_before(
    scan: &Scan<'_, '_>,
    mentions: &[Mention],
    pos: usize,
    outside: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let mut at = pos;
    for _ in 0..POSSESSED_WORDS_MAX {
        let before = at.checked_sub(1)?;
        let word = scan.words.get(before)?;
        if word.possessive {
            return mentions
                .iter()
                .rposition(|m| m.end_word == before + 1 && outside(m));
        }
        if word.capital || scan.gap_before(at).contains([',', ';', ':']) {
            return None;
        }
        at = before;
    }
    None
}

/// Conjunctions that, after a comma, open a clause of its own.
const CONTRAST_CONJUNCTIONS: &[&str] =
    &["but", "yet", "although", "though", "whereas"];

/// The first word of the clause a verb is in: after the last closing quote
/// or semicolon before it, or at a contrasting conjunction after a comma.
pub fn clause_start(
    scan: &Scan<'_, '_>,
    regions: &[Range],
    verb: usize,
) -> usize {
    let mut idx = verb;
    while idx > 0 {
        let gap = scan.gap_before(idx);
        if gap.contains([';', '”', '»'])
            || (holds_byte(gap, b'"')
                && inside(regions, gap_start(scan, idx).saturating_sub(1)))
        {
            return idx;
        }
        if scan
            .words
            .get(idx - 1)
            .is_some_and(|w| inside(regions, w.range.start))
        {
            return idx;
        }
        // "No group has claimed responsibility, but Kashmir has been
        // gripped by insurgency": a contrasting conjunction after a comma
        // opens a clause of its own (its subject, its negation).
        if gap.contains(',') && CONTRAST_CONJUNCTIONS.contains(&scan.key(idx)) {
            return idx;
        }
        idx -= 1;
    }
    0
}
