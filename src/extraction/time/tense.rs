//! Tense of the clause around a time expression, from nearby cue words.
//!
//! It looks at most `WINDOW_TOKENS` tokens to each side, inside the
//! sentence, so the cost per expression is bounded. The nearest cue wins;
//! cues to the right and reporting verbs ("said") count as farther away,
//! because in news the verb that governs an adjunct usually precedes it and
//! "said" frames the clause rather than dating it.

use super::super::fxhash::WordList;
use super::token::{Kind, Token, lowercase};

/// How far, in tokens, the detector looks on each side.
const WINDOW_TOKENS: usize = 12;

/// How far it looks to the left when the window holds no cue: the verb
/// of a long clause may stand well before its date ("will travel to
/// Mumbai today to meet business leaders and port officials before
/// leaving for Hanoi on Wednesday morning").
const LEFT_REACH_TOKENS: usize = 24;

/// Extra distance for a cue to the right of the expression.
const RIGHT_PENALTY: usize = 2;

/// Further distance for a reporting verb to the right: "will visit the US
/// Sunday, the ministry announced Friday" is dated by "will", not by the
/// announcing that follows.
const RIGHT_REPORTING_PENALTY: usize = 6;

/// The tense of the clause an expression sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// The tense plus whether the deciding cue was "next", which alone moves a
/// weekday equal to the publication weekday a week ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Clause {
    pub tense: Tense,
    pub says_next: bool,
}

/// A cue word: its tense, its extra distance, and whether it is "next".
#[derive(Clone, Copy)]
struct Cue {
    tense: Tense,
    penalty: usize,
    is_next: bool,
    reporting: bool,
}

/// The clause around tokens `first..last`, read on first use: most
/// expressions (full dates, years, durations) resolve without a tense,
/// and reading one looks at every token of a window on each side.
/// `clause_at` only reads the text and tokens, so reading it later, or
/// not at all, changes nothing else.
pub(super) struct LazyClause<'t> {
    text: &'t str,
    tokens: &'t [Token],
    first: usize,
    last: usize,
    clause: std::cell::OnceCell<Clause>,
}

impl<'t> LazyClause<'t> {
    /// The clause around tokens `first..last` of `text`, not read yet.
    pub(super) fn new(
        text: &'t str,
        tokens: &'t [Token],
        first: usize,
        last: usize,
    ) -> LazyClause<'t> {
        LazyClause {
            text,
            tokens,
            first,
            last,
            clause: std::cell::OnceCell::new(),
        }
    }

    /// Whether a word that schedules what it dates stands right before the
    /// expression, over an "on" ("payable on Nov. 15", "starting July 1",
    /// "effective Jan. 1"): the date is the nearest one, whatever the
    /// clause's tense ("voted to raise rates starting July 1").
    pub(super) fn scheduled(&self) -> bool {
        const SCHEDULING: &[&[u8]] = &[
            b"starting",
            b"beginning",
            b"effective",
            b"payable",
            b"due",
            b"from",
        ];
        let mut at = self.first.checked_sub(1);
        if let Some(on) = at
            && word_at(self.text, self.tokens, on).eq_ignore_ascii_case(b"on")
        {
            at = on.checked_sub(1);
        }
        at.is_some_and(|at| {
            let word = word_at(self.text, self.tokens, at);
            SCHEDULING.iter().any(|w| w.eq_ignore_ascii_case(word))
        })
    }

    /// The clause (read now if it was not yet).
    pub(super) fn get(&self) -> Clause {
        *self.clause.get_or_init(|| {
            clause_at(self.text, self.tokens, self.first, self.last)
        })
    }
}

