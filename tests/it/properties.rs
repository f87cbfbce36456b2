//! Property tests of the store and projections: DESIGN.md invariants 1–7
//! and 9, over records generated directly (never through extraction) and a
//! real sled database in a temp dir per case.
//!
//! Covered here: rebuild equals incremental, ingest order independence,
//! chronology depends only on the live set, idempotent ingest, as-of equals
//! a prefix database, retraction and restoration, range query equals a
//! naive filter, provenance, event count and source partition, indexes
//! agree with events, reopen, envelope codec, `day_key` order and day
//! display/parse, the chronology file answers as the store does; plus a check that the generators make consolidation work. The
//! model test of command sequences with reopen and crashes (invariants 1
//! and 8) is in `store_model.rs`; the generators are in `support_gen.rs`.
//!
//! Where new properties belong: a law about the store, projections or
//! queries goes here as `fn prop_<law>` in a `proptest!` block, built on
//! `store_model::Db` (which mirrors what the CLI commands do); a new kind of
//! command goes into `support_gen::Op` and `store_model::run_model`; a new
//! generator goes into `support_gen.rs`. Never set `cases` in a config:
//! `PROPTEST_CASES` decides. Keep each case cheap (a few articles, a few
//! observations). Commit what proptest writes to `proptest-regressions/`.

