//! Text layout: body lines classified as prose, boilerplate or headings;
//! prose split into sentences and words, all with exact byte offsets.
//!
//! It owns the general patterns that recognise page furniture (subscription
//! blurbs, share lines, credits, headlines) and the sentence splitter. It
//! never allocates per character and never slices off a char boundary.

use super::fxhash::WordList;

/// How a body line is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineClass {
    /// Running text that can report events.
    Prose,
    /// Page furniture: subscription blurbs, share lines, credits, noise.
    Boilerplate,
    /// A headline, subhead or question heading: no events.
    Heading,
}

/// A byte range of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One sentence of prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Trimmed byte range.
    pub range: Range,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// One word of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte range without a possessive `'s`.
    pub range: Range,
    /// Whether `'s` / `’s` followed it.
    pub possessive: bool,
    /// Whether it starts with an uppercase letter.
    pub capital: bool,
}

/// The body split into classified lines and prose paragraphs.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Every non-blank line that is not prose, with its class.
    pub skipped: Vec<(Range, LineClass)>,
    /// Prose paragraphs (wrapped lines joined).
    pub paragraphs: Vec<Range>,
}

/// Lines an article's layout has room for from the start.
const LINES_RESERVED: usize = 64;

/// Splits `text[body_start..]` into prose paragraphs and skipped lines.
pub fn layout(text: &str, body_start: usize) -> Layout {
    let mut start = body_start.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let lines = trimmed_lines(text, start);
    let mut layout = Layout {
        skipped: Vec::with_capacity(LINES_RESERVED / 4),
        paragraphs: Vec::with_capacity(LINES_RESERVED / 2),
    };
    let mut open: Option<Range> = None;
    // One lowercase buffer for every line's furniture check.
    let mut lower = String::new();
    for (idx, line) in lines.iter().enumerate() {
        let body = slice(text, *line);
        // A blank line ends a paragraph: what follows it ("by Kateryna
        // Denisova", a byline under a headline) continues nothing.
        let next = lines
            .get(idx + 1)
            .filter(|r| {
                let gap = text.get(line.end..r.start).unwrap_or("");
                gap.bytes().filter(|&b| b == b'\n').count() < 2
            })
            .map(|r| slice(text, *r));
        let class = classify_line(body, next, &mut lower);
        match class {
            LineClass::Prose => {
                let joined = match open.take() {
                    Some(para) => Range { start: para.start, end: line.end },
                    None => *line,
                };
                if wraps_into_next(body, next) {
                    open = Some(joined);
                } else {
                    layout.paragraphs.push(joined);
                }
            }
            other => {
                if let Some(para) = open.take() {
                    layout.paragraphs.push(para);
                }
                layout.skipped.push((*line, other));
            }
        }
    }
    if let Some(para) = open {
        layout.paragraphs.push(para);
    }
    layout
}

/// Non-blank lines from `start`, trimmed of whitespace (NBSP included).
fn trimmed_lines(text: &str, start: usize) -> Vec<Range> {
    // Room for a typical article's lines: growing from empty reallocated
    // the vector several times per article.
    let mut out = Vec::with_capacity(LINES_RESERVED);
    let mut line_start = start;
    // `split` on a byte finds newlines with a vectorised search.
    for line in text.get(start..).unwrap_or("").split('\n') {
        let unled = line.trim_start();
        let lead = line.len() - unled.len();
        let trimmed = unled.trim_end();
        if !trimmed.is_empty() {
            let s = line_start + lead;
            out.push(Range { start: s, end: s + trimmed.len() });
        }
        line_start += line.len() + 1;
    }
    out
}

/// The text of a range, or "" if it is not on char boundaries.
pub fn slice(text: &str, range: Range) -> &str {
    text.get(range.start..range.end).unwrap_or("")
}

/// Whether `text` holds the ASCII byte `byte`, as `text.contains(char)`
/// answers for that char: a byte loop, for the gaps between words (a byte
/// or two), where `str::contains` set up a char searcher and called
/// `memchr`.
#[inline]
pub(super) fn holds_byte(text: &str, byte: u8) -> bool {
    text.bytes().any(|b| b == byte)
}

