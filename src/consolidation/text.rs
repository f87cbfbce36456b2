//! Text helpers for consolidation: content stems of a passage, place
//! containment through the gazetteer, and normalised claim values.
//!
//! Everything here is a pure function of its arguments (and the builtin
//! lexicon), so matching and merging stay functions of the members alone.

use crate::domain::Observation;
use crate::extraction::Lexicon;
use crate::extraction::lexicon::EntryKind;
use std::borrow::Cow;
use std::sync::Arc;

/// Words too common to say what a passage is about.
const STOPWORDS: &[&str] = &[
    "about", "added", "after", "again", "against", "also", "and", "are",
    "been", "before", "being", "between", "both", "but", "can", "could", "did",
    "does", "during", "each", "for", "from", "further", "had", "has", "have",
    "having", "here", "his", "her", "into", "its", "just", "more", "most",
    "much", "not", "now", "only", "other", "our", "over", "said", "same",
    "say", "says", "saying", "should", "some", "stated", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "told", "under", "until", "very", "was", "were",
    "what", "when", "where", "which", "while", "who", "will", "with", "would",
    "you", "your",
];

/// Suffixes stripped (longest first) so that inflections meet.
const SUFFIXES: &[&str] = &[
    "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "ies", "ied",
    "ers", "er", "ed", "es", "ly", "s",
];

/// Letters a stem keeps at most; with suffix stripping this lets
/// "agreed", "agrees" and "agreement" meet.
const STEM_CHARS_MAX: usize = 6;

/// Lowercase alphanumeric words of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A light stem: a known suffix stripped (keeping at least three letters),
/// then cut to a few letters.
pub fn stem(word: &str) -> String {
    if word.is_ascii() {
        return stem_ascii(word).to_string();
    }
    let mut base = word;
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix)
            && rest.chars().count() >= 3
        {
            base = rest;
            break;
        }
    }
    while base.chars().count() > 3
        && let Some(rest) = base.strip_suffix('e')
    {
        base = rest;
    }
    // The first `STEM_CHARS_MAX` characters, copied at once.
    match base.char_indices().nth(STEM_CHARS_MAX) {
        Some((end, _)) => base[..end].to_string(),
        None => base.to_string(),
    }
}

/// `stem` of an ASCII word, where a byte is a character: the same
/// suffix, `e` and length rules counted in bytes, without counting
/// characters or copying.
fn stem_ascii(word: &str) -> &str {
    debug_assert!(word.is_ascii(), "stem_ascii takes ASCII words");
    let mut base = word;
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix)
            && rest.len() >= 3
        {
            base = rest;
            break;
        }
    }
    while base.len() > 3
        && let Some(rest) = base.strip_suffix('e')
    {
        base = rest;
    }
    &base[..base.len().min(STEM_CHARS_MAX)]
}

/// Sorted, distinct content stems of an observation's summary and quote,
/// leaving out stopwords, short words and its actors' names.
pub fn content_stems(o: &Observation) -> Vec<String> {
    stems_of(o, false)
}

/// The non-empty alphanumeric runs of a text, as `stems_of` cuts them.
fn split_words(text: &str) -> impl Iterator<Item = &str> + Clone {
    fn separator(c: char) -> bool {
        !c.is_alphanumeric()
    }
    fn non_empty(w: &&str) -> bool {
        !w.is_empty()
    }
    text.split(separator as fn(char) -> bool)
        .filter(non_empty as fn(&&str) -> bool)
}