use crate::store_model::{
    Db, Outcome, VecLog, chronology, chronology_in_memory, diff, rebuild_from,
    stored_events,
};
use crate::support_gen::{
    ArticleSpec, Generated, Op, article_spec, article_specs, build_all,
    command_ops, envelope, query,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::collections::{BTreeMap, BTreeSet};
use summit_timeline::domain::{Day, Event, EventKind};
use summit_timeline::projection::{self, chronology, keys};
use summit_timeline::query::{self, Query, QueryError, actor_matches};
use summit_timeline::store::envelope::{FORMAT_VERSION, MAGIC};
use summit_timeline::store::keys::{day_key, day_of_key};
use summit_timeline::store::{Envelope, Record};

/// Runs ingest and retract commands over a pool of articles.
fn apply_ops(db: &mut Db, pool: &[Generated], ops: &[Op]) {
    for op in ops {
        match op {
            Op::Ingest(i) => {
                db.ingest(&pool[i % pool.len()]);
            }
            Op::Retract(i) => {
                db.retract(pool[i % pool.len()].id());
            }
            other => panic!("not a command op: {other:?}"),
        }
    }
}

/// A database after `ops`, with every article ingested first when `all`.
fn database(pool: &[Generated], all: bool, ops: &[Op]) -> Db {
    let mut db = Db::new();
    if all {
        for generated in pool {
            db.ingest(generated);
        }
    }
    apply_ops(&mut db, pool, ops);
    db
}

/// The query filters, written out naively.
fn keeps(query: &Query, event: &Event) -> bool {
    let articles: BTreeSet<&str> =
        event.sources.iter().map(|s| s.article.as_str()).collect();
    (query.kinds.is_empty() || query.kinds.contains(&event.kind))
        && (query.statuses.is_empty() || query.statuses.contains(&event.status))
        && (query.actors.is_empty()
            || query.actors.iter().any(|wanted| {
                event.actors.iter().any(|actor| actor_matches(actor, wanted))
            }))
        && (query.articles.is_empty()
            || query.articles.iter().any(|a| articles.contains(a.as_str())))
        && articles.len() >= query.min_sources
}

/// Every observation of every live article, keyed as sources are:
/// (article, span start, span end, rule), with how often each occurs.
fn live_observation_keys(
    pool: &[Generated],
    live: &BTreeSet<String>,
) -> BTreeMap<(String, u32, u32, String), usize> {
    let mut keys = BTreeMap::new();
    for generated in pool.iter().filter(|g| live.contains(g.id())) {
        for o in &generated.observations {
            let key = (
                generated.id().to_string(),
                o.span.start,
                o.span.end,
                o.rule.clone(),
            );
            *keys.entry(key).or_insert(0) += 1;
        }
    }
    keys
}

/// Sources of a chronology, keyed as `live_observation_keys`.
fn source_keys(
    events: &[Event],
) -> BTreeMap<(String, u32, u32, String), usize> {
    let mut keys = BTreeMap::new();
    for event in events {
        for s in &event.sources {
            let key =
                (s.article.clone(), s.span.start, s.span.end, s.rule.clone());
            *keys.entry(key).or_insert(0) += 1;
        }
    }
    keys
}

/// Checks that the chronology's sources are exactly the live observations,
/// each cited by exactly one event, and that the event count, the stored
/// events and the chronology agree.
fn check_partition(db: &Db, pool: &[Generated]) -> Result<(), TestCaseError> {
    let events = db.chronology();
    let stored = stored_events(&db.entries());
    let count =
        projection::event_count(&db.store().projection()).expect("event count");
    let mut ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    ids.dedup();
    prop_assert_eq!(ids.len(), events.len(), "duplicate event ids");
    prop_assert_eq!(
        count as usize,
        events.len(),
        "event count {} but {} events in the chronology",
        count,
        events.len()
    );
    prop_assert_eq!(stored.len(), events.len(), "stored events vs chronology");
    prop_assert_eq!(
        source_keys(&events),
        live_observation_keys(pool, &db.live_articles()),
        "sources are not the live observations"
    );
    Ok(())
}

proptest! {
    /// Invariant 1: after any ingest/retract/restore sequence the stored
    /// projection equals one rebuilt from the log in a fresh `MemKv`.
    #[test]
    fn prop_rebuild_equals_incremental(
        specs in article_specs(1, 4),
        ops in command_ops(10),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, false, &ops);
        let stored = db.entries();
        let rebuilt = db.rebuilt();
        prop_assert!(
            stored == rebuilt,
            "differs at {:?}",
            diff(&stored, &rebuilt)
        );
    }

    /// Invariant 2: the chronology depends on the set of articles, not on
    /// the order they were ingested in.
    #[test]
    fn prop_order_independence(
        (specs, first, second) in article_specs(1, 5).prop_flat_map(|specs| {
            let order: Vec<usize> = (0..specs.len()).collect();
            (
                Just(specs),
                Just(order.clone()).prop_shuffle(),
                Just(order).prop_shuffle(),
            )
        }),
    ) {
        let pool = build_all(&specs);
        let ingest_in = |order: &[usize]| {
            let mut db = Db::new();
            for &i in order {
                db.ingest(&pool[i]);
            }
            db.chronology()
        };
        let a = ingest_in(&first);
        let b = ingest_in(&second);
        prop_assert_eq!(a, b, "orders {:?} and {:?}", first, second);
    }

    /// Invariant 3: ingesting an article that is live changes nothing.
    #[test]
    fn prop_idempotent_ingest(
        specs in article_specs(1, 4),
        ops in command_ops(8),
        again in any::<Index>(),
    ) {
        let pool = build_all(&specs);
        let mut db = database(&pool, false, &ops);
        let article = again.get(&pool);
        db.ingest(article);
        let head = db.store().head();
        let entries = db.entries();
        prop_assert_eq!(db.ingest(article), Outcome::Already);
        prop_assert_eq!(db.store().head(), head);
        prop_assert!(db.entries() == entries, "projection changed");
    }

    /// Invariant 4: the projection as of record k equals the projection of
    /// a fresh database that received only records 1..=k, and so do query
    /// answers.
    #[test]
    fn prop_as_of_equals_prefix(
        specs in article_specs(1, 4),
        ops in command_ops(10),
        at in any::<Index>(),
        window in query(),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &ops);
        let log = db.log();
        let k = at.index(log.len() + 1);
        let as_of = query::projection_as_of(
            db.store(),
            log.iter().cloned().map(Ok),
            k as u64,
        )
        .expect("as of");
        let fresh = Db::with_records(&log[..k]);
        let prefix = fresh.entries();
        prop_assert!(
            as_of == prefix,
            "as of {} differs at {:?}",
            k,
            diff(&as_of, &prefix)
        );
        let mut window = window;
        if window.to < window.from {
            std::mem::swap(&mut window.from, &mut window.to);
        }
        let answer = query::run(&as_of, &window).expect("query as of");
        let fresh_answer = query::run(&fresh.store().projection(), &window)
            .expect("query prefix");
        prop_assert_eq!(answer, fresh_answer);
    }

    /// Invariant 5: ingesting an article among others and then retracting
    /// it leaves the chronology as if it never came; as of the record
    /// before the retraction it is still cited, once per observation.
    #[test]
    fn prop_retraction_erases(
        specs in article_specs(0, 3),
        extra in article_spec(4),
        position in any::<Index>(),
    ) {
        let mut all: Vec<ArticleSpec> = specs.clone();
        all.push(extra);
        let pool = build_all(&all);
        let (others, a) = pool.split_at(pool.len() - 1);
        let a = &a[0];
        let at = position.index(others.len() + 1);
        let mut with = Db::new();
        for (i, generated) in others.iter().enumerate() {
            if i == at {
                with.ingest(a);
            }
            with.ingest(generated);
        }
        if at == others.len() {
            with.ingest(a);
        }
        let before = with.store().head();
        prop_assert!(with.retract(a.id()));
        let mut without = Db::new();
        for generated in others {
            without.ingest(generated);
        }
        prop_assert_eq!(with.chronology(), without.chronology());

        let log = with.log();
        let then = query::projection_as_of(
            with.store(),
            log.iter().cloned().map(Ok),
            before,
        )
        .expect("as of");
        let cited: BTreeMap<_, _> = source_keys(&chronology(&then))
            .into_iter()
            .filter(|((article, ..), _)| article == a.id())
            .collect();
        let live: BTreeSet<String> = [a.id().to_string()].into();
        let expected = live_observation_keys(std::slice::from_ref(a), &live);
        prop_assert_eq!(cited, expected);
    }

    /// Retracting and then re-ingesting (restoring) an article gives the
    /// chronology of never having retracted it.
    #[test]
    fn prop_restore_equals_never_retracted(
        specs in article_specs(1, 4),
        which in any::<Index>(),
    ) {
        let pool = build_all(&specs);
        let a = which.get(&pool);
        let mut db = database(&pool, true, &[]);
        let expected = db.chronology();
        prop_assert!(db.retract(a.id()));
        prop_assert_eq!(db.ingest(a), Outcome::Restored);
        prop_assert_eq!(db.chronology(), expected);
    }

    /// Invariant 6: `query::run` equals filtering every stored event by
    /// intersection with the window and by the filters, in chronology
    /// order, over the live sled projection and over a `MemKv` copy; a
    /// reversed window is an error.
    #[test]
    fn prop_range_equals_naive_filter(
        specs in article_specs(1, 4),
        ops in command_ops(6),
        queries in proptest::collection::vec(query(), 1..=4),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &ops);
        let mem = db.entries();
        let mut all = stored_events(&mem);
        all.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        for q in &queries {
            let on_sled = query::run(&db.store().projection(), q);
            let in_memory = query::run(&mem, q);
            if q.to < q.from {
                prop_assert!(
                    matches!(on_sled, Err(QueryError::ReversedRange { .. })),
                    "reversed window accepted"
                );
                prop_assert!(
                    matches!(in_memory, Err(QueryError::ReversedRange { .. })),
                    "reversed window accepted"
                );
                continue;
            }
            let expected: Vec<Event> = all
                .iter()
                .filter(|e| e.when.intersects(q.from, q.to) && keeps(q, e))
                .cloned()
                .collect();
            let on_sled = on_sled.expect("query");
            let in_memory = in_memory.expect("query");
            prop_assert_eq!(&on_sled, &expected, "query {:?}", q);
            prop_assert_eq!(&in_memory, &expected, "query {:?}", q);
        }
    }

    /// The chronology file never answers differently from the store: after
    /// any ingest/retract sequence, with the file written at random points,
    /// a query it answers gives the store's events and independent sources,
    /// and right after it is written it answers every query.
    #[test]
    fn prop_chronology_file_answers_as_the_store(
        specs in article_specs(1, 5),
        steps in proptest::collection::vec(
            (command_ops(2), any::<bool>()),
            1..=5,
        ),
        queries in proptest::collection::vec(query(), 1..=4),
    ) {
        let pool = build_all(&specs);
        let mut db = Db::new();
        for (ops, write_file) in &steps {
            apply_ops(&mut db, &pool, ops);
            if *write_file {
                let wrote = query::refresh_chronology_file(db.store())
                    .expect("write the chronology file");
                prop_assert!(wrote, "no file at an acknowledged head");
            }
            for q in &queries {
                let mut q = q.clone();
                if q.to < q.from {
                    std::mem::swap(&mut q.from, &mut q.to);
                }
                let kv = db.store().projection();
                let events = query::run(&kv, &q).expect("query");
                let independent =
                    query::independent_counts(&kv, &events).expect("counts");
                match query::run_on_chronology_file(db.path(), &q) {
                    Ok(answer) => {
                        prop_assert_eq!(answer, (events, independent), "{:?}", q)
                    }
                    Err(error) => prop_assert!(
                        !*write_file,
                        "a file just written was not used: {}",
                        error
                    ),
                }
            }
        }
    }

    /// A chronology file with one byte changed, or cut short, is refused
    /// or answers exactly as the intact file: every byte is under a
    /// checksum, and one changed byte always changes a CRC-32.
    #[test]
    fn prop_damaged_chronology_file_never_answers_wrongly(
        specs in article_specs(1, 4),
        queries in proptest::collection::vec(query(), 1..=3),
        at in any::<Index>(),
        flip in 1u8..=255,
        cut in any::<bool>(),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &[]);
        prop_assert!(
            query::refresh_chronology_file(db.store()).expect("write")
        );
        let path = db.path().join("CHRONOLOGY");
        let good = std::fs::read(&path).expect("file");
        let mut intact = Vec::new();
        for q in &queries {
            intact.push(query::run_on_chronology_file(db.path(), q).ok());
        }
        let mut bad = good.clone();
        let at = at.index(bad.len());
        if cut {
            bad.truncate(at);
        } else {
            bad[at] ^= flip;
        }
        std::fs::write(&path, &bad).expect("damage");
        for (q, intact) in queries.iter().zip(intact) {
            if let Ok(answer) = query::run_on_chronology_file(db.path(), q) {
                prop_assert_eq!(Some(answer), intact, "{:?}", q);
            }
        }
    }

    /// Invariant 7: every source's evidence is exactly the article text at
    /// its span, and names the article's file and publication date.
    #[test]
    fn prop_provenance(
        specs in article_specs(1, 4),
        ops in command_ops(6),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &ops);
        let by_id: BTreeMap<&str, &Generated> =
            pool.iter().map(|g| (g.id(), g)).collect();
        for event in stored_events(&db.entries()) {
            for source in &event.sources {
                let article = &by_id[source.article.as_str()].article;
                let at = article
                    .text
                    .get(source.span.start as usize..source.span.end as usize);
                prop_assert_eq!(at, Some(source.evidence.as_str()));
                prop_assert_eq!(&source.file, &article.file);
                prop_assert_eq!(source.published, article.info.published_at);
            }
        }
    }

    /// Every live observation is cited by exactly one event, retracted
    /// ones by none; the event count equals the number of events.
    #[test]
    fn prop_sources_partition_live_observations(
        specs in article_specs(1, 4),
        ops in command_ops(8),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &ops);
        check_partition(&db, &pool)?;
    }

    /// As above, for an article with two observations of the same passage
    /// by the same rule that describe different happenings (one sentence
    /// can report a meeting and a call): each must still be its own event.
    #[test]
    fn prop_sources_partition_with_repeated_span_and_rule(
        spec in article_spec(3),
        day_apart in 1i32..400,
    ) {
        let mut generated = build_all(&[spec]).remove(0);
        let Some(first) = generated.observations.first().cloned() else {
            return Ok(());
        };
        let mut second = first.clone();
        second.kind = if first.kind == EventKind::Call {
            EventKind::Meeting
        } else {
            EventKind::Call
        };
        if let Some(start) = second.when.start {
            second.when.start = Some(start.plus(day_apart));
        }
        generated.observations.push(second);
        let pool = vec![generated];
        let mut db = Db::new();
        db.ingest(&pool[0]);
        check_partition(&db, &pool)?;
    }

    /// Invariant 9: envelopes round-trip through their encoding.
    #[test]
    fn prop_codec_round_trip(envelope in envelope()) {
        let bytes = envelope.encode().expect("encode");
        prop_assert_eq!(Envelope::decode(&bytes), Ok(envelope));
    }

    /// Invariant 9: one changed byte, a truncation or an extension of a
    /// valid encoding is always an error (the CRC catches it).
    #[test]
    fn prop_decode_damaged_encoding_is_error(
        envelope in envelope(),
        at in any::<Index>(),
        flip in 1u8..=255,
        keep in any::<Index>(),
        tail in proptest::collection::vec(any::<u8>(), 1..8),
    ) {
        let bytes = envelope.encode().expect("encode");
        let mut flipped = bytes.clone();
        flipped[at.index(bytes.len())] ^= flip;
        prop_assert!(Envelope::decode(&flipped).is_err(), "flip accepted");
        let truncated = &bytes[..keep.index(bytes.len())];
        prop_assert!(Envelope::decode(truncated).is_err(), "cut accepted");
        let mut extended = bytes;
        extended.extend_from_slice(&tail);
        prop_assert!(Envelope::decode(&extended).is_err(), "tail accepted");
    }

    /// Invariant 9: arbitrary bytes never make decoding panic.
    #[test]
    fn prop_decode_arbitrary_bytes_never_panics(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        let _ = Envelope::decode(&bytes);
    }

    /// Invariant 9: a damaged payload inside a valid frame (right magic,
    /// version, length and CRC) reaches the payload decoder, which returns
    /// an error or a record that round-trips; never a panic.
    #[test]
    fn prop_decode_reframed_payload_never_panics(
        envelope in envelope(),
        edits in proptest::collection::vec((any::<Index>(), any::<u8>()), 1..4),
        cut in any::<Index>(),
    ) {
        let bytes = envelope.encode().expect("encode");
        let mut payload = bytes[23..bytes.len() - 4].to_vec();
        for (at, value) in &edits {
            let i = at.index(payload.len().max(1));
            if let Some(byte) = payload.get_mut(i) {
                *byte = *value;
            }
        }
        payload.truncate(cut.index(payload.len() + 1).max(payload.len() / 2));
        let mut framed = vec![MAGIC];
        framed.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
        framed.extend_from_slice(&envelope.seq.to_be_bytes());
        framed.extend_from_slice(&envelope.recorded_at.to_be_bytes());
        framed.extend_from_slice(&(payload.len() as u32).to_be_bytes());
        framed.extend_from_slice(&payload);
        let crc = crc32fast::hash(&framed);
        framed.extend_from_slice(&crc.to_be_bytes());
        if let Ok(decoded) = Envelope::decode(&framed) {
            let again = decoded.encode().expect("re-encode");
            prop_assert_eq!(Envelope::decode(&again), Ok(decoded));
        }
    }

    /// Invariants 2 and 5 together: after any ingest/retract/restore
    /// sequence the chronology is that of a fresh database given only the
    /// articles live at the end.
    #[test]
    fn prop_chronology_depends_only_on_live_set(
        specs in article_specs(1, 4),
        ops in command_ops(10),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, false, &ops);
        let live = db.live_articles();
        let mut fresh = Db::new();
        for generated in pool.iter().filter(|g| live.contains(g.id())) {
            fresh.ingest(generated);
        }
        prop_assert_eq!(db.chronology(), fresh.chronology());
    }

    /// The article and membership indexes agree with the events,
    /// every index entry names a stored event, and each event has exactly
    /// one time-index entry.
    #[test]
    fn prop_indexes_match_events(
        specs in article_specs(1, 4),
        ops in command_ops(8),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, true, &ops);
        let kv = db.entries();
        let events = stored_events(&kv);
        let ids: BTreeSet<&str> =
            events.iter().map(|e| e.id.as_str()).collect();
        let mut time_entries = 0;
        for key in kv.map.keys() {
            let target = match key.first() {
                Some(b'T') => {
                    time_entries += 1;
                    keys::event_of_time_key(key)
                }
                Some(b'C' | b'R' | b'G' | b'B') => {
                    prop_assert!(
                        false,
                        "a retired view (actor, article, event members or membership) is stored"
                    );
                    None
                }
                _ => continue,
            };
            let target = target.unwrap_or_default();
            prop_assert!(
                ids.contains(target.as_str()),
                "index entry {:?} names missing event {}",
                String::from_utf8_lossy(key),
                target
            );
        }
        prop_assert_eq!(time_entries, events.len(), "time index entries");
        for generated in &pool {
            let indexed = chronology::event_ids_of_article(&kv, generated.id())
                .expect("article index");
            let expected: BTreeSet<String> = events
                .iter()
                .filter(|e| {
                    e.sources.iter().any(|s| s.article == generated.id())
                })
                .map(|e| e.id.clone())
                .collect();
            prop_assert_eq!(indexed, expected, "article {}", generated.id());
        }
    }

    /// Days print as `YYYY-MM-DD` (a leading `-` before year 1) and parse
    /// back, before 1970 and before year 1 too.
    #[test]
    fn prop_day_display_parse_round_trip(
        year in -9999i32..=9999,
        ordinal in 0i32..366,
    ) {
        let first = Day::from_ymd(year, 1, 1).expect("January 1st");
        let day = first.plus(ordinal);
        prop_assert_eq!(Day::parse(&day.to_string()), Some(day), "{}", day);
    }

    /// Day keys order like days over the whole i32 range, and invert.
    #[test]
    fn prop_day_key_order(
        a in prop_oneof![
            any::<i32>(),
            Just(i32::MIN), Just(i32::MAX), Just(-1), Just(0), Just(1),
        ],
        b in prop_oneof![
            any::<i32>(),
            Just(i32::MIN), Just(i32::MAX), Just(-1), Just(0), Just(1),
        ],
    ) {
        let (a, b) = (Day(a), Day(b));
        prop_assert_eq!(day_key(a) < day_key(b), a < b);
        prop_assert_eq!(day_key(a) == day_key(b), a == b);
        prop_assert_eq!(day_of_key(day_key(a)), a);
    }

    /// Closing after a flush and reopening with `MustExist` gives the same
    /// head, records and projection, with nothing left to catch up.
    #[test]
    fn prop_reopen_preserves(
        specs in article_specs(1, 4),
        ops in command_ops(8),
    ) {
        let pool = build_all(&specs);
        let mut db = database(&pool, false, &ops);
        db.flush();
        let head = db.store().head();
        let log = db.log();
        let entries = db.entries();
        db.close();
        db.open_raw();
        prop_assert_eq!(db.store().head(), head);
        prop_assert!(db.log() == log, "log changed");
        prop_assert!(db.entries() == entries, "projection changed");
        let checkpoint = projection::checkpoint(&db.store().projection());
        prop_assert_eq!(checkpoint.expect("checkpoint"), head);
        prop_assert!(
            rebuild_from(&db.log(), db.store()) == entries,
            "reopened projection differs from its rebuild"
        );
    }
}

