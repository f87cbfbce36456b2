//! The chronology file (`CHRONOLOGY` in the database folder): a plain
//! `between` answers from it byte for byte as from the store, every writer
//! removes it before changing anything, and a damaged, truncated or stale
//! file is ignored (the answer is right, the status 0) and written again.
//!
//! The property that it answers as the store does over random ingest and
//! retract sequences is `prop_chronology_file_answers_as_the_store` in
//! `properties.rs`. New tests about the file go here.

use crate::support::{HARBOR_STORY, TestEnv};
use std::path::PathBuf;

const FILE: &str = "CHRONOLOGY";

/// Windows and filters compared between the two paths.
const QUERIES: &[&[&str]] = &[
    &["1900-01-01", "2100-12-31"],
    &["2024", "2025"],
    &["2025-08", "2025-08"],
    &["2025-08-14", "2025-08-16"],
    &["1990", "2000"],
    &["2025", "2025", "--type", "meeting,statement"],
    &["2020", "2026", "--status", "all", "--min-sources", "2"],
    &["2020", "2026", "--actor", "putin"],
];

const FORMATS: &[&str] = &["json", "table", "csv", "markdown", "ndjson"];

fn file(env: &TestEnv) -> PathBuf {
    env.db().join(FILE)
}

fn between(env: &TestEnv, query: &[&str], format: &str) -> String {
    let mut args = vec!["between"];
    args.extend_from_slice(query);
    args.extend_from_slice(&["--format", format]);
    env.run(&args).expect_code(0).stdout
}

/// Every query in every format answers the same from the store (no file)
/// and from the file, and the first answer wrote the file.
fn check_same_answers(env: &TestEnv) {
    for query in QUERIES {
        for format in FORMATS {
            let _ = std::fs::remove_file(file(env));
            let from_store = between(env, query, format);
            assert!(file(env).exists(), "{query:?}: no file after between");
            let from_file = between(env, query, format);
            assert_eq!(from_file, from_store, "{query:?} --format {format}");
        }
    }
}

#[test]
fn file_answers_byte_for_byte_as_the_store() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    check_same_answers(&env);

    let more = env.path("more");
    std::fs::create_dir_all(&more).unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/articles");
    for entry in std::fs::read_dir(data).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), more.join(entry.file_name())).unwrap();
    }
    env.run(&["ingest", more.to_str().unwrap()]).expect_code(0);
    let seed = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .filter(|name| name.to_string_lossy().ends_with(".txt"))
        .min()
        .expect("a seed article");
    env.run(&["retract", seed.to_str().unwrap()]).expect_code(0);
    check_same_answers(&env);
}

#[test]
fn seeds_whole_chronology_is_identical_with_and_without_the_file() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    assert!(!file(&env).exists(), "ingest left a file");
    let from_store = env.all_json();
    assert!(file(&env).exists(), "between wrote no file");
    let written = std::fs::read(file(&env)).unwrap();
    let from_file = env.all_json();
    assert_eq!(from_file, from_store);
    // The file is a function of the database: writing it again gives the
    // same bytes.
    std::fs::remove_file(file(&env)).unwrap();
    env.all_json();
    assert_eq!(std::fs::read(file(&env)).unwrap(), written);
}

#[test]
fn every_writer_removes_the_file_and_between_is_never_stale() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let before = env.all_json();
    assert!(file(&env).exists());

    let story = env.write("harbor.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    assert!(!file(&env).exists(), "ingest left the file");
    let with_story = env.all_json();
    assert!(with_story.contains("Lisbon"), "the new article is not shown");
    assert!(file(&env).exists());
    assert_eq!(env.all_json(), with_story);

    env.run(&["retract", "harbor.txt"]).expect_code(0);
    assert!(!file(&env).exists(), "retract left the file");
    assert_eq!(env.all_json(), before, "the retracted article is shown");

    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    assert!(!file(&env).exists(), "restoring ingest left the file");
    assert_eq!(env.all_json(), with_story);

    env.run(&["reextract", "--all"]).expect_code(0);
    assert!(!file(&env).exists(), "reextract left the file");
    assert_eq!(env.all_json(), with_story);

    env.run(&["rebuild"]).expect_code(0);
    assert!(!file(&env).exists(), "rebuild left the file");
    assert_eq!(env.all_json(), with_story);

    // An ingest of nothing new changes nothing: the file stays valid.
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    assert!(file(&env).exists(), "a duplicate ingest removed the file");
    assert_eq!(env.all_json(), with_story);

    // A restored database starts without a file.
    let dump = env.path("backup.stdump");
    env.run(&["dump", "-o", dump.to_str().unwrap()]).expect_code(0);
    let restored = env.path("restored.db");
    env.run_with_db(&restored, &["restore", dump.to_str().unwrap()])
        .expect_code(0);
    assert!(!restored.join(FILE).exists(), "restore wrote a file");
}

#[test]
fn stale_file_is_ignored() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env.all_json();
    let old = std::fs::read(file(&env)).unwrap();
    let story = env.write("harbor.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    // A copy of the old file put back by hand (or by a build that does
    // not know the file) reflects an older head.
    std::fs::write(file(&env), &old).unwrap();
    let answer = env.all_json();
    assert!(answer.contains("Lisbon"), "the stale file was used");
    assert_ne!(std::fs::read(file(&env)).unwrap(), old, "not rewritten");
    assert_eq!(env.all_json(), answer);
}

#[test]
fn damaged_or_truncated_file_is_ignored_and_rewritten() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let expected = env.all_json();
    let good = std::fs::read(file(&env)).unwrap();
    let n = good.len();
    let mut damages: Vec<(String, Vec<u8>)> = Vec::new();
    for at in [0, 9, 20, 60, 95, 96, 200, n / 3, n / 2, n - 200, n - 30, n - 1]
    {
        let mut bytes = good.clone();
        bytes[at] ^= 0x5A;
        damages.push((format!("flip byte {at}"), bytes));
    }
    for len in [0, 50, 96, n / 2, n - 1] {
        damages.push((format!("truncate to {len}"), good[..len].to_vec()));
    }
    let mut longer = good.clone();
    longer.extend_from_slice(b"trailing");
    damages.push(("trailing bytes".into(), longer));
    damages.push(("garbage".into(), vec![0xFF; n]));
    for (how, bytes) in damages {
        std::fs::write(file(&env), &bytes).unwrap();
        for format in FORMATS {
            let run = env.run(&[
                "between",
                "1900-01-01",
                "2100-12-31",
                "--format",
                format,
            ]);
            let run = run.expect_code(0);
            assert!(run.stderr.is_empty(), "{how}: {}", run.stderr);
            if *format == "json" {
                assert_eq!(run.stdout, expected, "{how}: wrong answer");
            }
        }
        assert_eq!(
            std::fs::read(file(&env)).unwrap(),
            good,
            "{how}: the file was not written again"
        );
    }
}

#[test]
fn verify_checks_the_file() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env.all_json();
    let good = std::fs::read(file(&env)).unwrap();
    let run = env.run(&["verify"]).expect_code(0);
    assert!(run.stdout.starts_with("ok:"), "{}", run.stdout);
    assert_eq!(std::fs::read(file(&env)).unwrap(), good, "verify changed it");

    // A damaged file is removed (it is only a cache).
    let mut bytes = good.clone();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(file(&env), &bytes).unwrap();
    let run = env.run(&["verify"]).expect_code(0);
    assert!(run.stdout.starts_with("ok:"), "{}", run.stdout);
    assert!(!file(&env).exists(), "verify kept a damaged file");
}
