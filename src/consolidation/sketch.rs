//! Near-duplicate articles: a bottom-k MinHash sketch of an article body's
//! word shingles, and the estimated resemblance of two sketches.
//!
//! The same wire story republished by several outlets, or an article
//! ingested twice with trivial edits, has nearly the same shingles; such
//! articles count as one independent source. A sketch is a function of the
//! text alone, so grouping by it does not depend on ingestion order.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

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

    /// Whether the hashes are what `Sketch::of` makes: ascending, distinct
    /// and at most `SKETCH_SIZE` of them.
    pub fn is_canonical(&self) -> bool {
        self.hashes.len() <= SKETCH_SIZE
            && self.hashes.windows(2).all(|pair| pair[0] < pair[1])
    }

    /// Whether two articles are near-duplicates.
    pub fn near_duplicate(&self, other: &Sketch) -> bool {
        self.resemblance(other) >= NEAR_DUPLICATE_MIN
    }
}

/// Hashes of each sketch, rarest first, that `independent_groups` looks
/// at for candidate pairs: at least `SKETCH_SIZE - ceil(0.6 SKETCH_SIZE)
/// + 1` (26), with room for the rounding of the resemblance.
const PREFIX_HASHES: usize = 28;
const _: () = assert!(
    (SKETCH_SIZE as f64) * (1.0 - NEAR_DUPLICATE_MIN) + 1.0
        < PREFIX_HASHES as f64
);

/// How many independent groups the sketches form: connected components of
/// the near-duplicate relation. A missing sketch counts as its own group.
///
/// # Candidate pairs
///
/// Only pairs that share a hash among the first `PREFIX_HASHES` hashes of
/// both sketches are compared, each sketch's hashes taken rarest first
/// (held by the fewest sketches of this call, then by value). That skips
/// no near-duplicate pair, in whatever order the hashes are taken: a
/// near-duplicate pair has `n_both >= 0.6 n_union`, and each sketch holds
/// at most `n_union` hashes (all of them when the union is smaller than
/// `SKETCH_SIZE`, at most `SKETCH_SIZE` otherwise), so at most `0.4
/// n_union <= 25` of each sketch's hashes are not shared ones, and the
/// first shared one in the order is among the first 26 of both (the
/// prefix filter of similarity joins). So the count is the one comparing
/// every pair gives. Rarest first keeps out of the prefixes the hashes
/// that most articles of a large event hold (shared lines, common
/// phrases), which would make nearly every pair a candidate. Pairs
/// already in one group, and pairs already compared, are skipped.
///
/// Sketches that are not ascending and distinct, or longer than
/// `SKETCH_SIZE` (never made by `Sketch::of`), are grouped by comparing
/// every pair.
pub fn independent_groups(sketches: &[Option<Sketch>]) -> usize {
    const ALL_PAIRS_MAX: usize = 8;
    let well_formed = || sketches.iter().flatten().all(Sketch::is_canonical);
    if sketches.len() <= ALL_PAIRS_MAX || !well_formed() {
        return independent_groups_all_pairs(sketches);
    }
    let mut parent: Vec<usize> = (0..sketches.len()).collect();
    let mut rejected: HashSet<(usize, usize)> = HashSet::new();
    let mut groups = sketches.len();
    for run in prefix_runs(sketches) {
        // A run whose sketches are all in one group already (copies of
        // one story share every hash) costs its length, not its pairs.
        let Some((&first, rest)) = run.split_first() else { continue };
        let first_root = find(&mut parent, first);
        if rest.iter().all(|&j| find(&mut parent, j) == first_root) {
            continue;
        }
        for (at, &i) in run.iter().enumerate() {
            for &j in &run[at + 1..] {
                let (root_i, root_j) =
                    (find(&mut parent, i), find(&mut parent, j));
                if root_i == root_j || rejected.contains(&(i, j)) {
                    continue;
                }
                let near = match (&sketches[i], &sketches[j]) {
                    (Some(a), Some(b)) => a.near_duplicate(b),
                    _ => false,
                };
                if near {
                    parent[root_i.max(root_j)] = root_i.min(root_j);
                    groups -= 1;
                } else {
                    rejected.insert((i, j));
                }
            }
        }
    }
    groups
}

