//! Turns errors into stderr text and an exit status.
//!
//! First line `summit-timeline: error: <what and where>`, then numbered
//! causes, then a `hint:` where we know the fix. Exit statuses: 1 runtime
//! failure, 2 bad usage or input, 3 database in use, 4 database damaged.

use summit_timeline::projection::ProjectionError;
use summit_timeline::query::QueryError;
use summit_timeline::store::StoreError;

/// Exit status of a runtime failure.
pub const EXIT_FAILURE: u8 = 1;
/// Exit status of bad usage or bad input.
pub const EXIT_BAD_INPUT: u8 = 2;
/// Exit status when another process holds the database.
pub const EXIT_IN_USE: u8 = 3;
/// Exit status when the database is damaged.
pub const EXIT_DAMAGED: u8 = 4;

/// An error as the user sees it.
#[derive(Debug)]
pub struct CliError {
    /// Exit status.
    pub code: u8,
    /// What went wrong and where.
    pub message: String,
    /// Underlying causes, outermost first.
    pub causes: Vec<String>,
    /// The fix, when known.
    pub hint: Option<String>,
}

impl CliError {
    /// Bad usage or input (exit 2).
    pub fn bad_input(message: impl Into<String>) -> CliError {
        CliError {
            code: EXIT_BAD_INPUT,
            message: message.into(),
            causes: Vec::new(),
            hint: None,
        }
    }

    /// A runtime failure (exit 1).
    pub fn failure(message: impl Into<String>) -> CliError {
        CliError {
            code: EXIT_FAILURE,
            message: message.into(),
            causes: Vec::new(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    /// The text written to stderr.
    pub fn render(&self) -> String {
        let mut out = format!("summit-timeline: error: {}\n", self.message);
        for (index, cause) in self.causes.iter().enumerate() {
            out.push_str(&format!("  caused by {}: {cause}\n", index + 1));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("hint: {hint}\n"));
        }
        out
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> CliError {
        let message = error.to_string();
        match &error {
            StoreError::NotFound { .. } => CliError::bad_input(message)
                .hint("ingest articles first (summit-timeline ingest PATH) or pass --db"),
            StoreError::NotADatabase { .. } => CliError::bad_input(message)
                .hint("pass --db with a summit-timeline database, or a new path to create one"),
            StoreError::InUse { .. } => CliError {
                code: EXIT_IN_USE,
                message,
                causes: Vec::new(),
                hint: Some(
                    "wait for the other summit-timeline command to finish, or pass --wait SECONDS"
                        .into(),
                ),
            },
            StoreError::UnsupportedFormat { .. } => CliError::bad_input(message)
                .hint(
                    "nothing was changed; with the build that wrote it, run \
                     summit-timeline dump -o backup.stdump, then with this build \
                     summit-timeline --db NEW restore backup.stdump",
                ),
            _ if error.is_damage() => CliError {
                code: EXIT_DAMAGED,
                message,
                causes: Vec::new(),
                hint: Some(
                    "nothing was changed; run summit-timeline verify for details, \
                     or restore the database from a backup"
                        .into(),
                ),
            },
            _ => CliError::failure(message),
        }
    }
}

impl From<ProjectionError> for CliError {
    fn from(error: ProjectionError) -> CliError {
        match error {
            ProjectionError::Store(store) => store.into(),
            other => CliError {
                code: EXIT_DAMAGED,
                message: other.to_string(),
                causes: Vec::new(),
                hint: Some("run summit-timeline verify".into()),
            },
        }
    }
}

impl From<QueryError> for CliError {
    fn from(error: QueryError) -> CliError {
        match error {
            QueryError::Store(store) => store.into(),
            QueryError::Projection(projection) => projection.into(),
            other => CliError::bad_input(other.to_string()),
        }
    }
}
