//! Extraction: article text in, observations and diagnostics out.
//!
//! Extraction is pure and total: no I/O, no clock, and any text gives an
//! `Extraction` (possibly empty) plus diagnostics. It never fails because of
//! content.
//!
//! The pipeline, one module per step: `text` (boilerplate, headings,
//! sentences, words) → `actors` (mentions resolved through the `lexicon`
//! and the article's memory) → `events` (triggers, status, claims) and
//! `quotes` (quote regions, speakers) → `dates` (valid time from `time`
//! mentions, anchors and the narrative) → `Observation`s, assembled in
//! `article`.

pub mod actors;
mod article;
pub mod dates;
pub mod events;
pub(crate) mod fxhash;
mod html;
pub mod lexicon;
pub mod quotes;
pub mod text;
pub mod time;

#[cfg(test)]
mod tests;

use crate::domain::{ByteSpan, Day, Observation};
pub use lexicon::{Lexicon, LexiconError};
use serde::Serialize;

/// Version of the extraction rules; recorded with every observation batch so
/// that replays know which rules produced what.
pub const EXTRACTOR_VERSION: u32 = 53;

/// What extraction needs to know about one article.
#[derive(Clone, Copy, Debug)]
pub struct ExtractInput<'a> {
    /// The article file's text exactly as read (front matter included).
    pub text: &'a str,
    /// Byte offset where the body starts (after any front matter).
    pub body_start: usize,
    /// The publication date, if known; relative dates resolve against it.
    pub published: Option<Day>,
    /// Actor aliases, titles, roles and the gazetteer
    /// (`Lexicon::builtin()` unless the user extended it).
    pub lexicon: &'a Lexicon,
}

/// A problem extraction noticed in the text; never fatal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Where, if it concerns a passage.
    pub span: Option<ByteSpan>,
    /// A short machine-readable kind, e.g. `unresolved_time`.
    pub kind: String,
    /// What a person should know.
    pub message: String,
}

/// Everything extraction found in one article.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// One entry per happening the article reports.
    pub observations: Vec<Observation>,
    /// Every time expression found, in text order.
    pub times: Vec<time::TimeMention>,
    /// Problems noticed on the way.
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts observations from one article.
pub fn extract(input: &ExtractInput<'_>) -> Extraction {
    // An article saved as HTML is read with its markup blanked in place:
    // every span still points into the text as stored.
    let masked = html::mask(input.text, input.body_start);
    let plain;
    let input = match &masked {
        Some(text) => {
            plain = ExtractInput { text, ..*input };
            &plain
        }
        None => input,
    };
    // A wire story filed the day before it was published: its relative
    // dates were written against the dateline's day.
    let times = time::tag_again_if(
        input.text,
        input.body_start,
        input.published,
        |times| {
            article::dateline_day(input, times)
                .filter(|filed| Some(*filed) != input.published)
        },
    );
    let (observations, diagnostics) = article::observe(input, &times);
    Extraction { observations, times, diagnostics }
}
