//! Human formats: the terminal table, CSV and Markdown.

use super::sanitize::one_line;
use super::span_label;
use crate::domain::{Event, Status};

/// Narrowest table the layout supports.
const TABLE_WIDTH_MIN: usize = 60;

/// The chronology as a table fitted to `width` columns: a line per event
/// with date, type, number of sources and actors, then the summary wrapped
/// below, then the id (and the status when it is not `occurred`).
pub fn table(events: &[Event], width: usize) -> String {
    table_counted(events, &[], width)
}

/// The table with an `IND` column: independent sources of each event
/// (`independent[i]` for `events[i]`; `-` where missing).
pub fn table_counted(
    events: &[Event],
    independent: &[usize],
    width: usize,
) -> String {
    let width = width.max(TABLE_WIDTH_MIN);
    let when_width = events
        .iter()
        .map(|e| span_label(&e.when).chars().count())
        .max()
        .unwrap_or(4)
        .clamp(4, 23);
    let indent = when_width + 2;
    let text_width = width.saturating_sub(indent).max(20);
    let mut out = format!(
        "{:<when_width$}  {:<9}  {:>3}  {:>3}  WHAT\n",
        "WHEN", "TYPE", "SRC", "IND"
    );
    for (i, event) in events.iter().enumerate() {
        let ind = independent.get(i).map_or("-".to_string(), |n| n.to_string());
        let actors = if event.actors.is_empty() {
            "-".to_string()
        } else {
            event.actors.join(", ")
        };
        let place = event
            .location
            .as_deref()
            .map(|p| format!(" @ {p}"))
            .unwrap_or_default();
        let head = format!(
            "{:<when_width$}  {:<9}  {:>3}  {:>3}  {}",
            span_label(&event.when),
            event.kind.name(),
            event.n_articles(),
            ind,
            one_line(&format!("{actors}{place}"))
        );
        out.push_str(&truncate(&head, width));
        out.push('\n');
        for line in wrap(&one_line(&event.summary), text_width) {
            out.push_str(&" ".repeat(indent));
            out.push_str(&line);
            out.push('\n');
        }
        let mut tail = event.id.clone();
        if event.status != Status::Occurred {
            tail.push_str(&format!("  [{}]", event.status.name()));
        }
        if !event.disputed.is_empty() {
            let fields: Vec<&str> =
                event.disputed.iter().map(|d| d.field.as_str()).collect();
            tail.push_str(&format!("  disputed: {}", fields.join(", ")));
        }
        out.push_str(&" ".repeat(indent));
        out.push_str(&truncate(&tail, text_width));
        out.push('\n');
    }
    out.push_str(&format!("{} events\n", events.len()));
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Greedy word wrap to `width` characters; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count()
            + usize::from(!line.is_empty())
            + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&truncate(word, width));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Column names of the CSV output, in order.
pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "type",
    "status",
    "start",
    "end",
    "precision",
    "actors",
    "location",
    "n_sources",
    "articles",
    "files",
    "summary",
    "quote",
];

/// The chronology as CSV (RFC 4180 quoting; lists joined with `; `).
pub fn csv(events: &[Event]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    for event in events {
        let mut articles: Vec<&str> =
            event.sources.iter().map(|s| s.article.as_str()).collect();
        articles.dedup();
        let mut files: Vec<&str> =
            event.sources.iter().map(|s| s.file.as_str()).collect();
        files.dedup();
        let fields = [
            event.id.clone(),
            event.kind.name().into(),
            event.status.name().into(),
            event.when.start.map(|d| d.to_string()).unwrap_or_default(),
            event.when.end.map(|d| d.to_string()).unwrap_or_default(),
            event.when.precision.name().into(),
            event.actors.join("; "),
            event.location.clone().unwrap_or_default(),
            event.n_articles().to_string(),
            articles.join("; "),
            files.join("; "),
            event.summary.clone(),
            event.quote.clone().unwrap_or_default(),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The chronology as a Markdown table.
pub fn markdown(events: &[Event]) -> String {
    let mut out =
        String::from("| when | type | status | actors | sources | summary |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    let cell = |text: &str| one_line(text).replace('|', "\\|");
    for event in events {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            span_label(&event.when),
            event.kind.name(),
            event.status.name(),
            cell(&event.actors.join(", ")),
            event.n_articles(),
            cell(&event.summary),
        ));
    }
    out
}
