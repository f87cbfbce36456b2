//! Tokens for the time tagger: words, numbers and punctuation with byte
//! offsets, the sentence each belongs to, and the lexical class the grammar
//! keys on.
//!
//! Tokenizing is one pass over the bytes with no allocation per token;
//! word classes come from a binary search of the word packed into an
//! integer. It never panics: every access to the text goes through `get`.

use super::super::text::ascii_run_end;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters (ASCII or any alphabetic character).
    Word,
    /// ASCII digits, possibly with `,ddd` groups or one decimal point.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A calendar or clock unit, from the shortest to the longest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Words the grammar or the tense detector key on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kw {
    A,
    About,
    After,
    Ago,
    And,
    Annually,
    At,
    Before,
    Beginning,
    Between,
    By,
    Coming,
    Couple,
    Currently,
    Daily,
    During,
    Each,
    Early,
    Earlier,
    End,
    Every,
    Few,
    Fiscal,
    Following,
    For,
    From,
    Future,
    Half,
    /// A holiday's first word ("Christmas", "Thanksgiving", "Election"
    /// before "Day"); the number is one of `calendar`'s holiday constants.
    Holiday(u8),
    Hourly,
    In,
    Last,
    Late,
    Later,
    Lately,
    Least,
    Less,
    Mid,
    Middle,
    Midnight,
    Monthly,
    More,
    Next,
    Nightly,
    Noon,
    Now,
    Of,
    On,
    Or,
    Other,
    Over,
    Part(DayPart),
    Past,
    Per,
    Present,
    Preceding,
    Previous,
    Quarterly,
    Recent,
    Recently,
    Same,
    Season(u8),
    Several,
    Since,
    That,
    Some,
    Soon,
    Start,
    The,
    These,
    This,
    Through,
    To,
    Today,
    Tomorrow,
    Tonight,
    Until,
    Upcoming,
    Weekend,
    Weekly,
    Within,
    Yesterday,
}

/// A part of the day, as TIMEX3 writes it after `T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// The TIMEX3 code: MO, AF, EV or NI.
    pub(super) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// The lexical class of a word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lex {
    Other,
    /// A month name, 1-based; `abbrev` for "Aug", "Sept", ...
    Month {
        month: u8,
        abbrev: bool,
    },
    /// A weekday, 0 = Monday.
    Weekday(u8),
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// A cardinal number word ("three", "twenty", "dozen").
    Count(u16),
    /// An ordinal word ("first", "third").
    Ordinal(u8),
    Kw(Kw),
}

/// One token of the body.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    /// First byte, as an offset into the whole text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// Whitespace separates it from the previous token.
    pub space_before: bool,
    /// A line break separates it from the previous token.
    pub newline_before: bool,
    /// It starts with an ASCII capital letter.
    pub upper: bool,
    /// Numbers: the value (saturating; commas skipped, decimals cut off).
    /// Punctuation: the character as `u32`.
    pub value: u32,
    /// Numbers: the digit count when the number is a plain digit run,
    /// otherwise 0.
    pub digits: u8,
    /// Numbers: tenths after a decimal point ("2.5" has 5).
    pub tenths: u8,
    /// Index of the sentence the token belongs to.
    pub sentence: u32,
}

/// A token vector kept per thread between articles: an article's tokens
/// take one large allocation, and allocating it afresh for every article
/// (with the allocator consolidating its free lists for a large request)
/// cost about a sixth of tokenizing.
pub(super) struct Buffer;

/// Larger buffers are not kept (one huge article should not pin memory).
const BUFFER_TOKENS_MAX: usize = 1 << 16;

thread_local! {
    static BUFFER: std::cell::RefCell<Vec<Token>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Buffer {
    /// The thread's buffer (empty), or a new one.
    pub(super) fn take() -> Vec<Token> {
        BUFFER.with(|cell| cell.take())
    }

    /// Keeps `tokens`' allocation for the thread's next article.
    pub(super) fn give_back(mut tokens: Vec<Token>) {
        if tokens.capacity() <= BUFFER_TOKENS_MAX {
            tokens.clear();
            BUFFER.with(|cell| cell.replace(tokens));
        }
    }
}

/// `BYTE_CLASSES` bit: `u8::is_ascii_whitespace`.
const SPACE: u8 = 1;
/// `BYTE_CLASSES` bit: a line break (`\n` or `\r`).
const NEWLINE: u8 = 2;
/// `BYTE_CLASSES` bit: `u8::is_ascii_alphabetic`.
const LETTER: u8 = 4;

/// The classes of every byte, so the scanner's per-byte tests are one
/// table lookup.
static BYTE_CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        if b.is_ascii_whitespace() {
            classes[byte] |= SPACE;
        }
        if b == b'\n' || b == b'\r' {
            classes[byte] |= NEWLINE;
        }
        if b.is_ascii_alphabetic() {
            classes[byte] |= LETTER;
        }
        byte += 1;
    }
    classes
};