/// `0x01` in every byte of a word.
const LOW_BITS: u64 = u64::from_ne_bytes([0x01; 8]);
/// `0x80` in every byte of a word.
const HIGH_BITS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The first index at or after `from` whose byte is one of `needles`, or
/// (when `non_ascii`) any byte of a non-ASCII char.
///
/// It tests eight bytes at a time (the scans for quote marks and sentence
/// ends run over every byte of prose). In `(v - 0x01..) & !v & 0x80..` the
/// lowest flagged byte is always a zero byte of `v` (a false flag needs a
/// borrow from a zero byte below it), so the lowest flag over all the
/// needles' masks is the first match.
pub(super) fn find_bytes<const N: usize>(
    bytes: &[u8],
    from: usize,
    needles: [u8; N],
    non_ascii: bool,
) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let mut flags = if non_ascii { word & HIGH_BITS } else { 0 };
        for needle in needles {
            let equal = word ^ (LOW_BITS * u64::from(needle));
            flags |= equal.wrapping_sub(LOW_BITS) & !equal & HIGH_BITS;
        }
        if flags != 0 {
            return Some(offset + flags.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .position(|byte| {
            (non_ascii && !byte.is_ascii()) || needles.contains(byte)
        })
        .map(|at| offset + at)
}

/// The last index where the ASCII `needle` starts in `haystack`, the same
/// answer as `str::rfind` with a `&str` pattern.
///
/// `rfind` builds a two-way searcher per call (about 600 instructions
/// before it reads a byte), which dominated short look-backs such as
/// "anniversary of " before a trigger. Here the haystack is scanned eight
/// bytes at a time for the needle's byte at `key` (pick a rare one) and
/// the needle is compared only where that byte occurs; the last match is
/// kept.
pub(super) fn rfind_ascii(
    haystack: &str,
    needle: &str,
    key: usize,
) -> Option<usize> {
    let bytes = haystack.as_bytes();
    let needle = needle.as_bytes();
    let key_byte = *needle.get(key)?;
    let mut found = None;
    let mut from = key;
    while let Some(at) = find_bytes(bytes, from, [key_byte], false) {
        let start = at - key;
        if bytes.get(start..start + needle.len()) == Some(needle) {
            found = Some(start);
        }
        from = at + 1;
    }
    found
}

/// `byte` in every byte of a word.
const fn splat(byte: u8) -> u64 {
    LOW_BITS * byte as u64
}

/// The high bit of each byte of `x` that is in `low..=high`; every byte of
/// `x` must be below 0x80 (callers mask the high bits off).
fn in_range(x: u64, low: u8, high: u8) -> u64 {
    let at_least_low = x.wrapping_add(splat(0x80 - low)) & HIGH_BITS;
    let above_high = x.wrapping_add(splat(0x7F - high)) & HIGH_BITS;
    at_least_low & !above_high
}

/// Whether eight bytes are ASCII whose only white space is single spaces,
/// none of them right after the byte before the chunk when that was a
/// space (`space_before`). A chunk of another length is never plain.
pub(super) fn is_plain_ascii_chunk(chunk: &[u8], space_before: bool) -> bool {
    let Ok(word) = <[u8; 8]>::try_from(chunk) else { return false };
    let v = u64::from_le_bytes(word);
    let low7 = v & !HIGH_BITS;
    // Tab, line feed, vertical tab, form feed, carriage return.
    let control = in_range(low7, b'\t', b'\r');
    let other = low7 ^ splat(b' ');
    let space = !(other.wrapping_add(splat(0x7F)) | other) & HIGH_BITS;
    let doubled = space & (space << 8);
    let first_doubled = space_before && chunk.first() == Some(&b' ');
    v & HIGH_BITS == 0 && control == 0 && doubled == 0 && !first_doubled
}

/// Whether `bytes` is ASCII whose only white space is single spaces
/// between other bytes (none first or last), tested eight bytes at a
/// time: most sentences are, and the summary of a short one is then the
/// sentence itself. Every test is exact, so `true` is always right; a
/// caller may still check a `false` byte by byte.
pub(super) fn is_single_spaced_ascii(bytes: &[u8]) -> bool {
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut chunks = bytes.chunks_exact(8);
    let mut space_before = false;
    for chunk in chunks.by_ref() {
        if !is_plain_ascii_chunk(chunk, space_before) {
            return false;
        }
        space_before = chunk.last() == Some(&b' ');
    }
    for &byte in chunks.remainder() {
        let space = byte == b' ';
        if !byte.is_ascii()
            || (space && space_before)
            || (!space && matches!(byte, b'\t'..=b'\r'))
        {
            return false;
        }
        space_before = space;
    }
    true
}

/// One past the end of the run of ASCII letters starting at `from`: the
/// same index as a byte-by-byte `is_ascii_alphabetic` loop, found eight
/// bytes at a time (the time tokenizer's words; the byte loop cost about
/// eight instructions per letter).
///
/// In each byte of `v & 0x7F..`, adding `0x80 - low` sets the high bit
/// exactly when the byte is at least `low`, and no sum carries into the
/// next byte, so a range test is two additions; bytes with the high bit
/// set (non-ASCII) are ruled out separately.
pub(super) fn ascii_run_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let low7 = v & !HIGH_BITS;
        let good = in_range(low7 | splat(0x20), b'a', b'z');
        let stop = !good & HIGH_BITS | v & HIGH_BITS;
        if stop != 0 {
            return at + stop.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
        at += 1;
    }
    at
}

/// Whether a prose line without final punctuation continues on the next line
/// (hard-wrapped text).
fn wraps_into_next(line: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    !ends_sentence(line) && next.chars().next().is_some_and(char::is_lowercase)
}

fn classify_line(
    line: &str,
    next: Option<&str>,
    lower: &mut String,
) -> LineClass {
    if !line.chars().any(char::is_alphabetic) {
        return LineClass::Boilerplate;
    }
    let quoted = has_quote(line);
    if is_boilerplate(line, quoted, lower) {
        return LineClass::Boilerplate;
    }
    let n_words = || line.split_whitespace().count();
    if line.ends_with(':') && n_words() < 12 {
        return LineClass::Heading;
    }
    if !ends_sentence(line) {
        let continues = next.is_some_and(|next| {
            next.chars().next().is_some_and(char::is_lowercase)
        });
        return if continues || cut_short(line, n_words()) {
            LineClass::Prose
        } else {
            LineClass::Heading
        };
    }
    if line.ends_with('?') && n_words() <= 16 && !quoted {
        return LineClass::Heading;
    }
    LineClass::Prose
}

/// Words a headline or a heading seldom reaches: a longer line without a
/// final stop is running text cut short.
const HEADING_WORDS_MAX: usize = 18;

/// Words a line that holds a whole sentence and goes on needs to be
/// running text cut short rather than a headline with a stop inside.
const CUT_SENTENCE_WORDS_MIN: usize = 10;

