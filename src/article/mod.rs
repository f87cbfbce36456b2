//! Articles: their text, metadata, front matter and content-derived id.
//!
//! This module owns how an article file's text becomes an `Article`. It does
//! no I/O: the CLI reads files and hands their text in.

use crate::domain::Day;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Where an article came from: outlet, address, title, publication date.
#[derive(
    Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize,
)]
pub struct SourceInfo {
    /// The title, if known.
    pub title: Option<String>,
    /// The publishing outlet, if known.
    pub outlet: Option<String>,
    /// The URL, if known.
    pub url: Option<String>,
    /// The publication date; relative dates in the text resolve against it.
    pub published_at: Option<Day>,
}

impl SourceInfo {
    /// Fills every field this one lacks from `weaker`.
    pub fn or(self, weaker: &SourceInfo) -> SourceInfo {
        SourceInfo {
            title: self.title.or_else(|| weaker.title.clone()),
            outlet: self.outlet.or_else(|| weaker.outlet.clone()),
            url: self.url.or_else(|| weaker.url.clone()),
            published_at: self.published_at.or(weaker.published_at),
        }
    }
}

/// One article: its file text exactly as read, and its metadata.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Article {
    /// Content-derived id, `a-` and 16 hex digits.
    pub id: String,
    /// The file's base name.
    pub file: String,
    /// The file's text exactly as read (front matter included).
    pub text: String,
    /// Byte offset where the body starts (after any front matter).
    pub body_start: u32,
    /// Metadata.
    pub info: SourceInfo,
}

/// Problems with an article's front matter.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArticleError {
    /// A `published` value that is not a real `YYYY-MM-DD` date.
    #[error(
        "front matter line {line}: '{value}' is not a date (want YYYY-MM-DD)"
    )]
    BadDate {
        /// One-based line number in the file.
        line: usize,
        /// The value as written.
        value: String,
    },
    /// Front matter that opens with `---` but never closes.
    #[error("front matter opened on line 1 is never closed with '---'")]
    UnclosedFrontMatter,
}

impl Article {
    /// Builds an article from a file's text; front matter fills `info` where
    /// `overrides` (from flags) leaves a field empty, then `fallback` (from a
    /// manifest) does.
    pub fn from_text(
        file: &str,
        text: String,
        overrides: &SourceInfo,
        fallback: &SourceInfo,
    ) -> Result<Article, ArticleError> {
        let (front, body_start) = parse_front_matter(&text)?;
        let info = overrides.clone().or(&front).or(fallback);
        let id = article_id(text.get(body_start..).unwrap_or(""));
        Ok(Article {
            id,
            file: file.to_string(),
            body_start: u32::try_from(body_start).unwrap_or(u32::MAX),
            text,
            info,
        })
    }

    /// The body text (after any front matter).
    pub fn body(&self) -> &str {
        self.text.get(self.body_start as usize..).unwrap_or("")
    }
}

/// The id of an article body: a hash of its text with Unicode normalised
/// (NFC) and runs of whitespace folded, so trivial re-encodings match.
pub fn article_id(body: &str) -> String {
    let mut hasher = Sha256::new();
    let mut pending_space = false;
    let mut started = false;
    let mut buffer = [0u8; 4];
    for ch in body.nfc() {
        if ch.is_whitespace() {
            pending_space = started;
            continue;
        }
        if pending_space {
            hasher.update(b" ");
            pending_space = false;
        }
        started = true;
        hasher.update(ch.encode_utf8(&mut buffer).as_bytes());
    }
    let digest = hasher.finalize();
    let mut id = String::from("a-");
    for byte in digest.iter().take(8) {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

/// Parses front matter: a first line `---`, `key: value` lines, a line `---`.
/// Returns the metadata and the byte offset where the body starts.
pub fn parse_front_matter(
    text: &str,
) -> Result<(SourceInfo, usize), ArticleError> {
    let mut info = SourceInfo::default();
    let first_end = text.find('\n').unwrap_or(text.len());
    if text.get(..first_end).map(str::trim_end) != Some("---") {
        return Ok((info, 0));
    }
    let mut offset = (first_end + 1).min(text.len());
    let mut line_number = 1;
    while offset < text.len() {
        let rest = text.get(offset..).unwrap_or("");
        let line_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = rest.get(..line_len).unwrap_or("").trim_end();
        line_number += 1;
        offset += line_len;
        if line == "---" {
            return Ok((info, offset));
        }
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = value.trim().trim_matches('"').to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "published" | "date" | "published_at" => {
                let day = Day::parse(&value).ok_or(ArticleError::BadDate {
                    line: line_number,
                    value: value.clone(),
                })?;
                info.published_at = Some(day);
            }
            "title" => info.title = Some(value),
            "outlet" | "source" | "publisher" => info.outlet = Some(value),
            "url" | "link" => info.url = Some(value),
            _ => {}
        }
    }
    Err(ArticleError::UnclosedFrontMatter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_parsed_and_body_offset_counts_it() {
        let text =
            "---\ntitle: A day\npublished: 2025-08-16\n---\nBody here.\n";
        let (info, start) = parse_front_matter(text).expect("valid");
        assert_eq!(info.title.as_deref(), Some("A day"));
        assert_eq!(info.published_at, Day::parse("2025-08-16"));
        assert_eq!(&text[start..], "Body here.\n");
    }

    #[test]
    fn text_without_front_matter_starts_at_zero() {
        let (info, start) = parse_front_matter("Plain text.").expect("valid");
        assert_eq!(start, 0);
        assert_eq!(info, SourceInfo::default());
    }

    #[test]
    fn bad_front_matter_date_is_an_error() {
        let text = "---\npublished: 2025-02-30\n---\nx";
        assert!(matches!(
            parse_front_matter(text),
            Err(ArticleError::BadDate { line: 2, .. })
        ));
    }

    #[test]
    fn id_ignores_whitespace_runs_and_normalisation() {
        let a = article_id("Caf\u{e9}  met\n\nhere ");
        let b = article_id("  Cafe\u{301} met here");
        assert_eq!(a, b);
        assert_ne!(a, article_id("Cafe met here"));
    }
}