/// Splits `text[body_start..]` into tokens with offsets into `text`, into
/// `tokens` (cleared first), which it returns.
///
/// Each token gets its sentence number as it is made (the numbering only
/// looks back), so the token vector is written once.
pub(super) fn tokenize_into(
    text: &str,
    body_start: usize,
    mut tokens: Vec<Token>,
) -> Vec<Token> {
    let start = char_boundary_at_or_after(text, body_start);
    let body = text.get(start..).unwrap_or("");
    tokens.clear();
    tokens.reserve(body.len() / 5 + 1);
    let mut scanner = Scanner { body, offset: start, pos: 0 };
    let mut sentences = SentenceCounter::default();
    let mut space_before = true;
    let mut newline_before = true;
    let bytes = body.as_bytes();
    while let Some(&byte) = bytes.get(scanner.pos) {
        // ASCII whitespace is by far the most common separator; only
        // non-ASCII bytes need a full char decode.
        let class = BYTE_CLASSES[usize::from(byte)];
        if class & SPACE != 0 {
            space_before = true;
            newline_before |= class & NEWLINE != 0;
            scanner.pos += 1;
            continue;
        }
        let ch = if byte.is_ascii() {
            char::from(byte)
        } else {
            let Some(ch) = scanner.peek() else { break };
            ch
        };
        if !byte.is_ascii() && ch.is_whitespace() {
            space_before = true;
            scanner.pos += ch.len_utf8();
            continue;
        }
        let mut token = scanner.next_token(ch);
        token.space_before = space_before;
        token.newline_before = newline_before;
        sentences.assign(text, &mut token);
        tokens.push(token);
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// The first char boundary at or after `index`, or the text's length.
fn char_boundary_at_or_after(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

/// A cursor over the body; `pos` is always on a char boundary.
struct Scanner<'a> {
    body: &'a str,
    offset: usize,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.body.get(self.pos..).and_then(|rest| rest.chars().next())
    }

    fn byte(&self, pos: usize) -> Option<u8> {
        self.body.as_bytes().get(pos).copied()
    }

    fn digit(&self, pos: usize) -> bool {
        self.byte(pos).is_some_and(|byte| byte.is_ascii_digit())
    }

    fn next_token(&mut self, ch: char) -> Token {
        let begin = self.pos;
        let mut token = Token {
            start: self.offset + begin,
            end: self.offset + begin,
            kind: Kind::Punct,
            lex: Lex::Other,
            space_before: false,
            newline_before: false,
            upper: ch.is_ascii_uppercase(),
            value: 0,
            digits: 0,
            tenths: 0,
            sentence: 0,
        };
        if ch.is_ascii_digit() {
            self.scan_number(&mut token);
        } else if ch.is_ascii_alphabetic() || is_foreign_letter(ch) {
            self.scan_word(&mut token);
        } else {
            self.pos += ch.len_utf8();
            token.value = u32::from(ch);
        }
        token.end = self.offset + self.pos;
        token
    }

    fn scan_word(&mut self, token: &mut Token) {
        let begin = self.pos;
        let bytes = self.body.as_bytes();
        loop {
            // The run of ASCII letters, eight bytes at a time.
            self.pos = ascii_run_end(bytes, self.pos);
            match self.byte(self.pos) {
                Some(byte) if !byte.is_ascii() => match self.peek() {
                    Some(ch) if is_foreign_letter(ch) => {
                        self.pos += ch.len_utf8();
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        token.kind = Kind::Word;
        let word = bytes.get(begin..self.pos).unwrap_or(&[]);
        token.lex = classify_word(word);
    }

    /// Reads digits, `,ddd` thousands groups and one `.d` decimal part.
    fn scan_number(&mut self, token: &mut Token) {
        token.kind = Kind::Number;
        let mut value: u32 = 0;
        let mut digits: u32 = 0;
        let mut plain = true;
        loop {
            match self.byte(self.pos) {
                Some(byte) if byte.is_ascii_digit() => {
                    value = value
                        .saturating_mul(10)
                        .saturating_add(u32::from(byte - b'0'));
                    digits += 1;
                    self.pos += 1;
                }
                Some(b',') if self.thousands_group(self.pos + 1) => {
                    plain = false;
                    self.pos += 1;
                }
                _ => break,
            }
        }
        if self.byte(self.pos) == Some(b'.') && self.digit(self.pos + 1) {
            plain = false;
            if let Some(byte) = self.byte(self.pos + 1) {
                token.tenths = byte - b'0';
            }
            self.pos += 1;
            while self.digit(self.pos) {
                self.pos += 1;
            }
        }
        token.value = value;
        token.digits =
            if plain { u8::try_from(digits).unwrap_or(0) } else { 0 };
    }

    /// Whether exactly three digits start at `pos` (a thousands group).
    fn thousands_group(&self, pos: usize) -> bool {
        self.digit(pos)
            && self.digit(pos + 1)
            && self.digit(pos + 2)
            && !self.digit(pos + 3)
    }
}

/// A non-ASCII letter. Typographic punctuation (curly quotes, dashes) is
/// ruled out first because it is common in news and the Unicode table
/// lookup is slow.
fn is_foreign_letter(ch: char) -> bool {
    !ch.is_ascii()
        && !matches!(ch, '\u{2000}'..='\u{206F}' | '\u{00A0}'..='\u{00BF}')
        && ch.is_alphabetic()
}

/// Numbers the sentences as tokens are made: a break follows `.`, `!` or
/// `?` (not after an abbreviation) when the next token starts a word with
/// a capital, and every line break starts a sentence.
#[derive(Default)]
struct SentenceCounter {
    sentence: u32,
    /// A sentence end was seen; the next opening token starts a sentence.
    pending: bool,
    /// The byte range of the word right before, for the abbreviation
    /// check at a period.
    previous_word: Option<(usize, usize)>,
}

impl SentenceCounter {
    /// Sets `token.sentence` from the tokens before it.
    #[inline]
    fn assign(&mut self, text: &str, token: &mut Token) {
        let opens =
            token.space_before && (token.upper || token.kind != Kind::Word);
        if token.newline_before || (self.pending && opens) {
            self.sentence += 1;
            self.pending = false;
        }
        token.sentence = self.sentence;
        match token.kind {
            Kind::Punct => {
                let ends = matches!(token.value, 0x2e | 0x21 | 0x3f);
                // The abbreviation check runs only at a period, not for
                // every word.
                let abbreviation = ends
                    && token.value == 0x2e
                    && !token.space_before
                    && self
                        .previous_word
                        .and_then(|(start, end)| text.get(start..end))
                        .is_some_and(is_abbreviation);
                if ends && !abbreviation {
                    self.pending = true;
                } else if token.space_before {
                    self.pending = false;
                }
                self.previous_word = None;
            }
            Kind::Word => {
                self.pending = false;
                self.previous_word = Some((token.start, token.end));
            }
            Kind::Number => {
                self.pending = false;
                self.previous_word = None;
            }
        }
    }
}

/// Words that a period follows without ending the sentence.
fn is_abbreviation(word: &str) -> bool {
    if word.len() == 1 {
        return true;
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Prof"
            | "Jr"
            | "Sr"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "vs"
            | "Inc"
            | "Corp"
            | "Co"
    )
}

/// Lowercases an ASCII word into `buffer`; `None` when it is too long or
/// not ASCII (no word the grammar knows is either).
pub(super) fn lowercase<'b>(
    word: &[u8],
    buffer: &'b mut [u8; 16],
) -> Option<&'b [u8]> {
    if word.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    let out = buffer.get_mut(..word.len())?;
    for (slot, byte) in out.iter_mut().zip(word) {
        *slot = byte.to_ascii_lowercase();
    }
    Some(out)
}

/// The lexical class of one word.
pub(super) fn classify_word(word: &[u8]) -> Lex {
    // Most words are not in the lexicon: rule them out by their first
    // letter, last letter and length before packing and searching.
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return Lex::Other;
    };
    if !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return Lex::Other;
    }
    let shape = usize::from(first.to_ascii_lowercase() - b'a') * 26
        + usize::from(last.to_ascii_lowercase() - b'a');
    let lengths = SHAPES.get(shape).copied().unwrap_or(0);
    if word.len() >= 32 || lengths & (1 << word.len()) == 0 {
        return Lex::Other;
    }
    if word.len() <= SHORT_BYTES_MAX {
        return short_word(word);
    }
    long_word(word)
}

/// `classify_word`'s lookup for a word of more than 8 bytes, by binary
/// search. Kept out of line: its registers made every call save and
/// restore a frame the short words' hash probe does not need.
#[inline(never)]
fn long_word(word: &[u8]) -> Lex {
    let Some(key) = packed_lowercase(word) else {
        return Lex::Other;
    };
    // Search only the words sharing the first letter.
    let letter = usize::from(
        word.first()
            .map_or(0, |byte| byte.to_ascii_lowercase().wrapping_sub(b'a')),
    );
    let (Some(&low), Some(&high)) =
        (LETTER_STARTS.get(letter), LETTER_STARTS.get(letter + 1))
    else {
        return Lex::Other;
    };
    let bucket = LEXICON_KEYS.get(low..high).unwrap_or(&[]);
    match bucket.binary_search(&key) {
        Ok(found) => {
            LEXICON.get(low + found).map_or(Lex::Other, |(_, lex)| *lex)
        }
        Err(_) => Lex::Other,
    }
}

/// Words of up to this many bytes are looked up in `SHORT_WORDS`.
const SHORT_BYTES_MAX: usize = 8;
/// Slots of `SHORT_WORDS` (a power of two, about five per short word, so
/// that a probe seldom meets another word).
const SHORT_SLOTS: usize = 1024;
const _: () = assert!(LEXICON.len() < u8::MAX as usize, "indexes are u8");

/// A word of up to 8 ASCII bytes packed little-endian into a `u64`
/// (zero-padded); `None` for a longer word or one with a non-ASCII byte.
#[inline]
fn pack_short(word: &[u8]) -> Option<u64> {
    if word.len() > SHORT_BYTES_MAX {
        return None;
    }
    let key = word
        .iter()
        .enumerate()
        .fold(0u64, |key, (at, byte)| key | u64::from(*byte) << (8 * at));
    (key & 0x8080_8080_8080_8080 == 0).then_some(key)
}

/// The `SHORT_WORDS` slot where the search for `key` starts.
#[inline]
const fn short_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % SHORT_SLOTS
}