/// Whether a line without a final stop is running text cut short (a page
/// saved or quoted only in part ends mid-sentence, "…they said they were
/// ready to discuss the next st"): at least `HEADING_WORDS_MAX` words, or
/// at least `CUT_SENTENCE_WORDS_MIN` with a whole sentence inside (a stop,
/// a space, then a capital), and no picture credit ("… in Hanoi on
/// Friday. Photo: AFP" is a caption).
fn cut_short(line: &str, n_words: usize) -> bool {
    // "… trade target by 2030 | Latest News India - Hindustan Times": a
    // page title, whose parts a bar separates.
    if n_words < CUT_SENTENCE_WORDS_MIN
        || has_picture_credit(line)
        || line.contains(" | ")
    {
        return false;
    }
    n_words >= HEADING_WORDS_MAX || holds_a_sentence(line)
}

/// Whether a line holds a stop followed by a space and a capital, after
/// a word of at least three letters (not "U.S. Senate", "Mr. Kim").
fn holds_a_sentence(line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        let word = line[..at].rsplit(' ').next().unwrap_or("");
        word.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !word.contains('.')
            && line[at + 2..].chars().next().is_some_and(char::is_uppercase)
    })
}

/// Picture credits that mark a caption anywhere in a line.
const PICTURE_CREDITS: &[&str] = &["photo:", "credit:", "image:", "picture:"];

/// Whether a line carries a picture credit (a caption).
fn has_picture_credit(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    PICTURE_CREDITS.iter().any(|credit| lower.contains(credit))
}

/// Whether a line ends like a sentence (terminal mark, maybe inside quotes,
/// maybe followed by the mojibake of a scraped page).
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches([
        '"', '”', '’', '\'', '»', ')', ']', ' ', '\u{a0}',
        // A non-breaking space or a curly quote decoded as Latin-1 by the
        // page that was scraped: "ceasefire in Ukraine.Â", "peace.â€\u{9d}".
        'Â', 'â', '€', '™', '\u{9d}',
    ]);
    trimmed.ends_with(['.', '!', '?', '…'])
}

/// Line starts that mark credits, navigation and promotion.
const FURNITURE_STARTS: &[&str] = &[
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "compiled by",
    "written by",
    "photo:",
    "image:",
    "video:",
    "related:",
    "read more",
    "read also",
    "see also",
    "also read",
    "watch:",
    "listen:",
    "sign up",
    "subscribe",
    "follow us",
    "advertisement",
    "click here",
    "share",
    "copy link",
    "copyright",
    "©",
    "(c)",
    "all rights reserved",
    "skip to",
    "back to top",
    "this article was",
    "this story was",
];

/// Phrases that mark furniture anywhere in a line.
const FURNITURE_PARTS: &[&str] = &[
    "contributed to this",
    "contributed reporting",
    "all rights reserved",
    "subscription",
    "subscribe",
    "newsletter",
    "your inbox",
    "no obligation",
    "terms of use",
    "privacy policy",
    "cookie",
    "unlimited access",
    "getty images",
    "ap photo",
    "/reuters",
    "/ reuters",
    "afp photo",
];

/// Furniture is short; longer lines are only checked at their start.
const FURNITURE_LINE_BYTES_MAX: usize = 400;

/// `FURNITURE_PARTS`, then the two words of "free ... trial".
const FURNITURE_SEARCHED: [&str; FURNITURE_PARTS.len() + 2] = {
    let mut all = ["free"; FURNITURE_PARTS.len() + 2];
    let mut idx = 0;
    while idx < FURNITURE_PARTS.len() {
        all[idx] = FURNITURE_PARTS[idx];
        idx += 1;
    }
    all[FURNITURE_PARTS.len() + 1] = "trial";
    all
};
/// The index of "free" in `FURNITURE_SEARCHED` ("trial" follows it).
const FREE_IDX: usize = FURNITURE_PARTS.len();
const _: () = assert!(FURNITURE_SEARCHED.len() <= 32, "phrase masks are u32");

/// Every searched phrase has at least three bytes, so its second and third
/// bytes lie within it (`has_furniture_part` looks at every other pair).
const _: () = {
    let mut idx = 0;
    while idx < FURNITURE_SEARCHED.len() {
        assert!(FURNITURE_SEARCHED[idx].len() >= 3, "phrases of 3+ bytes");
        idx += 1;
    }
};

/// For each byte, bit `n` is set when `FURNITURE_SEARCHED[n]` has it at
/// byte `position`.
const fn phrase_bytes(position: usize) -> [u32; 256] {
    let mut masks = [0u32; 256];
    let mut idx = 0;
    while idx < FURNITURE_SEARCHED.len() {
        let phrase = FURNITURE_SEARCHED[idx].as_bytes();
        masks[phrase[position] as usize] |= 1 << idx;
        idx += 1;
    }
    masks
}

/// `phrase_bytes(position)` in the low half and `phrase_bytes(position +
/// 1)` in the high half.
const fn phrase_byte_pairs(position: usize) -> [u64; 256] {
    let low = phrase_bytes(position);
    let high = phrase_bytes(position + 1);
    let mut masks = [0u64; 256];
    let mut byte = 0;
    while byte < 256 {
        masks[byte] = low[byte] as u64 | (high[byte] as u64) << 32;
        byte += 1;
    }
    masks
}

/// Which searched phrases have a byte first.
static PHRASE_FIRST_BYTES: [u32; 256] = phrase_bytes(0);
/// Which searched phrases have a byte third.
static PHRASE_THIRD_BYTES: [u32; 256] = phrase_bytes(2);
/// Which searched phrases have a byte first (low half) or second (high
/// half).
static PHRASE_FIRST_PAIRS: [u64; 256] = phrase_byte_pairs(0);
/// Which searched phrases have a byte second (low half) or third (high
/// half).
static PHRASE_SECOND_PAIRS: [u64; 256] = phrase_byte_pairs(1);

