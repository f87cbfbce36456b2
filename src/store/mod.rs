//! The store: the append-only log and the projection tree on sled.
//!
//! This is the only module that imports sled. It owns the on-disk layout,
//! crash safety (atomic batches, flush before acknowledging, a high-water
//! mark kept beside sled) and failing closed on damage. It knows nothing
//! about English or about what projections mean.

pub mod chronology_file;
pub mod codec;
pub mod envelope;
pub mod keys;
pub mod kv;
mod packed;

pub use chronology_file::{ChronologyFileError, EncodedRecord, FileRecord};
pub use codec::Record;
pub use envelope::{Envelope, EnvelopeError};
pub use kv::{Kv, MemKv, PrefixCache, StagedKv};

use crate::domain::Day;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The marker file that makes a folder a summit-timeline database.
pub const MARKER_FILE: &str = "SUMMIT-TIMELINE";
/// The high-water mark: the last seq acknowledged to a user.
pub const HEAD_FILE: &str = "HEAD";
const MARKER_FIRST_LINE: &str = "summit-timeline database";
/// 2: the projection gained the time index's level counts (`L`).
/// 3: events (`E`) are stored without their sources, with their member keys
/// (the `G` view is gone); sources are assembled from the members.
/// 4: small events keep their sources inline in `E`.
/// 5: an article's members share one sled key (`packed`); the projection's
/// logical keys and values are format 4's.
pub const STORE_FORMAT: u32 = 5;
const META_ID: &[u8] = b"db_id";
const SLED_CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// Records `Store::read_range` reads before decoding them together.
const READ_RUN_RECORDS: usize = 4096;
/// A byte inside every envelope's payload, flipped by damage tests.
const HEADER_PROBE_BYTE: usize = 24;

/// Failures of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// No database at the path, and the command does not create one.
    #[error("no database at {path}")]
    NotFound {
        /// The path asked for.
        path: PathBuf,
    },
    /// Something other than a summit-timeline database is at the path.
    #[error("{path} is not a summit-timeline database ({reason})")]
    NotADatabase {
        /// The path asked for.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// Another process holds the database.
    #[error("database {path} is in use by another process")]
    InUse {
        /// The database path.
        path: PathBuf,
    },
    /// The database is damaged and was not opened.
    #[error("database {path} is damaged: {detail}")]
    Damaged {
        /// The database path.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The database is of a store format this build does not read.
    #[error(
        "database {path} is in store format {format}, which this build does \
         not read (it reads format {STORE_FORMAT})"
    )]
    UnsupportedFormat {
        /// The database path.
        path: PathBuf,
        /// The format its marker names.
        format: u32,
    },
    /// A log record failed its checks.
    #[error("log record {seq} is corrupt: {detail}")]
    Corruption {
        /// The record's seq.
        seq: u64,
        /// What is wrong.
        detail: String,
    },
    /// A projection value failed to decode.
    #[error("projection entry {key} is corrupt: {detail}")]
    ProjectionCorrupt {
        /// The key, printed.
        key: String,
        /// What is wrong.
        detail: String,
    },
    /// A record larger than the format allows.
    #[error("record of {bytes} bytes exceeds the limit")]
    RecordTooLarge {
        /// Its encoded size.
        bytes: usize,
    },
    /// Encoding a value failed.
    #[error("cannot encode a value: {0}")]
    Encode(String),
    /// An I/O error from sled or the file system.
    #[error("I/O error: {0}")]
    Io(String),
}

impl StoreError {
    /// Maps a sled error to a store error.
    pub(crate) fn from_sled(error: sled::Error) -> StoreError {
        match error {
            sled::Error::Corruption { at, .. } => StoreError::Damaged {
                path: PathBuf::new(),
                detail: format!("sled reports corruption at {at:?}"),
            },
            other => StoreError::Io(other.to_string()),
        }
    }

    /// Whether this error means the stored data is damaged.
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            StoreError::Damaged { .. }
                | StoreError::Corruption { .. }
                | StoreError::ProjectionCorrupt { .. }
        )
    }
}

/// Whether opening may create a database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// Create an empty database when none exists (ingest).
    CreateIfMissing,
    /// Fail when none exists (every query command).
    MustExist,
}