/// The `LEXICON` words of up to 8 bytes in an open-addressing hash table:
/// `(packed word, LEXICON index)`, key 0 for an empty slot. Most words of
/// news text that pass `SHAPES` are short ("on", "the", "and"), and a
/// hash probe is a fraction of a binary search over `u128` keys.
static SHORT_WORDS: [(u64, u8); SHORT_SLOTS] = {
    let mut table = [(0u64, 0u8); SHORT_SLOTS];
    let mut index = 0;
    while index < LEXICON.len() {
        let word = LEXICON[index].0;
        if word.len() <= SHORT_BYTES_MAX {
            let mut key = 0u64;
            let mut at = 0;
            while at < word.len() {
                key |= (word[at] as u64) << (8 * at);
                at += 1;
            }
            let mut slot = short_slot(key);
            while table[slot].0 != 0 {
                slot = (slot + 1) % SHORT_SLOTS;
            }
            table[slot] = (key, index as u8);
        }
        index += 1;
    }
    table
};

/// `classify_word`'s lookup for a word of up to 8 bytes (letters only, as
/// `scan_word` cuts them): setting bit 5 of every byte lowercases it.
fn short_word(word: &[u8]) -> Lex {
    let Some(raw) = pack_short(word) else { return Lex::Other };
    let letters = u64::MAX >> (64 - 8 * word.len().max(1));
    let key = raw | (0x2020_2020_2020_2020 & letters);
    let mut slot = short_slot(key);
    loop {
        match SHORT_WORDS.get(slot) {
            Some(&(found, index)) if found == key => {
                return LEXICON
                    .get(usize::from(index))
                    .map_or(Lex::Other, |(_, lex)| *lex);
            }
            Some(&(found, _)) if found != 0 => {
                slot = (slot + 1) % SHORT_SLOTS;
            }
            _ => return Lex::Other,
        }
    }
}

