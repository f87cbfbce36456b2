//! A small, fast, non-cryptographic hasher (the Fx hash used by rustc) for
//! the lexicon's lookup tables.
//!
//! Keys are short words from the lexicon and the text; hash flooding is not
//! a concern for a per-article, read-only table, and SipHash dominated the
//! profile. It never allocates.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Rustc's Fx hasher: multiply-rotate over machine words.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // The tail as `u64::from_le_bytes` of it padded with zeros, built
        // byte by byte: a copy of a variable length was a `memcpy` call.
        let rest = chunks.remainder();
        let tail = rest
            .iter()
            .enumerate()
            .fold(0u64, |tail, (at, byte)| tail | u64::from(*byte) << (8 * at));
        self.add(tail ^ rest.len() as u64);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with the Fx hasher.
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with the Fx hasher.
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A set built from a word list, for constant-time membership tests, with
/// a `KeyFilter` in front: most words of a sentence are in none of these
/// lists, and the filter rules them out without hashing the word.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    filter: KeyFilter,
    words: FxHashSet<&'static str>,
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordSet::default();
        for word in words {
            set.filter.insert(word);
            set.words.insert(word);
        }
        set
    }

    /// Whether the set holds `key` exactly.
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.filter.may_contain(key) && self.words.contains(key)
    }
}

/// A small Bloom-style filter over ASCII-lowercased keys: `may_contain`
/// is false only for keys never inserted, so a lookup it rejects can be
/// skipped without changing any answer. It looks at the length and the
/// first and last two bytes, which costs a few instructions where a hash
/// map lookup hashes and compares the whole key.
#[derive(Clone, Debug)]
pub struct KeyFilter {
    bits: [u64; KeyFilter::WORDS],
}

impl Default for KeyFilter {
    fn default() -> KeyFilter {
        KeyFilter { bits: [0; KeyFilter::WORDS] }
    }
}

impl KeyFilter {
    const WORDS: usize = 64;

    #[inline]
    fn slot(key: &[u8]) -> (usize, u64) {
        // `| 0x20` maps both cases of a letter to the same byte, so a key
        // and its ASCII lowercase land in the same slot.
        let (Some(first), Some(last)) = (key.first(), key.last()) else {
            return (0, 1);
        };
        let mixed = (key.len() as u64) << 16
            | u64::from(first | 0x20) << 8
            | u64::from(last | 0x20);
        let bit = (mixed.wrapping_mul(SEED) >> 52) as usize;
        (bit / 64 % KeyFilter::WORDS, 1u64 << (bit % 64))
    }

    /// Adds a key (any ASCII case).
    pub fn insert(&mut self, key: &str) {
        let (word, mask) = KeyFilter::slot(key.as_bytes());
        if let Some(slot) = self.bits.get_mut(word) {
            *slot |= mask;
        }
    }

    /// Whether the key may have been inserted (any ASCII case).
    #[inline]
    pub fn may_contain(&self, key: &str) -> bool {
        let (word, mask) = KeyFilter::slot(key.as_bytes());
        self.bits.get(word).is_some_and(|slot| slot & mask != 0)
    }
}

/// A fixed word list with a compile-time filter in front of it: `contains`
/// answers exactly as a linear search of the list would, but a word the
/// filter rules out (most words of a sentence) costs a few instructions
/// instead of one string comparison per list entry.
///
/// The filter hashes the length and the first and last byte with `| 0x20`,
/// so it is also a necessary condition for ASCII-case-blind equality.
#[derive(Debug)]
pub struct WordList {
    words: &'static [&'static str],
    bits: [u64; WordList::WORDS],
}

impl WordList {
    const WORDS: usize = 16;

    /// The filter's bit for a key: (word index, mask).
    #[inline]
    const fn slot(key: &[u8]) -> (usize, u64) {
        let (first, last) = match (key.first(), key.last()) {
            (Some(first), Some(last)) => (*first, *last),
            _ => return (0, 1),
        };
        let mixed = (key.len() as u64) << 16
            | ((first | 0x20) as u64) << 8
            | (last | 0x20) as u64;
        let bit = (mixed.wrapping_mul(SEED) >> 54) as usize;
        (bit / 64 % WordList::WORDS, 1u64 << (bit % 64))
    }

    /// The list with its filter, built at compile time.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut bits = [0u64; WordList::WORDS];
        let mut idx = 0;
        while idx < words.len() {
            let (word, mask) = WordList::slot(words[idx].as_bytes());
            bits[word] |= mask;
            idx += 1;
        }
        WordList { words, bits }
    }

    #[inline]
    fn may_contain(&self, key: &str) -> bool {
        self.may_contain_bytes(key.as_bytes())
    }

    /// Whether the list may hold `key` up to ASCII case: `false` only for
    /// keys it does not hold.
    #[inline]
    pub fn may_contain_bytes(&self, key: &[u8]) -> bool {
        let (word, mask) = WordList::slot(key);
        self.bits.get(word).is_some_and(|bits| bits & mask != 0)
    }

    /// Whether the list holds `key` exactly.
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.may_contain(key) && self.words.contains(&key)
    }

    /// The list's own entry equal to `key`, if any.
    #[inline]
    pub fn find(&self, key: &str) -> Option<&'static str> {
        if !self.may_contain(key) {
            return None;
        }
        self.words.iter().copied().find(|word| *word == key)
    }

    /// Whether the list holds `key` up to ASCII case.
    #[inline]
    pub fn contains_ignore_ascii_case(&self, key: &str) -> bool {
        self.may_contain(key)
            && self.words.iter().any(|word| word.eq_ignore_ascii_case(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `FxHasher::write` as it was written with a padded copy of the tail.
    fn hash_with_padded_tail(bytes: &[u8]) -> u64 {
        let mut hasher = FxHasher::default();
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            hasher.add(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        hasher.add(u64::from_le_bytes(tail) ^ rest.len() as u64);
        hasher.finish()
    }

    #[test]
    fn write_hashes_as_with_a_padded_tail() {
        let text = "Zelenskyy’s office, the Kremlin and 0123456789abcdef";
        for end in 0..=text.len() {
            let bytes = &text.as_bytes()[..end];
            let mut hasher = FxHasher::default();
            hasher.write(bytes);
            assert_eq!(hasher.finish(), hash_with_padded_tail(bytes), "{end}");
        }
    }
}
