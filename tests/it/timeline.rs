//! The seeds end to end through the real binary: the chronology of the
//! Alaska summit week, dates of background history, the JSON contract and
//! every output format. New chronology-level checks belong here.

use crate::support::{TestEnv, seeds_dir};
use serde_json::Value;

fn seeded() -> TestEnv {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env
}

fn events(json: &str) -> Vec<Value> {
    let value: Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(value["schema"], "summit-timeline/1");
    value["events"].as_array().expect("events").clone()
}

fn has_actor(event: &Value, name: &str) -> bool {
    event["actors"].as_array().expect("actors").iter().any(|a| a == name)
}

fn find(events: &[Value], test: impl Fn(&Value) -> bool) -> Option<&Value> {
    events.iter().find(|e| test(e))
}

#[test]
fn the_summit_week_shows_the_meeting_the_attack_and_the_planned_meeting() {
    let env = seeded();
    let json = env
        .run(&["between", "2025-08-14", "2025-08-19", "--format", "json"])
        .expect_code(0)
        .stdout;
    let events = events(&json);
    let summit = find(&events, |e| {
        e["type"] == "meeting"
            && e["status"] == "occurred"
            && e["when"]["start"] == "2025-08-15"
            && e["when"]["end"] == "2025-08-15"
            && has_actor(e, "Donald Trump")
            && has_actor(e, "Vladimir Putin")
    })
    .expect("the Trump-Putin meeting on 2025-08-15");
    // The most precise place the reports agree on: the base lies in
    // Anchorage, which lies in Alaska (data/places.txt, `within=`).
    assert_eq!(summit["location"], "Joint Base Elmendorf-Richardson");
    assert!(summit["n_sources"].as_u64().unwrap() >= 3, "{summit}");
    let sumy = find(&events, |e| {
        e["type"] == "attack"
            && e["when"]["start"] == "2025-08-15"
            && e["location"] == "Sumy"
    });
    assert!(sumy.is_some(), "the attack on the market in Sumy");
    let planned = find(&events, |e| {
        e["type"] == "meeting"
            && e["status"] == "planned"
            && e["when"]["start"] == "2025-08-18"
            && has_actor(e, "Volodymyr Zelensky")
            && has_actor(e, "Donald Trump")
    })
    .expect("the planned meeting with Zelensky on 2025-08-18");
    assert_eq!(planned["location"], "Washington");
}

#[test]
fn background_history_keeps_its_own_dates() {
    let env = seeded();
    let events = events(&env.all_json());
    let invasion = find(&events, |e| {
        e["type"] == "military"
            && e["when"]["start"]
                .as_str()
                .is_some_and(|d| d.starts_with("2022"))
    });
    assert!(invasion.is_some(), "the 2022 invasion is dated 2022");
    let crimea = find(&events, |e| {
        e["when"]["start"] == "2014-01-01"
            && e["sources"].as_array().unwrap().iter().any(|s| {
                s["evidence"].as_str().is_some_and(|t| t.contains("Crimea"))
            })
    });
    assert!(crimea.is_some(), "the 2014 annexation of Crimea is dated 2014");
    for event in &events {
        let start = event["when"]["start"].as_str().unwrap_or("");
        let published = ["2025-08-16", "2025-08-18"];
        let evidence = event["sources"][0]["evidence"].as_str().unwrap_or("");
        if evidence.contains("in 2014")
            || evidence.contains("since February 2022")
        {
            assert!(
                !published.contains(&start),
                "stamped with a publication date: {event}"
            );
        }
    }
}

#[test]
fn every_evidence_is_exactly_the_file_bytes_at_its_span() {
    let env = seeded();
    let events = events(&env.all_json());
    assert!(events.len() > 20, "the seeds give a real chronology");
    let mut n_sources = 0;
    for event in &events {
        for source in event["sources"].as_array().expect("sources") {
            let file = source["file"].as_str().expect("file");
            let bytes =
                std::fs::read(seeds_dir().join(file)).expect("seed file");
            let start = source["span"][0].as_u64().unwrap() as usize;
            let end = source["span"][1].as_u64().unwrap() as usize;
            let evidence = source["evidence"].as_str().expect("evidence");
            assert_eq!(
                &bytes[start..end],
                evidence.as_bytes(),
                "{file} {start}..{end}"
            );
            assert!(source["article"].as_str().unwrap().starts_with("a-"));
            assert!(source["rule"].as_str().is_some_and(|r| !r.is_empty()));
            n_sources += 1;
        }
    }
    assert!(n_sources >= events.len());
}

