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
        .filter(|(_, claims)| {
            claims.len() > 1 && across_articles(claims.values().map(|c| &c.1))
        })
        .map(|(field, claims)| Dispute { field, claims: to_claims(claims) })
        .collect();
    if let Some(place) = place_dispute(members) {
        out.push(place);
        out.sort_by(|a, b| a.field.cmp(&b.field));
    }
    out
}

/// Whether claims that differ come from more than one article: a dispute
/// is between sources. One report that gives the toll twice as it rose
/// ("at least 30 killed", then "39 killed"), or names two places, is not
/// two sources disagreeing. Given two or more claims, two articles stand
/// behind two different claims exactly when they have two articles in all.
fn across_articles<'a>(
    mut articles: impl Iterator<Item = &'a BTreeSet<String>>,
) -> bool {
    let mut first: Option<&String> = None;
    articles.any(|set| {
        set.iter().any(|article| *first.get_or_insert(article) != article)
    })
}

/// The key a claim is compared by: a death or injury toll by its number
/// alone ("at least 39 killed" and "killing 39 people" agree; hedges are
/// not a dispute), a duration by number and unit ("nearly three hours"
/// and "a three-hour summit"), anything else by its words.
fn claim_key(field: &str, value: &str) -> String {
    let quantity = normalised_quantity(value);
    match quantity {
        Some(q) if matches!(field, "deaths" | "injuries") => {
            q.split(' ').next().unwrap_or_default().to_string()
        }
        Some(q) => q,
        None => value.trim().to_lowercase(),
    }
}

/// Every claim one observation makes, as (field, normalised key,
/// wording), in one order for both `disputes` and `RunningDisputes`: its
/// quantities, whether it happened, and a stated single day.
fn claims_of(o: &Observation, mut claim: impl FnMut(&str, String, &str)) {
    for c in &o.claims {
        claim(&c.field, claim_key(&c.field, &c.value), &c.value);
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
    if !across_articles(places.values()) {
        return None;
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
            .filter(|(_, claims)| {
                claims.len() > 1
                    && across_articles(claims.values().map(|c| &c.articles))
            })
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
        if self.places_differ && across_articles(self.places.values()) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ByteSpan, Claim, Day, EventKind, TimeSpan};

    fn strike(article: &str, at: u32, claims: &[(&str, &str)]) -> Member {
        let day = Day::parse("2024-06-04").expect("test date");
        let observation = Observation {
            kind: EventKind::Attack,
            status: Status::Occurred,
            when: TimeSpan::day(day, ""),
            actors: vec!["Russia".into()],
            location: Some("Kharkiv".into()),
            quote: None,
            summary: "a strike on the station".into(),
            span: ByteSpan::new(at as usize, at as usize + 10),
            rule: "attack:struck".into(),
            claims: claims
                .iter()
                .map(|(field, value)| Claim {
                    field: field.to_string(),
                    value: value.to_string(),
                })
                .collect(),
        };
        let mut member = Member::for_test(article, "evidence", observation);
        member.index = at;
        member
    }

    /// `disputes` and the running state agree on every case.
    fn both(members: &[Member]) -> Vec<Dispute> {
        let mut running = RunningDisputes::default();
        for m in members {
            running.add(&Arc::new(m.clone()));
        }
        let full = disputes(members);
        assert_eq!(running.disputes(), full);
        full
    }

    fn fields(disputes: &[Dispute]) -> Vec<&str> {
        disputes.iter().map(|d| d.field.as_str()).collect()
    }

    #[test]
    fn tolls_dispute_only_between_articles_and_only_on_their_counts() {
        // One article's deaths and injuries, and its toll as it rose, are
        // no dispute: a dispute is between sources.
        let one = [
            strike("a", 0, &[("deaths", "at least 14 killed")]),
            strike("a", 20, &[("injuries", "wounded 30 others")]),
            strike("a", 40, &[("deaths", "killing 17 people")]),
        ];
        assert!(both(&one).is_empty());
        // Two articles with one count in other words agree.
        let agree = [
            strike("a", 0, &[("deaths", "at least 14 killed")]),
            strike("b", 0, &[("deaths", "killing 14 people")]),
            strike("b", 20, &[("injuries", "wounding more than 30")]),
        ];
        assert!(both(&agree).is_empty());
        // Two articles with two counts disagree, and the dispute names
        // each claim with its article.
        let differ = [
            strike("a", 0, &[("deaths", "at least 14 killed")]),
            strike("b", 0, &[("deaths", "killing 17 people")]),
            strike("b", 20, &[("injuries", "wounding 30")]),
        ];
        let found = both(&differ);
        assert_eq!(fields(&found), ["deaths"]);
        let claims: Vec<(&str, &[String])> = found[0]
            .claims
            .iter()
            .map(|c| (c.value.as_str(), c.articles.as_slice()))
            .collect();
        assert_eq!(
            claims,
            [
                ("at least 14 killed", &["a".to_string()][..]),
                ("killing 17 people", &["b".to_string()][..]),
            ]
        );
    }

    #[test]
    fn places_of_one_article_are_no_dispute_but_two_articles_places_are() {
        let mut here = strike("a", 0, &[]);
        here.observation.location = Some("Moscow".into());
        let mut there = strike("a", 20, &[]);
        there.observation.location = Some("Kyiv".into());
        assert!(both(&[here.clone(), there.clone()]).is_empty());
        there.article = "b".into();
        assert_eq!(fields(&both(&[here, there])), ["location"]);
    }
}
