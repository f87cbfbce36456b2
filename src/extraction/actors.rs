//! Actor mentions: people, groups, organisations and places named in a
//! sentence, resolved to canonical names through the lexicon and through
//! what the article said earlier (surnames, titles, roles).
//!
//! It owns name segmentation ("US President Donald Trump" is a country, a
//! title and a person), the article's memory of people, and the resolution
//! of role phrases ("the Russian leader") and pronouns. It never decides
//! which mention is a speaker or agent; `events` does that.

use super::fxhash::{FxHashMap, FxHasher, WordList, WordSet};
use super::lexicon::{Entry, EntryKind, Lexicon, key_of};
use super::text::{Range, Word, holds_byte, slice};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What a mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A named person.
    Person,
    /// An anonymous group ("European officials", "analysts").
    Group,
    /// An organisation or institution.
    Organisation,
    /// A country or supranational region.
    Country,
    /// A city, region or venue.
    Place,
    /// A news outlet or platform: never an actor.
    Outlet,
    /// "he" / "she": resolved by the caller.
    Pronoun,
}

/// One actor or place mention in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Canonical name.
    pub name: String,
    /// What it names.
    pub kind: MentionKind,
    /// The words it covers.
    pub range: Range,
    /// Index of its first word in the sentence.
    pub first_word: usize,
    /// Index one past its last word.
    pub end_word: usize,
    /// The lowercase preposition right before it, if any.
    pub preposition: Option<&'static str>,
    /// For capitals: the country it stands for as an actor.
    pub stands_for: Option<String>,
}

impl Mention {
    /// Whether it can be an actor (not an outlet or a pronoun).
    pub fn is_actor(&self) -> bool {
        !matches!(self.kind, MentionKind::Outlet | MentionKind::Pronoun)
    }

    /// Whether it is used as a place ("in Kyiv", "to Moscow").
    pub fn is_place_use(&self) -> bool {
        matches!(self.kind, MentionKind::Place | MentionKind::Country)
            && self.preposition.is_some_and(|p| PLACE_PREPOSITIONS.contains(p))
    }

    /// The name to list among actors (capitals stand for their country).
    pub fn actor_name(&self) -> &str {
        self.stands_for.as_deref().unwrap_or(&self.name)
    }
}

/// A person the article has named, with what it said about them.
/// Roles and countries are borrowed from the text and the lexicon for the
/// article's lifetime `'a`; the name is a range of `Memory::text`.
#[derive(Clone, Debug, Default)]
struct Person<'a> {
    name: (u32, u32),
    roles: Vec<&'a str>,
    country: Option<&'a str>,
    last_seen: usize,
}

/// One lowercase name word in `Memory::text`, the person who first had
/// it, and the next word with the same hash.
#[derive(Clone, Copy, Debug)]
struct NameWord {
    text: (u32, u32),
    person: usize,
    next: Option<u32>,
}

/// What the article has said so far about people: names by surname and
/// first name, roles and countries. Built as sentences are read.
///
/// Names and their lowercase words live in one text buffer, and the word
/// index maps a word's hash to a chain of `NameWord`s: a `String` per name
/// and per indexed word (each an allocation and a free) was about 2 % of
/// extraction.
#[derive(Clone, Debug, Default)]
pub struct Memory<'a> {
    people: Vec<Person<'a>>,
    /// People's names and their lowercase words, one after another.
    text: String,
    /// Name words (more than two bytes), each once.
    words: Vec<NameWord>,
    /// A word's hash to its last `words` entry with that hash.
    by_hash: FxHashMap<u64, u32>,
    /// Scratch buffer for a capitalised run's segments (one vector per
    /// run was an allocation and a free each).
    segments: Vec<Segment<'a>>,
    /// Scratch buffer for the roles a run's titles give, the same way.
    roles: Vec<&'a str>,
    /// Runs of two or three unknown capitalised words that had no person
    /// cue ("lost to Ana Reyes"), as ranges of `text`: a later bare
    /// surname of one ("Reyes said") names that person.
    candidates: Vec<(u32, u32)>,
    /// Sentence counter, for recency.
    pub clock: usize,
}

/// A name word's hash for `Memory::by_hash`.
fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    BuildHasherDefault::<FxHasher>::default().hash_one(word)
}

impl<'a> Memory<'a> {
    /// An empty memory with room for a typical article's people.
    pub fn with_capacity() -> Memory<'a> {
        Memory {
            people: Vec::with_capacity(16),
            text: String::with_capacity(512),
            words: Vec::with_capacity(32),
            by_hash: FxHashMap::with_capacity_and_hasher(
                32,
                Default::default(),
            ),
            segments: Vec::new(),
            roles: Vec::new(),
            candidates: Vec::new(),
            clock: 0,
        }
    }

    /// Keeps `name` as a possible person until a bare surname confirms it.
    fn note_candidate(&mut self, name: &str) {
        let start = offset(self.text.len());
        self.text.push_str(name);
        self.candidates.push((start, offset(self.text.len())));
    }

    /// The latest candidate whose last word is `key` (lowercase), if any.
    fn candidate_by_surname(&self, key: &str) -> Option<&str> {
        self.candidates.iter().rev().map(|&range| self.at(range)).find(|name| {
            name.rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(key))
        })
    }

    /// The text of a range of `text`.
    fn at(&self, range: (u32, u32)) -> &str {
        self.text.get(range.0 as usize..range.1 as usize).unwrap_or("")
    }

    fn name_of(&self, person: &Person<'_>) -> &str {
        self.at(person.name)
    }

    /// Whether `person` is named `name`: lengths first, then bytes (every
    /// remembered mention is compared with every person so far, and a
    /// checked `str` slice per comparison cost more than the comparison).
    #[inline]
    fn is_named(&self, person: &Person<'_>, name: &str) -> bool {
        let (start, end) = (person.name.0 as usize, person.name.1 as usize);
        end.wrapping_sub(start) == name.len()
            && self.text.as_bytes().get(start..end) == Some(name.as_bytes())
    }

    /// The person who first had the lowercase word `key`.
    fn word_owner(&self, key: &str) -> Option<usize> {
        self.word_owner_hashed(key, word_hash(key))
    }

    /// `word_owner` when the caller has the word's hash already.
    fn word_owner_hashed(&self, key: &str, hash: u64) -> Option<usize> {
        let mut at = self.by_hash.get(&hash).copied();
        while let Some(entry) = at.and_then(|i| self.words.get(i as usize)) {
            if self.at(entry.text) == key {
                return Some(entry.person);
            }
            at = entry.next;
        }
        None
    }

    fn remember(
        &mut self,
        name: &str,
        roles: &[&'a str],
        country: Option<&'a str>,
    ) -> usize {
        let idx = match self.people.iter().position(|p| self.is_named(p, name))
        {
            Some(idx) => {
                // Its words were indexed when it was first remembered and
                // keys are never removed, so the word loop below would
                // insert nothing.
                self.note(idx, roles, country);
                return idx;
            }
            None => {
                let start = offset(self.text.len());
                self.text.push_str(name);
                self.people.push(Person {
                    name: (start, offset(self.text.len())),
                    ..Person::default()
                });
                self.people.len() - 1
            }
        };
        for word in name.split_whitespace() {
            if word.len() <= 2 {
                continue;
            }
            // Lowercased at the end of the text buffer; kept only when
            // new.
            let start = self.text.len();
            self.text.push_str(word);
            if let Some(key) = self.text.get_mut(start..) {
                key.make_ascii_lowercase();
            }
            let key = self.text.get(start..).unwrap_or("");
            // One hash per word, and one probe to chain the new entry:
            // `insert` hands back the entry it replaces.
            let hash = word_hash(key);
            if self.word_owner_hashed(key, hash).is_some() {
                self.text.truncate(start);
                continue;
            }
            let next = self.by_hash.insert(hash, offset(self.words.len()));
            self.words.push(NameWord {
                text: (offset(start), offset(self.text.len())),
                person: idx,
                next,
            });
        }
        self.note(idx, roles, country);
        idx
    }

    /// Adds roles and a country to person `idx` and marks them seen.
    fn note(
        &mut self,
        idx: usize,
        roles: &[&'a str],
        country: Option<&'a str>,
    ) {
        if let Some(person) = self.people.get_mut(idx) {
            for role in roles {
                if !person.roles.contains(role) {
                    person.roles.push(role);
                }
            }
            if person.country.is_none() {
                person.country = country;
            }
            person.last_seen = self.clock;
        }
    }

    fn person_by_word(&self, key: &str) -> Option<&str> {
        let idx = self.word_owner(key)?;
        self.people.get(idx).map(|p| self.name_of(p))
    }

    /// The most recently seen person with this word in their name and,
    /// if any roles are given, one of those roles.
    fn latest_by_word(&self, key: &str, roles: &[&str]) -> Option<&str> {
        self.people
            .iter()
            .filter(|p| {
                self.name_of(p)
                    .split_whitespace()
                    .any(|word| word.eq_ignore_ascii_case(key))
                    && (roles.is_empty()
                        || p.roles.iter().any(|r| roles.contains(r)))
            })
            .max_by_key(|p| p.last_seen)
            .map(|p| self.name_of(p))
    }

    /// Marks a person as just mentioned.
    pub fn touch(&mut self, name: &str) {
        let clock = self.clock;
        if let Some(idx) =
            self.people.iter().position(|p| self.is_named(p, name))
            && let Some(person) = self.people.get_mut(idx)
        {
            person.last_seen = clock;
        }
    }

    /// The most recently seen person with this role (and country, if
    /// given); lexicon roles count too.
    pub fn resolve_role(
        &self,
        role: &str,
        country: Option<&str>,
        lexicon: &Lexicon,
    ) -> Option<String> {
        self.people
            .iter()
            .filter(|person| {
                let lexicon_entry = lexicon.entry_named(self.name_of(person));
                let has_role = person.roles.contains(&role)
                    || lexicon_entry
                        .is_some_and(|e| e.roles.iter().any(|r| r == role));
                let person_country = person.country.or_else(|| {
                    lexicon_entry.and_then(|e| e.country.as_deref())
                });
                has_role && country.is_none_or(|c| person_country == Some(c))
            })
            .max_by_key(|person| person.last_seen)
            .map(|person| self.name_of(person).to_string())
    }

    /// Whether the article has named this person.
    pub fn knows_person(&self, name: &str) -> bool {
        self.people.iter().any(|p| self.is_named(p, name))
    }

    /// The most recently seen person.
    pub fn latest_person(&self) -> Option<&str> {
        self.people.iter().max_by_key(|p| p.last_seen).map(|p| self.name_of(p))
    }
}

/// A `Memory::text` offset as stored (an article's names stay far below
/// 4 GiB; a larger offset saturates, which only makes its lookups miss).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Prepositions that make a place mention a location, not an actor.
static PLACE_PREPOSITIONS: WordList = WordList::new(&[
    "in", "at", "near", "to", "from", "for", "across", "into", "outside",
    "over", "toward", "towards", "inside", "on",
]);

static PREPOSITIONS: WordList = WordList::new(&[
    "in",
    "at",
    "near",
    "to",
    "from",
    "for",
    "across",
    "into",
    "outside",
    "over",
    "toward",
    "towards",
    "inside",
    "on",
    "with",
    "by",
    "of",
    "against",
    "between",
    "opposite",
    "beside",
    "alongside",
    "behind",
    "than",
    "about",
    "like",
    "unlike",
    "among",
]);

/// Capitalised words that never start or continue a name.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "after",
    "before",
    "while",
    "following",
    "during",
    "despite",
    "with",
    "without",
    "his",
    "her",
    "their",
    "its",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "our",
    "my",
    "your",
    "as",
    "when",
    "if",
    "for",
    "from",
    "to",
    "by",
    "meanwhile",
    "however",
    "although",
    "though",
    "since",
    "until",
    "just",
    "some",
    "many",
    "both",
    "other",
    "others",
    "there",
    "here",
    "then",
    "now",
    "still",
    "also",
    "yet",
    "so",
    "not",
    "no",
    "why",
    "what",
    "how",
    "who",
    "where",
    "which",
    "according",
    "among",
    "about",
    "under",
    "over",
    "amid",
    "ahead",
    "earlier",
    "later",
    "last",
    "next",
    "each",
    "every",
    "all",
    "any",
    "one",
    "two",
    "three",
    "such",
    "even",
    "only",
    "most",
    "more",
    "several",
    "few",
    "asked",
    "speaking",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "could",
    "should",
    "can",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "former",
    "new",
    "mr",
    "mrs",
    "ms",
    "reports",
    "report",
    "officials",
    "experts",
    "analysts",
    "yes",
    "well",
    "look",
    "maybe",
    "potentially",
    "probably",
    "together",
];

