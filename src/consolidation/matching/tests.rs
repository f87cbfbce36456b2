//! Unit tests of the match relation, on made-up passages about subjects
//! other than the seed articles. Each case checks both argument orders.

use super::*;
use crate::domain::{ByteSpan, Day, Precision, TimeSpan};

fn member(
    article: &str,
    span: (usize, usize),
    kind: EventKind,
    day: &str,
    actors: &[&str],
    summary: &str,
) -> Member {
    let day = Day::parse(day).expect("test date");
    let observation = Observation {
        kind,
        status: Status::Occurred,
        when: TimeSpan::day(day, ""),
        actors: actors.iter().map(|a| a.to_string()).collect(),
        location: None,
        quote: None,
        summary: summary.into(),
        span: ByteSpan::new(span.0, span.1),
        rule: "test".into(),
        claims: Vec::new(),
    };
    Member::for_test(article, summary, observation)
}

/// Whether the digest of an event made of `event` alone lets `probe`
/// through its screen.
fn screen_admits(event: &Member, probe: &Member) -> bool {
    let o = &event.observation;
    EventDigest::of(std::iter::once((o.kind, o.status, o.actors.as_slice())))
        .may_match_probe(&DigestProbe::of(&probe.observation))
}

fn both(a: &Member, b: &Member) -> bool {
    let forward = same_happening(a, b);
    assert_eq!(forward, same_happening(b, a), "relation must be symmetric");
    forward
}

#[test]
fn meetings_with_a_shared_actor_on_the_same_day_match() {
    let a = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee", "Bo Chan"],
        "x",
    );
    let b = member(
        "b",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Bo Chan"],
        "y",
    );
    assert!(both(&a, &b));
}

#[test]
fn different_days_never_match() {
    let a = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee"],
        "x",
    );
    let b = member(
        "b",
        (0, 9),
        EventKind::Meeting,
        "2025-03-03",
        &["Ann Lee"],
        "x",
    );
    assert!(!both(&a, &b));
}

#[test]
fn statements_paraphrased_across_outlets_match() {
    let a = member(
        "a",
        (0, 90),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "Lee said the harbour bridge would be rebuilt before the winter storms",
    );
    let b = member(
        "b",
        (0, 90),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "The mayor promised rebuilding of the harbour bridge ahead of winter",
    );
    assert!(both(&a, &b));
    let c = member(
        "c",
        (0, 90),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "Lee criticised the council's tax plans as reckless",
    );
    assert!(!both(&a, &c));
}

#[test]
fn remarks_reworded_by_two_outlets_match_on_their_subject_words() {
    let said = |article: &str, summary: &str| {
        member(
            article,
            (0, 90),
            EventKind::Statement,
            "2024-11-04",
            &["Marta Silva"],
            summary,
        )
    };
    let first = said(
        "a",
        "Silva said the fisheries deal was productive and hoped it would ease the quota dispute.",
    );
    let second = said(
        "b",
        "Speaking in Lisbon, Marta Silva expressed hope that the agreement would bring progress on quotas.",
    );
    assert!(both(&first, &second));
    // The same speaker on another subject the same day stays apart, even
    // with framing words and a name in common.
    let other = said(
        "b",
        "Speaking in Lisbon, Marta Silva stated that the port strike must end before winter.",
    );
    assert!(!both(&first, &other));
    // Another speaker saying the same thing is another statement.
    let mut echoed = second.clone();
    echoed.observation.actors = vec!["Rui Costa".into()];
    assert!(!both(&first, &echoed));
}

#[test]
fn consecutive_remarks_on_different_things_are_separate_statements() {
    let a = member(
        "a",
        (100, 150),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "Lee said the harbour bridge would be rebuilt.",
    );
    let b = member(
        "a",
        (151, 190),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "She added that taxes will not rise.",
    );
    assert!(!both(&a, &b));
    let mut same_thing = b.clone();
    same_thing.observation.summary =
        "She added that the harbour bridge would be rebuilt by spring.".into();
    assert!(both(&a, &same_thing));
}

#[test]
fn an_added_remark_in_the_next_sentence_continues_the_statement() {
    let said = member(
        "a",
        (100, 150),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "\"We will rebuild the bridge,\" Lee said.",
    );
    let mut added = member(
        "a",
        (151, 190),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "\"Taxes will not rise,\" she added.",
    );
    added.observation.rule = "statement:added-before".into();
    assert!(both(&said, &added));
    let mut later = added.clone();
    later.observation.span = ByteSpan::new(400, 440);
    assert!(!both(&said, &later), "not the next sentence");
    let mut elsewhere = added.clone();
    elsewhere.article = "b".into();
    assert!(!both(&said, &elsewhere), "another article");
}

#[test]
fn a_coarse_date_needs_content_or_place_to_match() {
    let day = member(
        "a",
        (0, 60),
        EventKind::Meeting,
        "2024-05-10",
        &["Ann Lee", "Bo Chan"],
        "Lee met Chan to discuss the fishing quota",
    );
    let mut year = member(
        "b",
        (0, 60),
        EventKind::Meeting,
        "2024-01-01",
        &["Ann Lee", "Bo Chan"],
        "The two last met at a trade fair",
    );
    year.observation.when = TimeSpan::range(
        Day::parse("2024-01-01").expect("date"),
        Day::parse("2024-12-31").expect("date"),
        Precision::Year,
        "2024",
    );
    assert!(!both(&day, &year));
    year.observation.summary = "Lee and Chan met over the fishing quota".into();
    assert!(both(&day, &year));
}

#[test]
fn two_coarse_dates_match_on_the_same_trigger_between_the_same_parties() {
    let coarse = |id: &str, from: &str, to: &str, precision, summary: &str| {
        let mut m = member(
            id,
            (0, 60),
            EventKind::Military,
            from,
            &["Russia", "Ukraine"],
            summary,
        );
        m.observation.rule = "military:invasion".into();
        m.observation.when = TimeSpan::range(
            Day::parse(from).expect("date"),
            Day::parse(to).expect("date"),
            precision,
            "",
        );
        m
    };
    let month = coarse(
        "a",
        "2022-02-01",
        "2022-02-28",
        Precision::Month,
        "Moscow launched its full-scale invasion of Ukraine in February 2022",
    );
    let year = coarse(
        "b",
        "2022-01-01",
        "2022-12-31",
        Precision::Year,
        "the first meeting since Russia's invasion three years ago",
    );
    assert!(both(&month, &year));
    // One party in common is not enough.
    let mut other = year.clone();
    other.observation.actors = vec!["Russia".into(), "Georgia".into()];
    assert!(!both(&month, &other));
    // Nor is another trigger.
    let mut shelling = year;
    shelling.observation.rule = "military:offensive".into();
    assert!(!both(&month, &shelling));
}