/// An open database: exclusive to this process until dropped.
pub struct Store {
    db: sled::Db,
    log: sled::Tree,
    projection: sled::Tree,
    path: PathBuf,
    head: u64,
    /// The projection entries under one prefix, mirrored in memory once
    /// `cache_prefix` loaded them (see `PrefixCache`).
    cache: std::sync::RwLock<Option<PrefixCache>>,
    /// The id in the marker file and in sled's `meta` tree.
    db_id: String,
    /// Whether this process removed the chronology file and has not
    /// written one since: changes after the first need not remove it again.
    chronology_file_removed: AtomicBool,
    /// The chronology's large events and their members, decoded by the
    /// last `append_and_project`, with the projection checkpoint they
    /// are current at (`take_member_cache`).
    member_cache: std::sync::Mutex<
        Option<(u64, crate::projection::chronology::MemberCache)>,
    >,
}

impl Store {
    /// Opens the database at `path`. `nonce` makes a new database's id unique
    /// (the caller passes the clock; the library reads none).
    pub fn open(
        path: &Path,
        mode: OpenMode,
        nonce: i64,
    ) -> Result<Store, StoreError> {
        let mut created = false;
        match fs::metadata(path) {
            Err(_) if mode == OpenMode::MustExist => {
                return Err(StoreError::NotFound { path: path.to_path_buf() });
            }
            Err(_) => {
                create(path, nonce)?;
                created = true;
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                    reason: "it is a file, not a folder".into(),
                });
            }
            Ok(_)
                if is_empty_dir(path) && mode == OpenMode::CreateIfMissing =>
            {
                create(path, nonce)?
            }
            Ok(_) => {}
        }
        let db_id = read_marker(path)?;
        let db = open_sled_after_create(path, created)?;
        Store::check_and_wrap(db, path, &db_id)
    }

    fn check_and_wrap(
        db: sled::Db,
        path: &Path,
        db_id: &str,
    ) -> Result<Store, StoreError> {
        let damaged = |detail: String| StoreError::Damaged {
            path: path.to_path_buf(),
            detail,
        };
        let meta = db.open_tree("meta").map_err(StoreError::from_sled)?;
        let stored_id = meta.get(META_ID).map_err(StoreError::from_sled)?;
        if stored_id.as_deref() != Some(db_id.as_bytes()) {
            return Err(damaged(
                "its identity record is missing or differs from its marker file \
                 (sled may have opened damaged files as empty)"
                    .into(),
            ));
        }
        let log = db.open_tree("log").map_err(StoreError::from_sled)?;
        let projection =
            db.open_tree("projection").map_err(StoreError::from_sled)?;
        let head = last_seq(&log)?;
        if let Some(first) = first_seq(&log)?
            && first != 1
        {
            return Err(damaged(format!(
                "the log starts at record {first}, not 1"
            )));
        }
        let acknowledged = read_head_file(path)?;
        if head < acknowledged {
            return Err(damaged(format!(
                "the log ends at record {head} but {acknowledged} records were \
                 acknowledged"
            )));
        }
        Ok(Store {
            db,
            log,
            projection,
            path: path.to_path_buf(),
            head,
            cache: std::sync::RwLock::new(None),
            db_id: db_id.to_string(),
            chronology_file_removed: AtomicBool::new(false),
            member_cache: std::sync::Mutex::new(None),
        })
    }

    /// The database folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The seq of the last record, 0 for an empty log.
    pub fn head(&self) -> u64 {
        self.head
    }

    /// Appends records as one atomic batch; returns them with their seqs.
    pub fn append(
        &mut self,
        records: Vec<Record>,
        recorded_at: i64,
    ) -> Result<Vec<Envelope>, StoreError> {
        let (batch, envelopes) = self.append_batch(records, recorded_at)?;
        self.log.apply_batch(batch).map_err(StoreError::from_sled)?;
        self.head = envelopes.last().map_or(self.head, |e| e.seq);
        Ok(envelopes)
    }

    /// `append`, with `during` run on this thread while another writes
    /// the batch to the log: `during` sees the records with their seqs
    /// and the store as it was (its head not yet moved; the log may or may
    /// not hold the batch yet). Returns once both are done, with what
    /// `during` returned; a failed append is the error, whatever `during`
    /// returned.
    ///
    /// # Errors
    /// Encoding or writing the batch failed.
    pub fn append_during<R>(
        &mut self,
        records: Vec<Record>,
        recorded_at: i64,
        during: impl FnOnce(&Store, &[Envelope]) -> R,
    ) -> Result<(Vec<Envelope>, R), StoreError> {
        let (batch, envelopes) = self.append_batch(records, recorded_at)?;
        let log = &self.log;
        let store = &*self;
        let (written, result) = std::thread::scope(|scope| {
            let writer = scope.spawn(move || log.apply_batch(batch));
            let result = during(store, &envelopes);
            let written = match writer.join() {
                Ok(written) => written,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            (written, result)
        });
        written.map_err(StoreError::from_sled)?;
        self.head = envelopes.last().map_or(self.head, |e| e.seq);
        Ok((envelopes, result))
    }

    /// The sled batch appending `records` after the head, and the records
    /// as envelopes.
    fn append_batch(
        &self,
        records: Vec<Record>,
        recorded_at: i64,
    ) -> Result<(sled::Batch, Vec<Envelope>), StoreError> {
        self.remove_chronology_file()?;
        let mut batch = sled::Batch::default();
        let mut envelopes = Vec::with_capacity(records.len());
        let mut seq = self.head;
        for record in records {
            seq += 1;
            let envelope = Envelope { seq, recorded_at, record };
            let bytes = envelope.encode()?;
            assert!(
                seq == self.head + envelopes.len() as u64 + 1,
                "seq {seq} is not next"
            );
            batch.insert(&keys::seq_key(seq), bytes);
            envelopes.push(envelope);
        }
        Ok((batch, envelopes))
    }

    /// Appends envelopes as they were recorded elsewhere (a restore), as one
    /// atomic batch; their seqs must continue the log without a gap.
    pub fn append_envelopes(
        &mut self,
        envelopes: &[Envelope],
    ) -> Result<(), StoreError> {
        self.remove_chronology_file()?;
        let mut batch = sled::Batch::default();
        let mut seq = self.head;
        for envelope in envelopes {
            seq += 1;
            if envelope.seq != seq {
                return Err(StoreError::Corruption {
                    seq,
                    detail: format!(
                        "expected record {seq}, got {}",
                        envelope.seq
                    ),
                });
            }
            batch.insert(&keys::seq_key(seq), envelope.encode()?);
        }
        self.log.apply_batch(batch).map_err(StoreError::from_sled)?;
        self.head = seq;
        Ok(())
    }

    /// Overwrites the stored bytes of record `seq` with a copy whose
    /// checksum no longer matches, as a flipped bit on disk would. For tests
    /// of damage detection only.
    #[doc(hidden)]
    pub fn damage_record_for_tests(&self, seq: u64) -> Result<(), StoreError> {
        self.remove_chronology_file()?;
        let key = keys::seq_key(seq);
        let bytes = self.log.get(key).map_err(StoreError::from_sled)?;
        let mut bytes = bytes.map(|b| b.to_vec()).unwrap_or_default();
        if let Some(byte) = bytes.get_mut(HEADER_PROBE_BYTE) {
            *byte ^= 0x01;
        }
        self.log.insert(key, bytes).map_err(StoreError::from_sled)?;
        Ok(())
    }

    /// Makes everything written so far durable, then records the high-water
    /// mark. Only after this returns may a command report success.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map_err(StoreError::from_sled)?;
        write_head_file(&self.path, self.head)
    }

    /// The record at `seq`.
    pub fn read(&self, seq: u64) -> Result<Envelope, StoreError> {
        let bytes =
            self.log.get(keys::seq_key(seq)).map_err(StoreError::from_sled)?;
        let bytes = bytes.ok_or(StoreError::Corruption {
            seq,
            detail: "the record is missing".into(),
        })?;
        decode_checked(seq, &bytes)
    }

    /// Records `from..=to`, in order, each checked.
    pub fn read_range(
        &self,
        from: u64,
        to: u64,
    ) -> Result<Vec<Envelope>, StoreError> {
        let mut out = Vec::new();
        let from = from.max(1);
        let range = self.log.range(keys::seq_key(from)..=keys::seq_key(to));
        // Records are read in runs and each run decoded by several
        // threads; the first failure in seq order is the one reported, as
        // reading them one by one would.
        let mut run: Vec<(u64, sled::IVec)> = Vec::new();
        let decode_run = |run: &mut Vec<(u64, sled::IVec)>,
                          out: &mut Vec<Envelope>|
         -> Result<(), StoreError> {
            let decoded = crate::parallel::map(run, |(seq, bytes)| {
                decode_checked(*seq, bytes)
            });
            run.clear();
            for envelope in decoded {
                out.push(envelope?);
            }
            Ok(())
        };
        for (expected, entry) in (from..).zip(range) {
            let checked = entry.map_err(StoreError::from_sled).and_then(
                |(key, bytes)| {
                    let seq = keys::seq_of_key(&key).ok_or(
                        StoreError::Corruption {
                            seq: expected,
                            detail: "a log key has the wrong width".into(),
                        },
                    )?;
                    if seq != expected {
                        return Err(StoreError::Corruption {
                            seq: expected,
                            detail: format!(
                                "the record is missing (next present is {seq})"
                            ),
                        });
                    }
                    Ok((seq, bytes))
                },
            );
            match checked {
                Ok(record) => run.push(record),
                Err(error) => {
                    // Records before it fail first, if any does.
                    decode_run(&mut run, &mut out)?;
                    return Err(error);
                }
            }
            if run.len() == READ_RUN_RECORDS {
                decode_run(&mut run, &mut out)?;
            }
        }
        decode_run(&mut run, &mut out)?;
        let missing = from + out.len() as u64;
        if from <= to && missing <= to {
            return Err(StoreError::Corruption {
                seq: missing,
                detail: "the record is missing".into(),
            });
        }
        Ok(out)
    }

    /// A view of the projection tree for staging writes.
    pub fn projection(&self) -> StagedKv<'_> {
        StagedKv {
            tree: &self.projection,
            writes: BTreeMap::new(),
            cache: &self.cache,
        }
    }

    /// Mirrors the projection entries under `prefix` in memory, so that
    /// staged views read and scan them without the tree (the projection's
    /// hot range scans cost a tree descent and a node copy each; a batch
    /// of ingest makes thousands). Loading reads every entry under the
    /// prefix once; commits keep the mirror current. A different prefix
    /// replaces the mirror.
    ///
    /// # Errors
    /// Reading the tree failed (nothing is cached then).
    pub fn cache_prefix(&self, prefix: &[u8]) -> Result<(), StoreError> {
        if self.cached_prefix().as_deref() == Some(prefix) {
            return Ok(());
        }
        let map: BTreeMap<Vec<u8>, Vec<u8>> = match kv::prefix_end(prefix) {
            Some(end) => kv::scan_tree(&self.projection, prefix, &end)?,
            None => kv::scan_tree(&self.projection, prefix, &[0xFF; 64])?,
        }
        .into_iter()
        .collect();
        *self.cache_slot() = Some(PrefixCache::new(prefix.to_vec(), map));
        Ok(())
    }

    /// The prefix mirrored in memory, if any.
    pub fn cached_prefix(&self) -> Option<Vec<u8>> {
        self.cache_read().as_ref().map(|cache| cache.prefix().to_vec())
    }

    fn cache_read(
        &self,
    ) -> std::sync::RwLockReadGuard<'_, Option<PrefixCache>> {
        self.cache.read().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn cache_slot(
        &self,
    ) -> std::sync::RwLockWriteGuard<'_, Option<PrefixCache>> {
        self.cache.write().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The decoded chronology state kept by `keep_member_cache`, if it is
    /// current at projection checkpoint `checkpoint` (nothing has changed
    /// the projection since); an empty one otherwise.
    pub fn take_member_cache(
        &self,
        checkpoint: u64,
    ) -> crate::projection::chronology::MemberCache {
        let mut slot = self
            .member_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match slot.take() {
            Some((at, cache)) if at == checkpoint => cache,
            _ => Default::default(),
        }
    }

    /// Keeps decoded chronology state current at projection checkpoint
    /// `checkpoint` for the next `take_member_cache`.
    pub fn keep_member_cache(
        &self,
        checkpoint: u64,
        cache: crate::projection::chronology::MemberCache,
    ) {
        *self
            .member_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((checkpoint, cache));
    }

    /// Commits staged projection writes as one atomic batch.
    pub fn commit(&self, staged: StagedKv<'_>) -> Result<(), StoreError> {
        self.commit_writes(staged.into_writes())
    }

    /// Commits the writes a `StagedKv` of this store staged
    /// (`StagedKv::into_writes`) as one atomic batch.
    pub fn commit_writes(
        &self,
        writes: kv::StagedWrites,
    ) -> Result<(), StoreError> {
        self.remove_chronology_file()?;
        let batch = self.physical_batch(&writes)?;
        let applied =
            self.projection.apply_batch(batch).map_err(StoreError::from_sled);
        let mut slot = self.cache_slot();
        match (&applied, slot.as_mut()) {
            (Ok(()), Some(cache)) => cache.apply(writes),
            // The tree may or may not hold the batch: forget the mirror.
            (Err(_), _) => *slot = None,
            (Ok(()), None) => {}
        }
        applied
    }

    /// The sled batch of logical projection writes: members merged into
    /// their groups (`packed`), each group read once and written once.
    fn physical_batch(
        &self,
        writes: &kv::StagedWrites,
    ) -> Result<sled::Batch, StoreError> {
        let mut batch = sled::Batch::default();
        let mut group: packed::GroupWrites<'_> = None;
        let close = |group: packed::GroupWrites<'_>,
                     batch: &mut sled::Batch|
         -> Result<(), StoreError> {
            let Some((key, members)) = group else { return Ok(()) };
            let current =
                self.projection.get(key).map_err(StoreError::from_sled)?;
            match packed::merge(key, current.as_deref(), &members)? {
                Some(value) => batch.insert(key, value),
                None if current.is_some() => batch.remove(key),
                None => {}
            }
            Ok(())
        };
        for (key, value) in writes {
            packed::check_logical(key)?;
            let Some((key_group, index)) = packed::split(key) else {
                close(group.take(), &mut batch)?;
                match value {
                    Some(value) => {
                        batch.insert(key.as_slice(), value.as_slice())
                    }
                    None => batch.remove(key.as_slice()),
                }
                continue;
            };
            if group.as_ref().is_none_or(|(open, _)| *open != key_group) {
                close(group.take(), &mut batch)?;
                group = Some((key_group, BTreeMap::new()));
            }
            if let Some((_, members)) = group.as_mut() {
                members.insert(index, value.as_deref());
            }
        }
        close(group.take(), &mut batch)?;
        Ok(batch)
    }

    /// Every projection entry, in key order (logical keys: members one
    /// by one).
    pub fn projection_entries(&self) -> Result<MemKv, StoreError> {
        let mut mem = MemKv::default();
        let mut out = Vec::new();
        for entry in self.projection.iter() {
            let (key, value) = entry.map_err(StoreError::from_sled)?;
            packed::expand_into(&key, &value, &mut out)?;
            mem.map.extend(out.drain(..));
        }
        Ok(mem)
    }

    /// Replaces the whole projection with `mem`, atomically.
    pub fn replace_projection(&self, mem: &MemKv) -> Result<(), StoreError> {
        self.remove_chronology_file()?;
        let physical: BTreeMap<Vec<u8>, Vec<u8>> = packed::pack_entries(
            mem.map.iter().map(|(k, v)| (k.as_slice(), v.as_slice())),
        )?
        .into_iter()
        .collect();
        let mut batch = sled::Batch::default();
        for entry in self.projection.iter() {
            let (key, _) = entry.map_err(StoreError::from_sled)?;
            if !physical.contains_key(key.as_ref()) {
                batch.remove(key);
            }
        }
        for (key, value) in physical {
            batch.insert(key, value);
        }
        *self.cache_slot() = None;
        *self
            .member_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        self.projection.apply_batch(batch).map_err(StoreError::from_sled)
    }

    /// Removes the chronology file, durably, so that no reader can take it
    /// for the state this process is about to change. Every method that
    /// changes the log or the projection calls this before its first
    /// write; a crash after it leaves no file, never a stale one.
    /// Returns whether a file was there.
    ///
    /// # Errors
    /// The file exists and cannot be removed, or the folder cannot be
    /// synced: the change must not go ahead.
    pub fn remove_chronology_file(&self) -> Result<bool, StoreError> {
        if self.chronology_file_removed.load(Ordering::Acquire) {
            return Ok(false);
        }
        let io = |error: std::io::Error| {
            StoreError::Io(format!("{}: {error}", self.path.display()))
        };
        let file = self.path.join(chronology_file::FILE_NAME);
        let removed = match fs::remove_file(&file) {
            Ok(()) => true,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => false,
            Err(error) => return Err(io(error)),
        };
        if removed {
            sync_dir(&self.path).map_err(io)?;
        }
        self.chronology_file_removed.store(true, Ordering::Release);
        Ok(removed)
    }

    /// Starts the chronology file for the current head: `push` every event
    /// of the projection, caught up to the head, in chronology order, with
    /// its independent sources, then `finish_chronology_file`. The file is
    /// written to a temporary file, synced and renamed into place. Returns
    /// `None` when the head is not the acknowledged one (`HEAD`), since
    /// readers would never use such a file.
    ///
    /// # Errors
    /// The temporary file cannot be created.
    pub fn begin_chronology_file(
        &self,
        rules: u32,
    ) -> Result<Option<ChronologyFileWriter>, StoreError> {
        if read_head_file(&self.path)? != self.head {
            return Ok(None);
        }
        let temporary =
            self.path.join(format!("{}.tmp", chronology_file::FILE_NAME));
        let file = fs::File::create(&temporary).map_err(|error| {
            StoreError::Io(format!("{}: {error}", temporary.display()))
        })?;
        let writer = ChronologyFileWriter {
            writer: Some(chronology_file::Writer::new(
                std::io::BufWriter::with_capacity(1 << 20, file),
            )?),
            temporary,
            head: self.head,
            rules,
        };
        Ok(Some(writer))
    }

    /// Completes a chronology file begun by `begin_chronology_file`:
    /// index, header, fsync, rename into place, fsync of the folder.
    ///
    /// # Errors
    /// Writing failed, or the store changed since the file was begun; no
    /// file is left behind then.
    pub fn finish_chronology_file(
        &self,
        mut file: ChronologyFileWriter,
    ) -> Result<(), StoreError> {
        let io = |error: std::io::Error| {
            StoreError::Io(format!("{}: {error}", self.path.display()))
        };
        let Some(writer) = file.writer.take() else {
            return Err(StoreError::Io("the file was finished".into()));
        };
        if file.head != self.head {
            return Err(StoreError::Io(
                "the store changed while the chronology file was written"
                    .into(),
            ));
        }
        let out = writer.finish(&self.expected(file.rules))?;
        let synced = out.into_inner().map_err(|e| io(e.into_error()))?;
        synced.sync_all().map_err(io)?;
        let target = self.path.join(chronology_file::FILE_NAME);
        // From here on a file may exist: the next change must remove it.
        self.chronology_file_removed.store(false, Ordering::Release);
        fs::rename(&file.temporary, &target).map_err(io)?;
        file.temporary = PathBuf::new();
        sync_dir(&self.path).map_err(io)
    }

    /// Every event of the chronology file, if it is present and describes
    /// this database at its acknowledged head (`verify` compares them with
    /// the projection).
    ///
    /// # Errors
    /// The file is missing, stale or damaged.
    pub fn read_chronology_file(
        &self,
        rules: u32,
    ) -> Result<Vec<FileRecord>, ChronologyFileError> {
        let head = read_head_file(&self.path).map_err(|error| {
            ChronologyFileError::Unverifiable(error.to_string())
        })?;
        let expected = chronology_file::Expected {
            head,
            db_id: &self.db_id,
            store_format: STORE_FORMAT,
            rules,
        };
        read_file_window(&self.path, &expected, Day(i32::MIN), Day(i32::MAX))
    }

    fn expected(&self, rules: u32) -> chronology_file::Expected<'_> {
        chronology_file::Expected {
            head: self.head,
            db_id: &self.db_id,
            store_format: STORE_FORMAT,
            rules,
        }
    }

    /// Visits the projection entries under `prefix` in key order, straight
    /// from the tree (staged writes and the in-memory mirror are not
    /// consulted: use it on a committed projection). One sequential pass
    /// costs far less than a get per key when most keys are read.
    ///
    /// # Errors
    /// Reading the tree failed, or `visit` failed.
    pub fn scan_projection(
        &self,
        prefix: &[u8],
        mut visit: impl FnMut(&[u8], &[u8]) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut members = Vec::new();
        for entry in self.projection.scan_prefix(prefix) {
            let (key, value) = entry.map_err(StoreError::from_sled)?;
            if packed::is_group(&key) {
                packed::expand_into(&key, &value, &mut members)?;
                for (key, value) in members.drain(..) {
                    visit(&key, &value)?;
                }
            } else {
                visit(&key, &value)?;
            }
        }
        Ok(())
    }

    /// Bytes the database occupies on disk, as sled reports.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        self.db.size_on_disk().map_err(StoreError::from_sled)
    }
}

