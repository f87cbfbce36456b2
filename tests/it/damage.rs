//! Fail closed: a damaged database is refused (exit status 4) or, where the
//! damage missed every live byte, answered exactly as before; it is never
//! answered wrongly, never as empty, and never with a panic. Also two
//! writers at once lose nothing.

use crate::support::{HARBOR_STORY, TestEnv};
use std::process::{Command, Stdio};

const QUERY: [&str; 5] =
    ["between", "1900-01-01", "2100-12-31", "--format", "json"];

fn damage(env: &TestEnv, how: &str) {
    let db = env.db();
    let file = db.join("db");
    let bytes = std::fs::read(&file).expect("db file");
    match how {
        "truncate-empty" => std::fs::write(&file, b"").unwrap(),
        "truncate-half" => {
            std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap()
        }
        "truncate-tail" => {
            std::fs::write(&file, &bytes[..bytes.len().saturating_sub(4096)])
                .unwrap()
        }
        "flip-middle" | "flip-start" => {
            let mut bytes = bytes;
            let start = if how == "flip-start" { 0 } else { bytes.len() / 2 };
            let end = (start + 4096).min(bytes.len());
            for byte in &mut bytes[start..end] {
                *byte ^= 0xA5;
            }
            std::fs::write(&file, bytes).unwrap();
        }
        "delete-db" => std::fs::remove_file(&file).unwrap(),
        "garbage-conf" => {
            std::fs::write(db.join("conf"), b"\xff\xfenot a config").unwrap()
        }
        "delete-marker" => {
            std::fs::remove_file(db.join("SUMMIT-TIMELINE")).unwrap()
        }
        "garbage-marker" => {
            std::fs::write(db.join("SUMMIT-TIMELINE"), "hello\n").unwrap()
        }
        other => panic!("unknown damage {other}"),
    }
}

#[test]
fn damaged_databases_are_refused_or_answered_exactly() {
    let kinds = [
        "truncate-empty",
        "truncate-half",
        "truncate-tail",
        "flip-middle",
        "flip-start",
        "delete-db",
        "garbage-conf",
        "delete-marker",
        "garbage-marker",
    ];
    for how in kinds {
        let env = TestEnv::new();
        let seeds = env.seeds("seeds");
        env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
        let before = env.all_json();
        damage(&env, how);
        for args in [&QUERY[..], &["verify"], &["sources"]] {
            let run = env.run(args);
            assert!(!run.stderr.contains("panicked"), "{how}: {}", run.stderr);
            match run.code {
                0 if args == &QUERY[..] => {
                    assert_eq!(run.stdout, before, "{how}: wrong answer")
                }
                0 => {}
                2 if how.contains("marker") => {
                    assert!(
                        run.first_error_line()
                            .contains("not a summit-timeline database")
                    );
                }
                4 => {
                    assert!(
                        run.first_error_line().contains("is damaged"),
                        "{how}: {}",
                        run.stderr
                    );
                    assert!(
                        run.stdout.is_empty(),
                        "{how}: answered while damaged"
                    );
                }
                code => panic!("{how}: {args:?} exit {code}: {}", run.stderr),
            }
        }
    }
}

