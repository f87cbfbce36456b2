//! `completions SHELL`: a completion script for bash, zsh, fish, elvish or
//! PowerShell, generated from the CLI definition and written to stdout.

use super::super::args::{Cli, CompletionsArgs};
use super::super::emit;
use super::super::report::CliError;
use clap::CommandFactory;

/// The program name completions are registered for.
const BIN_NAME: &str = "summit-timeline";

/// Runs `completions`.
pub fn run(args: &CompletionsArgs) -> Result<(), CliError> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, BIN_NAME, &mut script);
    let script = String::from_utf8(script).map_err(|error| {
        CliError::failure(format!("completion script is not UTF-8: {error}"))
    })?;
    emit(&script)
}
