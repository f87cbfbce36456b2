//! Where the sources of one event disagree: on the date, a quantity
//! (duration, casualties), the place, or whether it happened.
//!
//! Claims are compared by meaning where the rule can tell: "nearly three
//! hours" and "a nearly three-hour summit" are one claim; a city and its
//! country are not a dispute. Dissent is kept, never resolved away.

use super::merge::Member;
use super::text::{PlaceRelation, normalised_quantity, place_relation};
use crate::domain::{Dispute, DisputeClaim, Observation, Precision, Status};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Claims of one field: normalised key → (wording shown, article ids).
/// The ids are a set (each is listed once, in order, as `to_claims`
/// sorted them): an event many articles report has thousands.
type Claims = BTreeMap<String, (String, BTreeSet<String>)>;

/// The disputes among members (in canonical order), by field name.
pub fn disputes(members: &[Member]) -> Vec<Dispute> {
    let mut fields: BTreeMap<String, Claims> = BTreeMap::new();
    for member in members {
        let o = &member.observation;
        claims_of(o, |field, key, wording| {
            let entry = fields
                .entry(field.to_string())
                .or_default()
                .entry(key)
                .or_insert_with(|| (wording.to_string(), BTreeSet::new()));
            if !entry.1.contains(&member.article) {
                entry.1.insert(member.article.clone());
            }
        });
    }
    let mut out: Vec<Dispute> = fields
        .into_iter()
        .filter(|(_, claims)| claims.len() > 1)
        .map(|(field, claims)| Dispute { field, claims: to_claims(claims) })
        .collect();
    if let Some(place) = place_dispute(members) {
        out.push(place);
        out.sort_by(|a, b| a.field.cmp(&b.field));
    }
    out
}

/// Every claim one observation makes, as (field, normalised key,
/// wording), in one order for both `disputes` and `RunningDisputes`: its
/// quantities, whether it happened, and a stated single day.
fn claims_of(o: &Observation, mut claim: impl FnMut(&str, String, &str)) {
    for c in &o.claims {
        let key = normalised_quantity(&c.value)
            .unwrap_or_else(|| c.value.trim().to_lowercase());
        claim(&c.field, key, &c.value);
    }
    match o.status {
        Status::Occurred => claim("status", "happened".into(), "happened"),
        Status::NotOccurred => {
            claim("status", "did not happen".into(), "did not happen")
        }
        _ => {}
    }
    let stated_day = o.when.precision == Precision::Day
        && o.when.len_days() == Some(1)
        && !o.when.text.is_empty();
    if let (true, Some(day)) = (stated_day, o.when.start) {
        let day = day.to_string();
        claim("date", day.clone(), &day);
    }
}

fn to_claims(claims: Claims) -> Vec<DisputeClaim> {
    let mut out: Vec<DisputeClaim> = claims
        .into_values()
        .map(|(value, articles)| DisputeClaim {
            value,
            articles: articles.into_iter().collect(),
        })
        .collect();
    out.sort_by(|a, b| a.value.cmp(&b.value).then(a.articles.cmp(&b.articles)));
    out
}

/// A place dispute when two sources name different known places of the
/// same kind (a city and its country agree).
fn place_dispute(members: &[Member]) -> Option<Dispute> {
    let mut places: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for member in members {
        if let Some(place) = &member.observation.location {
            let articles = places.entry(place.clone()).or_default();
            if !articles.contains(&member.article) {
                articles.insert(member.article.clone());
            }
        }
    }
    let names: Vec<&String> = places.keys().collect();
    let differ = names.iter().enumerate().any(|(i, a)| {
        names[i + 1..].iter().any(|b| {
            place_relation(Some(a), Some(b)) == PlaceRelation::Different
        })
    });
    if !differ {
        return None;
    }
    let claims = places
        .into_iter()
        .map(|(value, articles)| DisputeClaim {
            value,
            articles: articles.into_iter().collect(),
        })
        .collect();
    Some(Dispute { field: "location".into(), claims })
}

/// One claim of `RunningDisputes`: its wording (that of the member first
/// in canonical order to make it), that member, and the article ids.
#[derive(Clone, Debug)]
struct RunningClaim {
    wording: String,
    by: Arc<Member>,
    articles: BTreeSet<String>,
}

