//! The match relation: is this the same happening? It is symmetric and
//! requires overlapping time spans, so candidates can be found through the
//! time index alone and events (its connected components) do not depend on
//! the order articles arrive in.
//!
//! It never looks at anything but the two members given: no corpus
//! statistics, no clock, no state.

use super::merge::Member;
use super::text::{PlaceRelation, place_relation, shared_count};
use crate::domain::{EventKind, Observation, Status};
use crate::extraction::Lexicon;
use crate::extraction::lexicon::EntryKind;

/// Content stems shared between two passages, as a share of the smaller
/// set, at or above which two passages say the same thing.
const CONTENT_OVERLAP_MIN: f64 = 0.5;
/// Fewest shared content stems that can make two passages the same, so
/// that two one-word summaries never match on a single word.
const CONTENT_SHARED_MIN: usize = 2;
/// Shared quoted words (in one run) that make two statements the same.
const SHARED_QUOTE_WORDS_MIN: usize = 4;
/// Longest closed span, in days, that counts as a precise date; a coarser
/// or open span needs more evidence to match.
const PRECISE_DAYS_MAX: i64 = 7;

/// Whether two members describe the same real-world happening.
///
/// # Rule
/// 1. Time: both dated, with overlapping spans ("2025" can match
///    "2025-08-15"; two different days never match).
/// 2. Status: held and planned can be one happening; held and "did not
///    happen" cannot; otherwise the statuses are equal.
/// 3. Type: equal; or a meeting and a call that share two actors; or an
///    `other` against anything but a statement, judged as `other`.
/// 4. Place: places in two different countries need the same content
///    (the event is then shown with a place dispute); a city matches its
///    country.
/// 5. By type: a statement needs the same speaker (or one voice under two
///    names: an unnamed collective after the same adjective, "European
///    officials" and "European leaders"; an unnamed spokesperson and the
///    named one of the same body, "a Kremlin spokesperson" and "Kremlin
///    spokesman X"; a body named with its possessor and the possessor,
///    "Russia's defence ministry" and "Russia"; a bare surname and the
///    full name it ends, "Misri" and "Vikram Misri") and the same content
///    (a shared run of quoted words, or most content stems in common, or
///    the same topic: three topic stems and 30 % of the smaller set, with
///    names and framing words left out and synonyms folded), or
///    the later one must carry the earlier on in the next sentence ("she
///    added", a post quoted after it was reported), or both must report
///    that the voice reacted ("reacted cautiously"), dated to within a
///    week, or (whoever each
///    names as the speaker) they share a run of five quoted words and one's
///    speaker is among the other's actors; other
///    consecutive remarks of one speaker are separate
///    statements unless they say the same thing; an agreement needs a
///    shared actor and the same content or the same specific trigger (a
///    ceasefire and a truce), or the same two parties with the same status
///    on the same day (a span of two days at most) unless one article
///    tells both with topics that share nothing, or (when one side names
///    only unnamed groups) the same trigger on the same single day; a
///    threat needs a shared actor and the same content, or the same
///    speaker, the same two parties, the same trigger and status within a
///    week; `other` needs a shared actor and the same content, or the
///    same trigger about the same person on the same day, or the same
///    trigger between the same two parties, or (a natural disaster) the
///    same hazard on the same day (a collapsed structure: the same
///    structure, within a week, at places not known apart), or (a
///    prisoner exchange) a shared party on the same day; a meeting needs
///    a shared actor and not a person on
///    each side the other does not name (one person meeting two people on
///    one day holds two meetings), or (when one side names
///    only unnamed groups such as "the leaders") the same trigger on the
///    same single day; an attack or a military action needs a shared
///    actor or a country and its armed forces ("Russia", "Russian
///    forces"; two military actions that share only unnamed groups in
///    lower case, "troops", also the same trigger), or (an attack) when
///    one report
///    names no agent or only unnamed groups ("gunmen"), the same place on
///    the same day; any other type
///    needs a shared actor.
///    A journey needs a shared actor and the same direction (arriving,
///    leaving, riding along); two triggers in one sentence of one
///    article are two happenings, unless they are one trigger or a strike
///    and the killing it caused.
/// 6. Coarse time: an `other` and a report of another type are one
///    happening only when both are dated to within a week (and share a
///    named party, not only a group in lower case). Otherwise,
///    when either span is open or longer than a week, the
///    members also need the same content or the same place (or, when both
///    are coarse, the same trigger between two shared parties; or, for an
///    undated plan, a report of it held between two of its parties on one
///    day within a week of the plan's report; or, for an invasion or an
///    annexation, the same agent and no other named target), so that an
///    imprecise report cannot chain unrelated happenings together.
pub fn same_happening(a: &Member, b: &Member) -> bool {
    let (x, y) = (&a.observation, &b.observation);
    if !time_compatible(x, y) || !statuses_compatible(x.status, y.status) {
        return false;
    }
    let Some(kind) = compatible_kind(x, y) else { return false };
    if one_sentence(a, b) && !same_act(x, y) {
        // Two triggers of one sentence the extractor kept apart ("a ride
        // in his car, despite the indictment"; "the annexation of Crimea
        // in 2014 ... the full-scale invasion") are two happenings.
        return false;
    }
    if place_relation(x.location.as_deref(), y.location.as_deref())
        == PlaceRelation::Different
        && !same_content(a, b)
    {
        return false;
    }
    let by_type = match kind {
        EventKind::Statement => {
            same_speaker(x, y)
                && (same_content(a, b)
                    || same_topic(a, b)
                    || continues(a, b)
                    || same_reaction(x, y))
                || same_words_other_voice(a, b)
        }
        EventKind::Agreement => {
            (share_actors(x, y) >= 1
                && (same_content(a, b)
                    || same_named_agreement(x, y)
                    || (same_parties_same_day(x, y) && !distinct_topics(a, b))))
                || same_unnamed_meeting(x, y)
        }
        EventKind::Threat => {
            share_actors(x, y) >= 1 && same_content(a, b) || same_threat(x, y)
        }
        EventKind::Other => {
            share_actors(x, y) >= 1 && same_content(a, b)
                || same_person_same_day(x, y)
                || same_act_same_parties(x, y)
                || same_disaster(x, y)
                || same_exchange(x, y)
        }
        EventKind::Meeting => {
            press_event(x) == press_event(y)
                && (share_actors(x, y) >= 1 && !other_counterparts(x, y)
                    || same_unnamed_meeting(x, y))
        }
        EventKind::Travel => share_actors(x, y) >= 1 && same_direction(x, y),
        EventKind::Attack => {
            share_parties(x, y)
                || agentless_strike(x, y)
                || same_assailants(x, y)
        }
        EventKind::Military => {
            share_parties(x, y) && (share_named_party(x, y) || x.rule == y.rule)
        }
        _ => share_actors(x, y) >= 1,
    };
    let both_precise = precise(x) && precise(y);
    if x.kind != y.kind && kind == EventKind::Other {
        // An untyped report is one with a typed happening only when both
        // are dated to within a week: a coarse "other" ("severed ties in
        // 2016") matched on content alone would chain every happening of
        // its parties that year, whatever its type, into one event.
        // Nor does an unnamed group alone join them ("troops" in a report
        // that martial law was lifted and in one that troops surrounded
        // parliament, told in paraphrased sentences): a named party must.
        return by_type && both_precise && share_named_party(x, y);
    }
    by_type && (both_precise || corroborated(a, b))
}

