//! Flags exactly as typed (clap derive). Validation only; nothing resolved.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// An event-sourced timeline database for news: ingest articles, then ask
/// what happened between two dates. Every entry names and quotes its sources.
#[derive(Debug, Parser)]
#[command(name = "summit-timeline", version, propagate_version = true)]
#[command(after_help = "Examples:\n  \
    summit-timeline ingest seeds/\n  \
    summit-timeline between 2025-08-14 2025-08-19\n  \
    summit-timeline between 2025-08-01 2025-08-31 --type meeting --format json\n  \
    summit-timeline show e-3f9a0c1d2e4b5a69\n  \
    summit-timeline export --format html -o timeline.html")]
pub struct Cli {
    /// The database folder.
    #[arg(
        long,
        global = true,
        env = "SUMMIT_TIMELINE_DB",
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// When another process holds the database, wait up to this many
    /// seconds for it instead of failing at once (exit status 3).
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 0.0)]
    pub wait: f64,
    /// Colour the table: `auto` (on a terminal, unless NO_COLOR is set),
    /// `always` or `never`. Machine formats are never coloured.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorChoice::Auto
    )]
    pub color: ColorChoice,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add article files (or folders of .txt/.md articles) to the database.
    #[command(
        after_help = "Metadata, strongest first: flags, front matter, then a \
        manifest.toml in the article's folder.\n\nExamples:\n  \
        summit-timeline ingest seeds/\n  \
        summit-timeline ingest story.txt --published 2025-08-16 --outlet Reuters"
    )]
    Ingest(IngestArgs),
    /// The events between two dates (inclusive), oldest first.
    #[command(
        after_help = "Dates are YYYY-MM-DD (or YYYY-MM, YYYY).\n\nExamples:\n  \
        summit-timeline between 2025-08-14 2025-08-19\n  \
        summit-timeline between 2025 2025 --actor putin --min-sources 2\n  \
        summit-timeline between 2025-08-14 2025-08-19 --as-of 4 --format json"
    )]
    Between(BetweenArgs),
    /// One event (with every source, quote, evidence and rule) or article.
    #[command(
        after_help = "Examples:\n  summit-timeline show e-3f9a0c1d2e4b5a69\n  \
        summit-timeline show 000_39b922b5212bf32f.txt"
    )]
    Show(ShowArgs),
    /// Every stored article with its metadata.
    #[command(after_help = "Example:\n  summit-timeline sources --format json")]
    Sources(ListArgs),
    /// The append-only log, one record per line.
    #[command(
        after_help = "Example:\n  summit-timeline log --from 3 --limit 10"
    )]
    Log(LogArgs),
    /// Withdraw an article; its observations leave the chronology.
    #[command(
        after_help = "The log keeps the article: `between --as-of` still shows \
        it, and ingesting it again restores it.\n\nExample:\n  \
        summit-timeline retract 003_4d437da7fb1250dd.txt"
    )]
    Retract(RetractArgs),
    /// Recreate every projection from the log alone.
    #[command(after_help = "Example:\n  summit-timeline rebuild")]
    Rebuild,
    /// Check checksums, record continuity, and projections against a rebuild.
    #[command(
        after_help = "Exit status 4 when damage is found.\n\nExample:\n  \
        summit-timeline verify"
    )]
    Verify,
    /// Write the whole log to a portable file (JSON Lines, versioned).
    #[command(
        after_help = "The dump does not depend on sled's on-disk format: \
        restore builds a database that answers every query as this one does.\n\n\
        Example:\n  summit-timeline dump -o backup.stdump"
    )]
    Dump(DumpArgs),
    /// Build a new database from a dump written by `dump`.
    #[command(
        after_help = "The database (--db) must not exist yet.\n\nExample:\n  \
        summit-timeline --db restored.db restore backup.stdump"
    )]
    Restore(RestoreArgs),
    /// Dry run: what extraction finds in one file; nothing is stored.
    #[command(after_help = "Example:\n  \
        summit-timeline extract story.txt --published 2025-08-16 --format json")]
    Extract(ExtractArgs),
    /// Replay stored articles through the current extractor.
    #[command(
        after_help = "Articles extracted by an older extractor version get \
        new observations appended to the log; the chronology uses each \
        article's newest extraction. --all replays every article.\n\n\
        Example:\n  summit-timeline reextract"
    )]
    Reextract(ReextractArgs),
    /// Write the chronology as an interactive HTML timeline, PLOVER-style
    /// JSON Lines, iCalendar or CSV.
    #[command(after_help = "Takes the filters of `between`; without FROM \
        and TO it exports every event.\n\n\
        Formats:\n  \
        html    one self-contained page: lanes per type on a time axis\n  \
        plover  JSON Lines with PLOVER's text_info and cite_info\n  \
        ics     iCalendar (RFC 5545): an all-day entry per dated event\n  \
        csv     the columns of `between --format csv`\n\n\
        Examples:\n  \
        summit-timeline export --format html -o timeline.html\n  \
        summit-timeline export --format ics 2025-08 2025-08 --type meeting\n  \
        summit-timeline export --format plover --actor putin > putin.jsonl")]
    Export(ExportArgs),
    /// Write a shell completion script to stdout.
    #[command(after_help = "Examples:\n  \
        summit-timeline completions bash > /etc/bash_completion.d/summit-timeline\n  \
        summit-timeline completions zsh > ~/.zfunc/_summit-timeline\n  \
        summit-timeline completions fish > ~/.config/fish/completions/summit-timeline.fish")]
    Completions(CompletionsArgs),
    /// Write a manual page (roff) to stdout: the program's, or one
    /// subcommand's.
    #[command(after_help = "Examples:\n  \
        summit-timeline man > summit-timeline.1 && man ./summit-timeline.1\n  \
        summit-timeline man export > summit-timeline-export.1")]
    Man(ManArgs),
}

