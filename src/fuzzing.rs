//! Fuzz entry points, shared by the cargo-fuzz targets in `fuzz/`, the
//! corpus replay in `tests/it/fuzz_corpus.rs` and property tests. Each one
//! asserts a law, not only the absence of a panic.

use crate::domain::Day;
use crate::extraction::{self, ExtractInput, time};
use crate::store::Envelope;

fn published() -> Option<Day> {
    Day::from_ymd(2025, 8, 16)
}

/// Arbitrary bytes as an article: extraction is total, and every span it
/// reports lies inside the text on character boundaries with start <= end.
pub fn extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let input = ExtractInput {
        text,
        body_start: 0,
        published: published(),
        lexicon: crate::extraction::Lexicon::builtin(),
    };
    let extraction = extraction::extract(&input);
    for observation in &extraction.observations {
        let span = observation.span;
        assert!(span.start <= span.end, "span {span:?} is reversed");
        assert!(
            span.slice(text).is_some(),
            "span {span:?} is not on char boundaries"
        );
        if let (Some(start), Some(end)) =
            (observation.when.start, observation.when.end)
        {
            assert!(start <= end, "when {:?} is reversed", observation.when);
        }
    }
}

/// Arbitrary text through the time tagger: mentions are in text order,
/// do not overlap, lie on character boundaries, and resolve to spans
/// with start <= end.
pub fn time(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mentions = time::tag(text, 0, published());
    let mut previous_end = 0;
    for mention in &mentions {
        let span = mention.span;
        assert!(span.start >= previous_end, "mentions overlap at {span:?}");
        assert!(
            span.slice(text).is_some(),
            "span {span:?} is not on char boundaries"
        );
        previous_end = span.end;
        if let Some(when) = &mention.when
            && let (Some(start), Some(end)) = (when.start, when.end)
        {
            assert!(start <= end, "when {when:?} is reversed");
        }
    }
}

/// Arbitrary bytes as a stored log record: decoding never panics or
/// allocates without bound, and whatever decodes re-encodes to a value that
/// decodes to itself.
pub fn decode_record(data: &[u8]) {
    if let Ok(envelope) = Envelope::decode(data) {
        let bytes = envelope.encode().expect("a decoded envelope encodes");
        let again =
            Envelope::decode(&bytes).expect("a re-encoded envelope decodes");
        assert_eq!(again, envelope, "decode(encode(x)) != x");
    }
}

/// Articles the store model draws from: short texts whose events overlap, so
/// consolidation merges and splits as they come and go.
const MODEL_ARTICLES: [&str; 6] = [
    "Leaders of Norway and Chile met in Oslo on Monday to sign a fishing accord.",
    "The presidents of Chile and Norway met on Monday in Oslo, officials said.",
    "Rebels attacked a convoy near Gao on Sunday, the army said on Monday.",
    "\"We will not retreat,\" the mayor of Gao said on Tuesday after the attack.",
    "Norway and Chile signed a fishing accord on Monday after talks in Oslo.",
    "Storms hit the coast of Chile in 2023, three years after the floods of 2020.",
];

/// Bytes as a sequence of operations (ingest, retract, rebuild, reopen) on a
/// real store in a temporary folder, checked after every step against a
/// model (the set of live articles): the live articles agree, and the
/// projection equals a rebuild from the log.
pub fn store_model(data: &[u8]) {
    use crate::article::{Article, SourceInfo};
    use crate::ingest::{ingest_article, rebuild_in_memory, retract_article};
    use crate::store::{OpenMode, Store};
    use std::collections::BTreeSet;
    use std::sync::atomic::{AtomicU64, Ordering};
    static RUN: AtomicU64 = AtomicU64::new(0);
    let folder = std::env::temp_dir().join(format!(
        "summit-fuzz-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let path = folder.join("db");
    let info =
        SourceInfo { published_at: published(), ..SourceInfo::default() };
    let article = |k: usize| {
        let text = MODEL_ARTICLES[k % MODEL_ARTICLES.len()].to_string();
        Article::from_text(
            &format!("{k}.txt"),
            text,
            &info,
            &SourceInfo::default(),
        )
        .expect("model articles have no front matter")
    };
    let mut store =
        Some(Store::open(&path, OpenMode::CreateIfMissing, 0).expect("create"));
    let mut live = BTreeSet::new();
    for pair in data.chunks(2).take(24) {
        let op = pair.first().copied().unwrap_or(0) % 8;
        let k = usize::from(pair.get(1).copied().unwrap_or(0))
            % MODEL_ARTICLES.len();
        let current = store.as_mut().expect("store is open");
        match op {
            0..=3 => {
                let article = article(k);
                live.insert(article.id.clone());
                ingest_article(current, article, 1).expect("ingest");
            }
            4 | 5 => {
                let id = article(k).id;
                live.remove(&id);
                retract_article(current, &id, 1).expect("retract");
            }
            6 => {
                let mem = rebuild_in_memory(current).expect("rebuild");
                current.replace_projection(&mem).expect("replace");
            }
            _ => {
                current.flush().expect("flush");
                drop(store.take());
                store = Some(
                    Store::open(&path, OpenMode::MustExist, 0).expect("reopen"),
                );
            }
        }
        let current = store.as_ref().expect("store is open");
        let stored = current.projection_entries().expect("entries");
        let rebuilt = rebuild_in_memory(current).expect("rebuild");
        assert!(stored == rebuilt, "projection differs from a rebuild");
        let articles = crate::projection::articles(&stored).expect("articles");
        let found: BTreeSet<String> =
            articles.into_iter().filter(|a| a.live).map(|a| a.id).collect();
        assert_eq!(found, live, "live articles differ from the model");
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&folder);
}

/// Arbitrary bytes as a chronology file (`store::chronology_file`), read
/// against the formats, rules, head and database id its own header names:
/// reading never panics or allocates beyond the input, and whatever it
/// answers for a window lies in that window, in strict chronology order.
pub fn chronology_file(data: &[u8]) {
    use crate::store::chronology_file::{Expected, read_window};
    let field = |at: usize, n: usize| data.get(at..at + n);
    let (Some(format), Some(rules), Some(head), Some(id)) =
        (field(12, 4), field(16, 4), field(20, 8), field(28, 32))
    else {
        return;
    };
    let store_format = u32::from_le_bytes(format.try_into().unwrap_or([0; 4]));
    let rules = u32::from_le_bytes(rules.try_into().unwrap_or([0; 4]));
    let head = u64::from_le_bytes(head.try_into().unwrap_or([0; 8]));
    let id_len = id.iter().position(|b| *b == 0).unwrap_or(id.len());
    let Ok(db_id) = std::str::from_utf8(&id[..id_len]) else { return };
    let expected = Expected { head, db_id, store_format, rules };
    let windows = [
        (Day(i32::MIN), Day(i32::MAX)),
        (Day(738_000), Day(738_006)),
        (Day(-1_000), Day(1_000)),
    ];
    for (from, to) in windows {
        let mut file = std::io::Cursor::new(data);
        let Ok(records) =
            read_window(&mut file, data.len() as u64, &expected, from, to)
        else {
            continue;
        };
        for pair in records.windows(2) {
            assert!(
                pair[0].event.order_key() < pair[1].event.order_key(),
                "{} is not before {}",
                pair[0].event.id,
                pair[1].event.id
            );
        }
        for record in &records {
            assert!(
                record.event.when.intersects(from, to),
                "{} is outside {from}..{to}",
                record.event.id
            );
        }
    }
}