/// A strike reported without a named agent ("a drone strike destroyed the
/// mission in Lima", "gunmen opened fire at a concert hall in Lima") and a
/// report of a strike at the same place on the same day (at most two days'
/// span each): the text names no one who could tell them apart.
fn agentless_strike(x: &Observation, y: &Observation) -> bool {
    (unnamed(x) || unnamed(y))
        && one_day(x)
        && one_day(y)
        && matches!(
            place_relation(x.location.as_deref(), y.location.as_deref()),
            PlaceRelation::Same | PlaceRelation::Contains
        )
}

/// Two reports of a prisoner exchange (rule `other:prisoner-exchange`) on
/// the same day (at most two days' span each) with the same status that
/// share a party, a country standing for its forces ("Ukraine", "Ukrainian
/// soldiers"): the sides trade captives once that day, whoever each report
/// names ("Ukraine and Russia exchanged 175 prisoners", "soldiers were
/// freed as part of a swap brokered by the Emirates", "the Emirates said
/// its mediation made the exchange possible"). Places in two different
/// countries were already ruled out.
fn same_exchange(x: &Observation, y: &Observation) -> bool {
    let exchange = |o: &Observation| o.rule == "other:prisoner-exchange";
    exchange(x)
        && exchange(y)
        && x.status == y.status
        && one_day(x)
        && one_day(y)
        && share_parties(x, y)
}

/// Two reports of a natural disaster ("a 7.7 magnitude earthquake struck",
/// "eight people were killed in the building collapse" in a quake story),
/// which the extractor gives the hazard as their one actor and a
/// `other:disaster-` rule, are one disaster when they name the same hazard
/// on the same day (at most two days' span); places in different countries
/// were already ruled out.
///
/// A building's collapse (the extractor names it by the structure: a
/// "building collapse", a "bridge collapse") is one with another of the
/// same structure only when their places are not two places the gazetteer
/// knows apart (the same, one within the other, or one unknown or not
/// given): a quake brings down many buildings on its day.
fn same_disaster(x: &Observation, y: &Observation) -> bool {
    let disaster = |o: &Observation| o.rule.starts_with("other:disaster-");
    let collapse = |o: &Observation| o.rule == "other:disaster-collapsed";
    // A collapse found in a report's casualty count ("76 missing at sites
    // including a high-rise which collapsed") is dated by the report, to
    // within a few days: the structure and place tell it apart.
    let dated = |o: &Observation| {
        if collapse(o) { precise(o) } else { one_day(o) }
    };
    disaster(x)
        && disaster(y)
        && dated(x)
        && dated(y)
        && share_actors(x, y) >= 1
        && (!(collapse(x) || collapse(y)) || places_not_apart(x, y))
}

/// Whether two observations' places are not two places the gazetteer
/// knows apart: the same, one within the other, or either not given or
/// unknown to it.
fn places_not_apart(x: &Observation, y: &Observation) -> bool {
    let (Some(p), Some(q)) = (x.location.as_deref(), y.location.as_deref())
    else {
        return true;
    };
    let lexicon = Lexicon::builtin();
    let known = |place: &str| lexicon.lookup(place).is_some();
    !(known(p) && known(q))
        || matches!(
            place_relation(Some(p), Some(q)),
            PlaceRelation::Same | PlaceRelation::Contains
        )
}

/// Two reports that the same party threatened or made demands of the
/// same other party, with the same trigger ("demanded", "demands"), in
/// the same few days are one threat however they word its terms.
fn same_threat(x: &Observation, y: &Observation) -> bool {
    let trigger = |o: &Observation| {
        super::text::stem(o.rule.rsplit(':').next().unwrap_or(&o.rule))
    };
    share_actors(x, y) >= 2
        && x.status == y.status
        && precise(x)
        && precise(y)
        && same_speaker(x, y)
        && trigger(x) == trigger(y)
}

/// Two reports of the same trigger ("arrested", "resigned") about the
/// same person on the same day (spans of at most two days each) are one
/// happening: one person is rarely arrested twice in a day.
fn same_person_same_day(x: &Observation, y: &Observation) -> bool {
    x.rule == y.rule
        && x.status == y.status
        && one_day(x)
        && one_day(y)
        && x.actors
            .iter()
            .any(|p| is_person(p) && y.actors.iter().any(|q| same_actor(p, q)))
}

/// Two reports of the same specific act ("severed ties", "suspended
/// relations") between the same two parties, with the same status, at
/// times that overlap: one act, however differently worded ("Riyadh
/// severed diplomatic ties with Tehran in 2016", "Iran and Saudi Arabia
/// suspended their diplomatic relations in 2016"). Coarse dates still need
/// the corroboration `same_happening` asks of them.
fn same_act_same_parties(x: &Observation, y: &Observation) -> bool {
    x.rule == y.rule && x.status == y.status && share_actors(x, y) >= 2
}

/// Two meetings of one person on one day with different people: each
/// names a person the other does not, and no person besides the ones they
/// share ("Blinken met Xi" and "Blinken also met Wang Yi" are two
/// meetings; "Blinken met Xi" and "Blinken met Xi and his aides" are one).
fn other_counterparts(x: &Observation, y: &Observation) -> bool {
    let only_in = |a: &Observation, b: &Observation| {
        a.actors
            .iter()
            .any(|p| is_person(p) && !b.actors.iter().any(|q| same_actor(p, q)))
    };
    only_in(x, y) && only_in(y, x)
}

