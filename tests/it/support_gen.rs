//! Generators for the property tests: articles, observations, time spans,
//! records, queries and command sequences.
//!
//! Records are generated directly, never through text extraction, so the
//! properties test the store and projections alone. Everything is drawn from
//! small pools (days around a few anchors, four actors, a handful of
//! summaries and quotes) so that observations of different articles often
//! describe the same happening and consolidation has work to do.

use chrono::Datelike;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use summit_timeline::article::{Article, SourceInfo};
use summit_timeline::domain::{
    ByteSpan, Claim, Day, EventKind, Observation, Precision, Status, TimeSpan,
};
use summit_timeline::query::Query;
use summit_timeline::store::{Envelope, Record};

/// Anchor dates (year, month, day): days cluster around them, on both sides
/// of 1970 and of year 1.
const ANCHORS: &[(i32, u32, u32)] = &[
    (2025, 8, 15),
    (2025, 8, 16),
    (1969, 12, 31),
    (1970, 1, 1),
    (1900, 2, 28),
    (-44, 3, 15),
];

/// Actors: few, so that observations share them.
pub const ACTORS: &[&str] =
    &["Ann Lee", "Bo Chan", "Cy Diaz", "Vladimir Putin"];

const SUMMARIES: &[&str] = &[
    "leaders met in the capital",
    "talks about the bridge deal",
    "the bridge deal was signed",
    "missiles struck the port overnight",
    "president spoke about taxes",
    "",
];

const QUOTES: &[&str] = &[
    "we will rebuild the bridge before winter",
    "we will rebuild the bridge soon",
    "taxes are too high",
    "no deal was reached today",
];

const LOCATIONS: &[&str] =
    &["Anchorage", "Alaska", "United States", "Geneva", "Kyiv"];

const RULES: &[&str] = &["meeting:met", "statement:said", "call:spoke"];

/// Body words; some are not ASCII so that spans must respect char bounds.
const WORDS: &[&str] = &[
    "leaders",
    "met",
    "in",
    "the",
    "capital",
    "café",
    "naïve",
    "Zelenskyy",
    "—",
    "東京",
    "said",
    "bridge",
    "deal",
    "🙂",
    "on",
    "Friday",
    "\n",
];

const TIME_TEXTS: &[&str] = &["on Friday", "in August", "that year", ""];

/// How an article's text and metadata are made.
#[derive(Clone, Debug)]
pub struct ArticleSpec {
    /// Body words.
    pub words: Vec<&'static str>,
    /// Whether the file starts with front matter (spans still count from
    /// the first byte of the file).
    pub front_matter: bool,
    /// Publication date.
    pub published: Option<Day>,
    /// Outlet.
    pub outlet: Option<&'static str>,
    /// Observations, with spans as indexes into the text's char boundaries.
    pub observations: Vec<ObservationSpec>,
}

/// How one observation is made; `span` is resolved against the text.
#[derive(Clone, Debug)]
pub struct ObservationSpec {
    kind: EventKind,
    status: Status,
    when: TimeSpan,
    actors: Vec<&'static str>,
    location: Option<&'static str>,
    quote: Option<&'static str>,
    summary: &'static str,
    span: (Index, Index),
    rule: &'static str,
    claims: Vec<(&'static str, &'static str)>,
}

/// An article with the observations extraction would have recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The article.
    pub article: Article,
    /// Its observations, spans on char boundaries of `article.text`.
    pub observations: Vec<Observation>,
}

impl Generated {
    /// The article id.
    pub fn id(&self) -> &str {
        &self.article.id
    }
}

/// A day near one of the anchors, most often the first.
pub fn day() -> impl Strategy<Value = Day> {
    let near = |anchors: &'static [(i32, u32, u32)], reach: i32| {
        (select(anchors), -reach..=reach).prop_map(|((y, m, d), offset)| {
            Day::from_ymd(y, m, d).expect("anchor is a date").plus(offset)
        })
    };
    prop_oneof![4 => near(&ANCHORS[..1], 1), 1 => near(ANCHORS, 3)]
}