#[test]
fn meetings_and_calls_match_only_with_both_parties() {
    let meeting = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee", "Bo Chan"],
        "x",
    );
    let call = member(
        "b",
        (0, 9),
        EventKind::Call,
        "2025-03-02",
        &["Ann Lee", "Bo Chan"],
        "y",
    );
    assert!(both(&meeting, &call));
    let other_call = member(
        "b",
        (0, 9),
        EventKind::Call,
        "2025-03-02",
        &["Ann Lee", "Cy Dor"],
        "y",
    );
    assert!(!both(&meeting, &other_call));
}

#[test]
fn different_countries_need_content_but_a_city_in_its_country_matches() {
    let mut a = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee"],
        "x",
    );
    let mut b = member(
        "b",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee"],
        "y",
    );
    a.observation.location = Some("Washington".into());
    b.observation.location = Some("Moscow".into());
    assert!(!both(&a, &b));
    b.observation.location = Some("United States".into());
    assert!(both(&a, &b));
}

#[test]
fn held_and_did_not_happen_never_match() {
    let a = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2025-03-02",
        &["Ann Lee"],
        "x",
    );
    let mut b = a.clone();
    b.article = "b".into();
    b.observation.status = Status::NotOccurred;
    assert!(!both(&a, &b));
    b.observation.status = Status::Planned;
    assert!(both(&a, &b));
}

#[test]
fn arriving_and_leaving_the_same_day_are_two_journeys() {
    let journey = |article: &str, rule: &str, summary: &str| {
        let mut m = member(
            article,
            (0, 40),
            EventKind::Travel,
            "2023-06-02",
            &["Lena Park"],
            summary,
        );
        m.observation.rule = rule.into();
        m
    };
    let arrived =
        journey("a", "travel:arrived", "Park arrived in Oslo at dawn");
    let landed = journey("b", "travel:landed", "Park landed in Oslo");
    let left = journey("b", "travel:left", "Park left Oslo after the talks");
    let flew_home = journey("c", "travel:departed", "Park departed for home");
    assert!(both(&arrived, &landed));
    assert!(!both(&arrived, &left));
    assert!(both(&left, &flew_home));
}

#[test]
fn two_kinds_from_one_sentence_stay_two_happenings() {
    let sentence = "Park got a ride in the mayor's car despite the protest";
    let mut ride = member(
        "a",
        (0, 30),
        EventKind::Travel,
        "2023-06-02",
        &["Lena Park"],
        sentence,
    );
    ride.observation.rule = "travel:ride".into();
    let mut protest = member(
        "a",
        (35, 54),
        EventKind::Other,
        "2023-06-02",
        &["Lena Park"],
        sentence,
    );
    protest.observation.rule = "other:protest".into();
    assert!(!both(&ride, &protest));
    // The same `other` reported by another article still matches.
    protest.article = "b".into();
    assert!(both(&ride, &protest));
}

#[test]
fn a_ceasefire_and_a_truce_between_a_shared_party_match_but_generic_deals_need_content()
 {
    let agreement =
        |article: &str, rule: &str, actors: &[&str], summary: &str| {
            let mut m = member(
                article,
                (0, 60),
                EventKind::Agreement,
                "2023-10-12",
                actors,
                summary,
            );
            m.observation.status = Status::NotOccurred;
            m.observation.rule = rule.into();
            m
        };
    let lack = agreement(
        "a",
        "agreement:ceasefire",
        &["analysts", "Sudan"],
        "Analysts were not surprised by the lack of a ceasefire",
    );
    let ended = agreement(
        "b",
        "agreement:ceasefire",
        &["Sudan", "mediators"],
        "The Jeddah round closed without a truce as the army pressed on",
    );
    assert!(both(&lack, &ended));
    let agreed = |article: &str, summary: &str| {
        agreement(article, "agreement:agreed", &["Sudan"], summary)
    };
    assert!(!both(
        &agreed("a", "Sudan agreed to reopen the port"),
        &agreed("b", "Sudan agreed with mediators on prisoner swaps")
    ));
    // The same two parties failing to reach "an agreement" the same day,
    // in other words, is one non-event; with one party in common it is not.
    let failed = |article: &str, actors: &[&str], summary: &str| {
        agreement(article, "agreement:agreement", actors, summary)
    };
    let a = failed(
        "a",
        &["Sudan", "Chad"],
        "Sudan and Chad did not reach an agreement",
    );
    let b = failed(
        "b",
        &["Chad", "Sudan"],
        "although they did not finalize the border agreement both wanted",
    );
    assert!(both(&a, &b));
    let c =
        failed("c", &["Chad", "Niger"], "the grazing accord talks collapsed");
    assert!(!both(&a, &c));
}

#[test]
fn two_parties_agreeing_on_one_day_is_one_agreement_however_worded() {
    let mut a = member(
        "a",
        (0, 60),
        EventKind::Agreement,
        "2011-02-06",
        &["India", "Pakistan"],
        "India and Pakistan on Sunday agreed on the need for constructive \
         talks to resolve all outstanding issues.",
    );
    a.observation.rule = "agreement:agreed".into();
    let mut b = member(
        "b",
        (0, 60),
        EventKind::Agreement,
        "2011-02-06",
        &["Pakistan", "India"],
        "Pakistan and India have agreed to carry forward a stalled dialogue.",
    );
    b.observation.rule = "agreement:agreed".into();
    assert!(both(&a, &b));
    // Reported only through an unnamed group with the same trigger on the
    // same day: nothing names anyone who could tell them apart.
    let mut c = member(
        "c",
        (0, 60),
        EventKind::Agreement,
        "2011-02-06",
        &["officials"],
        "The two officials said they agreed on a continued dialogue.",
    );
    c.observation.rule = "agreement:agreed".into();
    assert!(both(&a, &c));
    let digest = EventDigest::of(std::iter::once((
        a.observation.kind,
        a.observation.status,
        a.observation.actors.as_slice(),
    )));
    assert!(digest.may_match(&c.observation));
    // One shared party is not enough without the same content.
    let mut d = member(
        "d",
        (0, 60),
        EventKind::Agreement,
        "2011-02-06",
        &["India", "Nepal"],
        "India and Nepal signed a power trade pact.",
    );
    d.observation.rule = "agreement:agreed".into();
    assert!(!both(&a, &d));
    // Nor are the same parties on another day.
    let mut e = b.clone();
    e.observation.when =
        TimeSpan::day(Day::parse("2011-02-09").expect("day"), "");
    assert!(!both(&a, &e));
    // A held agreement and a failed one stay apart.
    let mut f = b.clone();
    f.observation.status = Status::NotOccurred;
    assert!(!both(&a, &f));
}