/// Words that make a capitalised name an institution, not a person.
const INSTITUTION_WORDS: &[&str] = &[
    "agency",
    "army",
    "assembly",
    "bank",
    "bureau",
    "commission",
    "committee",
    "congress",
    "council",
    "court",
    "department",
    "forces",
    "front",
    "government",
    "group",
    "house",
    "ministry",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "press",
    "senate",
    "service",
    "union",
];

/// Whether an actor name is a person's: the lexicon says so, or it is not
/// in the lexicon and is a capitalised name of two or more words without
/// an institution's word ("Wang Yi", "Dilawar Khan").
fn is_person(name: &str) -> bool {
    if let Some(entry) = Lexicon::builtin().lookup(name) {
        return entry.kind == EntryKind::Person;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| {
            INSTITUTION_WORDS.contains(&w.to_ascii_lowercase().as_str())
        })
}

/// Whether two triggers of one sentence can name one act: the same
/// trigger, or a strike and the killing it caused ("an airstrike hit a
/// school, killing ten").
fn same_act(x: &Observation, y: &Observation) -> bool {
    let toll = |o: &Observation| o.rule == "attack:killed";
    x.kind == y.kind && (x.rule == y.rule || toll(x) || toll(y))
}

/// Whether a meeting observation is a press conference or briefing. The
/// talks and the press conference that follows them share their parties
/// and their day, yet they are two happenings: one is held behind closed
/// doors, the other before reporters, and reports of each say different
/// things ("the talks lasted three hours", "took no questions").
fn press_event(o: &Observation) -> bool {
    o.rule.ends_with(":press-conference")
}

/// A meeting (or agreement) reported only through unnamed groups ("the
/// leaders met", "the two officials agreed") matches one with the same
/// trigger on the same precise day: the text names no one who could tell
/// them apart.
fn same_unnamed_meeting(x: &Observation, y: &Observation) -> bool {
    (unnamed(x) || unnamed(y))
        && x.rule == y.rule
        && x.when.len_days() == Some(1)
        && (x.when.start, x.when.end) == (y.when.start, y.when.end)
}

/// Whether an observation names no one: no actors, or only unnamed groups
/// ("the leaders", "gunmen", "attackers"), whose names start in lower case.
fn unnamed(o: &Observation) -> bool {
    unnamed_actors(&o.actors)
}

fn unnamed_actors(actors: &[String]) -> bool {
    actors.iter().all(|a| a.chars().next().is_none_or(|c| !c.is_uppercase()))
}

/// Longest span, in days, of a report that counts as "the same day" for
/// two parties' agreement (a report the day after may not know which).
const SAME_DAY_SPAN_DAYS_MAX: i64 = 2;

/// Whether a report dates its happening to one day (a span of at most
/// `SAME_DAY_SPAN_DAYS_MAX` days: a report the day after may not know
/// which of two).
fn one_day(o: &Observation) -> bool {
    o.when.len_days().is_some_and(|n| n <= SAME_DAY_SPAN_DAYS_MAX)
}

/// Two reports that the same two parties agreed (or both that they did
/// not) on the same day are one agreement: outlets word the outcome of one
/// round of talks differently ("agreed on the need for dialogue", "agreed
/// to carry forward talks"), and two separate agreements between the same
/// parties on one day are rare enough to be told apart by their content.
fn same_parties_same_day(x: &Observation, y: &Observation) -> bool {
    share_actors(x, y) >= 2 && x.status == y.status && one_day(x) && one_day(y)
}

/// Fewest topic stems a passage needs before its topic can tell it apart.
const DISTINCT_TOPIC_STEMS_MIN: usize = 2;

/// Two passages of one article that each name a topic and share no topic
/// stem at all ("agreed to get experts together to discuss the risks of
/// artificial intelligence", "agreed that China would stem the export of
/// fentanyl precursors"): two agreements the same parties made on one
/// day, as a summit makes several. Across articles, outlets word one
/// agreement too differently for the topic to tell ("agreed on the need
/// for talks", "agreed to carry forward a stalled dialogue").
fn distinct_topics(a: &Member, b: &Member) -> bool {
    if a.article != b.article {
        return false;
    }
    // The words of agreeing itself ("agreed", "reached a deal", "as well
    // as") are every agreement's, not a topic.
    const AGREEING: &[&str] = &[
        "agr", "deal", "reach", "accord", "pact", "sign", "meet", "summit",
        "talk", "well", "also", "addit", "pair",
    ];
    let topic = |m: &Member| -> Vec<String> {
        m.topic_stems()
            .iter()
            .filter(|w| !AGREEING.contains(&w.as_str()))
            .cloned()
            .collect()
    };
    let (p, q) = (topic(a), topic(b));
    p.len() >= DISTINCT_TOPIC_STEMS_MIN
        && q.len() >= DISTINCT_TOPIC_STEMS_MIN
        && !p.iter().any(|w| q.contains(w))
}

/// Two agreements with the same specific trigger (a ceasefire, a truce:
/// a kind of agreement, unlike the generic "agreed" or "deal") between
/// parties they share are one, held or not; so are two reports that the
/// same two parties did not reach an agreement of one kind.
fn same_named_agreement(x: &Observation, y: &Observation) -> bool {
    const NAMED: &[&str] = &["agreement:ceasefire", "agreement:treaty"];
    let failed_between_same_parties = x.status == Status::NotOccurred
        && y.status == Status::NotOccurred
        && share_actors(x, y) >= 2;
    x.rule == y.rule
        && (NAMED.contains(&x.rule.as_str()) || failed_between_same_parties)
}

/// Whether two members come from one sentence of one article.
fn one_sentence(a: &Member, b: &Member) -> bool {
    a.article == b.article && a.observation.summary == b.observation.summary
}

/// Which way a journey goes, from its trigger rule: arriving (or going
/// to), leaving (or going back), or riding along.
fn direction(rule: &str) -> u8 {
    let trigger = rule.rsplit(':').next().unwrap_or(rule);
    match trigger {
        "departed" | "left" | "returned" => 1,
        "ride" => 2,
        _ => 0,
    }
}

/// Two journeys of one traveller on one day are one only if they go the
/// same way: arriving in the morning and leaving at night are two.
fn same_direction(x: &Observation, y: &Observation) -> bool {
    direction(&x.rule) == direction(&y.rule)
}

fn time_compatible(x: &Observation, y: &Observation) -> bool {
    let dated =
        |o: &Observation| o.when.start.is_some() || o.when.end.is_some();
    dated(x) && dated(y) && x.when.overlaps(&y.when)
}

fn precise(o: &Observation) -> bool {
    o.when.len_days().is_some_and(|n| n <= PRECISE_DAYS_MAX)
}

