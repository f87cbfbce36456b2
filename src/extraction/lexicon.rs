//! The lexicon: actor aliases, titles, roles, group nouns and the gazetteer,
//! parsed from a small line format (see `data/actors.txt`).
//!
//! It owns every name list extraction consults, built once into hash maps so
//! that lookups cost one hash per candidate. It never does I/O: the builtin
//! data is compiled in and user data arrives as a string.

use super::fxhash::{FxHashMap, FxHashSet, KeyFilter};
use std::sync::OnceLock;
use thiserror::Error;

/// What a lexicon entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A named person.
    Person,
    /// An organisation or institution.
    Organisation,
    /// A country.
    Country,
    /// A supranational region ("Europe").
    Region,
    /// A city, region inside a country, or venue.
    Place,
}

/// One named thing with its canonical spelling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The canonical name users see.
    pub name: String,
    /// What it names.
    pub kind: EntryKind,
    /// Its country's canonical name, if known.
    pub country: Option<String>,
    /// For places: the canonical name of the place it lies in, inside its
    /// country (key `within=`: a city's region, a venue's city).
    pub within: Option<String>,
    /// Role nouns that can refer to it ("leader", "dean").
    pub roles: Vec<String>,
    /// For capitals: as an actor it stands for its country.
    pub capital: bool,
    /// For organisations named after their seat ("the White House"): after
    /// a place preposition or a verb of leaving, the building, not the
    /// institution.
    pub venue: bool,
}

/// A problem in lexicon text.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// A line does not start with `KIND:`.
    #[error("line {line}: expected `KIND: name | alias ; key=value`")]
    MissingKind {
        /// 1-based line number.
        line: usize,
    },
    /// The kind is not one the lexicon knows.
    #[error("line {line}: unknown kind `{kind}`")]
    UnknownKind {
        /// 1-based line number.
        line: usize,
        /// The kind as written.
        kind: String,
    },
    /// The entry has no name.
    #[error("line {line}: empty name")]
    EmptyName {
        /// 1-based line number.
        line: usize,
    },
}

/// Lookup tables for names; keys are ASCII-lowercased with single spaces.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    aliases: FxHashMap<String, usize>,
    titles: FxHashMap<String, Vec<String>>,
    roles: FxHashSet<String>,
    groups: FxHashMap<String, String>,
    adjectives: FxHashMap<String, usize>,
    group_first_words: FxHashSet<String>,
    max_words: usize,
    /// Pre-filters over the keys of the maps above (see `KeyFilter`).
    filters: Filters,
}

/// One `KeyFilter` per lookup table.
#[derive(Clone, Debug, Default)]
struct Filters {
    aliases: KeyFilter,
    titles: KeyFilter,
    roles: KeyFilter,
    groups: KeyFilter,
    adjectives: KeyFilter,
    group_first_words: KeyFilter,
    /// The union of `aliases`, `titles` and `adjectives`: a run segment
    /// none of them can hold costs one filter test instead of three.
    names: KeyFilter,
    /// The union of `groups` and `group_first_words`: a word that neither
    /// can hold starts no group, one filter test instead of two.
    group_starts: KeyFilter,
    /// The union of `roles` and `titles`: a key neither can hold is no
    /// role noun, one filter test instead of two.
    role_nouns: KeyFilter,
}

/// Builtin data, compiled in so extraction works without files.
const BUILTIN_ACTORS: &str = include_str!("../../data/actors.txt");
const BUILTIN_PLACES: &str = include_str!("../../data/places.txt");

