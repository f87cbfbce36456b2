//! The chronology file: every consolidated event of the projection, in
//! chronology order, with a time index, in one file beside the log, so
//! that a plain `between` answers without opening sled.
//!
//! It owns the file's byte layout and its checks (magic, versions, head,
//! identity, lengths, checksums). It never decides whether the file may be
//! used: the caller passes the head and identity the file must carry, and
//! `Store` deletes the file before any change (see `Store` and the
//! architecture doc, "Crash safety"). Nothing read from the file can panic
//! or allocate more than the file holds.
//!
//! # Layout
//!
//! All integers are fixed-width little-endian.
//!
//! - Header (`HEADER_BYTES`): magic, file format, store format, the
//!   consolidation rules version the events were made by, head seq,
//!   database id (32 bytes), number of events, directory offset, length and
//!   CRC-32, file length, then the CRC-32 of the header before it.
//! - Records, from `HEADER_BYTES`: one bincode value per event
//!   (`FileRecord`: its independent sources and the `Event`), in chronology
//!   order (`Event::order_key`), so offset order is answer order.
//! - Index blocks: entries (`ENTRY_BYTES`: key day, start, end, record
//!   offset, length and CRC-32) sorted by key, at most `BLOCK_ENTRIES` per
//!   block, grouped as the `T` view groups spans: closed spans by level
//!   (`ceil(log2 days)`, keyed by start), spans with an open end (keyed by
//!   start), spans with an open start or none (keyed by end).
//! - Directory: per group, its number of blocks, then per block the first
//!   and last key, offset, number of entries and CRC-32.

use super::StoreError;
use super::codec;
use crate::domain::{Day, Event};
use crate::limits::CHRONOLOGY_RECORD_BYTES_MAX;
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek, SeekFrom, Write};

/// The file's name inside the database folder.
pub const FILE_NAME: &str = "CHRONOLOGY";
/// Bump when the layout or the encoding of `FileRecord` (or of `Event`)
/// changes: a file of another version is ignored, never guessed at.
pub const FILE_FORMAT: u32 = 1;
const MAGIC: [u8; 8] = *b"SUMCHRON";
/// Header bytes, the last four being the header's own CRC-32.
pub const HEADER_BYTES: usize = 100;
/// Bytes of one index entry.
pub const ENTRY_BYTES: usize = 28;
/// Index entries per block: a query reads whole blocks.
pub const BLOCK_ENTRIES: usize = 256;
const BLOCK_REF_BYTES: usize = 24;
const DB_ID_BYTES: usize = 32;
/// Levels 0..=32 (a closed span of up to 2^32 days), open end, open start.
const N_LEVELS: usize = 33;
const GROUP_OPEN_END: usize = N_LEVELS;
const GROUP_OPEN_START: usize = N_LEVELS + 1;
const N_GROUPS: usize = N_LEVELS + 2;
/// Records closer than this are read with one read call.
const COALESCE_GAP_BYTES: u64 = 16 * 1024;

/// Why the chronology file was not used. Every one of these means "answer
/// from the store instead"; none is shown to the user as a failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ChronologyFileError {
    /// There is no chronology file (or no database).
    #[error("there is no chronology file")]
    Missing,
    /// The file reflects another log head than the acknowledged one.
    #[error("the chronology file reflects record {file_head}, not {head}")]
    Stale {
        /// The head the file reflects.
        file_head: u64,
        /// The acknowledged head.
        head: u64,
    },
    /// The file's events were made by other consolidation rules.
    #[error(
        "the chronology file was made by consolidation rules v{found}, not v{rules}"
    )]
    OtherRules {
        /// The rules version in the file.
        found: u32,
        /// This build's.
        rules: u32,
    },
    /// The file belongs to another database (copied in by hand).
    #[error("the chronology file belongs to another database")]
    OtherDatabase,
    /// The file or the store has a format this build does not read.
    #[error(
        "the chronology file has format {found}, this build reads {FILE_FORMAT}"
    )]
    UnknownFormatVersion {
        /// The version found.
        found: u32,
    },
    /// A checksum does not match: the file is damaged.
    #[error("the chronology file's {what} fails its checksum")]
    ChecksumMismatch {
        /// Which part.
        what: &'static str,
    },
    /// The file is truncated or its lengths and offsets are inconsistent.
    #[error("the chronology file is malformed: {0}")]
    Malformed(String),
    /// Reading the file failed.
    #[error("cannot read the chronology file: {0}")]
    Io(String),
    /// The database's marker or `HEAD` file, which the file is checked
    /// against, cannot be read.
    #[error("the chronology file cannot be checked: {0}")]
    Unverifiable(String),
}

