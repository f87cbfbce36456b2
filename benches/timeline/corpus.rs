//! A deterministic, seeded corpus of news: article texts for the extraction
//! and ingest figures, and pre-extracted records (articles with generated
//! observations) for the store and query figures at 10k to 1M events.
//!
//! Nothing here reads a file or the clock: the same seed gives the same
//! bytes on every machine.

use summit_timeline::article::{Article, SourceInfo};
use summit_timeline::domain::{
    ByteSpan, Day, EventKind, Observation, Precision, Status, TimeSpan,
};
use summit_timeline::extraction::EXTRACTOR_VERSION;
use summit_timeline::store::Record;

/// SplitMix64: small, fast and good enough for picking words.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// World leaders and ministers the built-in lexicon knows, with their title.
pub const LEADERS: &[(&str, &str)] = &[
    ("President", "Donald Trump"),
    ("Vice President", "JD Vance"),
    ("Secretary of State", "Marco Rubio"),
    ("Defense Secretary", "Pete Hegseth"),
    ("Treasury Secretary", "Scott Bessent"),
    ("Envoy", "Steve Witkoff"),
    ("President", "Joe Biden"),
    ("Secretary of State", "Antony Blinken"),
    ("President", "Vladimir Putin"),
    ("Foreign Minister", "Sergei Lavrov"),
    ("Spokesman", "Dmitry Peskov"),
    ("Defence Minister", "Andrei Belousov"),
    ("President", "Volodymyr Zelensky"),
    ("Foreign Minister", "Andriy Sybiha"),
    ("Defence Minister", "Rustem Umerov"),
    ("President", "Emmanuel Macron"),
    ("Chancellor", "Friedrich Merz"),
    ("Chancellor", "Olaf Scholz"),
    ("Prime Minister", "Keir Starmer"),
    ("Foreign Secretary", "David Lammy"),
    ("Prime Minister", "Giorgia Meloni"),
    ("Prime Minister", "Pedro Sanchez"),
    ("Prime Minister", "Donald Tusk"),
    ("Foreign Minister", "Radoslaw Sikorski"),
];

/// Anonymous group actors.
pub const GROUPS: &[&str] = &[
    "Russian forces",
    "Ukrainian troops",
    "rebels",
    "militants",
    "protesters",
    "European officials",
    "NATO allies",
    "Western diplomats",
];

/// Places the built-in lexicon knows.
pub const PLACES: &[&str] = &[
    "Washington",
    "Moscow",
    "Kyiv",
    "London",
    "Paris",
    "Berlin",
    "Rome",
    "Madrid",
    "Brussels",
    "Vienna",
    "Geneva",
    "Warsaw",
    "Prague",
    "Budapest",
    "Ankara",
    "Istanbul",
    "Helsinki",
    "Stockholm",
    "Tbilisi",
    "Baku",
    "Beijing",
    "Tokyo",
    "New Delhi",
    "Ottawa",
];

const TOPICS: &[&str] = &[
    "grain exports",
    "a ceasefire",
    "prisoner exchanges",
    "energy security",
    "sanctions relief",
    "air defence",
    "reconstruction aid",
    "border security",
];

const QUOTES: &[&str] = &[
    "We are ready to talk, but not at any price",
    "This is a turning point for the whole region",
    "Nobody wants a long war, least of all the people who fight it",
    "The door to diplomacy remains open",
    "We will defend every inch of our territory",
    "There can be no peace without justice",
    "The sanctions will stay until the troops leave",
    "We expect concrete steps, not more promises",
];

const BOILERPLATE: &[&str] = &[
    "Share via",
    "-",
    "Sign up for our morning newsletter.",
    "Reporting by staff correspondents; Editing by the world desk.",
    "All rights reserved.",
    "Read more: the full timeline of the conflict.",
    "Advertisement",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "ten"];

/// First and last publication day of generated articles: news spread over
/// five decades.
pub fn first_day() -> Day {
    Day::parse("1976-01-01").expect("a valid date")
}

/// The last day articles are published.
pub fn last_day() -> Day {
    Day::parse("2025-12-31").expect("a valid date")
}

fn date_words(day: Day) -> String {
    let date = day.date().expect("a generated day is a real date");
    use chrono::Datelike;
    format!(
        "{} {}, {}",
        MONTHS[date.month0() as usize],
        date.day(),
        date.year()
    )
}

