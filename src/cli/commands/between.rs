//! `between FROM TO`: the chronology of a window, filtered, optionally as
//! the database stood after an earlier record.

use super::super::args::{BetweenArgs, FormatArg};
use super::super::emit;
use super::super::report::CliError;
use super::super::settings::{Settings, output_width};
use super::{BoundSide, matching_articles, parse_bound};
use summit_timeline::domain::{EventKind, Status};
use summit_timeline::output::{self, Format, Window};
use summit_timeline::projection;
use summit_timeline::query::{self, Query};
use summit_timeline::store::{Kv, OpenMode};

/// Runs `between`.
pub fn run(settings: &Settings, args: &BetweenArgs) -> Result<(), CliError> {
    let from = parse_bound(&args.from, BoundSide::Start)?;
    let to = parse_bound(&args.to, BoundSide::End)?;
    if to < from {
        return Err(CliError::bad_input(format!(
            "the range {} to {} is reversed (FROM must not be after TO)",
            args.from, args.to
        )));
    }
    let kinds = args
        .kinds
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
        .collect::<Result<Vec<_>, _>>()?;
    let statuses = args
        .statuses
        .iter()
        .map(|name| {
            Status::from_name(&name.to_lowercase()).ok_or_else(|| {
                let names: Vec<&str> =
                    Status::ALL.iter().map(|s| s.name()).collect();
                CliError::bad_input(format!(
                    "unknown --status '{name}' (one of {})",
                    names.join(", ")
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let store = settings.open(OpenMode::MustExist)?;
    let query = Query {
        from,
        to,
        kinds,
        actors: args.actors.iter().map(|a| canonical_actor(a)).collect(),
        articles: Vec::new(),
        statuses,
        min_sources: args.min_sources,
    };
    let (events, independent) = match args.as_of {
        None => {
            let kv = store.projection();
            let events = answer(&kv, query, &args.sources)?;
            let independent = query::independent_counts(&kv, &events)?;
            (events, independent)
        }
        Some(seq) => {
            if seq > store.head() {
                return Err(CliError::bad_input(format!(
                    "--as-of {seq} is beyond the last record ({})",
                    store.head()
                )));
            }
            let records = store.read_range(1, seq)?.into_iter().map(Ok);
            let mem = query::projection_as_of(&store, records, seq)?;
            let events = answer(&mem, query, &args.sources)?;
            let independent = query::independent_counts(&mem, &events)?;
            (events, independent)
        }
    };
    let window = Window {
        from: from.to_string(),
        to: to.to_string(),
        as_of: args.as_of,
    };
    let format = match args.format {
        FormatArg::Table => Format::Table,
        FormatArg::Json => Format::Json,
        FormatArg::Ndjson => Format::Ndjson,
        FormatArg::Csv => Format::Csv,
        FormatArg::Markdown => Format::Markdown,
    };
    drop(store);
    emit(&output::render_counted(
        format,
        &window,
        &events,
        &independent,
        output_width(),
    ))
}

fn answer<K: Kv + ?Sized>(
    kv: &K,
    mut query: Query,
    sources: &[String],
) -> Result<Vec<summit_timeline::domain::Event>, CliError> {
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
    Ok(query::run(kv, &query)?)
}

/// The canonical spelling of an actor the user typed.
fn canonical_actor(name: &str) -> String {
    name.trim().to_string()
}