#[test]
fn a_remark_never_merges_with_an_other_happening_it_reports() {
    let killed = member(
        "a",
        (0, 60),
        EventKind::Other,
        "2022-09-06",
        &["Peru", "officials"],
        "At least 46 people were killed when an earthquake toppled homes \
         in Peru, officials said.",
    );
    let remark = member(
        "b",
        (0, 60),
        EventKind::Statement,
        "2022-09-06",
        &["officials", "Peru"],
        "At least 46 people were killed when an earthquake toppled homes \
         in Peru, officials said.",
    );
    assert!(!both(&killed, &remark));
    let mut again = killed.clone();
    again.article = "c".into();
    assert!(both(&killed, &again));
}

#[test]
fn one_person_meeting_two_different_people_on_one_day_is_two_meetings() {
    let with_premier = member(
        "a",
        (0, 40),
        EventKind::Meeting,
        "2024-02-12",
        &["Penny Wong", "Li Qiang", "China"],
        "Penny Wong met Premier Li Qiang in Beijing on Monday.",
    );
    let with_minister = member(
        "b",
        (50, 90),
        EventKind::Meeting,
        "2024-02-12",
        &["Penny Wong", "Australia", "Wang Yi"],
        "Wong also met Foreign Minister Wang Yi.",
    );
    assert!(!both(&with_premier, &with_minister));
    // Another outlet naming the premier and an aide: the same meeting.
    let with_aides = member(
        "c",
        (0, 60),
        EventKind::Meeting,
        "2024-02-12",
        &["Penny Wong", "Li Qiang", "Dong Jun"],
        "Wong met Li Qiang, joined by Dong Jun.",
    );
    assert!(both(&with_premier, &with_aides));
    // A country or an institution is not another counterpart.
    let with_ministry = member(
        "d",
        (0, 60),
        EventKind::Meeting,
        "2024-02-12",
        &["Penny Wong", "Foreign Ministry", "China"],
        "Wong met officials of the Foreign Ministry.",
    );
    assert!(both(&with_premier, &with_ministry));
}

#[test]
fn a_strike_without_an_agent_matches_one_at_the_same_place_that_day() {
    let mut unnamed = member(
        "a",
        (0, 50),
        EventKind::Attack,
        "2022-05-08",
        &[],
        "A drone strike destroyed the trade mission in Lima on Sunday.",
    );
    unnamed.observation.location = Some("Lima".into());
    let mut named = member(
        "b",
        (0, 50),
        EventKind::Attack,
        "2022-05-08",
        &["Chile"],
        "Chilean drones hit a trade mission in Lima.",
    );
    named.observation.location = Some("Lima".into());
    assert!(both(&unnamed, &named));
    // Another city, or another day: another strike.
    let mut elsewhere = named.clone();
    elsewhere.observation.location = Some("Santiago".into());
    assert!(!both(&unnamed, &elsewhere));
    let mut later = named.clone();
    later.observation.when =
        TimeSpan::day(Day::parse("2022-05-09").expect("date"), "");
    assert!(!both(&unnamed, &later));
    // The digest screen lets the pair through both ways.
    assert!(digest_of(&named).may_match(&unnamed.observation));
    assert!(digest_of(&unnamed).may_match(&named.observation));
}

#[test]
fn a_strike_by_unnamed_gunmen_matches_one_at_the_same_place_that_day() {
    let mut gunmen = member(
        "a",
        (0, 60),
        EventKind::Attack,
        "2023-10-06",
        &["gunmen"],
        "Gunmen opened fire at a concert hall in Lima on Friday.",
    );
    gunmen.observation.location = Some("Lima".into());
    let mut attackers = member(
        "b",
        (0, 60),
        EventKind::Attack,
        "2023-10-06",
        &["attackers", "police"],
        "Attackers killed 40 people at the concert hall, police said.",
    );
    attackers.observation.location = Some("Lima".into());
    let mut named = attackers.clone();
    named.article = "c".into();
    named.observation.actors = vec!["Shining Path".into()];
    // No name tells them apart: gunmen and attackers, or gunmen and a
    // named group, at one place on one day.
    assert!(both(&gunmen, &attackers));
    assert!(both(&gunmen, &named));
    // Two named agents still need one in common.
    let mut other_named = named.clone();
    other_named.article = "d".into();
    other_named.observation.actors = vec!["Tupac Amaru".into()];
    assert!(!both(&named, &other_named));
    // Another place or another day: another strike.
    let mut elsewhere = attackers.clone();
    elsewhere.observation.location = Some("Cusco".into());
    assert!(!both(&gunmen, &elsewhere));
    let mut later = attackers.clone();
    later.observation.when =
        TimeSpan::day(Day::parse("2023-10-08").expect("date"), "");
    assert!(!both(&gunmen, &later));
    // The digest screens and probes let the pairs through both ways.
    for (x, y) in [(&gunmen, &attackers), (&gunmen, &named)] {
        assert!(digest_of(x).may_match(&y.observation));
        assert!(digest_of(y).may_match(&x.observation));
        let (px, py) =
            (DigestProbe::of(&x.observation), DigestProbe::of(&y.observation));
        assert!(px.admits(&py) && py.admits(&px));
    }
}

#[test]
fn one_letter_variants_of_a_persons_name_are_one_actor() {
    assert!(same_actor("Hossein Akbari", "Hossein Akbar"));
    assert!(same_actor("Antony Blinken", "Anthony Blinken"));
    assert!(same_actor("Mohammad Reza Zahedi", "Mohammad Reza Zahdi"));
    assert!(same_actor("Sergei Lavrvo", "Sergei Lavrov"));
    // Two words apart, a short word, or a single name: other people.
    assert!(!same_actor("Nawaz Sharif", "Shehbaz Sharif"));
    assert!(!same_actor("Kim Jong Un", "Kim Jong Il"));
    assert!(!same_actor("Hossein Akbari", "Hassan Akbar"));
    assert!(!same_actor("Akbari", "Akbar"));
    // Institutions are not people.
    assert!(!same_actor("Defence Ministry", "Defense Ministry"));
    let speaker = |name: &str, article: &str| {
        member(
            article,
            (0, 60),
            EventKind::Statement,
            "2024-04-01",
            &[name],
            "He vowed revenge for the strike on the consulate building.",
        )
    };
    let a = speaker("Hossein Akbari", "a");
    let b = speaker("Hossein Akbar", "b");
    assert!(both(&a, &b));
    let digest = EventDigest::of(std::iter::once((
        a.observation.kind,
        a.observation.status,
        a.observation.actors.as_slice(),
    )));
    assert!(digest.may_match(&b.observation));
}