#[test]
fn events_come_in_chronology_order() {
    let env = seeded();
    let events = events(&env.all_json());
    let key = |e: &Value| {
        let side =
            |v: &Value, open: &str| v.as_str().unwrap_or(open).to_string();
        (
            side(&e["when"]["start"], "0000-00-00"),
            side(&e["when"]["end"], "9999-99-99"),
            e["id"].as_str().unwrap().to_string(),
        )
    };
    for pair in events.windows(2) {
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "{} before {}",
            pair[0]["id"],
            pair[1]["id"]
        );
    }
}

#[test]
fn every_format_renders_the_same_events() {
    let env = seeded();
    let window = ["between", "2025-08-14", "2025-08-19"];
    let json = env
        .run(&[&window[..], &["--format", "json"]].concat())
        .expect_code(0)
        .stdout;
    let n = events(&json).len();
    let ndjson = env
        .run(&[&window[..], &["--format", "ndjson"]].concat())
        .expect_code(0)
        .stdout;
    assert_eq!(ndjson.lines().count(), n);
    for line in ndjson.lines() {
        let value: Value =
            serde_json::from_str(line).expect("one JSON object per line");
        assert!(value["id"].as_str().is_some_and(|id| id.starts_with("e-")));
    }
    let csv = env
        .run(&[&window[..], &["--format", "csv"]].concat())
        .expect_code(0)
        .stdout;
    assert!(
        csv.starts_with("id,type,status,start,end,precision,actors,location,")
    );
    let markdown = env
        .run(&[&window[..], &["--format", "markdown"]].concat())
        .expect_code(0)
        .stdout;
    assert_eq!(markdown.lines().count(), n + 2);
    let table = env.run(&window).expect_code(0).stdout;
    assert!(table.ends_with(&format!("{n} events\n")), "{table}");
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
}

#[test]
fn show_prints_every_source_with_evidence_and_rule() {
    let env = seeded();
    let events = events(&env.all_json());
    let busiest = events
        .iter()
        .max_by_key(|e| e["sources"].as_array().unwrap().len())
        .expect("an event");
    let id = busiest["id"].as_str().unwrap();
    let shown = env.run(&["show", id]).expect_code(0).stdout;
    assert!(shown.starts_with(&format!("event {id}\n")));
    for source in busiest["sources"].as_array().unwrap() {
        assert!(shown.contains(source["rule"].as_str().unwrap()));
        assert!(shown.contains(source["file"].as_str().unwrap()));
    }
    let article = busiest["sources"][0]["file"].as_str().unwrap();
    let shown = env.run(&["show", article]).expect_code(0).stdout;
    assert!(shown.starts_with("article a-"), "{shown}");
}

#[test]
fn hypothetical_happenings_are_shown_only_on_request() {
    let env = TestEnv::new();
    let article = env.write(
        "fisheries.txt",
        "---\ntitle: Fisheries talks\npublished: 2024-05-08\n---\n\
         Norway's foreign minister met Iceland's foreign minister in Bergen \
         on Monday. Officials said a quota deal could be signed in Oslo \
         within weeks if the two sides agree on monitoring.\n",
    );
    env.run(&["ingest", article.to_str().unwrap()]).expect_code(0);
    let statuses = |extra: &[&str]| {
        let mut args =
            vec!["between", "2024-01-01", "2024-12-31", "--format", "json"];
        args.extend_from_slice(extra);
        let json = env.run(&args).expect_code(0).stdout;
        let mut found: Vec<String> = events(&json)
            .iter()
            .map(|e| e["status"].as_str().expect("status").to_string())
            .collect();
        found.sort();
        found.dedup();
        found
    };
    let default = statuses(&[]);
    assert!(default.contains(&"occurred".to_string()), "{default:?}");
    assert!(!default.contains(&"hypothetical".to_string()), "{default:?}");
    let all = statuses(&["--status", "all"]);
    assert!(all.contains(&"hypothetical".to_string()), "{all:?}");
    assert!(all.contains(&"occurred".to_string()), "{all:?}");
    assert_eq!(statuses(&["--status", "hypothetical"]), ["hypothetical"]);
}
