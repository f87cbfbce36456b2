//! What a consolidated event says, derived from its observations by stated
//! rules, keeping every source and every dissenting claim.

use crate::domain::{
    Day, Dispute, DisputeClaim, Event, Observation, Source, Status, TimeSpan,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// One observation together with the article that made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The article id.
    pub article: String,
    /// The observation's position in its article's extraction; with the
    /// article id it identifies the observation uniquely.
    pub index: u32,
    /// The article file's base name.
    pub file: String,
    /// The article's outlet.
    pub outlet: Option<String>,
    /// The article's publication date.
    pub published: Option<Day>,
    /// Exactly the article's bytes at the observation's span.
    pub evidence: String,
    /// The observation.
    pub observation: Observation,
}

impl Member {
    /// The canonical order of sources: article, then position in the text,
    /// then rule, then the observation's index (which makes it total).
    pub fn canonical_key(&self) -> (&str, u32, u32, &str, u32) {
        let span = self.observation.span;
        (
            &self.article,
            span.start,
            span.end,
            &self.observation.rule,
            self.index,
        )
    }
}

/// Consolidates the members of one component into an event.
///
/// # Rules
/// Sources in canonical order (article id, span, rule). Type: the most
/// common. Status: `occurred` if any source reports it held and none says it
/// did not; otherwise the most common. Time: the most precise span (the
/// shortest closed one; ties to the earliest). Actors: the most common first
/// actor, then the others alphabetically. Place: the most common. Summary and
/// quote: from the first source with the chosen time. The id hashes the first
/// source's key, so it depends on content only.
pub fn merge(mut members: Vec<Member>) -> Option<Event> {
    members.sort_by(|a, b| a.canonical_key().cmp(&b.canonical_key()));
    let first = members.first()?;
    let id = event_id(first);
    let observations: Vec<&Observation> =
        members.iter().map(|m| &m.observation).collect();
    let kind = most_common(observations.iter().map(|o| o.kind))?;
    let status = consolidated_status(&observations);
    let when = most_precise(&observations);
    let chosen = observations
        .iter()
        .find(|o| o.when == when)
        .copied()
        .unwrap_or(observations[0]);
    let actors = consolidated_actors(&observations);
    let location =
        most_common(observations.iter().filter_map(|o| o.location.clone()));
    let disputed = disputes(&members, &when);
    let sources = members.iter().map(source_of).collect();
    Some(Event {
        id,
        kind,
        status,
        when,
        actors,
        location,
        summary: chosen.summary.clone(),
        quote: chosen
            .quote
            .clone()
            .or_else(|| observations.iter().find_map(|o| o.quote.clone())),
        sources,
        disputed,
    })
}

/// `e-` and 16 hex digits of a hash of the member's canonical key.
pub fn event_id(member: &Member) -> String {
    let (article, start, end, rule, index) = member.canonical_key();
    let mut hasher = Sha256::new();
    hasher.update(article.as_bytes());
    hasher.update(index.to_be_bytes());
    hasher.update(start.to_be_bytes());
    hasher.update(end.to_be_bytes());
    hasher.update(rule.as_bytes());
    let digest = hasher.finalize();
    let hex: String =
        digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("e-{hex}")
}

fn source_of(member: &Member) -> Source {
    let o = &member.observation;
    Source {
        article: member.article.clone(),
        file: member.file.clone(),
        outlet: member.outlet.clone(),
        published: member.published,
        span: o.span,
        evidence: member.evidence.clone(),
        rule: o.rule.clone(),
        kind: o.kind,
        status: o.status,
        when: o.when.clone(),
        actors: o.actors.clone(),
        location: o.location.clone(),
        quote: o.quote.clone(),
    }
}

/// The most common value; ties go to the smallest.
fn most_common<T: Ord + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

fn consolidated_status(observations: &[&Observation]) -> Status {
    let has = |s: Status| observations.iter().any(|o| o.status == s);
    if has(Status::Occurred) && !has(Status::NotOccurred) {
        return Status::Occurred;
    }
    most_common(observations.iter().map(|o| o.status))
        .unwrap_or(Status::Occurred)
}

fn most_precise(observations: &[&Observation]) -> TimeSpan {
    let key = |span: &TimeSpan| {
        (
            span.len_days().unwrap_or(i64::MAX),
            span.start_or_min(),
            span.end_or_max(),
        )
    };
    observations
        .iter()
        .map(|o| &o.when)
        .min_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.text.cmp(&b.text)))
        .cloned()
        .unwrap_or(TimeSpan {
            start: None,
            end: None,
            precision: crate::domain::Precision::Day,
            text: String::new(),
        })
}

fn consolidated_actors(observations: &[&Observation]) -> Vec<String> {
    let Some(lead) = most_common(
        observations.iter().filter_map(|o| o.actors.first().cloned()),
    ) else {
        return Vec::new();
    };
    let mut rest: Vec<String> = observations
        .iter()
        .flat_map(|o| o.actors.iter().cloned())
        .filter(|a| *a != lead)
        .collect();
    rest.sort();
    rest.dedup();
    let mut actors = vec![lead];
    actors.extend(rest);
    actors
}

fn disputes(members: &[Member], when: &TimeSpan) -> Vec<Dispute> {
    let mut fields: BTreeMap<String, BTreeMap<String, Vec<String>>> =
        BTreeMap::new();
    let mut claim = |field: &str, value: String, article: &str| {
        let articles =
            fields.entry(field.into()).or_default().entry(value).or_default();
        if !articles.iter().any(|a| a == article) {
            articles.push(article.to_string());
        }
    };
    for member in members {
        let o = &member.observation;
        for c in &o.claims {
            claim(&c.field, c.value.clone(), &member.article);
        }
        if let Some(place) = &o.location {
            claim("location", place.clone(), &member.article);
        }
        let status = match o.status {
            Status::NotOccurred => "did not happen",
            _ => "happened",
        };
        claim("status", status.into(), &member.article);
        if o.when.precision == crate::domain::Precision::Day
            && o.when.len_days() == Some(1)
        {
            if !o.when.overlaps(when) {
                claim(
                    "date",
                    format!("{}", o.when.start_or_min()),
                    &member.article,
                );
            } else {
                claim(
                    "date",
                    format!("{}", when.start_or_min()),
                    &member.article,
                );
            }
        }
    }
    fields
        .into_iter()
        .filter(|(_, values)| values.len() > 1)
        .map(|(field, values)| Dispute {
            field,
            claims: values
                .into_iter()
                .map(|(value, mut articles)| {
                    articles.sort();
                    DisputeClaim { value, articles }
                })
                .collect(),
        })
        .collect()
}
