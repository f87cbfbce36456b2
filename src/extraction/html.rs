//! Articles saved as HTML ("<p>A 7.7-magnitude earthquake struck central
//! <a href=…>Myanmar</a> on Friday…</p>"): markup is read as layout, not
//! as text.
//!
//! `mask` returns a copy of the text of the same byte length in which every
//! tag, comment, script and style is blanked: a block tag (`<p>`, `<br>`,
//! `</div>`, a heading, a list item) becomes spaces ending in a line break,
//! so paragraphs stay paragraphs, and an inline tag (`<a …>`, `</strong>`)
//! becomes spaces. A few entities become their character followed by
//! spaces (`&nbsp;`, `&amp;`, `&quot;`, `&mdash;`, `&rsquo;`, …). Because every byte keeps its
//! offset, extraction runs on the copy and every span it reports still
//! points into the article as stored, so evidence is quoted exactly as
//! the file has it, markup included.

use super::text::find_bytes;

/// Block tags that start or end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "title",
    "aside",
    "nav",
    "main",
    "body",
    "html",
    "head",
];

/// Elements whose content is never text.
const HIDDEN_ELEMENTS: &[&str] = &["script", "style", "noscript", "svg"];

/// Paragraph tags at least before a text counts as HTML.
const BLOCK_TAGS_MIN: usize = 2;

/// Longest tag read; a `<` with no `>` within it is text ("a < b").
const TAG_BYTES_MAX: usize = 4096;

/// Entities replaced in place by their character and spaces. An entity is
/// at least as long as its character's UTF-8 bytes, so the text keeps its
/// length.
const ENTITIES: &[(&str, char)] = &[
    ("&nbsp;", ' '),
    ("&#160;", ' '),
    ("&amp;", '&'),
    ("&quot;", '"'),
    ("&#34;", '"'),
    ("&apos;", '\''),
    ("&#39;", '\''),
    ("&#039;", '\''),
    ("&mdash;", '—'),
    ("&#8212;", '—'),
    ("&ndash;", '–'),
    ("&#8211;", '–'),
    ("&lsquo;", '‘'),
    ("&#8216;", '‘'),
    ("&rsquo;", '’'),
    ("&#8217;", '’'),
    ("&ldquo;", '“'),
    ("&#8220;", '“'),
    ("&rdquo;", '”'),
    ("&#8221;", '”'),
    ("&laquo;", '«'),
    ("&raquo;", '»'),
    ("&hellip;", '…'),
];