/// `disputes` kept as running state: members are added in any order and
/// `disputes()` gives what `disputes` gives for all of them in canonical
/// order. Adding a member costs its own claims, not the event's size.
#[derive(Clone, Debug, Default)]
pub struct RunningDisputes {
    fields: BTreeMap<String, BTreeMap<String, RunningClaim>>,
    places: BTreeMap<String, BTreeSet<String>>,
    /// Whether two of `places` are different known places of one kind.
    places_differ: bool,
}

impl RunningDisputes {
    /// Adds one member's claims.
    pub fn add(&mut self, member: &Arc<Member>) {
        let o = &member.observation;
        let claim = |field: &str, key: String, wording: &str| {
            let claims = match self.fields.get_mut(field) {
                Some(claims) => claims,
                None => self.fields.entry(field.to_string()).or_default(),
            };
            match claims.get_mut(&key) {
                Some(entry) => {
                    // `disputes` keeps the wording of the first member in
                    // canonical order, and of its first such claim.
                    if member.canonical_key() < entry.by.canonical_key() {
                        entry.wording = wording.to_string();
                        entry.by = Arc::clone(member);
                    }
                    if !entry.articles.contains(&member.article) {
                        entry.articles.insert(member.article.clone());
                    }
                }
                None => {
                    claims.insert(
                        key,
                        RunningClaim {
                            wording: wording.to_string(),
                            by: Arc::clone(member),
                            articles: BTreeSet::from([member.article.clone()]),
                        },
                    );
                }
            }
        };
        claims_of(o, claim);
        if let Some(place) = &o.location {
            self.add_place(place, &member.article);
        }
    }

    fn add_place(&mut self, place: &str, article: &str) {
        if let Some(articles) = self.places.get_mut(place) {
            if !articles.contains(article) {
                articles.insert(article.to_string());
            }
            return;
        }
        // `place_dispute` compares each pair of names in sorted order.
        if !self.places_differ {
            self.places_differ = self.places.keys().any(|other| {
                let (a, b) = if other.as_str() < place {
                    (other.as_str(), place)
                } else {
                    (place, other.as_str())
                };
                place_relation(Some(a), Some(b)) == PlaceRelation::Different
            });
        }
        self.places
            .insert(place.to_string(), BTreeSet::from([article.to_string()]));
    }

    /// The disputes among the members added, as `disputes` gives them.
    pub fn disputes(&self) -> Vec<Dispute> {
        self.view().iter().map(DisputeView::to_dispute).collect()
    }

    /// `disputes()` borrowed from the running state: what encoding an
    /// event needs, without copying every claim's article ids (an event
    /// many articles report has thousands).
    pub fn view(&self) -> Vec<DisputeView<'_>> {
        let mut out: Vec<DisputeView<'_>> = self
            .fields
            .iter()
            .filter(|(_, claims)| claims.len() > 1)
            .map(|(field, claims)| {
                let mut claims: Vec<ClaimView<'_>> = claims
                    .values()
                    .map(|claim| ClaimView {
                        value: &claim.wording,
                        articles: &claim.articles,
                    })
                    .collect();
                // A set orders as the sorted list `to_claims` compares.
                claims.sort_by(|a, b| {
                    a.value.cmp(b.value).then(a.articles.cmp(b.articles))
                });
                DisputeView { field, claims }
            })
            .collect();
        if self.places_differ {
            let claims = self
                .places
                .iter()
                .map(|(value, articles)| ClaimView { value, articles })
                .collect();
            out.push(DisputeView { field: "location", claims });
            out.sort_by(|a, b| a.field.cmp(b.field));
        }
        out
    }
}

/// A `Dispute` borrowed from `RunningDisputes`; it serializes as the
/// `Dispute` it stands for (the same fields in the same order; a set of
/// ids as the sorted list).
#[derive(Debug, Serialize)]
pub struct DisputeView<'a> {
    field: &'a str,
    claims: Vec<ClaimView<'a>>,
}

/// A `DisputeClaim` borrowed from `RunningDisputes`.
#[derive(Debug, Serialize)]
struct ClaimView<'a> {
    value: &'a str,
    articles: &'a BTreeSet<String>,
}

impl DisputeView<'_> {
    /// The dispute it stands for.
    pub fn to_dispute(&self) -> Dispute {
        Dispute {
            field: self.field.to_string(),
            claims: self
                .claims
                .iter()
                .map(|claim| DisputeClaim {
                    value: claim.value.to_string(),
                    articles: claim.articles.iter().cloned().collect(),
                })
                .collect(),
        }
    }
}