impl From<std::io::Error> for ChronologyFileError {
    fn from(error: std::io::Error) -> ChronologyFileError {
        if error.kind() == std::io::ErrorKind::NotFound {
            ChronologyFileError::Missing
        } else if error.kind() == std::io::ErrorKind::UnexpectedEof {
            ChronologyFileError::Malformed("it ends early".into())
        } else {
            ChronologyFileError::Io(error.to_string())
        }
    }
}

/// What a file must carry to be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected<'a> {
    /// The acknowledged log head (`HEAD`).
    pub head: u64,
    /// The database id (the marker file's `id:`).
    pub db_id: &'a str,
    /// The store format of the database.
    pub store_format: u32,
    /// The consolidation rules of this build: events made by other rules
    /// are not what the store would answer once it rebuilt them.
    pub rules: u32,
}

/// One event as the file stores it, with what `between` shows beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    /// Its independent sources (`query::independent_sources`).
    pub independent: u64,
    /// The event, with its sources.
    pub event: Event,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    key: i32,
    start: i32,
    end: i32,
    offset: u64,
    len: u32,
    crc: u32,
}

#[derive(Clone, Copy, Debug)]
struct BlockRef {
    first_key: i32,
    last_key: i32,
    offset: u64,
    n_entries: u32,
    crc: u32,
}

/// The group and key an event is filed under.
fn group_and_key(start: Option<Day>, end: Option<Day>) -> (usize, i32) {
    match (start, end) {
        (Some(start), Some(end)) => {
            let days = i64::from(end.0) - i64::from(start.0) + 1;
            (level_of(days), start.0)
        }
        (Some(start), None) => (GROUP_OPEN_END, start.0),
        (None, end) => (GROUP_OPEN_START, end.unwrap_or(Day(i32::MAX)).0),
    }
}

/// `ceil(log2 days)`, with spans of at most one day (or reversed) at 0.
fn level_of(days: i64) -> usize {
    let level = usize::from(crate::domain::timespan::length_level(days));
    assert!(level < N_LEVELS, "a span of {days} days has level {level}");
    level
}

/// The keys of `group` that can hold a span intersecting `[from, to]`.
fn key_range(group: usize, from: Day, to: Day) -> (i64, i64) {
    let (from, to) = (i64::from(from.0), i64::from(to.0));
    match group {
        GROUP_OPEN_END => (i64::from(i32::MIN), to),
        GROUP_OPEN_START => (from, i64::from(i32::MAX)),
        level => (from - (1i64 << level) + 1, to),
    }
}

/// One event encoded for the file, with what orders and files it.
#[derive(Clone, Debug)]
pub struct EncodedRecord {
    start: Option<Day>,
    end: Option<Day>,
    id: String,
    bytes: Vec<u8>,
}

impl EncodedRecord {
    /// Encodes a record.
    ///
    /// # Errors
    /// It does not encode within the record limit.
    pub fn of(record: &FileRecord) -> Result<EncodedRecord, StoreError> {
        let when = &record.event.when;
        Ok(EncodedRecord {
            start: when.start,
            end: when.end,
            id: record.event.id.clone(),
            bytes: codec::encode_limited::<_, CHRONOLOGY_RECORD_BYTES_MAX>(
                record,
            )?,
        })
    }

    /// The chronology order of its event (`Event::order_key`).
    pub fn order_key(&self) -> (Day, Day, &str) {
        (
            self.start.unwrap_or(Day(i32::MIN)),
            self.end.unwrap_or(Day(i32::MAX)),
            &self.id,
        )
    }
}

/// Writes a chronology file: `push` each event in chronology order, then
/// `finish`, which writes the index and directory and, last, the header.
pub struct Writer<W: Write + Seek> {
    out: W,
    groups: Vec<Vec<Entry>>,
    offset: u64,
    n_events: u64,
    previous: Option<(Day, Day, String)>,
}