/// Whether a lowercase line holds a `FURNITURE_PARTS` phrase, or both
/// "free" and "trial": one pass over the line instead of a substring
/// search per phrase.
///
/// Only the byte pairs at even offsets are looked up: a phrase starting
/// at an even offset has its first two bytes there, one starting at an
/// odd offset its second and third (every phrase has three or more). Two
/// table lookups give the phrases that may start at the pair (low half)
/// or one byte before it (high half); the byte after the pair, or the one
/// before it, narrows them to three matching bytes, and only those are
/// compared. The answer does not depend on the order phrases are found
/// in.
fn has_furniture_part(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let (mut free, mut trial) = (false, false);
    let mut at = 0;
    while let (Some(&first), Some(&second)) = (bytes.get(at), bytes.get(at + 1))
    {
        let pairs = PHRASE_FIRST_PAIRS[usize::from(first)]
            & PHRASE_SECOND_PAIRS[usize::from(second)];
        if pairs != 0 {
            let third = bytes
                .get(at + 2)
                .map_or(0, |&b| PHRASE_THIRD_BYTES[usize::from(b)]);
            let before = at
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .map_or(0, |&b| PHRASE_FIRST_BYTES[usize::from(b)]);
            for (candidates, start) in [
                (pairs as u32 & third, at),
                ((pairs >> 32) as u32 & before, at.wrapping_sub(1)),
            ] {
                match furniture_at(bytes, start, candidates) {
                    Some(FREE_IDX) => free = true,
                    Some(idx) if idx > FREE_IDX => trial = true,
                    Some(_) => return true,
                    None => {}
                }
            }
        }
        at += 2;
    }
    free && trial
}

/// The index of the first phrase among `candidates` (a bit per
/// `FURNITURE_SEARCHED` index) that `bytes` holds at `start`, if any.
/// Lowest index first, so a `FURNITURE_PARTS` phrase is found before
/// "free" or "trial" at the same start.
fn furniture_at(
    bytes: &[u8],
    start: usize,
    mut candidates: u32,
) -> Option<usize> {
    if candidates == 0 {
        return None;
    }
    let rest = bytes.get(start..)?;
    while candidates != 0 {
        let phrase_idx = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let phrase = FURNITURE_SEARCHED.get(phrase_idx)?;
        if rest.starts_with(phrase.as_bytes()) {
            return Some(phrase_idx);
        }
    }
    None
}

/// Whether a line is page furniture. `lower` is a scratch buffer; the
/// patterns are ASCII, so an ASCII lowercase copy finds them all.
fn is_boilerplate(line: &str, quoted: bool, lower: &mut String) -> bool {
    let long = line.len() > FURNITURE_LINE_BYTES_MAX;
    let head_len = if long { 24 } else { line.len() };
    let mut head_end = head_len.min(line.len());
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    lower.clear();
    lower.push_str(line.get(..head_end).unwrap_or(""));
    lower.make_ascii_lowercase();
    let first = lower.as_bytes().first();
    let starts = FURNITURE_STARTS.iter().any(|start| {
        start.as_bytes().first() == first && lower.starts_with(start)
    });
    if long {
        return starts && !quoted;
    }
    if starts && (line.len() < 200 || !quoted) {
        return true;
    }
    if quoted && line.len() > 200 {
        return false;
    }
    has_furniture_part(lower)
}

/// Whether a line holds a quote mark (`"`, `“`, `”`, `«` or `»`): a byte
/// scan, since a char-set search decodes every char.
fn has_quote(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(idx) = find_bytes(bytes, from, [b'"', 0xE2, 0xC2], false) {
        let quote = match bytes.get(idx) {
            Some(b'"') => true,
            Some(0xE2) => {
                matches!(bytes.get(idx + 1..idx + 3), Some([0x80, 0x9C | 0x9D]))
            }
            _ => matches!(bytes.get(idx + 1), Some(0xAB | 0xBB)),
        };
        if quote {
            return true;
        }
        from = idx + 1;
    }
    false
}

/// Abbreviations after which a period does not end a sentence.
static ABBREVIATIONS: WordList = WordList::new(&[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen",
    "rep", "st", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "prof", "rev",
    "adm", "maj", "cmdr", "cpl", "pvt", "ft", "mt", "approx", "est", "dept",
    "univ", "pres", "gens", "reps", "sens", "messrs", "lt.gen", "no",
]);

/// Words that start sentences; after "U.S." they show the period ends one.
static SENTENCE_STARTERS: WordList = WordList::new(&[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "This",
    "That",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "On",
    "At",
    "After",
    "While",
    "Meanwhile",
    "However",
    "Both",
    "There",
    "Its",
    "Our",
    "As",
    "When",
]);

/// Splits a paragraph into sentences.
pub fn sentences(
    text: &str,
    paragraph: Range,
    paragraph_idx: usize,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    sentences_into(text, paragraph, paragraph_idx, &mut out);
    out
}

