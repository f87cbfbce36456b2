//! Project rules, as a test: module docs, where printing, exiting, sled and
//! the clock may appear, no ignored tests, no forgotten test modules, and no
//! reads of anything outside the project.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("read folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources(folder: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join(folder), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("read source");
            let name = path
                .strip_prefix(root())
                .expect("inside")
                .display()
                .to_string();
            (name, text)
        })
        .collect()
}

/// Builds a needle from parts so this file does not match itself.
fn needle(parts: &[&str]) -> String {
    parts.concat()
}

#[test]
fn every_source_file_starts_with_module_docs() {
    for (name, text) in sources("src") {
        assert!(text.starts_with("//!"), "{name} does not start with //! docs");
    }
}

#[test]
fn printing_exiting_and_clock_stay_in_the_cli() {
    let banned = [
        needle(&["print", "ln!"]),
        needle(&["eprint", "ln!"]),
        needle(&["process::", "exit"]),
        needle(&["SystemTime::", "now"]),
        needle(&["Utc::", "now"]),
        needle(&["Local::", "now"]),
        needle(&["std::", "env::var"]),
    ];
    for (name, text) in sources("src") {
        if name.starts_with("src/cli/") || name == "src/main.rs" {
            continue;
        }
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for word in &banned {
            assert!(
                !code.contains(word.as_str()),
                "{name} uses {word} outside src/cli"
            );
        }
    }
}

#[test]
fn only_the_store_imports_sled() {
    let word = needle(&["sled", "::"]);
    for (name, text) in sources("src") {
        if !name.starts_with("src/store/") {
            assert!(
                !text.contains(&word),
                "{name} uses sled outside src/store"
            );
        }
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    let banned = [needle(&["#[", "ignore"]), needle(&["#[", "should_panic"])];
    for folder in ["src", "tests"] {
        for (name, text) in sources(folder) {
            for word in &banned {
                assert!(!text.contains(word.as_str()), "{name} has {word}");
            }
        }
    }
}

#[test]
fn every_integration_test_module_is_declared() {
    let main = std::fs::read_to_string(root().join("tests/it/main.rs"))
        .expect("main.rs");
    for (name, _) in sources("tests/it") {
        let stem = Path::new(&name)
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        if stem == "main" {
            continue;
        }
        assert!(
            main.contains(&format!("mod {stem};")),
            "{name} is not declared in main.rs"
        );
    }
}

#[test]
fn nothing_reads_outside_the_project() {
    let word = needle(&["..", "/shared"]);
    let mut files = sources("src");
    files.extend(sources("tests"));
    for extra in ["README.md", ".ci/run", "Cargo.toml"] {
        if let Ok(text) = std::fs::read_to_string(root().join(extra)) {
            files.push((extra.to_string(), text));
        }
    }
    for (name, text) in files {
        assert!(
            !text.contains(&word),
            "{name} refers to a folder outside the project"
        );
    }
}