impl<W: Write + Seek> Writer<W> {
    /// Starts a file at the beginning of `out`.
    ///
    /// # Errors
    /// Writing failed.
    pub fn new(mut out: W) -> Result<Writer<W>, StoreError> {
        out.seek(SeekFrom::Start(0)).map_err(io)?;
        out.write_all(&[0u8; HEADER_BYTES]).map_err(io)?;
        Ok(Writer {
            out,
            groups: vec![Vec::new(); N_GROUPS],
            offset: HEADER_BYTES as u64,
            n_events: 0,
            previous: None,
        })
    }

    /// Appends one event; it must come after the previous one in
    /// chronology order (`Event::order_key`).
    ///
    /// # Errors
    /// The event is out of order, does not encode within the record
    /// limit, or writing failed.
    pub fn push(&mut self, record: &FileRecord) -> Result<(), StoreError> {
        let encoded = EncodedRecord::of(record)?;
        self.push_encoded(&encoded)
    }

    /// Appends one event encoded by `EncodedRecord::of`, as `push` does.
    ///
    /// # Errors
    /// The event is out of order or writing failed.
    pub fn push_encoded(
        &mut self,
        record: &EncodedRecord,
    ) -> Result<(), StoreError> {
        let (start, end, id) = (record.start, record.end, &record.id);
        let order = record.order_key();
        if let Some(previous) = &self.previous
            && (previous.0, previous.1, previous.2.as_str()) >= order
        {
            return Err(StoreError::Encode(format!(
                "event {id} is not after {} in chronology order",
                previous.2
            )));
        }
        self.previous = Some((order.0, order.1, id.clone()));
        let bytes = &record.bytes;
        self.out.write_all(bytes).map_err(io)?;
        let (group, key) = group_and_key(start, end);
        self.groups[group].push(Entry {
            key,
            start: order.0.0,
            end: order.1.0,
            offset: self.offset,
            len: u32::try_from(bytes.len()).map_err(|_| {
                StoreError::RecordTooLarge { bytes: bytes.len() }
            })?,
            crc: crc32fast::hash(bytes),
        });
        self.offset += bytes.len() as u64;
        self.n_events += 1;
        Ok(())
    }

    /// Writes the index, the directory and the header; returns `out`.
    ///
    /// # Errors
    /// Writing failed.
    pub fn finish(mut self, expected: &Expected<'_>) -> Result<W, StoreError> {
        let mut directory = Vec::new();
        let mut offset = self.offset;
        for entries in &mut self.groups {
            entries.sort_by_key(|entry| (entry.key, entry.offset));
            let blocks: Vec<&[Entry]> = entries.chunks(BLOCK_ENTRIES).collect();
            directory.extend_from_slice(&(blocks.len() as u32).to_le_bytes());
            for block in blocks {
                let bytes: Vec<u8> =
                    block.iter().flat_map(encode_entry).collect();
                self.out.write_all(&bytes).map_err(io)?;
                let (first, last) = (block[0].key, block[block.len() - 1].key);
                directory.extend_from_slice(&first.to_le_bytes());
                directory.extend_from_slice(&last.to_le_bytes());
                directory.extend_from_slice(&offset.to_le_bytes());
                directory
                    .extend_from_slice(&(block.len() as u32).to_le_bytes());
                directory
                    .extend_from_slice(&crc32fast::hash(&bytes).to_le_bytes());
                offset += bytes.len() as u64;
            }
        }
        self.out.write_all(&directory).map_err(io)?;
        let header = Header {
            store_format: expected.store_format,
            rules: expected.rules,
            head: expected.head,
            db_id: expected.db_id.to_string(),
            n_events: self.n_events,
            directory_offset: offset,
            directory_bytes: directory.len() as u64,
            directory_crc: crc32fast::hash(&directory),
            file_bytes: offset + directory.len() as u64,
        };
        self.out.seek(SeekFrom::Start(0)).map_err(io)?;
        self.out.write_all(&header.encode()?).map_err(io)?;
        self.out.flush().map_err(io)?;
        Ok(self.out)
    }
}

fn io(error: std::io::Error) -> StoreError {
    StoreError::Io(error.to_string())
}

