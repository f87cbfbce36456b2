//! Fuzz target: see `summit_timeline::fuzzing::extract` for the law it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    summit_timeline::fuzzing::extract(data);
});
