//! A real store in a temp dir driven the way the CLI drives it, and the
//! model test: random command sequences (ingest, retract, rebuild, reopen,
//! crashes between append and projection) checked after every step against
//! an in-memory model (the records written and the set of live articles).
//!
//! `Db` mirrors `src/cli/commands/ingest.rs` (`store_article`),
//! `src/cli/commands/maintenance.rs` (`retract`, `rebuild`) and
//! `src/cli/settings.rs` (`catch_up`); keep them in step when those change.

use crate::support_gen::{Generated, Op, article_specs, build_all, model_ops};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;
use summit_timeline::domain::{Day, Event};
use summit_timeline::projection::{self, LogReader};
use summit_timeline::store::{
    Envelope, Kv, MemKv, OpenMode, Record, Store, StoreError,
};
use tempfile::TempDir;

/// The extractor version the generated observations claim.
const EXTRACTOR_VERSION: u32 = 7;
/// Record time of the first record; each command advances it by one.
const CLOCK_START: i64 = 1_750_000_000;

/// What an ingest did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Appended `ArticleAdded` and `ObservationsRecorded`.
    New,
    /// The article was live already: nothing written.
    Already,
    /// Appended `ArticleRestored`.
    Restored,
}

/// A database in its own temp dir, with the store open.
pub struct Db {
    _dir: TempDir,
    path: PathBuf,
    store: Option<Store>,
    clock: i64,
}

impl Db {
    /// A new, empty database.
    pub fn new() -> Db {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let store = Store::open(&path, OpenMode::CreateIfMissing, 1)
            .expect("create database");
        Db { _dir: dir, path, store: Some(store), clock: CLOCK_START }
    }

    /// A new database holding exactly `records` (each appended, projected
    /// and committed on its own, with its original record time).
    pub fn with_records(records: &[Envelope]) -> Db {
        let mut db = Db::new();
        for envelope in records {
            let written = db
                .store_mut()
                .append(vec![envelope.record.clone()], envelope.recorded_at)
                .expect("append");
            assert_eq!(written[0].seq, envelope.seq);
            db.project(&written);
        }
        db
    }

    /// The database folder.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The open store.
    pub fn store(&self) -> &Store {
        self.store.as_ref().expect("store is open")
    }

    fn store_mut(&mut self) -> &mut Store {
        self.store.as_mut().expect("store is open")
    }

    fn tick(&mut self) -> i64 {
        self.clock += 1;
        self.clock
    }

    /// The records `ingest` would append for this article (none when it is
    /// live already), as `store_article` decides.
    pub fn plan_ingest(&self, generated: &Generated) -> Vec<Record> {
        let existing =
            projection::article(&self.store().projection(), generated.id())
                .expect("read article view");
        match existing {
            Some(view) if view.live => Vec::new(),
            Some(view) => vec![Record::ArticleRestored { article_id: view.id }],
            None => vec![
                Record::ArticleAdded(generated.article.clone()),
                Record::ObservationsRecorded {
                    article_id: generated.id().to_string(),
                    extractor_version: EXTRACTOR_VERSION,
                    observations: generated.observations.clone(),
                },
            ],
        }
    }

    /// The record `retract` would append (none unless the article is live).
    pub fn plan_retract(&self, id: &str) -> Vec<Record> {
        let view = projection::article(&self.store().projection(), id)
            .expect("read article view");
        match view {
            Some(view) if view.live => {
                vec![Record::ArticleRetracted { article_id: id.to_string() }]
            }
            _ => Vec::new(),
        }
    }

    /// Appends records as one batch without projecting them.
    pub fn append(&mut self, records: Vec<Record>) -> Vec<Envelope> {
        if records.is_empty() {
            return Vec::new();
        }
        let now = self.tick();
        self.store_mut().append(records, now).expect("append")
    }

    /// Projects envelopes in one staged batch and commits it.
    fn project(&self, envelopes: &[Envelope]) {
        let store = self.store();
        let mut staged = store.projection();
        for envelope in envelopes {
            projection::apply(&mut staged, envelope, store).expect("apply");
        }
        store.commit(staged).expect("commit");
    }

    /// Appends, projects and commits, as every command does.
    pub fn run(&mut self, records: Vec<Record>) -> Vec<Envelope> {
        let envelopes = self.append(records);
        self.project(&envelopes);
        envelopes
    }