fn encode_entry(entry: &Entry) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(ENTRY_BYTES);
    bytes.extend_from_slice(&entry.key.to_le_bytes());
    bytes.extend_from_slice(&entry.start.to_le_bytes());
    bytes.extend_from_slice(&entry.end.to_le_bytes());
    bytes.extend_from_slice(&entry.offset.to_le_bytes());
    bytes.extend_from_slice(&entry.len.to_le_bytes());
    bytes.extend_from_slice(&entry.crc.to_le_bytes());
    bytes
}

struct Header {
    store_format: u32,
    rules: u32,
    head: u64,
    db_id: String,
    n_events: u64,
    directory_offset: u64,
    directory_bytes: u64,
    directory_crc: u32,
    file_bytes: u64,
}

impl Header {
    fn encode(&self) -> Result<Vec<u8>, StoreError> {
        let id = self.db_id.as_bytes();
        if id.len() > DB_ID_BYTES {
            return Err(StoreError::Encode(format!(
                "a database id of {} bytes does not fit the chronology file",
                id.len()
            )));
        }
        let mut bytes = Vec::with_capacity(HEADER_BYTES);
        bytes.extend_from_slice(&MAGIC);
        bytes.extend_from_slice(&FILE_FORMAT.to_le_bytes());
        bytes.extend_from_slice(&self.store_format.to_le_bytes());
        bytes.extend_from_slice(&self.rules.to_le_bytes());
        bytes.extend_from_slice(&self.head.to_le_bytes());
        let mut padded = [0u8; DB_ID_BYTES];
        padded[..id.len()].copy_from_slice(id);
        bytes.extend_from_slice(&padded);
        bytes.extend_from_slice(&self.n_events.to_le_bytes());
        bytes.extend_from_slice(&self.directory_offset.to_le_bytes());
        bytes.extend_from_slice(&self.directory_bytes.to_le_bytes());
        bytes.extend_from_slice(&self.directory_crc.to_le_bytes());
        bytes.extend_from_slice(&self.file_bytes.to_le_bytes());
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_le_bytes());
        assert!(
            bytes.len() == HEADER_BYTES,
            "header is {} bytes, not {HEADER_BYTES}",
            bytes.len()
        );
        Ok(bytes)
    }

    fn decode(
        bytes: &[u8; HEADER_BYTES],
        expected: &Expected<'_>,
    ) -> Result<Header, ChronologyFileError> {
        if bytes[..8] != MAGIC {
            return Err(ChronologyFileError::Malformed(
                "it does not start with the magic bytes".into(),
            ));
        }
        let mut reader = Fields { bytes, at: 8 };
        let crc_at = HEADER_BYTES - 4;
        if crc32fast::hash(&bytes[..crc_at]) != read_u32(&bytes[crc_at..]) {
            return Err(ChronologyFileError::ChecksumMismatch {
                what: "header",
            });
        }
        let file_format = reader.u32();
        if file_format != FILE_FORMAT {
            return Err(ChronologyFileError::UnknownFormatVersion {
                found: file_format,
            });
        }
        let store_format = reader.u32();
        if store_format != expected.store_format {
            return Err(ChronologyFileError::UnknownFormatVersion {
                found: store_format,
            });
        }
        let rules = reader.u32();
        if rules != expected.rules {
            return Err(ChronologyFileError::OtherRules {
                found: rules,
                rules: expected.rules,
            });
        }
        let head = reader.u64();
        if head != expected.head {
            return Err(ChronologyFileError::Stale {
                file_head: head,
                head: expected.head,
            });
        }
        let id = reader.take(DB_ID_BYTES);
        let id_len = id.iter().position(|b| *b == 0).unwrap_or(DB_ID_BYTES);
        if &id[..id_len] != expected.db_id.as_bytes() {
            return Err(ChronologyFileError::OtherDatabase);
        }
        let header = Header {
            store_format,
            rules,
            head,
            db_id: expected.db_id.to_string(),
            n_events: reader.u64(),
            directory_offset: reader.u64(),
            directory_bytes: reader.u64(),
            directory_crc: reader.u32(),
            file_bytes: reader.u64(),
        };
        assert!(reader.at == crc_at, "header fields end at {}", reader.at);
        Ok(header)
    }
}