/// Capitalised words that make an unknown name an organisation.
const ORG_HEADS: &[&str] = &[
    "ministry",
    "university",
    "court",
    "council",
    "agency",
    "department",
    "party",
    "committee",
    "commission",
    "union",
    "organization",
    "organisation",
    "bank",
    "fund",
    "forces",
    "army",
    "navy",
    "office",
    "institute",
    "school",
    "company",
    "group",
    "corporation",
    "parliament",
    "assembly",
    "service",
    "guard",
    "center",
    "centre",
    "foundation",
    "association",
    "federation",
    "board",
    "authority",
    "command",
    "cabinet",
    "government",
    "administration",
    "delegation",
    "alliance",
    "front",
    "brigade",
    "battalion",
    "police",
    "house",
    "palace",
    "resistance",
    "movement",
    "brigades",
    "network",
];

/// Last words that make an unknown name after "at" or "in" a building or
/// an open space: a place, not an actor.
const VENUE_HEADS: &[&str] = &[
    "palace",
    "hall",
    "cathedral",
    "church",
    "mosque",
    "airport",
    "hotel",
    "square",
    "stadium",
    "station",
    "base",
    "hospital",
    "bridge",
    "port",
];

/// Capitalised words that make an unknown name a news outlet or platform.
const OUTLET_HEADS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "telegraph",
    "guardian",
    "herald",
    "tribune",
    "press",
    "reuters",
    "bloomberg",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "telegram",
    "facebook",
    "x",
    "truth",
    "social",
    "twitter",
    "instagram",
    "tass",
    "interfax",
    "ria",
    "axios",
    "politico",
    "hill",
    "nbc",
    "cbs",
    "abc",
    "msnbc",
    "fox",
    "sky",
    "reporter",
    "monitor",
    "gazette",
    "wire",
    "network",
    "television",
    "tv",
    "radio",
    "youtube",
    "tiktok",
    "whatsapp",
    "voice",
    "xinhua",
    "sana",
    "irna",
    "yonhap",
    "kyodo",
    "ians",
    "upi",
    "dpa",
    "anadolu",
    "sputnik",
    "daily",
    "mail",
];

/// Lowercase connectors allowed inside a name ("University of San Diego").
static CONNECTORS: WordList = WordList::new(&[
    "of", "de", "da", "von", "der", "bin", "al", "el", "van", "la", "du",
    "for", "den", "del", "di", "dos", "das", "do", "ibn", "le", "ter", "bint",
]);

/// Most connectors in a row inside a name ("Ursula von der Leyen", "Jean
/// de la Tour").
const CONNECTORS_IN_A_ROW_MAX: usize = 2;

/// Whether a word is a lowercase Arabic article joined to a capitalised
/// name ("al-Nahyan", "el-Sisi"), which runs a name on.
fn article_name(scan: &Scan<'_, '_>, idx: usize) -> bool {
    let Some(word) = scan.words.get(idx) else { return false };
    let text = scan.text.get(word.range.start..word.range.end).unwrap_or("");
    // Every article's hyphen is its third or fourth byte: most words are
    // ruled out without a comparison per article.
    let bytes = text.as_bytes();
    if bytes.get(2) != Some(&b'-') && bytes.get(3) != Some(&b'-') {
        return false;
    }
    ["al-", "el-", "ad-", "as-", "an-", "ash-"].iter().any(|article| {
        text.strip_prefix(article)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Everything a sentence scan needs. `'a` is the article's (text and
/// lexicon), `'w` the sentence's word buffer: words of the text outlive
/// the buffer, so the article's memory can keep them.
pub struct Scan<'a, 'w> {
    /// The article text.
    pub text: &'a str,
    /// The article text ASCII-lowercased (same byte offsets).
    pub lower: &'a str,
    /// The sentence's words.
    pub words: &'w [Word],
    /// Each word's lowercase text: `keys[i]` is `words[i]`'s range of
    /// `lower` (or "" off char boundaries). The rules ask for keys many
    /// times per word, so they are cut once per sentence.
    pub keys: &'w [&'a str],
    /// Whether each word is capitalised and not a function word
    /// (`words[i].capital && !function_words().contains(keys[i])`), cut
    /// once per sentence: the name rules ask it of a word several times.
    pub capitals: &'w [bool],
    /// The lexicon.
    pub lexicon: &'a Lexicon,
}

impl<'a> Scan<'a, '_> {
    /// The lowercase text of word `idx`, or "".
    #[inline]
    pub fn key(&self, idx: usize) -> &'a str {
        self.keys.get(idx).copied().unwrap_or("")
    }

    /// Whether the verb at `verb` is passive: a form of "be" (or "got")
    /// before it, up to two "-ly" adverbs between ("was reported", "have
    /// been confirmed", "was apparently struck"); not a progressive ("was
    /// saying").
    pub fn is_passive(&self, verb: usize) -> bool {
        const ADVERBS_MAX: usize = 2;
        if self.key(verb).ends_with("ing") {
            return false;
        }
        let mut at = verb;
        for _ in 0..=ADVERBS_MAX {
            let Some(previous) = at.checked_sub(1) else { return false };
            let key = self.key(previous);
            if matches!(
                key,
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "got"
            ) {
                return true;
            }
            if !(key.ends_with("ly") && key.len() > 3) {
                return false;
            }
            at = previous;
        }
        false
    }

    /// Whether word `idx` is a plain lowercase word of three or more ASCII
    /// letters (or hyphens): a modifier candidate ("energy", "failed").
    pub fn plain_lowercase(&self, idx: usize) -> bool {
        let key = self.key(idx);
        self.words.get(idx).is_some_and(|w| !w.capital)
            && key.len() > 2
            && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    }

    /// The original text of word `idx`, or "".
    pub fn word(&self, idx: usize) -> &'a str {
        self.words.get(idx).map_or("", |w| slice(self.text, w.range))
    }

    /// The lowercase text of words `from..to` (as in the text).
    fn key_span(&self, from: usize, to: usize) -> &'a str {
        match (
            self.words.get(from),
            to.checked_sub(1).and_then(|i| self.words.get(i)),
        ) {
            (Some(a), Some(b)) => slice(
                self.lower,
                Range { start: a.range.start, end: b.range.end },
            ),
            _ => "",
        }
    }

    /// The original text between word `idx - 1` and word `idx`.
    pub fn gap_before(&self, idx: usize) -> &'a str {
        match (
            idx.checked_sub(1).and_then(|i| self.words.get(i)),
            self.words.get(idx),
        ) {
            (Some(a), Some(b)) => slice(
                self.text,
                Range { start: a.range.end, end: b.range.start },
            ),
            _ => "",
        }
    }

    /// Whether the gap before word `idx` holds the ASCII byte `byte`
    /// (`gap_before(idx).contains(char::from(byte))`, without a searcher).
    #[inline]
    pub fn gap_holds(&self, idx: usize, byte: u8) -> bool {
        holds_byte(self.gap_before(idx), byte)
    }

    fn joined_to_previous(&self, idx: usize) -> bool {
        let gap = self.gap_before(idx);
        let previous_possessive = idx
            .checked_sub(1)
            .and_then(|i| self.words.get(i))
            .is_some_and(|w| w.possessive);
        !previous_possessive && !gap.is_empty() && only_spaces(gap)
    }

    #[inline]
    fn is_capital(&self, idx: usize) -> bool {
        self.capitals.get(idx).copied().unwrap_or(false)
    }
}

