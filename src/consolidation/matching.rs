//! The match relation: is this the same happening? It is symmetric and
//! requires overlapping time spans, so candidates can be found through the
//! time index alone.

use crate::domain::{EventKind, Observation, Status};

/// Words too common to say what a passage is about.
const STOPWORDS: &[&str] = &[
    "about", "after", "again", "against", "also", "been", "before", "being",
    "between", "both", "could", "did", "does", "during", "each", "from",
    "further", "have", "having", "here", "into", "just", "more", "most",
    "much", "only", "other", "over", "said", "same", "says", "should", "some",
    "such", "than", "that", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "told", "under", "until", "very", "were",
    "what", "when", "where", "which", "while", "will", "with", "would", "your",
];

/// Content words shared between two passages, as a share of the smaller set,
/// at or above which two statements or agreements say the same thing.
const CONTENT_OVERLAP_MIN: f64 = 0.5;
/// Shared quoted words (in one run) that make two statements the same.
const SHARED_QUOTE_WORDS_MIN: usize = 4;

/// Whether two observations describe the same real-world happening.
///
/// # Rule
/// Same type; statuses that can describe one happening (a planned meeting
/// and the held meeting can; held and "did not happen" cannot); both dated,
/// with overlapping spans (so "2025" can match "2025-08-15" but two different
/// days cannot); and then, by type: a statement needs the same speaker and
/// the same content (a shared run of quoted words, or most content words in
/// common); an agreement, threat or `other` needs a shared actor and the same
/// content; any other type needs a shared actor.
pub fn same_happening(a: &Observation, b: &Observation) -> bool {
    if a.kind != b.kind || !statuses_compatible(a.status, b.status) {
        return false;
    }
    let dated =
        |o: &Observation| o.when.start.is_some() || o.when.end.is_some();
    if !dated(a) || !dated(b) || !a.when.overlaps(&b.when) {
        return false;
    }
    match a.kind {
        EventKind::Statement => {
            let same_speaker = match (a.actors.first(), b.actors.first()) {
                (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
                _ => false,
            };
            same_speaker && same_content(a, b)
        }
        EventKind::Agreement | EventKind::Threat | EventKind::Other => {
            share_actor(a, b) && same_content(a, b)
        }
        _ => share_actor(a, b),
    }
}

fn statuses_compatible(a: Status, b: Status) -> bool {
    use Status::*;
    matches!((a, b), (Occurred, Planned) | (Planned, Occurred)) || a == b
}

fn share_actor(a: &Observation, b: &Observation) -> bool {
    a.actors.iter().any(|x| b.actors.iter().any(|y| x.eq_ignore_ascii_case(y)))
}

fn same_content(a: &Observation, b: &Observation) -> bool {
    if let (Some(qa), Some(qb)) = (&a.quote, &b.quote)
        && shared_run(&words(qa), &words(qb)) >= SHARED_QUOTE_WORDS_MIN
    {
        return true;
    }
    let wa = content_words(a);
    let wb = content_words(b);
    let smaller = wa.len().min(wb.len());
    if smaller == 0 {
        return false;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    common as f64 / smaller as f64 >= CONTENT_OVERLAP_MIN
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn content_words(o: &Observation) -> Vec<String> {
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

/// A crude stem so that "agreed" and "agreement" meet.
fn stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().take(6).collect()
}

/// Length of the longest run of words the two sequences share.
fn shared_run(a: &[String], b: &[String]) -> usize {
    let mut best = 0;
    let mut previous = vec![0usize; b.len() + 1];
    for word_a in a {
        let mut current = vec![0usize; b.len() + 1];
        for (j, word_b) in b.iter().enumerate() {
            if word_a == word_b {
                current[j + 1] = previous[j] + 1;
                best = best.max(current[j + 1]);
            }
        }
        previous = current;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ByteSpan, Day, TimeSpan};

    fn observation(
        kind: EventKind,
        day: &str,
        actors: &[&str],
        summary: &str,
    ) -> Observation {
        let day = Day::parse(day).expect("test date");
        Observation {
            kind,
            status: Status::Occurred,
            when: TimeSpan::day(day, "on that day"),
            actors: actors.iter().map(|a| a.to_string()).collect(),
            location: None,
            quote: None,
            summary: summary.to_string(),
            span: ByteSpan::new(0, 1),
            rule: "test".into(),
            claims: Vec::new(),
        }
    }

    #[test]
    fn meetings_with_a_shared_actor_on_the_same_day_match() {
        let a = observation(
            EventKind::Meeting,
            "2025-03-02",
            &["Ann Lee", "Bo Chan"],
            "x",
        );
        let b =
            observation(EventKind::Meeting, "2025-03-02", &["Bo Chan"], "y");
        assert!(same_happening(&a, &b));
        assert!(same_happening(&b, &a));
    }

    #[test]
    fn different_days_never_match() {
        let a =
            observation(EventKind::Meeting, "2025-03-02", &["Ann Lee"], "x");
        let b =
            observation(EventKind::Meeting, "2025-03-03", &["Ann Lee"], "x");
        assert!(!same_happening(&a, &b));
    }

    #[test]
    fn statements_need_speaker_and_content() {
        let mut a =
            observation(EventKind::Statement, "2025-03-02", &["Ann Lee"], "");
        let mut b = a.clone();
        a.quote = Some("we will rebuild the bridge before winter comes".into());
        b.quote = Some("Lee said we will rebuild the bridge soon".into());
        assert!(same_happening(&a, &b));
        b.quote = Some("taxes are too high".into());
        assert!(!same_happening(&a, &b));
    }
}
