//! Resolved settings: the database path, the clock, the output width, and
//! opening the store with its projection caught up to the log.

use super::report::CliError;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use summit_timeline::store::{OpenMode, Store, StoreError};

/// The database folder used when neither `--db` nor the environment names one.
pub const DEFAULT_DB: &str = "summit-timeline.db";

/// The longest `--wait` accepted, in seconds (a day).
pub const WAIT_SECONDS_MAX: f64 = 86_400.0;

/// What every command resolved from flags and environment.
pub struct Settings {
    /// The database folder.
    pub db: PathBuf,
    /// How long to wait for a database another process holds.
    pub wait: Duration,
    /// Whether the table is coloured (`--color`, `NO_COLOR`, a terminal).
    pub color: bool,
}

impl Settings {
    /// Resolves the settings.
    pub fn new(db: Option<PathBuf>, wait: f64) -> Result<Settings, CliError> {
        if !(0.0..=WAIT_SECONDS_MAX).contains(&wait) {
            return Err(CliError::bad_input(format!(
                "--wait {wait} is out of range (0 to {WAIT_SECONDS_MAX} seconds)"
            )));
        }
        Ok(Settings {
            db: db.unwrap_or_else(|| PathBuf::from(DEFAULT_DB)),
            wait: Duration::from_secs_f64(wait),
            color: false,
        })
    }

    /// Opens the store and brings its projection up to the log's head.
    pub fn open(&self, mode: OpenMode) -> Result<Store, CliError> {
        let deadline = Instant::now() + self.wait;
        let store = loop {
            match Store::open(&self.db, mode, now_seconds()) {
                Err(StoreError::InUse { .. }) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                other => break other?,
            }
        };
        if let Some(rules) = summit_timeline::ingest::refresh_rules(&store)? {
            super::note(&format!(
                "note: the projections were built by consolidation rules v{rules}; rebuilt \
                 them from the log with this build's v{}",
                summit_timeline::projection::CONSOLIDATION_VERSION
            ));
        }
        summit_timeline::ingest::catch_up(&store)?;
        Ok(store)
    }
}

/// The wall clock, in seconds since 1970 (record time).
pub fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

/// The table width: the terminal's when stdout is one, else `COLUMNS`, else 80.
pub fn output_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(width), _)) =
            terminal_size::terminal_size()
    {
        return usize::from(width);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(80)
}
