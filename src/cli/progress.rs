//! A one-line progress counter on stderr for long ingests, shown only when
//! stderr is a terminal, redrawn at most a few times a second and erased
//! when the work ends.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Fewest items for which a counter is worth showing.
const ITEMS_MIN: usize = 20;
/// Shortest time between two redraws.
const REDRAW_INTERVAL: Duration = Duration::from_millis(100);

/// A counter `ingesting 12/300 articles` redrawn in place on stderr.
pub struct Progress {
    total: usize,
    label: &'static str,
    shown: bool,
    last_draw: Option<Instant>,
}

impl Progress {
    /// A counter for `total` items; silent unless stderr is a terminal and
    /// `total` is large enough to take a while.
    pub fn new(total: usize, label: &'static str) -> Progress {
        let shown = total >= ITEMS_MIN && std::io::stderr().is_terminal();
        Progress { total, label, shown, last_draw: None }
    }

    /// Reports that `done` items are finished.
    pub fn set(&mut self, done: usize) {
        if !self.shown {
            return;
        }
        let now = Instant::now();
        let due = self
            .last_draw
            .is_none_or(|last| now.duration_since(last) >= REDRAW_INTERVAL);
        if due || done == self.total {
            self.last_draw = Some(now);
            let line = format!("\r{} {done}/{}", self.label, self.total);
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
    }

    /// Erases the counter line.
    pub fn finish(&mut self) {
        if self.shown && self.last_draw.is_some() {
            let _ = std::io::stderr().write_all(b"\r\x1b[2K");
        }
        self.shown = false;
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