/// The tense around tokens `first..last` (exclusive end).
pub(super) fn clause_at(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Clause {
    let sentence = tokens.get(first).map_or(0, |token| token.sentence);
    let mut best: Option<(usize, Cue)> = None;
    let mut says_next = false;
    let mut consider = |index: usize, distance: usize, right: bool| -> bool {
        // Beyond the window only a firm cue counts: "will" reaches far,
        // "would" (a future seen from the past) and modals do not.
        let cue = cue_at(text, tokens, index)
            .filter(|cue| distance <= WINDOW_TOKENS || cue.penalty == 0);
        if let Some(cue) = cue {
            says_next |= cue.is_next;
            // Only when the expression's own clause has a cue of its own
            // on the left ("will visit ... Sunday, the ministry announced");
            // a fronted adverbial ("On Wednesday, X said Y would ...") is
            // dated by the reporting verb after it.
            let reporting_after = if right && cue.reporting && best.is_some() {
                RIGHT_REPORTING_PENALTY
            } else {
                0
            };
            let score = distance + cue.penalty + reporting_after;
            if best.is_none_or(|(best_score, _)| score < best_score) {
                best = Some((score, cue));
            }
        }
        cue.is_some()
    };
    let mut left_cue = false;
    for distance in 1..=LEFT_REACH_TOKENS {
        if distance > WINDOW_TOKENS && left_cue {
            break;
        }
        let Some(index) = first.checked_sub(distance) else { break };
        match tokens.get(index) {
            Some(token) if token.sentence == sentence => {
                left_cue |= consider(index, distance, false);
            }
            _ => break,
        }
    }
    for distance in 0..WINDOW_TOKENS {
        let index = last + distance;
        // "announced ... at 4:27 a.m. Wednesday that he will hold": the
        // reported clause after "that" has a tense of its own.
        // "would taper off by Friday afternoon but warned that ...": a
        // clause joined by a conjunction has a tense of its own too.
        let word = word_at(text, tokens, index);
        if [
            &b"that"[..],
            b"and",
            b"but",
            b"while",
            b"although",
            b"though",
            b"because",
        ]
        .iter()
        .any(|stop| word.eq_ignore_ascii_case(stop))
        {
            break;
        }
        match tokens.get(index) {
            Some(token) if token.sentence == sentence => {
                consider(index, distance + 1 + RIGHT_PENALTY, true);
            }
            _ => break,
        }
    }
    match best {
        Some((_, cue)) => Clause { tense: cue.tense, says_next },
        None => Clause { tense: Tense::Unknown, says_next: false },
    }
}

fn word_at<'t>(text: &'t str, tokens: &[Token], index: usize) -> &'t [u8] {
    tokens
        .get(index)
        .filter(|token| token.kind == Kind::Word)
        .and_then(|token| text.get(token.start..token.end))
        .map_or(b"", str::as_bytes)
}

fn is_apostrophe(tokens: &[Token], index: usize) -> bool {
    tokens.get(index).is_some_and(|token| {
        token.kind == Kind::Punct && matches!(token.value, 0x27 | 0x2019)
    })
}