/// Extra evidence a coarse date needs: same content, the same place, or,
/// when neither date is precise, the same trigger between the same two
/// parties ("Russia's invasion of Ukraine" dated 2022 in one article and
/// February 2022 in another), or an undated plan kept within a week
/// (`plan_kept`). A precise report against a coarse one between the same
/// parties may be another of their meetings.
fn corroborated(a: &Member, b: &Member) -> bool {
    let (x, y) = (&a.observation, &b.observation);
    // An open span (an undated plan) with a place is no evidence for a
    // happening of another kind there: "scheduled to speak with Zelensky"
    // in Washington is not the meeting with him in Washington on Monday.
    let open = |o: &Observation| o.when.start.is_none() || o.when.end.is_none();
    let same_place = (x.kind == y.kind || !(open(x) || open(y)))
        && matches!(
            place_relation(x.location.as_deref(), y.location.as_deref()),
            PlaceRelation::Same | PlaceRelation::Contains
        );
    let same_parties = !precise(x)
        && !precise(y)
        && x.rule == y.rule
        && share_actors(x, y) >= 2;
    same_place
        || same_parties
        || same_content(a, b)
        || plan_kept(x, y)
        || same_campaign(x, y)
}

/// The happening a military trigger names, whatever its word form:
/// "invaded" and "invasion" are one, "annexed" and "annexation" another.
fn campaign(rule: &str) -> Option<&'static str> {
    let trigger = rule.strip_prefix("military:")?;
    match trigger {
        "invaded" | "invasion" => Some("invasion"),
        "annexation" => Some("annexation"),
        _ => None,
    }
}

/// Two reports of one country's invasion (or annexation) at overlapping
/// times, one dated to the day ("invaded Ukraine on Feb. 24, 2022") and
/// one to the year ("the anniversary of Russia's invasion"): a state
/// invades or annexes rarely enough that the same agent and the same act
/// in overlapping spans are one happening, however differently dated,
/// unless both name a target and the targets differ.
fn same_campaign(x: &Observation, y: &Observation) -> bool {
    let agent_only = |o: &Observation| o.actors.len() == 1;
    campaign(&x.rule).is_some()
        && campaign(&x.rule) == campaign(&y.rule)
        && x.status == y.status
        && same_speaker(x, y)
        && (agent_only(x) || agent_only(y) || share_actors(x, y) >= 2)
}

/// Days after an undated plan's report within which a held happening of
/// the same kind between the same parties is taken as the plan kept.
const PLAN_KEPT_DAYS_MAX: i32 = 7;

/// An undated plan ("Trump said he would call Zelenskyy and NATO
/// leaders", open from the day it was reported) and a report of the same
/// kind of happening held between two of the same parties on one precise
/// day in the week after: the plan kept. A later happening between them,
/// or one of another kind (a call planned, a meeting held), is another
/// one.
fn plan_kept(x: &Observation, y: &Observation) -> bool {
    let kept = |plan: &Observation, held: &Observation| {
        let (Some(reported), None) = (plan.when.start, plan.when.end) else {
            return false;
        };
        plan.status == Status::Planned
            && held.status == Status::Occurred
            && plan.kind == held.kind
            && precise(held)
            && held.when.start.is_some_and(|day| {
                day.0 >= reported.0 && day.0 - reported.0 <= PLAN_KEPT_DAYS_MAX
            })
            && share_actors(plan, held) >= 2
    };
    kept(x, y) || kept(y, x)
}

/// The type two observations are judged as, if they can be one happening.
fn compatible_kind(x: &Observation, y: &Observation) -> Option<EventKind> {
    use EventKind::{Call, Meeting, Other, Statement};
    match (x.kind, y.kind) {
        (a, b) if a == b => Some(a),
        (Meeting, Call) | (Call, Meeting) if share_actors(x, y) >= 2 => {
            Some(Meeting)
        }
        // A remark is not a happening of its own kind: "officials said 127
        // were killed" and the killing stay two.
        (Other, Statement) | (Statement, Other) => None,
        (Other, _) | (_, Other) => Some(Other),
        _ => None,
    }
}

fn statuses_compatible(a: Status, b: Status) -> bool {
    use Status::*;
    matches!((a, b), (Occurred, Planned) | (Planned, Occurred)) || a == b
}

fn same_speaker(x: &Observation, y: &Observation) -> bool {
    match (x.actors.first(), y.actors.first()) {
        (Some(p), Some(q)) => {
            same_actor(p, q)
                || same_actor(
                    body_owner(p).unwrap_or(p),
                    body_owner(q).unwrap_or(q),
                )
                || same_surname(p, q)
                || same_surname(q, p)
                || same_collective(p, q)
                || speaks_for(p, y)
                || speaks_for(q, x)
                || leader_country(p).is_some_and(|c| same_actor(c, q))
                || leader_country(q).is_some_and(|c| same_actor(c, p))
        }
        _ => false,
    }
}

/// Roles of a head of state or government, who speaks for the country.
const LEADER_ROLES: &[&str] = &[
    "president",
    "leader",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "monarch",
];

/// The country a head of state or government the lexicon knows speaks
/// for ("Xi Jinping": China): "China said the US should stop arming
/// Taiwan" and "Xi told Biden the US should stop arming Taiwan" are one
/// remark when they say the same thing.
fn leader_country(name: &str) -> Option<&'static str> {
    let entry = Lexicon::builtin().lookup(name)?;
    let leads = entry.kind == EntryKind::Person
        && entry.roles.iter().any(|r| LEADER_ROLES.contains(&r.as_str()));
    if leads { entry.country.as_deref() } else { None }
}

/// Shortest bare surname that names the speaker whose full name ends
/// with it.
const SURNAME_CHARS_MIN: usize = 4;

/// Whether `short`, one capitalised word the extractor took for a
/// speaker's surname ("Misri said"), is the last word of `full`, a
/// person's name of two or more words ("Vikram Misri"): one outlet
/// names the speaker in full, another by surname alone.
fn same_surname(short: &str, full: &str) -> bool {
    short.len() >= SURNAME_CHARS_MIN
        && !short.contains(' ')
        && short.chars().next().is_some_and(char::is_uppercase)
        && surname(full).is_some_and(|last| last.eq_ignore_ascii_case(short))
}

/// The last word of a person's name of two or more words; `None` for
/// any other actor.
fn surname(name: &str) -> Option<&str> {
    let (_, last) = name.rsplit_once(' ')?;
    is_person(name).then_some(last)
}