/// When to colour output meant for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set or TERM is dumb.
    Auto,
    /// Always colour the table.
    Always,
    /// Never colour.
    Never,
}

/// Flags of `ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files or folders.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also read subfolders of folders.
    #[arg(long)]
    pub recursive: bool,
    #[command(flatten)]
    pub metadata: MetadataArgs,
}

/// Metadata flags, stronger than front matter and manifests.
#[derive(Debug, Args)]
pub struct MetadataArgs {
    /// Publication date (YYYY-MM-DD) for every article named.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Outlet for every article named.
    #[arg(long)]
    pub outlet: Option<String>,
    /// URL for every article named.
    #[arg(long)]
    pub url: Option<String>,
    /// Title for every article named.
    #[arg(long)]
    pub title: Option<String>,
}

/// Output formats of chronologies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A table for people.
    Table,
    /// One JSON document (schema summit-timeline/1).
    Json,
    /// One JSON event per line.
    Ndjson,
    /// Comma-separated values.
    Csv,
    /// A Markdown table.
    Markdown,
}

/// Flags of `between`.
#[derive(Debug, Args)]
pub struct BetweenArgs {
    /// First day (inclusive).
    #[arg(value_name = "FROM")]
    pub from: String,
    /// Last day (inclusive).
    #[arg(value_name = "TO")]
    pub to: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
}

/// The filters shared by `between` and `export`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only these types (repeat or comma-separate).
    #[arg(long = "type", value_delimiter = ',', value_name = "TYPE")]
    pub kinds: Vec<String>,
    /// Only events with this actor (canonical name or alias, any case).
    #[arg(long = "actor", value_name = "NAME")]
    pub actors: Vec<String>,
    /// Only events citing this article (id or prefix, file name, or outlet).
    #[arg(long = "source", value_name = "ARTICLE")]
    pub sources: Vec<String>,
    /// Only these statuses (occurred, planned, hypothetical, not_occurred,
    /// or all); by default every status but hypothetical.
    #[arg(long = "status", value_delimiter = ',', value_name = "STATUS")]
    pub statuses: Vec<String>,
    /// Only events reported by at least N distinct articles.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_sources: usize,
    /// Answer as the database stood after record SEQ.
    #[arg(long, value_name = "SEQ")]
    pub as_of: Option<u64>,
}

/// Flags of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// First day (inclusive); every event when FROM and TO are left out.
    #[arg(value_name = "FROM", requires = "to")]
    pub from: Option<String>,
    /// Last day (inclusive).
    #[arg(value_name = "TO")]
    pub to: Option<String>,
    /// The export format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

/// The formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One self-contained interactive HTML page.
    Html,
    /// PLOVER-style JSON Lines: one event per line.
    Plover,
    /// iCalendar (RFC 5545): one all-day entry per dated event.
    Ics,
    /// Comma-separated values with a header row.
    Csv,
}

/// Flags of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand whose page to write (the program's page when absent).
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

/// Flags of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// Flags of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An event id, or an article id, unique prefix or file name.
    #[arg(value_name = "ID")]
    pub id: String,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Output formats of single records and lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// For people.
    Text,
    /// JSON.
    Json,
}

/// Flags of listing commands.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Flags of `log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// First record to list.
    #[arg(long, value_name = "SEQ", default_value_t = 1)]
    pub from: u64,
    /// Most records to list.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Flags of `retract`.
#[derive(Debug, Args)]
pub struct RetractArgs {
    /// Article id, unique prefix, or file name.
    #[arg(value_name = "ARTICLE")]
    pub article: String,
}

/// Flags of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub metadata: MetadataArgs,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Flags of `dump`.
#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Write here instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Flags of `restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `dump`.
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
}

/// Flags of `reextract`.
#[derive(Debug, Args)]
pub struct ReextractArgs {
    /// Replay every article, not only those from older extractor versions.
    #[arg(long)]
    pub all: bool,
}
