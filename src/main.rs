//! The `summit-timeline` binary: parses, runs, and exits with the code the
//! command's result maps to. Everything else lives in `cli`.

mod cli;

/// mimalloc instead of the system allocator: extraction allocates a few
/// hundred small strings and vectors per article (benches/README.md,
/// perf-extract8).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
