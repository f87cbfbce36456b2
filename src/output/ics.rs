//! iCalendar (RFC 5545): one all-day `VEVENT` per event whose span is
//! closed on both sides, with the event id as `UID`.
//!
//! Dates are `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the
//! day after the span's last day). Text values escape `\`, `;`, `,` and
//! newlines; other control characters become spaces. Lines end in CRLF and
//! are folded at 75 octets without splitting a UTF-8 character. Events
//! with an open side cannot be placed on a calendar and are left out.
//!
//! Renders only: the `DTSTAMP` moment is a parameter, never the clock.

use super::plover::Catalog;
use crate::domain::{Day, Event, Status};

/// The product identifier written in the calendar.
pub const PRODID: &str = "-//summit-timeline//summit-timeline//EN";

/// Longest content line in octets, without its CRLF (RFC 5545 §3.1).
const LINE_OCTETS_MAX: usize = 75;

/// The calendar of `events`; `stamp_seconds` (seconds since 1970, UTC) is
/// written as every entry's `DTSTAMP`.
pub fn calendar(
    events: &[Event],
    articles: &Catalog,
    stamp_seconds: i64,
) -> String {
    let stamp = chrono::DateTime::from_timestamp(stamp_seconds, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:summit-timeline",
    ] {
        push_line(&mut out, line);
    }
    for event in events {
        push_event(&mut out, event, articles, &stamp);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// Appends one `VEVENT`, or nothing when the span is open or off the
/// calendar's four-digit years.
fn push_event(
    out: &mut String,
    event: &Event,
    articles: &Catalog,
    stamp: &str,
) {
    let (Some(start), Some(end)) = (event.when.start, event.when.end) else {
        return;
    };
    let (Some(first), Some(after)) = (ics_date(start), ics_date(end.plus(1)))
    else {
        return;
    };
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}", event.id));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    push_line(out, &format!("DTSTART;VALUE=DATE:{first}"));
    push_line(out, &format!("DTEND;VALUE=DATE:{after}"));
    push_line(out, &format!("SUMMARY:{}", escape_text(&title(event))));
    push_line(
        out,
        &format!("DESCRIPTION:{}", escape_text(&description(event))),
    );
    if let Some(location) = &event.location {
        push_line(out, &format!("LOCATION:{}", escape_text(location)));
    }
    push_line(out, &format!("CATEGORIES:{}", escape_text(event.kind.name())));
    push_line(out, &format!("STATUS:{}", ics_status(event.status)));
    if let Some(url) = first_url(event, articles) {
        push_line(out, &format!("URL:{url}"));
    }
    push_line(out, "TRANSP:TRANSPARENT");
    push_line(out, "END:VEVENT");
}

/// `YYYYMMDD`, for years 0 to 9999.
fn ics_date(day: Day) -> Option<String> {
    let date = day.date()?;
    let year = chrono::Datelike::year(&date);
    (0..=9999).contains(&year).then(|| date.format("%Y%m%d").to_string())
}

fn ics_status(status: Status) -> &'static str {
    match status {
        Status::Occurred => "CONFIRMED",
        Status::Planned | Status::Hypothetical => "TENTATIVE",
        Status::NotOccurred => "CANCELLED",
    }
}

/// The summary, with the status when the event did not (yet) happen.
fn title(event: &Event) -> String {
    match event.status {
        Status::Occurred => event.summary.clone(),
        other => format!("{} ({})", event.summary, other.name()),
    }
}

/// Type, status, time expression, actors, disputes and every source with
/// its quoted evidence, one per line.
fn description(event: &Event) -> String {
    let mut text = format!(
        "Type: {}, {}\nWhen: \"{}\" ({})\n",
        event.kind.name(),
        event.status.name(),
        event.when.text,
        event.when.precision.name()
    );
    if !event.actors.is_empty() {
        text.push_str(&format!("Actors: {}\n", event.actors.join(", ")));
    }
    for dispute in &event.disputed {
        let claims: Vec<&str> =
            dispute.claims.iter().map(|c| c.value.as_str()).collect();
        text.push_str(&format!(
            "Disputed {}: {}\n",
            dispute.field,
            claims.join(" / ")
        ));
    }
    text.push_str(&format!("Sources ({} articles):\n", event.n_articles()));
    for source in &event.sources {
        let mut cited = source.file.clone();
        if let Some(outlet) = &source.outlet {
            cited.push_str(&format!(", {outlet}"));
        }
        if let Some(published) = source.published {
            cited.push_str(&format!(", published {published}"));
        }
        text.push_str(&format!("- {cited}: \"{}\"\n", source.evidence.trim()));
    }
    text.push_str(&format!("Event id: {}", event.id));
    text
}

/// The URL of the first cited article that has a plain http(s) URL.
fn first_url<'a>(event: &Event, articles: &'a Catalog) -> Option<&'a str> {
    event.sources.iter().find_map(|source| {
        let url = articles.get(&source.article)?.url.as_deref()?;
        let plain = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        plain.then_some(url)
    })
}

/// A TEXT value escaped (RFC 5545 §3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets, each part ending in CRLF.
pub fn push_line(out: &mut String, line: &str) {
    let mut budget = LINE_OCTETS_MAX;
    let mut used = 0;
    for ch in line.chars() {
        if used + ch.len_utf8() > budget {
            out.push_str("\r\n ");
            budget = LINE_OCTETS_MAX - 1;
            used = 0;
        }
        out.push(ch);
        used += ch.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_specials_and_newlines() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(escape_text("bell\u{7}"), "bell ");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_char_boundaries() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(100));
        push_line(&mut out, &line);
        for part in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }
}
