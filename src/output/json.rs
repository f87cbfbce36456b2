//! The JSON contract (`schema: summit-timeline/1`) and NDJSON.
//! Fields may be added; none may change meaning.

use super::Window;
use crate::domain::Event;
use serde_json::{Value, json};

/// The schema name written in every JSON document.
pub const SCHEMA: &str = "summit-timeline/1";

/// One event as a JSON value.
pub fn event_value(event: &Event) -> Value {
    event_value_counted(event, None)
}

/// One event as a JSON value, with its number of independent sources
/// (`n_independent`) when known.
pub fn event_value_counted(event: &Event, independent: Option<usize>) -> Value {
    let when = &event.when;
    let open = when.start.is_none() || when.end.is_none();
    let sources: Vec<Value> = event
        .sources
        .iter()
        .map(|s| {
            json!({
                "article": s.article,
                "file": s.file,
                "outlet": s.outlet,
                "published": s.published.map(|d| d.to_string()),
                "span": [s.span.start, s.span.end],
                "evidence": s.evidence,
                "rule": s.rule,
                "type": s.kind.name(),
                "status": s.status.name(),
                "when": {
                    "start": s.when.start.map(|d| d.to_string()),
                    "end": s.when.end.map(|d| d.to_string()),
                    "text": s.when.text,
                },
            })
        })
        .collect();
    let disputed = disputed_value(event);
    let mut value = json!({
        "id": event.id,
        "type": event.kind.name(),
        "status": event.status.name(),
        "when": {
            "start": when.start.map(|d| d.to_string()),
            "end": when.end.map(|d| d.to_string()),
            "precision": if open { Value::Null } else { json!(when.precision.name()) },
            "text": when.text,
        },
        "actors": event.actors,
        "location": event.location,
        "summary": event.summary,
        "quote": event.quote,
        "n_sources": event.n_articles(),
        "sources": sources,
        "disputed": disputed,
    });
    if let (Some(n), Some(object)) = (independent, value.as_object_mut()) {
        object.insert("n_independent".into(), json!(n));
    }
    value
}

/// The whole chronology as one JSON document, newline-terminated.
pub fn document(window: &Window, events: &[Event]) -> String {
    document_counted(window, events, &[])
}

/// The whole chronology, each event with its independent sources
/// (`independent[i]` for `events[i]`; omitted where missing).
pub fn document_counted(
    window: &Window,
    events: &[Event],
    independent: &[usize],
) -> String {
    let events: Vec<Value> = events
        .iter()
        .enumerate()
        .map(|(i, e)| event_value_counted(e, independent.get(i).copied()))
        .collect();
    let value = json!({
        "schema": SCHEMA,
        "query": { "from": window.from, "to": window.to, "as_of": window.as_of },
        "events": events,
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

/// One compact JSON object per event, one per line.
pub fn lines(events: &[Event], independent: &[usize]) -> String {
    let mut out = String::new();
    for (i, event) in events.iter().enumerate() {
        let value = event_value_counted(event, independent.get(i).copied());
        out.push_str(&value.to_string());
        out.push('\n');
    }
    out
}

/// The `disputed` array of an event: each field with its claims and the
/// articles behind each claim.
pub fn disputed_value(event: &Event) -> Value {
    let fields: Vec<Value> = event
        .disputed
        .iter()
        .map(|d| {
            let claims: Vec<Value> = d
                .claims
                .iter()
                .map(|c| json!({ "value": c.value, "articles": c.articles }))
                .collect();
            json!({ "field": d.field, "claims": claims })
        })
        .collect();
    Value::Array(fields)
}