/// For each (first letter, last letter) pair, bit `n` is set when a
/// lexicon word of `n` bytes has them.
static SHAPES: [u32; 26 * 26] = {
    let mut shapes = [0u32; 26 * 26];
    let mut index = 0;
    while index < LEXICON.len() {
        let word = LEXICON[index].0;
        let first = (word[0] - b'a') as usize;
        let last = (word[word.len() - 1] - b'a') as usize;
        shapes[first * 26 + last] |= 1 << word.len();
        index += 1;
    }
    shapes
};

/// `LETTER_STARTS[n]` is the index of the first lexicon word whose first
/// letter is `b'a' + n` or later; entry 26 is the lexicon's length.
static LETTER_STARTS: [usize; 27] = {
    let mut starts = [0usize; 27];
    let mut letter = 0;
    while letter < 27 {
        let mut index = 0;
        while index < LEXICON.len() && LEXICON[index].0[0] < b'a' + letter as u8
        {
            index += 1;
        }
        starts[letter] = index;
        letter += 1;
    }
    starts
};

/// A word of up to 16 ASCII bytes packed big-endian into an integer, so
/// that integer order is byte order and lookups compare integers instead
/// of calling `memcmp`.
const fn pack(word: &[u8]) -> u128 {
    let mut key: u128 = 0;
    let mut rest = word;
    let mut count = 0;
    while let [first, tail @ ..] = rest {
        if count == 16 {
            break;
        }
        key = (key << 8) | first.to_ascii_lowercase() as u128;
        rest = tail;
        count += 1;
    }
    while count < 16 {
        key <<= 8;
        count += 1;
    }
    key
}

