//! `ingest`: read article files, extract, append to the log atomically per
//! batch of articles, project, flush, and report one summary line.

use super::super::args::IngestArgs;
use super::super::progress::Progress;
use super::super::report::{CliError, EXIT_BAD_INPUT};
use super::super::settings::{Settings, now_seconds};
use super::super::{emit, note};
use super::parse_published;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use summit_timeline::article::{Article, SourceInfo};
use summit_timeline::domain::Day;
use summit_timeline::ingest::{Appended, ingest_articles};
use summit_timeline::limits::{ARTICLE_BYTES_MAX, FILES_PER_INGEST_MAX};
use summit_timeline::projection;
use summit_timeline::store::{OpenMode, Store};

/// Counts for the summary line.
#[derive(Default)]
struct Tally {
    new: usize,
    already: usize,
    restored: usize,
    failed: usize,
    observations: usize,
}

/// Runs `ingest`.
pub fn run(settings: &Settings, args: &IngestArgs) -> Result<(), CliError> {
    let flags = SourceInfo {
        title: args.metadata.title.clone(),
        outlet: args.metadata.outlet.clone(),
        url: args.metadata.url.clone(),
        published_at: parse_published(args.metadata.published.as_deref())?,
    };
    let mut tally = Tally::default();
    let files = collect_files(&args.paths, args.recursive, &mut tally);
    let mut manifests = Manifests::default();
    let mut articles = Vec::new();
    for path in files {
        match load_article(&path, &flags, &mut manifests) {
            Ok(article) => articles.push(article),
            Err(error) => fail(&mut tally, &error),
        }
    }
    if articles.is_empty() {
        let mut error =
            CliError::bad_input("no article could be read; nothing was stored");
        error.code = EXIT_BAD_INPUT;
        return Err(error);
    }
    let mut store = settings.open(OpenMode::CreateIfMissing)?;
    let mut seen = BTreeSet::new();
    let mut progress = Progress::new(articles.len(), "ingesting");
    let mut done = 0;
    let mut articles = articles.into_iter().peekable();
    while articles.peek().is_some() {
        progress.set(done);
        let batch: Vec<Article> =
            articles.by_ref().take(INGEST_BATCH).collect();
        done += batch.len();
        let outcomes = match store_batch(&mut store, batch, &mut seen) {
            Ok(outcomes) => outcomes,
            Err(error) => {
                store.flush()?;
                return Err(error);
            }
        };
        for outcome in outcomes {
            match outcome {
                Outcome::New(n) => {
                    tally.new += 1;
                    tally.observations += n;
                }
                Outcome::Already => tally.already += 1,
                Outcome::Restored => tally.restored += 1,
            }
        }
    }
    progress.finish();
    store.flush()?;
    let events = projection::event_count(&store.projection())?;
    emit(&summary(&tally, events))?;
    if tally.failed > 0 {
        let mut error = CliError::bad_input(format!(
            "{} of the named articles could not be ingested (see above)",
            tally.failed
        ));
        error.hint = Some("the others were stored".into());
        return Err(error);
    }
    Ok(())
}

fn summary(tally: &Tally, events: u64) -> String {
    let restored = if tally.restored > 0 {
        format!(", {} restored", tally.restored)
    } else {
        String::new()
    };
    format!(
        "articles: {} new, {} already stored{restored}, {} failed; {} observations; \
         {events} events in the chronology\n",
        tally.new, tally.already, tally.failed, tally.observations
    )
}

fn fail(tally: &mut Tally, error: &CliError) {
    tally.failed += 1;
    note(error.render().trim_end());
}

enum Outcome {
    New(usize),
    Already,
    Restored,
}

/// Articles appended as one batch and projected with one commit
/// (`ingest::ingest_articles`); durability still comes from the flushes.
const INGEST_BATCH: usize = 64;

/// Stores a batch of articles, skipping those this run already handled;
/// one outcome per article, in order.
fn store_batch(
    store: &mut Store,
    batch: Vec<Article>,
    seen: &mut BTreeSet<String>,
) -> Result<Vec<Outcome>, CliError> {
    let mut fresh = Vec::new();
    let mut files = Vec::new();
    let mut outcomes: Vec<Option<Outcome>> = Vec::with_capacity(batch.len());
    for article in batch {
        if seen.insert(article.id.clone()) {
            files.push(article.file.clone());
            fresh.push(article);
            outcomes.push(None);
        } else {
            outcomes.push(Some(Outcome::Already));
        }
    }
    let appended = ingest_articles(store, fresh, now_seconds())?;
    let mut appended = appended.into_iter().zip(files);
    Ok(outcomes
        .into_iter()
        .map(|outcome| {
            if let Some(outcome) = outcome {
                return outcome;
            }
            match appended.next() {
                Some((
                    Appended::New { n_observations, warnings, .. },
                    file,
                )) => {
                    for warning in warnings {
                        note(&format!(
                            "summit-timeline: warning: {file}: {warning}"
                        ));
                    }
                    Outcome::New(n_observations)
                }
                Some((Appended::Restored { .. }, _)) => Outcome::Restored,
                Some((Appended::Duplicate, _)) | None => Outcome::Already,
            }
        })
        .collect())
}

