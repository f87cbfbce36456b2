//! Output: chronologies rendered as table, JSON (the stable contract),
//! NDJSON, CSV and Markdown. Renderers return strings; the CLI writes them.

pub mod html;
pub mod ics;
pub mod json;
pub mod plover;
pub mod sanitize;
pub mod text;

use crate::domain::{Event, TimeSpan};

/// The output formats of `between`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Human-readable table fitted to a width.
    Table,
    /// One JSON document (`schema: summit-timeline/1`).
    Json,
    /// One JSON event per line.
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
}

/// The context of a chronology: the window and the record-time view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// First day asked for.
    pub from: String,
    /// Last day asked for.
    pub to: String,
    /// The record the answer is as of, when not the latest.
    pub as_of: Option<u64>,
}

/// Renders a chronology in `format`; `width` is the table width in columns.
pub fn render(
    format: Format,
    window: &Window,
    events: &[Event],
    width: usize,
) -> String {
    render_counted(format, window, events, &[], width)
}

/// Renders a chronology with each event's independent sources
/// (`independent[i]` for `events[i]`) in the table, JSON and NDJSON.
pub fn render_counted(
    format: Format,
    window: &Window,
    events: &[Event],
    independent: &[usize],
    width: usize,
) -> String {
    match format {
        Format::Table => text::table_counted(events, independent, width),
        Format::Json => json::document_counted(window, events, independent),
        Format::Ndjson => json::lines(events, independent),
        Format::Csv => text::csv(events),
        Format::Markdown => text::markdown(events),
    }
}

/// A span written compactly: `2025-08-15`, `2025-08-15/2025-08-18`,
/// `../2025-01-31` for an open start.
pub fn span_label(when: &TimeSpan) -> String {
    let side = |day: Option<crate::domain::Day>| {
        day.map_or("..".to_string(), |d| d.to_string())
    };
    match (when.start, when.end) {
        (Some(start), Some(end)) if start == end => start.to_string(),
        _ => format!("{}/{}", side(when.start), side(when.end)),
    }
}