#[test]
fn a_post_reported_and_then_quoted_in_the_next_sentence_is_one_remark() {
    let mut posted = member(
        "a",
        (100, 170),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "Lee posted on social media that the bridge would reopen in spring.",
    );
    posted.observation.rule = "statement:posted-before".into();
    let mut wrote = member(
        "a",
        (171, 230),
        EventKind::Statement,
        "2025-03-02",
        &["Ann Lee"],
        "\"Crews are working day and night,\" Lee wrote.",
    );
    wrote.observation.rule = "statement:wrote-before".into();
    assert!(both(&posted, &wrote));
    // A spoken remark after the post is another remark.
    let mut said = wrote.clone();
    said.observation.rule = "statement:said-before".into();
    assert!(!both(&posted, &said));
}

#[test]
fn demands_of_one_party_on_another_reported_in_other_words_are_one_threat() {
    let mut demanded = member(
        "a",
        (0, 80),
        EventKind::Threat,
        "2024-03-04",
        &["Ann Lee", "Chile"],
        "Lee demanded that Chile hand over the disputed islands by May.",
    );
    demanded.observation.rule = "threat:demanded".into();
    let mut demands = member(
        "b",
        (0, 60),
        EventKind::Threat,
        "2024-03-04",
        &["Ann Lee", "Norway", "Chile"],
        "Lee used the talks to press her demands on Santiago.",
    );
    demands.observation.rule = "threat:demands".into();
    demands.observation.when = TimeSpan::range(
        Day::parse("2024-03-04").expect("date"),
        Day::parse("2024-03-07").expect("date"),
        Precision::Day,
        "",
    );
    assert!(both(&demanded, &demands));
    // Another trigger (a warning) between the same parties stays apart.
    let mut warned = demands.clone();
    warned.observation.rule = "threat:warned-of".into();
    assert!(!both(&demanded, &warned));
}

#[test]
fn two_triggers_of_one_type_in_one_sentence_stay_two_happenings() {
    let sentence = "After the annexation of the islands in 1998, Oda pursued \
                    further territorial gains in the south.";
    let mut annexation = member(
        "a",
        (6, 45),
        EventKind::Military,
        "1998-06-01",
        &["Ken Oda", "Chile"],
        sentence,
    );
    annexation.observation.rule = "military:annexation".into();
    let mut gains = member(
        "a",
        (60, 90),
        EventKind::Military,
        "1998-06-01",
        &["Ken Oda", "Chile"],
        sentence,
    );
    gains.observation.rule = "military:gains".into();
    assert!(!both(&annexation, &gains));
    // The same trigger reported by another article still matches.
    let mut elsewhere = annexation.clone();
    elsewhere.article = "b".into();
    elsewhere.observation.summary = "Oda annexed the islands in 1998.".into();
    assert!(both(&annexation, &elsewhere));
}

#[test]
fn one_person_arrested_reported_twice_on_one_day_is_one_arrest() {
    let mut first = member(
        "a",
        (0, 60),
        EventKind::Other,
        "2023-05-09",
        &["Imran Khan", "officials"],
        "Officials say Khan has been arrested as he appeared in a court.",
    );
    first.observation.rule = "other:arrested".into();
    let mut second = member(
        "b",
        (0, 60),
        EventKind::Other,
        "2023-05-09",
        &["Imran Khan", "Fawad Chaudhry"],
        "Chaudhry said Khan was detained on the premises by agents.",
    );
    second.observation.rule = "other:arrested".into();
    assert!(both(&first, &second));
    // Another trigger about the same person that day is another happening.
    let mut resigned = second.clone();
    resigned.observation.rule = "other:resigned".into();
    assert!(!both(&first, &resigned));
}

#[test]
fn a_strike_and_the_killing_it_caused_in_one_sentence_are_one_attack() {
    let sentence = "An airstrike hit a school in Rafah, killing ten people.";
    let mut strike = member(
        "a",
        (0, 30),
        EventKind::Attack,
        "2024-07-08",
        &["Israel"],
        sentence,
    );
    strike.observation.rule = "attack:strike".into();
    let mut killing = strike.clone();
    killing.observation.rule = "attack:killed".into();
    killing.observation.span = ByteSpan::new(0, 54);
    assert!(both(&strike, &killing));
    // Two strikes of one sentence stay two ("shelled ... and bombed").
    let mut bombing = strike.clone();
    bombing.observation.rule = "attack:bombed".into();
    assert!(!both(&strike, &bombing));
}

#[test]
fn the_same_act_between_the_same_two_parties_is_one_however_worded() {
    let act = |id: &str, actors: &[&str], rule: &str, summary: &str| {
        let mut m = member(
            id,
            (0, 60),
            EventKind::Other,
            "2011-01-01",
            actors,
            summary,
        );
        m.observation.rule = rule.into();
        m.observation.when = TimeSpan::range(
            Day::parse("2011-01-01").expect("date"),
            Day::parse("2011-12-31").expect("date"),
            Precision::Year,
            "",
        );
        m
    };
    let severed = act(
        "a",
        &["Peru", "Chile"],
        "other:severed-ties",
        "Lima severed diplomatic ties with Santiago in 2011 after a border row",
    );
    let suspended = act(
        "b",
        &["Chile", "Peru"],
        "other:severed-ties",
        "Chile and Peru suspended their relations in 2011, citing the dispute",
    );
    assert!(both(&severed, &suspended));
    // One shared party is not enough: Peru may cut ties with two countries.
    let third = act(
        "c",
        &["Peru", "Bolivia"],
        "other:severed-ties",
        "Peru suspended its relations with Bolivia in 2011",
    );
    assert!(!both(&severed, &third));
    // Nor is another act between the same parties.
    let ousted = act(
        "d",
        &["Peru", "Chile"],
        "other:ousted",
        "Peru ousted the envoy of Chile in 2011",
    );
    assert!(!both(&severed, &ousted));
}

