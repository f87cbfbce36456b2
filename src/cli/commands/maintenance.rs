//! `retract`, `rebuild` and `verify`: changing what is live, and proving
//! that projections are what the log says.

use super::super::args::{ReextractArgs, RetractArgs};
use super::super::emit;
use super::super::report::{CliError, EXIT_DAMAGED};
use super::super::settings::{Settings, now_seconds};
use super::resolve_article;
use summit_timeline::extraction::EXTRACTOR_VERSION;
use summit_timeline::ingest::{
    rebuild_in_memory, reextract_article, retract_article,
};
use summit_timeline::projection;
use summit_timeline::query;
use summit_timeline::store::{OpenMode, Store, chronology_file};

/// Runs `retract`.
pub fn retract(
    settings: &Settings,
    args: &RetractArgs,
) -> Result<(), CliError> {
    let mut store = settings.open(OpenMode::MustExist)?;
    let article = resolve_article(&store.projection(), &args.article)?;
    if !article.live {
        return emit(&format!(
            "article {} ({}) was already retracted\n",
            article.id, article.file
        ));
    }
    retract_article(&mut store, &article.id, now_seconds())?;
    store.flush()?;
    let events = projection::event_count(&store.projection())?;
    emit(&format!(
        "retracted {} ({}) at record {}; {events} events in the chronology\n",
        article.id,
        article.file,
        store.head()
    ))
}

/// Runs `rebuild`.
pub fn rebuild(settings: &Settings) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let mem = rebuild_in_memory(&store)?;
    store.replace_projection(&mem)?;
    store.flush()?;
    let events = projection::event_count(&mem)?;
    emit(&format!(
        "rebuilt the projections from {} records: {events} events in the chronology\n",
        store.head()
    ))
}

/// Runs `verify`.
pub fn verify(settings: &Settings) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let mem = rebuild_in_memory(&store)?;
    let stored = store.projection_entries()?;
    if stored != mem {
        let differing = stored
            .map
            .iter()
            .filter(|(k, v)| mem.map.get(*k) != Some(*v))
            .count()
            + mem.map.keys().filter(|k| !stored.map.contains_key(*k)).count();
        let mut error = CliError::failure(format!(
            "database {} is damaged: {differing} projection entries differ from a rebuild \
             of the log",
            store.path().display()
        ))
        .hint("run summit-timeline rebuild to recreate the projections from the log");
        error.code = EXIT_DAMAGED;
        return Err(error);
    }
    let events = projection::event_count(&mem)?;
    let file = verify_chronology_file(&store)?;
    emit(&format!(
        "ok: {} records with valid checksums and no gaps; projections equal a rebuild \
         ({events} events)\n{file}",
        store.head()
    ))
}

/// Checks the chronology file, if there is one, against the projection
/// (which `verify` has just proved equal to a rebuild): a file that cannot
/// be used (stale, damaged, another format) is removed, as is one that
/// differs, which is reported as damage. Returns a line for the report.
fn verify_chronology_file(store: &Store) -> Result<String, CliError> {
    let path = store.path().join(chronology_file::FILE_NAME);
    if !path.exists() {
        return Ok(String::new());
    }
    let records =
        match store.read_chronology_file(projection::CONSOLIDATION_VERSION) {
            Ok(records) => records,
            Err(reason) => {
                store.remove_chronology_file()?;
                return Ok(format!(
                    "removed the chronology file ({reason}); the next between \
                 writes it again\n"
                ));
            }
        };
    if records == query::chronology_file_records(&store.projection())? {
        return Ok("the chronology file equals the projection\n".into());
    }
    store.remove_chronology_file()?;
    let mut error = CliError::failure(format!(
        "database {} is damaged: its chronology file differs from the projection \
         (removed)",
        store.path().display()
    ))
    .hint("between answers from the store and writes the file again");
    error.code = EXIT_DAMAGED;
    Err(error)
}

/// Runs `reextract`.
pub fn reextract(
    settings: &Settings,
    args: &ReextractArgs,
) -> Result<(), CliError> {
    let mut store = settings.open(OpenMode::MustExist)?;
    let articles = projection::articles(&store.projection())?;
    let stale: Vec<_> = articles
        .iter()
        .filter(|a| args.all || a.extractor_version != EXTRACTOR_VERSION)
        .collect();
    if stale.is_empty() {
        return emit(&format!(
            "all {} articles are extracted with extractor v{EXTRACTOR_VERSION}; \
             nothing to do (--all replays them anyway)\n",
            articles.len()
        ));
    }
    let mut n_observations = 0;
    for article in &stale {
        let made = reextract_article(&mut store, &article.id, now_seconds())?;
        n_observations += made.unwrap_or(0);
    }
    store.flush()?;
    let events = projection::event_count(&store.projection())?;
    emit(&format!(
        "re-extracted {} articles with extractor v{EXTRACTOR_VERSION}: \
         {n_observations} observations; {events} events in the chronology\n",
        stale.len()
    ))
}
