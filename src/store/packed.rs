//! Store format 5: the members of one article share one sled key.
//!
//! The projection is written and read in logical keys (`Kv`): a member is
//! `O`, its article id, `\0`, its observation index (4 bytes, big-endian),
//! as in format 4. In the sled tree every member of an article lives in one
//! value under the article's member prefix (`O`, article id, `\0`), the
//! *group* key: a list of `(index, length, bytes)` entries in index order,
//! each `bytes` the member's format-4 value. An ingest batch then writes one
//! sled key per article instead of one per observation (a third of the
//! projection's keys were members), and the value bytes of every member are
//! what they were.
//!
//! The translation lives here and in `kv.rs` and `mod.rs` only: `StagedKv`
//! reads a member from its group and expands groups in scans, commits merge
//! staged member writes into their groups, and `projection_entries`,
//! `replace_projection`, `scan_projection` and the in-memory mirror see and
//! give logical entries. A group's logical keys sort right after the group
//! key and before any other group's (article ids hold no `\0`), so
//! expanding groups in place keeps key order.

use super::StoreError;
use std::collections::BTreeMap;

/// Sled entries: key and value.
pub(crate) type Entries = Vec<(Vec<u8>, Vec<u8>)>;
/// A group being gathered: its key and its members' `(index, bytes)`.
type OpenGroup<'a> = Option<(Vec<u8>, Vec<(u32, &'a [u8])>)>;
/// The staged writes of one group: its key and `index → Some(bytes)` to
/// set, `None` to remove.
pub(crate) type GroupWrites<'a> =
    Option<(&'a [u8], BTreeMap<u32, Option<&'a [u8]>>)>;

/// The prefix byte of the packed view.
pub(crate) const PREFIX: u8 = b'O';
/// Bytes of a member's index at the end of its logical key.
const INDEX_BYTES: usize = 4;
/// Bytes of an entry's header: index and length.
const ENTRY_HEADER: usize = 8;

/// A logical member key's group key and index; `None` for a key outside
/// the packed view.
pub(crate) fn split(key: &[u8]) -> Option<(&[u8], u32)> {
    if key.first() != Some(&PREFIX) || key.len() < INDEX_BYTES + 2 {
        return None;
    }
    let (group, index) = key.split_at(key.len() - INDEX_BYTES);
    if group.last() != Some(&0) {
        return None;
    }
    let index = u32::from_be_bytes(index.try_into().ok()?);
    Some((group, index))
}

/// Whether a key of the sled tree is a group key.
pub(crate) fn is_group(key: &[u8]) -> bool {
    key.first() == Some(&PREFIX)
}

/// A logical key that lies in the packed view but is not a member key:
/// format 5 cannot store it.
pub(crate) fn check_logical(key: &[u8]) -> Result<(), StoreError> {
    if is_group(key) && split(key).is_none() {
        return Err(StoreError::Encode(format!(
            "{} is not a member key",
            String::from_utf8_lossy(key)
        )));
    }
    Ok(())
}

fn corrupt(group: &[u8], detail: &str) -> StoreError {
    StoreError::ProjectionCorrupt {
        key: String::from_utf8_lossy(group).into_owned(),
        detail: format!("packed members: {detail}"),
    }
}

/// The entries of a group value, `(index, bytes)` in index order, each
/// checked (lengths within the value, indexes strictly rising).
pub(crate) fn entries<'v>(
    group: &[u8],
    value: &'v [u8],
) -> Result<Vec<(u32, &'v [u8])>, StoreError> {
    let mut out = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if rest.len() < ENTRY_HEADER {
            return Err(corrupt(group, "truncated entry header"));
        }
        let index = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let len =
            u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]) as usize;
        let body = rest.get(ENTRY_HEADER..ENTRY_HEADER + len);
        let Some(body) = body else {
            return Err(corrupt(group, "truncated entry"));
        };
        if out.last().is_some_and(|(last, _)| *last >= index) {
            return Err(corrupt(group, "entries out of order"));
        }
        out.push((index, body));
        rest = &rest[ENTRY_HEADER + len..];
    }
    if out.is_empty() {
        return Err(corrupt(group, "no entries"));
    }
    Ok(out)
}

/// The bytes of member `index` in a group value.
pub(crate) fn find(
    group: &[u8],
    value: &[u8],
    index: u32,
) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(entries(group, value)?
        .into_iter()
        .find(|(i, _)| *i == index)
        .map(|(_, bytes)| bytes.to_vec()))
}

/// The group value holding `members` (index order), `None` when empty.
pub(crate) fn pack<'a>(
    members: impl IntoIterator<Item = (u32, &'a [u8])>,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for (index, bytes) in members {
        out.extend_from_slice(&index.to_be_bytes());
        out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        out.extend_from_slice(bytes);
    }
    (!out.is_empty()).then_some(out)
}

/// The logical key of member `index` of `group`.
pub(crate) fn member_key(group: &[u8], index: u32) -> Vec<u8> {
    let mut key = Vec::with_capacity(group.len() + INDEX_BYTES);
    key.extend_from_slice(group);
    key.extend_from_slice(&index.to_be_bytes());
    key
}

/// Pushes the logical entries of a sled entry onto `out`: a group's
/// members, or the entry itself.
pub(crate) fn expand_into(
    key: &[u8],
    value: &[u8],
    out: &mut Vec<(Vec<u8>, Vec<u8>)>,
) -> Result<(), StoreError> {
    if !is_group(key) {
        out.push((key.to_vec(), value.to_vec()));
        return Ok(());
    }
    for (index, bytes) in entries(key, value)? {
        out.push((member_key(key, index), bytes.to_vec()));
    }
    Ok(())
}

