//! Cross-source consolidation through the real binary: one event per
//! happening on the seeds, independent sources for near-duplicate
//! articles, redirects of retired ids. New consolidation tests go here;
//! unit tests of the match rule live in `src/consolidation/matching/tests.rs`.

use crate::support::TestEnv;
use serde_json::Value;

fn chronology(env: &TestEnv) -> Value {
    let run = env
        .run(&["between", "1900-01-01", "2100-12-31", "--format", "json"])
        .expect_code(0);
    serde_json::from_str(&run.stdout).expect("json output")
}

fn events(doc: &Value) -> Vec<Value> {
    doc["events"].as_array().cloned().unwrap_or_default()
}

#[test]
fn the_seed_summit_is_one_event_citing_every_article() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    let doc = chronology(&env);
    let summits: Vec<Value> = events(&doc)
        .into_iter()
        .filter(|e| {
            e["type"] == "meeting" && e["when"]["start"] == "2025-08-15"
        })
        .filter(|e| e["n_sources"].as_u64() == Some(5))
        .collect();
    assert_eq!(summits.len(), 1, "one meeting on the day cites all five");
    assert_eq!(summits[0]["n_independent"].as_u64(), Some(5));
}

const STORY: &str = "---\npublished: 2024-06-04\noutlet: Wire\n---\n\
The harbour authority reopened the northern canal on Monday after \
three weeks of dredging, the port director Mara Voss said. \
\"Ships can pass again at full draught,\" Voss said at a briefing in \
Rotterdam, adding that the backlog of barges would clear within days.\n";

#[test]
fn a_republished_wire_story_is_one_independent_source() {
    let env = TestEnv::new();
    std::fs::write(env.path("wire.txt"), STORY).unwrap();
    let copy =
        STORY.replace("outlet: Wire", "outlet: Daily") + "Copyright Daily.\n";
    std::fs::write(env.path("copy.txt"), copy).unwrap();
    let wire = env.path("wire.txt");
    let copy = env.path("copy.txt");
    env.run(&["ingest", wire.to_str().unwrap(), copy.to_str().unwrap()])
        .expect_code(0);
    let doc = chronology(&env);
    let shared: Vec<Value> = events(&doc)
        .into_iter()
        .filter(|e| e["n_sources"].as_u64() == Some(2))
        .collect();
    assert!(!shared.is_empty(), "both copies report one event: {doc:#}");
    for event in shared {
        assert_eq!(event["n_independent"].as_u64(), Some(1), "{event:#}");
    }
    let table =
        env.run(&["between", "2024-01-01", "2024-12-31"]).expect_code(0);
    assert!(table.stdout.lines().next().unwrap_or("").contains("IND"));
}

#[test]
fn a_retired_event_id_leads_to_what_it_became() {
    let env = TestEnv::new();
    std::fs::write(env.path("wire.txt"), STORY).unwrap();
    let wire = env.path("wire.txt");
    env.run(&["ingest", wire.to_str().unwrap()]).expect_code(0);
    let before: Vec<String> = events(&chronology(&env))
        .iter()
        .filter_map(|e| e["id"].as_str().map(String::from))
        .collect();
    assert!(!before.is_empty());
    let seeds = env.seeds("seeds");
    env.run(&["ingest", seeds.to_str().unwrap()]).expect_code(0);
    env.run(&["retract", "wire.txt"]).expect_code(0);
    for id in &before {
        let shown = env.run(&["show", id]).expect_code(0);
        assert!(shown.stdout.contains(id.as_str()), "{}", shown.stdout);
    }
}

const TALKS_A: &str = "---\npublished: 2024-09-11\noutlet: Harbour Post\n---\n\
Emmanuel Macron met Olaf Scholz in Aachen on Tuesday to discuss \
the defence budget, officials said.\n";

const TALKS_B: &str = "---\npublished: 2024-09-12\noutlet: Rhine Daily\n---\n\
Olaf Scholz held talks with Emmanuel Macron in Aachen on Tuesday, \
his spokesman said, adding that the two leaders agreed to meet \
again in the spring.\n";