/// `sentences` into a buffer reused from paragraph to paragraph (cleared
/// first): a new vector per paragraph was an allocation and a free each.
pub fn sentences_into(
    text: &str,
    paragraph: Range,
    paragraph_idx: usize,
    out: &mut Vec<Sentence>,
) {
    out.clear();
    let body = slice(text, paragraph);
    let mut start = 0usize;
    let mut quote_open = false;
    let mut idx = 0usize;
    let bytes = body.as_bytes();
    loop {
        // Most bytes are plain ASCII that neither quotes nor ends
        // anything: skip to the next mark or non-ASCII char.
        idx = find_bytes(bytes, idx, [b'.', b'!', b'?', b'"'], true)
            .unwrap_or(bytes.len().max(idx));
        let Some((ch, len)) = char_at(body, idx) else { break };
        idx += len;
        quote_open = track_quote(quote_open, ch);
        let at = idx - len;
        let is_ellipsis =
            ch == '…' || (ch == '.' && body.get(at..at + 3) == Some("..."));
        if !matches!(ch, '.' | '!' | '?' | '…') || (is_ellipsis && quote_open)
        {
            continue;
        }
        let Some(end) = sentence_end(body, at, ch) else { continue };
        if ch == '.' && !is_ellipsis && is_abbreviation(body, at, end) {
            continue;
        }
        if end > start {
            push_sentence(out, paragraph, body, start, end, paragraph_idx);
        }
        start = end;
        // The closing marks swallowed into the sentence still close quotes.
        while idx < end {
            let Some((c, l)) = char_at(body, idx) else { break };
            if c != '“' && c != '«' {
                quote_open = track_quote(quote_open, c);
            }
            idx += l;
        }
    }
    if start < body.len() {
        push_sentence(out, paragraph, body, start, body.len(), paragraph_idx);
    }
}

/// Whether a quote is open after `ch`.
fn track_quote(open: bool, ch: char) -> bool {
    match ch {
        '“' | '«' => true,
        '”' | '»' => false,
        '"' => !open,
        _ => open,
    }
}

fn push_sentence(
    out: &mut Vec<Sentence>,
    paragraph: Range,
    body: &str,
    start: usize,
    end: usize,
    paragraph_idx: usize,
) {
    let Some(piece) = body.get(start..end) else { return };
    // `trim` is `trim_start` then `trim_end`: the start is trimmed once.
    let unled = piece.trim_start();
    let lead = piece.len() - unled.len();
    let trimmed = unled.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let s = paragraph.start + start + lead;
    out.push(Sentence {
        range: Range { start: s, end: s + trimmed.len() },
        paragraph: paragraph_idx,
    });
}

/// If the mark at `idx` ends a sentence, the byte after its closing quotes.
fn sentence_end(body: &str, idx: usize, mark: char) -> Option<usize> {
    let mut end = idx + mark.len_utf8();
    let rest = body.get(end..)?;
    let mut chars = rest.char_indices();
    let mut saw_space = false;
    for (offset, ch) in chars.by_ref() {
        if matches!(ch, '.' | '”' | '"' | '’' | '\'' | '»' | ')' | ']')
            && !saw_space
        {
            end = idx + mark.len_utf8() + offset + ch.len_utf8();
            continue;
        }
        if ch.is_whitespace() {
            saw_space = true;
            continue;
        }
        let starts = ch.is_uppercase()
            || ch.is_ascii_digit()
            || matches!(ch, '“' | '"' | '‘' | '«' | '(' | '[' | '—' | '–');
        if !saw_space && mark == '.' && end == idx + 1 {
            // "is continuing.Zaporizhzhia regional head": a page scraped
            // without the space between sentences.
            return glued_sentences(body, idx).then_some(end);
        }
        // "“Have you said thank you once?” Vance asked him.": a quoted
        // question or exclamation runs on into its attribution.
        let quoted = matches!(mark, '?' | '!') && end > idx + 1;
        if quoted
            && attribution_follows(body.get(idx + mark.len_utf8() + offset..))
        {
            return None;
        }
        return (saw_space && starts).then_some(end);
    }
    Some(body.len())
}

/// Speech verbs that end a short attribution after a quote.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "told",
    "replied",
    "responded",
    "shouted",
    "retorted",
    "wrote",
    "demanded",
    "insisted",
    "wondered",
    "quipped",
    "snapped",
];

/// Longest attribution, in words, that runs on after a quoted question.
const ATTRIBUTION_WORDS_MAX: usize = 8;

/// Whether the text after a closing quote is a short attribution that
/// ends the sentence: a name of one to four words, then a speech verb
/// ("Vance asked Zelensky.", "Prime Minister Anna Berg said.").
fn attribution_follows(after: Option<&str>) -> bool {
    let Some(after) = after else { return false };
    let clause = after.split(['.', '!', '?', '\n']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.len() <= ATTRIBUTION_WORDS_MAX
        && words.iter().skip(1).take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            ATTRIBUTION_VERBS.contains(&w)
        })
}

/// Whether the full stop at `dot`, with no space after it, still ends a
/// sentence: a word of at least `GLUED_WORD_MIN` ASCII letters, lowercase
/// but perhaps the first, before it, and a capitalised word of letters after
/// it ("continuing.Zap", "Iskander.Russia"), so that "Mr.Smith",
/// "St.Petersburg", "3.5", "news.az" and "U.S.A." stay whole (and
/// "Gen.Jones" is an abbreviation).
fn glued_sentences(body: &str, dot: usize) -> bool {
    let before = body.as_bytes().get(..dot).unwrap_or(&[]);
    let letters = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .collect::<Vec<_>>();
    // `letters` runs backwards: all lowercase but perhaps the first.
    let word_ok = letters.len() >= GLUED_WORD_MIN
        && letters.iter().rev().skip(1).all(|b| b.is_ascii_lowercase())
        && before
            .len()
            .checked_sub(letters.len() + 1)
            .and_then(|i| before.get(i))
            .is_none_or(|b| !matches!(b, b'.' | b'/' | b'@' | b'-' | b'_'));
    let mut after = body.get(dot + 1..).unwrap_or("").chars();
    let next_ok = matches!(
        (after.next(), after.next()),
        (Some(first), Some(second))
            if first.is_uppercase() && second.is_lowercase()
    );
    word_ok && next_ok
}

