//! Colour for people: whether to use it (`--color`, `NO_COLOR`, a terminal)
//! and the ANSI styling of the chronology table.
//!
//! Only the table is ever coloured; JSON, CSV, Markdown and exports are
//! data and stay plain. Article text in the table has already been
//! sanitized, so the only escape sequences written are the ones added here.

use super::args::ColorChoice;
use std::io::IsTerminal;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const YELLOW: &str = "\x1b[33m";
const RED: &str = "\x1b[31m";

/// Whether to colour stdout: `always`, `never`, or (for `auto`) when stdout
/// is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
pub fn enabled(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color =
                std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            !no_color && !dumb && std::io::stdout().is_terminal()
        }
    }
}

/// The ANSI colour of an event type's name.
fn kind_color(kind: &str) -> &'static str {
    match kind {
        "meeting" => "\x1b[36m",
        "call" => "\x1b[34m",
        "statement" => "\x1b[32m",
        "attack" | "military" => "\x1b[31m",
        "travel" => "\x1b[35m",
        "threat" | "agreement" => "\x1b[33m",
        _ => "",
    }
}

/// Colours a table rendered by `output::text::table` when `color` is set:
/// the header bold, each type name in its colour, ids dim, statuses other
/// than `occurred` yellow and disputes red. Without colour, `table` is
/// returned unchanged.
pub fn table(table: &str, color: bool) -> String {
    if !color {
        return table.to_string();
    }
    let mut out = String::with_capacity(table.len() * 2);
    for (index, line) in table.lines().enumerate() {
        if index == 0 {
            out.push_str(&format!("{BOLD}{line}{RESET}\n"));
        } else if !line.starts_with(' ') && line.contains("  ") {
            out.push_str(&head_line(line));
            out.push('\n');
        } else if line.trim_start().starts_with("e-") {
            out.push_str(&tail_line(line));
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A head line `WHEN  TYPE  SRC  WHAT`: the type name coloured.
fn head_line(line: &str) -> String {
    let Some(gap) = line.find("  ") else {
        return line.to_string();
    };
    let (when, rest) = line.split_at(gap);
    let trimmed = rest.trim_start();
    let pad = rest.len() - trimmed.len();
    let kind_end = trimmed.find(' ').unwrap_or(trimmed.len());
    let (kind, after) = trimmed.split_at(kind_end);
    let color = kind_color(kind);
    if color.is_empty() {
        return line.to_string();
    }
    format!("{BOLD}{when}{RESET}{}{color}{kind}{RESET}{after}", &rest[..pad])
}

/// A tail line `id  [status]  disputed: …`: id dim, the rest highlighted.
fn tail_line(line: &str) -> String {
    let indent = line.len() - line.trim_start().len();
    let body = &line[indent..];
    let id_end = body.find(' ').unwrap_or(body.len());
    let (id, rest) = body.split_at(id_end);
    let rest = match rest.find("disputed:") {
        Some(at) => {
            let (status, disputed) = rest.split_at(at);
            format!("{YELLOW}{status}{RESET}{RED}{disputed}{RESET}")
        }
        None if rest.is_empty() => String::new(),
        None => format!("{YELLOW}{rest}{RESET}"),
    };
    format!("{}{DIM}{id}{RESET}{rest}", &line[..indent])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "WHEN        TYPE       SRC  WHAT\n\
        2025-08-15  meeting      5  Donald Trump\n\
        \x20           The two met.\n\
        \x20           e-1234  [planned]  disputed: duration\n\
        1 events\n";

    #[test]
    fn table_is_unchanged_without_colour() {
        assert_eq!(table(TABLE, false), TABLE);
    }

    #[test]
    fn table_colours_type_id_and_status() {
        let coloured = table(TABLE, true);
        assert!(coloured.starts_with(BOLD));
        assert!(coloured.contains("\x1b[36mmeeting\x1b[0m"));
        assert!(coloured.contains(&format!("{DIM}e-1234{RESET}")));
        assert!(coloured.contains(&format!("{RED}disputed: duration")));
        let plain: String = strip(&coloured);
        assert_eq!(plain, TABLE);
    }

    fn strip(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(ch) = chars.next() {
            if ch == '\x1b' {
                for next in chars.by_ref() {
                    if next == 'm' {
                        break;
                    }
                }
            } else {
                out.push(ch);
            }
        }
        out
    }
}