/// Whether every char of `gap` is a space or a no-break space (U+00A0,
/// the bytes C2 A0), read as bytes: `chars().all(..)` decoded each char.
fn only_spaces(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b' ' => at += 1,
            0xC2 if bytes.get(at + 1) == Some(&0xA0) => at += 2,
            _ => return false,
        }
    }
    true
}

/// A piece of a capitalised run.
#[derive(Clone, Debug)]
enum Segment<'l> {
    Entry(usize, usize, &'l Entry),
    Title(usize, &'l [String]),
    Adjective(usize, usize, &'l str),
    Unknown(usize),
}

/// Finds the mentions in one sentence, updating the article's memory.
pub fn find<'a>(scan: &Scan<'a, '_>, memory: &mut Memory<'a>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(8);
    find_into(scan, memory, &mut out);
    out
}

/// `find` into a buffer reused from sentence to sentence (cleared first).
pub fn find_into<'a>(
    scan: &Scan<'a, '_>,
    memory: &mut Memory<'a>,
    out: &mut Vec<Mention>,
) {
    out.clear();
    let mut idx = 0;
    while idx < scan.words.len() {
        // A capitalised plural group starting a sentence ("Officials
        // said", "Gunmen opened fire") is the group, not a name.
        let key = scan.key(idx);
        // Not a plural title before names ("Presidents Anna Kessel and
        // Peter Vogt met"): the run scanner strips it as a title. Asked
        // only of capitals (most words are not).
        let plural_group = || {
            (key.ends_with('s') || key.ends_with("men"))
                && scan.lexicon.group_head(key).is_some()
                && !(scan.is_capital(idx + 1)
                    && scan.joined_to_previous(idx + 1)
                    && scan.lexicon.title_roles(key).is_some())
        };
        // "Accusing Zelensky of disrespect, Trump ...", "Citing Reuters,
        // ...": a sentence that opens with a participle before a name; the
        // participle is no part of the name. (A first name on "-ing" the
        // lexicon knows stays one.)
        let opening_participle = || {
            idx == 0
                && key.len() > 5
                && key.ends_with("ing")
                && scan.is_capital(idx + 1)
                && scan.lexicon.lookup(key).is_none()
        };
        let name_start =
            scan.is_capital(idx) && !plural_group() && !opening_participle();
        if name_start && hyphen_pair(scan, idx, memory, out) {
            idx += 1;
        } else if name_start {
            let end = run_end(scan, idx);
            interpret_run(scan, idx, end, memory, out);
            let covered = out.last().map_or(end, |m| m.end_word);
            idx = end.max(covered).max(idx + 1);
        } else if scan.is_capital(idx + 1)
            && scan.joined_to_previous(idx + 1)
            && scan.lexicon.title_roles(key).is_some()
            && scan.lexicon.group_head(key).is_some()
        {
            // "ministers Itamar Ben Gvir and Bezalel Smotrich", "analyst
            // Maria Lopez": a group word used as a title before names is
            // no group of its own; the names after it are the actors.
            idx += 1;
        } else {
            idx = lowercase_mention(scan, idx, memory, out);
        }
    }
    for mention in out.iter_mut() {
        mention.preposition = mention
            .first_word
            .checked_sub(1)
            .map(|i| scan.key(i))
            .and_then(|p| PREPOSITIONS.find(p))
            .or_else(|| {
                let before =
                    mention.first_word.checked_sub(2).map(|i| scan.key(i));
                before.and_then(|p| PREPOSITIONS.find(p)).filter(|_| {
                    mention.first_word.checked_sub(1).map(|i| scan.key(i))
                        == Some("the")
                })
            });
        if mention.preposition == Some("from")
            && mention
                .first_word
                .checked_sub(2)
                .is_some_and(|i| DELEGATES.contains(&scan.key(i)))
        {
            // "his counterparts from Ukraine": a party, not a place.
            mention.preposition = None;
        }
        if mention.kind == MentionKind::Place
            && let Some(preposition) = phrase_preposition(scan, mention)
        {
            // "in a Moscow suburb", "on the outskirts of Moscow", "in the
            // eastern Ukrainian city of Kramatorsk": the place of the
            // phrase the preposition opens.
            mention.preposition = Some(preposition);
        }
        if mention.kind == MentionKind::Organisation && venue_use(scan, mention)
        {
            // "left the White House", "at the Kremlin": the building.
            mention.kind = MentionKind::Place;
        }
    }
    // "in Zaporizhzhia, Ukraine": a country or region after a place used
    // as a place, set off by a comma, says where that place is; it is used
    // as a place too, not named as an actor.
    for at in 1..out.len() {
        let (head, tail) = out.split_at_mut(at);
        let (place, country) = (&head[at - 1], &mut tail[0]);
        if country.kind == MentionKind::Country
            && country.preposition.is_none()
            && place.is_place_use()
            && place.end_word == country.first_word
            && scan.gap_before(country.first_word).trim() == ","
        {
            country.preposition = place.preposition;
        }
    }
    // "her visit to the United States and Peru", "strikes in Kharkiv and
    // Sumy on Monday": a place joined by "and" to a place used as a place,
    // where the phrase then ends (punctuation or a preposition follows), is
    // used as a place too. Not "in Kyiv and Russia denied it": a verb after
    // it makes it a subject.
    for at in 1..out.len() {
        let (head, tail) = out.split_at_mut(at);
        let (place, next) = (&head[at - 1], &mut tail[0]);
        let phrase_ends = || {
            let after = next.end_word;
            after >= scan.words.len()
                || scan.gap_before(after).contains([',', '.', ';', ':'])
                || PREPOSITIONS.find(scan.key(after)).is_some()
        };
        if matches!(next.kind, MentionKind::Country | MentionKind::Place)
            && next.preposition.is_none()
            && place.is_place_use()
            // "readouts from Moscow and Washington": sources, who speak.
            && place.preposition != Some("from")
            && place.end_word + 1 == next.first_word
            && matches!(scan.key(place.end_word), "and" | "or")
            && phrase_ends()
        {
            next.preposition = place.preposition;
        }
    }
    // "the Ukrainian city of Kramatorsk": the country describes the
    // place; it is neither an actor nor the place.
    out.retain(|m| {
        m.kind != MentionKind::Country
            || !(PLACE_PART_HEADS.contains(&scan.key(m.end_word))
                && scan.key(m.end_word + 1) == "of"
                && scan.is_capital(m.end_word + 2))
    });
}

/// Nouns for a part or kind of place that "of" joins to a place's name:
/// "the outskirts of Moscow", "the city of Kramatorsk".
pub(super) const PLACE_PART_HEADS: &[&str] = &[
    "capital",
    "center",
    "centre",
    "city",
    "district",
    "edge",
    "heart",
    "outskirts",
    "port",
    "province",
    "region",
    "streets",
    "suburb",
    "suburbs",
    "town",
    "village",
];

/// Words a place preposition may stand before a place part over ("in the
/// eastern Ukrainian city of"): at most this many.
const PLACE_PART_WORDS_MAX: usize = 4;

/// The place preposition that opens the phrase a place's name ends or
/// modifies when it does not follow the preposition itself: after "a" or
/// "an" ("in a Moscow suburb", "at an Odesa hospital"), or after a place
/// part and "of" ("on the outskirts of Moscow", "in the eastern Ukrainian
/// city of Kramatorsk"). A country mention right before the part
/// ("Ukrainian") only describes the place: `find_into` drops it.
fn phrase_preposition(
    scan: &Scan<'_, '_>,
    mention: &Mention,
) -> Option<&'static str> {
    let at = mention.first_word;
    let before = |back: usize| at.checked_sub(back).map(|i| scan.key(i));
    if matches!(before(1), Some("a" | "an")) {
        return before(2).and_then(|p| PLACE_PREPOSITIONS.find(p));
    }
    if before(1) != Some("of")
        || !before(2).is_some_and(|head| PLACE_PART_HEADS.contains(&head))
    {
        return None;
    }
    (3..3 + PLACE_PART_WORDS_MAX)
        .filter_map(before)
        .find_map(|word| PLACE_PREPOSITIONS.find(word))
}

/// Prepositions after which an institution named after its seat is the
/// building: "at the White House", "outside the Kremlin". "from" and "to"
/// are left out: "a statement from the White House", "a letter to the
/// Kremlin" name the institution.
const VENUE_PREPOSITIONS: &[&str] =
    &["at", "in", "inside", "outside", "into", "near"];

/// Verbs whose object is a building left or entered: "left the White
/// House", "leaving Downing Street".
const VENUE_VERBS: &[&str] = &[
    "left",
    "leave",
    "leaves",
    "leaving",
    "entered",
    "enters",
    "entering",
    "exited",
    "exiting",
    "departed",
    "departing",
];