/// The text with its markup blanked, or `None` when it is not HTML (fewer
/// than `BLOCK_TAGS_MIN` paragraph tags after `body_start`), so plain text
/// is never touched.
pub fn mask(text: &str, body_start: usize) -> Option<String> {
    let body = text.get(body_start..)?;
    if block_tag_count(body) < BLOCK_TAGS_MIN {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let bytes = text.as_bytes();
    let mut idx = body_start;
    while idx < bytes.len() {
        match bytes[idx] {
            b'<' => {
                if let Some(end) = markup_end(text, idx) {
                    let block = is_block(text, idx);
                    blank(&mut out, idx, end, block);
                    idx = end;
                    continue;
                }
            }
            b'&' => {
                if let Some((entity, ch)) = ENTITIES.iter().find(|(e, _)| {
                    text.get(idx..).is_some_and(|t| t.starts_with(e))
                }) {
                    let end = idx + entity.len();
                    blank(&mut out, idx, end, false);
                    // The character where the entity starts, so a passage
                    // that begins with it is cited from the entity on.
                    let mut buffer = [0u8; 4];
                    let encoded = ch.encode_utf8(&mut buffer).as_bytes();
                    if let Some(slot) = out.get_mut(idx..idx + encoded.len()) {
                        slot.copy_from_slice(encoded);
                    }
                    idx = end;
                    continue;
                }
            }
            _ => {}
        }
        idx += 1;
    }
    // Each blanked run starts at an ASCII `<` or `&` and ends after an
    // ASCII `>` or `;` (or at the end), so it covers whole characters, and
    // an entity's character is whole UTF-8: the copy stays UTF-8.
    String::from_utf8(out).ok()
}

/// How many paragraph-level tags the text has, counted up to the minimum.
fn block_tag_count(body: &str) -> usize {
    let bytes = body.as_bytes();
    let mut count = 0;
    let mut from = 0;
    // Eight bytes at a time: every article is tested, and most hold no
    // `<` at all (a byte loop was about 1 % of extraction).
    while let Some(idx) = find_bytes(bytes, from, [b'<'], false) {
        if is_block(body, idx) {
            count += 1;
            if count >= BLOCK_TAGS_MIN {
                break;
            }
        }
        from = idx + 1;
    }
    count
}

/// The tag name after `<` or `</` at `idx`, lowercased, if one starts there.
fn tag_name(text: &str, idx: usize) -> Option<String> {
    let rest = text.get(idx + 1..)?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let first = name.chars().next()?;
    first.is_ascii_alphabetic().then_some(name)
}

/// Whether the tag at `idx` is a block tag.
fn is_block(text: &str, idx: usize) -> bool {
    tag_name(text, idx).is_some_and(|name| BLOCK_TAGS.contains(&name.as_str()))
        && markup_end(text, idx).is_some()
}

/// The byte after the markup starting with `<` at `idx`: a comment, a
/// hidden element with its content, a declaration, or a tag. `None` when
/// `<` starts no markup ("a < b").
fn markup_end(text: &str, idx: usize) -> Option<usize> {
    let rest = text.get(idx..)?;
    if rest.starts_with("<!--") {
        return rest.find("-->").map(|end| idx + end + 3);
    }
    let declaration = rest.starts_with("<!") || rest.starts_with("<?");
    let name = tag_name(text, idx);
    if name.is_none() && !declaration {
        return None;
    }
    let window = rest.get(..TAG_BYTES_MAX.min(rest.len())).unwrap_or(rest);
    let close = window.find('>')?;
    // A `<` before the `>` means this was no tag ("x < y and <b>").
    if window.get(1..close).is_some_and(|inner| inner.contains('<')) {
        return None;
    }
    let tag_end = idx + close + 1;
    if let Some(name) = name
        && HIDDEN_ELEMENTS.contains(&name.as_str())
        && !rest.starts_with("</")
    {
        let closing = format!("</{name}");
        let after = text.get(tag_end..)?;
        let lower = after.to_ascii_lowercase();
        return Some(match lower.find(&closing) {
            Some(at) => {
                let close_from = tag_end + at;
                text.get(close_from..)
                    .and_then(|t| t.find('>'))
                    .map_or(text.len(), |gt| close_from + gt + 1)
            }
            None => text.len(),
        });
    }
    Some(tag_end)
}

/// Blanks `from..to` in `out`: spaces, and a final line break for a block.
/// Line breaks inside are kept, so line counts do not change.
fn blank(out: &mut [u8], from: usize, to: usize, block: bool) {
    for byte in out.iter_mut().take(to).skip(from) {
        if *byte != b'\n' {
            *byte = b' ';
        }
    }
    if block && to > from {
        out[to - 1] = b'\n';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The masked text's lines with whitespace runs squeezed, blank lines
    /// dropped.
    fn lines(masked: &str) -> Vec<String> {
        masked
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn plain_text_is_not_touched() {
        assert_eq!(mask("Talks ended. x < y and a > b.\n", 0), None);
        // One stray tag is not an HTML page.
        assert_eq!(mask("See <p> here.\n", 0), None);
    }

    #[test]
    fn markup_is_blanked_in_place_and_blocks_break_lines() {
        let text = "<p>A quake struck <a href=\"/tags/x\">Myanmar</a> on \
                    Friday.</p><p>Three &amp; more died.<br>He said \
                    &quot;we&nbsp;are safe&quot;.</p><!-- ad <p> -->\
                    <script>var a = '<p>';</script><p>Ends 3 < 4.</p>";
        let masked = mask(text, 0).expect("html");
        assert_eq!(masked.len(), text.len());
        // Every word keeps its offset, so spans point into the stored text.
        for word in ["quake", "Myanmar", "Friday.", "Three", "died.", "Ends"] {
            assert_eq!(masked.find(word), text.find(word), "{word}");
        }
        assert_eq!(
            lines(&masked),
            [
                "A quake struck Myanmar on Friday.",
                "Three & more died.",
                "He said \" we are safe\" .",
                "Ends 3 < 4.",
            ]
        );
    }

    #[test]
    fn front_matter_is_left_alone() {
        let text = "---\ntitle: <b>x</b>\n---\n<p>One.</p><p>Two.</p>";
        let body_start = text.find("<p>").expect("body");
        let masked = mask(text, body_start).expect("html");
        assert!(masked.starts_with("---\ntitle: <b>x</b>\n---\n"));
        assert_eq!(lines(&masked[body_start..]), ["One.", "Two."]);
    }
}
