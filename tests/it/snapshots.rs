//! Snapshots of the user interface and the output contracts: `--help` of
//! every command, one sample of each output and export format, and the
//! shape of each error message. Drift shows up as a failing test and, once
//! accepted, as a diff of `tests/snapshots/` in review.
//!
//! A snapshot holds the exit status, stdout and stderr of one run, with the
//! test's temp folder written `[TMP]`. To accept new output, run
//! `SUMMIT_UPDATE_SNAPSHOTS=1 cargo test --test it snapshots` and review the
//! diff. New commands get a line in `HELP_COMMANDS`; new error shapes a
//! case in `error_messages`.

use super::export::{ingest_harbor, run_with_env};
use super::support::{Run, TestEnv};
use std::path::PathBuf;

/// Every command whose `--help` is held (the program's own first).
const HELP_COMMANDS: [&str; 15] = [
    "",
    "ingest",
    "between",
    "show",
    "sources",
    "log",
    "retract",
    "rebuild",
    "verify",
    "dump",
    "restore",
    "extract",
    "export",
    "completions",
    "man",
];

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"))
}

/// Compares `actual` with the snapshot `name`, or rewrites the snapshot
/// when `SUMMIT_UPDATE_SNAPSHOTS=1`.
#[track_caller]
fn check(name: &str, actual: &str) {
    let path = snapshot_path(name);
    if std::env::var("SUMMIT_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("folder"))
            .expect("create tests/snapshots");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run SUMMIT_UPDATE_SNAPSHOTS=1 cargo test \
             --test it snapshots, then review it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| {
                expected.lines().count().min(actual.lines().count())
            });
        panic!(
            "snapshot {name} differs from line {}:\n--- expected\n{}\n--- \
             actual\n{}\n(rerun with SUMMIT_UPDATE_SNAPSHOTS=1 to accept, \
             then review the diff)",
            line + 1,
            expected.lines().skip(line).take(5).collect::<Vec<_>>().join("\n"),
            actual.lines().skip(line).take(5).collect::<Vec<_>>().join("\n"),
        );
    }
}

/// A run as held in a snapshot: status, stdout, stderr, temp paths hidden.
fn render(env: &TestEnv, run: &Run) -> String {
    let temp = env.dir.path().to_string_lossy().into_owned();
    let text = format!(
        "status: {}\n--- stdout\n{}--- stderr\n{}",
        run.code, run.stdout, run.stderr
    );
    text.replace(&temp, "[TMP]")
}

#[test]
fn help_of_every_command() {
    let env = TestEnv::new();
    for command in HELP_COMMANDS {
        let mut args: Vec<&str> = command.split_whitespace().collect();
        args.push("--help");
        let run = env.run(&args);
        let name = if command.is_empty() {
            "help".to_string()
        } else {
            format!("help-{command}")
        };
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert!(run.stdout.contains("Example"), "{name} has no example");
        check(&name, &render(&env, &run));
    }
}

#[test]
fn sample_of_each_output_format() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    for format in ["table", "json", "ndjson", "csv", "markdown"] {
        let args = ["between", "2024", "2024", "--format", format];
        let run = env.run(&args).expect_code(0);
        check(&format!("between-{format}"), &render(&env, &run));
    }
    for format in ["plover", "ics", "csv"] {
        let vars = [("SOURCE_DATE_EPOCH", "0")];
        let run = run_with_env(&env, &vars, &["export", "--format", format]);
        let run = run.expect_code(0);
        check(&format!("export-{format}"), &render(&env, &run));
    }
    let run = env
        .run(&["--color", "always", "between", "2024", "2024"])
        .expect_code(0);
    check("between-table-color", &render(&env, &run));
}

/// Each error shape: (snapshot name, arguments, needs a database).
const ERROR_CASES: [(&str, &[&str], bool); 16] = [
    ("error-no-database", &["between", "2024", "2024"], false),
    ("error-bad-date", &["between", "2024-02-30", "2024-03-01"], true),
    ("error-reversed-range", &["between", "2024-06", "2024-05"], true),
    (
        "error-unknown-type",
        &["between", "2024", "2024", "--type", "party"],
        true,
    ),
    (
        "error-unknown-status",
        &["export", "--format", "csv", "--status", "maybe"],
        true,
    ),
    (
        "error-unknown-source",
        &["between", "2024", "2024", "--source", "nope"],
        true,
    ),
    (
        "error-as-of-beyond",
        &["export", "--format", "ics", "--as-of", "99"],
        true,
    ),
    ("error-unknown-event", &["show", "e-0000000000000000"], true),
    ("error-unknown-article", &["retract", "nothing-like-this"], true),
    ("error-missing-file", &["ingest", "no-such-file.txt"], false),
    ("error-unknown-command", &["frobnicate"], false),
    ("error-missing-argument", &["between", "2024"], false),
    ("error-export-no-format", &["export"], false),
    ("error-export-bad-format", &["export", "--format", "pdf"], false),
    (
        "error-export-unwritable",
        &["export", "--format", "csv", "-o", "no/such/dir/x.csv"],
        true,
    ),
    ("error-man-unknown", &["man", "frobnicate"], false),
];

#[test]
fn error_messages() {
    for (name, args, needs_database) in ERROR_CASES {
        let env = TestEnv::new();
        if needs_database {
            ingest_harbor(&env);
        }
        let run = env.run(args);
        assert!(run.code == 1 || run.code == 2, "{name}: status {}", run.code);
        assert!(run.stdout.is_empty(), "{name} wrote data: {}", run.stdout);
        check(name, &render(&env, &run));
    }
}
