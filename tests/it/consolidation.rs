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
