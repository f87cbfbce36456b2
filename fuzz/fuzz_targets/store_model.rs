//! Fuzz target: see `summit_timeline::fuzzing::store_model` for the law it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    summit_timeline::fuzzing::store_model(data);
});