/// A chronology file being written (`Store::begin_chronology_file`); its
/// temporary file is removed if it is dropped unfinished.
pub struct ChronologyFileWriter {
    writer: Option<chronology_file::Writer<std::io::BufWriter<fs::File>>>,
    temporary: PathBuf,
    head: u64,
    rules: u32,
}

impl ChronologyFileWriter {
    /// Appends one event (see `chronology_file::Writer::push`).
    ///
    /// # Errors
    /// The event is out of order or too large, or writing failed.
    pub fn push(&mut self, record: &FileRecord) -> Result<(), StoreError> {
        self.push_encoded(&EncodedRecord::of(record)?)
    }

    /// Appends one encoded event (see `chronology_file::Writer::push`).
    ///
    /// # Errors
    /// The event is out of order, or writing failed.
    pub fn push_encoded(
        &mut self,
        record: &EncodedRecord,
    ) -> Result<(), StoreError> {
        match &mut self.writer {
            Some(writer) => writer.push_encoded(record),
            None => Err(StoreError::Io("the file was finished".into())),
        }
    }
}

impl Drop for ChronologyFileWriter {
    fn drop(&mut self) {
        if !self.temporary.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.temporary);
        }
    }
}

/// The events of the chronology file in the database at `path` whose span
/// intersects `[from, to]`, in chronology order, without opening sled: the
/// file must carry the database's id (from its marker file) and its
/// acknowledged head (`HEAD`), and every byte read must pass its checksum.
///
/// # Errors
/// The file (or the database) is missing, or the file is stale, damaged or
/// of another format: the caller answers from the store instead.
pub fn read_chronology_window(
    path: &Path,
    rules: u32,
    from: Day,
    to: Day,
) -> Result<Vec<FileRecord>, ChronologyFileError> {
    let unverifiable = |error: StoreError| {
        ChronologyFileError::Unverifiable(error.to_string())
    };
    let db_id = read_marker(path).map_err(unverifiable)?;
    let head = read_head_file(path).map_err(unverifiable)?;
    let expected = chronology_file::Expected {
        head,
        db_id: &db_id,
        store_format: STORE_FORMAT,
        rules,
    };
    read_file_window(path, &expected, from, to)
}