/// The files named, with folders expanded to their `.txt` and `.md` files.
fn collect_files(
    paths: &[PathBuf],
    recursive: bool,
    tally: &mut Tally,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Err(_) => fail(
                tally,
                &CliError::bad_input(format!(
                    "{}: no such file or folder",
                    path.display()
                )),
            ),
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                let mut skipped = Vec::new();
                walk(path, recursive, &mut files, &mut skipped);
                if !skipped.is_empty() {
                    note(&format!(
                        "summit-timeline: skipped {} files that are not .txt or .md: {}",
                        skipped.len(),
                        skipped.join(", ")
                    ));
                }
                if files.len() == before {
                    fail(
                        tally,
                        &CliError::bad_input(format!(
                            "{}: folder has no .txt or .md articles",
                            path.display()
                        )),
                    );
                }
            }
            Ok(_) => files.push(path.clone()),
        }
        files.truncate(FILES_PER_INGEST_MAX);
    }
    files
}

fn walk(
    folder: &Path,
    recursive: bool,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<String>,
) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    let mut paths: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if recursive && !name.starts_with('.') {
                walk(&path, recursive, files, skipped);
            }
            continue;
        }
        let extension =
            path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match extension.as_deref() {
            Some("txt" | "md") => files.push(path),
            _ if name == "manifest.toml" || name.starts_with('.') => {}
            _ => skipped.push(name),
        }
    }
}

/// Reads, checks and builds one article.
pub(super) fn load_article(
    path: &Path,
    flags: &SourceInfo,
    manifests: &mut Manifests,
) -> Result<Article, CliError> {
    let shown = path.display();
    let meta = fs::metadata(path).map_err(|_| {
        CliError::bad_input(format!("{shown}: no such file or folder"))
    })?;
    if meta.is_dir() {
        return Err(CliError::bad_input(format!(
            "{shown}: is a folder, not an article file"
        )));
    }
    let size = meta.len();
    if size > ARTICLE_BYTES_MAX as u64 {
        return Err(CliError::bad_input(format!(
            "{shown}: {size} bytes is over the article limit of {ARTICLE_BYTES_MAX} bytes"
        )));
    }
    let bytes = fs::read(path).map_err(|error| {
        CliError::failure(format!("{shown}: cannot read: {error}"))
    })?;
    if bytes.contains(&0) {
        return Err(CliError::bad_input(format!(
            "{shown}: is a binary file, not article text"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        CliError::bad_input(format!(
            "{shown}: is not UTF-8 text (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        ))
        .hint("convert it to UTF-8, e.g. iconv -f latin1 -t utf-8")
    })?;
    if text.trim().is_empty() {
        return Err(CliError::bad_input(format!("{shown}: is empty")));
    }
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fallback = manifests.entry_for(path)?;
    let article = Article::from_text(&file, text, flags, &fallback)
        .map_err(|error| CliError::bad_input(format!("{shown}: {error}")))?;
    if article.body().trim().is_empty() {
        return Err(CliError::bad_input(format!(
            "{shown}: has front matter but no text"
        )));
    }
    Ok(article)
}

/// `manifest.toml` files, read once per folder.
#[derive(Default)]
pub(super) struct Manifests {
    by_folder: BTreeMap<PathBuf, BTreeMap<String, SourceInfo>>,
}

#[derive(Deserialize)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<ManifestEntry>,
}

#[derive(Deserialize)]
struct ManifestEntry {
    file: String,
    published: Option<toml::Value>,
    outlet: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

impl Manifests {
    fn entry_for(&mut self, path: &Path) -> Result<SourceInfo, CliError> {
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        if !self.by_folder.contains_key(&folder) {
            let entries = read_manifest(&folder)?;
            self.by_folder.insert(folder.clone(), entries);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(self
            .by_folder
            .get(&folder)
            .and_then(|m| m.get(&name))
            .cloned()
            .unwrap_or_default())
    }
}

fn read_manifest(
    folder: &Path,
) -> Result<BTreeMap<String, SourceInfo>, CliError> {
    let path = folder.join("manifest.toml");
    let Ok(text) = fs::read_to_string(&path) else {
        return Ok(BTreeMap::new());
    };
    let bad = |what: String| {
        CliError::bad_input(format!("{}: {what}", path.display()))
    };
    let manifest: ManifestFile = toml::from_str(&text)
        .map_err(|error| bad(error.message().to_string()))?;
    let mut entries = BTreeMap::new();
    for entry in manifest.article {
        let published = match &entry.published {
            None => None,
            Some(value) => {
                let text = match value {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Datetime(d) => d.to_string(),
                    other => format!("{other:?}"),
                };
                Some(Day::parse(&text).ok_or_else(|| {
                    bad(format!("published '{text}' of {} is not a date (want YYYY-MM-DD)", entry.file))
                })?)
            }
        };
        let info = SourceInfo {
            title: entry.title,
            outlet: entry.outlet,
            url: entry.url,
            published_at: published,
        };
        entries.insert(entry.file, info);
    }
    Ok(entries)
}