/// The properties are only as good as the generators: check that pools of
/// generated articles often consolidate observations of different articles
/// into one event, and sometimes show disputes.
#[test]
fn generators_make_consolidation_work() {
    let mut runner = TestRunner::deterministic();
    let strategy = article_specs(2, 4);
    let n = 300;
    let (mut merged, mut disputed, mut events) = (0, 0, 0);
    for _ in 0..n {
        let specs = strategy.new_tree(&mut runner).expect("specs").current();
        let chronology = chronology_in_memory(&build_all(&specs));
        events += chronology.len();
        merged += usize::from(chronology.iter().any(|e| e.n_articles() > 1));
        disputed +=
            usize::from(chronology.iter().any(|e| !e.disputed.is_empty()));
    }
    eprintln!(
        "{n} pools: {events} events, {merged} with a multi-article event, \
         {disputed} with a dispute"
    );
    assert!(merged * 4 >= n, "only {merged} of {n} pools merge articles");
    // Statements merge only on shared content, so disputes are rarer than
    // merges; one pool in twenty still exercises them.
    assert!(disputed * 20 >= n, "only {disputed} of {n} pools dispute");
}

proptest! {
    /// The time index screens candidates with an event digest before
    /// loading members; the screen must never reject a real match, or
    /// consolidation would depend on it.
    #[test]
    fn prop_digest_never_rejects_a_match(specs in article_specs(2, 4)) {
        use summit_timeline::consolidation::{EventDigest, Member, same_happening};
        let generated = build_all(&specs);
        let members: Vec<Member> = generated
            .iter()
            .flat_map(|g| {
                g.observations.iter().enumerate().map(|(index, o)| Member {
                    article: g.article.id.clone(),
                    index: index as u32,
                    file: g.article.file.clone(),
                    outlet: None,
                    published: g.article.info.published_at,
                    evidence: String::new(),
                    observation: o.clone(),
                    stems: Default::default(),
                })
            })
            .collect();
        for a in &members {
            for b in &members {
                if same_happening(a, b) {
                    let o = &b.observation;
                    let digest = EventDigest::of(std::iter::once((
                        o.kind,
                        o.status,
                        o.actors.as_slice(),
                    )));
                    prop_assert!(digest.may_match(&a.observation));
                }
            }
        }
    }
}