/// A date expression and the day it should resolve to (for explicit ones).
fn date_phrase(rng: &mut Rng, published: Day) -> String {
    match rng.below(10) {
        0..=2 => {
            let back = rng.below(4000) as i32;
            format!("on {}", date_words(published.plus(-back)))
        }
        3 => format!("on {}", rng.pick(WEEKDAYS)),
        4 => "on Friday".to_string(),
        5 => "last month".to_string(),
        6 => format!("{} years ago", rng.pick(NUMBERS)),
        7 => {
            let date = published.plus(-(rng.below(9000) as i32));
            let date = date.date().expect("a real date");
            use chrono::Datelike;
            format!("in {} {}", MONTHS[date.month0() as usize], date.year())
        }
        8 => "yesterday".to_string(),
        _ => format!("in {}", published.year() - rng.below(30) as i32),
    }
}

fn leader(rng: &mut Rng) -> String {
    let (title, name) = rng.pick(LEADERS);
    format!("{title} {name}")
}

/// One event sentence of the given kind.
fn event_sentence(rng: &mut Rng, kind: EventKind, published: Day) -> String {
    let date = date_phrase(rng, published);
    let place = rng.pick(PLACES);
    let a = leader(rng);
    let b = leader(rng);
    let topic = rng.pick(TOPICS);
    match kind {
        EventKind::Meeting => match rng.below(3) {
            0 => format!("{a} met {b} in {place} {date}."),
            1 => format!("{a} held talks with {b} in {place} {date}."),
            _ => format!("{a} hosted {b} at a summit in {place} {date}."),
        },
        EventKind::Call => {
            format!("{a} spoke by phone with {b} about {topic} {date}.")
        }
        EventKind::Statement => {
            let quote = rng.pick(QUOTES);
            format!("\u{201c}{quote},\u{201d} {a} said {date}.")
        }
        EventKind::Attack => {
            let group = rng.pick(GROUPS);
            match rng.below(2) {
                0 => format!("{group} attacked a market in {place} {date}."),
                _ => format!(
                    "A drone strike hit {place} {date}, officials said."
                ),
            }
        }
        EventKind::Military => {
            let group = rng.pick(GROUPS);
            format!("{group} launched an offensive near {place} {date}.")
        }
        EventKind::Travel => format!("{a} arrived in {place} {date}."),
        EventKind::Threat => {
            format!("{a} threatened new sanctions over {topic} {date}.")
        }
        EventKind::Agreement => match rng.below(2) {
            0 => format!("{a} and {b} signed an agreement on {topic} {date}."),
            _ => format!("No agreement on {topic} was reached {date}."),
        },
        EventKind::Other => {
            format!("{a} announced a review of {topic} in {place} {date}.")
        }
    }
}

/// One generated article file: front matter, a headline-like lead,
/// event sentences, quotes with attributions and boilerplate.
pub fn article_text(seed: u64, index: u64) -> String {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003) ^ index);
    let span = (last_day().0 - first_day().0) as usize;
    let published = first_day().plus(rng.below(span + 1) as i32);
    let mut text = format!(
        "---\ntitle: Dispatch {index}\noutlet: Wire {}\npublished: {}\n---\n",
        rng.below(12),
        published
    );
    let n = 8 + rng.below(10);
    for line in 0..n {
        if rng.chance(15) {
            let line: &&str = rng.pick(BOILERPLATE);
            text.push_str(line);
            text.push('\n');
        }
        let kind = *rng.pick(&EventKind::ALL);
        text.push_str(&event_sentence(&mut rng, kind, published));
        if line % 3 == 0 {
            let quote = rng.pick(QUOTES);
            let who = leader(&mut rng);
            text.push_str(&format!(
                " \u{201c}{quote},\u{201d} {who} told reporters."
            ));
        }
        text.push('\n');
    }
    text
}

/// Generated article files `0..n` as articles.
pub fn articles(seed: u64, n: u64) -> Vec<Article> {
    (0..n)
        .map(|i| {
            let text = article_text(seed, i);
            let none = SourceInfo::default();
            Article::from_text(&format!("gen-{i:07}.txt"), text, &none, &none)
                .expect("generated front matter is valid")
        })
        .collect()
}

/// How the record generator spreads observations over time: a happening is
/// on one day (most), a week, a month, or a year.
fn generated_span(rng: &mut Rng, day_only: bool) -> (TimeSpan, &'static str) {
    let range = (last_day().0 - first_day().0) as usize;
    let start = first_day().plus(rng.below(range + 1) as i32);
    let roll = if day_only { 0 } else { rng.below(100) };
    match roll {
        0..=89 => (TimeSpan::day(start, "on Friday"), "on Friday"),
        90..=95 => {
            let end = start.plus(6);
            (TimeSpan::range(start, end, Precision::Week, "last week"), "")
        }
        96..=98 => {
            let end = start.plus(29);
            (TimeSpan::range(start, end, Precision::Month, "in March"), "")
        }
        _ => {
            let end = start.plus(364);
            (TimeSpan::range(start, end, Precision::Year, "in 1998"), "")
        }
    }
}