impl Lexicon {
    /// The builtin lexicon (`data/actors.txt` and `data/places.txt`),
    /// parsed once per process.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let text = format!("{BUILTIN_ACTORS}\n{BUILTIN_PLACES}");
            // The builtin data is checked by a unit test, so a parse error
            // here can only come from an edited data file; fall back to
            // what parses rather than panic.
            Lexicon::parse_lenient(&text)
        })
    }

    /// Parses lexicon text in the `data/actors.txt` format.
    ///
    /// # Errors
    /// The first malformed line, as a `LexiconError`.
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        for (idx, line) in text.lines().enumerate() {
            lexicon.add_line(idx + 1, line)?;
        }
        Ok(lexicon)
    }

    fn parse_lenient(text: &str) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (idx, line) in text.lines().enumerate() {
            let _ = lexicon.add_line(idx + 1, line);
        }
        lexicon
    }

    fn add_line(
        &mut self,
        line_no: usize,
        line: &str,
    ) -> Result<(), LexiconError> {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return Ok(());
        }
        let Some((kind, rest)) = line.split_once(':') else {
            return Err(LexiconError::MissingKind { line: line_no });
        };
        let mut fields = rest.split(';');
        let names: Vec<&str> = fields
            .next()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .collect();
        let Some(first) = names.first().copied() else {
            return Err(LexiconError::EmptyName { line: line_no });
        };
        let attrs = Attributes::parse(fields);
        match kind.trim() {
            "person" => self.add_entry(EntryKind::Person, &names, attrs),
            "org" => self.add_entry(EntryKind::Organisation, &names, attrs),
            "country" => self.add_entry(EntryKind::Country, &names, attrs),
            "region" => self.add_entry(EntryKind::Region, &names, attrs),
            "place" => self.add_entry(EntryKind::Place, &names, attrs),
            "title" => {
                let mut roles = attrs.roles;
                roles.push(key_of(first));
                for name in &names {
                    self.filters.titles.insert(&key_of(name));
                    self.filters.role_nouns.insert(&key_of(name));
                    self.filters.names.insert(&key_of(name));
                    self.titles.insert(key_of(name), roles.clone());
                    self.note_words(name);
                }
            }
            "role" => {
                for name in &names {
                    self.filters.roles.insert(&key_of(name));
                    self.filters.role_nouns.insert(&key_of(name));
                    self.roles.insert(key_of(name));
                }
            }
            "group" => {
                for name in &names {
                    let key = key_of(name);
                    if let Some((first_word, _)) = key.split_once(' ') {
                        self.filters.group_first_words.insert(first_word);
                        self.filters.group_starts.insert(first_word);
                        self.group_first_words.insert(first_word.to_string());
                    }
                    self.filters.groups.insert(&key);
                    self.filters.group_starts.insert(&key);
                    self.groups.insert(key, key_of(first));
                    self.note_words(name);
                }
            }
            other => {
                return Err(LexiconError::UnknownKind {
                    line: line_no,
                    kind: other.to_string(),
                });
            }
        }
        Ok(())
    }

    fn add_entry(
        &mut self,
        kind: EntryKind,
        names: &[&str],
        attrs: Attributes,
    ) {
        let idx = self.entries.len();
        let Some(first) = names.first() else { return };
        for name in names {
            // Later lines may override an alias; the data file is the place
            // to keep aliases unambiguous.
            let key = key_of(name);
            self.filters.aliases.insert(&key);
            self.filters.names.insert(&key);
            self.aliases.insert(key, idx);
            self.note_words(name);
        }
        for adjective in &attrs.adjectives {
            let key = key_of(adjective);
            self.filters.adjectives.insert(&key);
            self.filters.names.insert(&key);
            self.adjectives.insert(key, idx);
        }
        self.entries.push(Entry {
            name: (*first).to_string(),
            kind,
            country: attrs.country,
            within: attrs.within,
            roles: attrs.roles,
            capital: attrs.capital,
            venue: attrs.venue,
        });
    }

    fn note_words(&mut self, name: &str) {
        self.max_words = self.max_words.max(name.split_whitespace().count());
    }

    /// The entry for an alias (any ASCII case, single spaces).
    #[inline]
    pub fn lookup(&self, key: &str) -> Option<&Entry> {
        self.lookup_key(key).and_then(|idx| self.entries.get(idx))
    }

    #[inline]
    fn lookup_key(&self, key: &str) -> Option<usize> {
        if !self.filters.aliases.may_contain(key) {
            return None;
        }
        if key.bytes().any(|b| b.is_ascii_uppercase()) {
            self.aliases.get(&key.to_ascii_lowercase()).copied()
        } else {
            self.aliases.get(key).copied()
        }
    }

    /// Whether `lookup`, `title_roles` or `adjective` may find this key:
    /// when not, all three answer `None` (their filters have no false
    /// negatives, and this one holds every key they hold).
    #[inline]
    pub fn may_name(&self, key: &str) -> bool {
        self.filters.names.may_contain(key)
    }

    /// The roles a title implies ("president" -> president, leader).
    #[inline]
    pub fn title_roles(&self, key: &str) -> Option<&[String]> {
        if !self.filters.titles.may_contain(key) {
            return None;
        }
        self.titles.get(key).map(Vec::as_slice)
    }

    /// Whether a lowercase word or phrase is a role noun.
    #[inline]
    pub fn is_role(&self, key: &str) -> bool {
        // Most keys asked are no role: the union's one test answers.
        self.filters.role_nouns.may_contain(key)
            && ((self.filters.roles.may_contain(key)
                && self.roles.contains(key))
                || (self.filters.titles.may_contain(key)
                    && self.titles.contains_key(key)))
    }

    /// The canonical head noun of a group word ("official" -> "officials").
    #[inline]
    pub fn group_head(&self, key: &str) -> Option<&str> {
        if !self.filters.groups.may_contain(key) {
            return None;
        }
        self.groups.get(key).map(String::as_str)
    }

    /// Whether this lowercase word may be a group head or start a
    /// multi-word one: when not, `group_head` of it and
    /// `starts_group_phrase` of it are both false (their filters have no
    /// false negatives, and this one holds every key they hold).
    #[inline]
    pub fn may_start_group(&self, key: &str) -> bool {
        self.filters.group_starts.may_contain(key)
    }

    /// Whether some multi-word group head starts with this lowercase word.
    #[inline]
    pub fn starts_group_phrase(&self, key: &str) -> bool {
        self.filters.group_first_words.may_contain(key)
            && self.group_first_words.contains(key)
    }

    /// The country or region an adjective names ("russian" -> Russia).
    #[inline]
    pub fn adjective(&self, key: &str) -> Option<&Entry> {
        if !self.filters.adjectives.may_contain(key) {
            return None;
        }
        self.adjectives.get(key).and_then(|idx| self.entries.get(*idx))
    }

    /// The entry for a canonical name.
    pub fn entry_named(&self, name: &str) -> Option<&Entry> {
        self.lookup(name).filter(|entry| entry.name == name)
    }

    /// The most words any alias or title has.
    pub fn max_words(&self) -> usize {
        self.max_words.max(1)
    }

    /// Number of entries (people, organisations, places).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The `key=value` fields after the names.
