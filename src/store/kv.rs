//! `Kv`: the ordered key-value view projections are written against, with an
//! in-memory implementation (`MemKv`) and a staged one over a sled tree
//! (`StagedKv`) whose writes commit as one atomic batch.

use super::StoreError;
use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::RwLock;

/// Key-value pairs in key order.
pub type Entries = Vec<(Vec<u8>, Vec<u8>)>;

/// An ordered map of byte keys to byte values.
pub trait Kv {
    /// The value at `key`.
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError>;
    /// Every entry with `from <= key < to`, in key order.
    fn scan(&self, from: &[u8], to: &[u8]) -> Result<Entries, StoreError>;
    /// Sets `key` to `value`.
    fn put(&mut self, key: Vec<u8>, value: Vec<u8>);
    /// Removes `key`.
    fn delete(&mut self, key: Vec<u8>);
}

/// Every entry whose key starts with `prefix`.
pub fn scan_prefix<K: Kv + ?Sized>(
    kv: &K,
    prefix: &[u8],
) -> Result<Entries, StoreError> {
    match prefix_end(prefix) {
        Some(end) => kv.scan(prefix, &end),
        None => kv.scan(prefix, &[0xFF; 64]),
    }
}

/// The smallest key greater than every key starting with `prefix`.
pub fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xFF {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// A `Kv` held entirely in memory: used for as-of queries and rebuilds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemKv {
    /// The entries.
    pub map: BTreeMap<Vec<u8>, Vec<u8>>,
}

impl Kv for MemKv {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.map.get(key).cloned())
    }

    fn scan(&self, from: &[u8], to: &[u8]) -> Result<Entries, StoreError> {
        if from >= to {
            return Ok(Vec::new());
        }
        let range = self
            .map
            .range::<[u8], _>((Bound::Included(from), Bound::Excluded(to)));
        Ok(range.map(|(k, v)| (k.clone(), v.clone())).collect())
    }

    fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.map.insert(key, value);
    }

    fn delete(&mut self, key: Vec<u8>) {
        self.map.remove(&key);
    }
}

/// The entries of the projection tree under one prefix, held in memory
/// (`Store::cache_prefix`): what the tree holds there after the last
/// commit, kept current by every commit.
#[derive(Debug)]
pub struct PrefixCache {
    prefix: Vec<u8>,
    /// Keys under `prefix` end before this one (`None`: no end).
    end: Option<Vec<u8>>,
    map: BTreeMap<Vec<u8>, Vec<u8>>,
}

impl PrefixCache {
    pub(super) fn new(
        prefix: Vec<u8>,
        map: BTreeMap<Vec<u8>, Vec<u8>>,
    ) -> PrefixCache {
        let end = prefix_end(&prefix);
        PrefixCache { prefix, end, map }
    }

    /// The prefix mirrored.
    pub fn prefix(&self) -> &[u8] {
        &self.prefix
    }

    /// Whether every key of `[from, to)` lies under the prefix.
    fn covers(&self, from: &[u8], to: &[u8]) -> bool {
        from.starts_with(&self.prefix)
            && self.end.as_deref().is_none_or(|end| to <= end)
    }

    /// Applies committed writes: those under the prefix change the mirror.
    pub(super) fn apply(&mut self, writes: BTreeMap<Vec<u8>, Option<Vec<u8>>>) {
        for (key, value) in writes {
            if !key.starts_with(&self.prefix) {
                continue;
            }
            match value {
                Some(value) => {
                    self.map.insert(key, value);
                }
                None => {
                    self.map.remove(&key);
                }
            }
        }
    }
}

/// Staged writes: each key's new value, or `None` for a delete.
pub type StagedWrites = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// Writes staged in memory over a sled tree; reads see the staged writes.
/// Reads under the prefix the store mirrors in memory (if any) are served
/// from the mirror, which holds what the tree holds there.
pub struct StagedKv<'a> {
    pub(super) tree: &'a sled::Tree,
    pub(super) writes: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    pub(super) cache: &'a RwLock<Option<PrefixCache>>,
}

impl StagedKv<'_> {
    /// The committed entries of `[from, to)`: from the mirror when it
    /// covers the range, otherwise from the tree.
    fn committed(&self, from: &[u8], to: &[u8]) -> Result<Entries, StoreError> {
        let cache = self
            .cache
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(cache) = cache.as_ref()
            && cache.covers(from, to)
        {
            let range = cache
                .map
                .range::<[u8], _>((Bound::Included(from), Bound::Excluded(to)));
            return Ok(range.map(|(k, v)| (k.clone(), v.clone())).collect());
        }
        drop(cache);
        scan_tree(self.tree, from, to)
    }
}