/// The id of the one meeting on 2024-09-10, with its number of sources.
fn aachen_meeting(env: &TestEnv) -> (String, u64) {
    let doc = chronology(env);
    let meetings: Vec<Value> = events(&doc)
        .into_iter()
        .filter(|e| {
            e["type"] == "meeting" && e["when"]["start"] == "2024-09-10"
        })
        .collect();
    assert_eq!(meetings.len(), 1, "{doc:#}");
    let id = meetings[0]["id"].as_str().expect("id").to_string();
    (id, meetings[0]["n_sources"].as_u64().expect("n_sources"))
}

#[test]
fn merged_and_split_events_leave_their_old_ids_pointing_at_what_they_became() {
    // In one of the two orders the first article's event id is retired
    // when the second article joins it (the id follows the first source
    // in canonical order, whatever the order of arrival).
    let mut retired_once = false;
    for (first, second) in [("a.txt", "b.txt"), ("b.txt", "a.txt")] {
        let env = TestEnv::new();
        let a = env.write("a.txt", TALKS_A);
        let b = env.write("b.txt", TALKS_B);
        let path =
            |name: &str| if name == "a.txt" { a.clone() } else { b.clone() };
        env.run(&["ingest", path(first).to_str().unwrap()]).expect_code(0);
        let (alone, n) = aachen_meeting(&env);
        assert_eq!(n, 1);
        env.run(&["ingest", path(second).to_str().unwrap()]).expect_code(0);
        let (merged, n) = aachen_meeting(&env);
        assert_eq!(n, 2, "both articles report one meeting");
        if merged != alone {
            retired_once = true;
            // Merge: the old id leads to the merged event.
            let shown = env.run(&["show", &alone]).expect_code(0).stdout;
            assert!(
                shown.starts_with(&format!(
                    "event {alone} is now part of: {merged}"
                )),
                "{shown}"
            );
            assert!(
                shown.contains("a.txt") && shown.contains("b.txt"),
                "{shown}"
            );
            let json = env
                .run(&["show", &alone, "--format", "json"])
                .expect_code(0)
                .stdout;
            let doc: Value = serde_json::from_str(&json).expect("json");
            assert_eq!(doc["now_part_of"][0], merged.as_str());
        }
        // Split: retracting the second article brings the first one's id
        // back, and the merged id leads to it.
        env.run(&["retract", second]).expect_code(0);
        let (after, n) = aachen_meeting(&env);
        assert_eq!((after.as_str(), n), (alone.as_str(), 1));
        if merged != alone {
            let shown = env.run(&["show", &merged]).expect_code(0).stdout;
            assert!(
                shown.starts_with(&format!(
                    "event {merged} is now part of: {alone}"
                )),
                "{shown}"
            );
        }
    }
    assert!(retired_once, "one order must retire the first id");
}

/// Three made-up reports of one prisoner swap, each worded its own way:
/// "exchanged 175 prisoners of war each on Wednesday", soldiers "freed on
/// Wednesday as part of a prisoner swap brokered by" a mediator, and the
/// mediator saying on Thursday it "had mediated the exchange".
#[test]
fn three_outlets_reporting_one_prisoner_swap_give_one_event() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/exchange");
    env.run(&["ingest", dir.to_str().unwrap()]).expect_code(0);
    let doc = chronology(&env);
    let swaps: Vec<Value> =
        events(&doc).into_iter().filter(|e| e["type"] == "other").collect();
    assert_eq!(swaps.len(), 1, "one swap: {doc:#}");
    let swap = &swaps[0];
    assert_eq!(swap["when"]["start"], "2025-03-19", "{swap:#}");
    assert_eq!(swap["when"]["end"], "2025-03-19", "{swap:#}");
    assert_eq!(swap["n_sources"].as_u64(), Some(3), "{swap:#}");
    let mut files: Vec<&str> = swap["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["file"].as_str())
        .collect();
    files.sort_unstable();
    files.dedup();
    assert_eq!(
        files,
        ["evening-ledger.txt", "gulf-daily.txt", "kyiv-wire.txt"],
        "{swap:#}"
    );
}
