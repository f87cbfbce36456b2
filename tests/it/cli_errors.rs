//! Every bad input and damaged state: a clear first line naming the problem
//! and the path, the documented exit status, never a panic, and nothing
//! stored before is lost or changed. New error cases belong here.

use crate::support::{HARBOR_STORY, TestEnv};

fn ingested_env() -> (TestEnv, String) {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().expect("utf-8 path")]).expect_code(0);
    let json = env.all_json();
    (env, json)
}

#[test]
fn missing_path_is_bad_input_naming_the_path() {
    let env = TestEnv::new();
    let run = env.run(&["ingest", "no-such-file.txt"]).expect_code(2);
    assert!(run.first_error_line().starts_with("summit-timeline: error: "));
    assert!(
        run.stderr.contains("no-such-file.txt: no such file or folder"),
        "{}",
        run.stderr
    );
    assert!(
        !env.db().exists(),
        "a failed ingest of nothing must not create a database"
    );
}

#[test]
fn folder_without_articles_is_bad_input() {
    let env = TestEnv::new();
    env.write("empty/notes.csv", "a,b\n");
    let run = env
        .run(&["ingest", env.path("empty").to_str().unwrap()])
        .expect_code(2);
    assert!(
        run.stderr.contains("folder has no .txt or .md articles"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("skipped 1 files that are not .txt or .md: notes.csv")
    );
}

#[test]
fn binary_non_utf8_and_empty_files_are_rejected_by_name() {
    let env = TestEnv::new();
    let binary = env.write("a/binary.txt", [0x7f, b'E', b'L', b'F', 0, 1, 2]);
    let latin1 = env.write("a/latin1.txt", b"Caf\xe9 society met on Monday.\n");
    let empty = env.write("a/empty.txt", "  \n\n");
    for (path, needle) in [
        (&binary, "is a binary file"),
        (&latin1, "is not UTF-8 text"),
        (&empty, "is empty"),
    ] {
        let run = env.run(&["ingest", path.to_str().unwrap()]).expect_code(2);
        assert!(run.stderr.contains(needle), "{}", run.stderr);
        assert!(
            run.stderr.contains(path.file_name().unwrap().to_str().unwrap())
        );
    }
}

#[test]
fn one_bad_file_among_ten_stores_the_nine_and_fails() {
    let env = TestEnv::new();
    for i in 0..9 {
        env.write(
            &format!("batch/{i:02}.txt"),
            format!("Story {i}. {HARBOR_STORY}"),
        );
    }
    env.write("batch/09.txt", b"\xff\xfe bad bytes");
    let run = env
        .run(&["ingest", env.path("batch").to_str().unwrap()])
        .expect_code(2);
    assert!(
        run.stdout.contains("9 new, 0 already stored, 1 failed"),
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("09.txt: is not UTF-8 text"), "{}", run.stderr);
    let sources = env.run(&["sources"]).expect_code(0);
    assert!(sources.stdout.contains("9 articles"), "{}", sources.stdout);
}

#[test]
fn impossible_and_reversed_ranges_are_bad_input() {
    let (env, before) = ingested_env();
    let run = env.run(&["between", "2025-02-30", "2025-03-01"]).expect_code(2);
    assert!(
        run.first_error_line().contains("'2025-02-30' is not a date"),
        "{}",
        run.stderr
    );
    let run = env.run(&["between", "2025-08-19", "2025-08-14"]).expect_code(2);
    assert!(run.first_error_line().contains("is reversed"), "{}", run.stderr);
    let run = env
        .run(&["between", "2025-08-14", "2025-08-19", "--type", "picnic"])
        .expect_code(2);
    assert!(
        run.first_error_line().contains("unknown --type 'picnic'"),
        "{}",
        run.stderr
    );
    assert_eq!(env.all_json(), before);
}

#[test]
fn unknown_event_id_is_bad_input() {
    let (env, before) = ingested_env();
    let run = env.run(&["show", "e-0000000000000000"]).expect_code(2);
    assert!(
        run.first_error_line()
            .contains("no event or article with id 'e-0000000000000000'")
    );
    let run = env.run(&["retract", "nothing-like-this"]).expect_code(2);
    assert!(
        run.first_error_line()
            .contains("no article matches 'nothing-like-this'")
    );
    assert_eq!(env.all_json(), before);
}

#[test]
fn query_commands_never_create_a_database() {
    let env = TestEnv::new();
    for args in [
        vec!["between", "2025-01-01", "2025-12-31"],
        vec!["sources"],
        vec!["log"],
        vec!["verify"],
        vec!["rebuild"],
        vec!["show", "e-1"],
    ] {
        let run = env.run(&args).expect_code(2);
        assert!(
            run.first_error_line().contains("no database at"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("hint:"), "{}", run.stderr);
        assert!(!env.db().exists(), "{args:?} created a database");
    }
}

#[test]
fn a_path_that_is_not_a_database_is_refused_and_left_alone() {
    let env = TestEnv::new();
    let file = env.write("plain.txt", "hello");
    let run = env.run_with_db(&file, &["sources"]).expect_code(2);
    assert!(
        run.first_error_line().contains("is not a summit-timeline database")
    );
    let folder = env.path("photos");
    env.write("photos/cat.jpg", "not really a cat");
    let story = env.write("story.txt", HARBOR_STORY);
    let run = env
        .run_with_db(&folder, &["ingest", story.to_str().unwrap()])
        .expect_code(2);
    assert!(
        run.first_error_line().contains("is not a summit-timeline database"),
        "{}",
        run.stderr
    );
    let names: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("cat.jpg")],
        "the folder was written to"
    );
}