#[test]
fn an_undated_plan_is_kept_by_the_same_happening_within_a_week() {
    let plan_of = |id: &str, kind: EventKind, place: Option<&str>| {
        let mut m = member(
            id,
            (0, 60),
            kind,
            "2019-06-03",
            &["Ana Ruiz", "Tomas Berg"],
            "Ruiz said she would call Berg to go over the fisheries row",
        );
        m.observation.status = Status::Planned;
        m.observation.when.end = None;
        m.observation.location = place.map(str::to_string);
        m
    };
    let plan = plan_of("a", EventKind::Call, None);
    let held = |id: &str, day: &str| {
        member(
            id,
            (0, 60),
            EventKind::Call,
            day,
            &["Tomas Berg", "Ana Ruiz"],
            "The two ministers spoke by phone about quotas",
        )
    };
    // Reported on Monday, held on Wednesday: the plan kept.
    assert!(both(&plan, &held("b", "2019-06-05")));
    // A call between them a month later is another call.
    assert!(!both(&plan, &held("c", "2019-07-04")));
    // One shared party is not enough.
    let mut other_pair = held("d", "2019-06-05");
    other_pair.observation.actors = vec!["Ana Ruiz".into(), "Li Wei".into()];
    assert!(!both(&plan, &other_pair));
    // A plan to call is not a meeting held, nor (by its place alone) a
    // meeting planned there on a given day.
    let mut met = held("e", "2019-06-05");
    met.observation.kind = EventKind::Meeting;
    assert!(!both(&plan, &met));
    let planned_call = plan_of("f", EventKind::Call, Some("Oslo"));
    let mut meeting = held("g", "2019-06-10");
    meeting.observation.kind = EventKind::Meeting;
    meeting.observation.status = Status::Planned;
    meeting.observation.location = Some("Oslo".into());
    assert!(!both(&planned_call, &meeting));
}

#[test]
fn an_invasion_dated_to_the_day_and_to_the_year_is_one() {
    let invasion = |id: &str, actors: &[&str], rule: &str| {
        let mut m = member(
            id,
            (0, 60),
            EventKind::Military,
            "2014-03-18",
            actors,
            "unrelated words",
        );
        m.observation.rule = rule.into();
        m
    };
    let day = invasion("a", &["Russia", "Ukraine"], "military:invaded");
    let mut year = invasion("b", &["Russia"], "military:invasion");
    year.observation.when = TimeSpan::range(
        Day::parse("2014-01-01").expect("date"),
        Day::parse("2014-12-31").expect("date"),
        Precision::Year,
        "2014",
    );
    year.observation.summary = "the anniversary of the takeover".into();
    // A day and a year: a coarse date needs evidence, and the same agent's
    // invasion ("invaded", "invasion") is that evidence.
    assert!(both(&day, &year));
    // Another agent, another act, or another named target is not.
    let mut other_agent = year.clone();
    other_agent.observation.actors = vec!["Georgia".into()];
    assert!(!both(&day, &other_agent));
    let mut other_act = year.clone();
    other_act.observation.rule = "military:offensive".into();
    assert!(!both(&day, &other_act));
    let mut other_target = year;
    other_target.observation.actors = vec!["Russia".into(), "Moldova".into()];
    assert!(!both(&day, &other_target));
}

#[test]
fn an_untyped_report_joins_a_typed_one_only_when_both_are_precise() {
    let year = |id: &str, kind: EventKind, summary: &str| {
        let mut m = member(
            id,
            (0, 60),
            kind,
            "2016-01-01",
            &["Saudi Arabia", "Iran"],
            summary,
        );
        m.observation.when = TimeSpan::range(
            Day::parse("2016-01-01").expect("date"),
            Day::parse("2016-12-31").expect("date"),
            Precision::Year,
            "2016",
        );
        m
    };
    let words = "Riyadh cut diplomatic ties with Tehran after the embassy \
                 was stormed";
    let ties = year("a", EventKind::Other, words);
    let storming = year("b", EventKind::Attack, words);
    // The same words, the same parties, the same year: still two
    // happenings of two types, since neither is dated closely enough to
    // tell that they are one.
    assert!(!both(&ties, &storming));
    // Two untyped reports of that year with the same content are one.
    assert!(both(&ties, &year("c", EventKind::Other, words)));
    // Dated to one day each, an untyped report and a typed one with a
    // shared actor and the same content are one happening.
    let day = |id: &str, kind: EventKind| {
        member(id, (0, 60), kind, "2016-01-02", &["Saudi Arabia"], words)
    };
    assert!(both(&day("d", EventKind::Other), &day("e", EventKind::Attack)));
}

#[test]
fn a_country_and_its_armed_forces_are_one_party_to_a_strike() {
    let strike = |id: &str, kind: EventKind, agent: &str, summary: &str| {
        member(id, (0, 60), kind, "2023-05-09", &[agent], summary)
    };
    let state = strike(
        "a",
        EventKind::Attack,
        "Russia",
        "Russia struck the bridge at dawn",
    );
    let forces = strike(
        "b",
        EventKind::Attack,
        "Russian forces",
        "Russian forces shelled the crossing overnight",
    );
    assert!(both(&state, &forces));
    // Two names of one country's forces are one party too.
    let army = strike(
        "c",
        EventKind::Attack,
        "Russian army",
        "the army pounded the crossing",
    );
    assert!(both(&forces, &army));
    // A military action the same way: "captured" by the army and by the
    // state.
    let took = |id: &str, agent: &str| {
        strike(id, EventKind::Military, agent, "captured the village")
    };
    assert!(both(&took("d", "Russia"), &took("e", "Russian troops")));
    // An air force is its country's too (consolidation rules 24).
    let air_force = strike(
        "g",
        EventKind::Attack,
        "Russian air force",
        "the air force bombed the crossing overnight",
    );
    assert!(both(&state, &air_force));
    // Another country's forces, a group without a country, and a remark
    // are not: a speaker and a military speaking for the state differ.
    let other_forces = strike(
        "f",
        EventKind::Attack,
        "Ukrainian forces",
        "Ukrainian forces shelled the crossing overnight",
    );
    assert!(!both(&state, &other_forces));
    let unnamed = strike("g", EventKind::Attack, "forces", "forces shelled");
    assert!(!both(&state, &unnamed));
    let said = |id: &str, speaker: &str| {
        strike(id, EventKind::Statement, speaker, "denied striking the bridge")
    };
    assert!(!both(&said("h", "Russia"), &said("i", "Russian military")));
    // The digest screen still admits what matches.
    for (a, b) in [(&state, &forces), (&forces, &army)] {
        let digest = EventDigest::of(std::iter::once((
            a.observation.kind,
            a.observation.status,
            a.observation.actors.as_slice(),
        )));
        assert!(digest.may_match(&b.observation));
        assert!(
            DigestProbe::of(&a.observation)
                .admits(&DigestProbe::of(&b.observation))
        );
    }
}