fn month_of(day: Day) -> (Day, Day) {
    let date = day.date().expect("anchor days are in chrono's range");
    let first = Day::from_ymd(date.year(), date.month(), 1).expect("date");
    let next = if date.month() == 12 {
        Day::from_ymd(date.year() + 1, 1, 1)
    } else {
        Day::from_ymd(date.year(), date.month() + 1, 1)
    };
    (first, next.expect("date").plus(-1))
}

fn year_of(day: Day, years: i32) -> (Day, Day) {
    let year = day.year() - day.year().rem_euclid(years);
    let first = Day::from_ymd(year, 1, 1).expect("date");
    let last = Day::from_ymd(year + years - 1, 12, 31).expect("date");
    (first, last)
}

/// A time span: mostly single days, also short ranges, months, years,
/// decades, and spans open on one or both sides.
pub fn time_span() -> impl Strategy<Value = TimeSpan> {
    let text = select(TIME_TEXTS);
    prop_oneof![
        8 => (day(), text.clone())
            .prop_map(|(d, t)| TimeSpan::day(d, t)),
        2 => (day(), 1i32..=3, text.clone()).prop_map(|(d, n, t)| {
            TimeSpan::range(d, d.plus(n), Precision::Day, t)
        }),
        1 => (day(), text.clone()).prop_map(|(d, t)| {
            let (a, b) = month_of(d);
            TimeSpan::range(a, b, Precision::Month, t)
        }),
        1 => (day(), text.clone()).prop_map(|(d, t)| {
            let (a, b) = year_of(d, 1);
            TimeSpan::range(a, b, Precision::Year, t)
        }),
        1 => (day(), text.clone()).prop_map(|(d, t)| {
            let (a, b) = year_of(d, 10);
            TimeSpan::range(a, b, Precision::Decade, t)
        }),
        1 => (day(), text.clone()).prop_map(|(d, t)| TimeSpan {
            start: None,
            end: Some(d),
            precision: Precision::Day,
            text: t.to_string(),
        }),
        1 => (day(), text.clone()).prop_map(|(d, t)| TimeSpan {
            start: Some(d),
            end: None,
            precision: Precision::Year,
            text: t.to_string(),
        }),
        1 => text.prop_map(|t| TimeSpan {
            start: None,
            end: None,
            precision: Precision::Day,
            text: t.to_string(),
        }),
    ]
}

fn kind() -> impl Strategy<Value = EventKind> {
    prop_oneof![
        3 => Just(EventKind::Meeting),
        3 => Just(EventKind::Statement),
        1 => select(EventKind::ALL.to_vec()),
    ]
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        3 => Just(Status::Occurred),
        1 => select(Status::ALL.to_vec()),
    ]
}

fn observation_spec() -> impl Strategy<Value = ObservationSpec> {
    let claim = (
        select(&["duration", "casualties", "deaths"][..]),
        select(&["two hours", "three hours", "5"][..]),
    );
    (
        (kind(), status(), time_span()),
        prop_oneof![
            1 => Just(Vec::new()),
            4 => proptest::collection::vec(select(ACTORS), 1..=3),
        ],
        proptest::option::of(select(LOCATIONS)),
        proptest::option::of(select(QUOTES)),
        select(SUMMARIES),
        (any::<Index>(), any::<Index>()),
        select(RULES),
        proptest::collection::vec(claim, 0..=1),
    )
        .prop_map(
            |(
                (kind, status, when),
                actors,
                location,
                quote,
                summary,
                span,
                rule,
                claims,
            )| ObservationSpec {
                kind,
                status,
                when,
                actors,
                location,
                quote,
                summary,
                span,
                rule,
                claims,
            },
        )
}

/// One article's spec with up to `max_observations` observations.
pub fn article_spec(
    max_observations: usize,
) -> impl Strategy<Value = ArticleSpec> {
    (
        proptest::collection::vec(select(WORDS), 0..12),
        any::<bool>(),
        proptest::option::of(day()),
        proptest::option::of(select(&["Wire", "Daily"][..])),
        proptest::collection::vec(observation_spec(), 0..=max_observations),
    )
        .prop_map(
            |(words, front_matter, published, outlet, observations)| {
                ArticleSpec {
                    words,
                    front_matter,
                    published,
                    outlet,
                    observations,
                }
            },
        )
}

