//! The command-line interface: parse, dispatch to one command, report.
//!
//! Binary-only; the library never reaches it. All printing, exiting,
//! environment and clock access of the program happens under here.

mod args;
mod commands;
mod progress;
mod report;
mod settings;
mod style;

use clap::Parser;
use report::CliError;
use std::io::Write;
use std::process::ExitCode;

/// Runs the program and returns its exit status.
pub fn main() -> ExitCode {
    // A panic is a bug; the user gets one clear line, never the default text.
    std::panic::set_hook(Box::new(|_| {}));
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code =
                if error.use_stderr() { report::EXIT_BAD_INPUT } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let outcome = std::panic::catch_unwind(|| commands::run(cli));
    let result = outcome.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        Err(CliError::failure(format!("internal error: {what}"))
            .hint("this is a bug in summit-timeline; the stored data was not changed by it"))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.code == 0 => ExitCode::SUCCESS,
        Err(error) => {
            let _ = std::io::stderr().write_all(error.render().as_bytes());
            ExitCode::from(error.code)
        }
    }
}

/// Writes data to stdout. A closed pipe (`| head`) ends the program quietly
/// with status 0.
pub fn emit(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            Err(CliError {
                code: 0,
                message: String::new(),
                causes: Vec::new(),
                hint: None,
            })
        }
        Err(error) => {
            Err(CliError::failure(format!("cannot write output: {error}")))
        }
    }
}

/// Writes a message line to stderr (warnings, skipped files, progress).
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}