/// The digest of one member, as the time index keeps it.
fn digest_of(m: &Member) -> EventDigest {
    EventDigest::of(std::iter::once((
        m.observation.kind,
        m.observation.status,
        m.observation.actors.as_slice(),
    )))
}

#[test]
fn a_hyphenated_name_is_the_same_person_as_its_spaced_form() {
    assert!(same_actor("Ri Yong-ho", "Ri Yong Ho"));
    assert!(same_actor("Abdel-Fattah Saleh", "abdel fattah saleh"));
    // Different words are still different people.
    assert!(!same_actor("Ri Yong-ho", "Ri Yong Su"));
    let a = member(
        "a",
        (0, 9),
        EventKind::Meeting,
        "2019-02-28",
        &["Ri Yong-ho", "Mara Tull"],
        "talks in the capital",
    );
    let b = member(
        "b",
        (0, 9),
        EventKind::Meeting,
        "2019-02-28",
        &["Ri Yong Ho"],
        "a meeting at the hotel",
    );
    assert!(both(&a, &b));
    // The digest screen lets the pair through both ways.
    assert!(digest_of(&a).may_match(&b.observation));
    assert!(digest_of(&b).may_match(&a.observation));
}

#[test]
fn one_quote_given_to_a_spokeswoman_and_to_her_office_is_one_remark() {
    let statement = |article: &str, actors: &[&str], quote: &str| {
        let mut m = member(
            article,
            (0, 40),
            EventKind::Statement,
            "2024-11-05",
            actors,
            "the talks",
        );
        m.observation.quote = Some(quote.into());
        m
    };
    let office = statement(
        "a",
        &["Foreign Office", "Lina Orr"],
        "productive and frank exchange of views",
    );
    let spokeswoman = statement(
        "b",
        &["Dana Weil", "Foreign Office"],
        "a productive and frank exchange of views on trade",
    );
    assert!(both(&office, &spokeswoman));
    assert!(digest_of(&office).may_match(&spokeswoman.observation));
    assert!(digest_of(&spokeswoman).may_match(&office.observation));
    // Four shared words are not enough across two voices.
    let shorter = statement(
        "c",
        &["Dana Weil", "Foreign Office"],
        "a productive and frank meeting",
    );
    assert!(!both(&office, &shorter));
    // Nor are the same words when neither speaker is among the other's
    // actors.
    let stranger = statement(
        "d",
        &["Tom Hale"],
        "a productive and frank exchange of views on trade",
    );
    assert!(!both(&office, &stranger));
}

#[test]
fn reports_of_one_hazard_on_one_day_are_one_disaster() {
    let report = |article: &str, rule: &str, hazard: &str, day: &str| {
        let mut m =
            member(article, (0, 9), EventKind::Other, day, &[hazard], "x");
        m.observation.rule = rule.into();
        m
    };
    let struck =
        report("a", "other:disaster-struck", "earthquake", "2025-03-28");
    let toll = report("b", "other:disaster-killed", "earthquake", "2025-03-28");
    assert!(both(&struck, &toll));
    assert!(digest_of(&struck).may_match(&toll.observation));
    // Another hazard, another day, or a report that is no disaster's: no.
    let storm = report("c", "other:disaster-killed", "storm", "2025-03-28");
    assert!(!both(&struck, &storm));
    let later =
        report("d", "other:disaster-killed", "earthquake", "2025-03-30");
    assert!(!both(&struck, &later));
    let arrest = report("e", "other:arrested", "earthquake", "2025-03-28");
    assert!(!both(&struck, &arrest));
}

#[test]
fn reports_of_one_prisoner_exchange_on_one_day_are_one_exchange() {
    let report = |article: &str, actors: &[&str], day: &str| {
        let mut m =
            member(article, (0, 9), EventKind::Other, day, actors, article);
        m.observation.rule = "other:prisoner-exchange".into();
        m
    };
    // "Armenia and Azerbaijan exchanged 32 prisoners", "Armenian soldiers
    // were freed as part of a swap brokered by Qatar": a country and its
    // soldiers are one party, whatever else each report names.
    let sides = report("a", &["Armenia", "Azerbaijan"], "2025-04-08");
    let soldiers = report("b", &["Armenian soldiers", "Qatar"], "2025-04-08");
    assert!(both(&sides, &soldiers));
    assert!(digest_of(&sides).may_match(&soldiers.observation));
    assert!(screen_admits(&soldiers, &sides));
    // Another pair of sides, another day, or another act: no.
    let others = report("c", &["Israel", "Hamas"], "2025-04-08");
    assert!(!both(&sides, &others));
    let later = report("d", &["Armenia", "Azerbaijan"], "2025-04-10");
    assert!(!both(&sides, &later));
    let mut arrest = report("e", &["Armenia"], "2025-04-08");
    arrest.observation.rule = "other:arrested".into();
    arrest.observation.summary = "an arrest".into();
    assert!(!both(&sides, &arrest));
}

fn statement(
    article: &str,
    actors: &[&str],
    rule: &str,
    summary: &str,
) -> Member {
    let mut m = member(
        article,
        (0, 9),
        EventKind::Statement,
        "2026-04-02",
        actors,
        summary,
    );
    m.observation.rule = rule.into();
    m
}

#[test]
fn one_collective_reacting_in_two_outlets_is_one_reaction() {
    let officials = statement(
        "a",
        &["Nordic officials", "Mara Tull"],
        "statement:reacted-before",
        "Nordic officials reacted sharply, saying the levy broke the treaty",
    );
    let leaders = statement(
        "b",
        &["Nordic leaders"],
        "statement:reacted-before",
        "Meanwhile, Nordic leaders reacted cautiously, a newspaper said",
    );
    assert!(both(&officials, &leaders));
    assert!(digest_of(&officials).may_match(&leaders.observation));
    assert!(digest_of(&leaders).may_match(&officials.observation));
    // Another adjective is another voice; a named body is no collective.
    let baltic = statement(
        "c",
        &["Baltic leaders"],
        "statement:reacted-before",
        "Baltic leaders reacted cautiously",
    );
    assert!(!both(&officials, &baltic));
    let body = statement(
        "d",
        &["Nordic Council"],
        "statement:reacted-before",
        "The Nordic Council reacted cautiously",
    );
    assert!(!both(&leaders, &body));
    // The same voice saying two different things is two remarks unless
    // both are its reaction.
    let other = statement(
        "e",
        &["Nordic officials"],
        "statement:said-before",
        "Nordic officials said fishing quotas would be set in May",
    );
    assert!(!both(&leaders, &other));
}