    /// `ingest` of one article.
    pub fn ingest(&mut self, generated: &Generated) -> Outcome {
        let records = self.plan_ingest(generated);
        let outcome = match records.first() {
            None => Outcome::Already,
            Some(Record::ArticleRestored { .. }) => Outcome::Restored,
            Some(_) => Outcome::New,
        };
        self.run(records);
        self.flush();
        outcome
    }

    /// `retract` of one article; whether anything was written.
    pub fn retract(&mut self, id: &str) -> bool {
        let records = self.plan_retract(id);
        let wrote = !records.is_empty();
        self.run(records);
        self.flush();
        wrote
    }

    /// `rebuild`: the projection replaced by one rebuilt from the log.
    pub fn rebuild(&mut self) {
        let mem = self.rebuilt();
        self.store().replace_projection(&mem).expect("replace projection");
        self.flush();
    }

    /// Makes everything durable and records the high-water mark.
    pub fn flush(&self) {
        self.store().flush().expect("flush");
    }

    /// Closes the store without flushing.
    pub fn close(&mut self) {
        drop(self.store.take());
    }

    /// Opens the store again (it must exist) without catching up.
    pub fn open_raw(&mut self) {
        assert!(self.store.is_none(), "close before opening");
        // sled's I/O threads can hold the file lock for a moment after the
        // `Db` is dropped, so a reopen in the same process may briefly see
        // the database as in use: retry for up to a second.
        let mut attempts = 0;
        let store = loop {
            match Store::open(&self.path, OpenMode::MustExist, 2) {
                Err(StoreError::InUse { .. }) if attempts < 200 => {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                other => break other.expect("reopen database"),
            }
        };
        if attempts > 0 && std::env::var_os("PROPS_REPORT_LOCK").is_some() {
            eprintln!("reopen: database in use for {attempts} attempts");
        }
        self.store = Some(store);
    }

    /// Opens the store as every command does: then catches up.
    pub fn open(&mut self) {
        self.open_raw();
        catch_up(self.store());
    }

    /// Flushes, closes and opens again.
    pub fn reopen(&mut self) {
        self.flush();
        self.close();
        self.open();
    }

    /// Every record of the log.
    pub fn log(&self) -> Vec<Envelope> {
        let store = self.store();
        store.read_range(1, store.head()).expect("read log")
    }

    /// The stored projection.
    pub fn entries(&self) -> MemKv {
        self.store().projection_entries().expect("projection entries")
    }

    /// The projection rebuilt in a fresh `MemKv` from the whole log.
    pub fn rebuilt(&self) -> MemKv {
        rebuild_from(&self.log(), self.store())
    }

    /// The whole chronology, as `between` with an unbounded window.
    pub fn chronology(&self) -> Vec<Event> {
        chronology(&self.store().projection())
    }

    /// Ids of the live articles, from the projection.
    pub fn live_articles(&self) -> BTreeSet<String> {
        live_articles(&self.store().projection())
    }
}

/// A replica of `catch_up` in `src/cli/settings.rs`: applies every record
/// the projection has not seen, as one batch.
pub fn catch_up(store: &Store) {
    let mut staged = store.projection();
    let applied = projection::checkpoint(&staged).expect("checkpoint");
    if applied >= store.head() {
        return;
    }
    for envelope in store.read_range(applied + 1, store.head()).expect("log") {
        projection::apply(&mut staged, &envelope, store).expect("apply");
    }
    store.commit(staged).expect("commit");
}

/// The projection of `records`, folded in order into a fresh `MemKv`.
pub fn rebuild_from(records: &[Envelope], log: &dyn LogReader) -> MemKv {
    let mut mem = MemKv::default();
    for envelope in records {
        projection::apply(&mut mem, envelope, log).expect("apply");
    }
    mem
}

/// A log held in memory, for projecting without a database.
pub struct VecLog(pub Vec<Envelope>);

impl LogReader for VecLog {
    fn record(&self, seq: u64) -> Result<Envelope, StoreError> {
        let found = seq.checked_sub(1).and_then(|i| self.0.get(i as usize));
        found.cloned().ok_or(StoreError::Corruption {
            seq,
            detail: "not in the in-memory log".into(),
        })
    }
}

/// The chronology of ingesting `pool` in order, projected in memory only.
pub fn chronology_in_memory(pool: &[Generated]) -> Vec<Event> {
    let mut log = Vec::new();
    for g in pool {
        for record in [
            Record::ArticleAdded(g.article.clone()),
            Record::ObservationsRecorded {
                article_id: g.id().to_string(),
                extractor_version: EXTRACTOR_VERSION,
                observations: g.observations.clone(),
            },
        ] {
            let seq = log.len() as u64 + 1;
            log.push(Envelope { seq, recorded_at: CLOCK_START, record });
        }
    }
    let log = VecLog(log);
    chronology(&rebuild_from(&log.0, &log))
}

/// Every event, as `between` over all of time returns them.
pub fn chronology<K: Kv + ?Sized>(kv: &K) -> Vec<Event> {
    projection::events_between(kv, Day(i32::MIN), Day(i32::MAX))
        .expect("events")
}

/// Every event stored, read through each `E` entry (no time index); the
/// sources come from the members it lists.
pub fn stored_events(kv: &MemKv) -> Vec<Event> {
    kv.map
        .keys()
        .filter(|key| key.first() == Some(&b'E'))
        .map(|key| {
            let id = String::from_utf8_lossy(&key[1..]).into_owned();
            projection::load_event(kv, &id)
                .unwrap_or_else(|error| panic!("event {id}: {error}"))
                .unwrap_or_else(|| panic!("event {id} vanished"))
        })
        .collect()
}

/// Ids of the live articles in a projection.
pub fn live_articles<K: Kv + ?Sized>(kv: &K) -> BTreeSet<String> {
    projection::articles(kv)
        .expect("articles")
        .into_iter()
        .filter(|view| view.live)
        .map(|view| view.id)
        .collect()
}

/// The keys on which two projections differ, for failure messages.
pub fn diff(a: &MemKv, b: &MemKv) -> Vec<String> {
    let keys: BTreeSet<&Vec<u8>> = a.map.keys().chain(b.map.keys()).collect();
    keys.into_iter()
        .filter(|key| a.map.get(*key) != b.map.get(*key))
        .map(|key| String::from_utf8_lossy(key).into_owned())
        .collect()
}

/// What the model knows: every record written, in order.
#[derive(Default)]
struct Model {
    records: Vec<Record>,
}

impl Model {
    /// Live articles according to the records alone.
    fn live(&self) -> BTreeSet<String> {
        let mut live = BTreeSet::new();
        for record in &self.records {
            match record {
                Record::ArticleAdded(article) => {
                    live.insert(article.id.clone());
                }
                Record::ArticleRestored { article_id } => {
                    live.insert(article_id.clone());
                }
                Record::ArticleRetracted { article_id } => {
                    live.remove(article_id);
                }
                Record::ObservationsRecorded { .. } => {}
            }
        }
        live
    }