/// Whether an organisation named after its seat (`venue` in the lexicon)
/// is used as a place: after a place preposition or a verb of leaving or
/// entering, with "the" between or not.
fn venue_use(scan: &Scan<'_, '_>, mention: &Mention) -> bool {
    if mention.preposition.is_some_and(|p| VENUE_PREPOSITIONS.contains(&p)) {
        return scan.lexicon.lookup(&mention.name).is_some_and(|e| e.venue);
    }
    let before =
        |back: usize| mention.first_word.checked_sub(back).map(|i| scan.key(i));
    let verb = match before(1) {
        Some("the") => before(2),
        word => word,
    };
    verb.is_some_and(|v| VENUE_VERBS.contains(&v))
        && scan.lexicon.lookup(&mention.name).is_some_and(|e| e.venue)
}

/// Group nouns whose "from X" names a party ("officials from Qatar").
const DELEGATES: &[&str] = &[
    "counterparts",
    "officials",
    "ministers",
    "leaders",
    "delegation",
    "delegations",
    "delegates",
    "envoys",
    "diplomats",
    "representatives",
    "negotiators",
];

/// Most parties a hyphenated compound can name ("US-Russia-China").
const HYPHEN_PARTS_MAX: usize = 3;

/// A hyphenated compound of known actors ("the Trump-Putin summit",
/// "US-Russia talks", "Israel-Hamas war") names each of them: one mention
/// per part, all over the compound's word. Only when every part is a
/// person, country or organisation the lexicon knows, so that "Al-Assad"
/// or "Joint Base Elmendorf-Richardson" are left to the run rules.
fn hyphen_pair(
    scan: &Scan<'_, '_>,
    idx: usize,
    memory: &mut Memory<'_>,
    out: &mut Vec<Mention>,
) -> bool {
    let key = scan.key(idx);
    if !key.contains('-') || scan.lexicon.lookup(key).is_some() {
        return false;
    }
    let parts: Vec<&str> = key.split('-').collect();
    if parts.len() < 2 || parts.len() > HYPHEN_PARTS_MAX {
        return false;
    }
    let mut found = Vec::with_capacity(parts.len());
    for part in &parts {
        let entry = scan.lexicon.lookup(part).filter(|e| {
            matches!(
                e.kind,
                EntryKind::Person
                    | EntryKind::Country
                    | EntryKind::Organisation
            )
        });
        let Some(entry) = entry else { return false };
        if found
            .iter()
            .any(|(name, _): &(String, EntryKind)| *name == entry.name)
        {
            return false;
        }
        found.push((entry.name.clone(), entry.kind));
    }
    for (name, kind) in found {
        if kind == EntryKind::Person {
            memory.remember(&name, &[], None);
        }
        out.push(mention(scan, name, entry_kind(kind), idx, idx + 1));
    }
    true
}

/// One past the last word of the capitalised run starting at `start`.
fn run_end(scan: &Scan<'_, '_>, start: usize) -> usize {
    let mut end = start + 1;
    if scan.words.get(start).is_some_and(|w| w.possessive) {
        return end;
    }
    while end < scan.words.len()
        && (scan.joined_to_previous(end) || after_initial(scan, end))
    {
        if scan.is_capital(end) || article_name(scan, end) {
            end += 1;
        } else if let Some(connectors) = (1..=CONNECTORS_IN_A_ROW_MAX)
            .take_while(|&n| {
                CONNECTORS.contains(scan.key(end + n - 1))
                    && (n == 1 || scan.joined_to_previous(end + n - 1))
            })
            .find(|&n| {
                scan.is_capital(end + n) && scan.joined_to_previous(end + n)
            })
        {
            end += connectors + 1;
        } else {
            break;
        }
        if scan.words.get(end - 1).is_some_and(|w| w.possessive) {
            break;
        }
    }
    end
}

/// "George W. Bush": the word before `idx` is a middle initial (one
/// capital letter and a period), so the name runs on past its period.
fn after_initial(scan: &Scan<'_, '_>, idx: usize) -> bool {
    let Some(initial) = idx.checked_sub(1).and_then(|i| scan.words.get(i))
    else {
        return false;
    };
    let letter = scan.text.get(initial.range.start..initial.range.end);
    idx >= 2
        && letter.is_some_and(|l| {
            l.len() == 1 && l.as_bytes()[0].is_ascii_uppercase()
        })
        && scan.gap_before(idx) == ". "
        && scan.is_capital(idx)
        && scan.is_capital(idx - 2)
        && scan.joined_to_previous(idx - 1)
}

/// Splits a run into lexicon entries, titles, adjectives and unknown words,
/// longest match first, into `segments` (cleared first).
fn segment_into<'a>(
    scan: &Scan<'a, '_>,
    start: usize,
    end: usize,
    segments: &mut Vec<Segment<'a>>,
) {
    segments.clear();
    let mut idx = start;
    while idx < end {
        let mut matched = None;
        let longest = scan.lexicon.max_words().min(end - idx);
        for len in (1..=longest).rev() {
            let key = scan.key_span(idx, idx + len);
            if !scan.lexicon.may_name(key) {
                continue;
            }
            if let Some(entry) = scan.lexicon.lookup(key) {
                matched = Some(Segment::Entry(idx, idx + len, entry));
            } else if let Some(roles) = scan.lexicon.title_roles(key) {
                matched = Some(Segment::Title(idx, roles));
            } else if let Some(entry) = scan.lexicon.adjective(key) {
                matched = Some(Segment::Adjective(
                    idx,
                    idx + len,
                    entry.name.as_str(),
                ));
            }
            if matched.is_some() {
                idx += len;
                break;
            }
        }
        match matched {
            Some(segment) => segments.push(segment),
            None => {
                segments.push(Segment::Unknown(idx));
                idx += 1;
            }
        }
    }
}

fn mention(
    scan: &Scan<'_, '_>,
    name: String,
    kind: MentionKind,
    from: usize,
    to: usize,
) -> Mention {
    let start = scan.words.get(from).map_or(0, |w| w.range.start);
    let end = to
        .checked_sub(1)
        .and_then(|i| scan.words.get(i))
        .map_or(start, |w| w.range.end);
    Mention {
        name,
        kind,
        range: Range { start, end },
        first_word: from,
        end_word: to,
        preposition: None,
        stands_for: None,
    }
}

fn entry_kind(kind: EntryKind) -> MentionKind {
    match kind {
        EntryKind::Person => MentionKind::Person,
        EntryKind::Organisation => MentionKind::Organisation,
        EntryKind::Country | EntryKind::Region => MentionKind::Country,
        EntryKind::Place => MentionKind::Place,
    }
}

/// Turns one capitalised run into mentions.
fn interpret_run<'a>(
    scan: &Scan<'a, '_>,
    start: usize,
    end: usize,
    memory: &mut Memory<'a>,
    out: &mut Vec<Mention>,
) {
    let mut segments = std::mem::take(&mut memory.segments);
    segment_into(scan, start, end, &mut segments);
    // "Voice of America", "Times of India", "China Daily": an outlet,
    // whatever places its name holds; but an outlet's word inside a known
    // title or name ("Press Secretary Jane Doe", "Capitol Hill") is not one.
    let outlet = end - start >= 2
        && segments.iter().any(|segment| {
            matches!(segment, Segment::Unknown(i)
                if outlet_heads().contains(scan.key(*i)))
        });
    if outlet {
        // "its state-run Nour News agency said": the agency's word after
        // the name is the outlet's too.
        let end = if scan.key(end) == "agency" && scan.joined_to_previous(end) {
            end + 1
        } else {
            end
        };
        out.push(mention(scan, String::new(), MentionKind::Outlet, start, end));
        memory.segments = segments;
        return;
    }
    // "Xinhua news agency said", "the Nour news agency": a name before the
    // lowercase words of a news agency is the agency's.
    if scan.key(end) == "news"
        && scan.key(end + 1) == "agency"
        && scan.joined_to_previous(end)
        && scan.joined_to_previous(end + 1)
    {
        out.push(mention(
            scan,
            String::new(),
            MentionKind::Outlet,
            start,
            end + 2,
        ));
        memory.segments = segments;
        return;
    }
    let street = end - start >= 2
        && STREET_WORDS.contains(&scan.key(end - 1))
        && !matches!(segments.as_slice(), [Segment::Entry(from, to, _)]
            if *from == start && *to == end);
    if street {
        // "Canada Road", "Moscow Street": an address, not the country or
        // city its first word names (a known name such as "Downing
        // Street" stays what the lexicon says).
        memory.segments = segments;
        return;
    }
    let mut roles = std::mem::take(&mut memory.roles);
    roles.clear();
    interpret_segments(scan, start, end, &segments, &mut roles, memory, out);
    memory.roles = roles;
    memory.segments = segments;
}

/// Last words of a capitalised run that make it a street's name.
const STREET_WORDS: &[&str] =
    &["road", "street", "avenue", "boulevard", "highway", "lane", "st", "ave"];

