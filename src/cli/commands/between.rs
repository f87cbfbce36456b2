//! `between FROM TO`: the chronology of a window, filtered, optionally as
//! the database stood after an earlier record.
//!
//! A plain `between` (no `--as-of`, no `--source`) answers from the
//! chronology file beside the log when it is current, without opening
//! sled; otherwise it answers from the store and then writes the file for
//! the next query (a failure to write it is silent).

use super::super::args::{BetweenArgs, FilterArgs, FormatArg};
use super::super::report::CliError;
use super::super::settings::{Settings, output_width};
use super::super::{emit, style};
use super::{BoundSide, matching_articles, parse_bound};
use summit_timeline::domain::{Day, Event, EventKind, Status};
use summit_timeline::output::plover::Catalog;
use summit_timeline::output::{self, Format, Window};
use summit_timeline::projection;
use summit_timeline::query::{self, Query};
use summit_timeline::store::{Kv, OpenMode, Store};

/// Runs `between`.
pub fn run(settings: &Settings, args: &BetweenArgs) -> Result<(), CliError> {
    let window = parse_window(&args.from, &args.to)?;
    let query = resolve_query(window, &args.filters)?;
    let plain = args.filters.as_of.is_none() && args.filters.sources.is_empty();
    if plain
        && let Ok((events, independent)) =
            query::run_on_chronology_file(&settings.db, &query)
    {
        let window = label_window(window, None);
        return render(settings, args, &window, &events, &independent);
    }
    let store = settings.open(OpenMode::MustExist)?;
    let Selection { window, events, independent, .. } =
        select_in(&store, window, query, &args.filters, Citations::Skip)?;
    render(settings, args, &window, &events, &independent)?;
    if plain {
        // The answer is out; the file only speeds up the next query, so
        // failing to write it changes nothing the user sees.
        let _ = query::refresh_chronology_file(&store);
    }
    Ok(())
}

fn render(
    settings: &Settings,
    args: &BetweenArgs,
    window: &Window,
    events: &[Event],
    independent: &[usize],
) -> Result<(), CliError> {
    let format = match args.format {
        FormatArg::Table => Format::Table,
        FormatArg::Json => Format::Json,
        FormatArg::Ndjson => Format::Ndjson,
        FormatArg::Csv => Format::Csv,
        FormatArg::Markdown => Format::Markdown,
    };
    let text = output::render_counted(
        format,
        window,
        events,
        independent,
        output_width(),
    );
    if format == Format::Table {
        return emit(&style::table(&text, settings.color));
    }
    emit(&text)
}

/// A valid-time window as parsed; an open side reaches to the beginning or
/// end of time.
#[derive(Clone, Copy, Debug)]
pub struct DayWindow {
    /// First day, if bounded.
    pub from: Option<Day>,
    /// Last day, if bounded.
    pub to: Option<Day>,
}

/// Parses `FROM TO` as typed (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
pub fn parse_window(from: &str, to: &str) -> Result<DayWindow, CliError> {
    let first = parse_bound(from, BoundSide::Start)?;
    let last = parse_bound(to, BoundSide::End)?;
    if last < first {
        return Err(CliError::bad_input(format!(
            "the range {from} to {to} is reversed (FROM must not be after TO)"
        )));
    }
    Ok(DayWindow { from: Some(first), to: Some(last) })
}

/// Whether a selection also reads the metadata of the articles it cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Citations {
    /// Read it (exports cite URLs and titles).
    Read,
    /// Leave it out.
    Skip,
}

/// A chronology with its window and, when asked, its cited articles.
pub struct Selection {
    /// The window and record-time view, as output formats label them.
    pub window: Window,
    /// The events, in chronology order.
    pub events: Vec<Event>,
    /// Metadata of every cited article by id (empty with `Citations::Skip`).
    pub articles: Catalog,
    /// Independent sources of each event (`independent[i]` for `events[i]`):
    /// near-duplicate articles count once.
    pub independent: Vec<usize>,
}

/// Resolves the filters shared by `between` and `export`, opens the store
/// (replaying it up to `--as-of` when asked) and returns the chronology.
pub fn select(
    settings: &Settings,
    window: DayWindow,
    filters: &FilterArgs,
    citations: Citations,
) -> Result<Selection, CliError> {
    let query = resolve_query(window, filters)?;
    let store = settings.open(OpenMode::MustExist)?;
    select_in(&store, window, query, filters, citations)
}