#[derive(Default)]
struct Attributes {
    country: Option<String>,
    within: Option<String>,
    roles: Vec<String>,
    adjectives: Vec<String>,
    capital: bool,
    venue: bool,
}

impl Attributes {
    fn parse<'a>(fields: impl Iterator<Item = &'a str>) -> Attributes {
        let mut attrs = Attributes::default();
        for field in fields {
            let (key, value) = field.split_once('=').unwrap_or((field, ""));
            let values = value
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string);
            match key.trim() {
                "country" => attrs.country = Some(value.trim().to_string()),
                "within" => attrs.within = Some(value.trim().to_string()),
                "role" => attrs.roles.extend(values.map(|v| key_of(&v))),
                "adj" => attrs.adjectives.extend(values),
                "capital" => attrs.capital = true,
                "venue" => attrs.venue = true,
                _ => {}
            }
        }
        attrs
    }
}

/// The lookup key of a name: ASCII-lowercased, single spaces.
pub fn key_of(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        // Lowercased in place: no temporary String per word.
        let from = key.len();
        key.push_str(word);
        if let Some(added) = key.get_mut(from..) {
            added.make_ascii_lowercase();
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_parses_without_errors() {
        let text = format!("{BUILTIN_ACTORS}\n{BUILTIN_PLACES}");
        let lexicon = Lexicon::parse(&text).expect("builtin data parses");
        assert!(lexicon.len() > 300, "{}", lexicon.len());
    }

    #[test]
    fn aliases_resolve_to_canonical_names() {
        let lexicon = Lexicon::builtin();
        for (alias, name) in [
            ("Zelenskyy", "Volodymyr Zelensky"),
            ("zelenskiy", "Volodymyr Zelensky"),
            ("yury ushakov", "Yuri Ushakov"),
            ("U.S.", "United States"),
            ("the kremlin", "Kremlin"),
        ] {
            let entry = lexicon.lookup(alias).map(|entry| entry.name.as_str());
            assert_eq!(entry, Some(name), "{alias}");
        }
        let russia = lexicon.adjective("russian").map(|e| e.name.as_str());
        assert_eq!(russia, Some("Russia"));
        assert_eq!(lexicon.group_head("official"), Some("officials"));
        assert!(lexicon.title_roles("prime minister").is_some());
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        assert_eq!(
            Lexicon::parse("person: A B\nnonsense").err(),
            Some(LexiconError::MissingKind { line: 2 })
        );
        assert_eq!(
            Lexicon::parse("# c\nplanet: Mars").err(),
            Some(LexiconError::UnknownKind { line: 2, kind: "planet".into() })
        );
        assert_eq!(
            Lexicon::parse("person: |").err(),
            Some(LexiconError::EmptyName { line: 1 })
        );
    }
}
