//! Near-duplicate articles: a bottom-k MinHash sketch of an article body's
//! word shingles, and the estimated resemblance of two sketches.
//!
//! The same wire story republished by several outlets, or an article
//! ingested twice with trivial edits, has nearly the same shingles; such
//! articles count as one independent source. A sketch is a function of the
//! text alone, so grouping by it does not depend on ingestion order.

use super::text::words;
use serde::{Deserialize, Serialize};

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Hashes a sketch keeps (the smallest ones).
pub const SKETCH_SIZE: usize = 64;
/// Estimated resemblance at or above which two articles are near-duplicates.
pub const NEAR_DUPLICATE_MIN: f64 = 0.6;

/// The bottom-k sketch of one article body: its smallest shingle hashes,
/// sorted ascending and distinct.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sketch {
    /// The smallest shingle hashes, ascending.
    pub hashes: Vec<u64>,
}

/// FNV-1a, 64 bits, of the words joined by single spaces (as
/// `words.join(" ")` would give, without building the string): stable
/// across builds and platforms.
fn fnv1a_joined(words: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            feed(b' ');
        }
        word.bytes().for_each(&mut feed);
    }
    // A final mix so that the low-order ranks are well spread.
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^ (hash >> 33)
}

impl Sketch {
    /// The sketch of a body of text (case and punctuation ignored).
    pub fn of(body: &str) -> Sketch {
        let words = words(body);
        let mut hashes: Vec<u64> = if words.len() < SHINGLE_WORDS {
            vec![fnv1a_joined(&words)]
        } else {
            words.windows(SHINGLE_WORDS).map(fnv1a_joined).collect()
        };
        hashes.sort_unstable();
        hashes.dedup();
        hashes.truncate(SKETCH_SIZE);
        Sketch { hashes }
    }

    /// Estimated Jaccard resemblance of the two shingle sets: among the
    /// smallest hashes of the union, the share found in both sketches.
    pub fn resemblance(&self, other: &Sketch) -> f64 {
        let mut union: Vec<u64> =
            self.hashes.iter().chain(&other.hashes).copied().collect();
        union.sort_unstable();
        union.dedup();
        union.truncate(SKETCH_SIZE);
        if union.is_empty() {
            return 0.0;
        }
        let both = union
            .iter()
            .filter(|h| {
                self.hashes.binary_search(h).is_ok()
                    && other.hashes.binary_search(h).is_ok()
            })
            .count();
        both as f64 / union.len() as f64
    }

    /// Whether two articles are near-duplicates.
    pub fn near_duplicate(&self, other: &Sketch) -> bool {
        self.resemblance(other) >= NEAR_DUPLICATE_MIN
    }
}

/// How many independent groups the sketches form: connected components of
/// the near-duplicate relation. A missing sketch counts as its own group.
pub fn independent_groups(sketches: &[Option<Sketch>]) -> usize {
    let roots =
        super::components::component_roots(sketches.len(), |i, j| {
            match (&sketches[i], &sketches[j]) {
                (Some(a), Some(b)) => a.near_duplicate(b),
                _ => false,
            }
        });
    roots.iter().enumerate().filter(|(i, root)| i == *root).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Flood waters rose along the river on Tuesday as \
        engineers opened the spillway gates for the first time in a decade, \
        officials in the provincial capital said, warning farmers downstream \
        to move livestock to higher ground before the crest arrives.";

    /// The hash of the joined words, as sketches stored before
    /// `fnv1a_joined` computed it: the stored sketches stay valid.
    fn fnv1a(bytes: &[u8]) -> u64 {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^ (hash >> 33)
    }

    #[test]
    fn joined_hash_equals_hash_of_the_joined_string() {
        let words = words(STORY);
        for n in 0..=words.len().min(7) {
            let part = &words[..n];
            assert_eq!(fnv1a_joined(part), fnv1a(part.join(" ").as_bytes()));
        }
    }

    #[test]
    fn a_trivially_edited_copy_is_a_near_duplicate() {
        let edited = STORY.replace("Tuesday", "Tuesday,") + " (Reuters)";
        assert!(Sketch::of(STORY).near_duplicate(&Sketch::of(&edited)));
    }

    #[test]
    fn different_stories_are_independent() {
        let other = "The central bank held interest rates steady on \
            Thursday, saying inflation had eased but that wage growth \
            remained too strong for a cut before the autumn.";
        let sketches = [Some(Sketch::of(STORY)), Some(Sketch::of(other))];
        assert_eq!(independent_groups(&sketches), 2);
        let twice = [Some(Sketch::of(STORY)), Some(Sketch::of(STORY)), None];
        assert_eq!(independent_groups(&twice), 2);
    }
}