/// Between `min` and `max` article specs. Some observations retell one
/// of the previous article's (its type, status, time and actors, in the
/// article's own words), as a second outlet reports the same happening.
pub fn article_specs(
    min: usize,
    max: usize,
) -> impl Strategy<Value = Vec<ArticleSpec>> {
    (
        proptest::collection::vec(article_spec(5), min..=max),
        proptest::collection::vec((any::<Index>(), any::<Index>()), 0..=4),
    )
        .prop_map(|(mut specs, retellings)| {
            for (target, source) in retellings {
                retell(&mut specs, target, source);
            }
            specs
        })
}

/// Makes one observation of a later article retell one of the article
/// before it.
fn retell(specs: &mut [ArticleSpec], target: Index, source: Index) {
    let Some(last) = specs.len().checked_sub(1).filter(|n| *n > 0) else {
        return;
    };
    let to = 1 + target.index(last);
    let from = &specs[to - 1].observations;
    if from.is_empty() || specs[to].observations.is_empty() {
        return;
    }
    let original = from[source.index(from.len())].clone();
    let n = specs[to].observations.len();
    let copy = &mut specs[to].observations[target.index(n)];
    copy.kind = original.kind;
    copy.status = original.status;
    copy.when = original.when;
    copy.actors = original.actors;
}

/// The char boundaries of `text`, including its end.
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain([text.len()]).collect()
}

/// Builds article number `index` (the number is part of its body, so that
/// different indexes give different ids). Observations repeating the span
/// and rule of an earlier one are dropped: see
/// `prop_event_ids_unique_when_span_and_rule_repeat` for why.
pub fn build(index: usize, spec: &ArticleSpec) -> Generated {
    let mut text = String::new();
    if spec.front_matter {
        text.push_str(&format!("---\ntitle: Story {index}\n---\n"));
    }
    text.push_str(&format!("Story {index}:"));
    for word in &spec.words {
        text.push(' ');
        text.push_str(word);
    }
    text.push('\n');
    let info = SourceInfo {
        title: None,
        outlet: spec.outlet.map(str::to_string),
        url: None,
        published_at: spec.published,
    };
    let file = format!("{index:03}_story.txt");
    let article =
        Article::from_text(&file, text, &info, &SourceInfo::default())
            .expect("generated front matter is valid");
    let observations = observations_of(&article.text, &spec.observations);
    let mut seen = std::collections::BTreeSet::new();
    let observations = observations
        .into_iter()
        .filter(|o| seen.insert((o.span, o.rule.clone())))
        .collect();
    Generated { article, observations }
}

