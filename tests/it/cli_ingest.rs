//! Ingest, idempotence, metadata precedence, retraction, as-of, rebuild and
//! verify, through the real binary on a real database in a temp dir.

use crate::support::{HARBOR_STORY, TestEnv};

#[test]
fn reingesting_is_a_no_op() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    let first = env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    assert!(
        first
            .stdout
            .starts_with("articles: 5 new, 0 already stored, 0 failed;"),
        "{}",
        first.stdout
    );
    let before = env.all_json();
    let log_before = env.run(&["log"]).expect_code(0).stdout;
    let again = env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    assert!(
        again
            .stdout
            .starts_with("articles: 0 new, 5 already stored, 0 failed;"),
        "{}",
        again.stdout
    );
    assert_eq!(env.all_json(), before);
    assert_eq!(env.run(&["log"]).expect_code(0).stdout, log_before);
}

#[test]
fn the_same_text_with_other_whitespace_is_already_stored() {
    let env = TestEnv::new();
    let a = env.write("a.txt", HARBOR_STORY);
    let b = env.write("b.txt", HARBOR_STORY.replace('\n', "\n\n"));
    env.run(&["ingest", a.to_str().unwrap()]).expect_code(0);
    let run = env.run(&["ingest", b.to_str().unwrap()]).expect_code(0);
    assert!(run.stdout.contains("0 new, 1 already stored"), "{}", run.stdout);
}

#[test]
fn metadata_flags_beat_front_matter_which_beats_the_manifest() {
    let env = TestEnv::new();
    env.write(
        "news/manifest.toml",
        "[[article]]\nfile = \"x.txt\"\npublished = \"2024-01-01\"\noutlet = \"Manifest Daily\"\ntitle = \"M\"\n",
    );
    env.write(
        "news/x.txt",
        format!(
            "---\ntitle: Front\npublished: 2024-02-02\n---\n{HARBOR_STORY}"
        ),
    );
    env.run(&["ingest", env.path("news").to_str().unwrap(), "--title", "Flag"])
        .expect_code(0);
    let sources =
        env.run(&["sources", "--format", "json"]).expect_code(0).stdout;
    let value: serde_json::Value = serde_json::from_str(&sources).unwrap();
    assert_eq!(value[0]["title"], "Flag");
    assert_eq!(value[0]["published"], "2024-02-02");
    assert_eq!(value[0]["outlet"], "Manifest Daily");
}

#[test]
fn an_article_without_a_publication_date_is_accepted() {
    let env = TestEnv::new();
    let story = env.write("undated.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    let sources =
        env.run(&["sources", "--format", "json"]).expect_code(0).stdout;
    let value: serde_json::Value = serde_json::from_str(&sources).unwrap();
    assert_eq!(value[0]["published"], serde_json::Value::Null);
}

#[test]
fn retract_hides_an_article_now_but_not_as_of_before() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let with_all = env.all_json();
    let run = env.run(&["retract", "003_4d437da7fb1250dd.txt"]).expect_code(0);
    assert!(run.stdout.contains("at record 11"), "{}", run.stdout);
    let now = env.all_json();
    assert!(
        !now.contains("003_4d437da7fb1250dd.txt"),
        "a retracted article is still cited"
    );
    let as_of = env
        .run(&[
            "between",
            "1900-01-01",
            "2100-12-31",
            "--format",
            "json",
            "--as-of",
            "10",
        ])
        .expect_code(0)
        .stdout;
    assert_eq!(as_of.replace("\"as_of\": 10", "\"as_of\": null"), with_all);
    let again = env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    assert!(
        again.stdout.contains("4 already stored, 1 restored"),
        "{}",
        again.stdout
    );
    assert_eq!(env.all_json(), with_all);
}

#[test]
fn as_of_beyond_the_log_is_bad_input() {
    let env = TestEnv::new();
    let story = env.write("s.txt", HARBOR_STORY);
    env.run(&["ingest", story.to_str().unwrap()]).expect_code(0);
    let run =
        env.run(&["between", "2000", "2030", "--as-of", "99"]).expect_code(2);
    assert!(
        run.first_error_line()
            .contains("--as-of 99 is beyond the last record (2)")
    );
}

#[test]
fn rebuild_and_verify_keep_the_chronology_byte_identical() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env.run(&["retract", "001_dbdf83ece837fbd8.txt"]).expect_code(0);
    let before = env.all_json();
    let verify = env.run(&["verify"]).expect_code(0);
    assert!(verify.stdout.starts_with("ok: 11 records"), "{}", verify.stdout);
    env.run(&["rebuild"]).expect_code(0);
    assert_eq!(env.all_json(), before);
    env.run(&["verify"]).expect_code(0);
}