#[test]
fn a_database_held_by_another_process_is_in_use() {
    let (env, _) = ingested_env();
    let holder = summit_timeline::store::Store::open(
        &env.db(),
        summit_timeline::store::OpenMode::MustExist,
        0,
    )
    .expect("open in the test process");
    // With a current chronology file, `between` needs no lock: it answers
    // the acknowledged state (a writer would have removed the file first).
    let chronology = env.db().join("CHRONOLOGY");
    assert!(chronology.exists(), "between wrote no chronology file");
    env.run(&["between", "2025-08-14", "2025-08-19"]).expect_code(0);
    std::fs::remove_file(&chronology).unwrap();
    let run = env.run(&["between", "2025-08-14", "2025-08-19"]).expect_code(3);
    assert!(
        run.first_error_line().contains("is in use by another process"),
        "{}",
        run.stderr
    );
    assert!(run.first_error_line().contains("timeline.db"), "{}", run.stderr);
    drop(holder);
    env.run(&["between", "2025-08-14", "2025-08-19"]).expect_code(0);
}

#[test]
fn a_damaged_database_fails_closed_with_status_4() {
    let (env, _) = ingested_env();
    let query = ["between", "2025-08-14", "2025-08-19", "--format", "json"];
    let before = env.run(&query).expect_code(0).stdout;
    let db_file = env.db().join("db");
    let length = std::fs::metadata(&db_file).unwrap().len();
    std::fs::write(&db_file, vec![0x5Au8; length as usize]).unwrap();
    // The chronology file does not read sled's files: while it is there,
    // `between` answers exactly as before the damage (`verify` and every
    // other command open sled and fail closed).
    assert_eq!(env.run(&query).expect_code(0).stdout, before);
    env.run(&["verify"]).expect_code(4);
    std::fs::remove_file(env.db().join("CHRONOLOGY")).unwrap();
    let run = env
        .run(&["between", "2025-08-14", "2025-08-19", "--format", "json"])
        .expect_code(4);
    assert!(run.first_error_line().contains("is damaged"), "{}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "a damaged database must not answer: {}",
        run.stdout
    );
}

#[test]
fn a_database_whose_files_were_deleted_is_damaged_not_empty() {
    let (env, _) = ingested_env();
    std::fs::remove_file(env.db().join("db")).unwrap();
    let run = env.run(&["sources"]).expect_code(4);
    assert!(run.first_error_line().contains("is damaged"), "{}", run.stderr);
}

#[test]
fn a_log_shorter_than_acknowledged_is_damaged() {
    let (env, before) = ingested_env();
    std::fs::write(env.db().join("HEAD"), "999\n").unwrap();
    let run = env.run(&["verify"]).expect_code(4);
    assert!(
        run.first_error_line().contains("999 records were acknowledged"),
        "{}",
        run.stderr
    );
    std::fs::write(env.db().join("HEAD"), "10\n").unwrap();
    assert_eq!(env.all_json(), before);
}

#[test]
fn bad_usage_exits_2_and_help_exits_0() {
    let env = TestEnv::new();
    env.run(&["between", "2025-01-01"]).expect_code(2);
    env.run(&["frobnicate"]).expect_code(2);
    let help = env.run(&["--help"]).expect_code(0);
    assert!(help.stdout.contains("Examples:"), "{}", help.stdout);
}

#[test]
fn wait_lets_a_second_process_finish_after_the_first() {
    let (env, _) = ingested_env();
    let holder = summit_timeline::store::Store::open(
        &env.db(),
        summit_timeline::store::OpenMode::MustExist,
        0,
    )
    .expect("open in the test process");
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(400));
        drop(holder);
    });
    let run = env.run(&["--wait", "20", "sources"]).expect_code(0);
    assert!(run.stdout.contains("5 articles"), "{}", run.stdout);
    releaser.join().expect("releaser");
}

#[test]
fn a_window_beyond_the_query_limits_is_bad_input() {
    let (env, _) = ingested_env();
    let run =
        env.run(&["between", "2025-01-01", "123456-01-01"]).expect_code(2);
    assert!(
        run.first_error_line().contains("outside the years 0 to 9999"),
        "{}",
        run.stderr
    );
}

#[test]
fn extract_of_a_missing_file_or_a_folder_is_bad_input() {
    let env = TestEnv::new();
    let run = env.run(&["extract", "nope.txt"]).expect_code(2);
    assert!(
        run.first_error_line().contains("nope.txt: no such file or folder"),
        "{}",
        run.stderr
    );
    let folder = env.path("folder");
    std::fs::create_dir_all(&folder).unwrap();
    let run = env.run(&["extract", folder.to_str().unwrap()]).expect_code(2);
    assert!(
        run.first_error_line().contains("is a folder, not an article file"),
        "{}",
        run.stderr
    );
}
