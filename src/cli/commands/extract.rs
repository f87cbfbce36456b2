//! `extract FILE`: a dry run of extraction; nothing is stored.

use super::super::args::{ExtractArgs, ShowFormat};
use super::super::emit;
use super::super::report::CliError;
use super::ingest::{Manifests, load_article};
use super::parse_published;
use serde_json::{Value, json};
use summit_timeline::article::SourceInfo;
use summit_timeline::domain::Observation;
use summit_timeline::ingest::extract_article;
use summit_timeline::output::sanitize::one_line;
use summit_timeline::output::span_label;

/// Runs `extract`.
pub fn run(args: &ExtractArgs) -> Result<(), CliError> {
    let flags = SourceInfo {
        title: args.metadata.title.clone(),
        outlet: args.metadata.outlet.clone(),
        url: args.metadata.url.clone(),
        published_at: parse_published(args.metadata.published.as_deref())?,
    };
    let article = load_article(&args.file, &flags, &mut Manifests::default())?;
    let extraction = extract_article(&article);
    let text = &article.text;
    if args.format == ShowFormat::Json {
        let times: Vec<Value> = extraction
            .times
            .iter()
            .map(|t| {
                json!({
                    "span": [t.span.start, t.span.end],
                    "text": t.span.slice(text).unwrap_or(""),
                    "type": t.timex_type.name(),
                    "value": t.value,
                    "start": t.when.as_ref().and_then(|w| w.start).map(|d| d.to_string()),
                    "end": t.when.as_ref().and_then(|w| w.end).map(|d| d.to_string()),
                    "precision": t.when.as_ref().map(|w| w.precision.name()),
                })
            })
            .collect();
        let observations: Vec<Value> = extraction
            .observations
            .iter()
            .map(|o| observation_value(o, text))
            .collect();
        let doc = json!({
            "file": article.file,
            "article": article.id,
            "published": article.info.published_at.map(|d| d.to_string()),
            "times": times,
            "observations": observations,
            "diagnostics": extraction.diagnostics,
        });
        return emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        ));
    }
    let mut out = format!(
        "{} ({}), published {}\n\ntimes ({})\n",
        article.file,
        article.id,
        article.info.published_at.map_or("unknown".into(), |d| d.to_string()),
        extraction.times.len()
    );
    for t in &extraction.times {
        out.push_str(&format!(
            "  {:>6}..{:<6} {:<9} {:<14} {}\n",
            t.span.start,
            t.span.end,
            t.timex_type.name(),
            t.value,
            one_line(t.span.slice(text).unwrap_or(""))
        ));
    }
    out.push_str(&format!(
        "\nobservations ({})\n",
        extraction.observations.len()
    ));
    for o in &extraction.observations {
        out.push_str(&format!(
            "  {:<21} {:<9} {:<12} {}  [{}]\n      > {}\n",
            span_label(&o.when),
            o.kind.name(),
            o.status.name(),
            one_line(&o.actors.join(", ")),
            o.rule,
            one_line(o.span.slice(text).unwrap_or(""))
        ));
    }
    if !extraction.diagnostics.is_empty() {
        out.push_str(&format!(
            "\ndiagnostics ({})\n",
            extraction.diagnostics.len()
        ));
        for d in &extraction.diagnostics {
            out.push_str(&format!("  {}: {}\n", d.kind, one_line(&d.message)));
        }
    }
    emit(&out)
}

fn observation_value(o: &Observation, text: &str) -> Value {
    json!({
        "type": o.kind.name(),
        "status": o.status.name(),
        "when": {
            "start": o.when.start.map(|d| d.to_string()),
            "end": o.when.end.map(|d| d.to_string()),
            "precision": o.when.precision.name(),
            "text": o.when.text,
        },
        "actors": o.actors,
        "location": o.location,
        "quote": o.quote,
        "summary": o.summary,
        "span": [o.span.start, o.span.end],
        "evidence": o.span.slice(text).unwrap_or(""),
        "rule": o.rule,
        "claims": o.claims.iter().map(|c| json!({"field": c.field, "value": c.value})).collect::<Vec<_>>(),
    })
}