/// A group's new value after logical writes (`index → Some(bytes)` to
/// set, `None` to remove) over its current value (`None`: no group yet);
/// `None` when no member is left.
pub(crate) fn merge(
    group: &[u8],
    current: Option<&[u8]>,
    writes: &BTreeMap<u32, Option<&[u8]>>,
) -> Result<Option<Vec<u8>>, StoreError> {
    let mut members: BTreeMap<u32, &[u8]> = match current {
        Some(value) => entries(group, value)?.into_iter().collect(),
        None => BTreeMap::new(),
    };
    for (index, value) in writes {
        match value {
            Some(bytes) => members.insert(*index, bytes),
            None => members.remove(index),
        };
    }
    Ok(pack(members))
}

/// Logical entries (key order) as sled entries: members packed into their
/// groups, everything else as it is.
pub(crate) fn pack_entries<'a>(
    logical: impl IntoIterator<Item = (&'a [u8], &'a [u8])>,
) -> Result<Entries, StoreError> {
    let mut out: Entries = Vec::new();
    let mut open: OpenGroup<'_> = None;
    for (key, value) in logical {
        check_logical(key)?;
        let Some((group, index)) = split(key) else {
            if let Some((group, members)) = open.take() {
                out.extend(pack(members).map(|value| (group, value)));
            }
            out.push((key.to_vec(), value.to_vec()));
            continue;
        };
        match &mut open {
            Some((current, members)) if current.as_slice() == group => {
                members.push((index, value));
            }
            _ => {
                if let Some((group, members)) = open.take() {
                    out.extend(pack(members).map(|value| (group, value)));
                }
                open = Some((group.to_vec(), vec![(index, value)]));
            }
        }
    }
    if let Some((group, members)) = open.take() {
        out.extend(pack(members).map(|value| (group, value)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(article: &str, index: u32) -> Vec<u8> {
        let mut key = b"O".to_vec();
        key.extend_from_slice(article.as_bytes());
        key.push(0);
        key.extend_from_slice(&index.to_be_bytes());
        key
    }

    #[test]
    fn member_keys_split_into_group_and_index() {
        let key = member("ab", 258);
        assert_eq!(split(&key), Some((&b"Oab\0"[..], 258)));
        // An index whose last byte is zero is still an index.
        assert_eq!(split(&member("ab", 256)), Some((&b"Oab\0"[..], 256)));
        assert_eq!(split(b"Eabc"), None);
        assert_eq!(split(b"Oab\0"), None);
        assert_eq!(split(b"Oabcdefg"), None);
        assert!(check_logical(b"Oabcdefg").is_err());
        assert!(check_logical(b"Tabcdefg").is_ok());
    }

    #[test]
    fn packing_keeps_every_entry_and_the_key_order() {
        let logical: Vec<(Vec<u8>, Vec<u8>)> = vec![
            (b"A1".to_vec(), b"a".to_vec()),
            (member("ab", 0), b"first".to_vec()),
            (member("ab", 1), Vec::new()),
            (member("ab", 256), b"x".to_vec()),
            (member("abc", 0), b"other".to_vec()),
            (b"S1".to_vec(), b"s".to_vec()),
        ];
        let physical = pack_entries(
            logical.iter().map(|(k, v)| (k.as_slice(), v.as_slice())),
        )
        .unwrap();
        let keys: Vec<&[u8]> =
            physical.iter().map(|(k, _)| k.as_slice()).collect();
        assert_eq!(keys, [&b"A1"[..], b"Oab\0", b"Oabc\0", b"S1"]);
        let mut expanded = Vec::new();
        for (key, value) in &physical {
            expand_into(key, value, &mut expanded).unwrap();
        }
        assert_eq!(expanded, logical);
        let (group, value) = &physical[1];
        assert_eq!(find(group, value, 256).unwrap(), Some(b"x".to_vec()));
        assert_eq!(find(group, value, 1).unwrap(), Some(Vec::new()));
        assert_eq!(find(group, value, 2).unwrap(), None);
    }

    #[test]
    fn merging_sets_and_removes_members() {
        let group = b"Oab\0";
        let value = pack([(0, &b"zero"[..]), (2, &b"two"[..])]).unwrap();
        let writes: BTreeMap<u32, Option<&[u8]>> =
            [(1, Some(&b"one"[..])), (2, None)].into_iter().collect();
        let merged = merge(group, Some(&value), &writes).unwrap().unwrap();
        assert_eq!(
            entries(group, &merged).unwrap(),
            [(0, &b"zero"[..]), (1, &b"one"[..])]
        );
        let remove_all: BTreeMap<u32, Option<&[u8]>> =
            [(0, None), (1, None)].into_iter().collect();
        assert_eq!(merge(group, Some(&merged), &remove_all).unwrap(), None);
        assert_eq!(merge(group, None, &BTreeMap::new()).unwrap(), None);
    }

    #[test]
    fn damaged_groups_are_errors() {
        let group = b"Oab\0";
        let value = pack([(0, &b"zero"[..]), (2, &b"two"[..])]).unwrap();
        for cut in 1..value.len() {
            if cut == 12 {
                // The first entry ends there: a shorter, valid group.
                continue;
            }
            assert!(entries(group, &value[..cut]).is_err(), "cut {cut}");
        }
        let mut swapped = pack([(2, &b"two"[..])]).unwrap();
        swapped.extend(pack([(0, &b"zero"[..])]).unwrap());
        assert!(entries(group, &swapped).is_err());
        assert!(entries(group, b"").is_err());
    }
}
