//! `dump` and `restore`: the whole log as a portable, versioned JSON Lines
//! file independent of sled's on-disk format, and a new database from it.
//!
//! Format `summit-timeline-dump/1`: a header line
//! `{"format":"summit-timeline-dump/1","records":N}`, then one line per
//! record in seq order: `{"seq":…,"recorded_at":…,"record":{…}}`, where
//! `record` is the serde JSON form of the log record.

use super::super::args::{DumpArgs, RestoreArgs};
use super::super::emit;
use super::super::report::CliError;
use super::super::settings::{Settings, now_seconds};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use summit_timeline::projection::{self, LogReader};
use summit_timeline::store::{
    Envelope, MemKv, OpenMode, Record, Store, StoreError,
};

/// Records read from a dump, served to the projection by seq.
struct Records<'a>(&'a [Envelope]);

impl LogReader for Records<'_> {
    fn record(&self, seq: u64) -> Result<Envelope, StoreError> {
        let index = seq.checked_sub(1).map(|i| i as usize);
        index.and_then(|i| self.0.get(i)).cloned().ok_or(
            StoreError::Corruption {
                seq,
                detail: "the dump has no such record".into(),
            },
        )
    }
}

/// The format name in the header line.
pub const DUMP_FORMAT: &str = "summit-timeline-dump/1";
/// Records restored per atomic batch.
const RESTORE_BATCH: usize = 512;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    records: u64,
}

#[derive(Serialize, Deserialize)]
struct Line {
    seq: u64,
    recorded_at: i64,
    record: Record,
}

/// Runs `dump`.
pub fn dump(settings: &Settings, args: &DumpArgs) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let header = Header { format: DUMP_FORMAT.into(), records: store.head() };
    let mut out = serde_json::to_string(&header).unwrap_or_default();
    out.push('\n');
    for envelope in store.read_range(1, store.head())? {
        let line = Line {
            seq: envelope.seq,
            recorded_at: envelope.recorded_at,
            record: envelope.record,
        };
        out.push_str(
            &serde_json::to_string(&line)
                .map_err(|e| CliError::failure(e.to_string()))?,
        );
        out.push('\n');
    }
    match &args.output {
        None => emit(&out),
        Some(path) => {
            let write = || -> std::io::Result<()> {
                let mut file = std::fs::File::create(path)?;
                file.write_all(out.as_bytes())?;
                file.sync_all()
            };
            write().map_err(|e| {
                CliError::failure(format!(
                    "{}: cannot write: {e}",
                    path.display()
                ))
            })?;
            emit(&format!(
                "dumped {} records to {}\n",
                store.head(),
                path.display()
            ))
        }
    }
}

/// Runs `restore`.
pub fn restore(
    settings: &Settings,
    args: &RestoreArgs,
) -> Result<(), CliError> {
    let shown = args.input.display();
    let file = std::fs::File::open(&args.input).map_err(|e| {
        CliError::bad_input(format!("{shown}: cannot open: {e}"))
    })?;
    let mut lines = BufReader::new(file).lines();
    let bad = |line: usize, what: String| {
        CliError::bad_input(format!("{shown}: line {line}: {what}"))
    };
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    let header: Header = serde_json::from_str(&first).map_err(|_| {
        bad(1, "not a summit-timeline dump (no header line)".into())
    })?;
    if header.format != DUMP_FORMAT {
        return Err(bad(
            1,
            format!("dump format '{}' is not supported", header.format),
        ));
    }
    let mut envelopes = Vec::new();
    for (index, line) in lines.enumerate() {
        let text = line.map_err(|e| bad(index + 2, e.to_string()))?;
        if text.trim().is_empty() {
            continue;
        }
        let parsed: Line = serde_json::from_str(&text)
            .map_err(|e| bad(index + 2, e.to_string()))?;
        envelopes.push(Envelope {
            seq: parsed.seq,
            recorded_at: parsed.recorded_at,
            record: parsed.record,
        });
    }
    if envelopes.len() as u64 != header.records {
        return Err(bad(
            1,
            format!(
                "header says {} records, file has {}",
                header.records,
                envelopes.len()
            ),
        ));
    }
    for (index, envelope) in envelopes.iter().enumerate() {
        if envelope.seq != index as u64 + 1 {
            return Err(bad(
                index + 2,
                format!("record {} is out of order", envelope.seq),
            ));
        }
    }
    // Project in memory first: a dump that does not replay creates nothing.
    let records = Records(&envelopes);
    let mut mem = MemKv::default();
    for envelope in &envelopes {
        projection::apply(&mut mem, envelope, &records)
            .map_err(|e| bad(envelope.seq as usize + 1, e.to_string()))?;
    }
    if settings.db.exists() {
        return Err(CliError::bad_input(format!(
            "{} already exists",
            settings.db.display()
        ))
        .hint("restore into a new --db path"));
    }
    let mut store =
        Store::open(&settings.db, OpenMode::CreateIfMissing, now_seconds())?;
    for chunk in envelopes.chunks(RESTORE_BATCH) {
        store.append_envelopes(chunk)?;
    }
    store.replace_projection(&mem)?;
    store.flush()?;
    emit(&format!(
        "restored {} records into {}; {} events in the chronology\n",
        store.head(),
        settings.db.display(),
        projection::event_count(&mem)?
    ))
}