/// `interpret_run` once the run `start..end` is cut into `segments`.
fn interpret_segments<'a>(
    scan: &Scan<'a, '_>,
    start: usize,
    end: usize,
    segments: &[Segment<'a>],
    roles: &mut Vec<&'a str>,
    memory: &mut Memory<'a>,
    out: &mut Vec<Mention>,
) {
    roles.extend(role_before(scan, start));
    let mut country: Option<&'a str> = None;
    let mut unknown_from: Option<usize> = None;
    let mut last_adjective: Option<(usize, usize)> = None;
    for segment in segments {
        if let Segment::Entry(from, to, entry) = segment
            && entry.kind == EntryKind::Person
            && let Some(given) = unknown_from
            && another_given_name(scan, given, *from, &entry.name)
        {
            // "Nawaz Sharif" where the lexicon knows Shehbaz Sharif,
            // "Ivanka Trump": a known surname after another given name is
            // another person of that family.
            unknown_from = None;
            let name = run_text(scan, given, *to);
            memory.remember(&name, roles, country);
            out.push(mention(scan, name, MentionKind::Person, given, *to));
            roles.clear();
            last_adjective = None;
            continue;
        }
        if let Segment::Entry(from, to, entry) = segment
            && entry.kind == EntryKind::Organisation
            && let Some(given) = unknown_from
            && given > 0
            && scan.joined_to_previous(*from)
        {
            // "Iran's Supreme National Security Council", "the National
            // Security Council": capitalised words the lexicon does not know
            // before an organisation's alias name another, longer-named
            // body, not the one the alias means (the UN Security Council).
            unknown_from = None;
            let name = run_text(scan, given, *to);
            out.push(mention(
                scan,
                name,
                MentionKind::Organisation,
                given,
                *to,
            ));
            last_adjective = None;
            continue;
        }
        let bare = unknown_from.is_none();
        if !matches!(segment, Segment::Unknown(_))
            && let Some(from) = unknown_from.take()
        {
            let to = match segment {
                Segment::Entry(a, ..)
                | Segment::Title(a, _)
                | Segment::Adjective(a, ..) => *a,
                Segment::Unknown(a) => *a,
            };
            unknown_name(scan, from, to, roles, country, memory, out);
        }
        match segment {
            Segment::Entry(from, to, entry) => {
                let kind = entry.kind;
                // A bare surname means the article's own person of that
                // name, if it has one ("Nawaz Sharif ... Sharif said").
                // Not "Donald J. Trump": the initial's run ends before.
                let alone = bare
                    && (!roles.is_empty()
                        || from
                            .checked_sub(1)
                            .is_none_or(|i| !scan.is_capital(i)));
                let own =
                    (kind == EntryKind::Person && to - from == 1 && alone)
                        .then(|| memory.latest_by_word(scan.key(*from), roles))
                        .flatten()
                        .filter(|own| *own != entry.name)
                        .map(str::to_string);
                let name = own.as_deref().unwrap_or(entry.name.as_str());
                let mut found = mention(
                    scan,
                    name.to_string(),
                    entry_kind(kind),
                    *from,
                    *to,
                );
                if kind == EntryKind::Person {
                    let appositive = appositive_roles(scan, *to);
                    roles.extend(appositive);
                    memory.remember(
                        name,
                        roles,
                        country.or(entry.country.as_deref()),
                    );
                } else if entry.capital {
                    found.stands_for.clone_from(&entry.country);
                }
                if matches!(kind, EntryKind::Country | EntryKind::Region) {
                    country = Some(entry.name.as_str());
                }
                out.push(found);
                roles.clear();
                last_adjective = None;
            }
            Segment::Title(_, title_roles) => {
                roles.extend(title_roles.iter().map(String::as_str))
            }
            Segment::Adjective(from, to, name) => {
                country = Some(*name);
                last_adjective = Some((*from, *to));
            }
            Segment::Unknown(idx) => {
                unknown_from.get_or_insert(*idx);
            }
        }
    }
    if let Some(from) = unknown_from {
        unknown_name(scan, from, end, roles, country, memory, out);
        return;
    }
    if let Some((from, _)) = last_adjective {
        if let Some(country) = country
            && let Some(found) =
                adjective_role_reference(scan, from, end, country, memory)
        {
            // "the North Korean leader": the person the article named.
            out.push(found);
            return;
        }
        let before = out.len();
        group_after(scan, from, end, out);
        if out.len() == before && !roles.is_empty() {
            title_reference(scan, start, end, roles, country, memory, out);
        }
    } else if !roles.is_empty() {
        title_reference(scan, start, end, roles, country, memory, out);
    } else if let Some(last_idx) = out.len().checked_sub(1)
        && let Some((first_word, end_word, kind)) =
            out.get(last_idx).map(|m| (m.first_word, m.end_word, m.kind))
        && end_word == end
        && kind != MentionKind::Person
        // "Kremlin officials", "NATO allies": the run modifies a group.
        && group_after(scan, first_word, end, out)
        && let Some(last) = out.get(last_idx).cloned()
    {
        out.retain(|m| m != &last);
    }
}

/// "the North Korean leader", "a Russian leader's": a nationality run and
/// a singular role noun after it, referring to a person the article named
/// with that role and country. A plural ("Russian leaders") or a name
/// right after ("North Korean leader Kim Jong Un") is not a reference.
fn adjective_role_reference(
    scan: &Scan<'_, '_>,
    from: usize,
    run_end: usize,
    country: &str,
    memory: &Memory<'_>,
) -> Option<Mention> {
    let the_before = from
        .checked_sub(1)
        .is_some_and(|i| matches!(scan.key(i), "the" | "his" | "her"));
    let role = scan.key(run_end);
    let named_after = scan.words.get(run_end + 1).is_some_and(|w| w.capital)
        && scan.joined_to_previous(run_end + 1);
    if !the_before
        || role.ends_with('s')
            && !scan.words.get(run_end).is_some_and(|w| w.possessive)
        || !scan.lexicon.is_role(role)
        || named_after
        || !scan.joined_to_previous(run_end)
    {
        return None;
    }
    let name = memory.resolve_role(role, Some(country), scan.lexicon)?;
    Some(mention(scan, name, MentionKind::Person, from, run_end + 1))
}

/// "US President" / "the Russian leader" with no name: the person the
/// article named with that title.
fn title_reference(
    scan: &Scan<'_, '_>,
    start: usize,
    end: usize,
    roles: &[&str],
    country: Option<&str>,
    memory: &Memory<'_>,
    out: &mut Vec<Mention>,
) {
    let the_before = start
        .checked_sub(1)
        .is_some_and(|i| matches!(scan.key(i), "the" | "his" | "her"));
    if !the_before {
        return;
    }
    let name = roles
        .iter()
        .find_map(|role| memory.resolve_role(role, country, scan.lexicon));
    if let Some(name) = name {
        out.retain(|m| m.end_word <= start);
        out.push(mention(scan, name, MentionKind::Person, start, end));
    }
}

/// A lowercase role noun right before a name ("analyst Jane Doe").
fn role_before<'a>(scan: &Scan<'a, '_>, start: usize) -> Option<&'a str> {
    let previous = start.checked_sub(1)?;
    let key = scan.key(previous);
    let word = scan.words.get(previous)?;
    (!word.capital
        && scan.lexicon.is_role(key)
        && scan.joined_to_previous(start))
    .then_some(key)
}

/// Roles in an appositive right after a name: "X, a former ambassador,".
fn appositive_roles<'a>(scan: &Scan<'a, '_>, after: usize) -> Vec<&'a str> {
    let mut roles = Vec::new();
    if !scan.gap_before(after).trim_start().starts_with(',') {
        return roles;
    }
    for idx in after..(after + 8).min(scan.words.len()) {
        if idx > after && scan.gap_holds(idx, b',') {
            break;
        }
        let key = scan.key(idx);
        if scan.lexicon.is_role(key) {
            roles.push(key);
        }
    }
    roles
}