/// A step of a hand-made log for the batch fold: records the CLI writes,
/// including re-extraction, which `Db` does not drive.
#[derive(Clone, Debug)]
enum LogStep {
    /// `ArticleAdded` and `ObservationsRecorded` of a pool article.
    Add(usize),
    /// `ObservationsRecorded` again for article `.0`, with the observations
    /// of pool article `.1` (a re-extraction that changed everything).
    Reextract(usize, usize),
    /// `ArticleRetracted`.
    Retract(usize),
    /// `ArticleRestored`.
    Restore(usize),
}

fn log_steps(max: usize) -> impl Strategy<Value = Vec<LogStep>> {
    let step = prop_oneof![
        4 => (0usize..6).prop_map(LogStep::Add),
        2 => (0usize..6, 0usize..6).prop_map(|(a, b)| LogStep::Reextract(a, b)),
        2 => (0usize..6).prop_map(LogStep::Retract),
        1 => (0usize..6).prop_map(LogStep::Restore),
    ];
    proptest::collection::vec(step, 0..=max)
}

/// The log of `steps` over `pool`; an article is added at most once (as
/// ingest guarantees) and other records only name added articles.
fn log_of(pool: &[Generated], steps: &[LogStep]) -> Vec<Envelope> {
    let mut records = Vec::new();
    let mut added = BTreeSet::new();
    for step in steps {
        match *step {
            LogStep::Add(i) => {
                let g = &pool[i % pool.len()];
                if added.insert(g.id().to_string()) {
                    records.push(Record::ArticleAdded(g.article.clone()));
                    records.push(Record::ObservationsRecorded {
                        article_id: g.id().to_string(),
                        extractor_version: 1,
                        observations: g.observations.clone(),
                    });
                }
            }
            LogStep::Reextract(i, j) => {
                let id = pool[i % pool.len()].id().to_string();
                if added.contains(&id) {
                    records.push(Record::ObservationsRecorded {
                        article_id: id,
                        extractor_version: 2,
                        observations: pool[j % pool.len()].observations.clone(),
                    });
                }
            }
            LogStep::Retract(i) | LogStep::Restore(i) => {
                let article_id = pool[i % pool.len()].id().to_string();
                if added.contains(&article_id) {
                    records.push(match step {
                        LogStep::Retract(_) => {
                            Record::ArticleRetracted { article_id }
                        }
                        _ => Record::ArticleRestored { article_id },
                    });
                }
            }
        }
    }
    records
        .into_iter()
        .enumerate()
        .map(|(i, record)| Envelope {
            seq: i as u64 + 1,
            recorded_at: 1_750_000_000 + i as i64,
            record,
        })
        .collect()
}