#[test]
fn an_unnamed_spokesperson_is_the_named_one_of_the_same_body() {
    let named = statement(
        "a",
        &["Ilya Marten", "Kremlin", "media"],
        "statement:said-before",
        "The conversation lasted 2 1/2 hours, Kremlin spokesman Ilya Marten said",
    );
    let unnamed = statement(
        "b",
        &["Kremlin spokesperson"],
        "statement:according-to-according-to",
        "The call lasted 2 1/2 hours, according to a Kremlin spokesperson",
    );
    assert!(both(&named, &unnamed));
    assert!(digest_of(&named).may_match(&unnamed.observation));
    assert!(digest_of(&unnamed).may_match(&named.observation));
    // Another body's spokesperson is another voice.
    let other = statement(
        "c",
        &["Pentagon spokesperson"],
        "statement:according-to-according-to",
        "The call lasted 2 1/2 hours, according to a Pentagon spokesperson",
    );
    assert!(!both(&named, &other));
    // The same voice still needs the same content.
    let later = statement(
        "d",
        &["Kremlin spokesperson"],
        "statement:said-before",
        "A Kremlin spokesperson said grain exports would resume in June",
    );
    assert!(!both(&named, &later));
}

fn collapse(article: &str, structure: &str, place: Option<&str>) -> Member {
    let mut m = member(
        article,
        (0, 9),
        EventKind::Other,
        "2025-03-28",
        &[structure],
        "a building collapsed",
    );
    m.observation.rule = "other:disaster-collapsed".into();
    m.observation.location = place.map(str::to_string);
    m
}

#[test]
fn one_structure_collapsing_at_one_place_is_one_collapse() {
    let bangkok = collapse("a", "building collapse", Some("Bangkok"));
    // A place the gazetteer does not know, or none: the same building.
    let market = collapse("b", "building collapse", Some("Chatuchak Market"));
    let nowhere = collapse("c", "building collapse", None);
    assert!(both(&bangkok, &market));
    assert!(both(&bangkok, &nowhere));
    // Two places the gazetteer knows apart (in two countries, or two
    // cities of one), or another structure: two collapses.
    let kharkiv = collapse("d", "building collapse", Some("Kharkiv"));
    let odesa = collapse("f", "building collapse", Some("Odesa"));
    assert!(!both(&bangkok, &kharkiv));
    assert!(!both(&kharkiv, &odesa));
    let ukraine = collapse("g", "building collapse", Some("Ukraine"));
    assert!(both(&kharkiv, &ukraine));
    let bridge = collapse("e", "bridge collapse", Some("Bangkok"));
    assert!(!both(&bangkok, &bridge));
}

#[test]
fn one_assessment_of_talks_framed_two_ways_is_one_remark() {
    // One outlet's lead and its later paraphrase of the same assessment:
    // the counts, lengths and concessives around it are framing, and
    // "talks" and "summit" name the same occasion.
    let lead = statement(
        "a",
        &["Ada Holt", "Piet Vance"],
        "statement:called-participle",
        "Premier Ada Holt met Chancellor Piet Vance in Oslo for nearly four \
         hours, calling the talks constructive but conceding unresolved \
         disputes",
    );
    let later = statement(
        "a",
        &["Ada Holt", "Piet Vance"],
        "statement:described-before",
        "Both leaders described the summit as productive, though they \
         admitted several thorny issues remain unresolved",
    );
    assert!(both(&lead, &later));
    // The same speaker on something else about the same talks is
    // another remark.
    let venue = statement(
        "b",
        &["Ada Holt"],
        "statement:said-before",
        "Holt said the talks would move to Geneva next month for four \
         hours of further negotiation",
    );
    assert!(!both(&lead, &venue));
    assert!(!both(&later, &venue));
}

#[test]
fn a_press_conference_is_not_the_talks_before_it() {
    let with_rule = |mut m: Member, rule: &str| {
        m.observation.rule = rule.into();
        m
    };
    let talks = with_rule(
        member(
            "a",
            (0, 40),
            EventKind::Meeting,
            "2025-03-02",
            &["Ann Lee", "Bo Chan"],
            "Lee and Chan held talks in Lisbon",
        ),
        "meeting:talks",
    );
    let press = with_rule(
        member(
            "b",
            (0, 40),
            EventKind::Meeting,
            "2025-03-02",
            &["Ann Lee"],
            "Lee moved up her news conference by two hours",
        ),
        "meeting:press-conference",
    );
    let briefing = with_rule(
        member(
            "c",
            (0, 40),
            EventKind::Meeting,
            "2025-03-02",
            &["Ann Lee", "Bo Chan"],
            "Speaking at a joint press conference, Lee said",
        ),
        "meeting:press-conference",
    );
    // Same parties, same day: the press conference is its own happening,
    // and two reports of it are one.
    assert!(!both(&talks, &press));
    assert!(!both(&talks, &briefing));
    assert!(both(&press, &briefing));
}

#[test]
fn unnamed_attackers_named_differently_are_one_party_of_a_strike() {
    let gunmen = member(
        "a",
        (0, 40),
        EventKind::Attack,
        "2025-03-02",
        &["gunmen"],
        "gunmen opened fire on a group of tourists",
    );
    let militants = member(
        "b",
        (0, 40),
        EventKind::Attack,
        "2025-03-02",
        &["militants"],
        "suspected militants opened fire at tourists",
    );
    let next_day = member(
        "c",
        (0, 40),
        EventKind::Attack,
        "2025-03-03",
        &["terrorists"],
        "terrorists attacked a bus",
    );
    let police = member(
        "d",
        (0, 40),
        EventKind::Attack,
        "2025-03-02",
        &["police"],
        "police fired on protesters",
    );
    assert!(both(&gunmen, &militants));
    assert!(!both(&gunmen, &next_day));
    assert!(!both(&militants, &police));
    // Two towns in one report each: two strikes (see the Lima test).
    let mut in_lima = gunmen.clone();
    in_lima.observation.location = Some("Lima".into());
    let mut in_cusco = militants.clone();
    in_cusco.observation.location = Some("Cusco".into());
    assert!(!both(&in_lima, &in_cusco));
    assert!(both(&in_lima, &militants));
    // The digest screens and probes let the pair through both ways.
    assert!(digest_of(&gunmen).may_match(&militants.observation));
    assert!(digest_of(&militants).may_match(&gunmen.observation));
    let (px, py) = (
        DigestProbe::of(&gunmen.observation),
        DigestProbe::of(&militants.observation),
    );
    assert!(px.admits(&py) && py.admits(&px));
}