/// Unknown capitalised words: a new person, a known surname, an
/// organisation, an outlet, or nothing.
fn unknown_name<'a>(
    scan: &Scan<'a, '_>,
    from: usize,
    to: usize,
    roles: &[&'a str],
    country: Option<&'a str>,
    memory: &mut Memory<'a>,
    out: &mut Vec<Mention>,
) {
    // "Director General of Military Operations", "the Chief Minister of
    // Jammu": what an office heads, after its title, names no one.
    if matches!(scan.key(from), "of" | "for") {
        return;
    }
    // "Alberto Fernandez of Argentina": a connector before a known name
    // the run split off ends the unknown name; it is not part of it.
    let mut to = to;
    while to > from + 1 && CONNECTORS.contains(scan.key(to - 1)) {
        to -= 1;
    }
    let n_words = to.saturating_sub(from);
    let last_key = scan.key(to.saturating_sub(1));
    // The run's keys, walked where asked (no vector of them).
    let all_keys = || (from..to).map(|i| scan.key(i));
    if all_keys().any(|k| outlet_heads().contains(k)) {
        out.push(mention(scan, String::new(), MentionKind::Outlet, from, to));
        return;
    }
    let preposition = from.checked_sub(1).map_or("", |i| scan.key(i));
    if VENUE_HEADS.contains(&last_key)
        && matches!(
            preposition,
            "at" | "in" | "inside" | "outside" | "into" | "near" | "to"
        )
    {
        // "arrived at Mariinsky Palace", "a rally in Freedom Square": a
        // building or square the gazetteer does not know is a place there,
        // not an institution.
        let name = run_text(scan, from, to);
        out.push(mention(scan, name, MentionKind::Place, from, to));
        return;
    }
    if org_heads().contains(last_key)
        || all_keys().any(|k| org_heads().contains(k))
    {
        let mut start =
            if country.is_some() { adjective_start(scan, from) } else { from };
        // "the Kashmir Resistance", "the Sinai Liberation Front": a place
        // right before an organisation's head word is part of its name.
        if let Some(place) = out.last().filter(|m| {
            m.kind == MentionKind::Place
                && m.end_word == start
                && scan.joined_to_previous(start)
        }) {
            start = place.first_word;
            out.pop();
        }
        let name = run_text(scan, start, to);
        out.push(mention(scan, name, MentionKind::Organisation, start, to));
        return;
    }
    let calendar_word = all_keys().any(|k| CALENDAR_WORDS.contains(k));
    let place_part = preposition == "of"
        && from
            .checked_sub(2)
            .is_some_and(|i| PLACE_PART_HEADS.contains(&scan.key(i)));
    if (matches!(preposition, "in" | "near") || place_part)
        && n_words <= 3
        && !calendar_word
        && memory.person_by_word(last_key).is_none()
    {
        // "in Wellington", "near Port Moresby", "the city of Kramatorsk": a
        // place the gazetteer does not know yet.
        let name = run_text(scan, from, to);
        out.push(mention(scan, name, MentionKind::Place, from, to));
        return;
    }
    if n_words == 1 {
        if let Some(name) = memory.person_by_word(last_key).map(str::to_string)
        {
            memory.touch(&name);
            out.push(mention(scan, name, MentionKind::Person, from, to));
        } else if let Some(name) =
            memory.candidate_by_surname(last_key).map(str::to_string)
        {
            // "lost to Ana Reyes ... Reyes said": the name is a person's.
            memory.remember(&name, roles, country);
            out.push(mention(scan, name, MentionKind::Person, from, to));
        } else {
            // "Reyes, the leader of the opposition, said": a role set off
            // right after one unknown word makes it a person's surname.
            let opens = matches!(scan.key(to), "the" | "a" | "an" | "former")
                || scan.lexicon.is_role(scan.key(to))
                || possessor_role_at(scan, to);
            let appositive = appositive_roles(scan, to);
            let near = (to..to + 4).any(|i| scan.lexicon.is_role(scan.key(i)));
            let role_set_off = opens && near && !appositive.is_empty();
            // "Bolsonaro revealed he was", "said Okafor": one unknown word
            // speaking is a person's surname too.
            if role_set_off || surname_speaks(scan, from, to) {
                let name = run_text(scan, from, to);
                let known = if role_set_off { &appositive[..] } else { roles };
                memory.remember(&name, known, country);
                out.push(mention(scan, name, MentionKind::Person, from, to));
            }
        }
        return;
    }
    // "..., said Tom Hughes": a name right after a speech verb is a speaker.
    let said_before = from
        .checked_sub(1)
        .is_some_and(|i| super::events::is_speech_word(scan.key(i)));
    let role_appositive = role_before_appositive(scan, from);
    let person_cue = !roles.is_empty()
        || role_appositive.is_some()
        || person_cue_after(scan, from, to)
        || said_before
        || met_before(scan, from);
    if (2..=4).contains(&n_words) && person_cue {
        if let Some((_, role_start)) = role_appositive {
            // "the prime minister, Anna Kessel,", "the head of the
            // regional administration, Ivan Fedorov,": the office, and what
            // it heads, are the person's, not other actors.
            while out
                .last()
                .is_some_and(|m| m.end_word > role_start && m.end_word <= from)
            {
                out.pop();
            }
        }
        let name = run_text(scan, from, to);
        let mut all_roles = roles.to_vec();
        all_roles.extend(role_appositive.map(|(role, _)| role));
        all_roles.extend(appositive_roles(scan, to));
        memory.remember(&name, &all_roles, country);
        out.push(mention(scan, name, MentionKind::Person, from, to));
    } else if (2..=3).contains(&n_words)
        && !calendar_word
        && (from..to).all(|i| scan.words.get(i).is_some_and(|w| w.capital))
    {
        memory.note_candidate(&run_text(scan, from, to));
    }
}

/// News agencies and outlets known by one word, which relay news and are
/// no speaker's surname ("Reuters said", "Interfax reported").
static NEWS_WORDS: WordList = WordList::new(&[
    "reuters",
    "afp",
    "ap",
    "tass",
    "interfax",
    "xinhua",
    "yonhap",
    "ria",
    "bloomberg",
    "axios",
    "politico",
    "cnn",
    "bbc",
    "kyodo",
    "anadolu",
    "irna",
    "isna",
    "wafa",
    "bernama",
    "pti",
    "ani",
    "ians",
    "efe",
    "dpa",
    "ansa",
    "ukrinform",
    "unian",
    "rt",
    "sputnik",
    "nhk",
    "aljazeera",
    "semafor",
    "nbc",
    "cbs",
    "abc",
    "msnbc",
    "fox",
    "newsweek",
    "time",
]);

/// Whether one unknown capitalised word speaks: right before a speech
/// verb ("Bolsonaro revealed", "Okafor said") or right after one ("said
/// Okafor"), and is no news outlet, no calendar word, and not a plural
/// opening the sentence ("Critics said").
fn surname_speaks(scan: &Scan<'_, '_>, from: usize, to: usize) -> bool {
    let key = scan.key(from);
    let plain_gap =
        |at: usize| !scan.gap_before(at).contains([',', ';', ':', '(', ')']);
    let before = from.checked_sub(1);
    let speaks = (super::events::is_speech_word(scan.key(to)) && plain_gap(to))
        || before.is_some_and(|i| {
            super::events::is_speech_word(scan.key(i)) && plain_gap(from)
        });
    // "officials from Amazonas said", "Mandalay General Hospital said":
    // a place after a preposition, or the tail of a longer name.
    let tail = before.is_some_and(|i| {
        PREPOSITIONS.contains(scan.key(i))
            || (scan.words.get(i).is_some_and(|w| w.capital) && plain_gap(from))
    });
    // "MRTV reported", "the court (TSE) announced": an acronym is a body.
    let acronym = scan
        .words
        .get(from)
        .map(|w| slice(scan.text, w.range))
        .is_some_and(|text| text.bytes().all(|b| !b.is_ascii_lowercase()));
    speaks
        && to == from + 1
        && !tail
        && !acronym
        && key.len() >= 3
        && key.bytes().all(|b| b.is_ascii_lowercase())
        && !key.ends_with("ing")
        && !NEWS_WORDS.contains(key)
        && !CALENDAR_WORDS.contains(key)
        && !(from == 0 && key.ends_with('s'))
        && !scan.words.get(from).is_some_and(|w| w.possessive)
}

/// Whether the capitalised words `from..to` before a known person's
/// surname are a given name other than theirs: full words (not initials
/// such as "J."), none of them one of the known name's own words.
fn another_given_name(
    scan: &Scan<'_, '_>,
    from: usize,
    to: usize,
    known: &str,
) -> bool {
    from < to
        && to - from <= 2
        && (from..to).all(|idx| {
            let key = scan.key(idx);
            key.len() >= 3
                && key.bytes().all(|b| b.is_ascii_alphabetic())
                && !known
                    .split_whitespace()
                    .any(|word| word.eq_ignore_ascii_case(key))
        })
}

/// The first word of an adjective run right before `from`.
fn adjective_start(scan: &Scan<'_, '_>, from: usize) -> usize {
    let mut start = from;
    while start > 0 && scan.lexicon.adjective(scan.key(start - 1)).is_some() {
        start -= 1;
    }
    start
}

/// The role noun of an appositive that a name completes, and the index of
/// its first word: "the prime minister, Anna Kessel, said" (a role, a
/// comma, then the name), or "the head of the district administration,
/// Piotr Havel, wrote" (a role, "of", "to" or "for" and what it heads or
/// serves, a comma, the name: "the envoy to the UN, Irena Bosak").
fn role_before_appositive<'a>(
    scan: &Scan<'a, '_>,
    from: usize,
) -> Option<(&'a str, usize)> {
    if scan.gap_before(from).trim() != "," {
        return None;
    }
    let role_ending_at = |end: usize| {
        [3usize, 2, 1].into_iter().find_map(|len| {
            let start = end.checked_sub(len)?;
            let lowercase = (start..end)
                .all(|i| scan.words.get(i).is_some_and(|w| !w.capital));
            (lowercase && role_len(scan, start) == Some(len))
                .then(|| (scan.key_span(start, end), start))
        })
    };
    role_ending_at(from).or_else(|| {
        // What the role heads is a short phrase with no punctuation in it.
        let of = (from.saturating_sub(ROLE_OF_WORDS_MAX + 1)
            ..from.saturating_sub(1))
            .rev()
            .take_while(|&i| scan.gap_before(i + 1).trim().is_empty())
            .find(|&i| matches!(scan.key(i), "of" | "to" | "for"))?;
        if !scan.gap_before(of).trim().is_empty() {
            return None;
        }
        role_ending_at(of)
    })
}

/// The end of "of the district administration" after a role noun, when it
/// ends, within `ROLE_OF_WORDS_MAX` words, at punctuation or before a speech
/// or trigger word ("the head of the administration said").
pub(super) fn headed_phrase_end(
    scan: &Scan<'_, '_>,
    after_role: usize,
) -> Option<usize> {
    if scan.key(after_role) != "of"
        || !scan.gap_before(after_role).trim().is_empty()
    {
        return None;
    }
    let first = after_role + 1;
    (first + 1..=first + ROLE_OF_WORDS_MAX)
        .take_while(|&i| i <= scan.words.len())
        .find(|&i| {
            i == scan.words.len()
                || !scan.gap_before(i).trim().is_empty()
                || super::events::is_speech_word(scan.key(i))
                || super::events::is_trigger_word(scan.key(i))
        })
}

/// Words at most between "of" and the comma in "the head of the district
/// administration, Piotr Havel".
const ROLE_OF_WORDS_MAX: usize = 6;

/// Verbs whose object, when an unknown two-to-four-word capitalised name,
/// is taken for a person ("met Peter Vogt", "hosted Anna Kessel").
static MEETING_VERBS: WordList = WordList::new(&[
    "met",
    "meet",
    "meets",
    "hosted",
    "hosts",
    "host",
    "received",
    "welcomed",
    "thanked",
    "congratulated",
    "phoned",
    "telephoned",
    "called",
]);

/// Words before "with" that make its object a party to talks ("talks
/// with", "met with", "a call with").
static WITH_HEADS: WordList = WordList::new(&[
    "met",
    "meet",
    "meets",
    "meeting",
    "talks",
    "talked",
    "spoke",
    "speak",
    "call",
    "conversation",
]);