proptest! {
    /// The batch fold (`rebuild`, `verify`, `--as-of`) gives byte for byte
    /// the projection that applying the records one by one gives, on its
    /// fast path, for logs the CLI writes.
    #[test]
    fn prop_batch_fold_equals_incremental(
        specs in article_specs(1, 5),
        ops in command_ops(12),
    ) {
        let pool = build_all(&specs);
        let db = database(&pool, false, &ops);
        let stored = db.entries();
        let folded = projection::fold::fast_fold(&db.log(), db.store());
        let folded = folded.expect("the fast path models CLI logs");
        prop_assert!(
            stored == folded,
            "differs at {:?}",
            diff(&stored, &folded)
        );
    }

    /// The same with re-extraction, retraction and restoration in any
    /// order, over a log held in memory.
    #[test]
    fn prop_batch_fold_equals_apply_with_reextraction(
        specs in article_specs(1, 5),
        steps in log_steps(14),
    ) {
        let pool = build_all(&specs);
        let log = VecLog(log_of(&pool, &steps));
        let applied = rebuild_from(&log.0, &log);
        let folded = projection::fold::fast_fold(&log.0, &log);
        let folded = folded.expect("the fast path models these logs");
        prop_assert!(
            applied == folded,
            "differs at {:?}",
            diff(&applied, &folded)
        );
    }
}

