//! Text helpers for consolidation: content stems of a passage, place
//! containment through the gazetteer, and normalised claim values.
//!
//! Everything here is a pure function of its arguments (and the builtin
//! lexicon), so matching and merging stay functions of the members alone.

use crate::domain::Observation;
use crate::extraction::Lexicon;
use crate::extraction::lexicon::EntryKind;

/// Words too common to say what a passage is about.
const STOPWORDS: &[&str] = &[
    "about", "added", "after", "again", "against", "also", "and", "are",
    "been", "before", "being", "between", "both", "but", "can", "could", "did",
    "does", "during", "each", "for", "from", "further", "had", "has", "have",
    "having", "here", "his", "her", "into", "its", "just", "more", "most",
    "much", "not", "now", "only", "other", "our", "over", "said", "same",
    "say", "says", "saying", "should", "some", "stated", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "told", "under", "until", "very", "was", "were",
    "what", "when", "where", "which", "while", "who", "will", "with", "would",
    "you", "your",
];

/// Suffixes stripped (longest first) so that inflections meet.
const SUFFIXES: &[&str] = &[
    "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "ies", "ied",
    "ers", "er", "ed", "es", "ly", "s",
];

/// Letters a stem keeps at most; with suffix stripping this lets
/// "agreed", "agrees" and "agreement" meet.
const STEM_CHARS_MAX: usize = 6;

/// Lowercase alphanumeric words of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A light stem: a known suffix stripped (keeping at least three letters),
/// then cut to a few letters.
pub fn stem(word: &str) -> String {
    let mut base = word;
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix)
            && rest.chars().count() >= 3
        {
            base = rest;
            break;
        }
    }
    while base.chars().count() > 3
        && let Some(rest) = base.strip_suffix('e')
    {
        base = rest;
    }
    base.chars().take(STEM_CHARS_MAX).collect()
}

/// Sorted, distinct content stems of an observation's summary and quote,
/// leaving out stopwords, short words and its actors' names.
pub fn content_stems(o: &Observation) -> Vec<String> {
    let mut text = o.summary.clone();
    if let Some(quote) = &o.quote {
        text.push(' ');
        text.push_str(quote);
    }
    let actor_words: Vec<String> =
        o.actors.iter().flat_map(|a| words(a)).collect();
    let mut out: Vec<String> = words(&text)
        .into_iter()
        .filter(|w| w.chars().count() >= 4)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .filter(|w| !actor_words.contains(w))
        .map(|w| stem(&w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How two places relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceRelation {
    /// One or both unknown, or of different kinds: no evidence either way.
    Unknown,
    /// The same name.
    Same,
    /// One lies in the other (a city in its country).
    Contains,
    /// Two known places in different countries.
    Different,
}

/// How two places relate, using the builtin gazetteer: places in
/// different countries differ; a place lies in its country; two places in
/// one country are unknown (a venue may lie in a city).
pub fn place_relation(a: Option<&str>, b: Option<&str>) -> PlaceRelation {
    let (Some(a), Some(b)) = (a, b) else { return PlaceRelation::Unknown };
    if a.eq_ignore_ascii_case(b) {
        return PlaceRelation::Same;
    }
    let lexicon = Lexicon::builtin();
    let (Some(x), Some(y)) = (lexicon.lookup(a), lexicon.lookup(b)) else {
        return PlaceRelation::Unknown;
    };
    if x.name == y.name {
        return PlaceRelation::Same;
    }
    let country_of = |e: &crate::extraction::lexicon::Entry| match e.kind {
        EntryKind::Country => Some(e.name.clone()),
        EntryKind::Place => e.country.clone(),
        _ => None,
    };
    match (country_of(x), country_of(y)) {
        (Some(p), Some(q)) if p != q => PlaceRelation::Different,
        (Some(p), Some(_)) if p == x.name || p == y.name => {
            PlaceRelation::Contains
        }
        _ => PlaceRelation::Unknown,
    }
}

/// Hedges that do not change what a number claims.
const HEDGES: &[&str] = &[
    "a",
    "an",
    "about",
    "almost",
    "approximately",
    "around",
    "just",
    "more",
    "nearly",
    "over",
    "roughly",
    "some",
    "than",
    "under",
    "some",
];

/// Number words up to twenty, then tens.
const NUMBERS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// A claim's value reduced to a number and a unit ("nearly three hours"
/// and "a nearly three-hour summit" both give `3 hour`), so that equal
/// claims worded differently are not a dispute. `None` when no number is
/// found; the caller then compares the wording.
pub fn normalised_quantity(value: &str) -> Option<String> {
    let mut number: Option<f64> = None;
    let mut unit: Option<String> = None;
    let mut half = false;
    for word in words(&value.replace('-', " ")) {
        if HEDGES.contains(&word.as_str()) || word == "and" {
            continue;
        }
        if word == "half" {
            half = true;
        } else if let Ok(n) = word.replace(',', "").parse::<f64>() {
            number = Some(number.unwrap_or(0.0) + n);
        } else if let Some((_, n)) = NUMBERS.iter().find(|(w, _)| *w == word) {
            number = Some(number.unwrap_or(0.0) + n);
        } else if number.is_some() && unit.is_none() {
            unit = Some(word.trim_end_matches('s').to_string());
        }
    }
    let n = number? + if half { 0.5 } else { 0.0 };
    Some(format!("{n} {}", unit.unwrap_or_default()).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("agreed"), stem("agrees"));
        assert_eq!(stem("negotiations"), stem("negotiated"));
        assert_eq!(stem("agreement"), stem("agreed"));
    }

    #[test]
    fn quantities_normalise() {
        assert_eq!(
            normalised_quantity("nearly three hours"),
            normalised_quantity("a nearly three-hour summit")
        );
        assert_ne!(
            normalised_quantity("two and a half hours"),
            normalised_quantity("nearly three hours")
        );
        assert_eq!(normalised_quantity("12 dead").as_deref(), Some("12 dead"));
        assert_eq!(normalised_quantity("no number"), None);
    }

    #[test]
    fn a_city_lies_in_its_country() {
        assert_eq!(
            place_relation(Some("Washington"), Some("United States")),
            PlaceRelation::Contains
        );
        assert_eq!(
            place_relation(Some("Foo"), Some("Bar")),
            PlaceRelation::Unknown
        );
    }
}
