//! The HTML timeline: one self-contained page (no network, no external
//! scripts, fonts or styles) drawing the chronology on a zoomable time axis
//! with a lane per event type, a virtualised event list, filters by type,
//! actor, status and text, and a detail panel with every source's quoted
//! evidence.
//!
//! # Safety of article text
//! Article text never becomes markup. The events travel as JSON inside a
//! `<script type="application/json">` block in which `<`, `>`, `&`, U+2028
//! and U+2029 are written as `\uXXXX` escapes, so no text can close the
//! block or start a tag; the page's script puts it on screen with
//! `textContent` only. A Content-Security-Policy allows no network at all
//! and only the page's own script (by its SHA-256), so even markup that
//! slipped through could not run or load anything.
//!
//! Renders only; never reads files or the clock.

use super::Window;
use super::plover::{CODER, Catalog};
use crate::domain::{Event, Source};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The schema name of the page's embedded data.
pub const DATA_SCHEMA: &str = "summit-timeline-html/1";

/// The page's stylesheet.
const STYLE: &str = include_str!("assets/timeline.css");
/// The page's script.
const SCRIPT: &str = include_str!("assets/timeline.js");

/// The whole page for `events`, with `articles` supplying titles and URLs.
pub fn page(window: &Window, events: &[Event], articles: &Catalog) -> String {
    let data = embedded_json(&data_value(window, events, articles));
    let title = format!("summit-timeline: {} events", events.len());
    let policy = format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
         script-src 'sha256-{}'",
        base64(&Sha256::digest(SCRIPT.as_bytes()))
    );
    let mut out = String::with_capacity(data.len() + SCRIPT.len() + 8192);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
    ));
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, \
         initial-scale=1\">\n",
    );
    out.push_str(&format!("<meta name=\"generator\" content=\"{CODER}\">\n"));
    out.push_str(&format!("<title>{title}</title>\n"));
    out.push_str(&format!("<style>\n{STYLE}</style>\n</head>\n"));
    out.push_str(BODY);
    out.push_str("<script type=\"application/json\" id=\"timeline-data\">");
    out.push_str(&data);
    out.push_str("</script>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// The static markup the script fills in.
const BODY: &str = r#"<body>
<header id="top">
  <h1>summit-timeline</h1>
  <span id="count" aria-live="polite"></span>
  <span id="window"></span>
  <span id="legend"></span>
</header>
<nav id="controls">
  <span id="types" role="group" aria-label="Event types"></span>
  <span id="statuses" role="group" aria-label="Statuses"></span>
  <label>Actor <input id="actor" list="actor-names" type="search"
    placeholder="any actor" autocomplete="off"></label>
  <datalist id="actor-names"></datalist>
  <label>Text <input id="search" type="search" placeholder="search the text"
    autocomplete="off"></label>
  <button id="zoom-in" type="button" title="Zoom in">+</button>
  <button id="zoom-out" type="button" title="Zoom out">&minus;</button>
  <button id="fit" type="button" title="Show every event">Fit</button>
</nav>
<main>
  <section id="chart-wrap" aria-label="Time axis: drag to pan, wheel to zoom,
    click a mark for its sources">
    <canvas id="chart" height="360"></canvas>
    <div id="tooltip" hidden></div>
  </section>
  <section id="lower">
    <div id="list" role="list" tabindex="0" aria-label="Events"></div>
    <aside id="detail" aria-live="polite">
      <p class="hint">Click a mark or a row to see the event's sources and
        the passages they are quoted from.</p>
    </aside>
  </section>
</main>
<noscript><p>This timeline needs JavaScript. Its data is the JSON block
  with id <code>timeline-data</code> in this file.</p></noscript>
"#;

/// The embedded data: the query, the events and the cited articles.
fn data_value(window: &Window, events: &[Event], articles: &Catalog) -> Value {
    let cited: serde_json::Map<String, Value> = articles
        .iter()
        .map(|(id, info)| {
            let value = json!({
                "title": info.title,
                "outlet": info.outlet,
                "url": info.url,
                "published": info.published_at.map(|d| d.to_string()),
            });
            (id.clone(), value)
        })
        .collect();
    json!({
        "schema": DATA_SCHEMA,
        "generator": CODER,
        "query": { "from": window.from, "to": window.to, "as_of": window.as_of },
        "events": events.iter().map(event_value).collect::<Vec<_>>(),
        "articles": cited,
    })
}

fn event_value(event: &Event) -> Value {
    let disputed = super::json::disputed_value(event);
    json!({
        "id": event.id,
        "type": event.kind.name(),
        "status": event.status.name(),
        "start": event.when.start.map(|d| d.to_string()),
        "end": event.when.end.map(|d| d.to_string()),
        "precision": event.when.precision.name(),
        "text": event.when.text,
        "actors": event.actors,
        "location": event.location,
        "summary": event.summary,
        "quote": event.quote,
        "n": event.n_articles(),
        "disputed": disputed,
        "sources": event.sources.iter().map(source_value).collect::<Vec<_>>(),
    })
}

fn source_value(source: &Source) -> Value {
    json!({
        "article": source.article,
        "file": source.file,
        "outlet": source.outlet,
        "published": source.published.map(|d| d.to_string()),
        "span": [source.span.start, source.span.end],
        "evidence": source.evidence,
        "rule": source.rule,
        "status": source.status.name(),
        "text": source.when.text,
    })
}

/// JSON text safe inside a `<script>` element: characters that could end
/// the element, open a comment or break a line in old parsers are written
/// as `\uXXXX` escapes. They only occur inside JSON strings, where the
/// escapes mean the same characters.
pub fn embedded_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for ch in text.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            other => out.push(other),
        }
    }
    out
}

/// Standard base64 with padding (RFC 4648), for the CSP script hash.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n =
            (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for index in 0..4 {
            if index <= chunk.len() {
                let sextet = (n >> (18 - 6 * index)) & 0x3f;
                out.push(char::from(ALPHABET[sextet as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn embedded_json_cannot_close_the_script_element() {
        let value = json!({ "evidence": "</script><!-- \u{2028} & x" });
        let text = embedded_json(&value);
        assert!(!text.contains('<'));
        assert!(!text.contains('\u{2028}'));
        let back: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, value);
    }

    #[test]
    fn page_is_self_contained() {
        let window = Window { from: "..".into(), to: "..".into(), as_of: None };
        let page = page(&window, &[], &Catalog::new());
        assert!(page.starts_with("<!DOCTYPE html>"));
        for external in ["src=", "href=\"http", "@import", "url("] {
            assert!(!page.contains(external), "page refers out: {external}");
        }
    }
}