#[test]
fn ingesting_file_by_file_equals_ingesting_the_folder() {
    let whole = TestEnv::new();
    let seeds = whole.seeds("seeds");
    whole.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let expected = whole.all_json();
    for order in [[4, 2, 0, 3, 1], [1, 3, 4, 0, 2]] {
        let env = TestEnv::new();
        let seeds = env.seeds("seeds");
        let mut files: Vec<_> = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for index in order {
            env.run(&["ingest", files[index].to_str().unwrap()]).expect_code(0);
        }
        let got = env.all_json();
        assert_eq!(got, expected, "order {order:?} changed the chronology");
    }
}

#[test]
fn a_restored_dump_answers_like_the_original() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env.run(&["retract", "002_6534321981eea16e.txt"]).expect_code(0);
    let dump = env.path("backup.stdump");
    env.run(&["dump", "-o", dump.to_str().unwrap()]).expect_code(0);
    let restored = env.path("restored.db");
    let run = env
        .run_with_db(&restored, &["restore", dump.to_str().unwrap()])
        .expect_code(0);
    assert!(run.stdout.starts_with("restored 11 records"), "{}", run.stdout);
    let all = ["between", "1900-01-01", "2100-12-31", "--format", "json"];
    let original = env.run(&all).expect_code(0).stdout;
    assert_eq!(
        env.run_with_db(&restored, &all).expect_code(0).stdout,
        original
    );
    let as_of = ["between", "2025", "2025", "--as-of", "6", "--format", "csv"];
    assert_eq!(
        env.run_with_db(&restored, &as_of).expect_code(0).stdout,
        env.run(&as_of).expect_code(0).stdout
    );
    let again = env
        .run_with_db(&restored, &["restore", dump.to_str().unwrap()])
        .expect_code(2);
    assert!(
        again.first_error_line().contains("already exists"),
        "{}",
        again.stderr
    );
    let garbage = env.write("garbage.stdump", "hello\n");
    let run = env.run_with_db(
        &env.path("x.db"),
        &["restore", garbage.to_str().unwrap()],
    );
    let run = run.expect_code(2);
    assert!(
        run.first_error_line().contains("not a summit-timeline dump"),
        "{}",
        run.stderr
    );
    assert!(!env.path("x.db").exists());
}

#[test]
fn reextract_replays_stored_text_and_keeps_every_invariant() {
    use summit_timeline::article::{Article, SourceInfo};
    use summit_timeline::domain::Day;
    use summit_timeline::store::{OpenMode, Record, Store};
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let current = env.all_json();
    let run = env.run(&["reextract"]).expect_code(0);
    assert!(
        run.stdout.starts_with("all 5 articles are extracted"),
        "{}",
        run.stdout
    );
    // An article as an older extractor stored it: version 1, no observations.
    {
        let mut store =
            Store::open(&env.db(), OpenMode::MustExist, 0).expect("open");
        let info = SourceInfo {
            published_at: Day::parse("2024-05-15"),
            ..SourceInfo::default()
        };
        let article = Article::from_text(
            "old.txt",
            HARBOR_STORY.into(),
            &info,
            &SourceInfo::default(),
        )
        .expect("article");
        let id = article.id.clone();
        let records = vec![
            Record::ArticleAdded(article),
            Record::ObservationsRecorded {
                article_id: id,
                extractor_version: 1,
                observations: vec![],
            },
        ];
        summit_timeline::ingest::append_and_project(&mut store, records, 0)
            .expect("append");
        store.flush().expect("flush");
    }
    let before = env.all_json();
    assert_eq!(
        before, current,
        "an article without observations adds no event"
    );
    let run = env.run(&["reextract"]).expect_code(0);
    assert!(
        run.stdout.starts_with("re-extracted 1 articles"),
        "{}",
        run.stdout
    );
    let after = env.all_json();
    assert!(after.contains("old.txt"), "the replayed article now has events");
    env.run(&["verify"]).expect_code(0);
    let log = env.run(&["log", "--from", "13"]).expect_code(0).stdout;
    assert!(log.contains("ObservationsRecorded"), "{log}");
    // Replaying everything with the same extractor changes no event.
    let run = env.run(&["reextract", "--all"]).expect_code(0);
    assert!(
        run.stdout.starts_with("re-extracted 6 articles"),
        "{}",
        run.stdout
    );
    assert_eq!(env.all_json(), after);
    env.run(&["verify"]).expect_code(0);
    // As of before the replay, the old extraction is what was known.
    let as_of = [
        "between",
        "1900-01-01",
        "2100-12-31",
        "--format",
        "json",
        "--as-of",
        "12",
    ];
    let old_view = env.run(&as_of).expect_code(0).stdout;
    assert_eq!(old_view.replace("\"as_of\": 12", "\"as_of\": null"), before);
}