/// The logical entries of `[from, to)` in a projection tree of store
/// format 5: groups of members expanded (`packed`), in key order.
pub(super) fn scan_tree(
    tree: &sled::Tree,
    from: &[u8],
    to: &[u8],
) -> Result<Entries, StoreError> {
    let mut out = Vec::new();
    if from >= to {
        return Ok(out);
    }
    // The group just before `from` holds members at or after `from` when
    // `from` falls inside its keys.
    if super::packed::is_group(from)
        && let Some(entry) = tree.range(..from).next_back()
    {
        let (key, value) = entry.map_err(StoreError::from_sled)?;
        if super::packed::is_group(&key) && from.starts_with(&key) {
            let mut members = Vec::new();
            super::packed::expand_into(&key, &value, &mut members)?;
            out.extend(
                members
                    .into_iter()
                    .filter(|(k, _)| k.as_slice() >= from && k.as_slice() < to),
            );
        }
    }
    for entry in tree.range(from..to) {
        let (key, value) = entry.map_err(StoreError::from_sled)?;
        if super::packed::is_group(&key) {
            let mut members = Vec::new();
            super::packed::expand_into(&key, &value, &mut members)?;
            out.extend(members.into_iter().filter(|(k, _)| k.as_slice() < to));
        } else {
            out.push((key.to_vec(), value.to_vec()));
        }
    }
    Ok(out)
}

/// The logical value at `key` in a projection tree of store format 5: a
/// member is read from its group.
pub(super) fn get_tree(
    tree: &sled::Tree,
    key: &[u8],
) -> Result<Option<Vec<u8>>, StoreError> {
    if let Some((group, index)) = super::packed::split(key) {
        let value = tree.get(group).map_err(StoreError::from_sled)?;
        return match value {
            Some(value) => super::packed::find(group, &value, index),
            None => Ok(None),
        };
    }
    if super::packed::is_group(key) {
        // Not a member key: format 5 stores none.
        return Ok(None);
    }
    let value = tree.get(key).map_err(StoreError::from_sled)?;
    Ok(value.map(|v| v.to_vec()))
}

impl StagedKv<'_> {
    /// Number of staged writes.
    pub fn n_writes(&self) -> usize {
        self.writes.len()
    }

    /// The staged writes, for `Store::commit_writes`.
    pub fn into_writes(self) -> StagedWrites {
        self.writes
    }
}

impl Kv for StagedKv<'_> {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        if let Some(staged) = self.writes.get(key) {
            return Ok(staged.clone());
        }
        {
            let cache = self
                .cache
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(cache) = cache.as_ref()
                && key.starts_with(&cache.prefix)
            {
                return Ok(cache.map.get(key).cloned());
            }
        }
        get_tree(self.tree, key)
    }

    fn scan(&self, from: &[u8], to: &[u8]) -> Result<Entries, StoreError> {
        if from >= to {
            return Ok(Vec::new());
        }
        // Both sides are in key order: merge them, staged writes winning.
        let mut staged = self
            .writes
            .range::<[u8], _>((Bound::Included(from), Bound::Excluded(to)))
            .peekable();
        let mut merged = Vec::new();
        for (key, value) in self.committed(from, to)? {
            while let Some((staged_key, staged_value)) =
                staged.next_if(|(k, _)| k.as_slice() < key.as_slice())
            {
                if let Some(staged_value) = staged_value {
                    merged.push((staged_key.clone(), staged_value.clone()));
                }
            }
            match staged.next_if(|(k, _)| k.as_slice() == key.as_slice()) {
                Some((_, Some(staged_value))) => {
                    merged.push((key, staged_value.clone()));
                }
                Some((_, None)) => {}
                None => merged.push((key, value)),
            }
        }
        for (staged_key, staged_value) in staged {
            if let Some(staged_value) = staged_value {
                merged.push((staged_key.clone(), staged_value.clone()));
            }
        }
        Ok(merged)
    }

    fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.writes.insert(key, Some(value));
    }

    fn delete(&mut self, key: Vec<u8>) {
        self.writes.insert(key, None);
    }
}