fn read_file_window(
    path: &Path,
    expected: &chronology_file::Expected<'_>,
    from: Day,
    to: Day,
) -> Result<Vec<FileRecord>, ChronologyFileError> {
    let mut file = fs::File::open(path.join(chronology_file::FILE_NAME))?;
    let file_bytes = file.metadata()?.len();
    chronology_file::read_window(&mut file, file_bytes, expected, from, to)
}

fn decode_checked(seq: u64, bytes: &[u8]) -> Result<Envelope, StoreError> {
    let envelope = Envelope::decode(bytes).map_err(|error| {
        StoreError::Corruption { seq, detail: error.to_string() }
    })?;
    if envelope.seq != seq {
        return Err(StoreError::Corruption {
            seq,
            detail: format!("stored under {seq} but says {}", envelope.seq),
        });
    }
    Ok(envelope)
}

fn last_seq(log: &sled::Tree) -> Result<u64, StoreError> {
    match log.last().map_err(StoreError::from_sled)? {
        None => Ok(0),
        Some((key, _)) => {
            keys::seq_of_key(&key).ok_or(StoreError::Corruption {
                seq: 0,
                detail: "the last log key has the wrong width".into(),
            })
        }
    }
}

fn first_seq(log: &sled::Tree) -> Result<Option<u64>, StoreError> {
    match log.first().map_err(StoreError::from_sled)? {
        None => Ok(None),
        Some((key, _)) => Ok(keys::seq_of_key(&key)),
    }
}