/// The owner of a body the extractor names with its possessor ("Russia"
/// of "Russia's defence ministry"): one voice with the owner named alone
/// ("Moscow said", which the lexicon reads as Russia) and with its other
/// bodies as outlets word them ("Russia's military"); `None` for any
/// other name.
fn body_owner(name: &str) -> Option<&str> {
    let (owner, body) = name.split_once("'s ")?;
    (!owner.is_empty()
        && body.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
    .then_some(owner)
}

/// Head nouns of an unnamed spokesperson named by the body they speak
/// for ("a Kremlin spokesperson").
const SPOKESPERSON_HEADS: &[&str] =
    &["spokesman", "spokesperson", "spokeswoman"];

/// The body an unnamed spokesperson speaks for ("Kremlin" of "Kremlin
/// spokesperson"); `None` for any other actor.
fn spokesperson_body(name: &str) -> Option<&str> {
    let (body, head) = name.rsplit_once(' ')?;
    (body.chars().next().is_some_and(char::is_uppercase)
        && SPOKESPERSON_HEADS.iter().any(|h| head.eq_ignore_ascii_case(h)))
    .then_some(body)
}

/// Whether an unnamed spokesperson (`speaker`, "Kremlin spokesperson") is
/// the named person who speaks in `o` for the same body: `o`'s speaker is a
/// person and the body is its next actor, as the extractor lists "said
/// Kremlin spokesman Dmitry Peskov" (Dmitry Peskov, then Kremlin). One
/// outlet names the spokesperson, another only the office.
fn speaks_for(speaker: &str, o: &Observation) -> bool {
    let Some(body) = spokesperson_body(speaker) else { return false };
    matches!(o.actors.as_slice(), [person, next, ..]
        if is_person(person) && same_actor(next, body))
}

/// Head nouns of an unnamed collective that speaks for a country or a
/// region ("European officials", "European leaders", "Ukrainian
/// authorities"): after the same adjective, any two are one voice.
const COLLECTIVE_HEADS: &[&str] = &[
    "authorities",
    "capitals",
    "diplomats",
    "governments",
    "leaders",
    "officials",
];

/// The adjective of an unnamed collective ("European" of "European
/// officials"); `None` for any other actor.
fn collective(name: &str) -> Option<&str> {
    let (adjective, head) = name.split_once(' ')?;
    let capital = adjective.chars().next().is_some_and(char::is_uppercase);
    (capital
        && !head.contains(' ')
        && COLLECTIVE_HEADS.iter().any(|h| head.eq_ignore_ascii_case(h)))
    .then_some(adjective)
}

/// Whether two actors are one unnamed collective: the same adjective
/// (ignoring case) before two collective heads ("European officials"
/// reacted; "European leaders" reacted). Outlets name such a voice
/// loosely; a named person or body never matches this way.
fn same_collective(p: &str, q: &str) -> bool {
    matches!((collective(p), collective(q)),
        (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
}

/// The digest hash an unnamed collective adds beside its own name's, so
/// that two names `same_collective` finds alike share one (`hash_more`
/// ignores ASCII case, as `same_collective` does).
fn collective_hash(name: &str) -> Option<u64> {
    collective(name)
        .map(|adjective| hash_more(actor_hash("\u{2}"), adjective.as_bytes()))
}

/// Two reports that one voice reacted ("European officials reacted
/// negatively", "European leaders reacted cautiously"), dated to within a
/// week each, whose spans overlap (checked before): one reaction, however
/// each outlet sums up its tone.
fn same_reaction(x: &Observation, y: &Observation) -> bool {
    let reacted = |o: &Observation| o.rule.starts_with("statement:reacted");
    reacted(x) && reacted(y) && precise(x) && precise(y)
}

/// Shortest word whose one-letter variant still names the same person.
const VARIANT_WORD_CHARS_MIN: usize = 5;

/// Whether two actor names name the same actor: equal (ignoring case), or
/// two people's names of as many words that differ in one word by one
/// letter (inserted, dropped, changed or two swapped), as outlets spell
/// transliterated names ("Hossein Akbari", "Hossein Akbar"; "Antony
/// Blinken", "Anthony Blinken"). Both lists of actors come from the
/// extractor's lexicon, which already folds the spellings it knows.
pub fn same_actor(p: &str, q: &str) -> bool {
    if p.eq_ignore_ascii_case(q) {
        return true;
    }
    // "a senior U.S. official", "a senior US official": the same words
    // with and without the full stops of an abbreviation.
    if p.contains('.') || q.contains('.') {
        let bare = |s: &str| -> String {
            s.chars()
                .filter(|c| *c != '.')
                .flat_map(char::to_lowercase)
                .collect()
        };
        if bare(p) == bare(q) {
            return true;
        }
    }
    let (a, b): (Vec<&str>, Vec<&str>) =
        (name_words(p).collect(), name_words(q).collect());
    if a.len() >= 2
        && a.len() == b.len()
        && a.iter().zip(&b).all(|(u, v)| u.eq_ignore_ascii_case(v))
    {
        // "Ri Yong-ho" and "Ri Yong Ho": the same words, hyphenated or
        // not.
        return true;
    }
    if a.len() < 2 || a.len() != b.len() {
        return false;
    }
    let mut differing =
        a.iter().zip(&b).filter(|(u, v)| !u.eq_ignore_ascii_case(v));
    let (Some((u, v)), None) = (differing.next(), differing.next()) else {
        return false;
    };
    one_letter_apart(u, v) && is_person(p) && is_person(q)
}

/// The words of a name, a hyphen parting words as a space does.
fn name_words(name: &str) -> impl Iterator<Item = &str> + Clone {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
}

/// Whether two words, both of at least `VARIANT_WORD_CHARS_MIN` letters,
/// are one edit apart (optimal string alignment distance 1).
fn one_letter_apart(u: &str, v: &str) -> bool {
    let u: Vec<char> = u.to_lowercase().chars().collect();
    let v: Vec<char> = v.to_lowercase().chars().collect();
    if u.len().min(v.len()) < VARIANT_WORD_CHARS_MIN
        || u.len().abs_diff(v.len()) > 1
    {
        return false;
    }
    let prefix = u.iter().zip(&v).take_while(|(x, y)| x == y).count();
    let (ru, rv) = (&u[prefix..], &v[prefix..]);
    match (ru.len(), rv.len()) {
        (0, 0) => true,
        _ if ru.len() == rv.len() => {
            ru[1..] == rv[1..]
                || (ru.len() >= 2
                    && ru[0] == rv[1]
                    && ru[1] == rv[0]
                    && ru[2..] == rv[2..])
        }
        _ if ru.len() > rv.len() => ru[1..] == *rv,
        _ => rv[1..] == *ru,
    }
}

/// How many distinct actors the two observations share.
fn share_actors(x: &Observation, y: &Observation) -> usize {
    let mut shared: Vec<&String> = x
        .actors
        .iter()
        .filter(|p| y.actors.iter().any(|q| same_actor(p, q)))
        .collect();
    shared.sort();
    shared.dedup();
    shared.len()
}

/// Words that, after a country's adjective, name its armed forces
/// ("Russian forces", "the Israeli military", "the Ukrainian air force").
const ARMED_FORCES_WORDS: &[&str] =
    &["army", "forces", "military", "navy", "soldiers", "troops", "air force"];

/// The country whose armed forces an actor name names: "Russian forces"
/// and "Russian troops" name Russia's, "Israeli military" Israel's.
fn forces_country(name: &str) -> Option<&'static str> {
    let (adjective, forces) = name.split_once(' ')?;
    if !ARMED_FORCES_WORDS.iter().any(|w| forces.eq_ignore_ascii_case(w)) {
        return None;
    }
    let lexicon = Lexicon::builtin();
    let entry = lexicon.adjective(&adjective.to_ascii_lowercase())?;
    (entry.kind == EntryKind::Country).then_some(entry.name.as_str())
}

/// "Gunmen opened fire", "terrorists attacked tourists", "suspected
/// militants opened fire": outlets name the unnamed attackers of one strike
/// differently. Two strikes by unnamed attackers on one day are one when
/// nothing sets their places apart: the same place, one in the other, or
/// a place in one report only (another town named in both is another
/// strike, as in `agentless_strike`).
fn same_assailants(x: &Observation, y: &Observation) -> bool {
    let assailants = |o: &Observation| {
        o.actors
            .iter()
            .any(|a| ASSAILANTS.iter().any(|w| a.eq_ignore_ascii_case(w)))
    };
    let places = match (x.location.as_deref(), y.location.as_deref()) {
        (None, _) | (_, None) => true,
        (a, b) => matches!(
            place_relation(a, b),
            PlaceRelation::Same | PlaceRelation::Contains
        ),
    };
    assailants(x) && assailants(y) && one_day(x) && one_day(y) && places
}

/// Lowercase names of unnamed attackers (`same_assailants`).
const ASSAILANTS: &[&str] = &[
    "gunmen",
    "gunman",
    "terrorists",
    "terrorist",
    "militants",
    "attackers",
    "assailants",
    "insurgents",
];

/// Whether two reports of a strike or a military action name a common
/// party: a shared actor, or a country and its armed forces ("Russia
/// struck the station" and "Russian forces shelled it"; "Russian troops"
/// and "the Russian army"), as outlets name the one who acted.
fn share_parties(x: &Observation, y: &Observation) -> bool {
    if share_actors(x, y) >= 1 {
        return true;
    }
    x.actors
        .iter()
        .any(|p| y.actors.iter().any(|q| same_actor(party(p), party(q))))
}

/// A party as attacks and military actions compare it: a country's armed
/// forces ("Russian forces") as the country, any other name as itself.
fn party(name: &str) -> &str {
    forces_country(name).unwrap_or(name)
}

/// Whether two observations share a party with a name ("Russia", "Russian
/// forces"), not only an unnamed group in lower case ("troops",
/// "lawmakers"): "troops surrounded parliament" and "troops were seen
/// withdrawing" the same night share only the word, so two military
/// actions that share no more are one only by the same trigger.
fn share_named_party(x: &Observation, y: &Observation) -> bool {
    let named =
        |name: &str| name.chars().next().is_some_and(char::is_uppercase);
    x.actors.iter().any(|p| {
        named(p) && y.actors.iter().any(|q| same_actor(party(p), party(q)))
    })
}

/// Longest gap in bytes between two passages of one article that still
/// reads as one going on from the other (a space or a line break).
const CONTINUATION_GAP_BYTES: u32 = 3;

/// The later passage carries on the earlier one's remarks: the next
/// sentence of the same article, attributed with "added" or "continued"
/// ("We will rebuild," she said. "And soon," she added.), or two written
/// remarks in a row ("X posted that ... ." "'...,' X wrote."): one post.
/// "He also said" is not enough: it often turns to another point.
fn continues(a: &Member, b: &Member) -> bool {
    if a.article != b.article {
        return false;
    }
    let (first, second) =
        if a.observation.span.start <= b.observation.span.start {
            (&a.observation, &b.observation)
        } else {
            (&b.observation, &a.observation)
        };
    let written = |rule: &str| {
        ["statement:wrote", "statement:posted"]
            .iter()
            .any(|cue| rule.starts_with(cue))
    };
    // "X posted on social media that ... ." followed by "'...,' X wrote.":
    // one post, reported and then quoted.
    let carries_on = ["statement:added", "statement:continued"]
        .iter()
        .any(|cue| second.rule.starts_with(cue))
        || (written(&first.rule) && written(&second.rule));
    let gap = second.span.start.saturating_sub(first.span.end);
    carries_on
        && second.span.start >= first.span.end
        && gap <= CONTINUATION_GAP_BYTES
}

/// Shared quoted words (in one run) that make two statements one remark
/// even when the outlets name different speakers for it.
const SHARED_QUOTE_WORDS_OTHER_VOICE_MIN: usize = 5;

/// One remark that outlets give to different voices: the same run of at
/// least five quoted words, and one report's speaker among the other's
/// actors ("the leaders had 'very good and constructive meetings', the
/// White House said" and "press secretary Sarah Sanders said in a White
/// House statement that the leaders had 'very good and constructive
/// meetings'").
fn same_words_other_voice(a: &Member, b: &Member) -> bool {
    let (x, y) = (&a.observation, &b.observation);
    let (Some(qa), Some(qb)) = (a.quote_words(), b.quote_words()) else {
        return false;
    };
    let voiced = |p: &Observation, q: &Observation| {
        p.actors
            .first()
            .is_some_and(|s| q.actors.iter().any(|a| same_actor(s, a)))
    };
    (voiced(x, y) || voiced(y, x))
        && shared_run(&qa, &qb) >= SHARED_QUOTE_WORDS_OTHER_VOICE_MIN
}

/// Whether two passages say the same thing: a shared run of quoted words,
/// or most content stems (of the smaller passage) in common.
pub fn same_content(a: &Member, b: &Member) -> bool {
    if let (Some(qa), Some(qb)) = (a.quote_words(), b.quote_words())
        && shared_run(&qa, &qb) >= SHARED_QUOTE_WORDS_MIN
    {
        return true;
    }
    overlap(
        &a.content_stems(),
        &b.content_stems(),
        CONTENT_SHARED_MIN,
        CONTENT_OVERLAP_MIN,
    )
}

/// Whether two sorted stem sets share at least `shared_min` stems and at
/// least `ratio_min` of the smaller set.
fn overlap(
    wa: &[String],
    wb: &[String],
    shared_min: usize,
    ratio_min: f64,
) -> bool {
    let smaller = wa.len().min(wb.len());
    if smaller == 0 {
        return false;
    }
    let common = shared_count(wa, wb);
    common >= shared_min && common as f64 / smaller as f64 >= ratio_min
}

/// Topic stems two remarks of one speaker must share to be paraphrases of
/// one remark, and their share of the smaller set.
const TOPIC_SHARED_MIN: usize = 3;
const TOPIC_OVERLAP_MIN: f64 = 0.3;

/// Whether two remarks, reported in different words, are about the same
/// thing: at least three topic stems (names, framing words and synonyms
/// folded; see `text::topic_stems`) in common, and at least 30 % of the
/// smaller set. Two outlets rarely paraphrase one remark with the same
/// words, but they keep its subject words ("deal", "land", "progress").
fn same_topic(a: &Member, b: &Member) -> bool {
    overlap(
        &a.topic_stems(),
        &b.topic_stems(),
        TOPIC_SHARED_MIN,
        TOPIC_OVERLAP_MIN,
    )
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
mod tests;

/// What the time index keeps about an event so that most candidates can be
/// ruled out without loading their members: the types, statuses and actors
/// of all members. `EventDigest::may_match` is a necessary condition of
/// `same_happening` against at least one member, so screening with it never
/// changes which events match.
#[derive(
    Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize,
)]
pub struct EventDigest {
    /// One bit per `EventKind` present among the members.
    pub kinds: u16,
    /// One bit per `Status` present among the members.
    pub statuses: u8,
    /// Sorted hashes of every member's actors, lowercased.
    pub actors: Vec<u64>,
}

fn kind_bit(kind: EventKind) -> u16 {
    1 << EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

fn status_bit(status: Status) -> u8 {
    1 << Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
}

/// A stable 64-bit hash of an actor name, case-insensitive (FNV-1a).
fn actor_hash(name: &str) -> u64 {
    hash_more(0xcbf2_9ce4_8422_2325, name.as_bytes())
}

/// `actor_hash` going on over more bytes: `actor_hash` of `a` then `b`
/// joined is `hash_more(actor_hash(a), b)`.
fn hash_more(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        // A hyphen hashes as the space `same_actor` reads it as, and a
        // full stop as nothing ("U.S." and "US").
        if *byte == b'.' {
            continue;
        }
        let byte = if *byte == b'-' { b' ' } else { byte.to_ascii_lowercase() };
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Hashes of a person's name of two or more words with one word left out (a
/// placeholder at its place), one per word: two names `same_actor` finds
/// alike share one, so the digest screen never rejects such a pair.
fn variant_hashes(name: &str) -> impl Iterator<Item = u64> + '_ {
    let words: Vec<&str> = name_words(name).collect();
    let n = if words.len() >= 2 && is_person(name) { words.len() } else { 0 };
    // The hash of "\u{1}", then " " and each word, the left-out one as
    // "\u{1}", hashed as it goes rather than joined first.
    (0..n).map(move |skip| {
        let mut hash = actor_hash("\u{1}");
        for (i, word) in words.iter().enumerate() {
            hash = hash_more(hash, b" ");
            hash = hash_more(
                hash,
                if i == skip { b"\x01" } else { word.as_bytes() },
            );
        }
        hash
    })
}

impl EventDigest {
    /// The digest of an event's members, given as (type, status, actors).
    pub fn of<'a>(
        members: impl Iterator<Item = (EventKind, Status, &'a [String])>,
    ) -> Self {
        let mut digest = EventDigest::default();
        for (kind, status, actors) in members {
            digest.kinds |= kind_bit(kind);
            digest.statuses |= status_bit(status);
            for actor in actors {
                digest.actors.push(actor_hash(actor));
                digest.actors.extend(variant_hashes(actor));
                digest.actors.extend(forces_country(actor).map(actor_hash));
                digest.actors.extend(collective_hash(actor));
                digest.actors.extend(spokesperson_body(actor).map(actor_hash));
                digest.actors.extend(body_owner(actor).map(actor_hash));
                digest.actors.extend(leader_country(actor).map(actor_hash));
                digest.actors.extend(surname(actor).map(actor_hash));
            }
            if unnamed_actors(actors) {
                // A member naming no one (a strike without a named agent).
                digest.actors.push(actor_hash(""));
            }
        }
        digest.actors.sort_unstable();
        digest.actors.dedup();
        digest
    }

    /// `EventDigest::of` from its members' probes: the same digest.
    pub fn of_probes<'a>(
        probes: impl Iterator<Item = &'a DigestProbe>,
    ) -> Self {
        let mut digest = EventDigest::default();
        for probe in probes {
            digest.kinds |= kind_bit(probe.kind);
            digest.statuses |= status_bit(probe.status);
            digest.actors.extend_from_slice(&probe.actors);
            if probe.unnamed {
                digest.actors.push(actor_hash(""));
            }
        }
        digest.actors.sort_unstable();
        digest.actors.dedup();
        digest
    }

    /// False only when `same_happening` is false against every member:
    /// no compatible type, no compatible status, or no shared actor where
    /// every rule but the unnamed-meeting (or agreement) one needs one.
    pub fn may_match(&self, o: &Observation) -> bool {
        self.may_match_probe(&DigestProbe::of(o))
    }

    /// `may_match` for the observation `probe` was made from.
    pub fn may_match_probe(&self, probe: &DigestProbe) -> bool {
        let has = |kind: EventKind| self.kinds & kind_bit(kind) != 0;
        let kind = probe.kind;
        let kind_ok = has(kind)
            || kind == EventKind::Other
            || has(EventKind::Other)
            || (kind == EventKind::Meeting && has(EventKind::Call))
            || (kind == EventKind::Call && has(EventKind::Meeting));
        let status_ok = self.statuses & probe.compatible_statuses != 0;
        let unnamed_meeting =
            matches!(kind, EventKind::Meeting | EventKind::Agreement)
                && has(kind);
        let known = |hash: &u64| self.actors.binary_search(hash).is_ok();
        let shares_actor = probe.actors.iter().any(known);
        let agentless = kind == EventKind::Attack
            && (probe.unnamed || known(&actor_hash("")));
        kind_ok && status_ok && (unnamed_meeting || shares_actor || agentless)
    }
}

/// What `EventDigest::may_match` needs of one observation, computed once
/// (hashing its actors and their variants costs far more than testing a
/// digest), so that it can be tested against many digests; also what the
/// observation adds to a digest (`EventDigest::of_probes`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigestProbe {
    kind: EventKind,
    status: Status,
    /// `status_bit(status)`.
    status_bit: u8,
    /// The `status_bit`s of every status compatible with `status`.
    compatible_statuses: u8,
    /// Whether it names no one (`unnamed`: no actors, or only unnamed
    /// groups).
    unnamed: bool,
    /// Hashes of its actors and of their variants (`variant_hashes`),
    /// sorted, without repeats.
    actors: Vec<u64>,
}