/// Letters at least in the lowercase word before a full stop that ends a
/// sentence with no space after it.
const GLUED_WORD_MIN: usize = 3;

fn is_abbreviation(body: &str, dot: usize, end: usize) -> bool {
    let before = body.get(..dot).unwrap_or("");
    let word_start = before
        .rfind(|c: char| {
            c.is_whitespace() || matches!(c, '(' | '“' | '"' | '«')
        })
        .map_or(0, |i| i + 1);
    let word = before.get(word_start..).unwrap_or("");
    let next_word = body
        .get(end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !is_word_char(c));
    let mut letters = word.chars();
    let single_initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if single_initial {
        return true;
    }
    if word.contains('.') {
        return !SENTENCE_STARTERS.contains(next_word);
    }
    if word.eq_ignore_ascii_case("no") {
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains_ignore_ascii_case(word)
        || STATE_ABBREVIATIONS.contains(word)
}

/// US state abbreviations in wire datelines ("WOODSIDE, Calif. (AP) —"),
/// matched with their capital so that "fell ill." still ends a sentence.
static STATE_ABBREVIATIONS: WordList = WordList::new(&[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
    "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
    "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va",
    "Wash", "Wis", "Wyo",
]);

/// The char at byte `idx` of `body` and its length; ASCII without decoding.
fn char_at(body: &str, idx: usize) -> Option<(char, usize)> {
    let byte = *body.as_bytes().get(idx)?;
    if byte.is_ascii() {
        return Some((byte as char, 1));
    }
    let ch = body.get(idx..)?.chars().next()?;
    Some((ch, ch.len_utf8()))
}

/// `char::is_alphanumeric`, answered without a Unicode table lookup for
/// ASCII and for the General Punctuation block (U+2000 to U+206F: curly
/// quotes, dashes, spaces), which holds no letter or digit (a test checks
/// every char of it). Curly quotes and dashes are the common non-ASCII
/// chars of news text, and the table lookup cost hundreds of
/// instructions each.
fn is_word_char(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric()
    } else if GENERAL_PUNCTUATION.contains(&ch) {
        false
    } else {
        ch.is_alphanumeric()
    }
}

/// The General Punctuation block: no char of it is alphanumeric.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> =
    '\u{2000}'..='\u{206F}';

/// Whether the char starting at byte `idx` is a word char.
fn word_char_at(body: &str, idx: usize) -> bool {
    match body.as_bytes().get(idx) {
        Some(byte) if byte.is_ascii() => byte.is_ascii_alphanumeric(),
        Some(_) => char_at(body, idx).is_some_and(|(c, _)| is_word_char(c)),
        None => false,
    }
}

/// One past the end of the word starting at `start`: letters and digits,
/// joined by inner hyphens, apostrophes and periods; and whether a period
/// was joined in.
fn word_end(body: &str, start: usize) -> (usize, bool) {
    let bytes = body.as_bytes();
    let mut end = start;
    let mut dotted = false;
    loop {
        // The bulk of a word is a run of ASCII letters and digits (by
        // table: words are short, and `ascii_run_end` cost more here).
        while bytes
            .get(end)
            .is_some_and(|&byte| ASCII_ALPHANUMERIC[usize::from(byte)])
        {
            end += 1;
        }
        let Some(&byte) = bytes.get(end) else { break };
        if byte.is_ascii() {
            if matches!(byte, b'-' | b'\'' | b'.')
                && word_char_at(body, end + 1)
            {
                dotted |= byte == b'.';
                end += 1;
                continue;
            }
            break;
        }
        let Some((c, len)) = char_at(body, end) else { break };
        if is_word_char(c) || (c == '’' && word_char_at(body, end + len)) {
            end += len;
        } else {
            break;
        }
    }
    (end, dotted)
}

/// `u8::is_ascii_alphanumeric` for every byte, as a table.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// Splits a range into words; `'s` is stripped and flagged, inner hyphens,
/// apostrophes and dotted abbreviations ("U.S.") stay inside a word.
///
/// It walks bytes and decodes only non-ASCII chars: this runs on every
/// sentence, so it must stay a single cheap pass.
pub fn words(text: &str, range: Range) -> Vec<Word> {
    let mut out = Vec::new();
    words_into(text, range, &mut out);
    out
}

