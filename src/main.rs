//! The `summit-timeline` binary: parses, runs, and exits with the code the
//! command's result maps to. Everything else lives in `cli`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