/// Resolves observation specs against a text.
pub fn observations_of(
    text: &str,
    specs: &[ObservationSpec],
) -> Vec<Observation> {
    let bounds = boundaries(text);
    specs
        .iter()
        .map(|spec| {
            let a = *spec.span.0.get(&bounds);
            let b = *spec.span.1.get(&bounds);
            Observation {
                kind: spec.kind,
                status: spec.status,
                when: spec.when.clone(),
                actors: spec.actors.iter().map(|a| a.to_string()).collect(),
                location: spec.location.map(str::to_string),
                quote: spec.quote.map(str::to_string),
                summary: spec.summary.to_string(),
                span: ByteSpan::new(a.min(b), a.max(b)),
                rule: spec.rule.to_string(),
                claims: spec
                    .claims
                    .iter()
                    .map(|(f, v)| Claim {
                        field: f.to_string(),
                        value: v.to_string(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Builds every spec, numbered in order.
pub fn build_all(specs: &[ArticleSpec]) -> Vec<Generated> {
    specs.iter().enumerate().map(|(i, s)| build(i, s)).collect()
}

/// A random record of any kind.
pub fn record() -> impl Strategy<Value = Record> {
    (article_spec(3), 0usize..1000, any::<u32>(), 0u8..4).prop_map(
        |(spec, index, version, which)| {
            let generated = build(index, &spec);
            let article_id = generated.article.id.clone();
            match which {
                0 => Record::ArticleAdded(generated.article),
                1 => Record::ObservationsRecorded {
                    article_id,
                    extractor_version: version,
                    observations: generated.observations,
                },
                2 => Record::ArticleRetracted { article_id },
                _ => Record::ArticleRestored { article_id },
            }
        },
    )
}

/// A random envelope.
pub fn envelope() -> impl Strategy<Value = Envelope> {
    (any::<u64>(), any::<i64>(), record()).prop_map(
        |(seq, recorded_at, record)| Envelope { seq, recorded_at, record },
    )
}

/// A day anywhere, with the extremes and the anchors likely.
pub fn any_day() -> impl Strategy<Value = Day> {
    prop_oneof![
        3 => day(),
        1 => Just(Day(i32::MIN)),
        1 => Just(Day(i32::MAX)),
        1 => Just(Day(0)),
        1 => any::<i32>().prop_map(Day),
    ]
}

/// A query window (possibly reversed) with random filters.
pub fn query() -> impl Strategy<Value = Query> {
    let window = prop_oneof![
        // A window starting near an anchor, from one day to decades long.
        3 => (day(), prop_oneof![0i32..=3, 0i32..=400, 0i32..=8000])
            .prop_map(|(d, n)| (d, d.plus(n))),
        1 => (any_day(), any_day()),
    ];
    let kinds =
        proptest::collection::vec(select(EventKind::ALL.to_vec()), 0..=2);
    let wanted = prop_oneof![
        select(ACTORS).prop_map(str::to_string),
        Just("lee".to_string()),
        Just("VLADIMIR PUTIN".to_string()),
    ];
    let actors = prop_oneof![
        3 => Just(Vec::new()),
        1 => proptest::collection::vec(wanted, 1..=2),
    ];
    let statuses = prop_oneof![
        3 => Just(Vec::new()),
        1 => proptest::collection::vec(select(Status::ALL.to_vec()), 1..=2),
    ];
    let kinds = prop_oneof![3 => Just(Vec::new()), 1 => kinds];
    (window, kinds, actors, statuses, 0usize..=3).prop_map(
        |((from, to), kinds, actors, statuses, min_sources)| Query {
            from,
            to,
            kinds,
            actors,
            articles: Vec::new(),
            statuses,
            min_sources,
        },
    )
}

/// One user command against a pool of articles (indexes taken modulo the
/// pool's size).
#[derive(Clone, Debug)]
pub enum Op {
    /// `ingest` of one article: new, already live, or retracted (restore).
    Ingest(usize),
    /// `retract` of one article (a no-op unless it is live).
    Retract(usize),
    /// `rebuild`.
    Rebuild,
    /// Close (after flush) and reopen.
    Reopen,
    /// Crash after appending an ingest's records but before projecting
    /// them; the next open must catch up.
    CrashIngest(usize),
    /// Crash after appending a retraction but before projecting it.
    CrashRetract(usize),
}

/// Ingest and retract commands only.
pub fn command_ops(max: usize) -> impl Strategy<Value = Vec<Op>> {
    let op = prop_oneof![
        3 => (0usize..8).prop_map(Op::Ingest),
        1 => (0usize..8).prop_map(Op::Retract),
    ];
    proptest::collection::vec(op, 0..=max)
}

/// Every kind of op, for the model test.
pub fn model_ops(max: usize) -> impl Strategy<Value = Vec<Op>> {
    let op = prop_oneof![
        4 => (0usize..8).prop_map(Op::Ingest),
        2 => (0usize..8).prop_map(Op::Retract),
        1 => Just(Op::Rebuild),
        1 => Just(Op::Reopen),
        1 => (0usize..8).prop_map(Op::CrashIngest),
        1 => (0usize..8).prop_map(Op::CrashRetract),
    ];
    proptest::collection::vec(op, 1..=max)
}
