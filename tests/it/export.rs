//! `export`: each format's structure (HTML, PLOVER JSONL, iCalendar, CSV),
//! the filters it shares with `between`, writing to `-o`, and escaping of
//! hostile article text. Tests that need a real browser are in
//! `browser.rs`; snapshots of sample exports are in `snapshots.rs`.
//! Shared fixtures for those files live here.

use super::support::{Run, TestEnv};
use serde_json::Value;
use std::process::Command;

/// Two short articles about one meeting (so it has two sources), with a
/// quote holding `;` and `,`, a planned trip and an agreement not reached.
pub const HARBOR_ONE: &str = "\
---
title: Harbor talks in Lisbon
outlet: Tagus Wire
url: https://example.org/harbor-1
published: 2024-05-15
---
Port officials and the mayor of Lisbon met on Tuesday to discuss the harbor dredging plan.
\"We will not allow the river to silt up again; not this time,\" Mayor Carla Mendes said after the meeting.
The mayor will travel to Porto next week, her office said.
";

/// The second harbor article.
pub const HARBOR_TWO: &str = "\
---
title: Lisbon mayor, port chiefs meet
outlet: Coast Post
published: 2024-05-16
---
The mayor of Lisbon met port officials on Tuesday, the city said.
No agreement on the dredging budget was reached, officials said.
";

/// An article whose quotes and evidence carry markup and script that must
/// never run: each payload would mark the page as `pwned`.
pub const HOSTILE: &str = "\
---
title: <script>document.title='pwned-title'</script>
outlet: Evil \"Wire\" </script>
url: javascript:document.title='pwned-url'
published: 2025-08-16
---
Putin met Trump in Anchorage on Friday.
\"<script>document.body.id='pwned-body'</script> is a lie,\" Putin said on Friday.
The two leaders met again on Saturday at the base, where Trump said \"</script><img src=x onerror=\"document.title='pwned-img'\"> & more\".
";

/// Ingests the two harbor articles into `env`'s database.
pub fn ingest_harbor(env: &TestEnv) {
    let one = env.write("articles/harbor-1.txt", HARBOR_ONE);
    env.write("articles/harbor-2.txt", HARBOR_TWO);
    let folder = one.parent().expect("folder").to_string_lossy().into_owned();
    env.run(&["ingest", &folder]).expect_code(0);
}

/// Ingests the hostile article into `env`'s database.
pub fn ingest_hostile(env: &TestEnv) {
    let path = env.write("hostile/hostile.txt", HOSTILE);
    env.run(&["ingest", &path.to_string_lossy()]).expect_code(0);
}

/// Runs the binary against `env`'s database with extra environment.
pub fn run_with_env(
    env: &TestEnv,
    vars: &[(&str, &str)],
    args: &[&str],
) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-timeline"));
    command
        .arg("--db")
        .arg(env.db())
        .args(args)
        .current_dir(env.dir.path())
        .env_remove("SUMMIT_TIMELINE_DB")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "80");
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().expect("run the binary");
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// The JSON object embedded in an exported page, unescaped.
pub fn embedded_data(page: &str) -> Value {
    let open = "<script type=\"application/json\" id=\"timeline-data\">";
    let start = page.find(open).expect("data block") + open.len();
    let end = start + page[start..].find("</script>").expect("block end");
    serde_json::from_str(&page[start..end]).expect("data is JSON")
}

/// How many events the whole chronology has, as `between` reports it.
fn n_events(env: &TestEnv) -> usize {
    let json = env.all_json();
    let value: Value = serde_json::from_str(&json).expect("json");
    value["events"].as_array().expect("events").len()
}

/// How many of the chronology's events have both sides of their span.
fn n_closed_events(env: &TestEnv) -> usize {
    let json = env.all_json();
    let value: Value = serde_json::from_str(&json).expect("json");
    let events = value["events"].as_array().expect("events");
    events
        .iter()
        .filter(|e| {
            e["when"]["start"].is_string() && e["when"]["end"].is_string()
        })
        .count()
}

fn export(env: &TestEnv, args: &[&str]) -> String {
    let mut full = vec!["export"];
    full.extend_from_slice(args);
    run_with_env(env, &[("SOURCE_DATE_EPOCH", "0")], &full)
        .expect_code(0)
        .stdout
}