/// Fixed-width fields read from a slice whose length the caller checked.
struct Fields<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Fields<'_> {
    fn take(&mut self, n: usize) -> &[u8] {
        let field = &self.bytes[self.at..self.at + n];
        self.at += n;
        field
    }

    fn u32(&mut self) -> u32 {
        read_u32(self.take(4))
    }

    fn i32(&mut self) -> i32 {
        read_u32(self.take(4)) as i32
    }

    fn u64(&mut self) -> u64 {
        let mut word = [0u8; 8];
        word.copy_from_slice(self.take(8));
        u64::from_le_bytes(word)
    }
}

fn read_u32(bytes: &[u8]) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[..4]);
    u32::from_le_bytes(word)
}

/// Reads the events whose span intersects `[from, to]`, in chronology
/// order, with their independent sources, after checking the header
/// against `expected` and every byte read against its checksum.
///
/// # Errors
/// The file is missing, stale, of another database or format, damaged or
/// unreadable: the caller answers from the store instead.
pub fn read_window<R: Read + Seek>(
    file: &mut R,
    file_bytes: u64,
    expected: &Expected<'_>,
    from: Day,
    to: Day,
) -> Result<Vec<FileRecord>, ChronologyFileError> {
    let header = read_header(file, file_bytes, expected)?;
    let directory = read_directory(file, &header)?;
    let mut wanted = Vec::new();
    for (group, blocks) in directory.iter().enumerate() {
        let (low, high) = key_range(group, from, to);
        for block in blocks {
            if i64::from(block.last_key) < low
                || i64::from(block.first_key) > high
            {
                continue;
            }
            for entry in read_block(file, &header, block)? {
                let key = i64::from(entry.key);
                if low <= key
                    && key <= high
                    && entry.start <= to.0
                    && from.0 <= entry.end
                {
                    wanted.push(entry);
                }
            }
        }
    }
    read_records(file, &header, wanted)
}

fn read_header<R: Read + Seek>(
    file: &mut R,
    file_bytes: u64,
    expected: &Expected<'_>,
) -> Result<Header, ChronologyFileError> {
    let mut bytes = [0u8; HEADER_BYTES];
    file.seek(SeekFrom::Start(0))?;
    file.read_exact(&mut bytes)?;
    let header = Header::decode(&bytes, expected)?;
    let malformed =
        |what: &str| Err(ChronologyFileError::Malformed(what.into()));
    if header.file_bytes != file_bytes {
        return malformed("its length differs from the header's");
    }
    let directory_end =
        header.directory_offset.checked_add(header.directory_bytes);
    if header.directory_offset < HEADER_BYTES as u64
        || directory_end != Some(file_bytes)
    {
        return malformed("its directory is out of place");
    }
    if header.n_events > file_bytes {
        return malformed("it counts more events than it has bytes");
    }
    Ok(header)
}

fn read_directory<R: Read + Seek>(
    file: &mut R,
    header: &Header,
) -> Result<Vec<Vec<BlockRef>>, ChronologyFileError> {
    let mut bytes = vec![0u8; header.directory_bytes as usize];
    file.seek(SeekFrom::Start(header.directory_offset))?;
    file.read_exact(&mut bytes)?;
    if crc32fast::hash(&bytes) != header.directory_crc {
        return Err(ChronologyFileError::ChecksumMismatch {
            what: "directory",
        });
    }
    let short =
        || ChronologyFileError::Malformed("its directory ends early".into());
    let mut fields = Fields { bytes: &bytes, at: 0 };
    let mut groups = Vec::with_capacity(N_GROUPS);
    let mut n_entries_total = 0u64;
    for _ in 0..N_GROUPS {
        if fields.at + 4 > bytes.len() {
            return Err(short());
        }
        let n_blocks = fields.u32() as usize;
        if n_blocks > (bytes.len() - fields.at) / BLOCK_REF_BYTES {
            return Err(short());
        }
        let mut blocks = Vec::with_capacity(n_blocks);
        for _ in 0..n_blocks {
            let block = BlockRef {
                first_key: fields.i32(),
                last_key: fields.i32(),
                offset: fields.u64(),
                n_entries: fields.u32(),
                crc: fields.u32(),
            };
            let block_end = (block.n_entries as u64)
                .checked_mul(ENTRY_BYTES as u64)
                .and_then(|bytes| bytes.checked_add(block.offset));
            if block.n_entries == 0
                || block.n_entries as usize > BLOCK_ENTRIES
                || block.offset < HEADER_BYTES as u64
                || block_end.is_none_or(|end| end > header.directory_offset)
            {
                return Err(ChronologyFileError::Malformed(
                    "an index block is out of place".into(),
                ));
            }
            n_entries_total += u64::from(block.n_entries);
            blocks.push(block);
        }
        groups.push(blocks);
    }
    if fields.at != bytes.len() {
        return Err(ChronologyFileError::Malformed(
            "its directory has trailing bytes".into(),
        ));
    }
    if n_entries_total != header.n_events {
        return Err(ChronologyFileError::Malformed(
            "its index does not count every event once".into(),
        ));
    }
    Ok(groups)
}