/// The stems of an observation's summary and quote: words of four letters
/// or more, not stopwords, not its actors' names; for a topic also not
/// framing words or names (capitalised words after the first), with
/// synonyms folded.
fn stems_of(o: &Observation, topic: bool) -> Vec<String> {
    // The summary's words, then the quote's (as splitting the two joined
    // by a space would give).
    let tokens = split_words(&o.summary)
        .chain(o.quote.as_deref().map(split_words).into_iter().flatten());
    let names: Vec<String> = if topic {
        tokens
            .clone()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(str::to_lowercase)
            .collect()
    } else {
        Vec::new()
    };
    let actor_words: Vec<String> =
        o.actors.iter().flat_map(|a| words(a)).collect();
    static SORTED: std::sync::OnceLock<(Vec<&str>, Vec<&str>)> =
        std::sync::OnceLock::new();
    let (stopwords, framing) = SORTED.get_or_init(|| {
        let sorted = |list: &[&'static str]| {
            let mut list = list.to_vec();
            list.sort_unstable();
            list
        };
        (sorted(STOPWORDS), sorted(FRAMING_WORDS))
    });
    // Membership in a word list, by binary search in a sorted copy.
    let is_in = |list: &[&str], w: &str| list.binary_search(&w).is_ok();
    let mut out: Vec<String> = Vec::new();
    // One buffer for the lowercase form of ASCII words (most of them);
    // others go through `str::to_lowercase`, as before.
    let mut ascii = String::new();
    let mut other;
    for token in tokens {
        let w: &str = if token.is_ascii() {
            if token.len() < 4 {
                // Fewer than four characters: never a stem.
                continue;
            }
            ascii.clear();
            ascii.push_str(token);
            ascii.make_ascii_lowercase();
            &ascii
        } else {
            other = token.to_lowercase();
            &other
        };
        if w.chars().count() < 4
            || is_in(stopwords, w)
            || actor_words.iter().any(|a| a == w)
            || (topic && (is_in(framing, w) || names.iter().any(|n| n == w)))
        {
            continue;
        }
        out.push(if topic { canonical_stem(stem(w)) } else { stem(w) });
    }
    out.sort();
    out.dedup();
    out
}

/// Words that frame a remark rather than say what it is about: reporting
/// and describing verbs, titles, days, discourse adverbs and concessives,
/// counts and lengths ("nearly three hours", "several"): two outlets
/// framing one remark differently must not look like two remarks, and two
/// remarks framed alike must not look like one.
const FRAMING_WORDS: &[&str] = &[
    "acknowledged",
    "admitted",
    "almost",
    "although",
    "announced",
    "argued",
    "called",
    "calling",
    "characterized",
    "claimed",
    "commented",
    "confirmed",
    "confirming",
    "counterpart",
    "described",
    "describing",
    "despite",
    "earlier",
    "eight",
    "emphasized",
    "explained",
    "expressed",
    "five",
    "four",
    "friday",
    "hour",
    "hours",
    "however",
    "indicated",
    "insisted",
    "later",
    "leader",
    "leaders",
    "lengthy",
    "many",
    "minister",
    "minutes",
    "monday",
    "nearly",
    "nine",
    "noted",
    "official",
    "officials",
    "posted",
    "president",
    "presidents",
    "reiterated",
    "remain",
    "remained",
    "remains",
    "remarked",
    "repeated",
    "saturday",
    "seven",
    "several",
    "stakes",
    "stating",
    "still",
    "stressed",
    "suggested",
    "sunday",
    "though",
    "three",
    "thursday",
    "today",
    "tuesday",
    "wednesday",
    "wrote",
    "yesterday",
];

/// Words that say the same thing in news about talks and conflict; each
/// row's first word stands for the rest (compared as stems).
const SYNONYMS: &[&[&str]] = &[
    &["agreement", "deal", "accord", "understanding", "pact", "treaty"],
    &["hope", "hopeful", "expect", "optimism", "optimistic"],
    &["productive", "constructive", "progress", "headway"],
    &["ceasefire", "truce", "armistice"],
    &["war", "conflict", "fighting"],
    &["territory", "territorial", "land", "region"],
    &["threat", "threaten", "warn", "warning"],
    &["reject", "refuse", "dismiss"],
    &["meeting", "talks", "summit"],
    &["resolve", "unresolved", "resolution"],
];

