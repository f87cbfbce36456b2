//! Every bound on input and storage, as a named constant.
//!
//! Exceeding a bound gives a typed error or a diagnostic, never unbounded
//! work. Relationships between bounds are checked at compile time.

/// Largest article file accepted, in bytes.
pub const ARTICLE_BYTES_MAX: usize = 4 * 1024 * 1024;

/// Most observations kept from one article; the rest are dropped with a
/// diagnostic.
pub const OBSERVATIONS_PER_ARTICLE_MAX: usize = 2_000;

/// Longest quote kept on an observation, in bytes.
pub const QUOTE_BYTES_MAX: usize = 2_000;

/// Largest encoded log record, in bytes (an article plus its observations).
pub const RECORD_BYTES_MAX: usize = 16 * 1024 * 1024;

/// Largest encoded projection value, in bytes.
pub const PROJECTION_VALUE_BYTES_MAX: usize = 64 * 1024 * 1024;

/// Most observations one consolidated event may gather; beyond it new
/// matches start a separate event so that clustering stays bounded.
pub const OBSERVATIONS_PER_EVENT_MAX: usize = 500;

/// Earliest year a query window may name.
pub const QUERY_YEAR_MIN: i32 = 0;

/// Latest year a query window may name.
pub const QUERY_YEAR_MAX: i32 = 9999;

/// Files one ingest command reads from folders, at most.
pub const FILES_PER_INGEST_MAX: usize = 1_000_000;

/// Bytes of one event in the chronology file (the event with all its
/// sources); a larger event leaves the database without the file.
pub const CHRONOLOGY_RECORD_BYTES_MAX: usize = 256 * 1024 * 1024;

const _: () = assert!(ARTICLE_BYTES_MAX * 3 < RECORD_BYTES_MAX);
const _: () =
    assert!(PROJECTION_VALUE_BYTES_MAX <= CHRONOLOGY_RECORD_BYTES_MAX);
const _: () = assert!(CHRONOLOGY_RECORD_BYTES_MAX <= u32::MAX as usize);
const _: () = assert!(RECORD_BYTES_MAX <= PROJECTION_VALUE_BYTES_MAX);
const _: () = assert!(QUOTE_BYTES_MAX < ARTICLE_BYTES_MAX);
const _: () = assert!(QUERY_YEAR_MIN < QUERY_YEAR_MAX);
