//! The single integration-test binary; each module covers one area.

mod properties;
mod store_model;
mod support_gen;