#[test]
fn html_is_one_self_contained_page_with_every_event() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let page = export(&env, &["--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    let n = n_events(&env);
    assert!(n >= 3, "the fixture gives several events");
    assert!(
        page.contains(&format!("<title>summit-timeline: {n} events</title>"))
    );
    assert!(page.contains("Content-Security-Policy"));
    assert!(page.contains("default-src 'none'"));
    // The SVG namespace is a name, not a place the page loads from.
    let page_refs = page.replace("\"http://www.w3.org/2000/svg\"", "");
    for external in ["src=", "<link", "@import", "url(", "http:", "https:"] {
        let outside = page_refs.replace("https://example.org/harbor-1", "");
        assert!(!outside.contains(external), "page refers out: {external}");
    }
    let data = embedded_data(&page);
    assert_eq!(data["schema"], "summit-timeline-html/1");
    let events = data["events"].as_array().expect("events");
    assert_eq!(events.len(), n);
    let meeting = events
        .iter()
        .find(|e| e["type"] == "meeting")
        .expect("the harbor meeting");
    assert_eq!(meeting["n"], 2);
    assert_eq!(meeting["start"], "2024-05-14");
    let article = meeting["sources"][0]["article"].as_str().expect("id");
    assert_eq!(
        data["articles"][article]["url"],
        "https://example.org/harbor-1"
    );
}

#[test]
fn html_escapes_hostile_article_text() {
    let env = TestEnv::new();
    ingest_hostile(&env);
    let page = export(&env, &["--format", "html"]);
    // The page's own two script elements are the only ones closed, and no
    // article markup survives as markup.
    assert_eq!(page.matches("</script>").count(), 2);
    assert_eq!(page.matches("<script").count(), 2);
    assert!(!page.contains("<img"));
    assert!(!page.contains("pwned-title'</"));
    assert!(page.contains("\\u003c/script\\u003e\\u003cimg"));
    let data = embedded_data(&page);
    let texts = data.to_string();
    assert!(texts.contains("<script>document.body.id='pwned-body'</script>"));
    assert!(texts.contains("</script><img src=x onerror="));
}

#[test]
fn plover_lines_carry_text_info_and_cite_info() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let text = export(&env, &["--format", "plover"]);
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON per line"))
        .collect();
    assert_eq!(lines.len(), n_events(&env));
    let meeting =
        lines.iter().find(|l| l["event_type"] == "meeting").expect("meeting");
    assert_eq!(meeting["plover_event"], "CONSULT");
    assert_eq!(meeting["event_date"], "2024-05-14");
    assert_eq!(meeting["mode"], serde_json::json!([]));
    let info = meeting["text_info"].as_array().expect("text_info");
    let cites = meeting["cite_info"].as_array().expect("cite_info");
    assert_eq!(info.len(), cites.len());
    assert_eq!(meeting["n_sources"], 2);
    for (text_info, cite) in info.iter().zip(cites) {
        let file = cite["file"].as_str().expect("file");
        let body = if file == "harbor-1.txt" { HARBOR_ONE } else { HARBOR_TWO };
        let start = text_info["start"].as_u64().expect("start") as usize;
        let end = text_info["end"].as_u64().expect("end") as usize;
        assert_eq!(text_info["sentence"], body[start..end]);
        assert_eq!(text_info["article"], cite["article"]);
    }
    let first = cites.iter().find(|c| c["file"] == "harbor-1.txt").expect("1");
    assert_eq!(first["url"], "https://example.org/harbor-1");
    assert_eq!(first["outlet"], "Tagus Wire");
    assert_eq!(first["title"], "Harbor talks in Lisbon");
    assert_eq!(first["published"], "2024-05-15");
    let negated = lines
        .iter()
        .find(|l| l["status"] == "not_occurred")
        .expect("the agreement not reached");
    assert_eq!(negated["mode"], serde_json::json!(["negation"]));
}

#[test]
fn ics_follows_rfc_5545() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let calendar = export(&env, &["--format", "ics"]);
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(calendar.ends_with("END:VCALENDAR\r\n"));
    assert!(!calendar.replace("\r\n", "").contains('\n'), "bare LF");
    for line in calendar.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = calendar.replace("\r\n ", "");
    let n = n_closed_events(&env);
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), n);
    assert!(unfolded.contains("UID:e-"));
    assert!(unfolded.contains("DTSTAMP:19700101T000000Z"));
    assert!(unfolded.contains(
        "DTSTART;VALUE=DATE:20240514\r\nDTEND;VALUE=DATE:20240515\r\n"
    ));
    // "next week": the whole week, the end exclusive.
    assert!(unfolded.contains(
        "DTSTART;VALUE=DATE:20240520\r\nDTEND;VALUE=DATE:20240527\r\n"
    ));
    assert!(unfolded.contains("not allow the river to silt up again\\; not"));
    assert!(unfolded.contains("\\, the city said"));
    assert!(unfolded.contains("STATUS:CANCELLED"));
    assert!(unfolded.contains("URL:https://example.org/harbor-1"));
}

#[test]
fn ics_leaves_out_open_spans_and_unsafe_urls() {
    let env = TestEnv::new();
    ingest_hostile(&env);
    let calendar = export(&env, &["--format", "ics"]);
    let unfolded = calendar.replace("\r\n ", "");
    assert!(!unfolded.contains("URL:javascript"));
    assert!(unfolded.contains("SUMMARY:"));
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.contains(':'), "not a content line: {line}");
    }
}

