//! The single integration-test binary. Each module covers one area; new
//! tests go in the module of their area, new areas get a module here.

mod browser;
mod chronology_file;
mod cli_errors;
mod cli_ingest;
mod consolidation;
mod crash;
mod damage;
mod export;
mod fuzz_corpus;
mod properties;
mod snapshots;
mod store_model;
mod support;
mod support_gen;
mod tidy;
mod timeline;
mod timex;