/// `words` into a reused buffer (cleared first).
pub fn words_into(text: &str, range: Range, out: &mut Vec<Word>) {
    out.clear();
    let body = slice(text, range);
    let bytes = body.as_bytes();
    let mut idx = 0;
    while let Some(&byte) = bytes.get(idx) {
        // Whether a word starts here, and if so whether with a capital
        // (asked only of word chars: a Unicode case lookup is not cheap).
        let capital = if byte.is_ascii() {
            if !ASCII_ALPHANUMERIC[usize::from(byte)] {
                idx += 1;
                continue;
            }
            byte.is_ascii_uppercase()
        } else {
            let Some((ch, len)) = char_at(body, idx) else { break };
            if !is_word_char(ch) {
                idx += len;
                continue;
            }
            ch.is_uppercase()
        };
        let start = idx;
        let (mut end, dotted) = word_end(body, start);
        // "U.S." keeps its final period when it is a dotted abbreviation.
        if dotted && bytes.get(end) == Some(&b'.') {
            end += 1;
        }
        idx = end;
        let tail = bytes.get(start..end).unwrap_or(&[]);
        let word_end = if tail.ends_with(b"'s") {
            end - 2
        } else if tail.ends_with("’s".as_bytes()) {
            end - 4
        } else {
            end
        };
        if word_end <= start {
            continue;
        }
        out.push(Word {
            range: Range {
                start: range.start + start,
                end: range.start + word_end,
            },
            possessive: word_end != end,
            capital,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let layout = layout(text, 0);
        layout
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| sentences(text, *p, i))
            .map(|s| slice(text, s.range))
            .collect()
    }

    #[test]
    fn furniture_parts_are_found_as_substrings() {
        let lines = [
            "sign up for our newsletter",
            "start your free trial today",
            "a free press on trial",
            "trial first, free later",
            "free of charge",
            "photo: getty images",
            "the cookie jar",
            "contributed to this report",
            "nothing here at all",
            "",
            "f",
            "/reuters",
            "cheap photo",
            "afp photo",
            "ap photos, no obligation",
            "privacy policy",
            "trial",
            "frees",
            "free",
            "coo",
        ];
        // Every phrase alone and at the end of a line too, and each line
        // also one byte further on, so that every phrase is met at an even
        // and at an odd offset.
        let phrases = FURNITURE_SEARCHED
            .iter()
            .flat_map(|phrase| [phrase.to_string(), format!("the {phrase}")]);
        let lines = lines.iter().map(|line| line.to_string()).chain(phrases);
        for line in lines.flat_map(|line| [format!("x{line}"), line]) {
            let line = line.as_str();
            let naive = FURNITURE_PARTS.iter().any(|part| line.contains(part))
                || (line.contains("free") && line.contains("trial"));
            assert_eq!(has_furniture_part(line), naive, "{line:?}");
        }
    }

    #[test]
    fn general_punctuation_holds_no_word_char() {
        for ch in GENERAL_PUNCTUATION {
            assert!(!ch.is_alphanumeric(), "{ch:?}");
        }
        for ch in ['’', '“', '—', 'é', 'Ж', '٣', 'a', '9', ' ', '\u{2070}']
        {
            assert_eq!(is_word_char(ch), ch.is_alphanumeric(), "{ch:?}");
        }
    }

    #[test]
    fn single_spaced_ascii_is_found_exactly() {
        let naive = |bytes: &[u8]| {
            bytes.is_ascii()
                && bytes.first() != Some(&b' ')
                && bytes.last() != Some(&b' ')
                && !bytes.windows(2).any(|pair| pair == b"  ")
                && !bytes.iter().any(|&b| matches!(b, b'\t'..=b'\r'))
        };
        let mut texts: Vec<Vec<u8>> = vec![
            b"Putin met Trump in Anchorage on Friday, officials said.".to_vec(),
            b"seven b  eight bytes".to_vec(),
            b"1234567 ninth byte".to_vec(),
            b"12345678 x".to_vec(),
            b"1234567  x".to_vec(),
            b"12345678  x".to_vec(),
            b"".to_vec(),
            b" ".to_vec(),
            "caf\u{e9} au lait, twelve".as_bytes().to_vec(),
            b"!\x21 \x21".to_vec(),
        ];
        for byte in 0..=255u8 {
            let mut text = b"abc def gh".to_vec();
            text.push(byte);
            text.extend_from_slice(b"ij klm nopq rstu");
            texts.push(text);
        }
        for text in &texts {
            for from in 0..text.len() {
                let piece = &text[from..];
                assert_eq!(
                    is_single_spaced_ascii(piece),
                    naive(piece),
                    "{piece:?}"
                );
            }
        }
    }

    #[test]
    fn ascii_runs_end_where_the_byte_loop_ends() {
        let mut texts: Vec<Vec<u8>> = vec![
            b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                .to_vec(),
            "Zelenskyy’s 2025 talks@[`{/:]Aa9 é".as_bytes().to_vec(),
            b"".to_vec(),
        ];
        // Every byte value, alone and inside long letter runs.
        for byte in 0..=255u8 {
            texts.push(vec![byte]);
            let mut text = b"abcdefghijk".to_vec();
            text.push(byte);
            text.extend_from_slice(b"lmnopqrstuvw");
            texts.push(text);
        }
        for bytes in &texts {
            for from in 0..=bytes.len() {
                let mut naive = from;
                while bytes.get(naive).is_some_and(u8::is_ascii_alphabetic) {
                    naive += 1;
                }
                assert_eq!(
                    ascii_run_end(bytes, from),
                    naive,
                    "{bytes:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn rfind_ascii_answers_as_rfind() {
        let needle = "anniversary of ";
        let hays = [
            "",
            "anniversary of",
            "anniversary of ",
            "the anniversary of the anniversary of the war",
            "xanniversary of anniversary of",
            "v",
            "vvvvanniversary of vv",
            "on the 10th anniversary of its founding, anniversary ofx",
            "caf\u{e9} anniversary of \u{2019}s anniversary of",
            "anniversary oanniversary of ",
        ];
        for hay in hays {
            assert_eq!(
                rfind_ascii(hay, needle, 4),
                hay.rfind(needle),
                "{hay:?}"
            );
            assert_eq!(rfind_ascii(hay, "of ", 0), hay.rfind("of "), "{hay:?}");
        }
    }

    #[test]
    fn find_bytes_finds_the_first_match() {
        let texts: [&[u8]; 6] = [
            b"plain ascii text with no marks at all, none",
            "a “quote” and «more»".as_bytes(),
            b"\"",
            b"",
            b"ends with a mark.",
            "0123456789abcdef\u{a0}é.!?".as_bytes(),
        ];
        for bytes in texts {
            for from in 0..=bytes.len() + 1 {
                for non_ascii in [false, true] {
                    let marks = [b'"', 0xE2, 0xC2, b'.'];
                    let naive = bytes.get(from..).and_then(|rest| {
                        rest.iter()
                            .position(|b| {
                                (non_ascii && !b.is_ascii())
                                    || marks.contains(b)
                            })
                            .map(|at| from + at)
                    });
                    assert_eq!(
                        find_bytes(bytes, from, marks, non_ascii),
                        naive,
                        "{bytes:?} from {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn state_abbreviations_in_datelines_do_not_end_sentences() {
        let text = "WOODSIDE, Calif. (AP) — The talks began. She fell ill. Then she left.";
        assert_eq!(
            split(text),
            vec![
                "WOODSIDE, Calif. (AP) — The talks began.",
                "She fell ill.",
                "Then she left.",
            ]
        );
    }

    #[test]
    fn sentences_glued_without_a_space_still_split() {
        // Scraped pages drop the space between sentences; abbreviations,
        // decimals, domains and initials glued to a name stay whole.
        let text = "A search operation is continuing.Regional head Ivan \
                    Fedorov says it was an Iskander.Russia has not commented. \
                    Mr.Smith read news.az in St.Petersburg at 3.5 degrees.";
        assert_eq!(
            split(text),
            vec![
                "A search operation is continuing.",
                "Regional head Ivan Fedorov says it was an Iskander.",
                "Russia has not commented.",
                "Mr.Smith read news.az in St.Petersburg at 3.5 degrees.",
            ]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let text = "Mr. Smith met Gen. Jones in the U.S. on Aug. 3. It rained 3.5 inches.\n\
                    “We will win,” he said. “Then we rest.” The U.N. said so. J. R. Doe left… Later he came.";
        assert_eq!(
            split(text),
            vec![
                "Mr. Smith met Gen. Jones in the U.S. on Aug. 3.",
                "It rained 3.5 inches.",
                "“We will win,” he said.",
                "“Then we rest.”",
                "The U.N. said so.",
                "J. R. Doe left…",
                "Later he came.",
            ]
        );
    }

    #[test]
    fn furniture_lines_are_skipped() {
        let text = "Leaders Meet In Geneva\nThe leaders met on Monday.\n-\nShare via\n\
                    Copy link\nWhat comes next?\nSubscribe now for only $1 a week.\n\
                    Reporting by Jane Roe; editing by John Doe.\n\
                    Additional reporting from Reuters contributed to this story.\n\
                    Copyright © 2025 Some Media. All Rights Reserved.\nHe left.";
        let layout = layout(text, 0);
        let prose: Vec<&str> =
            layout.paragraphs.iter().map(|p| slice(text, *p)).collect();
        assert_eq!(prose, vec!["The leaders met on Monday.", "He left."]);
        assert_eq!(layout.skipped.len(), 9);
    }

    #[test]
    fn a_scraped_pages_mojibake_after_the_full_stop_keeps_a_line_prose() {
        // A non-breaking space and a closing quote decoded as Latin-1.
        let text = "Talks Resume\nThe envoys met in Oslo on Monday.\u{c2}\n\
                    \u{201c}We made progress,\u{201d} she said.\u{e2}\u{20ac}\u{9d}\n\
                    Further Reading Here\n";
        let layout = layout(text, 0);
        let prose: Vec<&str> =
            layout.paragraphs.iter().map(|p| slice(text, *p)).collect();
        assert_eq!(prose.len(), 2, "{prose:?}");
        assert!(prose[0].starts_with("The envoys met"), "{prose:?}");
        assert_eq!(layout.skipped.len(), 2);
    }

    #[test]
    fn running_text_cut_short_is_read_but_headlines_and_captions_are_not() {
        let text = "Envoys Cut Short Oslo Talks With No Agreement After Two Days Of Tense Haggling\n\
                    The envoys left Oslo on Monday.\n\
                    The minister spoke to reporters in Oslo on Monday. Photo: Reuters\n\
                    Senate leaders meet U.S. Senate staff in Oslo over the long weekend ahead\n\
                    The envoys met again on Tuesday. They said they were ready to discuss the next st\n\
                    The talks in Oslo had been meant to settle the quota dispute that has set the two fleets against each other since sp";
        let layout = layout(text, 0);
        let prose: Vec<&str> =
            layout.paragraphs.iter().map(|p| slice(text, *p)).collect();
        // A 14-word headline, a caption and a 14-word line whose only stop
        // is an abbreviation's are not prose; a line holding a sentence
        // and then cut off, or a long line cut off, is.
        assert_eq!(prose.len(), 3, "{prose:?}");
        assert!(prose[1].starts_with("The envoys met again"), "{prose:?}");
        assert!(prose[2].starts_with("The talks in Oslo"), "{prose:?}");
        assert_eq!(layout.skipped.len(), 3);
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph() {
        let text = "The minister said the talks\nwould resume on Monday.\nHeadline Here\n";
        assert_eq!(
            split(text),
            vec!["The minister said the talks\nwould resume on Monday."]
        );
    }

    #[test]
    fn words_strip_possessives_and_keep_abbreviations() {
        let text = "Trump’s U.S. ally Elmendorf-Richardson O'Brien's";
        let all = words(text, Range { start: 0, end: text.len() });
        let got: Vec<(&str, bool)> =
            all.iter().map(|w| (slice(text, w.range), w.possessive)).collect();
        assert_eq!(
            got,
            vec![
                ("Trump", true),
                ("U.S.", false),
                ("ally", false),
                ("Elmendorf-Richardson", false),
                ("O'Brien", true)
            ]
        );
    }
}