/// The stem a stem stands for after folding synonyms.
fn canonical_stem(stem_text: String) -> String {
    static TABLE: std::sync::OnceLock<Vec<(String, String)>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        SYNONYMS
            .iter()
            .flat_map(|row| {
                let head = stem(row[0]);
                row.iter().map(move |w| (stem(w), head.clone()))
            })
            .collect()
    });
    table
        .iter()
        .find(|(s, _)| *s == stem_text)
        .map_or(stem_text, |(_, head)| head.clone())
}

/// Sorted, distinct topic stems of a remark: its content stems without
/// names (capitalised words after the first), framing words, and with
/// synonyms folded, so that two outlets' paraphrases of one remark meet
/// on what was said rather than on who and when.
pub fn topic_stems(o: &Observation) -> Vec<String> {
    stems_of(o, true)
}

/// Matching's reading of one observation's words (`content_stems`,
/// `topic_stems` and its quote's `words`), each computed on first use and
/// kept: a member is compared with many others while events form, and
/// recomputing the stems on every comparison was a quarter of the fold.
///
/// # Staleness
/// Each value is kept with a fingerprint of the text it was computed
/// from (`text_fingerprint`: summary, quote, actors); a read whose
/// observation no longer has that fingerprint (a test that rewrites a
/// member's summary after comparing it) computes the value afresh. The
/// fold and the store never change an observation once it is a member, so
/// there every read after the first is the kept value. In debug builds
/// every read is also compared with a fresh computation. A clone shares
/// the kept values (a changed clone computes its own, as above), and the
/// cache is never stored and never compared (two caches are always
/// equal), so it changes no encoding and no equality.
#[derive(Clone, Default)]
pub struct StemCache {
    content: std::sync::OnceLock<Arc<(u64, Vec<String>)>>,
    topic: std::sync::OnceLock<Arc<(u64, Vec<String>)>>,
    quote_words: std::sync::OnceLock<Arc<(u64, Option<Vec<String>>)>>,
}

/// The kept value of `cell` when it was computed from `o`'s text as it is
/// now (computing and keeping it on first use); `None` when `o` changed
/// since, for the caller to compute afresh.
fn kept<'a, T>(
    cell: &'a std::sync::OnceLock<Arc<(u64, T)>>,
    o: &Observation,
    compute: fn(&Observation) -> T,
) -> Option<&'a T> {
    let fingerprint = text_fingerprint(o);
    let kept = cell.get_or_init(|| Arc::new((fingerprint, compute(o))));
    let (kept_for, value) = &**kept;
    (*kept_for == fingerprint).then_some(value)
}

/// The stems `compute` gives for `o`, kept in `cell` (see `kept`); in
/// debug builds checked against a fresh computation.
fn kept_stems<'a>(
    cell: &'a std::sync::OnceLock<Arc<(u64, Vec<String>)>>,
    o: &Observation,
    compute: fn(&Observation) -> Vec<String>,
) -> Cow<'a, [String]> {
    let stems = match kept(cell, o, compute) {
        Some(stems) => Cow::Borrowed(stems.as_slice()),
        None => Cow::Owned(compute(o)),
    };
    debug_assert_eq!(*stems, compute(o), "stems went stale");
    stems
}

/// A 64-bit fingerprint of the text stems are computed from: summary,
/// quote and actors, with their lengths (the Fx hash; it only tells
/// whether that text changed).
fn text_fingerprint(o: &Observation) -> u64 {
    use crate::extraction::fxhash::FxHasher;
    use std::hash::Hasher;
    fn text(hasher: &mut FxHasher, bytes: &[u8]) {
        hasher.write_u64(bytes.len() as u64);
        hasher.write(bytes);
    }
    let mut hasher = FxHasher::default();
    text(&mut hasher, o.summary.as_bytes());
    match &o.quote {
        Some(quote) => {
            hasher.write_u64(1);
            text(&mut hasher, quote.as_bytes());
        }
        None => hasher.write_u64(0),
    }
    hasher.write_u64(o.actors.len() as u64);
    for actor in &o.actors {
        text(&mut hasher, actor.as_bytes());
    }
    hasher.finish()
}

