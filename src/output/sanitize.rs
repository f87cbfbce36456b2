//! Makes untrusted article text safe for a terminal: control, bidi and
//! zero-width characters are shown escaped, never emitted raw.

/// Whether a character must not reach a terminal raw.
fn is_hazard(ch: char) -> bool {
    (ch.is_control() && ch != '\n' && ch != '\t')
        || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The text with hazardous characters written as `\u{XXXX}`.
pub fn for_terminal(text: &str) -> String {
    if !text.chars().any(is_hazard) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        if is_hazard(ch) {
            out.push_str(&format!("\\u{{{:04X}}}", ch as u32));
        } else {
            out.push(ch);
        }
    }
    out
}

/// One line: newlines and tabs become spaces, hazards are escaped.
pub fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' || c == '\r' { ' ' } else { c })
        .collect();
    for_terminal(flat.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_escaped() {
        assert_eq!(for_terminal("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(for_terminal("x\u{202E}y"), "x\\u{202E}y");
        assert_eq!(for_terminal("plain\ntext"), "plain\ntext");
    }
}