/// The cue at token `index`, if its word is one.
fn cue_at(text: &str, tokens: &[Token], index: usize) -> Option<Cue> {
    let raw = word_at(text, tokens, index);
    if raw.is_empty() {
        return None;
    }
    // Most words are no cue: the filter (blind to ASCII case, as word
    // tokens are letters) rules them out before lowercasing and comparing.
    let ends_in_ed =
        matches!(raw, [.., e, d] if e | 0x20 == b'e' && d | 0x20 == b'd');
    if !CUE_WORDS.may_contain_bytes(raw) && !ends_in_ed {
        return None;
    }
    let mut buffer = [0u8; 16];
    let word = lowercase(raw, &mut buffer)?;
    let next = word_at(text, tokens, index + 1);
    let next_is_to = next.eq_ignore_ascii_case(b"to");
    let cue = |tense, penalty| {
        Some(Cue { tense, penalty, is_next: false, reporting: false })
    };
    match word {
        b"next" => Some(Cue {
            tense: Tense::Future,
            penalty: 0,
            is_next: true,
            reporting: false,
        }),
        b"will" | b"shall" | b"upcoming" | b"tomorrow" | b"scheduled"
        | b"planned" | b"plans" | b"plan" | b"expected" | b"expects"
        | b"expect" | b"intends" | b"aims" | b"coming" | b"slated" => {
            cue(Tense::Future, 0)
        }
        // "is forecast to reach 34C on Monday", "likely to fall by
        // Friday", "poised to win in March".
        b"forecast" | b"predicted" | b"projected" | b"likely" | b"unlikely"
        | b"poised" | b"about"
            if next_is_to =>
        {
            cue(Tense::Future, 0)
        }
        // "targeted for Feb. 12", "set for March": a date being aimed at.
        b"targeted" | b"pencilled" | b"penciled" | b"earmarked"
            if next.eq_ignore_ascii_case(b"for") =>
        {
            cue(Tense::Future, 0)
        }
        // A schedule in the present: "early voting begins Oct. 22", "the
        // festival, which opens on Monday", "the truce expires Friday".
        b"begins" | b"starts" | b"opens" | b"ends" | b"expires" | b"closes"
        | b"resumes" | b"kicks" => cue(Tense::Future, 1),
        b"takes" if next.eq_ignore_ascii_case(b"effect") => {
            cue(Tense::Future, 1)
        }
        // Modals look ahead ("could reach the Caribbean by Thursday",
        // "should expect delays on Monday") unless a perfect follows
        // ("may have left on Friday") or, for "could", a negation
        // ("could not be reached for comment on Friday").
        b"should" | b"must" | b"might" | b"could"
            if !next.eq_ignore_ascii_case(b"have")
                && !(word == b"could"
                    && (next.eq_ignore_ascii_case(b"not")
                        || is_apostrophe(tokens, index + 1))) =>
        {
            cue(Tense::Future, 2)
        }
        b"may"
            if !raw.first().is_some_and(u8::is_ascii_uppercase)
                && !next.eq_ignore_ascii_case(b"have") =>
        {
            cue(Tense::Future, 2)
        }
        b"ll" if index > 0 && is_apostrophe(tokens, index - 1) => {
            cue(Tense::Future, 0)
        }
        b"won" if is_apostrophe(tokens, index + 1) => cue(Tense::Future, 0),
        b"going" | b"set" | b"is" | b"are" if next_is_to => {
            cue(Tense::Future, 0)
        }
        // "is due to arrive on Monday"; not "damage due to missile strikes
        // on Monday", a cause.
        b"due" if next_is_to && due_verb(word_at(text, tokens, index + 2)) => {
            cue(Tense::Future, 0)
        }
        // "agreed to meet again in July": the infinitive's time follows
        // the agreeing, whatever its tense; "agreed to a truce on Monday"
        // has no infinitive.
        // A wish in the present looks ahead too ("hopes to restore it by
        // the fourth quarter"); in the past it may have come true since
        // ("pledged to end the war upon taking office in January").
        b"agreed" | b"agree" | b"agrees" | b"decided" | b"voted" | b"hope"
        | b"hopes" | b"promise" | b"promises" | b"pledge" | b"pledges"
        | b"vow" | b"vows" | b"want" | b"wants" | b"intend" | b"aim"
        | b"threatens" | b"threaten" | b"ready"
            if next_is_to && !determiner(word_at(text, tokens, index + 2)) =>
        {
            cue(Tense::Future, 0)
        }
        b"would" => cue(Tense::Future, 2),
        // "since July" looks back, whatever the clause's tense.
        b"since" => cue(Tense::Past, 0),
        b"is" | b"are" | b"am" => cue(Tense::Present, 1),
        // Reporting verbs frame the clause rather than date it: "will
        // visit the US Sunday, the ministry announced Friday".
        b"said" | b"says" | b"say" | b"told" | b"added" | b"stated"
        | b"according" | b"announced" | b"reported" | b"confirmed"
        | b"noted" | b"wrote" | b"tweeted" | b"posted" | b"declared" => {
            Some(Cue {
                tense: Tense::Past,
                penalty: 3,
                is_next: false,
                reporting: true,
            })
        }
        // "will have a meeting on Tuesday afternoon" is a plan, and "to
        // have talks" an infinitive, not a perfect; "would have" stays one
        // ("the talks, which would have been held on Tuesday").
        b"have" => {
            let before = index
                .checked_sub(1)
                .map_or(&b""[..], |at| word_at(text, tokens, at));
            if [&b"will"[..], b"shall", b"ll"]
                .iter()
                .any(|modal| modal.eq_ignore_ascii_case(before))
            {
                cue(Tense::Future, 0)
            } else if before.eq_ignore_ascii_case(b"to") {
                None
            } else {
                cue(Tense::Past, 1)
            }
        }
        b"has" => cue(Tense::Past, 1),
        // After "be" a participle is passive ("will be held"): the
        // auxiliary before it carries the tense.
        // A participle before "by" with no "be" is a reduced passive
        // ("a meeting on Tuesday afternoon followed by talks"), no tense.
        // After an article or a possessive it describes a noun ("a
        // restricted meeting", "the revised plan"), no tense either.
        _ if is_past_form(word, raw)
            && !after_be(text, tokens, index)
            && !next.eq_ignore_ascii_case(b"by")
            && !after_article(text, tokens, index) =>
        {
            cue(Tense::Past, 0)
        }
        _ => None,
    }
}

