//! Fuzz entry points, shared by the cargo-fuzz targets in `fuzz/`, the
//! corpus replay in `tests/it/fuzz_corpus.rs` and property tests. Each one
//! asserts a law, not only the absence of a panic.

use crate::domain::Day;
use crate::extraction::{self, ExtractInput, time};
use crate::store::Envelope;

fn published() -> Option<Day> {
    Day::from_ymd(2025, 8, 16)
}

/// Arbitrary bytes as an article: extraction is total, and every span it
/// reports lies inside the text on character boundaries with start <= end.
pub fn extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let input = ExtractInput { text, body_start: 0, published: published() };
    let extraction = extraction::extract(&input);
    for observation in &extraction.observations {
        let span = observation.span;
        assert!(span.start <= span.end, "span {span:?} is reversed");
        assert!(
            span.slice(text).is_some(),
            "span {span:?} is not on char boundaries"
        );
        if let (Some(start), Some(end)) =
            (observation.when.start, observation.when.end)
        {
            assert!(start <= end, "when {:?} is reversed", observation.when);
        }
    }
}

/// Arbitrary text through the time tagger: mentions are in text order,
/// do not overlap, lie on character boundaries, and resolve to spans
/// with start <= end.
pub fn time(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mentions = time::tag(text, 0, published());
    let mut previous_end = 0;
    for mention in &mentions {
        let span = mention.span;
        assert!(span.start >= previous_end, "mentions overlap at {span:?}");
        assert!(
            span.slice(text).is_some(),
            "span {span:?} is not on char boundaries"
        );
        previous_end = span.end;
        if let Some(when) = &mention.when
            && let (Some(start), Some(end)) = (when.start, when.end)
        {
            assert!(start <= end, "when {when:?} is reversed");
        }
    }
}

/// Arbitrary bytes as a stored log record: decoding never panics or
/// allocates without bound, and whatever decodes re-encodes to a value that
/// decodes to itself.
pub fn decode_record(data: &[u8]) {
    if let Ok(envelope) = Envelope::decode(data) {
        let bytes = envelope.encode().expect("a decoded envelope encodes");
        let again =
            Envelope::decode(&bytes).expect("a re-encoded envelope decodes");
        assert_eq!(again, envelope, "decode(encode(x)) != x");
    }
}