/// One generated happening, possibly reported by several articles.
#[derive(Clone)]
struct Happening {
    kind: EventKind,
    when: TimeSpan,
    actors: Vec<String>,
    location: String,
    quote: Option<String>,
}

fn new_happening(rng: &mut Rng, day_only: bool) -> Happening {
    let kind = *rng.pick(&EventKind::ALL);
    let (when, _) = generated_span(rng, day_only);
    let first = rng.pick(LEADERS).1.to_string();
    let mut actors = vec![first];
    if rng.chance(60) {
        let second = rng.pick(LEADERS).1.to_string();
        if second != actors[0] {
            actors.push(second);
        }
    }
    let quote =
        (kind == EventKind::Statement).then(|| rng.pick(QUOTES).to_string());
    Happening {
        kind,
        when,
        actors,
        location: rng.pick(PLACES).to_string(),
        quote,
    }
}

/// Generates pre-extracted records: `ArticleAdded` plus
/// `ObservationsRecorded` per article, `per_article` observations each,
/// about a fifth of them reports of a happening another article reported.
pub struct RecordGen {
    rng: Rng,
    recent: Vec<Happening>,
    next_article: u64,
    per_article: usize,
    day_only: bool,
}

impl RecordGen {
    /// `day_only` keeps every span to one day (the answer checks need it:
    /// see `check` in timeline.rs).
    pub fn new(seed: u64, per_article: usize, day_only: bool) -> RecordGen {
        RecordGen {
            rng: Rng::new(seed),
            recent: Vec::new(),
            next_article: 0,
            per_article,
            day_only,
        }
    }

    /// The records of the next article: `ArticleAdded`, then its
    /// observations.
    pub fn next_article(&mut self) -> [Record; 2] {
        let index = self.next_article;
        self.next_article += 1;
        let mut happenings = Vec::with_capacity(self.per_article);
        for _ in 0..self.per_article {
            let reuse = !self.recent.is_empty() && self.rng.chance(20);
            let happening = if reuse {
                let i = self.rng.below(self.recent.len());
                self.recent[i].clone()
            } else {
                let fresh = new_happening(&mut self.rng, self.day_only);
                if self.recent.len() < 64 {
                    self.recent.push(fresh.clone());
                } else {
                    let i = self.rng.below(64);
                    self.recent[i] = fresh.clone();
                }
                fresh
            };
            happenings.push(happening);
        }
        let mut text = format!("Generated dispatch {index}.\n");
        let mut observations = Vec::with_capacity(happenings.len());
        for happening in happenings {
            let sentence = happening_sentence(&happening);
            let start = text.len();
            text.push_str(&sentence);
            let span = ByteSpan::new(start, text.len());
            text.push('\n');
            observations.push(Observation {
                kind: happening.kind,
                status: Status::Occurred,
                when: happening.when,
                actors: happening.actors,
                location: Some(happening.location),
                quote: happening.quote,
                summary: sentence,
                span,
                rule: format!("{}:generated", happening.kind.name()),
                claims: Vec::new(),
            });
        }
        let published = observations
            .iter()
            .filter_map(|o| o.when.end)
            .max()
            .map(|day| day.plus(1));
        let info = SourceInfo {
            title: Some(format!("Dispatch {index}")),
            outlet: Some(format!("Wire {}", index % 12)),
            url: None,
            published_at: published,
        };
        let none = SourceInfo::default();
        let file = format!("rec-{index:08}.txt");
        let article = Article::from_text(&file, text, &info, &none)
            .expect("generated text has no front matter");
        let article_id = article.id.clone();
        [
            Record::ArticleAdded(article),
            Record::ObservationsRecorded {
                article_id,
                extractor_version: EXTRACTOR_VERSION,
                observations,
            },
        ]
    }
}

fn happening_sentence(h: &Happening) -> String {
    let who = h.actors.join(" and ");
    let date = date_words(h.when.start.expect("generated spans are closed"));
    match &h.quote {
        Some(quote) => {
            format!("\u{201c}{quote},\u{201d} {who} said on {date}.")
        }
        None => {
            format!("{who}: {} in {} on {date}.", h.kind.name(), h.location)
        }
    }
}