fn is_empty_dir(path: &Path) -> bool {
    fs::read_dir(path)
        .map(|mut entries| entries.next().is_none())
        .unwrap_or(false)
}

/// Opens sled, retrying a held lock briefly. sled releases the file lock of
/// a dropped instance asynchronously (sled#1289), so the lock of an instance
/// this process just closed (the one that created the database, or one
/// before a reopen) can still be held for a moment. Another process holding
/// it still gets `InUse` within 200 ms.
fn open_sled_after_create(
    path: &Path,
    created: bool,
) -> Result<sled::Db, StoreError> {
    let attempts = if created { 100 } else { 10 };
    let mut outcome = open_sled(path);
    for _ in 1..attempts {
        if !matches!(outcome, Err(StoreError::InUse { .. })) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        outcome = open_sled(path);
    }
    outcome
}

/// sled panics on some damaged files; the panic becomes a typed error here.
fn open_sled(path: &Path) -> Result<sled::Db, StoreError> {
    remove_unfinished_snapshots(path).map_err(|error| {
        StoreError::Io(format!("{}: {error}", path.display()))
    })?;
    let config = sled::Config::new()
        .path(path)
        .cache_capacity(SLED_CACHE_BYTES)
        .flush_every_ms(None);
    let opened = catch_unwind(AssertUnwindSafe(|| config.open()));
    match opened {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(sled::Error::Io(error))) if is_lock_error(&error) => {
            Err(StoreError::InUse { path: path.to_path_buf() })
        }
        Ok(Err(error)) => Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: format!("the storage engine cannot open it: {error}"),
        }),
        Err(_) => Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: "the storage engine failed while reading its files".into(),
        }),
    }
}