/// `words` of an observation's quote, if it has one.
fn quote_words(o: &Observation) -> Option<Vec<String>> {
    o.quote.as_deref().map(words)
}

impl StemCache {
    /// `content_stems(o)`, computed once.
    pub fn content(&self, o: &Observation) -> Cow<'_, [String]> {
        kept_stems(&self.content, o, content_stems)
    }

    /// `topic_stems(o)`, computed once.
    pub fn topic(&self, o: &Observation) -> Cow<'_, [String]> {
        kept_stems(&self.topic, o, topic_stems)
    }

    /// `words` of the observation's quote, if it has one, computed once.
    pub fn quote_words(&self, o: &Observation) -> Option<Cow<'_, [String]>> {
        let words = match kept(&self.quote_words, o, quote_words) {
            Some(words) => words.as_deref().map(Cow::Borrowed),
            None => quote_words(o).map(Cow::Owned),
        };
        debug_assert_eq!(
            words.as_deref(),
            quote_words(o).as_deref(),
            "quote words went stale"
        );
        words
    }
}

impl PartialEq for StemCache {
    /// Always: the cache is a function of the observation beside it.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for StemCache {}

impl std::fmt::Debug for StemCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StemCache")
    }
}

/// How many stems two sorted, distinct stem lists share (what counting
/// the first's stems that the second `contains` gives), by one merge walk.
pub fn shared_count(a: &[String], b: &[String]) -> usize {
    debug_assert!(a.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
    debug_assert!(b.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// How two places relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceRelation {
    /// One or both unknown, or of different kinds: no evidence either way.
    Unknown,
    /// The same name.
    Same,
    /// One lies in the other (a city in its country).
    Contains,
    /// Two known places in different countries.
    Different,
}

/// How two places relate, using the builtin gazetteer: places in
/// different countries differ; a place lies in its country; two places in
/// one country are unknown (a venue may lie in a city).
pub fn place_relation(a: Option<&str>, b: Option<&str>) -> PlaceRelation {
    let (Some(a), Some(b)) = (a, b) else { return PlaceRelation::Unknown };
    if a.eq_ignore_ascii_case(b) {
        return PlaceRelation::Same;
    }
    let lexicon = Lexicon::builtin();
    let (Some(x), Some(y)) = (lexicon.lookup(a), lexicon.lookup(b)) else {
        return PlaceRelation::Unknown;
    };
    if x.name == y.name {
        return PlaceRelation::Same;
    }
    let country_of = |e: &crate::extraction::lexicon::Entry| match e.kind {
        EntryKind::Country => Some(e.name.clone()),
        EntryKind::Place => e.country.clone(),
        _ => None,
    };
    match (country_of(x), country_of(y)) {
        (Some(p), Some(q)) if p != q => PlaceRelation::Different,
        (Some(p), Some(_)) if p == x.name || p == y.name => {
            PlaceRelation::Contains
        }
        _ if lies_in(a, b) || lies_in(b, a) => PlaceRelation::Contains,
        _ => PlaceRelation::Unknown,
    }
}

/// Most links followed up a chain of `within=` places (a venue in a city
/// in a region), so that a cycle in the data ends.
const WITHIN_LINKS_MAX: usize = 8;

/// The places a place lies in, innermost first, as the builtin
/// gazetteer's `within=` keys chain them, then its country: Joint Base
/// Elmendorf-Richardson lies in Anchorage, Alaska and the United States.
/// Empty for an unknown name or a country.
pub fn containers(place: &str) -> Vec<String> {
    let lexicon = Lexicon::builtin();
    let mut out: Vec<String> = Vec::new();
    let Some(mut entry) = lexicon.lookup(place) else { return out };
    let country = (entry.kind == EntryKind::Place)
        .then(|| entry.country.clone())
        .flatten();
    for _ in 0..WITHIN_LINKS_MAX {
        let Some(outer) = entry.within.as_deref() else { break };
        let Some(next) = lexicon.lookup(outer) else { break };
        if out.contains(&next.name) || next.name == entry.name {
            break;
        }
        out.push(next.name.clone());
        entry = next;
    }
    out.extend(country.filter(|c| !out.contains(c)));
    out
}

/// Whether place `inner` lies in place `outer` (see `containers`).
pub fn lies_in(inner: &str, outer: &str) -> bool {
    let Some(outer) = Lexicon::builtin().lookup(outer) else { return false };
    containers(inner).contains(&outer.name)
}

/// Hedges that do not change what a number claims.
const HEDGES: &[&str] = &[
    "a",
    "an",
    "about",
    "almost",
    "approximately",
    "around",
    "just",
    "more",
    "nearly",
    "over",
    "roughly",
    "some",
    "than",
    "under",
    "some",
];

/// Number words up to twenty, then tens.
const NUMBERS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// A claim's value reduced to a number and a unit ("nearly three hours"
/// and "a nearly three-hour summit" both give `3 hour`), so that equal
/// claims worded differently are not a dispute. `None` when no number is
/// found; the caller then compares the wording.
pub fn normalised_quantity(value: &str) -> Option<String> {
    let mut number: Option<f64> = None;
    let mut unit: Option<String> = None;
    let mut half = false;
    for word in words(&value.replace('-', " ")) {
        if HEDGES.contains(&word.as_str()) || word == "and" {
            continue;
        }
        if word == "half" {
            half = true;
        } else if let Ok(n) = word.replace(',', "").parse::<f64>() {
            number = Some(number.unwrap_or(0.0) + n);
        } else if let Some((_, n)) = NUMBERS.iter().find(|(w, _)| *w == word) {
            number = Some(number.unwrap_or(0.0) + n);
        } else if number.is_some() && unit.is_none() {
            unit = Some(word.trim_end_matches('s').to_string());
        }
    }
    let n = number? + if half { 0.5 } else { 0.0 };
    Some(format!("{n} {}", unit.unwrap_or_default()).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("agreed"), stem("agrees"));
        assert_eq!(stem("negotiations"), stem("negotiated"));
        assert_eq!(stem("agreement"), stem("agreed"));
    }

    fn remark(summary: &str, quote: Option<&str>) -> Observation {
        use crate::domain::{ByteSpan, EventKind, Status, TimeSpan};
        Observation {
            kind: EventKind::Statement,
            status: Status::Occurred,
            when: TimeSpan::day(
                crate::domain::Day::from_ymd(2025, 8, 15).expect("valid day"),
                "",
            ),
            actors: vec!["Ana Ruiz".to_string()],
            location: None,
            quote: quote.map(str::to_string),
            summary: summary.to_string(),
            span: ByteSpan::new(0, summary.len()),
            rule: "statement:said".to_string(),
            claims: Vec::new(),
        }
    }

    #[test]
    fn topic_stems_leave_out_names_framing_and_fold_synonyms() {
        let a = remark(
            "Ruiz stated on Tuesday that the deal with Lisbon was productive.",
            None,
        );
        let b = remark(
            "Ana Ruiz expressed hope the agreement would bring progress.",
            Some("We expect progress"),
        );
        let ta = topic_stems(&a);
        let tb = topic_stems(&b);
        for gone in ["ruiz", "lisbon", "stat", "tuesday"] {
            assert!(!ta.iter().any(|s| s == gone), "{gone} in {ta:?}");
        }
        // deal = agreement, productive = progress, hope = expect.
        assert!(
            ta.contains(&"agr".to_string()) && tb.contains(&"agr".to_string())
        );
        assert!(ta.contains(&"produc".to_string()));
        assert!(
            tb.contains(&"produc".to_string())
                && tb.contains(&"hop".to_string())
        );
    }

    #[test]
    fn synonyms_fold_to_one_stem() {
        let folded = |w: &str| canonical_stem(stem(w));
        for (a, b) in [
            ("understanding", "deal"),
            ("agreements", "accord"),
            ("hopeful", "expects"),
            ("productive", "headway"),
            ("constructive", "progress"),
            ("ceasefire", "truce"),
            ("territorial", "lands"),
            ("warned", "threatening"),
            ("rejected", "refusing"),
        ] {
            assert_eq!(folded(a), folded(b), "{a} / {b}");
        }
        assert_ne!(folded("deal"), folded("progress"));
    }

    #[test]
    fn quantities_normalise() {
        assert_eq!(
            normalised_quantity("nearly three hours"),
            normalised_quantity("a nearly three-hour summit")
        );
        assert_ne!(
            normalised_quantity("two and a half hours"),
            normalised_quantity("nearly three hours")
        );
        assert_eq!(normalised_quantity("12 dead").as_deref(), Some("12 dead"));
        assert_eq!(normalised_quantity("no number"), None);
    }

    #[test]
    fn a_city_lies_in_its_country() {
        assert_eq!(
            place_relation(Some("Washington"), Some("United States")),
            PlaceRelation::Contains
        );
        assert_eq!(
            place_relation(Some("Foo"), Some("Bar")),
            PlaceRelation::Unknown
        );
    }
}

#[cfg(test)]
mod stems_tests {
    use super::*;

    /// `stems_of` as first written: the summary and quote joined, every
    /// word lowercased through `str::to_lowercase`.
    fn stems_of_joined(o: &Observation, topic: bool) -> Vec<String> {
        let mut text = o.summary.clone();
        if let Some(quote) = &o.quote {
            text.push(' ');
            text.push_str(quote);
        }
        let tokens: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let names: Vec<String> = if topic {
            tokens
                .iter()
                .skip(1)
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| w.to_lowercase())
                .collect()
        } else {
            Vec::new()
        };
        let actor_words: Vec<String> =
            o.actors.iter().flat_map(|a| words(a)).collect();
        let mut out: Vec<String> = tokens
            .iter()
            .map(|w| w.to_lowercase())
            .filter(|w| w.chars().count() >= 4)
            .filter(|w| {
                !STOPWORDS.contains(&w.as_str())
                    && !actor_words.contains(w)
                    && !(topic
                        && (FRAMING_WORDS.contains(&w.as_str())
                            || names.contains(w)))
            })
            .map(|w| if topic { canonical_stem(stem(&w)) } else { stem(&w) })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Observations over texts with names, framing words, synonyms,
    /// repeats, non-ASCII case folding and short words, with and without
    /// quotes and actors.
    fn sample_observations() -> Vec<Observation> {
        use crate::domain::{ByteSpan, EventKind, Status, TimeSpan};
        let texts = [
            "",
            "Ruiz stated on Tuesday that the deal with Lisbon was productive.",
            "Ana Ruiz expressed hope the agreement would bring progress.",
            "ÉLYSÉE talks: İstanbul's ΣΟΦΙΑ said the TRUCE holds; naïve café",
            "Straße ﬁnal Ǆungla DŽungla agreements Ceasefire ceasefire",
            "said the the Ruiz RUIZ ruiz Ana minister Friday warnings",
            "x yz abc abcd ÀÉÎ àéîõ 2024 12345 officials Officials",
        ];
        let mut observations = Vec::new();
        for summary in texts {
            for quote in [None, Some("We expect PROGRESS, Ruiz"), Some("İİ Ω")]
            {
                for actors in
                    [vec![], vec!["Ana Ruiz".to_string(), "ΣΟΦΙΑ".into()]]
                {
                    observations.push(Observation {
                        kind: EventKind::Statement,
                        status: Status::Occurred,
                        when: TimeSpan::day(
                            crate::domain::Day::from_ymd(2025, 8, 15)
                                .expect("valid day"),
                            "",
                        ),
                        actors,
                        location: None,
                        quote: quote.map(str::to_string),
                        summary: summary.to_string(),
                        span: ByteSpan::new(0, summary.len()),
                        rule: "statement:said".to_string(),
                        claims: Vec::new(),
                    });
                }
            }
        }
        observations
    }

    #[test]
    fn stems_equal_the_joined_definition() {
        for o in sample_observations() {
            for topic in [false, true] {
                assert_eq!(
                    stems_of(&o, topic),
                    stems_of_joined(&o, topic),
                    "{:?} {:?} {topic}",
                    o.summary,
                    o.quote
                );
            }
        }
    }

    /// What a `StemCache` hands out, first and later reads alike, is
    /// what the functions compute afresh; a clone shares the kept values,
    /// and a changed observation (cloned or not) reads its own stems.
    #[test]
    fn cached_stems_equal_fresh_ones() {
        let observations = sample_observations();
        for o in &observations {
            let cache = StemCache::default();
            for _ in 0..2 {
                assert_eq!(cache.content(o), content_stems(o));
                assert_eq!(cache.topic(o), topic_stems(o));
                assert_eq!(
                    cache.quote_words(o).as_deref(),
                    o.quote.as_deref().map(words).as_deref()
                );
            }
            let mut changed = o.clone();
            changed.summary.push_str(" fresh harvest agreements");
            changed.quote = Some("another quoted sentence".into());
            changed.actors.push("Harvest".into());
            // Read with the changed text: the kept values are not handed
            // out, whether the cache was cloned or not.
            for cache in [cache.clone(), cache] {
                assert_eq!(cache.content(&changed), content_stems(&changed));
                assert_eq!(cache.topic(&changed), topic_stems(&changed));
                assert_eq!(
                    cache.quote_words(&changed).as_deref(),
                    changed.quote.as_deref().map(words).as_deref()
                );
                assert!(cache == StemCache::default(), "never unequal");
            }
        }
    }

    /// The merge walk counts what the `contains` count counted, for every
    /// pair of the samples' content and topic stems.
    #[test]
    fn shared_count_equals_the_contains_count() {
        let observations = sample_observations();
        let mut lists: Vec<Vec<String>> = Vec::new();
        for o in &observations {
            lists.push(content_stems(o));
            lists.push(topic_stems(o));
        }
        lists.push(vec!["a".into(), "b".into(), "z".into()]);
        lists.push(vec!["b".into(), "y".into(), "z".into(), "zz".into()]);
        for a in &lists {
            for b in &lists {
                let contained = a.iter().filter(|w| b.contains(w)).count();
                assert_eq!(shared_count(a, b), contained, "{a:?} {b:?}");
            }
        }
    }
}

#[cfg(test)]
mod stem_tests {
    use super::*;

    #[test]
    fn stems_keep_the_first_characters_as_before() {
        for word in [
            "",
            "a",
            "agreement",
            "negotiations",
            "ceasefire",
            "café",
            "éééééééé",
            "naïveté",
            "straße",
            "ǆungla",
            "wore",
            "tree",
            "agreeee",
        ] {
            let mut base = word;
            for suffix in SUFFIXES {
                if let Some(rest) = word.strip_suffix(suffix)
                    && rest.chars().count() >= 3
                {
                    base = rest;
                    break;
                }
            }
            while base.chars().count() > 3
                && let Some(rest) = base.strip_suffix('e')
            {
                base = rest;
            }
            let before: String = base.chars().take(STEM_CHARS_MAX).collect();
            assert_eq!(stem(word), before, "{word}");
        }
    }
}
