//! summit-timeline: an event-sourced timeline database for news.
//!
//! Articles go in; extraction decomposes each into dated *observations*
//! (valid time, not publication time); an append-only log on sled records
//! the article and its observations atomically; projections consolidate
//! observations of the same happening into *events*; queries return a
//! chronology in which every event names and quotes its sources.
//!
//! Pipeline: `article` → `extraction` → `domain::Observation` →
//! `store` (log) → `projection` + `consolidation` → `query` → `output`.
//! ARCHITECTURE.md (at the repository root) maps the code.
//!
//! ```
//! use summit_timeline::article::{Article, SourceInfo};
//! use summit_timeline::domain::Day;
//! use summit_timeline::ingest::ingest_article;
//! use summit_timeline::store::{OpenMode, Store};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let folder = tempfile::tempdir()?;
//! let mut store = Store::open(&folder.path().join("db"), OpenMode::CreateIfMissing, 0)?;
//! let info = SourceInfo { published_at: Day::parse("2024-03-09"), ..SourceInfo::default() };
//! let text = "Rebels attacked the northern town of Kala on Friday, officials said.\n";
//! let article = Article::from_text("kala.txt", text.into(), &info, &SourceInfo::default())?;
//! ingest_article(&mut store, article, 1_710_000_000)?;
//! store.flush()?;
//! let whole_year = summit_timeline::query::Query {
//!     from: Day::parse("2024-01-01").unwrap(),
//!     to: Day::parse("2024-12-31").unwrap(),
//!     kinds: vec![], actors: vec![], articles: vec![], statuses: vec![], min_sources: 0,
//! };
//! for event in summit_timeline::query::run(&store.projection(), &whole_year)? {
//!     println!("{} {} {}", event.when.start_or_min(), event.kind.name(), event.summary);
//! }
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod article;
pub mod consolidation;
pub mod domain;
pub mod extraction;
#[doc(hidden)]
pub mod fuzzing;
pub mod ingest;
pub mod limits;
pub mod output;
mod parallel;
pub mod projection;
pub mod query;
pub mod store;
