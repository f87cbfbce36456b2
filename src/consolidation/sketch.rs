//! Near-duplicate articles: a bottom-k MinHash sketch of an article body's
//! word shingles, and the estimated resemblance of two sketches.
//!
//! The same wire story republished by several outlets, or an article
//! ingested twice with trivial edits, has nearly the same shingles; such
//! articles count as one independent source. A sketch is a function of the
//! text alone, so grouping by it does not depend on ingestion order.

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
fn fnv1a_joined<W: AsRef<str>>(words: &[W]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            feed(b' ');
        }
        word.as_ref().bytes().for_each(&mut feed);
    }
    // A final mix so that the low-order ranks are well spread.
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^ (hash >> 33)
}

impl Sketch {
    /// The sketch of a body of text (case and punctuation ignored).
    pub fn of(body: &str) -> Sketch {
        // `text::words(body)`, lowercased into one buffer instead of a
        // string per word.
        let mut lower = String::with_capacity(body.len());
        let mut ends = Vec::with_capacity(body.len() / 4);
        for word in
            body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
        {
            if word.is_ascii() {
                let start = lower.len();
                lower.push_str(word);
                if let Some(added) = lower.get_mut(start..) {
                    added.make_ascii_lowercase();
                }
            } else {
                lower.push_str(&word.to_lowercase());
            }
            ends.push(lower.len());
        }
        let mut start = 0;
        let words: Vec<&str> = ends
            .iter()
            .map(|&end| {
                let word = &lower[start..end];
                start = end;
                word
            })
            .collect();
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
    /// Both sketches are ascending and distinct, so one merge walks the
    /// union in order (counting and allocating nothing else).
    pub fn resemblance(&self, other: &Sketch) -> f64 {
        let (mut left, mut right) =
            (self.hashes.iter().peekable(), other.hashes.iter().peekable());
        let (mut n_union, mut n_both) = (0usize, 0usize);
        while n_union < SKETCH_SIZE {
            match (left.peek(), right.peek()) {
                (None, None) => break,
                (Some(a), Some(b)) if a == b => {
                    n_both += 1;
                    left.next();
                    right.next();
                }
                (Some(a), Some(b)) if a < b => {
                    left.next();
                }
                (Some(_), None) => {
                    left.next();
                }
                _ => {
                    right.next();
                }
            }
            n_union += 1;
        }
        if n_union == 0 {
            return 0.0;
        }
        n_both as f64 / n_union as f64
    }

    /// Whether two articles are near-duplicates.
    pub fn near_duplicate(&self, other: &Sketch) -> bool {
        self.resemblance(other) >= NEAR_DUPLICATE_MIN
    }
}

/// How many independent groups the sketches form: connected components of
/// the near-duplicate relation. A missing sketch counts as its own group.
///
/// Only pairs whose first `PREFIX_HASHES` hashes meet are compared: if the
/// union's smallest `n` hashes hold at least `0.6 n` of both sketches, the
/// two sketches' hashes among them (each a prefix of its sketch) share one
/// within their first `n - 0.6 n + 1 <= 26` (the prefix filter of
/// similarity joins), so no near-duplicate pair is skipped and the count
/// is the one comparing every pair gives. An event reported by hundreds
/// of unrelated articles then costs a sort, not a comparison per pair.
pub fn independent_groups(sketches: &[Option<Sketch>]) -> usize {
    const ALL_PAIRS_MAX: usize = 8;
    /// At least `SKETCH_SIZE - ceil(0.6 SKETCH_SIZE) + 1` (26), with room
    /// for the rounding of the resemblance.
    const PREFIX_HASHES: usize = 28;
    const _: () = assert!(
        (SKETCH_SIZE as f64) * (1.0 - NEAR_DUPLICATE_MIN) + 1.0
            < PREFIX_HASHES as f64
    );
    if sketches.len() <= ALL_PAIRS_MAX {
        return independent_groups_all_pairs(sketches);
    }
    let mut prefixes: Vec<(u64, usize)> = Vec::new();
    for (index, sketch) in sketches.iter().enumerate() {
        for hash in
            sketch.iter().flat_map(|s| s.hashes.iter().take(PREFIX_HASHES))
        {
            prefixes.push((*hash, index));
        }
    }
    prefixes.sort_unstable();
    let mut pairs = Vec::new();
    for run in prefixes.chunk_by(|a, b| a.0 == b.0) {
        for (at, &(_, i)) in run.iter().enumerate() {
            pairs.extend(
                run[at + 1..].iter().map(|&(_, j)| (i.min(j), i.max(j))),
            );
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut parent: Vec<usize> = (0..sketches.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut groups = sketches.len();
    for (i, j) in pairs {
        let (root_i, root_j) = (find(&mut parent, i), find(&mut parent, j));
        if root_i == root_j {
            continue;
        }
        if let (Some(a), Some(b)) = (&sketches[i], &sketches[j])
            && a.near_duplicate(b)
        {
            parent[root_i.max(root_j)] = root_i.min(root_j);
            groups -= 1;
        }
    }
    groups
}

/// `independent_groups` by comparing every pair (few sketches).
fn independent_groups_all_pairs(sketches: &[Option<Sketch>]) -> usize {
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
    use super::super::text::words;
    use super::*;

    /// `Sketch::of` as first written, over `text::words`.
    fn sketch_over_words(body: &str) -> Sketch {
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

    #[test]
    fn sketch_equals_the_one_over_text_words() {
        let texts = [
            STORY,
            "",
            "One two",
            "ÉLYSÉE Palace: Ο ΠΡΩΘΥΠΟΥΡΓΟΣ Σ said ΣΑΣ — İstanbul's ÅRHUS 3rd x",
            "Straße, ﬁnal DŽungla; naïve café-owner said «Oui» 2024-03-01.",
        ];
        for text in texts {
            let repeated = format!("{text} {STORY} {text}");
            for body in [text, repeated.as_str()] {
                assert_eq!(Sketch::of(body), sketch_over_words(body), "{body}");
            }
        }
    }

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

    /// The resemblance as first defined: sort the union, keep its
    /// smallest hashes, count those in both.
    fn resemblance_by_sorting(a: &Sketch, b: &Sketch) -> f64 {
        let mut union: Vec<u64> =
            a.hashes.iter().chain(&b.hashes).copied().collect();
        union.sort_unstable();
        union.dedup();
        union.truncate(SKETCH_SIZE);
        if union.is_empty() {
            return 0.0;
        }
        let both = union
            .iter()
            .filter(|h| {
                a.hashes.binary_search(h).is_ok()
                    && b.hashes.binary_search(h).is_ok()
            })
            .count();
        both as f64 / union.len() as f64
    }

    #[test]
    fn merged_resemblance_equals_the_sorted_union() {
        let mut state = 7u64;
        let mut sketch = |n: usize, modulus: u64| {
            let mut hashes: Vec<u64> = (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (state >> 33) % modulus
                })
                .collect();
            hashes.sort_unstable();
            hashes.dedup();
            hashes.truncate(SKETCH_SIZE);
            Sketch { hashes }
        };
        for round in 0..500 {
            let modulus = [80, 200, 10_000][round % 3];
            let (a, b) =
                (sketch(round % 90, modulus), sketch(round % 70, modulus));
            assert_eq!(a.resemblance(&b), resemblance_by_sorting(&a, &b));
            assert_eq!(b.resemblance(&a), resemblance_by_sorting(&b, &a));
        }
    }

    #[test]
    fn groups_by_shared_hashes_equal_groups_by_all_pairs() {
        let mut state = 11u64;
        let mut next = move |modulus: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % modulus
        };
        for round in 0..400 {
            let n = 1 + next(30) as usize;
            // Small sketches over few values, or full ones (the union
            // then truncated) over many.
            let (size, modulus) =
                if round % 2 == 0 { (40, 1_000) } else { (90, 100_000) };
            let mut pool = Vec::new();
            for _ in 0..4 {
                let base: Vec<u64> = (0..size)
                    .map(|_| modulus / 2 + next(modulus / 2))
                    .collect();
                pool.push(base);
            }
            let mut sketches = Vec::new();
            for _ in 0..n {
                if next(10) == 0 {
                    sketches.push(None);
                    continue;
                }
                // Near copies of a few base texts.
                let base = pool[next(4) as usize].clone();
                let mut hashes = Vec::new();
                for hash in base {
                    if next(5) != 0 {
                        hashes.push(hash);
                    }
                }
                // Noise below the base's hashes: the hashes two copies
                // share come after some that they do not.
                for _ in 0..next(16) {
                    hashes.push(next(modulus / 2));
                }
                hashes.sort_unstable();
                hashes.dedup();
                hashes.truncate(SKETCH_SIZE);
                sketches.push(Some(Sketch { hashes }));
            }
            assert_eq!(
                independent_groups(&sketches),
                independent_groups_all_pairs(&sketches),
                "round {round}"
            );
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