/// The union-find root of `i`, halving the path on the way.
fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// For each hash among the first `PREFIX_HASHES` of two or more sketches
/// (each sketch's hashes taken rarest first), the indexes of those
/// sketches, ascending; the rarest hashes' lists first.
fn prefix_runs(sketches: &[Option<Sketch>]) -> Vec<Vec<usize>> {
    let mut holders: Vec<(u64, usize)> = Vec::new();
    for (index, sketch) in sketches.iter().enumerate() {
        for &hash in sketch.iter().flat_map(|s| &s.hashes) {
            holders.push((hash, index));
        }
    }
    holders.sort_unstable();
    // Each sketch's hashes with the number of sketches holding them, by
    // sketch and then rarest first.
    let mut ranked: Vec<(usize, usize, u64)> =
        Vec::with_capacity(holders.len());
    for run in holders.chunk_by(|a, b| a.0 == b.0) {
        let n_holders = run.len();
        ranked
            .extend(run.iter().map(|&(hash, index)| (index, n_holders, hash)));
    }
    ranked.sort_unstable();
    let mut prefixes: Vec<(usize, u64, usize)> = Vec::new();
    for of_sketch in ranked.chunk_by(|a, b| a.0 == b.0) {
        let prefix = of_sketch.iter().take(PREFIX_HASHES);
        prefixes.extend(
            prefix
                .filter(|&&(_, n_holders, _)| n_holders > 1)
                .map(|&(index, n_holders, hash)| (n_holders, hash, index)),
        );
    }
    prefixes.sort_unstable();
    prefixes
        .chunk_by(|a, b| a.1 == b.1)
        .filter(|run| run.len() > 1)
        .map(|run| run.iter().map(|&(_, _, index)| index).collect())
        .collect()
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

    /// Sketch sets shaped like the articles of a large event: near copies
    /// and mixes of a few base texts, unrelated texts, and hashes most of
    /// them share (boilerplate lines, common phrases), placed among the
    /// smallest hashes so that they fill the sketches' first hashes.
    fn event_like_sketches(
        seed: u64,
        n_sketches: usize,
        n_shared: usize,
        n_bases: usize,
        drop_percent: u64,
    ) -> Vec<Option<Sketch>> {
        let mut state = seed | 1;
        let mut next = move |modulus: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % modulus.max(1)
        };
        let shared: Vec<u64> = (0..n_shared).map(|_| next(1_000)).collect();
        let bases: Vec<Vec<u64>> = (0..n_bases)
            .map(|_| {
                let size = 20 + next(80);
                (0..size).map(|_| 1_000 + next(20_000)).collect()
            })
            .collect();
        let mut sketches = Vec::with_capacity(n_sketches);
        for _ in 0..n_sketches {
            let mut hashes: Vec<u64> = match next(20) {
                0 => {
                    sketches.push(None);
                    continue;
                }
                1..=3 => (0..10 + next(60)).map(|_| next(1 << 40)).collect(),
                4..=7 => {
                    let (a, b) = (next(n_bases as u64), next(n_bases as u64));
                    let (a, b) = (&bases[a as usize], &bases[b as usize]);
                    let half = |base: &Vec<u64>| base.len() / 2;
                    let mut mixed = a[..half(a)].to_vec();
                    mixed.extend_from_slice(&b[half(b)..]);
                    mixed
                }
                _ => bases[next(n_bases as u64) as usize]
                    .iter()
                    .copied()
                    .filter(|_| next(100) >= drop_percent)
                    .collect(),
            };
            hashes.extend(shared.iter().copied().filter(|_| next(10) != 0));
            for _ in 0..next(8) {
                hashes.push(next(30_000));
            }
            hashes.sort_unstable();
            hashes.dedup();
            hashes.truncate(SKETCH_SIZE);
            sketches.push(Some(Sketch { hashes }));
        }
        sketches
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Candidate pairs from the rarest-first prefixes give the groups
        /// that comparing every pair gives, on sets of up to hundreds of
        /// near-identical and partly shared sketches.
        #[test]
        fn prop_groups_equal_groups_by_all_pairs(
            seed in proptest::prelude::any::<u64>(),
            n_sketches in 9usize..400,
            n_shared in 0usize..48,
            n_bases in 1usize..6,
            drop_percent in 0u64..50,
        ) {
            let sketches = event_like_sketches(
                seed,
                n_sketches,
                n_shared,
                n_bases,
                drop_percent,
            );
            proptest::prop_assert_eq!(
                independent_groups(&sketches),
                independent_groups_all_pairs(&sketches)
            );
        }
    }

    #[test]
    fn copies_of_one_story_are_one_group() {
        let other = "The central bank held interest rates steady on \
            Thursday, saying inflation had eased.";
        let mut sketches = vec![Some(Sketch::of(STORY)); 500];
        sketches.push(None);
        sketches.push(Some(Sketch::of(other)));
        sketches.push(Some(Sketch::of(other)));
        assert_eq!(independent_groups(&sketches), 3);
        assert_eq!(
            independent_groups(&sketches),
            independent_groups_all_pairs(&sketches)
        );
    }

    #[test]
    fn sketches_not_made_by_sketch_of_are_grouped_by_all_pairs() {
        let made = Sketch::of(STORY);
        assert!(made.is_canonical());
        let mut reversed = made.clone();
        reversed.hashes.reverse();
        assert!(!reversed.is_canonical());
        let long = Sketch { hashes: (0..SKETCH_SIZE as u64 + 1).collect() };
        assert!(!long.is_canonical());
        let mut sketches = vec![Some(made.clone()); 9];
        sketches.push(Some(reversed));
        assert_eq!(
            independent_groups(&sketches),
            independent_groups_all_pairs(&sketches)
        );
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