#[test]
fn unnamed_troops_alone_join_neither_two_movements_nor_a_decree() {
    let with_rule = |mut m: Member, rule: &str| {
        m.observation.rule = rule.into();
        m
    };
    let entered = with_rule(
        member(
            "a",
            (0, 50),
            EventKind::Military,
            "2031-04-08",
            &["troops"],
            "Troops entered the parliament building in Lisbon for an hour.",
        ),
        "military:entered",
    );
    let surrounded = with_rule(
        member(
            "b",
            (0, 50),
            EventKind::Military,
            "2031-04-08",
            &["troops", "lawmakers"],
            "Troops surrounded the parliament building in Lisbon as \
             lawmakers voted.",
        ),
        "military:surrounded",
    );
    // The same movement told by another outlet is one.
    let entered_again = with_rule(
        member(
            "c",
            (0, 50),
            EventKind::Military,
            "2031-04-08",
            &["soldiers", "troops"],
            "Soldiers and troops entered the parliament building.",
        ),
        "military:entered",
    );
    assert!(!both(&entered, &surrounded));
    assert!(both(&entered, &entered_again));
    // A named force still joins two movements of different verbs.
    let named = |m: &Member| {
        let mut m = m.clone();
        m.observation.actors.insert(0, "Portuguese troops".into());
        m
    };
    assert!(both(&named(&entered), &named(&surrounded)));
    // A decree lifted, told in a sentence that paraphrases the movement's,
    // shares only "troops" and "lawmakers" with it: two happenings.
    let lifted = with_rule(
        member(
            "d",
            (0, 50),
            EventKind::Other,
            "2031-04-08",
            &["Ana Costa", "troops", "lawmakers"],
            "Troops surrounded the parliament building in Lisbon as \
             lawmakers voted, and Ana Costa lifted the decree.",
        ),
        "other:martial-law",
    );
    assert!(!both(&lifted, &surrounded));
    let mut with_costa = surrounded.clone();
    with_costa.observation.actors.push("Ana Costa".into());
    assert!(both(&lifted, &with_costa));
}

#[test]
fn a_body_named_with_its_possessor_is_one_voice_with_the_possessor() {
    let with_rule = |mut m: Member| {
        m.observation.rule = "statement:said-possessor".into();
        m
    };
    let ministry = with_rule(member(
        "a",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Velia's defence ministry"],
        "Velia's defence ministry said it shot down 14 drones over the \
         border region overnight.",
    ));
    let capital = member(
        "b",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Velia"],
        "Velia said its air defences shot down 14 drones over the border \
         region.",
    );
    let other = member(
        "c",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Ostra's defence ministry"],
        "Ostra's defence ministry said it shot down 14 drones over the \
         border region overnight.",
    );
    assert!(both(&ministry, &capital));
    assert!(!both(&ministry, &other));
    // The screen admits what the relation matches.
    assert!(screen_admits(&ministry, &capital));
}

#[test]
fn a_bare_surname_and_the_full_name_it_ends_are_one_speaker() {
    let full = member(
        "a",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Tomas Okafor"],
        "Tomas Okafor said the army chiefs spoke by phone and agreed to \
         stop all firing.",
    );
    let short = member(
        "b",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Okafor"],
        "Okafor said the army chiefs spoke by phone and agreed to stop all \
         firing.",
    );
    let other = member(
        "c",
        (0, 60),
        EventKind::Statement,
        "2031-05-02",
        &["Ndlovu"],
        "Ndlovu said the army chiefs spoke by phone and agreed to stop all \
         firing.",
    );
    assert!(both(&full, &short));
    assert!(!both(&full, &other));
    assert!(screen_admits(&full, &short));
}

#[test]
fn one_article_telling_two_agreements_of_one_day_on_unrelated_topics_tells_two()
{
    let agreed = |article: &str, summary: &str| {
        let mut m = member(
            article,
            (0, 9),
            EventKind::Agreement,
            "2025-05-20",
            &["Lena Marsh", "Tomas Vidal"],
            summary,
        );
        m.observation.rule = "agreement:agreed".into();
        m
    };
    let ports = agreed(
        "a",
        "Marsh and Vidal agreed to reopen the northern ports to grain shipments.",
    );
    let ports_again = agreed(
        "b",
        "The two leaders agreed that grain shipments through the ports would resume.",
    );
    let visas = agreed(
        "a",
        "They also agreed to ease visa rules for students and researchers.",
    );
    assert!(both(&ports, &ports_again));
    // One article telling two agreements apart by their topics.
    assert!(!both(&ports, &visas));
    // Across articles, outlets word one agreement too differently for its
    // topic to tell ("agreed on the need for talks", "agreed to carry
    // forward a stalled dialogue").
    assert!(both(&ports_again, &visas));
}

#[test]
fn a_head_of_state_and_the_country_he_speaks_for_are_one_voice() {
    let said = |article: &str, speaker: &str, summary: &str| {
        statement(article, &[speaker], "statement:said-before", summary)
    };
    let leader = said(
        "a",
        "Xi Jinping",
        "Xi told the visiting delegation that fishing fleets must leave the disputed shoal at once.",
    );
    let country = said(
        "b",
        "China",
        "China said the fishing fleets must leave the disputed shoal at once.",
    );
    assert!(both(&leader, &country));
    assert!(screen_admits(&leader, &country));
    assert!(screen_admits(&country, &leader));
    // Another remark of the country's, or the same words from another
    // country: no.
    let budget = said(
        "c",
        "China",
        "China said its defence budget would grow by seven percent this year.",
    );
    assert!(!both(&leader, &budget));
    let other = said(
        "d",
        "Japan",
        "Japan said the fishing fleets must leave the disputed shoal at once.",
    );
    assert!(!both(&leader, &other));
}

#[test]
fn an_abbreviation_with_and_without_full_stops_is_one_name() {
    assert!(same_actor("U.S. official", "US official"));
    assert!(same_actor("U.N. envoy", "UN envoy"));
    assert!(!same_actor("U.S. official", "UK official"));
    let said = |article: &str, speaker: &str| {
        statement(
            article,
            &[speaker],
            "statement:said-before",
            "The two sides reached expected agreements to curb illicit drug production, the official said.",
        )
    };
    let (dotted, bare) = (said("a", "U.S. official"), said("b", "US official"));
    assert!(both(&dotted, &bare));
    assert!(screen_admits(&dotted, &bare));
    assert!(screen_admits(&bare, &dotted));
}