/// The packed lowercase key of a word, if it is short ASCII.
///
/// Words reach here from `scan_word`, so ASCII ones are letters only and
/// setting bit 5 of every byte lowercases them.
fn packed_lowercase(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    let shift = u32::try_from(8 * (16 - word.len())).ok()?;
    let case_bits = (u128::MAX / 255 * 0x20).checked_shl(shift).unwrap_or(0);
    Some(u128::from_be_bytes(bytes) | case_bits)
}

/// `LEXICON`'s words, packed.
pub(super) static LEXICON_KEYS: [u128; LEXICON.len()] = {
    let mut keys = [0u128; LEXICON.len()];
    let mut index = 0;
    while index < LEXICON.len() {
        keys[index] = pack(LEXICON[index].0);
        index += 1;
    }
    keys
};

/// Every word the grammar keys on, sorted by bytes for binary search (a
/// test checks the order).
pub(super) static LEXICON: [(&[u8], Lex); 210] = [
    (b"a", Lex::Kw(Kw::A)),
    (b"about", Lex::Kw(Kw::About)),
    (b"after", Lex::Kw(Kw::After)),
    (b"afternoon", Lex::Kw(Kw::Part(DayPart::Afternoon))),
    (b"ago", Lex::Kw(Kw::Ago)),
    (b"almost", Lex::Kw(Kw::About)),
    (b"an", Lex::Kw(Kw::A)),
    (b"and", Lex::Kw(Kw::And)),
    (b"annually", Lex::Kw(Kw::Annually)),
    (b"approximately", Lex::Kw(Kw::About)),
    (b"apr", Lex::Month { month: 4, abbrev: true }),
    (b"april", Lex::Month { month: 4, abbrev: false }),
    (b"around", Lex::Kw(Kw::About)),
    (b"at", Lex::Kw(Kw::At)),
    (b"aug", Lex::Month { month: 8, abbrev: true }),
    (b"august", Lex::Month { month: 8, abbrev: false }),
    (b"autumn", Lex::Kw(Kw::Season(2))),
    (b"before", Lex::Kw(Kw::Before)),
    (b"beginning", Lex::Kw(Kw::Beginning)),
    (b"between", Lex::Kw(Kw::Between)),
    (b"by", Lex::Kw(Kw::By)),
    (b"centuries", Lex::Unit { unit: Unit::Century, plural: true }),
    (b"century", Lex::Unit { unit: Unit::Century, plural: false }),
    (b"christmas", Lex::Kw(Kw::Holiday(0))),
    (b"coming", Lex::Kw(Kw::Coming)),
    (b"couple", Lex::Kw(Kw::Couple)),
    (b"currently", Lex::Kw(Kw::Currently)),
    (b"daily", Lex::Kw(Kw::Daily)),
    (b"day", Lex::Unit { unit: Unit::Day, plural: false }),
    (b"days", Lex::Unit { unit: Unit::Day, plural: true }),
    (b"dec", Lex::Month { month: 12, abbrev: true }),
    (b"decade", Lex::Unit { unit: Unit::Decade, plural: false }),
    (b"decades", Lex::Unit { unit: Unit::Decade, plural: true }),
    (b"december", Lex::Month { month: 12, abbrev: false }),
    (b"dozen", Lex::Count(12)),
    (b"during", Lex::Kw(Kw::During)),
    (b"each", Lex::Kw(Kw::Each)),
    (b"earlier", Lex::Kw(Kw::Earlier)),
    (b"early", Lex::Kw(Kw::Early)),
    (b"eight", Lex::Count(8)),
    (b"eighteen", Lex::Count(18)),
    (b"eighteenth", Lex::Ordinal(18)),
    (b"eighth", Lex::Ordinal(8)),
    (b"eighty", Lex::Count(80)),
    (b"election", Lex::Kw(Kw::Holiday(3))),
    (b"eleven", Lex::Count(11)),
    (b"eleventh", Lex::Ordinal(11)),
    (b"end", Lex::Kw(Kw::End)),
    (b"evening", Lex::Kw(Kw::Part(DayPart::Evening))),
    (b"every", Lex::Kw(Kw::Every)),
    (b"fall", Lex::Kw(Kw::Season(2))),
    (b"feb", Lex::Month { month: 2, abbrev: true }),
    (b"february", Lex::Month { month: 2, abbrev: false }),
    (b"few", Lex::Kw(Kw::Few)),
    (b"fewer", Lex::Kw(Kw::Less)),
    (b"fifteen", Lex::Count(15)),
    (b"fifteenth", Lex::Ordinal(15)),
    (b"fifth", Lex::Ordinal(5)),
    (b"fifty", Lex::Count(50)),
    (b"first", Lex::Ordinal(1)),
    (b"fiscal", Lex::Kw(Kw::Fiscal)),
    (b"five", Lex::Count(5)),
    (b"following", Lex::Kw(Kw::Following)),
    (b"for", Lex::Kw(Kw::For)),
    (b"fortnight", Lex::Unit { unit: Unit::Week, plural: false }),
    (b"fortnights", Lex::Unit { unit: Unit::Week, plural: true }),
    (b"forty", Lex::Count(40)),
    (b"four", Lex::Count(4)),
    (b"fourteen", Lex::Count(14)),
    (b"fourteenth", Lex::Ordinal(14)),
    (b"fourth", Lex::Ordinal(4)),
    (b"friday", Lex::Weekday(4)),
    (b"from", Lex::Kw(Kw::From)),
    (b"future", Lex::Kw(Kw::Future)),
    (b"half", Lex::Kw(Kw::Half)),
    (b"halloween", Lex::Kw(Kw::Holiday(2))),
    (b"hour", Lex::Unit { unit: Unit::Hour, plural: false }),
    (b"hourly", Lex::Kw(Kw::Hourly)),
    (b"hours", Lex::Unit { unit: Unit::Hour, plural: true }),
    (b"hundred", Lex::Count(100)),
    (b"in", Lex::Kw(Kw::In)),
    (b"jan", Lex::Month { month: 1, abbrev: true }),
    (b"january", Lex::Month { month: 1, abbrev: false }),
    (b"jul", Lex::Month { month: 7, abbrev: true }),
    (b"july", Lex::Month { month: 7, abbrev: false }),
    (b"jun", Lex::Month { month: 6, abbrev: true }),
    (b"june", Lex::Month { month: 6, abbrev: false }),
    (b"labor", Lex::Kw(Kw::Holiday(4))),
    (b"last", Lex::Kw(Kw::Last)),
    (b"late", Lex::Kw(Kw::Late)),
    (b"lately", Lex::Kw(Kw::Lately)),
    (b"later", Lex::Kw(Kw::Later)),
    (b"least", Lex::Kw(Kw::Least)),
    (b"less", Lex::Kw(Kw::Less)),
    (b"many", Lex::Kw(Kw::Several)),
    (b"mar", Lex::Month { month: 3, abbrev: true }),
    (b"march", Lex::Month { month: 3, abbrev: false }),
    (b"may", Lex::Month { month: 5, abbrev: false }),
    (b"memorial", Lex::Kw(Kw::Holiday(5))),
    (b"mid", Lex::Kw(Kw::Mid)),
    (b"midday", Lex::Kw(Kw::Noon)),
    (b"middle", Lex::Kw(Kw::Middle)),
    (b"midnight", Lex::Kw(Kw::Midnight)),
    (b"minute", Lex::Unit { unit: Unit::Minute, plural: false }),
    (b"minutes", Lex::Unit { unit: Unit::Minute, plural: true }),
    (b"monday", Lex::Weekday(0)),
    (b"month", Lex::Unit { unit: Unit::Month, plural: false }),
    (b"monthly", Lex::Kw(Kw::Monthly)),
    (b"months", Lex::Unit { unit: Unit::Month, plural: true }),
    (b"more", Lex::Kw(Kw::More)),
    (b"morning", Lex::Kw(Kw::Part(DayPart::Morning))),
    (b"nearly", Lex::Kw(Kw::About)),
    (b"next", Lex::Kw(Kw::Next)),
    (b"night", Lex::Kw(Kw::Part(DayPart::Night))),
    (b"nightly", Lex::Kw(Kw::Nightly)),
    (b"nine", Lex::Count(9)),
    (b"nineteen", Lex::Count(19)),
    (b"nineteenth", Lex::Ordinal(19)),
    (b"ninety", Lex::Count(90)),
    (b"ninth", Lex::Ordinal(9)),
    (b"noon", Lex::Kw(Kw::Noon)),
    (b"nov", Lex::Month { month: 11, abbrev: true }),
    (b"november", Lex::Month { month: 11, abbrev: false }),
    (b"now", Lex::Kw(Kw::Now)),
    (b"nowadays", Lex::Kw(Kw::Currently)),
    (b"oct", Lex::Month { month: 10, abbrev: true }),
    (b"october", Lex::Month { month: 10, abbrev: false }),
    (b"of", Lex::Kw(Kw::Of)),
    (b"on", Lex::Kw(Kw::On)),
    (b"one", Lex::Count(1)),
    (b"or", Lex::Kw(Kw::Or)),
    (b"other", Lex::Kw(Kw::Other)),
    (b"over", Lex::Kw(Kw::Over)),
    (b"overnight", Lex::Kw(Kw::Part(DayPart::Night))),
    (b"past", Lex::Kw(Kw::Past)),
    (b"per", Lex::Kw(Kw::Per)),
    (b"preceding", Lex::Kw(Kw::Preceding)),
    (b"present", Lex::Kw(Kw::Present)),
    (b"previous", Lex::Kw(Kw::Previous)),
    (b"prior", Lex::Kw(Kw::Previous)),
    (b"quarter", Lex::Unit { unit: Unit::Quarter, plural: false }),
    (b"quarterly", Lex::Kw(Kw::Quarterly)),
    (b"quarters", Lex::Unit { unit: Unit::Quarter, plural: true }),
    (b"recent", Lex::Kw(Kw::Recent)),
    (b"recently", Lex::Kw(Kw::Recently)),
    (b"roughly", Lex::Kw(Kw::About)),
    (b"same", Lex::Kw(Kw::Same)),
    (b"saturday", Lex::Weekday(5)),
    (b"second", Lex::Ordinal(2)),
    (b"seconds", Lex::Unit { unit: Unit::Second, plural: true }),
    (b"sep", Lex::Month { month: 9, abbrev: true }),
    (b"sept", Lex::Month { month: 9, abbrev: true }),
    (b"september", Lex::Month { month: 9, abbrev: false }),
    (b"seven", Lex::Count(7)),
    (b"seventeen", Lex::Count(17)),
    (b"seventeenth", Lex::Ordinal(17)),
    (b"seventh", Lex::Ordinal(7)),
    (b"seventy", Lex::Count(70)),
    (b"several", Lex::Kw(Kw::Several)),
    (b"since", Lex::Kw(Kw::Since)),
    (b"six", Lex::Count(6)),
    (b"sixteen", Lex::Count(16)),
    (b"sixteenth", Lex::Ordinal(16)),
    (b"sixth", Lex::Ordinal(6)),
    (b"sixty", Lex::Count(60)),
    (b"some", Lex::Kw(Kw::Some)),
    (b"soon", Lex::Kw(Kw::Soon)),
    (b"spring", Lex::Kw(Kw::Season(0))),
    (b"start", Lex::Kw(Kw::Start)),
    (b"summer", Lex::Kw(Kw::Season(1))),
    (b"sunday", Lex::Weekday(6)),
    (b"ten", Lex::Count(10)),
    (b"tenth", Lex::Ordinal(10)),
    (b"thanksgiving", Lex::Kw(Kw::Holiday(1))),
    (b"that", Lex::Kw(Kw::That)),
    (b"the", Lex::Kw(Kw::The)),
    (b"these", Lex::Kw(Kw::These)),
    (b"third", Lex::Ordinal(3)),
    (b"thirteen", Lex::Count(13)),
    (b"thirteenth", Lex::Ordinal(13)),
    (b"thirty", Lex::Count(30)),
    (b"this", Lex::Kw(Kw::This)),
    (b"three", Lex::Count(3)),
    (b"through", Lex::Kw(Kw::Through)),
    (b"thru", Lex::Kw(Kw::Through)),
    (b"thursday", Lex::Weekday(3)),
    (b"till", Lex::Kw(Kw::Until)),
    (b"to", Lex::Kw(Kw::To)),
    (b"today", Lex::Kw(Kw::Today)),
    (b"tomorrow", Lex::Kw(Kw::Tomorrow)),
    (b"tonight", Lex::Kw(Kw::Tonight)),
    (b"tuesday", Lex::Weekday(1)),
    (b"twelfth", Lex::Ordinal(12)),
    (b"twelve", Lex::Count(12)),
    (b"twentieth", Lex::Ordinal(20)),
    (b"twenty", Lex::Count(20)),
    (b"two", Lex::Count(2)),
    (b"until", Lex::Kw(Kw::Until)),
    (b"upcoming", Lex::Kw(Kw::Upcoming)),
    (b"wednesday", Lex::Weekday(2)),
    (b"week", Lex::Unit { unit: Unit::Week, plural: false }),
    (b"weekend", Lex::Kw(Kw::Weekend)),
    (b"weekly", Lex::Kw(Kw::Weekly)),
    (b"weeks", Lex::Unit { unit: Unit::Week, plural: true }),
    (b"winter", Lex::Kw(Kw::Season(3))),
    (b"within", Lex::Kw(Kw::Within)),
    (b"year", Lex::Unit { unit: Unit::Year, plural: false }),
    (b"yearly", Lex::Kw(Kw::Annually)),
    (b"years", Lex::Unit { unit: Unit::Year, plural: true }),
    (b"yesterday", Lex::Kw(Kw::Yesterday)),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary search `classify_word` used for every word before the
    /// short-word table.
    fn by_search(word: &[u8]) -> Lex {
        let Some(key) = packed_lowercase(word) else { return Lex::Other };
        match LEXICON_KEYS.binary_search(&key) {
            Ok(found) => LEXICON[found].1,
            Err(_) => Lex::Other,
        }
    }

    #[test]
    fn short_words_classify_as_the_binary_search_did() {
        let mut words: Vec<Vec<u8>> = Vec::new();
        for (word, _) in LEXICON.iter() {
            words.push(word.to_vec());
            words.push(word.to_ascii_uppercase());
            let mut longer = word.to_vec();
            longer.push(b's');
            words.push(longer);
            words.push(word.get(1..).unwrap_or(&[]).to_vec());
        }
        for word in
            ["x", "zz", "Mondays", "thee", "ab", "abcdefgh", "abcdefghi"]
        {
            words.push(word.as_bytes().to_vec());
        }
        words.push("mo\u{e9}".as_bytes().to_vec());
        for word in &words {
            if word.is_empty() {
                continue;
            }
            assert_eq!(classify_word(word), by_search(word), "{word:?}");
        }
    }
}