/// Whether the word before token `index` is an article or a possessive
/// determiner, so that a participle there is an adjective.
/// A number, a quantifier or a preposition before it ("three televised
/// debates", "many injured people", "with guided tours") and a word
/// hyphenated to it ("the worst-affected areas", "Russian-backed forces")
/// make it an adjective too.
fn after_article(text: &str, tokens: &[Token], index: usize) -> bool {
    const ARTICLES: &[&[u8]] = &[
        b"a",
        b"an",
        b"the",
        b"his",
        b"her",
        b"its",
        b"their",
        b"our",
        b"two",
        b"three",
        b"four",
        b"five",
        b"six",
        b"seven",
        b"eight",
        b"nine",
        b"ten",
        b"many",
        b"several",
        b"some",
        b"most",
        b"more",
        b"few",
        b"with",
        b"for",
        b"of",
        b"from",
        b"among",
        b"into",
        b"about",
        b"without",
        b"including",
    ];
    let Some(before) = index.checked_sub(1) else { return false };
    let glued = tokens.get(index).is_some_and(|token| !token.space_before);
    match tokens.get(before) {
        Some(token) if token.kind == Kind::Number => true,
        Some(token) if token.kind == Kind::Punct => {
            glued && matches!(token.value, 0x2d | 0x2010 | 0x2011)
        }
        _ => {
            let word = word_at(text, tokens, before);
            ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(word))
        }
    }
}