impl DigestProbe {
    /// `EventDigest::of_probes([self]).may_match_probe(other)`, without
    /// building the digest: false only when `same_happening` is false
    /// for the member this probe was made from against the observation
    /// `other` was made from (one member is an event of one).
    pub fn admits(&self, other: &DigestProbe) -> bool {
        use EventKind::{Agreement, Attack, Call, Meeting, Other};
        // Ordered to answer most pairs from the types and statuses alone
        // (as cheaply as `same_happening` rejects them), before any
        // actor is looked at. `EventKind::ALL` holds every type, so the
        // digest's type bit is set exactly for `self.kind`.
        let (mine, theirs) = (self.kind, other.kind);
        let kind_ok = mine == theirs
            || theirs == Other
            || mine == Other
            || (theirs == Meeting && mine == Call)
            || (theirs == Call && mine == Meeting);
        if !kind_ok || self.status_bit & other.compatible_statuses == 0 {
            return false;
        }
        if matches!(theirs, Meeting | Agreement) && mine == theirs {
            // The unnamed-meeting rule needs no shared actor.
            return true;
        }
        if theirs == Attack && (other.unnamed || self.unnamed) {
            // Without a named agent: the digest of an event of one such
            // member holds the hash of "".
            return true;
        }
        if self.unnamed && other.actors.contains(&actor_hash("")) {
            return true;
        }
        // Both sorted: one merge walk for a shared actor hash.
        let (mut i, mut j) = (0, 0);
        while let (Some(a), Some(b)) = (self.actors.get(i), other.actors.get(j))
        {
            match a.cmp(b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => return true,
            }
        }
        theirs == Attack && self.actors.contains(&actor_hash(""))
    }

