//! `TestEnv`: a fresh temp dir per test, the real binary, and captured
//! stdout, stderr and exit status.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of the binary produced.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Panics with the whole output unless the exit status is `code`.
    #[track_caller]
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        assert!(
            !self.stderr.contains("panicked"),
            "panic text: {}",
            self.stderr
        );
        assert!(
            !self.stderr.contains("RUST_BACKTRACE"),
            "panic text: {}",
            self.stderr
        );
        self
    }

    /// The first line of stderr.
    pub fn first_error_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or("")
    }
}

/// A temp dir holding a database path and article files.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// The database folder used by `run`.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("timeline.db")
    }

    /// A path inside the temp dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file (and its folders) inside the temp dir.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// Copies the project's seed articles (and manifest) into `name/`.
    pub fn seeds(&self, name: &str) -> PathBuf {
        let target = self.path(name);
        std::fs::create_dir_all(&target).expect("create folder");
        for entry in std::fs::read_dir(seeds_dir()).expect("seeds folder") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), target.join(entry.file_name()))
                .expect("copy seed");
        }
        target
    }

    /// Runs the binary with `--db` pointing at this env's database.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_db(&self.db(), args)
    }

    /// Runs the binary with an explicit `--db`.
    pub fn run_with_db(&self, db: &Path, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_summit-timeline"))
            .arg("--db")
            .arg(db)
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("SUMMIT_TIMELINE_DB")
            .env("COLUMNS", "80")
            .output()
            .expect("run the binary");
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }

    /// The whole chronology as JSON text.
    pub fn all_json(&self) -> String {
        self.run(&["between", "1900-01-01", "2100-12-31", "--format", "json"])
            .expect_code(0)
            .stdout
    }
}

/// The project's `seeds/` folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// A short article in the house style of a wire story, written for tests.
pub const HARBOR_STORY: &str = "\
Port officials and the mayor of Lisbon met on Tuesday to discuss the harbor dredging plan.
\"We will not allow the river to silt up again,\" Mayor Carla Mendes said after the meeting.
The dredging contract was signed in March 2024, according to the city council.
";