/// The query the window and filters ask for (`--source` is resolved
/// against the store's articles later, in `answer`).
fn resolve_query(
    window: DayWindow,
    filters: &FilterArgs,
) -> Result<Query, CliError> {
    Ok(Query {
        from: window.from.unwrap_or(Day(i32::MIN)),
        to: window.to.unwrap_or(Day(i32::MAX)),
        kinds: parse_kinds(&filters.kinds)?,
        actors: filters.actors.iter().map(|a| canonical_actor(a)).collect(),
        articles: Vec::new(),
        statuses: parse_statuses(&filters.statuses)?,
        min_sources: filters.min_sources,
    })
}

fn label_window(window: DayWindow, as_of: Option<u64>) -> Window {
    let label = |day: Option<Day>| day.map_or("..".into(), |d| d.to_string());
    Window { from: label(window.from), to: label(window.to), as_of }
}

/// `select` over a store already open.
fn select_in(
    store: &Store,
    window: DayWindow,
    query: Query,
    filters: &FilterArgs,
    citations: Citations,
) -> Result<Selection, CliError> {
    let (events, articles, independent) = match filters.as_of {
        None => {
            let kv = store.projection();
            let (events, articles) =
                answer(&kv, query, &filters.sources, citations)?;
            let independent = query::independent_counts(&kv, &events)?;
            (events, articles, independent)
        }
        Some(seq) => {
            if seq > store.head() {
                return Err(CliError::bad_input(format!(
                    "--as-of {seq} is beyond the last record ({})",
                    store.head()
                )));
            }
            let records = store.read_range(1, seq)?.into_iter().map(Ok);
            let mem = query::projection_as_of(store, records, seq)?;
            let (events, articles) =
                answer(&mem, query, &filters.sources, citations)?;
            let independent = query::independent_counts(&mem, &events)?;
            (events, articles, independent)
        }
    };
    let window = label_window(window, filters.as_of);
    Ok(Selection { window, events, articles, independent })
}

fn parse_kinds(names: &[String]) -> Result<Vec<EventKind>, CliError> {
    names
        .iter()
        .map(|name| {
            EventKind::from_name(&name.to_lowercase()).ok_or_else(|| {
                let names: Vec<&str> =
                    EventKind::ALL.iter().map(|k| k.name()).collect();
                CliError::bad_input(format!(
                    "unknown --type '{name}' (one of {})",
                    names.join(", ")
                ))
            })
        })
        .collect()
}

/// The statuses a chronology shows when `--status` is not given: what
/// happened, what is scheduled and what was reported as not happening.
/// Hypothetical happenings ("talks could resume") are stored and shown
/// with `--status all` or `--status hypothetical`, but they are not events.
const DEFAULT_STATUSES: [Status; 3] =
    [Status::Occurred, Status::Planned, Status::NotOccurred];

fn parse_statuses(names: &[String]) -> Result<Vec<Status>, CliError> {
    if names.is_empty() {
        return Ok(DEFAULT_STATUSES.to_vec());
    }
    if names.iter().any(|n| n.eq_ignore_ascii_case("all")) {
        return Ok(Vec::new());
    }
    names
        .iter()
        .map(|name| {
            Status::from_name(&name.to_lowercase()).ok_or_else(|| {
                let names: Vec<&str> =
                    Status::ALL.iter().map(|s| s.name()).collect();
                CliError::bad_input(format!(
                    "unknown --status '{name}' (one of {}, or all)",
                    names.join(", ")
                ))
            })
        })
        .collect()
}

fn answer<K: Kv + ?Sized>(
    kv: &K,
    mut query: Query,
    sources: &[String],
    citations: Citations,
) -> Result<(Vec<Event>, Catalog), CliError> {
    if !sources.is_empty() {
        let articles = projection::articles(kv)?;
        for wanted in sources {
            let found = matching_articles(&articles, wanted, true);
            if found.is_empty() {
                return Err(CliError::bad_input(format!(
                    "--source '{wanted}' matches no article id, file name or outlet"
                ))
                .hint("list the stored articles with summit-timeline sources"));
            }
            query.articles.extend(found.into_iter().map(|a| a.id.clone()));
        }
    }
    let events = query::run(kv, &query)?;
    let mut articles = Catalog::new();
    if citations == Citations::Read {
        for source in events.iter().flat_map(|event| &event.sources) {
            if !articles.contains_key(&source.article)
                && let Some(view) = projection::article(kv, &source.article)?
            {
                articles.insert(view.id, view.info);
            }
        }
    }
    Ok((events, articles))
}

/// The canonical spelling of an actor the user typed.
fn canonical_actor(name: &str) -> String {
    name.trim().to_string()
}
