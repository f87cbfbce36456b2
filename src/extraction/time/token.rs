//! Tokens for the time tagger: words, numbers and punctuation with byte
//! offsets, the sentence each belongs to, and the lexical class the grammar
//! keys on.
//!
//! Tokenizing is one pass over the characters with no allocation per token;
//! word classes come from a lowercase copy on the stack. It never panics:
//! every access to the text goes through `get`.

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

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// Splits `text[body_start..]` into tokens with offsets into `text`.
pub(super) fn tokenize(text: &str, body_start: usize) -> Vec<Token> {
    let start = char_boundary_at_or_after(text, body_start);
    let body = text.get(start..).unwrap_or("");
    let mut tokens = Vec::with_capacity(body.len() / 5 + 1);
    let mut scanner = Scanner { body, offset: start, pos: 0 };
    let mut space_before = true;
    let mut newline_before = true;
    while let Some(ch) = scanner.peek() {
        if ch.is_whitespace() {
            space_before = true;
            newline_before |= ch == '\n' || ch == '\r';
            scanner.pos += ch.len_utf8();
            continue;
        }
        let mut token = scanner.next_token(ch);
        token.space_before = space_before;
        token.newline_before = newline_before;
        tokens.push(token);
        space_before = false;
        newline_before = false;
    }
    assign_sentences(text, &mut tokens);
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
        } else if ch.is_alphabetic() {
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
        while let Some(ch) = self.peek() {
            if !ch.is_alphabetic() {
                break;
            }
            self.pos += ch.len_utf8();
        }
        token.kind = Kind::Word;
        let word = self.body.get(begin..self.pos).unwrap_or("");
        token.lex = classify_word(word.as_bytes());
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

/// Numbers the sentences: a break follows `.`, `!` or `?` (not after an
/// abbreviation) when the next token starts a word with a capital, and
/// every line break starts a sentence.
fn assign_sentences(text: &str, tokens: &mut [Token]) {
    let mut sentence: u32 = 0;
    let mut pending = false;
    let mut previous_abbreviation = false;
    for token in tokens.iter_mut() {
        let opens =
            token.space_before && (token.upper || token.kind != Kind::Word);
        if token.newline_before || (pending && opens) {
            sentence += 1;
            pending = false;
        }
        token.sentence = sentence;
        match token.kind {
            Kind::Punct => {
                let ends = matches!(token.value, 0x2e | 0x21 | 0x3f);
                if ends && !previous_abbreviation {
                    pending = true;
                } else if token.space_before {
                    pending = false;
                }
            }
            _ => pending = false,
        }
        previous_abbreviation = token.kind == Kind::Word
            && is_abbreviation(text.get(token.start..token.end).unwrap_or(""));
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
fn classify_word(word: &[u8]) -> Lex {
    let mut buffer = [0u8; 16];
    let Some(lower) = lowercase(word, &mut buffer) else {
        return Lex::Other;
    };
    calendar_word(lower)
        .or_else(|| number_word(lower))
        .or_else(|| keyword(lower).map(Lex::Kw))
        .unwrap_or(Lex::Other)
}

fn calendar_word(word: &[u8]) -> Option<Lex> {
    let month = |month, abbrev| Some(Lex::Month { month, abbrev });
    let unit = |unit, plural| Some(Lex::Unit { unit, plural });
    match word {
        b"january" => month(1, false),
        b"jan" => month(1, true),
        b"february" => month(2, false),
        b"feb" => month(2, true),
        b"march" => month(3, false),
        b"mar" => month(3, true),
        b"april" => month(4, false),
        b"apr" => month(4, true),
        b"may" => month(5, false),
        b"june" => month(6, false),
        b"jun" => month(6, true),
        b"july" => month(7, false),
        b"jul" => month(7, true),
        b"august" => month(8, false),
        b"aug" => month(8, true),
        b"september" => month(9, false),
        b"sep" | b"sept" => month(9, true),
        b"october" => month(10, false),
        b"oct" => month(10, true),
        b"november" => month(11, false),
        b"nov" => month(11, true),
        b"december" => month(12, false),
        b"dec" => month(12, true),
        b"monday" => Some(Lex::Weekday(0)),
        b"tuesday" => Some(Lex::Weekday(1)),
        b"wednesday" => Some(Lex::Weekday(2)),
        b"thursday" => Some(Lex::Weekday(3)),
        b"friday" => Some(Lex::Weekday(4)),
        b"saturday" => Some(Lex::Weekday(5)),
        b"sunday" => Some(Lex::Weekday(6)),
        b"seconds" => unit(Unit::Second, true),
        b"minute" => unit(Unit::Minute, false),
        b"minutes" => unit(Unit::Minute, true),
        b"hour" => unit(Unit::Hour, false),
        b"hours" => unit(Unit::Hour, true),
        b"day" => unit(Unit::Day, false),
        b"days" => unit(Unit::Day, true),
        b"week" => unit(Unit::Week, false),
        b"weeks" => unit(Unit::Week, true),
        b"month" => unit(Unit::Month, false),
        b"months" => unit(Unit::Month, true),
        b"quarter" => unit(Unit::Quarter, false),
        b"quarters" => unit(Unit::Quarter, true),
        b"year" => unit(Unit::Year, false),
        b"years" => unit(Unit::Year, true),
        b"decade" => unit(Unit::Decade, false),
        b"decades" => unit(Unit::Decade, true),
        b"century" => unit(Unit::Century, false),
        b"centuries" => unit(Unit::Century, true),
        _ => None,
    }
}

fn number_word(word: &[u8]) -> Option<Lex> {
    let count = |n| Some(Lex::Count(n));
    let ordinal = |n| Some(Lex::Ordinal(n));
    match word {
        b"one" => count(1),
        b"two" => count(2),
        b"three" => count(3),
        b"four" => count(4),
        b"five" => count(5),
        b"six" => count(6),
        b"seven" => count(7),
        b"eight" => count(8),
        b"nine" => count(9),
        b"ten" => count(10),
        b"eleven" => count(11),
        b"twelve" | b"dozen" => count(12),
        b"thirteen" => count(13),
        b"fourteen" => count(14),
        b"fifteen" => count(15),
        b"sixteen" => count(16),
        b"seventeen" => count(17),
        b"eighteen" => count(18),
        b"nineteen" => count(19),
        b"twenty" => count(20),
        b"thirty" => count(30),
        b"forty" => count(40),
        b"fifty" => count(50),
        b"sixty" => count(60),
        b"seventy" => count(70),
        b"eighty" => count(80),
        b"ninety" => count(90),
        b"hundred" => count(100),
        b"first" => ordinal(1),
        b"second" => ordinal(2),
        b"third" => ordinal(3),
        b"fourth" => ordinal(4),
        b"fifth" => ordinal(5),
        b"sixth" => ordinal(6),
        b"seventh" => ordinal(7),
        b"eighth" => ordinal(8),
        b"ninth" => ordinal(9),
        b"tenth" => ordinal(10),
        b"eleventh" => ordinal(11),
        b"twelfth" => ordinal(12),
        b"thirteenth" => ordinal(13),
        b"fourteenth" => ordinal(14),
        b"fifteenth" => ordinal(15),
        b"sixteenth" => ordinal(16),
        b"seventeenth" => ordinal(17),
        b"eighteenth" => ordinal(18),
        b"nineteenth" => ordinal(19),
        b"twentieth" => ordinal(20),
        _ => None,
    }
}

fn keyword(word: &[u8]) -> Option<Kw> {
    let kw = match word {
        b"a" => Kw::A,
        b"an" => Kw::A,
        b"about" | b"around" | b"nearly" | b"almost" | b"roughly"
        | b"approximately" => Kw::About,
        b"after" => Kw::After,
        b"ago" => Kw::Ago,
        b"and" => Kw::And,
        b"annually" | b"yearly" => Kw::Annually,
        b"at" => Kw::At,
        b"before" => Kw::Before,
        b"beginning" => Kw::Beginning,
        b"between" => Kw::Between,
        b"by" => Kw::By,
        b"coming" => Kw::Coming,
        b"couple" => Kw::Couple,
        b"currently" | b"nowadays" => Kw::Currently,
        b"daily" => Kw::Daily,
        b"during" => Kw::During,
        b"each" => Kw::Each,
        b"early" => Kw::Early,
        b"earlier" => Kw::Earlier,
        b"end" => Kw::End,
        b"every" => Kw::Every,
        b"few" => Kw::Few,
        b"fiscal" => Kw::Fiscal,
        b"following" => Kw::Following,
        b"for" => Kw::For,
        b"from" => Kw::From,
        b"future" => Kw::Future,
        b"half" => Kw::Half,
        b"hourly" => Kw::Hourly,
        b"in" => Kw::In,
        b"last" => Kw::Last,
        b"late" => Kw::Late,
        b"later" => Kw::Later,
        b"lately" => Kw::Lately,
        b"least" => Kw::Least,
        b"less" | b"fewer" => Kw::Less,
        b"mid" => Kw::Mid,
        b"middle" => Kw::Middle,
        b"midnight" => Kw::Midnight,
        b"monthly" => Kw::Monthly,
        b"more" => Kw::More,
        b"next" => Kw::Next,
        b"noon" | b"midday" => Kw::Noon,
        b"now" => Kw::Now,
        b"of" => Kw::Of,
        b"on" => Kw::On,
        b"or" => Kw::Or,
        b"other" => Kw::Other,
        b"over" => Kw::Over,
        b"morning" => Kw::Part(DayPart::Morning),
        b"afternoon" => Kw::Part(DayPart::Afternoon),
        b"evening" => Kw::Part(DayPart::Evening),
        b"night" | b"overnight" => Kw::Part(DayPart::Night),
        b"past" => Kw::Past,
        b"per" => Kw::Per,
        b"present" => Kw::Present,
        b"preceding" => Kw::Preceding,
        b"previous" | b"prior" => Kw::Previous,
        b"quarterly" => Kw::Quarterly,
        b"recent" => Kw::Recent,
        b"recently" => Kw::Recently,
        b"same" => Kw::Same,
        b"spring" => Kw::Season(0),
        b"summer" => Kw::Season(1),
        b"fall" | b"autumn" => Kw::Season(2),
        b"winter" => Kw::Season(3),
        b"several" | b"many" => Kw::Several,
        b"since" => Kw::Since,
        b"some" => Kw::Some,
        b"soon" => Kw::Soon,
        b"start" => Kw::Start,
        b"the" => Kw::The,
        b"these" => Kw::These,
        b"this" => Kw::This,
        b"through" | b"thru" => Kw::Through,
        b"to" => Kw::To,
        b"today" => Kw::Today,
        b"tomorrow" => Kw::Tomorrow,
        b"tonight" => Kw::Tonight,
        b"until" | b"till" => Kw::Until,
        b"upcoming" => Kw::Upcoming,
        b"weekend" => Kw::Weekend,
        b"weekly" => Kw::Weekly,
        b"within" => Kw::Within,
        b"yesterday" => Kw::Yesterday,
        _ => return None,
    };
    Some(kw)
}