/// Whether the name starting at `from` is the object of a meeting verb
/// ("met Peter Vogt", "talks with Peter Vogt"), with no punctuation in
/// between.
fn met_before(scan: &Scan<'_, '_>, from: usize) -> bool {
    let Some(previous) = from.checked_sub(1) else { return false };
    if !scan.joined_to_previous(from) {
        return false;
    }
    let key = scan.key(previous);
    // "convicted Anna Kessel of treason", "freed Evan Gershkovich": what
    // happens to people is done to a person.
    if MEETING_VERBS.contains(key) || PERSON_PASSIVES.contains(key) {
        return true;
    }
    key == "with"
        && previous > 0
        && scan.joined_to_previous(previous)
        && WITH_HEADS.contains(scan.key(previous - 1))
}

/// Auxiliaries after which a verb says a name is a person's ("Anna Kessel
/// will visit", "Peter Vogt has met").
static AUXILIARIES: WordList = WordList::new(&[
    "will", "would", "has", "had", "is", "was", "also", "later", "then",
]);

/// Base forms a person's name may lead after an auxiliary ("will visit",
/// "is to meet" reads as "is" then "to meet", not here).
static PERSON_BASE_VERBS: WordList = WordList::new(&[
    "meet", "visit", "travel", "sign", "speak", "host", "attend", "address",
    "fly", "arrive", "return", "announce", "call", "phone",
]);

/// Participles whose passive subject is a person ("Paul Whelan was
/// sentenced", "was arrested", "was freed"): what happens to people.
static PERSON_PASSIVES: WordList = WordList::new(&[
    "arrested",
    "detained",
    "sentenced",
    "convicted",
    "jailed",
    "imprisoned",
    "freed",
    "released",
    "kidnapped",
    "abducted",
    "indicted",
    "charged",
    "elected",
    "appointed",
]);

/// ", a/the/who ..." or a speech verb after a name marks a person.
fn person_cue_after(scan: &Scan<'_, '_>, from: usize, to: usize) -> bool {
    let gap = scan.gap_before(to);
    let next = scan.key(to);
    if gap.trim().is_empty()
        && AUXILIARIES.contains(next)
        && scan.joined_to_previous(to + 1)
    {
        // "Anna Kessel will visit", "Peter Vogt has met".
        let verb = scan.key(to + 1);
        if PERSON_BASE_VERBS.contains(verb)
            || PERSON_VERBS.contains(verb)
            || super::events::is_speech_word(verb)
            // "Paul Whelan was sentenced", "Ana Reyes was arrested".
            || (matches!(next, "was" | "is") && PERSON_PASSIVES.contains(verb))
        {
            return true;
        }
    }
    if gap.trim_start().starts_with(',') {
        // "X, a spokesman", "X, who ...", and "a tribal elder, X,
        // confirmed": a name set off before its verb.
        // "Daw Kyi Shwin, 45, said": an age set off after a name.
        let age = next.len() <= 3
            && next.bytes().all(|b| b.is_ascii_digit())
            && next.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
            && scan.gap_before(to + 1).trim_start().starts_with(',');
        return age
            || matches!(next, "a" | "an" | "the" | "who" | "whose" | "former")
            || scan.lexicon.is_role(next)
            || possessor_role_at(scan, to)
            // The comma opens the name, or the title before it ("a
            // spokesperson, Gen. Zaw Min Tun, said").
            || ((from.saturating_sub(1)..=from)
                .any(|i| scan.gap_holds(i, b','))
                && (super::events::is_speech_word(next)
                    || PERSON_VERBS.contains(next)));
    }
    if next == "and" && gap.trim().is_empty() {
        // "Sergei Ivanov and Boris Lozhkin met": a name joined by "and" to
        // another capitalised name whose verb is a person's.
        let mut end = to + 1;
        while end < to + 1 + COORDINATED_NAME_WORDS_MAX
            && scan.words.get(end).is_some_and(|w| w.capital)
            && scan.joined_to_previous(end)
        {
            end += 1;
        }
        let verb = scan.key(end);
        // "the two chiefs – X and Y – met": a dash may close the pair.
        let gap = scan.gap_before(end).trim().trim_matches(['–', '—']);
        if end > to + 1
            && gap.trim().is_empty()
            && (super::events::is_speech_word(verb)
                || PERSON_VERBS.contains(verb))
        {
            return true;
        }
    }
    super::events::is_speech_word(next) || PERSON_VERBS.contains(next)
}

/// Most words of the second name in "X and Y met".
const COORDINATED_NAME_WORDS_MAX: usize = 4;

/// Most words from a possessor to the role it holds ("Ukraine's human
/// rights commissioner").
const POSSESSOR_TO_ROLE_WORDS: usize = 4;

/// Whether a possessor opens a role right at `at` ("X, Spain's foreign
/// minister, said", "Smith, Britain's ambassador to the UN,"): the
/// possessive word, then a role within a few lowercase words.
fn possessor_role_at(scan: &Scan<'_, '_>, at: usize) -> bool {
    scan.words.get(at).is_some_and(|w| w.possessive && w.capital)
        && (at + 1..=at + POSSESSOR_TO_ROLE_WORDS)
            .take_while(|&i| {
                scan.words.get(i).is_some_and(|w| !w.capital)
                    && !scan.gap_before(i).contains([',', ';', '.'])
            })
            .any(|i| scan.lexicon.is_role(scan.key(i)))
}

/// Capitalised words that are times, not places ("in Sept.", "in
/// Spring"); month and day names are function words already.
static CALENDAR_WORDS: WordList = WordList::new(&[
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
    "ramadan",
]);

/// Verbs whose subject, when an unknown two-to-four-word capitalised name,
/// is taken for a person ("Jacinda Ardern met ...", "Tom Hughes visited").
static PERSON_VERBS: WordList = WordList::new(&[
    "met",
    "held",
    "told",
    "joined",
    "meets",
    "visited",
    "visits",
    "phoned",
    "hosted",
    "hosts",
    "travelled",
    "traveled",
    "arrived",
    "flew",
    "signed",
    "resigned",
    "threatened",
    "vowed",
    "pledged",
    "promised",
    "urged",
    "accused",
    "denied",
    "rejected",
    "praised",
    "criticized",
    "criticised",
    "welcomed",
    "spoke",
    "speaks",
    "wrote",
    "tweeted",
    "posted",
    "denounced",
    "condemned",
    "reiterated",
    "stressed",
    "insisted",
    "emphasized",
    "emphasised",
    "expressed",
    "discussed",
    "thanked",
    "congratulated",
    "ordered",
    "attended",
    "declined",
    "refused",
    "dismissed",
    "slammed",
    "blamed",
    "acknowledged",
    "admitted",
    "received",
    "returned",
]);

/// The text of words `from..to` with inner whitespace collapsed.
fn run_text(scan: &Scan<'_, '_>, from: usize, to: usize) -> String {
    let mut name = String::new();
    for idx in from..to {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(scan.word(idx));
        // "George W. Bush": an initial keeps its period.
        if idx + 1 < to && after_initial(scan, idx + 1) {
            name.push('.');
        }
    }
    name
}

/// A group after a modifier run ("European leaders", "Kremlin officials");
/// returns whether one was added.
fn group_after(
    scan: &Scan<'_, '_>,
    modifier: usize,
    run_end: usize,
    out: &mut Vec<Mention>,
) -> bool {
    for len in [2usize, 1] {
        let key = scan.key_span(run_end, run_end + len);
        let joined =
            (run_end..run_end + len).all(|i| scan.joined_to_previous(i));
        if key.is_empty() || !joined || scan.lexicon.group_head(key).is_none() {
            continue;
        }
        // "North Korean leader Kim Jong Un": a title before a name, which
        // the name's own run reads.
        let end = run_end + len;
        if !key.ends_with('s')
            && scan.words.get(end).is_some_and(|w| w.capital)
            && scan.joined_to_previous(end)
        {
            return false;
        }
        let name = format!("{} {}", run_text(scan, modifier, run_end), key);
        out.push(mention(
            scan,
            name,
            MentionKind::Group,
            modifier,
            run_end + len,
        ));
        return true;
    }
    false
}

/// Mentions that start with a lowercase word: groups ("analysts"), role
/// references ("the former ambassador") and pronouns. Returns the next index.
fn lowercase_mention(
    scan: &Scan<'_, '_>,
    idx: usize,
    memory: &mut Memory<'_>,
    out: &mut Vec<Mention>,
) -> usize {
    let key = scan.key(idx);
    if matches!(key, "he" | "she") {
        out.push(mention(
            scan,
            key.to_string(),
            MentionKind::Pronoun,
            idx,
            idx + 1,
        ));
        return idx + 1;
    }
    if (key == "the" || key == "a")
        && let Some(next) = role_reference(scan, idx, memory, out)
    {
        return next;
    }
    // Most words neither are a group head nor start one: one filter test
    // rules out both lookups below.
    if !scan.lexicon.may_start_group(key) {
        return idx + 1;
    }
    let two_word = scan.lexicon.starts_group_phrase(key);
    for len in [2usize, 1] {
        if len == 2 && (!two_word || !scan.joined_to_previous(idx + 1)) {
            continue;
        }
        // One word's key is already cut (`key_span` would slice it again).
        let group_key =
            if len == 1 { key } else { scan.key_span(idx, idx + len) };
        if scan.lexicon.group_head(group_key).is_some()
            && plural_or_indefinite(scan, idx, group_key)
        {
            let name = key_of(group_key);
            out.push(mention(scan, name, MentionKind::Group, idx, idx + len));
            return idx + len;
        }
    }
    idx + 1
}

