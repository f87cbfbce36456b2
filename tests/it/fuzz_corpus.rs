//! Replays every file under `fuzz/corpus/<target>/` through the same entry
//! points the fuzz targets call, on stable, so CI covers them without a
//! fuzzer. Minimized crashes are added to the corpus with a regression test.

use std::path::Path;

fn replay(target: &str, entry: fn(&[u8])) {
    let folder =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut n_files = 0;
    for file in std::fs::read_dir(&folder).expect("corpus folder") {
        let path = file.expect("entry").path();
        entry(&std::fs::read(&path).expect("corpus file"));
        n_files += 1;
    }
    assert!(n_files > 0, "{} has no corpus files", folder.display());
}

#[test]
fn corpus_extract_replays() {
    replay("extract", summit_timeline::fuzzing::extract);
}

#[test]
fn corpus_time_replays() {
    replay("time", summit_timeline::fuzzing::time);
}

#[test]
fn corpus_decode_record_replays() {
    replay("decode_record", summit_timeline::fuzzing::decode_record);
}

#[test]
fn every_corpus_folder_has_a_fuzz_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for folder in std::fs::read_dir(root.join("corpus")).expect("corpus") {
        let name =
            folder.expect("entry").file_name().into_string().expect("utf-8");
        let target = root.join("fuzz_targets").join(format!("{name}.rs"));
        assert!(target.exists(), "fuzz/corpus/{name} has no fuzz target");
    }
}

#[test]
fn corpus_store_model_replays() {
    replay("store_model", summit_timeline::fuzzing::store_model);
}

#[test]
fn corpus_chronology_file_replays() {
    replay("chronology_file", summit_timeline::fuzzing::chronology_file);
}