/// A kill while sled writes a snapshot (it writes one on every open) leaves
/// a torn `snap.*.generating` file, which sled 0.34.7 would read as the
/// newest snapshot and refuse the database for ever after. The store sets
/// it aside under sled's lock, so the answer is the one from before, and
/// it leaves the file of a database another process holds alone.
#[test]
fn a_snapshot_torn_by_a_kill_neither_damages_nor_changes_the_database() {
    let env = TestEnv::new();
    let story = env.write("s.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    let before = env.all_json();
    let db = env.db();
    let complete = std::fs::read_dir(&db)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| {
            path.file_name().unwrap().to_str().unwrap().starts_with("snap.")
        })
        .expect("sled wrote a snapshot");
    let snapshot = std::fs::read(&complete).unwrap();
    assert!(snapshot.len() > 24, "snapshot of {} bytes", snapshot.len());
    let torn = db.join("snap.FFFFFFFFFFFFFFFF.generating");
    // Without the chronology file, `between` must open the store.
    let _ = std::fs::remove_file(db.join("CHRONOLOGY"));
    {
        let holder = summit_timeline::store::Store::open(
            &db,
            summit_timeline::store::OpenMode::MustExist,
            0,
        )
        .expect("open in the test process");
        // As if the holder were writing a snapshot right now.
        std::fs::write(&torn, &snapshot[..snapshot.len() / 2]).unwrap();
        let run = env.run(&QUERY).expect_code(3);
        assert!(run.first_error_line().contains("in use"), "{}", run.stderr);
        assert!(torn.exists(), "a held database's snapshot file was removed");
        drop(holder);
    }
    let run = env.run(&["--wait", "10", "verify"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(!torn.exists(), "the torn snapshot is still there");
    assert_eq!(env.all_json(), before);
}

#[test]
fn verify_names_the_damaged_record() {
    let env = TestEnv::new();
    let story = env.write("s.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    // Overwrite the second record with bytes whose checksum cannot match,
    // through the store itself, as a bit flip inside sled would.
    {
        let store = summit_timeline::store::Store::open(
            &env.db(),
            summit_timeline::store::OpenMode::MustExist,
            0,
        )
        .expect("open");
        store.damage_record_for_tests(2).expect("damage");
        store.flush().expect("flush");
    }
    let run = env.run(&["verify"]).expect_code(4);
    assert!(
        run.first_error_line().contains("log record 2 is corrupt"),
        "{}",
        run.stderr
    );
    assert!(
        run.first_error_line().contains("checksum mismatch"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_concurrent_writers_lose_nothing() {
    let env = TestEnv::new();
    for i in 0..8 {
        env.write(
            &format!("a/{i}.txt"),
            format!("Batch A story {i}. {HARBOR_STORY}"),
        );
        env.write(
            &format!("b/{i}.txt"),
            format!("Batch B story {i}. {HARBOR_STORY}"),
        );
    }
    let spawn = |folder: &str| {
        Command::new(env!("CARGO_BIN_EXE_summit-timeline"))
            .arg("--db")
            .arg(env.db())
            .args(["--wait", "60", "ingest"])
            .arg(env.path(folder))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let first = spawn("a");
    let second = spawn("b");
    for child in [first, second] {
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "a writer failed: {stderr}");
    }
    let sources = env.run(&["sources"]).expect_code(0).stdout;
    assert!(sources.contains("16 articles"), "{sources}");
    env.run(&["verify"]).expect_code(0);
}

#[test]
fn without_wait_a_second_writer_exits_3_at_once() {
    let env = TestEnv::new();
    let story = env.write("s.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    let holder = summit_timeline::store::Store::open(
        &env.db(),
        summit_timeline::store::OpenMode::MustExist,
        0,
    )
    .expect("open");
    let other = env.write("t.txt", format!("Another. {HARBOR_STORY}"));
    let started = std::time::Instant::now();
    let run = env.run(&["ingest", other.to_str().unwrap()]).expect_code(3);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(
        run.first_error_line().contains("timeline.db is in use"),
        "{}",
        run.stderr
    );
    drop(holder);
    env.run(&["ingest", other.to_str().unwrap()]).expect_code(0);
    assert!(env.run(&["sources"]).expect_code(0).stdout.contains("2 articles"));
}

/// A projection built by older consolidation rules (its checkpoint has no
/// rules version, and its events differ from what this build would make)
/// is rebuilt from the log on the next open, with a note, and then equals
/// a rebuild: `verify` passes and the chronology is this build's.
#[test]
fn a_projection_built_by_older_rules_is_rebuilt_on_open() {
    use summit_timeline::projection::{self, keys};
    use summit_timeline::store::{Kv, OpenMode, Store, kv::scan_prefix};
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let expected = env.all_json();
    {
        let store = Store::open(&env.db(), OpenMode::MustExist, 1)
            .expect("open the store");
        let mut staged = store.projection();
        let (seq, rules) =
            projection::checkpoint_and_rules(&staged).expect("checkpoint");
        assert_eq!(rules, projection::CONSOLIDATION_VERSION);
        let events = scan_prefix(&staged, keys::EVENT).expect("events");
        assert!(!events.is_empty());
        for (key, _) in events {
            staged.delete(key);
        }
        // The checkpoint as builds before the rules version wrote it.
        staged.put(keys::CHECKPOINT.to_vec(), seq.to_be_bytes().to_vec());
        store.commit(staged).expect("commit");
    }
    let run =
        env.run(&["between", "1900-01-01", "2100-12-31", "--format", "json"]);
    let run = run.expect_code(0);
    assert!(
        run.stderr.contains("built by consolidation rules v1; rebuilt"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, expected);
    let again = env.run(&["verify"]).expect_code(0);
    assert!(!again.stderr.contains("rebuilt"), "{}", again.stderr);
}

/// A database of another store format (format 4 kept one sled key per
/// member; format 5 packs an article's members under one) is refused by
/// every command with exit status 2, a message naming both formats and a
/// hint to dump and restore it, and nothing in its folder changes; one
/// whose marker names format 5 again opens and answers as before.
#[test]
fn a_database_of_another_store_format_is_refused_untouched() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let expected = env.all_json();
    let db = env.db();
    let marker = db.join("SUMMIT-TIMELINE");
    let current = std::fs::read_to_string(&marker).expect("marker");
    assert!(current.contains("\nformat: 5\n"), "{current}");
    let snapshot = |db: &std::path::Path| {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(db)
            .expect("database folder")
            .map(|entry| {
                let path = entry.expect("entry").path();
                let name = path.file_name().unwrap().to_string_lossy().into();
                let bytes = if path.is_file() {
                    std::fs::read(&path).expect("file")
                } else {
                    Vec::new()
                };
                (name, bytes)
            })
            .collect();
        files.sort();
        files
    };
    for older in ["3", "4"] {
        std::fs::write(
            &marker,
            current.replace("\nformat: 5\n", &format!("\nformat: {older}\n")),
        )
        .expect("marker");
        let before = snapshot(&db);
        for args in [&QUERY[..], &["verify"], &["rebuild"], &["sources"]] {
            let run = env.run(args).expect_code(2);
            let line = run.first_error_line();
            assert!(
                line.contains(&format!("store format {older}"))
                    && line.contains("format 5"),
                "{args:?}: {}",
                run.stderr
            );
            assert!(
                run.stderr.contains("hint:") && run.stderr.contains("dump")
            );
            assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        }
        let seeds_again = env.seeds("seeds2");
        env.run(&["ingest", seeds_again.to_str().unwrap()]).expect_code(2);
        assert_eq!(snapshot(&db), before, "format {older}: files changed");
    }
    std::fs::write(&marker, &current).expect("marker");
    env.run(&["verify"]).expect_code(0);
    assert_eq!(env.all_json(), expected);
}
