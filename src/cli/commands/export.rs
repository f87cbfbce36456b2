//! `export --format html|plover|ics|csv [FROM TO]`: the chronology in a
//! format for other tools or for a browser, written to stdout or `-o PATH`.
//!
//! It takes the filters of `between` (resolved by the same code) and, with
//! no window, exports every event. Formats:
//! - `html`: one self-contained page (`output::html`).
//! - `plover`: PLOVER-style JSON Lines (`output::plover`).
//! - `ics`: iCalendar, one all-day VEVENT per closed span (`output::ics`).
//! - `csv`: the columns of `between --format csv` (`output::text::CSV_COLUMNS`:
//!   id, type, status, start, end, precision, actors, location, n_sources,
//!   articles, files, summary, quote; lists joined with `; `).

use super::super::args::{ExportArgs, ExportFormat};
use super::super::emit;
use super::super::report::CliError;
use super::super::settings::{Settings, now_seconds};
use super::between::{Citations, DayWindow, Selection, parse_window, select};
use std::io::Write;
use std::path::Path;
use summit_timeline::output::{html, ics, plover, text};

/// Runs `export`.
pub fn run(settings: &Settings, args: &ExportArgs) -> Result<(), CliError> {
    let window = match (&args.from, &args.to) {
        (Some(from), Some(to)) => parse_window(from, to)?,
        _ => DayWindow { from: None, to: None },
    };
    let selection = select(settings, window, &args.filters, Citations::Read)?;
    let document = render(args.format, &selection);
    match &args.output {
        None => emit(&document),
        Some(path) => write_file(path, &document),
    }
}

/// The selection in `format`.
fn render(format: ExportFormat, selection: &Selection) -> String {
    let Selection { window, events, articles, .. } = selection;
    match format {
        ExportFormat::Html => html::page(window, events, articles),
        ExportFormat::Plover => plover::lines(events, articles),
        ExportFormat::Ics => ics::calendar(events, articles, stamp_seconds()),
        ExportFormat::Csv => text::csv(events),
    }
}

/// The moment written as each entry's `DTSTAMP`: `SOURCE_DATE_EPOCH` when
/// set (reproducible exports), else now.
fn stamp_seconds() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or_else(now_seconds)
}

/// Writes the whole document, replacing the file.
fn write_file(path: &Path, document: &str) -> Result<(), CliError> {
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(document.as_bytes())?;
        file.sync_all()
    };
    write().map_err(|error| {
        CliError::failure(format!("cannot write {}: {error}", path.display()))
    })
}