/// Whether a word is a verb "due to" schedules ("due to arrive", "due to
/// hold talks"), so that "due to" is a plan rather than a cause.
fn due_verb(word: &[u8]) -> bool {
    const VERBS: &[&[u8]] = &[
        b"be",
        b"arrive",
        b"begin",
        b"start",
        b"meet",
        b"visit",
        b"travel",
        b"hold",
        b"have",
        b"host",
        b"sign",
        b"attend",
        b"open",
        b"resume",
        b"return",
        b"leave",
        b"speak",
        b"address",
        b"end",
        b"expire",
        b"take",
        b"deliver",
        b"announce",
        b"vote",
        b"fly",
        b"land",
        b"convene",
        b"launch",
        b"make",
        b"give",
        b"close",
        b"hear",
        b"face",
        b"appear",
        b"testify",
        b"publish",
        b"release",
        b"report",
        b"decide",
        b"rule",
        b"finish",
        b"come",
        b"go",
        b"get",
        b"continue",
        b"conclude",
        b"join",
        b"receive",
    ];
    VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// Whether a word opens a noun phrase ("to a truce", "to the terms"), so
/// that a "to" before it is a preposition, not an infinitive's.
fn determiner(word: &[u8]) -> bool {
    const DETERMINERS: &[&[u8]] = &[
        b"a", b"an", b"the", b"its", b"their", b"his", b"her", b"our", b"this",
        b"that", b"these", b"those", b"any", b"some", b"no", b"all", b"new",
    ];
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Every word `cue_at` names, and the irregular past forms of
/// `is_past_form`: a word outside them and not ending in "ed" is no cue.
static CUE_WORDS: WordList = WordList::new(&[
    "next",
    "will",
    "shall",
    "upcoming",
    "tomorrow",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "expected",
    "expects",
    "intends",
    "aims",
    "coming",
    "ll",
    "won",
    "going",
    "set",
    "is",
    "are",
    "due",
    "agreed",
    "agree",
    "agrees",
    "decided",
    "voted",
    "would",
    "since",
    "am",
    "said",
    "says",
    "say",
    "told",
    "added",
    "stated",
    "according",
    "announced",
    "reported",
    "confirmed",
    "noted",
    "wrote",
    "tweeted",
    "posted",
    "declared",
    "expect",
    "slated",
    "forecast",
    "predicted",
    "projected",
    "likely",
    "unlikely",
    "poised",
    "about",
    "targeted",
    "pencilled",
    "penciled",
    "earmarked",
    "begins",
    "starts",
    "opens",
    "ends",
    "expires",
    "closes",
    "resumes",
    "kicks",
    "takes",
    "should",
    "must",
    "might",
    "could",
    "may",
    "hope",
    "hopes",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "want",
    "wants",
    "intend",
    "aim",
    "threatens",
    "threaten",
    "ready",
    "has",
    "have",
    "was",
    "were",
    "had",
    "did",
    "met",
    "went",
    "came",
    "left",
    "took",
    "made",
    "gave",
    "held",
    "spoke",
    "saw",
    "began",
    "lost",
    "sent",
    "struck",
    "fell",
    "rose",
    "flew",
    "got",
    "became",
    "brought",
    "thought",
    "found",
    "knew",
    "ran",
    "stood",
    "heard",
    "paid",
    "sold",
    "built",
    "kept",
    "led",
    "shot",
    "broke",
    "chose",
    "fought",
    "caught",
    "sought",
    "spent",
    "felt",
    "threw",
    "ago",
    "yesterday",
    "earlier",
    "previously",
    "shrank",
    "grew",
    "sank",
    "drew",
    "drove",
    "bought",
    "taught",
    "fled",
    "hid",
    "withdrew",
    "oversaw",
    "underwent",
    "upheld",
    "froze",
    "stole",
    "dealt",
    "meant",
    "slept",
    "swept",
    "dug",
    "hung",
    "swung",
    "arose",
    "overcame",
    "wore",
    "tore",
    "rode",
    "swore",
    "forgave",
    "understood",
]);

/// Irregular past forms and regular `-ed` verbs (not capitalized proper
/// names such as "United", not words like "need" or "hundred").
fn is_past_form(word: &[u8], raw: &[u8]) -> bool {
    let irregular = matches!(
        word,
        b"was"
            | b"were"
            | b"had"
            | b"did"
            | b"met"
            | b"went"
            | b"came"
            | b"left"
            | b"took"
            | b"made"
            | b"gave"
            | b"held"
            | b"spoke"
            | b"saw"
            | b"began"
            | b"won"
            | b"lost"
            | b"sent"
            | b"struck"
            | b"fell"
            | b"rose"
            | b"flew"
            | b"got"
            | b"became"
            | b"brought"
            | b"thought"
            | b"found"
            | b"knew"
            | b"wrote"
            | b"ran"
            | b"stood"
            | b"heard"
            | b"paid"
            | b"sold"
            | b"built"
            | b"kept"
            | b"led"
            | b"shot"
            | b"broke"
            | b"chose"
            | b"fought"
            | b"caught"
            | b"sought"
            | b"spent"
            | b"felt"
            | b"threw"
            | b"ago"
            | b"yesterday"
            | b"earlier"
            | b"previously"
            | b"shrank"
            | b"grew"
            | b"sank"
            | b"drew"
            | b"drove"
            | b"bought"
            | b"taught"
            | b"fled"
            | b"hid"
            | b"withdrew"
            | b"oversaw"
            | b"underwent"
            | b"upheld"
            | b"froze"
            | b"stole"
            | b"dealt"
            | b"meant"
            | b"slept"
            | b"swept"
            | b"dug"
            | b"hung"
            | b"swung"
            | b"arose"
            | b"overcame"
            | b"wore"
            | b"tore"
            | b"rode"
            | b"swore"
            | b"forgave"
            | b"understood"
    );
    if irregular {
        return true;
    }
    let capitalized = raw.first().is_some_and(u8::is_ascii_uppercase);
    word.len() >= 5
        && word.ends_with(b"ed")
        && !word.ends_with(b"eed")
        && !capitalized
        && word != b"hundred"
}

/// Whether the word before `index` is a form of "be" that makes a
/// participle passive or progressive.
fn after_be(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(before) = index.checked_sub(1) else { return false };
    let word = word_at(text, tokens, before);
    // "will stay closed until Wednesday": after a linking verb a
    // participle is an adjective, and the verb before it has the tense.
    [
        b"be".as_slice(),
        b"been",
        b"being",
        b"is",
        b"are",
        b"stay",
        b"stays",
        b"remain",
        b"remains",
        b"get",
        b"gets",
        b"become",
        b"becomes",
        b"seem",
        b"seems",
        b"keep",
        b"keeps",
    ]
    .iter()
    .any(|be| word.eq_ignore_ascii_case(be))
}