/// sled 0.34.7 writes a snapshot to `snap.LSN.generating` and renames it
/// to `snap.LSN` once it is complete and synced, but when it opens it picks
/// the newest `snap.*` file without skipping `.generating` ones (it skips an
/// `.in___motion` suffix it no longer writes). A process killed while
/// writing a snapshot, which sled does on every open, so leaves a torn file
/// that makes every later open fail with "Read corrupted data at file
/// offset None" (the sled#1533 report). Such a file was never part of the
/// database: the log and any older, complete snapshot hold everything, and
/// the older snapshot is removed only after the rename. So it is removed
/// here, under sled's own lock on its `db` file, so that a snapshot another
/// process is writing is never touched; a database held by another process
/// is left alone and sled then reports it in use.
fn remove_unfinished_snapshots(path: &Path) -> std::io::Result<()> {
    let Ok(entries) = fs::read_dir(path) else {
        return Ok(());
    };
    let unfinished: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| {
            file.file_name().and_then(|name| name.to_str()).is_some_and(
                |name| {
                    name.starts_with("snap.") && name.ends_with(".generating")
                },
            )
        })
        .collect();
    if unfinished.is_empty() {
        return Ok(());
    }
    let Ok(engine_file) =
        fs::OpenOptions::new().read(true).open(path.join("db"))
    else {
        return Ok(());
    };
    if engine_file.try_lock().is_err() {
        return Ok(());
    }
    for file in &unfinished {
        fs::remove_file(file)?;
    }
    sync_dir(path)?;
    engine_file.unlock()
}