/// Whether the word at `next` is a lowercase word that a singular group
/// head before it modifies ("official visit"); a verb, function word or
/// punctuation after the head leaves it a noun ("the ministry said").
fn modifies_next(scan: &Scan<'_, '_>, next: usize) -> bool {
    let Some(word) = scan.words.get(next) else { return false };
    let key = scan.key(next);
    if word.capital {
        // "the official Syrian news agency", "an official Reuters report":
        // a nationality, or a capitalised word before a lowercase noun,
        // after the head makes the head an adjective too.
        let before_noun = scan.words.get(next + 1).is_some_and(|w| {
            !w.capital
                && scan.gap_before(next + 1).trim().is_empty()
                && !function_words().contains(scan.key(next + 1))
                && !super::events::is_speech_word(scan.key(next + 1))
                && !PERSON_VERBS.contains(scan.key(next + 1))
        });
        return scan.gap_before(next).trim().is_empty()
            && (scan.lexicon.adjective(key).is_some() || before_noun);
    }
    scan.gap_before(next).trim().is_empty()
        && !function_words().contains(key)
        && !super::events::is_speech_word(key)
        && !PERSON_VERBS.contains(key)
        && !key.ends_with("ed")
        && !key.ends_with("ly")
        && !matches!(key, "has" | "had" | "is" | "was" | "will" | "would")
}

/// Lowercase modifiers that may stand between a determiner and a group
/// head ("the foreign ministry", "a senior military official").
const GROUP_MODIFIERS_MAX: usize = 2;

/// Bare group heads count when plural ("officials") or with "a"
/// ("a reporter"); "the government" counts too, and so does a head after
/// a determiner and a modifier or two ("the foreign ministry").
fn plural_or_indefinite(scan: &Scan<'_, '_>, idx: usize, key: &str) -> bool {
    // "media", "police", "men" and "gunmen" are plural without an s.
    if key.ends_with('s')
        || key.ends_with("men")
        || matches!(key, "media" | "police")
    {
        return true;
    }
    if modifies_next(scan, idx + key.split(' ').count()) {
        // "an official visit", "a government plan": an adjective.
        return false;
    }
    let mut at = idx;
    for _ in 0..=GROUP_MODIFIERS_MAX {
        let Some(before) = at.checked_sub(1) else { return false };
        let word = scan.key(before);
        // "a reporter", "the ministry", and a possessive ("her spokesman",
        // "its military").
        if matches!(
            word,
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "one"
                | "another"
        ) {
            return true;
        }
        // A lowercase possessive determines the group as "its" does
        // ("the country's ruling military junta").
        if scan.words.get(before).is_some_and(|w| w.possessive && !w.capital) {
            return true;
        }
        // Lowercase modifiers, or a nationality ("the Turkish foreign
        // ministry").
        let modifier = (scan.words.get(before).is_some_and(|w| !w.capital)
            || scan.lexicon.adjective(word).is_some())
            && scan.gap_before(at).trim().is_empty()
            && !function_words().contains(word)
            && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
        if !modifier {
            return false;
        }
        at = before;
    }
    false
}

/// Whether a speech verb follows at `next`, over words that may stand
/// between a subject and its verb ("the governor said", "the governor
/// also told reporters", "the prosecutor has said", "the governor on
/// Facebook wrote").
fn speaks_next(scan: &Scan<'_, '_>, next: usize) -> bool {
    let mut at = next;
    while at < next + 2 && super::quotes::BETWEEN.contains(scan.key(at)) {
        at += 1;
    }
    // "the governor on Facebook wrote": over a platform's name.
    if matches!(scan.key(at), "on" | "via") {
        let mut name_end = at + 1;
        while name_end < at + 4
            && scan.words.get(name_end).is_some_and(|w| w.capital)
        {
            name_end += 1;
        }
        if name_end > at + 1 {
            at = name_end;
        }
    }
    scan.gap_before(at).trim().is_empty()
        && super::events::is_speech_word(scan.key(at))
}

/// Most lowercase modifiers between a determiner and a role noun ("the
/// newly elected regional governor" has three; two are kept).
const ROLE_MODIFIERS_MAX: usize = 2;

/// How many words (three, two or one, the longest first) of a role noun
/// start at `idx`, if one does.
fn role_len(scan: &Scan<'_, '_>, idx: usize) -> Option<usize> {
    [3usize, 2, 1].into_iter().find(|&len| {
        let key = scan.key_span(idx, idx + len);
        !key.is_empty() && scan.lexicon.is_role(key)
    })
}

/// Whether the word at `idx` may modify a role noun after it: a lowercase
/// word of letters (or a hyphen), joined to the word before, not a function
/// word, a speech word or a group head ("the regional governor", not "the
/// said governor" or "the officials' governor").
fn role_modifier(scan: &Scan<'_, '_>, idx: usize) -> bool {
    let key = scan.key(idx);
    scan.plain_lowercase(idx)
        && scan.gap_before(idx).trim().is_empty()
        && scan.gap_before(idx + 1).trim().is_empty()
        && !function_words().contains(key)
        && !super::events::is_speech_word(key)
        && scan.lexicon.group_head(key).is_none()
}

/// "the [former] [Adjective] [modifiers] role" referring back to a named
/// person, or naming an unnamed office holder.
fn role_reference(
    scan: &Scan<'_, '_>,
    the: usize,
    memory: &mut Memory<'_>,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let mut idx = the + 1;
    let mut country = None;
    if scan.key(idx) == "former" {
        idx += 1;
    }
    if let Some(entry) = scan.lexicon.adjective(scan.key(idx)) {
        country = Some(entry.name.clone());
        idx += 1;
    }
    // "the regional governor", "the local police chief": lowercase
    // modifiers before the role noun.
    let mut role = role_len(scan, idx);
    let mut modifiers = 0;
    while role.is_none()
        && modifiers < ROLE_MODIFIERS_MAX
        && role_modifier(scan, idx)
    {
        idx += 1;
        modifiers += 1;
        role = role_len(scan, idx);
    }
    // The role noun's words (one to three), looked up once per position.
    if let Some(len) = role {
        let key = scan.key_span(idx, idx + len);
        // "the Russian leader said" but not "the leaders"; titles written
        // capitalised are handled by the run scanner; and not "the
        // official news agency", where the noun is an adjective.
        // "the head of the administration" is a role noun all the same.
        if scan.words.get(idx).is_some_and(|w| w.capital)
            || (scan.key(idx + len) != "of" && modifies_next(scan, idx + len))
        {
            return None;
        }
        // "Jane Doe, a veteran diplomat, said": an appositive that
        // describes the name before it is no actor of its own.
        let describes_previous = scan.gap_before(the).trim() == ","
            && out.last().is_some_and(|m| {
                m.kind == MentionKind::Person && m.end_word == the
            });
        if describes_previous {
            return Some(idx + len);
        }
        let role = scan
            .lexicon
            .title_roles(key)
            .and_then(|r| r.last().cloned())
            .unwrap_or_else(|| key.to_string());
        // "the" refers back, and so does an office of a named country
        // ("a U.S. president" after Trump); "a senior diplomat" is
        // someone new.
        let refers_back = scan.key(the) == "the" || country.is_some();
        let name = refers_back
            .then(|| {
                memory
                    .resolve_role(&role, country.as_deref(), scan.lexicon)
                    .or_else(|| {
                        memory.resolve_role(
                            key,
                            country.as_deref(),
                            scan.lexicon,
                        )
                    })
            })
            .flatten();
        match name {
            Some(name) => {
                memory.touch(&name);
                out.push(mention(
                    scan,
                    name,
                    MentionKind::Person,
                    the,
                    idx + len,
                ));
                // "the head of the administration said": what the named
                // office holder heads is not the speaker.
                if let Some(end) = headed_phrase_end(scan, idx + len) {
                    return Some(end);
                }
            }
            None => {
                // An unnamed office holder ("the Japanese prime minister")
                // is kept as written, head noun last.
                let adjective = (the + 1..idx)
                    .map(|i| scan.word(i))
                    .collect::<Vec<_>>()
                    .join(" ");
                let adjective = adjective.trim_start_matches("former").trim();
                // A bare office ("the governor said", "a prosecutor told
                // reporters", "the regional governor said") is kept by its
                // role noun when it speaks: an unnamed speaker still says
                // who spoke. Elsewhere ("expelled the envoy") it names no
                // one to count among the actors.
                if country.is_none() && !speaks_next(scan, idx + len) {
                    return None;
                }
                let name = if adjective.is_empty() {
                    key.to_string()
                } else {
                    format!("{adjective} {key}")
                };
                out.push(mention(
                    scan,
                    name,
                    MentionKind::Group,
                    the,
                    idx + len,
                ));
            }
        }
        return Some(idx + len);
    }
    None
}

/// `FUNCTION_WORDS` as a set, built once.
pub(super) fn function_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(FUNCTION_WORDS))
}

/// `ORG_HEADS` as a set, built once.
fn org_heads() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(ORG_HEADS))
}

/// `OUTLET_HEADS` as a set, built once.
fn outlet_heads() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(OUTLET_HEADS))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `only_spaces` gives the answer of the char test it replaced.
    #[test]
    fn only_spaces_answers_as_the_char_test() {
        let samples = [
            "",
            " ",
            "  ",
            "\u{a0}",
            " \u{a0} ",
            "\u{a0}\u{a0}",
            ", ",
            " -",
            "\u{2009}",
            "\u{202f}",
            "\t",
            " \u{c2}",
            "é",
            " \u{a0}x",
            "\u{b7}",
        ];
        for gap in samples {
            let by_chars = gap.chars().all(|c| c == ' ' || c == '\u{a0}');
            assert_eq!(only_spaces(gap), by_chars, "{gap:?}");
        }
    }
}
