//! Fuzz target: see `summit_timeline::fuzzing::chronology_file` for the law it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    summit_timeline::fuzzing::chronology_file(data);
});
