//! One file per subcommand; this file dispatches and holds what several
//! commands share (date bounds, article look-up, running extraction).

mod between;
mod completions;
mod dump;
mod export;
mod extract;
mod ingest;
mod log;
mod maintenance;
mod man;
mod show;

use super::args::{Cli, Command};
use super::report::CliError;
use super::settings::Settings;
use summit_timeline::domain::Day;
use summit_timeline::limits::{QUERY_YEAR_MAX, QUERY_YEAR_MIN};
use summit_timeline::projection::{self, ArticleView};
use summit_timeline::store::Kv;

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let mut settings = Settings::new(cli.db, cli.wait)?;
    settings.color = super::style::enabled(cli.color);
    match cli.command {
        Command::Ingest(args) => ingest::run(&settings, &args),
        Command::Between(args) => between::run(&settings, &args),
        Command::Show(args) => show::run(&settings, &args),
        Command::Sources(args) => show::sources(&settings, &args),
        Command::Log(args) => log::run(&settings, &args),
        Command::Retract(args) => maintenance::retract(&settings, &args),
        Command::Rebuild => maintenance::rebuild(&settings),
        Command::Verify => maintenance::verify(&settings),
        Command::Extract(args) => extract::run(&args),
        Command::Reextract(args) => maintenance::reextract(&settings, &args),
        Command::Dump(args) => dump::dump(&settings, &args),
        Command::Restore(args) => dump::restore(&settings, &args),
        Command::Export(args) => export::run(&settings, &args),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
    }
}

/// Which end of a period a date bound stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundSide {
    /// The first day of the period.
    Start,
    /// The last day of the period.
    End,
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to the first or last day.
pub fn parse_bound(text: &str, side: BoundSide) -> Result<Day, CliError> {
    let bad = || {
        CliError::bad_input(format!(
            "'{text}' is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)"
        ))
    };
    if let Some(day) = Day::parse(text) {
        let year = day.year();
        if !(QUERY_YEAR_MIN..=QUERY_YEAR_MAX).contains(&year) {
            return Err(CliError::bad_input(format!(
                "'{text}' is outside the years {QUERY_YEAR_MIN} to {QUERY_YEAR_MAX}"
            )));
        }
        return Ok(day);
    }
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str| {
        s.parse::<i64>().ok().filter(|_| s.chars().all(|c| c.is_ascii_digit()))
    };
    match parts.as_slice() {
        [year] if year.len() == 4 => {
            let year = number(year).ok_or_else(bad)? as i32;
            match side {
                BoundSide::Start => Day::from_ymd(year, 1, 1),
                BoundSide::End => Day::from_ymd(year, 12, 31),
            }
            .ok_or_else(bad)
        }
        [year, month] if year.len() == 4 && month.len() == 2 => {
            let year = number(year).ok_or_else(bad)? as i32;
            let month = number(month).ok_or_else(bad)? as u32;
            let first = Day::from_ymd(year, month, 1).ok_or_else(bad)?;
            match side {
                BoundSide::Start => Ok(first),
                BoundSide::End => {
                    let next = if month == 12 {
                        Day::from_ymd(year + 1, 1, 1)
                    } else {
                        Day::from_ymd(year, month + 1, 1)
                    };
                    next.map(|d| d.plus(-1)).ok_or_else(bad)
                }
            }
        }
        _ => Err(bad()),
    }
}

/// Parses a `--published` flag value.
pub fn parse_published(text: Option<&str>) -> Result<Option<Day>, CliError> {
    match text {
        None => Ok(None),
        Some(text) => Day::parse(text).map(Some).ok_or_else(|| {
            CliError::bad_input(format!(
                "--published '{text}' is not a date (want YYYY-MM-DD)"
            ))
        }),
    }
}

/// Finds one article by id, unique id prefix, or file name.
pub fn resolve_article<K: Kv + ?Sized>(
    kv: &K,
    wanted: &str,
) -> Result<ArticleView, CliError> {
    let articles = projection::articles(kv)?;
    let matches = matching_articles(&articles, wanted, false);
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => {
            Err(CliError::bad_input(format!("no article matches '{wanted}'"))
                .hint("list the stored articles with summit-timeline sources"))
        }
        many => Err(CliError::bad_input(format!(
            "'{wanted}' matches {} articles: {}",
            many.len(),
            many.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
        ))
        .hint("give more of the article id")),
    }
}

/// Articles matching an id, id prefix (3+ characters), file name, or (when
/// `outlets` is set) outlet name.
pub fn matching_articles<'a>(
    articles: &'a [ArticleView],
    wanted: &str,
    outlets: bool,
) -> Vec<&'a ArticleView> {
    if let Some(exact) = articles.iter().find(|a| a.id == wanted) {
        return vec![exact];
    }
    let by_file: Vec<&ArticleView> =
        articles.iter().filter(|a| a.file == wanted).collect();
    if !by_file.is_empty() {
        return by_file;
    }
    let bare = wanted.strip_prefix("a-").unwrap_or(wanted);
    if bare.len() >= 3 {
        let by_prefix: Vec<&ArticleView> = articles
            .iter()
            .filter(|a| a.id.get(2..).is_some_and(|id| id.starts_with(bare)))
            .collect();
        if !by_prefix.is_empty() {
            return by_prefix;
        }
    }
    if outlets {
        return articles
            .iter()
            .filter(|a| {
                a.info
                    .outlet
                    .as_deref()
                    .is_some_and(|o| o.eq_ignore_ascii_case(wanted))
            })
            .collect();
    }
    Vec::new()
}