fn read_block<R: Read + Seek>(
    file: &mut R,
    header: &Header,
    block: &BlockRef,
) -> Result<Vec<Entry>, ChronologyFileError> {
    let mut bytes = vec![0u8; block.n_entries as usize * ENTRY_BYTES];
    file.seek(SeekFrom::Start(block.offset))?;
    file.read_exact(&mut bytes)?;
    if crc32fast::hash(&bytes) != block.crc {
        return Err(ChronologyFileError::ChecksumMismatch {
            what: "index block",
        });
    }
    let mut fields = Fields { bytes: &bytes, at: 0 };
    let mut entries = Vec::with_capacity(block.n_entries as usize);
    for _ in 0..block.n_entries {
        let entry = Entry {
            key: fields.i32(),
            start: fields.i32(),
            end: fields.i32(),
            offset: fields.u64(),
            len: fields.u32(),
            crc: fields.u32(),
        };
        let end = entry.offset.checked_add(u64::from(entry.len));
        if entry.offset < HEADER_BYTES as u64
            || end.is_none_or(|end| end > header.directory_offset)
            || entry.len as usize > CHRONOLOGY_RECORD_BYTES_MAX
        {
            return Err(ChronologyFileError::Malformed(
                "an index entry points outside the records".into(),
            ));
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// Reads the wanted records in file order (chronology order), reading
/// records that lie close together with one call.
fn read_records<R: Read + Seek>(
    file: &mut R,
    header: &Header,
    mut wanted: Vec<Entry>,
) -> Result<Vec<FileRecord>, ChronologyFileError> {
    wanted.sort_by_key(|entry| entry.offset);
    wanted.dedup_by_key(|entry| entry.offset);
    let mut records = Vec::with_capacity(wanted.len());
    let mut run_start = 0;
    while run_start < wanted.len() {
        let mut run_end = run_start + 1;
        let mut end =
            wanted[run_start].offset + u64::from(wanted[run_start].len);
        while let Some(next) = wanted.get(run_end)
            && next.offset >= end
            && next.offset - end <= COALESCE_GAP_BYTES
        {
            end = next.offset + u64::from(next.len);
            run_end += 1;
        }
        let first = wanted[run_start].offset;
        if end > header.directory_offset || end - first > header.file_bytes {
            return Err(ChronologyFileError::Malformed(
                "a record lies outside the file".into(),
            ));
        }
        let mut bytes = vec![0u8; (end - first) as usize];
        file.seek(SeekFrom::Start(first))?;
        file.read_exact(&mut bytes)?;
        for entry in &wanted[run_start..run_end] {
            let at = (entry.offset - first) as usize;
            let record = &bytes[at..at + entry.len as usize];
            if crc32fast::hash(record) != entry.crc {
                return Err(ChronologyFileError::ChecksumMismatch {
                    what: "event record",
                });
            }
            let decoded = codec::decode_limited::<
                FileRecord,
                CHRONOLOGY_RECORD_BYTES_MAX,
            >(record)
            .map_err(ChronologyFileError::Malformed)?;
            records.push(decoded);
        }
        run_start = run_end;
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventKind, Precision, Status, TimeSpan};
    use std::io::Cursor;

    fn event(id: &str, start: Option<Day>, end: Option<Day>) -> FileRecord {
        let when = TimeSpan {
            start,
            end,
            precision: Precision::Day,
            text: "x".into(),
        };
        FileRecord {
            independent: 1,
            event: Event {
                id: id.into(),
                kind: EventKind::Meeting,
                status: Status::Occurred,
                when,
                actors: vec!["Ann Lee".into()],
                location: None,
                summary: format!("event {id}"),
                quote: None,
                sources: Vec::new(),
                disputed: Vec::new(),
            },
        }
    }

    const EXPECTED: Expected<'static> =
        Expected { head: 7, db_id: "0123abcd", store_format: 4, rules: 2 };

    /// Events of every group (one day, a week, a year, open ends), written
    /// in chronology order.
    fn file() -> (Vec<FileRecord>, Vec<u8>) {
        let mut records = vec![
            event("e-open-start", None, Some(Day(100))),
            event("e-week", Some(Day(90)), Some(Day(96))),
            event("e-day", Some(Day(95)), Some(Day(95))),
            event("e-open-end", Some(Day(99)), None),
            event("e-year", Some(Day(100)), Some(Day(464))),
            event("e-late", Some(Day(1000)), Some(Day(1000))),
        ];
        records.sort_by(|a, b| a.event.order_key().cmp(&b.event.order_key()));
        let mut writer = Writer::new(Cursor::new(Vec::new())).expect("new");
        for record in &records {
            writer.push(record).expect("push");
        }
        let bytes = writer.finish(&EXPECTED).expect("finish").into_inner();
        (records, bytes)
    }

    fn read(
        bytes: &[u8],
        expected: &Expected<'_>,
        from: i32,
        to: i32,
    ) -> Result<Vec<FileRecord>, ChronologyFileError> {
        let mut cursor = Cursor::new(bytes);
        read_window(
            &mut cursor,
            bytes.len() as u64,
            expected,
            Day(from),
            Day(to),
        )
    }

    #[test]
    fn windows_read_exactly_the_intersecting_events_in_order() {
        let (records, bytes) = file();
        for (from, to) in [(0, 2000), (95, 95), (97, 99), (101, 999), (0, 50)] {
            let expected: Vec<&FileRecord> = records
                .iter()
                .filter(|r| r.event.when.intersects(Day(from), Day(to)))
                .collect();
            let answer = read(&bytes, &EXPECTED, from, to).expect("read");
            assert_eq!(
                answer.iter().collect::<Vec<_>>(),
                expected,
                "{from}..{to}"
            );
        }
    }

    #[test]
    fn header_must_name_this_database_head_and_rules() {
        let (_, bytes) = file();
        let other = |expected: Expected<'static>| {
            read(&bytes, &expected, 0, 2000).expect_err("accepted")
        };
        let error = other(Expected { head: 8, ..EXPECTED });
        assert!(matches!(
            error,
            ChronologyFileError::Stale { file_head: 7, head: 8 }
        ));
        let error = other(Expected { db_id: "0123abce", ..EXPECTED });
        assert!(matches!(error, ChronologyFileError::OtherDatabase));
        let error = other(Expected { rules: 3, ..EXPECTED });
        assert!(matches!(
            error,
            ChronologyFileError::OtherRules { found: 2, .. }
        ));
        let error = other(Expected { store_format: 5, ..EXPECTED });
        assert!(matches!(
            error,
            ChronologyFileError::UnknownFormatVersion { found: 4 }
        ));
    }

    #[test]
    fn events_out_of_order_are_refused() {
        let mut writer = Writer::new(Cursor::new(Vec::new())).expect("new");
        writer.push(&event("e-b", Some(Day(5)), Some(Day(5)))).expect("push");
        let error = writer
            .push(&event("e-a", Some(Day(5)), Some(Day(5))))
            .expect_err("accepted");
        assert!(matches!(error, StoreError::Encode(_)));
    }

    #[test]
    fn levels_bound_span_lengths() {
        assert_eq!(level_of(1), 0);
        assert_eq!(level_of(0), 0);
        assert_eq!(level_of(2), 1);
        assert_eq!(level_of(3), 2);
        assert_eq!(level_of(4), 2);
        assert_eq!(level_of(5), 3);
        assert_eq!(level_of(1 << 32), 32);
        for days in [1i64, 2, 3, 7, 8, 9, 31, 365, 366, 100_000] {
            let level = level_of(days);
            assert!(days <= 1 << level, "{days} days above level {level}");
        }
    }
}