/// A log the fast path does not model (an article added twice) is folded
/// through `apply`, with the same result.
#[test]
fn batch_fold_falls_back_on_an_article_added_twice() {
    let mut runner = TestRunner::deterministic();
    let specs =
        article_specs(2, 3).new_tree(&mut runner).expect("specs").current();
    let pool = build_all(&specs);
    let steps = [LogStep::Add(0), LogStep::Add(1)];
    let mut envelopes = log_of(&pool, &steps);
    let again = log_of(&pool, &[LogStep::Add(0)]);
    for envelope in again {
        let seq = envelopes.len() as u64 + 1;
        envelopes.push(Envelope { seq, ..envelope });
    }
    let log = VecLog(envelopes);
    assert!(projection::fold::fast_fold(&log.0, &log).is_none());
    let applied = rebuild_from(&log.0, &log);
    let folded = projection::fold::fold_log(&log.0, &log).expect("fold");
    assert!(applied == folded, "differs at {:?}", diff(&applied, &folded));
}

/// Articles that all report the same meeting, one observation each.
fn reports_of_one_meeting(n: usize) -> Vec<Generated> {
    use summit_timeline::article::{Article, SourceInfo};
    use summit_timeline::domain::{
        ByteSpan, Observation, Precision, Status, TimeSpan,
    };
    let day = Day::from_ymd(2025, 8, 15).expect("day");
    (0..n)
        .map(|i| {
            let text =
                format!("Story {i}: the two presidents met in Anchorage.\n");
            let info = SourceInfo {
                title: None,
                outlet: Some(if i % 2 == 0 { "Wire" } else { "Daily" }.into()),
                url: None,
                published_at: Some(day.plus(i as i32 % 3)),
            };
            let article = Article::from_text(
                &format!("{i:03}_story.txt"),
                text,
                &info,
                &SourceInfo::default(),
            )
            .expect("article");
            let end = article.text.trim_end().len();
            let observation = Observation {
                kind: EventKind::Meeting,
                status: Status::Occurred,
                when: TimeSpan {
                    start: Some(day),
                    end: Some(day),
                    precision: Precision::Day,
                    text: "15 August".into(),
                },
                actors: vec!["Donald Trump".into(), "Vladimir Putin".into()],
                location: Some("Anchorage".into()),
                quote: None,
                summary: "Trump and Putin met in Anchorage".into(),
                span: ByteSpan::new(0, end),
                rule: "meeting".into(),
                claims: vec![],
            };
            Generated { article, observations: vec![observation] }
        })
        .collect()
}

