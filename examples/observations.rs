//! Dev tool: extracts every seed article and prints each observation as its
//! own event, in the shape `eval/score.py` reads.
//!
//! Usage: `cargo run --release --example observations [SEEDS_DIR] [--repeat N]`
//! (`--repeat` re-runs extraction N times and reports throughput on stderr).

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use summit_timeline::domain::Day;
use summit_timeline::extraction::{ExtractInput, Lexicon, extract};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .map_or_else(|| PathBuf::from("seeds"), PathBuf::from);
    let articles = load(&dir)?;
    if repeat > 0 {
        bench(&articles, repeat);
        return Ok(());
    }
    let mut events = Vec::new();
    for (file, text, published) in &articles {
        events.extend(observations(file, text, *published));
    }
    println!("{}", serde_json::to_string_pretty(&json!({ "events": events }))?);
    Ok(())
}

type Article = (String, String, Option<Day>);

fn load(dir: &Path) -> Result<Vec<Article>, Box<dyn std::error::Error>> {
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(dir.join("manifest.toml"))?)?;
    let mut out = Vec::new();
    for entry in
        manifest.get("article").and_then(|a| a.as_array()).into_iter().flatten()
    {
        let Some(file) = entry.get("file").and_then(|f| f.as_str()) else {
            continue;
        };
        let published = entry
            .get("published")
            .and_then(|p| p.as_str())
            .and_then(Day::parse);
        let text = std::fs::read_to_string(dir.join(file))?;
        out.push((file.to_string(), text, published));
    }
    Ok(out)
}

fn observations(file: &str, text: &str, published: Option<Day>) -> Vec<Value> {
    let input = ExtractInput {
        text,
        body_start: 0,
        published,
        lexicon: Lexicon::builtin(),
    };
    let extraction = extract(&input);
    extraction
        .observations
        .iter()
        .map(|o| {
            let evidence = o.span.slice(text).unwrap_or("");
            json!({
                "type": o.kind.name(),
                "status": o.status.name(),
                "when": {
                    "start": o.when.start.map(|d| d.to_string()),
                    "end": o.when.end.map(|d| d.to_string()),
                },
                "actors": o.actors,
                "location": o.location,
                "quote": o.quote,
                "summary": o.summary,
                "rule": o.rule,
                "claims": o.claims.iter().map(|c| json!({"field": c.field, "value": c.value})).collect::<Vec<_>>(),
                "sources": [{ "file": file, "evidence": evidence }],
            })
        })
        .collect()
}

fn bench(articles: &[Article], repeat: usize) {
    let start = std::time::Instant::now();
    let mut bytes = 0usize;
    let mut n_observations = 0usize;
    for _ in 0..repeat {
        for (_, text, published) in articles {
            let input = ExtractInput {
                text,
                body_start: 0,
                published: *published,
                lexicon: Lexicon::builtin(),
            };
            n_observations += extract(&input).observations.len();
            bytes += text.len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "{:.1} MB in {:.3} s: {:.1} MB/s ({} observations)",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds,
        n_observations
    );
}