    /// The probe of an observation.
    pub fn of(o: &Observation) -> Self {
        let mut actors = Vec::with_capacity(o.actors.len() * 3);
        for actor in &o.actors {
            actors.push(actor_hash(actor));
            actors.extend(variant_hashes(actor));
            actors.extend(forces_country(actor).map(actor_hash));
            actors.extend(collective_hash(actor));
            actors.extend(spokesperson_body(actor).map(actor_hash));
            actors.extend(body_owner(actor).map(actor_hash));
            actors.extend(leader_country(actor).map(actor_hash));
            actors.extend(surname(actor).map(actor_hash));
        }
        actors.sort_unstable();
        actors.dedup();
        let compatible_statuses = Status::ALL
            .iter()
            .filter(|s| statuses_compatible(**s, o.status))
            .fold(0, |bits, s| bits | status_bit(*s));
        DigestProbe {
            kind: o.kind,
            status: o.status,
            status_bit: status_bit(o.status),
            compatible_statuses,
            unnamed: unnamed(o),
            actors,
        }
    }
}

#[cfg(test)]
mod digest_tests {
    use super::*;

    /// `variant_hashes` as first written: each variant joined into a
    /// string, then hashed.
    fn variant_hashes_joined(name: &str) -> Vec<u64> {
        let words: Vec<&str> = name_words(name).collect();
        let n =
            if words.len() >= 2 && is_person(name) { words.len() } else { 0 };
        (0..n)
            .map(|skip| {
                let mut key = String::from("\u{1}");
                for (i, word) in words.iter().enumerate() {
                    key.push(' ');
                    key.push_str(if i == skip { "\u{1}" } else { word });
                }
                actor_hash(&key)
            })
            .collect()
    }