/// An event of more members than `E` keeps sources for is read with its
/// sources assembled from its members, the same as `merge` lists them;
/// growing past the limit and shrinking back under it (retraction) keeps
/// the projection equal to its batch fold, byte for byte.
#[test]
fn large_events_read_the_same_as_small_ones() {
    use summit_timeline::consolidation::merge::{Member, merge};
    let pool = reports_of_one_meeting(20);
    let expected = |live: &[&Generated]| -> Vec<Event> {
        let members = live
            .iter()
            .map(|g| Member {
                article: g.id().to_string(),
                index: 0,
                file: g.article.file.clone(),
                outlet: g.article.info.outlet.clone(),
                published: g.article.info.published_at,
                evidence: g.observations[0]
                    .span
                    .slice(&g.article.text)
                    .expect("span")
                    .to_string(),
                observation: g.observations[0].clone(),
                stems: Default::default(),
            })
            .collect();
        merge(members).into_iter().collect()
    };
    // Whether the evidence of report `i` is stored in an `E` value.
    let evidence_inline = |db: &Db, i: usize| -> bool {
        let needle = format!("Story {i}:");
        db.entries().map.iter().any(|(key, value)| {
            key.first() == Some(&b'E')
                && value.windows(needle.len()).any(|w| w == needle.as_bytes())
        })
    };
    let mut db = Db::new();
    for (n, generated) in pool.iter().enumerate() {
        db.ingest(generated);
        let live: Vec<&Generated> = pool[..=n].iter().collect();
        assert_eq!(db.chronology(), expected(&live), "{} articles", n + 1);
        // Sixteen members or fewer: the sources are in `E`.
        assert_eq!(evidence_inline(&db, 0), n < 16, "{} articles", n + 1);
    }
    let folded = projection::fold::fast_fold(&db.log(), db.store());
    assert!(folded.expect("fast path") == db.entries(), "fold differs at 20");
    for generated in &pool[..6] {
        db.retract(generated.id());
    }
    let live: Vec<&Generated> = pool[6..].iter().collect();
    assert_eq!(db.chronology(), expected(&live), "after retraction");
    assert!(evidence_inline(&db, 6), "14 members keep their sources");
    let folded = projection::fold::fast_fold(&db.log(), db.store());
    assert!(folded.expect("fast path") == db.entries(), "fold differs at 14");
    assert!(db.rebuilt() == db.entries(), "rebuild differs at 14");
    let id = &db.chronology()[0].id;
    let shown = projection::load_event(&db.store().projection(), id);
    assert_eq!(shown.expect("load").as_ref(), db.chronology().first());
}
