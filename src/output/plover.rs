//! PLOVER-style JSON Lines: one JSON object per event, with PLOVER's field
//! names where they fit, so event-data tools can read the chronology.
//!
//! Each line holds `id`, `event_type` (ours), `plover_event` and
//! `plover_mode` (the nearest PLOVER category, or null), `status` and
//! `mode` (PLOVER's auxiliary modes: `future`, `hypothetical`, `negation`),
//! `event_date` and `end_date` (null when open), `date_precision`,
//! `date_text`, `actors`, `event_loc`, `text` (the summary), `quote`,
//! `n_sources`, `disputed`, and one `text_info` and one `cite_info` per
//! source, in the same order. `text_info` is `{sentence, start, end,
//! article, rule}`: the cited passage and its **byte** offsets into the
//! article file (PLOVER uses characters; ours match the JSON contract's
//! `span`). `cite_info` is `{article, file, title, outlet, publication, url,
//! published, coder}`.
//!
//! Renders only; never reads files or the clock.

use crate::article::SourceInfo;
use crate::domain::{Event, EventKind, Source, Status};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Metadata of cited articles, by article id.
pub type Catalog = BTreeMap<String, SourceInfo>;

/// The coder named in every `cite_info`.
pub const CODER: &str = concat!("summit-timeline ", env!("CARGO_PKG_VERSION"));

/// The nearest PLOVER event category and mode of a type, when one exists
/// (PLOVER drops plain statements).
pub fn plover_category(
    kind: EventKind,
) -> (Option<&'static str>, Option<&'static str>) {
    match kind {
        EventKind::Meeting => (Some("CONSULT"), None),
        EventKind::Call => (Some("CONSULT"), Some("phone")),
        EventKind::Travel => (Some("CONSULT"), Some("visit")),
        EventKind::Attack | EventKind::Military => (Some("ASSAULT"), None),
        EventKind::Threat => (Some("THREATEN"), None),
        EventKind::Agreement => (Some("AGREE"), None),
        EventKind::Statement | EventKind::Other => (None, None),
    }
}

/// PLOVER's auxiliary modes for a status.
fn modes(status: Status) -> Vec<&'static str> {
    match status {
        Status::Occurred => Vec::new(),
        Status::Planned => vec!["future"],
        Status::Hypothetical => vec!["hypothetical"],
        Status::NotOccurred => vec!["negation"],
    }
}

fn text_info(source: &Source) -> Value {
    json!({
        "sentence": source.evidence,
        "start": source.span.start,
        "end": source.span.end,
        "article": source.article,
        "rule": source.rule,
    })
}

fn cite_info(source: &Source, articles: &Catalog) -> Value {
    let info = articles.get(&source.article);
    let outlet =
        source.outlet.clone().or_else(|| info.and_then(|i| i.outlet.clone()));
    json!({
        "article": source.article,
        "file": source.file,
        "title": info.and_then(|i| i.title.clone()),
        "outlet": outlet,
        "publication": outlet,
        "url": info.and_then(|i| i.url.clone()),
        "published": source.published.map(|d| d.to_string()),
        "coder": CODER,
    })
}

/// One event as a PLOVER-style JSON value.
pub fn event_value(event: &Event, articles: &Catalog) -> Value {
    let (category, mode) = plover_category(event.kind);
    let disputed = super::json::disputed_value(event);
    json!({
        "id": event.id,
        "event_type": event.kind.name(),
        "plover_event": category,
        "plover_mode": mode,
        "status": event.status.name(),
        "mode": modes(event.status),
        "event_date": event.when.start.map(|d| d.to_string()),
        "end_date": event.when.end.map(|d| d.to_string()),
        "date_precision": event.when.precision.name(),
        "date_text": event.when.text,
        "actors": event.actors,
        "event_loc": event.location,
        "text": event.summary,
        "quote": event.quote,
        "n_sources": event.n_articles(),
        "disputed": disputed,
        "text_info": event.sources.iter().map(text_info).collect::<Vec<_>>(),
        "cite_info": event
            .sources
            .iter()
            .map(|s| cite_info(s, articles))
            .collect::<Vec<_>>(),
    })
}

/// The chronology as JSON Lines, one event per line.
pub fn lines(events: &[Event], articles: &Catalog) -> String {
    let mut out = String::new();
    for event in events {
        out.push_str(&event_value(event, articles).to_string());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ByteSpan, Day, TimeSpan};

    fn sample() -> Event {
        let day = Day::from_ymd(2025, 8, 15).expect("a valid day");
        let source = Source {
            article: "a-1".into(),
            file: "story.txt".into(),
            outlet: Some("Wire".into()),
            published: Some(day.plus(1)),
            span: ByteSpan::new(10, 20),
            evidence: "They \"met\".\n".into(),
            rule: "meeting:met".into(),
            kind: EventKind::Meeting,
            status: Status::Planned,
            when: TimeSpan::day(day, "on Friday"),
            actors: vec!["A".into()],
            location: None,
            quote: None,
        };
        Event {
            id: "e-1".into(),
            kind: EventKind::Meeting,
            status: Status::Planned,
            when: TimeSpan::day(day, "on Friday"),
            actors: vec!["A".into(), "B".into()],
            location: Some("Anchorage".into()),
            summary: "A and B met.".into(),
            quote: None,
            sources: vec![source],
            disputed: Vec::new(),
        }
    }

    #[test]
    fn line_carries_text_and_cite_info() {
        let mut articles = Catalog::new();
        articles.insert(
            "a-1".into(),
            SourceInfo {
                url: Some("https://example.org/a".into()),
                ..SourceInfo::default()
            },
        );
        let text = lines(&[sample()], &articles);
        assert_eq!(text.lines().count(), 1);
        let value: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(value["event_type"], "meeting");
        assert_eq!(value["plover_event"], "CONSULT");
        assert_eq!(value["mode"], json!(["future"]));
        assert_eq!(value["event_date"], "2025-08-15");
        assert_eq!(value["text_info"][0]["start"], 10);
        assert_eq!(value["text_info"][0]["sentence"], "They \"met\".\n");
        assert_eq!(value["cite_info"][0]["url"], "https://example.org/a");
        assert_eq!(value["cite_info"][0]["published"], "2025-08-16");
    }
}