    fn stored(&self, id: &str) -> bool {
        self.records
            .iter()
            .any(|r| matches!(r, Record::ArticleAdded(a) if a.id == id))
    }

    /// The records an ingest of `g` appends, decided from the model only.
    fn ingest(&self, g: &Generated) -> Vec<Record> {
        if self.live().contains(g.id()) {
            Vec::new()
        } else if self.stored(g.id()) {
            vec![Record::ArticleRestored { article_id: g.id().to_string() }]
        } else {
            vec![
                Record::ArticleAdded(g.article.clone()),
                Record::ObservationsRecorded {
                    article_id: g.id().to_string(),
                    extractor_version: EXTRACTOR_VERSION,
                    observations: g.observations.clone(),
                },
            ]
        }
    }

    fn retract(&self, id: &str) -> Vec<Record> {
        if self.live().contains(id) {
            vec![Record::ArticleRetracted { article_id: id.to_string() }]
        } else {
            Vec::new()
        }
    }
}

/// Drops the store without flushing, opens it as a command would (catching
/// up), appends `records` without projecting them, and drops it again: a
/// crash between the log append and the projection commit. The store is
/// then opened again through the normal path, which must catch up.
fn crash_after_append(
    db: &mut Db,
    plan: impl FnOnce(&Db) -> Vec<Record>,
) -> Vec<Record> {
    db.close();
    db.open();
    let records = plan(db);
    db.append(records.clone());
    db.close();
    db.open();
    records
}

/// Checks the store against the model; returns a description of the first
/// difference.
fn check(db: &Db, model: &Model, step: usize, op: &Op) {
    let log: Vec<Record> = db.log().into_iter().map(|e| e.record).collect();
    assert_eq!(
        db.store().head(),
        model.records.len() as u64,
        "head, {step} {op:?}"
    );
    assert!(log == model.records, "log differs from model after {step} {op:?}");
    assert_eq!(
        db.live_articles(),
        model.live(),
        "live articles after {step} {op:?}"
    );
    let stored = db.entries();
    let rebuilt = db.rebuilt();
    assert!(
        stored == rebuilt,
        "projection differs from rebuild after {step} {op:?} at {:?}",
        diff(&stored, &rebuilt)
    );
    assert_eq!(
        projection::checkpoint(&stored).expect("checkpoint"),
        db.store().head(),
        "checkpoint after {step} {op:?}"
    );
}

/// Runs ops against a fresh database and the model, checking after each.
fn run_model(pool: &[Generated], ops: &[Op]) {
    let mut db = Db::new();
    let mut model = Model::default();
    let pick = |i: usize| &pool[i % pool.len()];
    for (step, op) in ops.iter().enumerate() {
        match op {
            Op::Ingest(i) => {
                let expected = model.ingest(pick(*i));
                let outcome = db.ingest(pick(*i));
                assert_eq!(
                    outcome == Outcome::Already,
                    expected.is_empty(),
                    "ingest outcome at {step}"
                );
                model.records.extend(expected);
            }
            Op::Retract(i) => {
                let expected = model.retract(pick(*i).id());
                let wrote = db.retract(pick(*i).id());
                assert_eq!(wrote, !expected.is_empty(), "retract at {step}");
                model.records.extend(expected);
            }
            Op::Rebuild => db.rebuild(),
            Op::Reopen => db.reopen(),
            Op::CrashIngest(i) => {
                let expected = model.ingest(pick(*i));
                let written =
                    crash_after_append(&mut db, |db| db.plan_ingest(pick(*i)));
                assert!(written == expected, "crash ingest plan at {step}");
                model.records.extend(expected);
            }
            Op::CrashRetract(i) => {
                let id = pick(*i).id().to_string();
                let expected = model.retract(&id);
                let written =
                    crash_after_append(&mut db, |db| db.plan_retract(&id));
                assert!(written == expected, "crash retract plan at {step}");
                model.records.extend(expected);
            }
        }
        check(&db, &model, step, op);
    }
}

proptest! {
    /// DESIGN invariants 1 and 8 over command sequences: after every
    /// command, reopen or crash, the log is what the model wrote, the live
    /// articles are the model's, and the projection equals a rebuild.
    #[test]
    fn prop_store_matches_model(
        specs in article_specs(1, 4),
        ops in model_ops(14),
    ) {
        run_model(&build_all(&specs), &ops);
    }
}

/// Stages `ops` on the store's projection and in `model`, then commits.
fn stage_both(
    store: &Store,
    model: &mut MemKv,
    ops: &[(&[u8], Option<&[u8]>)],
) {
    let mut staged = store.projection();
    for (key, value) in ops {
        match value {
            Some(value) => {
                staged.put(key.to_vec(), value.to_vec());
                model.put(key.to_vec(), value.to_vec());
            }
            None => {
                staged.delete(key.to_vec());
                model.delete(key.to_vec());
            }
        }
    }
    store.commit(staged).expect("commit");
}

/// A prefix mirrored in memory (`Store::cache_prefix`, as ingest mirrors
/// the time index) reads as the tree does: gets and scans inside, across
/// and outside the prefix, before and after commits, with staged writes
/// over it.
#[test]
fn a_mirrored_prefix_reads_as_the_tree_does() {
    let dir = TempDir::new().expect("temp dir");
    let store =
        Store::open(&dir.path().join("db"), OpenMode::CreateIfMissing, 1)
            .expect("store");
    let mut model = MemKv::default();
    stage_both(
        &store,
        &mut model,
        &[
            (b"A1", Some(b"a1")),
            (b"T1", Some(b"t1")),
            (b"T2", Some(b"t2")),
            (b"T3", Some(b"t3")),
            (b"U1", Some(b"u1")),
        ],
    );
    store.cache_prefix(b"T").expect("mirror");
    assert_eq!(store.cached_prefix().as_deref(), Some(&b"T"[..]));
    stage_both(
        &store,
        &mut model,
        &[
            (b"T4", Some(b"t4")),
            (b"T2", None),
            (b"A2", Some(b"a2")),
            (b"T3", Some(b"t3'")),
        ],
    );
    let mut staged = store.projection();
    let mut expected = model.clone();
    for (key, value) in
        [(&b"T5"[..], Some(&b"t5"[..])), (b"T1", None), (b"B1", Some(b"b1"))]
    {
        match value {
            Some(value) => {
                staged.put(key.to_vec(), value.to_vec());
                expected.put(key.to_vec(), value.to_vec());
            }
            None => {
                staged.delete(key.to_vec());
                expected.delete(key.to_vec());
            }
        }
    }
    let ranges: [(&[u8], &[u8]); 6] = [
        (b"T", b"U"),
        (b"T2", b"T5"),
        (b"T3", b"T3\xff"),
        (b"A", b"Z"),
        (b"", b"\xff"),
        (b"U", b"V"),
    ];
    for (from, to) in ranges {
        assert_eq!(
            staged.scan(from, to).expect("scan"),
            expected.scan(from, to).expect("scan"),
            "scan {from:?}..{to:?}"
        );
    }
    for key in
        [&b"T1"[..], b"T2", b"T3", b"T4", b"T5", b"T9", b"A2", b"B1", b"U1"]
    {
        assert_eq!(
            staged.get(key).expect("get"),
            expected.get(key).expect("get"),
            "{key:?}"
        );
    }
    store.commit(staged).expect("commit");
    assert_eq!(store.projection_entries().expect("entries"), expected);
    let fresh = store.projection();
    assert_eq!(
        fresh.scan(b"T", b"U").expect("scan"),
        expected.scan(b"T", b"U").expect("scan")
    );
}

/// A logical member key (`projection::keys::member`): the view store
/// format 5 packs per article.
fn member_key(article: u8, index: u32) -> Vec<u8> {
    projection::keys::member(&format!("a{article}"), index)
}

/// One staged write of `packed_members_read_as_written`: a member of one of
/// three articles (indexes chosen so some end in a zero byte), or a key of
/// another view around them.
fn packed_op() -> impl Strategy<Value = (Vec<u8>, Option<Vec<u8>>)> {
    let key = prop_oneof![
        4 => (0u8..3, prop::sample::select(vec![0u32, 1, 2, 255, 256, 512]))
            .prop_map(|(article, index)| member_key(article, index)),
        1 => prop::sample::select(vec![
            b"A1".to_vec(),
            b"N".to_vec(),
            b"P".to_vec(),
        ]),
    ];
    let value =
        prop::option::weighted(0.75, prop::collection::vec(any::<u8>(), 0..6));
    (key, value)
}

proptest! {
    /// Store format 5 keeps an article's members under one sled key, but
    /// the projection reads and writes them one by one: after any
    /// sequence of staged batches, every get, scan (including ones that
    /// start or end inside an article's members) and the whole projection
    /// read as a plain map given the same writes, before and after each
    /// commit, and after `replace_projection`.
    #[test]
    fn packed_members_read_as_written(
        batches in prop::collection::vec(
            prop::collection::vec(packed_op(), 0..12), 1..5),
    ) {
        let dir = TempDir::new().expect("temp dir");
        let store =
            Store::open(&dir.path().join("db"), OpenMode::CreateIfMissing, 1)
                .expect("store");
        let mut model = MemKv::default();
        let mut probes: Vec<Vec<u8>> = vec![b"A".to_vec(), b"O".to_vec()];
        for article in 0..3 {
            probes.push(projection::keys::member_prefix(&format!("a{article}")));
            for index in [0u32, 1, 2, 3, 255, 256, 512] {
                probes.push(member_key(article, index));
            }
        }
        for batch in &batches {
            let committed = model.clone();
            let mut staged = store.projection();
            for (key, value) in batch {
                match value {
                    Some(value) => {
                        staged.put(key.clone(), value.clone());
                        model.put(key.clone(), value.clone());
                    }
                    None => {
                        staged.delete(key.clone());
                        model.delete(key.clone());
                    }
                }
            }
            let fresh = store.projection();
            for (views, expected) in [(&staged, &model), (&fresh, &committed)] {
                for key in &probes {
                    prop_assert_eq!(views.get(key).expect("get"), expected.get(key).expect("get"));
                }
                for from in &probes {
                    for to in &probes {
                        prop_assert_eq!(
                            views.scan(from, to).expect("scan"),
                            expected.scan(from, to).expect("scan"),
                            "scan {:?}..{:?}", from, to
                        );
                    }
                }
            }
            store.commit(staged).expect("commit");
            prop_assert_eq!(&store.projection_entries().expect("entries"), &model);
        }
        store.replace_projection(&MemKv::default()).expect("replace");
        prop_assert_eq!(store.projection_entries().expect("entries"), MemKv::default());
        store.replace_projection(&model).expect("replace");
        prop_assert_eq!(&store.projection_entries().expect("entries"), &model);
        let fresh = store.projection();
        for from in &probes {
            for to in &probes {
                prop_assert_eq!(
                    fresh.scan(from, to).expect("scan"),
                    model.scan(from, to).expect("scan")
                );
            }
        }
    }
}
