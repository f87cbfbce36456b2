//! Crash safety: ingest runs in a child process that is killed (SIGKILL) at
//! seeded random moments, database creation included. After every kill the
//! database must open, `verify` must pass, every acknowledged ingest must be
//! present, and finishing the ingest must give the same chronology as a
//! clean run. `SUMMIT_SLOW_TESTS=1` runs many more rounds.

use crate::support::TestEnv;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn article(index: usize) -> String {
    let towns = ["Kala", "Mirna", "Tosh", "Velden", "Orsk", "Pailin"];
    let town = towns[index % towns.len()];
    format!(
        "---\npublished: 2024-0{}-1{}\n---\n\
         Officials from {town} met regional leaders on Monday to discuss flood defences (report {index}).\n\
         \"We will rebuild the levee before the rains,\" Governor Ana Ruiz said on Tuesday.\n\
         Rebels attacked a checkpoint near {town} on Sunday, the army said.\n",
        1 + index % 8,
        index % 10
    )
}

fn sources_of(env: &TestEnv) -> Vec<String> {
    let run = env.run(&["--wait", "10", "sources", "--format", "json"]);
    assert_eq!(run.code, 0, "sources after a crash: {}", run.stderr);
    let value: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("json");
    let mut files: Vec<String> = value
        .as_array()
        .expect("array")
        .iter()
        .map(|a| a["file"].as_str().expect("file").to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn killed_ingests_lose_nothing_acknowledged_and_resume_cleanly() {
    let slow = std::env::var("SUMMIT_SLOW_TESTS").is_ok_and(|v| !v.is_empty());
    let rounds = if slow { 300 } else { 30 };
    let env = TestEnv::new();
    let n_articles = 24;
    let paths: Vec<String> = (0..n_articles)
        .map(|i| {
            let path = env.write(&format!("articles/{i:02}.txt"), article(i));
            path.to_str().expect("utf-8").to_string()
        })
        .collect();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut acknowledged: Vec<String> = Vec::new();
    for _ in 0..rounds {
        let start = rng.below(n_articles as u64) as usize;
        let count = 1 + rng.below(6) as usize;
        let batch: Vec<&String> =
            paths.iter().cycle().skip(start).take(count).collect();
        let mut child = Command::new(env!("CARGO_BIN_EXE_summit-timeline"))
            .arg("--db")
            .arg(env.db())
            .arg("ingest")
            .args(&batch)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn ingest");
        let deadline =
            Instant::now() + Duration::from_micros(rng.below(40_000));
        let mut finished = None;
        while Instant::now() < deadline {
            if let Some(status) = child.try_wait().expect("wait") {
                finished = Some(status);
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        match finished {
            Some(status) => {
                assert!(status.success(), "an uninterrupted ingest failed");
                for path in batch {
                    let name =
                        path.rsplit('/').next().expect("name").to_string();
                    acknowledged.push(name);
                }
            }
            None => {
                child.kill().expect("kill");
                child.wait().expect("reap");
            }
        }
        if !env.db().exists() {
            assert!(
                acknowledged.is_empty(),
                "an acknowledged database vanished"
            );
            continue;
        }
        // `--wait`: a lock still being released must not pass for damage.
        let verify = env.run(&["--wait", "10", "verify"]);
        assert_eq!(
            verify.code, 0,
            "verify after a kill: {}{}",
            verify.stdout, verify.stderr
        );
        let stored = sources_of(&env);
        for name in &acknowledged {
            assert!(stored.contains(name), "acknowledged {name} was lost");
        }
    }
    let all: Vec<&str> = paths.iter().map(String::as_str).collect();
    let mut args = vec!["ingest"];
    args.extend(&all);
    env.run(&args).expect_code(0);
    env.run(&["verify"]).expect_code(0);
    let clean = TestEnv::new();
    clean.run_with_db(&clean.db(), &args).expect_code(0);
    assert_eq!(
        env.all_json(),
        clean.all_json(),
        "resumed chronology differs from a clean run"
    );
}