fn is_lock_error(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::WouldBlock
        || error.to_string().contains("could not acquire lock")
}

fn read_marker(path: &Path) -> Result<String, StoreError> {
    let marker = path.join(MARKER_FILE);
    let text =
        fs::read_to_string(&marker).map_err(|_| StoreError::NotADatabase {
            path: path.to_path_buf(),
            reason: format!("it has no readable {MARKER_FILE} file"),
        })?;
    let mut lines = text.lines();
    if lines.next() != Some(MARKER_FIRST_LINE) {
        return Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
            reason: format!("its {MARKER_FILE} file is not ours"),
        });
    }
    let mut format = None;
    let mut id = None;
    for line in lines {
        if let Some(value) = line.strip_prefix("format: ") {
            format = value.trim().parse::<u32>().ok();
        } else if let Some(value) = line.strip_prefix("id: ") {
            id = Some(value.trim().to_string());
        }
    }
    match (format, id) {
        (Some(STORE_FORMAT), Some(id)) => Ok(id),
        (Some(other), _) => Err(StoreError::UnsupportedFormat {
            path: path.to_path_buf(),
            format: other,
        }),
        _ => Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: format!("its {MARKER_FILE} file is incomplete"),
        }),
    }
}

/// Creates a database atomically: it is built in a hidden sibling folder and
/// renamed into place, so a crash leaves no database or a valid empty one.
fn create(path: &Path, nonce: i64) -> Result<(), StoreError> {
    let io = |error: std::io::Error| {
        StoreError::Io(format!("{}: {error}", path.display()))
    };
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.unwrap_or_else(|| "db".into());
    let staging =
        parent.join(format!(".{name}.creating-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(io)?;
    let db_id = database_id(path, nonce);
    {
        let db = open_sled(&staging)?;
        let meta = db.open_tree("meta").map_err(StoreError::from_sled)?;
        meta.insert(META_ID, db_id.as_bytes())
            .map_err(StoreError::from_sled)?;
        db.flush().map_err(StoreError::from_sled)?;
    }
    let marker =
        format!("{MARKER_FIRST_LINE}\nformat: {STORE_FORMAT}\nid: {db_id}\n");
    write_synced(&staging.join(MARKER_FILE), marker.as_bytes()).map_err(io)?;
    if let Err(error) = fs::rename(&staging, path) {
        let _ = fs::remove_dir_all(&staging);
        // Another process created the database first: use theirs.
        if path.join(MARKER_FILE).exists() {
            return Ok(());
        }
        return Err(io(error));
    }
    sync_dir(&parent).map_err(io)
}

fn database_id(path: &Path, nonce: i64) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(path.to_string_lossy().as_bytes());
    hasher.update(nonce.to_be_bytes());
    hasher.update(std::process::id().to_be_bytes());
    let digest = hasher.finalize();
    digest.iter().take(16).map(|byte| format!("{byte:02x}")).collect()
}

fn read_head_file(path: &Path) -> Result<u64, StoreError> {
    match fs::read_to_string(path.join(HEAD_FILE)) {
        Err(_) => Ok(0),
        Ok(text) => {
            text.trim().parse::<u64>().map_err(|_| StoreError::Damaged {
                path: path.to_path_buf(),
                detail: format!(
                    "its {HEAD_FILE} file does not hold a record number"
                ),
            })
        }
    }
}

fn write_head_file(path: &Path, head: u64) -> Result<(), StoreError> {
    let io = |error: std::io::Error| {
        StoreError::Io(format!("{}: {error}", path.display()))
    };
    let temporary = path.join(format!("{HEAD_FILE}.tmp"));
    write_synced(&temporary, format!("{head}\n").as_bytes()).map_err(io)?;
    fs::rename(&temporary, path.join(HEAD_FILE)).map_err(io)?;
    sync_dir(path).map_err(io)
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn sync_dir(path: &Path) -> std::io::Result<()> {
    fs::File::open(path)?.sync_all()
}
