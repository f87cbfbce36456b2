//! `log`: the append-only log, one record per line.

use super::super::args::{LogArgs, ShowFormat};
use super::super::emit;
use super::super::report::CliError;
use super::super::settings::Settings;
use serde_json::json;
use summit_timeline::output::sanitize::one_line;
use summit_timeline::store::{Envelope, OpenMode, Record};

/// Runs `log`.
pub fn run(settings: &Settings, args: &LogArgs) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let from = args.from.max(1);
    let to = match args.limit {
        Some(limit) => {
            from.saturating_add(limit).saturating_sub(1).min(store.head())
        }
        None => store.head(),
    };
    let envelopes =
        if from > to { Vec::new() } else { store.read_range(from, to)? };
    if args.format == ShowFormat::Json {
        let values: Vec<_> = envelopes.iter().map(value).collect();
        return emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&values).unwrap_or_default()
        ));
    }
    let mut out = format!(
        "{:>6}  {:<20}  {:<20}  {:<18}  DETAIL\n",
        "SEQ", "RECORDED", "RECORD", "ARTICLE"
    );
    for envelope in &envelopes {
        out.push_str(&format!(
            "{:>6}  {:<20}  {:<20}  {:<18}  {}\n",
            envelope.seq,
            recorded(envelope.recorded_at),
            envelope.record.kind_name(),
            envelope.record.article_id(),
            one_line(&detail(&envelope.record))
        ));
    }
    out.push_str(&format!("{} of {} records\n", envelopes.len(), store.head()));
    emit(&out)
}

fn recorded(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(seconds, 0).map_or_else(
        || seconds.to_string(),
        |t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    )
}

fn detail(record: &Record) -> String {
    match record {
        Record::ArticleAdded(article) => {
            let published =
                article.info.published_at.map_or("-".into(), |d| d.to_string());
            format!(
                "{} ({} bytes, published {published})",
                article.file,
                article.text.len()
            )
        }
        Record::ObservationsRecorded {
            extractor_version,
            observations,
            ..
        } => {
            format!(
                "{} observations (extractor v{extractor_version})",
                observations.len()
            )
        }
        Record::ArticleRetracted { .. } => "retracted".into(),
        Record::ArticleRestored { .. } => "restored".into(),
    }
}

fn value(envelope: &Envelope) -> serde_json::Value {
    json!({
        "seq": envelope.seq,
        "recorded_at": recorded(envelope.recorded_at),
        "record": envelope.record.kind_name(),
        "article": envelope.record.article_id(),
        "detail": detail(&envelope.record),
    })
}