    fn observation(
        kind: EventKind,
        status: Status,
        actors: &[&str],
    ) -> Observation {
        use crate::domain::{ByteSpan, TimeSpan};
        Observation {
            kind,
            status,
            when: TimeSpan::day(
                crate::domain::Day::from_ymd(2025, 8, 15).expect("valid day"),
                "",
            ),
            actors: actors.iter().map(|a| a.to_string()).collect(),
            location: None,
            quote: None,
            summary: String::new(),
            span: ByteSpan::new(0, 0),
            rule: "x:y".to_string(),
            claims: Vec::new(),
        }
    }

    #[test]
    fn admits_equals_the_digest_of_one_member() {
        let actor_sets: [&[&str]; 7] = [
            &[],
            &[""],
            &["Antony Blinken"],
            &["Anthony Blinken", "Wang Yi"],
            &["wang yi"],
            &["the ministry", "Iran"],
            &["Iran", ""],
        ];
        let mut observations = Vec::new();
        for kind in EventKind::ALL {
            for status in Status::ALL {
                for actors in actor_sets {
                    observations.push(observation(kind, status, actors));
                }
            }
        }
        let probes: Vec<DigestProbe> =
            observations.iter().map(DigestProbe::of).collect();
        for a in &probes {
            let digest = EventDigest::of_probes(std::iter::once(a));
            for b in &probes {
                assert_eq!(a.admits(b), digest.may_match_probe(b));
            }
        }
        for (o, probe) in observations.iter().zip(&probes) {
            let digest = EventDigest::of(std::iter::once((
                o.kind,
                o.status,
                o.actors.as_slice(),
            )));
            assert_eq!(digest, EventDigest::of_probes(std::iter::once(probe)));
        }
    }

    #[test]
    fn variant_hashes_equal_the_joined_form() {
        for name in [
            "Antony Blinken",
            "Wang Yi",
            "Dilawar  Khan",
            "Hossein Akbari Tehrani",
            "the ministry",
            "NATO",
            "",
            "Jean-Yves Le Drian",
        ] {
            let streamed: Vec<u64> = variant_hashes(name).collect();
            assert_eq!(streamed, variant_hashes_joined(name), "{name}");
        }
    }
}