#[test]
fn csv_matches_between() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let exported = export(&env, &["--format", "csv"]);
    let between = env
        .run(&["between", "1900", "2100", "--format", "csv"])
        .expect_code(0)
        .stdout;
    assert_eq!(exported, between);
    assert!(exported.starts_with(
        "id,type,status,start,end,precision,actors,location,n_sources,\
         articles,files,summary,quote\n"
    ));
}

#[test]
fn export_takes_the_filters_and_window_of_between() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let filters: [&[&str]; 8] = [
        &[],
        &["--type", "meeting"],
        &["--min-sources", "2"],
        &["--status", "not_occurred"],
        &["--actor", "carla mendes"],
        &["--source", "Coast Post"],
        &["--as-of", "2"],
        &["--type", "statement,agreement", "--source", "harbor-2.txt"],
    ];
    for filter in filters {
        let mut args = vec!["--format", "plover"];
        args.extend_from_slice(filter);
        let exported = export(&env, &args).lines().count();
        let mut between = vec!["between", "0001", "9999", "--format", "ndjson"];
        between.extend_from_slice(filter);
        let listed = env.run(&between).expect_code(0).stdout.lines().count();
        assert_eq!(exported, listed, "{filter:?}");
        assert!(exported > 0, "{filter:?} selects nothing");
    }
    let window = ["--format", "csv", "2024-05-20", "2024-05-31"];
    let exported = export(&env, &window);
    let listed =
        env.run(&["between", "2024-05-20", "2024-05-31", "--format", "csv"]);
    assert_eq!(exported, listed.expect_code(0).stdout);
    let error = env
        .run(&["export", "--format", "plover", "2024-06", "2024-05"])
        .expect_code(2);
    assert!(error.first_error_line().contains("is reversed"));
}

#[test]
fn export_writes_to_a_file_with_o() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let path = env.path("out.html");
    let run =
        env.run(&["export", "--format", "html", "-o", &path.to_string_lossy()]);
    let run = run.expect_code(0);
    assert_eq!(run.stdout, "");
    let page = std::fs::read_to_string(&path).expect("the page");
    assert!(page.ends_with("</html>\n"));
    let missing = env.path("no/such/folder/out.ics");
    let run = env
        .run(&["export", "--format", "ics", "-o", &missing.to_string_lossy()])
        .expect_code(1);
    assert!(
        run.first_error_line()
            .starts_with("summit-timeline: error: cannot write")
    );
}

#[test]
fn export_of_an_empty_window_is_a_valid_empty_document() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let window = ["1990-01-01", "1990-12-31"];
    let calendar = export(&env, &["--format", "ics", window[0], window[1]]);
    assert_eq!(calendar.matches("VEVENT").count(), 0);
    assert!(calendar.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(export(&env, &["--format", "plover", window[0], window[1]]), "");
    let page = export(&env, &["--format", "html", window[0], window[1]]);
    assert_eq!(embedded_data(&page)["events"], serde_json::json!([]));
}

#[test]
fn color_applies_to_the_table_only() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let table = |vars: &[(&str, &str)], color: &str| {
        let args = ["--color", color, "between", "2024", "2024"];
        run_with_env(&env, vars, &args).expect_code(0).stdout
    };
    assert!(table(&[], "always").contains("\x1b["));
    assert!(!table(&[], "never").contains("\x1b["));
    // Not a terminal: auto means plain.
    assert!(!table(&[], "auto").contains("\x1b["));
    assert!(!table(&[("NO_COLOR", "1")], "auto").contains("\x1b["));
    let json = run_with_env(
        &env,
        &[],
        &["--color", "always", "between", "2024", "2024", "--format", "json"],
    );
    assert!(!json.expect_code(0).stdout.contains('\x1b'));
    let csv = export(&env, &["--format", "csv"]);
    assert!(!csv.contains('\x1b'));
}

#[test]
fn completions_and_man_page_are_generated() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish"] {
        let script = env.run(&["completions", shell]).expect_code(0).stdout;
        assert!(script.contains("summit-timeline"), "{shell}");
        assert!(script.contains("export"), "{shell} lacks export");
    }
    let page = env.run(&["man"]).expect_code(0).stdout;
    assert!(page.starts_with(".ie"), "{}", &page[..40.min(page.len())]);
    assert!(page.contains(".TH summit-timeline 1"));
    assert!(page.contains("export"));
    let sub = env.run(&["man", "export"]).expect_code(0).stdout;
    assert!(sub.contains(".TH summit-timeline-export 1"));
    assert!(sub.contains("plover"));
    let error = env.run(&["man", "nosuch"]).expect_code(2);
    assert!(error.first_error_line().contains("no command 'nosuch'"));
}

#[test]
fn closed_stdout_ends_export_quietly() {
    let env = TestEnv::new();
    ingest_harbor(&env);
    let mut child = Command::new(env!("CARGO_BIN_EXE_summit-timeline"))
        .arg("--db")
        .arg(env.db())
        .args(["export", "--format", "html"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
