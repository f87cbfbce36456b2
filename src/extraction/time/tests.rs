//! Tests for the time tagger: one `check` helper and many short sentences
//! in the styles of wire, sports, business and science news. New cases go
//! in the test of their feature; seeds are replayed in `seeds_*`.

use super::*;

/// (expression text, TIMEX3 type, value, when start, when end); an empty
/// start or end means `None` (or no `when` at all when both are empty).
type Expected<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

/// Saturday 2025-08-16, the publication date of most cases.
const SAT: Option<&str> = Some("2025-08-16");

fn day(text: &str) -> Day {
    Day::parse(text).expect("test date is valid")
}

fn shown(day: Option<Day>) -> String {
    day.map_or_else(String::new, |day| day.to_string())
}

/// Tags `text` and compares every mention with `expected`.
fn check(text: &str, published: Option<&str>, expected: &[Expected<'_>]) {
    let mentions = tag(text, 0, published.map(day));
    let got: Vec<[String; 5]> = mentions
        .iter()
        .map(|mention| {
            let slice = mention.span.slice(text).expect("span on boundaries");
            let (start, end) = match &mention.when {
                Some(when) => (shown(when.start), shown(when.end)),
                None => (String::new(), String::new()),
            };
            [
                slice.to_string(),
                mention.timex_type.name().to_string(),
                mention.value.clone(),
                start,
                end,
            ]
        })
        .collect();
    let want: Vec<[String; 5]> = expected
        .iter()
        .map(|&(a, b, c, d, e)| [a, b, c, d, e].map(str::to_string))
        .collect();
    assert_eq!(got, want, "text: {text}");
}

/// The seed articles report a summit held on Friday 2025-08-15 and a
/// meeting planned for Monday 2025-08-18; every weekday mention of those
/// two days must resolve to them, whatever the article's publication date.
#[test]
fn seeds_resolve_summit_weekdays() {
    let manifest = std::fs::read_to_string("seeds/manifest.toml")
        .expect("seeds/manifest.toml is readable");
    let mut file = None;
    let mut n_checked = 0;
    for line in manifest.lines() {
        if let Some(rest) = line.strip_prefix("file = ") {
            file = Some(rest.trim_matches('"').to_string());
        }
        let Some(rest) = line.strip_prefix("published = ") else { continue };
        let name = file.take().expect("file precedes published");
        let text = std::fs::read_to_string(format!("seeds/{name}"))
            .expect("seed is readable");
        let published = day(rest.trim_matches('"'));
        for mention in tag(&text, 0, Some(published)) {
            let expected = match mention.span.slice(&text) {
                Some("Friday") => "2025-08-15",
                Some("Monday") => "2025-08-18",
                _ => continue,
            };
            assert_eq!(mention.value, expected, "{name}: {mention:?}");
            n_checked += 1;
        }
    }
    assert!(n_checked >= 5, "only {n_checked} weekday mentions checked");
}

#[test]
fn explicit_dates_in_common_forms() {
    let d = "2025-08-15";
    check(
        "It opened on August 15, 2025, in Anchorage.",
        SAT,
        &[("August 15, 2025", "DATE", d, d, d)],
    );
    check(
        "It opened Aug. 15, 2025.",
        SAT,
        &[("Aug. 15, 2025", "DATE", d, d, d)],
    );
    check("Filed Aug 15 in court.", SAT, &[("Aug 15", "DATE", d, d, d)]);
    check(
        "Signed on 15 August 2025.",
        SAT,
        &[("15 August 2025", "DATE", d, d, d)],
    );
    check("Report dated 2025-08-15.", SAT, &[("2025-08-15", "DATE", d, d, d)]);
    check("Report dated 8/15/2025.", SAT, &[("8/15/2025", "DATE", d, d, d)]);
    check(
        "The deal, signed August 15th, held.",
        SAT,
        &[("August 15th", "DATE", d, d, d)],
    );
    check(
        "Sales fell in August 2025.",
        SAT,
        &[("August 2025", "DATE", "2025-08", "2025-08-01", "2025-08-31")],
    );
    check(
        "It happened on the 15th of August.",
        SAT,
        &[("15th of August", "DATE", d, d, d)],
    );
    check(
        "The vote was held on Friday, Aug. 15.",
        SAT,
        &[("Friday, Aug. 15", "DATE", d, d, d)],
    );
}

#[test]
fn month_day_without_year_takes_nearest_plausible_year() {
    check(
        "Talks are scheduled for Jan. 5.",
        Some("2025-12-20"),
        &[("Jan. 5", "DATE", "2026-01-05", "2026-01-05", "2026-01-05")],
    );
    check(
        "The strike began Dec. 28.",
        Some("2025-01-05"),
        &[("Dec. 28", "DATE", "2024-12-28", "2024-12-28", "2024-12-28")],
    );
    check(
        "Police said the attack happened Aug. 3.",
        SAT,
        &[("Aug. 3", "DATE", "2025-08-03", "2025-08-03", "2025-08-03")],
    );
}

#[test]
fn day_ranges() {
    check(
        "The talks ran Aug. 6-7.",
        SAT,
        &[("Aug. 6-7", "DATE", "2025-08-06", "2025-08-06", "2025-08-07")],
    );
    check(
        "It happened Aug. 6 or 7.",
        SAT,
        &[("Aug. 6 or 7", "DATE", "2025-08-06", "2025-08-06", "2025-08-07")],
    );
    check(
        "They met between Aug. 6 and 8.",
        SAT,
        &[("Aug. 6 and 8", "DATE", "2025-08-06", "2025-08-06", "2025-08-08")],
    );
}

#[test]
fn years_need_year_context() {
    check(
        "The war began in 2022.",
        SAT,
        &[("2022", "DATE", "2022", "2022-01-01", "2022-12-31")],
    );
    check("He sent 2,000 troops and paid $2022 for 1500 tons.", SAT, &[]);
    check("See page 2022 of the report.", SAT, &[]);
    check(
        "Russia's 2022 invasion changed everything.",
        SAT,
        &[("2022", "DATE", "2022", "2022-01-01", "2022-12-31")],
    );
    check("It rose from 1500 to 2000 people.", SAT, &[]);
    // An article or a possessive before a year premodifying a noun.
    check(
        "The rulers overthrew the government in a 2021 coup.",
        SAT,
        &[("2021", "DATE", "2021", "2021-01-01", "2021-12-31")],
    );
    check(
        "Its 2015 deal collapsed.",
        SAT,
        &[("2015", "DATE", "2015", "2015-01-01", "2015-12-31")],
    );
    // "for" a year, and a year's levels.
    check(
        "For 2009 as a whole, profit climbed 8 percent.",
        SAT,
        &[("2009", "DATE", "2009", "2009-01-01", "2009-12-31")],
    );
    check(
        "Demand will not return to 2019 levels.",
        SAT,
        &[("2019", "DATE", "2019", "2019-01-01", "2019-12-31")],
    );
    check("They waited for 2000 votes.", SAT, &[]);
    // A round hundred after "a" is more often a count.
    check("They paid a 1500 fee for a 2000 page report.", SAT, &[]);
    check(
        "between 2015 and 2020",
        SAT,
        &[
            ("2015", "DATE", "2015", "2015-01-01", "2015-12-31"),
            ("2020", "DATE", "2020", "2020-01-01", "2020-12-31"),
        ],
    );
}

#[test]
fn since_is_open_to_the_publication_date() {
    check(
        "It is his first visit since 2015.",
        SAT,
        &[("2015", "DATE", "2015", "2015-01-01", "2025-08-16")],
    );
    check(
        "It is his first visit since 2015.",
        None,
        &[("2015", "DATE", "2015", "2015-01-01", "")],
    );
}

#[test]
fn decades_and_centuries() {
    check(
        "Prices peaked in the 1990s.",
        SAT,
        &[("the 1990s", "DATE", "199", "1990-01-01", "1999-12-31")],
    );
    check(
        "A hit of the ’90s.",
        SAT,
        &[("the ’90s", "DATE", "199", "1990-01-01", "1999-12-31")],
    );
    check(
        "Built in the 19th century.",
        SAT,
        &[("the 19th century", "DATE", "18", "1800-01-01", "1899-12-31")],
    );
    check(
        "Unseen in the early 1990s.",
        SAT,
        &[("the early 1990s", "DATE", "199", "1990-01-01", "1993-12-31")],
    );
}

#[test]
fn modifiers_narrow_the_period() {
    check(
        "The report is due in mid-August.",
        SAT,
        &[("mid-August", "DATE", "2025-08", "2025-08-11", "2025-08-20")],
    );
    check(
        "Fighting eased in early March.",
        SAT,
        &[("early March", "DATE", "2025-03", "2025-03-01", "2025-03-10")],
    );
    check(
        "Output slowed in late 2024.",
        SAT,
        &[("late 2024", "DATE", "2024", "2024-09-01", "2024-12-31")],
    );
    check(
        "He was elected earlier this year.",
        SAT,
        &[("earlier this year", "DATE", "2025", "2025-01-01", "2025-08-16")],
    );
    check(
        "A vote is expected later this year.",
        SAT,
        &[("later this year", "DATE", "2025", "2025-08-16", "2025-12-31")],
    );
    check(
        "Shares rose by the end of the year.",
        SAT,
        &[("the end of the year", "DATE", "2025", "2025-09-01", "2025-12-31")],
    );
}

#[test]
fn weekdays_follow_tense() {
    let fri = "2025-08-15";
    check(
        "Trump met Putin on Friday.",
        SAT,
        &[("Friday", "DATE", fri, fri, fri)],
    );
    check(
        "Trump met Putin Friday in Alaska.",
        SAT,
        &[("Friday", "DATE", fri, fri, fri)],
    );
    check(
        "Officials spoke Saturday.",
        SAT,
        &[("Saturday", "DATE", "2025-08-16", "2025-08-16", "2025-08-16")],
    );
    let mon = "2025-08-18";
    check(
        "Zelensky will meet Trump on Monday.",
        SAT,
        &[("Monday", "DATE", mon, mon, mon)],
    );
    check(
        "He is expected to travel to Washington on Monday.",
        SAT,
        &[("Monday", "DATE", mon, mon, mon)],
    );
    check(
        "Leaders met on Monday.",
        SAT,
        &[("Monday", "DATE", "2025-08-11", "2025-08-11", "2025-08-11")],
    );
    check(
        "The market will open Saturday.",
        SAT,
        &[("Saturday", "DATE", "2025-08-16", "2025-08-16", "2025-08-16")],
    );
    check(
        "They will meet again Saturday next week.",
        SAT,
        &[
            ("Saturday", "DATE", "2025-08-23", "2025-08-23", "2025-08-23"),
            ("next week", "DATE", "2025-W34", "2025-08-18", "2025-08-24"),
        ],
    );
    check(
        "Trump will meet Putin Friday, the White House said.",
        Some("2025-08-12"),
        &[("Friday", "DATE", fri, fri, fri)],
    );
    check(
        "The team lost Tuesday.",
        SAT,
        &[("Tuesday", "DATE", "2025-08-12", "2025-08-12", "2025-08-12")],
    );
    // "will have" is a plan, "to have" an infinitive; neither is a
    // perfect that looks back.
    let tue = "2025-08-19";
    check(
        "He will have a meeting with Putin on Tuesday.",
        SAT,
        &[("Tuesday", "DATE", tue, tue, tue)],
    );
    check(
        "She'll have talks with Xi on Tuesday afternoon.",
        SAT,
        &[("Tuesday afternoon", "TIME", "2025-08-19TAF", tue, tue)],
    );
    check(
        "He will have a restricted meeting on Tuesday afternoon followed \
         by talks.",
        SAT,
        &[("Tuesday afternoon", "TIME", "2025-08-19TAF", tue, tue)],
    );
    check(
        "They are due to have talks on Tuesday.",
        SAT,
        &[("Tuesday", "DATE", tue, tue, tue)],
    );
    check(
        "They have met on Tuesday.",
        SAT,
        &[("Tuesday", "DATE", "2025-08-12", "2025-08-12", "2025-08-12")],
    );
}

#[test]
fn weekdays_with_determiners() {
    check(
        "He resigned last Tuesday.",
        SAT,
        &[("last Tuesday", "DATE", "2025-08-12", "2025-08-12", "2025-08-12")],
    );
    check(
        "They vote next Wednesday.",
        SAT,
        &[("next Wednesday", "DATE", "2025-08-20", "2025-08-20", "2025-08-20")],
    );
    check(
        "The court sits this Thursday.",
        Some("2025-08-12"),
        &[("this Thursday", "DATE", "2025-08-14", "2025-08-14", "2025-08-14")],
    );
    check(
        "Talks resumed late Friday.",
        SAT,
        &[("late Friday", "DATE", "2025-08-15", "2025-08-15", "2025-08-15")],
    );
    check(
        "Storms hit Friday night.",
        SAT,
        &[(
            "Friday night",
            "TIME",
            "2025-08-15TNI",
            "2025-08-15",
            "2025-08-15",
        )],
    );
}

#[test]
fn days_relative_to_publication() {
    let sat = "2025-08-16";
    check(
        "Markets are closed today.",
        SAT,
        &[("today", "DATE", sat, sat, sat)],
    );
    check(
        "He will speak tonight.",
        SAT,
        &[("tonight", "TIME", "2025-08-16TNI", sat, sat)],
    );
    check(
        "She arrived this morning.",
        SAT,
        &[("this morning", "TIME", "2025-08-16TMO", sat, sat)],
    );
    check(
        "He spoke yesterday.",
        SAT,
        &[("yesterday", "DATE", "2025-08-15", "2025-08-15", "2025-08-15")],
    );
    check(
        "Results come tomorrow.",
        SAT,
        &[("tomorrow", "DATE", "2025-08-17", "2025-08-17", "2025-08-17")],
    );
    check(
        "It began the day before yesterday.",
        SAT,
        &[(
            "the day before yesterday",
            "DATE",
            "2025-08-14",
            "2025-08-14",
            "2025-08-14",
        )],
    );
    check(
        "Rain fell last night.",
        SAT,
        &[("last night", "TIME", "2025-08-15TNI", "2025-08-15", "2025-08-15")],
    );
}

#[test]
fn weeks_months_years_relative_to_publication() {
    check(
        "Prices rose this week.",
        SAT,
        &[("this week", "DATE", "2025-W33", "2025-08-11", "2025-08-17")],
    );
    check(
        "Prices rose last week.",
        SAT,
        &[("last week", "DATE", "2025-W32", "2025-08-04", "2025-08-10")],
    );
    check(
        "Prices rose last month.",
        SAT,
        &[("last month", "DATE", "2025-07", "2025-07-01", "2025-07-31")],
    );
    check(
        "The law takes effect next month.",
        SAT,
        &[("next month", "DATE", "2025-09", "2025-09-01", "2025-09-30")],
    );
    check(
        "Profits grew last year.",
        SAT,
        &[("last year", "DATE", "2024", "2024-01-01", "2024-12-31")],
    );
    check(
        "Profits will grow next year.",
        SAT,
        &[("next year", "DATE", "2026", "2026-01-01", "2026-12-31")],
    );
    check(
        "Sales fell this month.",
        SAT,
        &[("this month", "DATE", "2025-08", "2025-08-01", "2025-08-31")],
    );
}

#[test]
fn iso_weeks_across_year_boundaries() {
    check(
        "Sales rose this week.",
        Some("2024-12-31"),
        &[("this week", "DATE", "2025-W01", "2024-12-30", "2025-01-05")],
    );
    check(
        "Sales rose last week.",
        Some("2025-01-02"),
        &[("last week", "DATE", "2024-W52", "2024-12-23", "2024-12-29")],
    );
    check(
        "Sales rose this week.",
        Some("2021-01-01"),
        &[("this week", "DATE", "2020-W53", "2020-12-28", "2021-01-03")],
    );
}

#[test]
fn months_follow_tense_across_year_boundaries() {
    check(
        "Snow fell in December.",
        Some("2025-01-10"),
        &[("December", "DATE", "2024-12", "2024-12-01", "2024-12-31")],
    );
    check(
        "The law will take effect in January.",
        Some("2025-12-10"),
        &[("January", "DATE", "2026-01", "2026-01-01", "2026-01-31")],
    );
    check(
        "He took office in January.",
        SAT,
        &[("January", "DATE", "2025-01", "2025-01-01", "2025-01-31")],
    );
    check(
        "The vote is set for November.",
        SAT,
        &[("November", "DATE", "2025-11", "2025-11-01", "2025-11-30")],
    );
    check(
        "Rates rose last March.",
        SAT,
        &[("last March", "DATE", "2025-03", "2025-03-01", "2025-03-31")],
    );
    check(
        "It will be decided by March.",
        SAT,
        &[("March", "DATE", "2026-03", "2026-03-01", "2026-03-31")],
    );
    check(
        "You may march until May.",
        SAT,
        &[("May", "DATE", "2026-05", "2026-05-01", "2026-05-31")],
    );
}

#[test]
fn leap_days() {
    check(
        "It was signed Feb. 29, 2024.",
        SAT,
        &[("Feb. 29, 2024", "DATE", "2024-02-29", "2024-02-29", "2024-02-29")],
    );
    check("It was signed Feb. 29, 2025.", SAT, &[]);
    check(
        "The rally was held Feb. 29.",
        Some("2025-03-05"),
        &[("Feb. 29", "DATE", "2024-02-29", "2024-02-29", "2024-02-29")],
    );
    check(
        "Growth in February was weak.",
        Some("2024-03-10"),
        &[("February", "DATE", "2024-02", "2024-02-01", "2024-02-29")],
    );
}

#[test]
fn seasons() {
    check(
        "Talks could resume this fall.",
        SAT,
        &[("this fall", "DATE", "2025-FA", "2025-09-01", "2025-11-30")],
    );
    check(
        "Fires raged last summer.",
        SAT,
        &[("last summer", "DATE", "2024-SU", "2024-06-01", "2024-08-31")],
    );
    check(
        "Prices rose in spring 2024.",
        SAT,
        &[("spring 2024", "DATE", "2024-SP", "2024-03-01", "2024-05-31")],
    );
    check("The fall of Kabul shocked many.", SAT, &[]);
}

#[test]
fn ago_and_references() {
    check(
        "He left three years ago.",
        SAT,
        &[("three years ago", "DATE", "2022", "2022-01-01", "2022-12-31")],
    );
    check(
        "It happened two weeks ago.",
        SAT,
        &[("two weeks ago", "DATE", "2025-W31", "2025-07-28", "2025-08-03")],
    );
    check(
        "They met a decade ago.",
        SAT,
        &[("a decade ago", "DATE", "201", "2010-01-01", "2019-12-31")],
    );
    check(
        "It closed two days ago.",
        SAT,
        &[("two days ago", "DATE", "2025-08-14", "2025-08-14", "2025-08-14")],
    );
    check(
        "It closed days ago.",
        SAT,
        &[("days ago", "DATE", "PAST_REF", "", "")],
    );
    check(
        "She recently left.",
        SAT,
        &[("recently", "DATE", "PAST_REF", "", "")],
    );
    check(
        "He is now in Kyiv.",
        SAT,
        &[("now", "DATE", "PRESENT_REF", "2025-08-16", "2025-08-16")],
    );
    check(
        "It is currently closed.",
        SAT,
        &[("currently", "DATE", "PRESENT_REF", "2025-08-16", "2025-08-16")],
    );
    check(
        "Talks will resume soon.",
        SAT,
        &[("soon", "DATE", "FUTURE_REF", "", "")],
    );
    check("Leave as soon as possible.", SAT, &[]);
    check(
        "Peace may come in the future.",
        SAT,
        &[("the future", "DATE", "FUTURE_REF", "", "")],
    );
}

#[test]
fn narrative_anchor() {
    check(
        "The summit was on Aug. 15, 2025. The next day, talks ended.",
        None,
        &[
            ("Aug. 15, 2025", "DATE", "2025-08-15", "2025-08-15", "2025-08-15"),
            ("The next day", "DATE", "2025-08-16", "2025-08-16", "2025-08-16"),
        ],
    );
    check(
        "The fire began on March 3, 2020. Two days later it was out.",
        SAT,
        &[
            ("March 3, 2020", "DATE", "2020-03-03", "2020-03-03", "2020-03-03"),
            (
                "Two days later",
                "DATE",
                "2020-03-05",
                "2020-03-05",
                "2020-03-05",
            ),
        ],
    );
    check(
        "He arrived on June 2, 2024; the day before, he had rested.",
        SAT,
        &[
            ("June 2, 2024", "DATE", "2024-06-02", "2024-06-02", "2024-06-02"),
            (
                "the day before",
                "DATE",
                "2024-06-01",
                "2024-06-01",
                "2024-06-01",
            ),
        ],
    );
    check(
        "Markets fell on Jan. 6, 2025, and the following week they rose.",
        SAT,
        &[
            ("Jan. 6, 2025", "DATE", "2025-01-06", "2025-01-06", "2025-01-06"),
            (
                "the following week",
                "DATE",
                "2025-W03",
                "2025-01-13",
                "2025-01-19",
            ),
        ],
    );
}

#[test]
fn durations_are_not_dates() {
    check(
        "They talked for three hours.",
        SAT,
        &[("three hours", "DURATION", "PT3H", "", "")],
    );
    check(
        "It lasted two and a half hours.",
        SAT,
        &[("two and a half hours", "DURATION", "PT2.5H", "", "")],
    );
    check(
        "It lasted nearly three hours.",
        SAT,
        &[("nearly three hours", "DURATION", "PT3H", "", "")],
    );
    check(
        "The three-year war ended.",
        SAT,
        &[("three-year", "DURATION", "P3Y", "", "")],
    );
    check(
        "A 24-hour strike.",
        SAT,
        &[("24-hour", "DURATION", "PT24H", "", "")],
    );
    check(
        "It took an hour and a half.",
        SAT,
        &[("an hour and a half", "DURATION", "PT1.5H", "", "")],
    );
    check(
        "Wait half an hour.",
        SAT,
        &[("half an hour", "DURATION", "PT30M", "", "")],
    );
    check(
        "Prices rose over the past three years.",
        SAT,
        &[("the past three years", "DURATION", "P3Y", "", "")],
    );
    check(
        "Rates rose over the past year.",
        SAT,
        &[("the past year", "DURATION", "P1Y", "", "")],
    );
    check(
        "Talks dragged on for months.",
        SAT,
        &[("months", "DURATION", "PXM", "", "")],
    );
    check(
        "Growth slowed in recent years.",
        SAT,
        &[("recent years", "DURATION", "PXY", "", "")],
    );
    check(
        "He served for more than a decade.",
        SAT,
        &[("more than a decade", "DURATION", "P1DE", "", "")],
    );
    check("He won 10 out of 10 and three-way talks.", SAT, &[]);
}

#[test]
fn sets() {
    check(
        "They meet every week.",
        SAT,
        &[("every week", "SET", "P1W", "", "")],
    );
    check("They publish weekly.", SAT, &[("weekly", "SET", "P1W", "", "")]);
    check(
        "It is reviewed each year.",
        SAT,
        &[("each year", "SET", "P1Y", "", "")],
    );
    check(
        "It costs $5 million a year.",
        SAT,
        &[("a year", "SET", "P1Y", "", "")],
    );
    check(
        "Every Monday they march.",
        SAT,
        &[("Every Monday", "SET", "XXXX-WXX-1", "", "")],
    );
}

#[test]
fn clock_times() {
    let fri = "2025-08-15";
    check(
        "The meeting began Friday at 3 p.m.",
        SAT,
        &[
            ("Friday", "DATE", fri, fri, fri),
            ("3 p.m.", "TIME", "2025-08-15T15:00", fri, fri),
        ],
    );
    check(
        "It began at 10:30 a.m. local time on Friday.",
        SAT,
        &[
            ("10:30 a.m. local time", "TIME", "2025-08-15T10:30", fri, fri),
            ("Friday", "DATE", fri, fri, fri),
        ],
    );
    check(
        "Doors open at noon.",
        None,
        &[("noon", "TIME", "XXXX-XX-XXT12:00", "", "")],
    );
    check(
        "Doors open at 7pm.",
        SAT,
        &[("7pm", "TIME", "2025-08-16T19:00", "2025-08-16", "2025-08-16")],
    );
}

#[test]
fn a_clock_time_and_the_day_right_after_it_are_one_expression() {
    let thu = "2025-08-14";
    check(
        "The walkout ended at 6 a.m. Thursday.",
        SAT,
        &[("6 a.m. Thursday", "TIME", "2025-08-14T06:00", thu, thu)],
    );
    // Wednesday 2004-02-25: "will" sends both days ahead.
    check(
        "The alert will run from noon Sunday until 6pm Tuesday.",
        Some("2004-02-25"),
        &[
            (
                "noon Sunday",
                "TIME",
                "2004-02-29T12:00",
                "2004-02-29",
                "2004-02-29",
            ),
            (
                "6pm Tuesday",
                "TIME",
                "2004-03-02T18:00",
                "2004-03-02",
                "2004-03-02",
            ),
        ],
    );
    // With a word between them they stay two expressions.
    check(
        "It began at 3 p.m. on Friday.",
        SAT,
        &[
            (
                "3 p.m.",
                "TIME",
                "2025-08-15T15:00",
                thu.replace("14", "15").as_str(),
                "2025-08-15",
            ),
            ("Friday", "DATE", "2025-08-15", "2025-08-15", "2025-08-15"),
        ],
    );
}

#[test]
fn tense_cues_beyond_will() {
    // Friday 2012-08-31: a schedule in the present looks ahead, and a
    // participle after a number is an adjective, not a past tense.
    check(
        "The candidates will meet in three televised debates starting on Sept. 18, and early voting begins Oct. 22.",
        Some("2012-08-31"),
        &[
            ("Sept. 18", "DATE", "2012-09-18", "2012-09-18", "2012-09-18"),
            ("Oct. 22", "DATE", "2012-10-22", "2012-10-22", "2012-10-22"),
        ],
    );
    // Saturday 2008-06-14.
    check(
        "Forecasters expect more rain Sunday.",
        Some("2008-06-14"),
        &[("Sunday", "DATE", "2008-06-15", "2008-06-15", "2008-06-15")],
    );
    // Sunday 2018-09-16: after "stay" a participle is an adjective; a
    // modal looks ahead, but not "could not".
    check(
        "Schools will stay closed until Wednesday.",
        Some("2018-09-16"),
        &[("Wednesday", "DATE", "2018-09-19", "2018-09-19", "2018-09-19")],
    );
    check(
        "The storm could reach the coast by Thursday.",
        Some("2018-09-16"),
        &[("Thursday", "DATE", "2018-09-20", "2018-09-20", "2018-09-20")],
    );
    check(
        "The mayor could not be reached for comment on Friday.",
        Some("2018-09-16"),
        &[("Friday", "DATE", "2018-09-14", "2018-09-14", "2018-09-14")],
    );
    // Monday 2001-08-20: a hyphenated participle describes a noun, and
    // the clause after "and" has its own tense.
    check(
        "Teams will spray the worst-affected districts until the end of September, and clinics have been told to report cases.",
        Some("2001-08-20"),
        &[(
            "the end of September",
            "DATE",
            "2001-09",
            "2001-09-21",
            "2001-09-30",
        )],
    );
    check(
        "The firm reported higher sales on Monday and said it expected more in 2026.",
        Some("2025-08-20"),
        &[
            ("Monday", "DATE", "2025-08-18", "2025-08-18", "2025-08-18"),
            ("2026", "DATE", "2026", "2026-01-01", "2026-12-31"),
        ],
    );
}

#[test]
fn a_month_and_day_within_two_weeks_of_the_tense_stays_in_the_year() {
    // Thursday 2004-02-26: a past tense still allows a date just ahead.
    check(
        "A further stoppage has been called for March 8.",
        Some("2004-02-26"),
        &[("March 8", "DATE", "2004-03-08", "2004-03-08", "2004-03-08")],
    );
    // A month ahead is too far for a past tense.
    check(
        "The commission voted on July 12 to hold the ballot.",
        Some("2025-06-11"),
        &[("July 12", "DATE", "2024-07-12", "2024-07-12", "2024-07-12")],
    );
    // A month with no tense cue is the nearest one.
    check(
        "Flu season: a mild December.",
        Some("2016-03-06"),
        &[("December", "DATE", "2015-12", "2015-12-01", "2015-12-31")],
    );
}

#[test]
fn earlier_later_previous_and_that_count_from_the_period_just_named() {
    // Friday 2001-07-20: an earnings report.
    check(
        "The company said its second-quarter profit fell. It earned $41 million in the quarter, against $66 million a year earlier.",
        Some("2001-07-20"),
        &[
            ("second-quarter", "DATE", "2001-Q2", "2001-04-01", "2001-06-30"),
            ("the quarter", "DATE", "2001-Q2", "2001-04-01", "2001-06-30"),
            ("a year earlier", "DATE", "2000-Q2", "2000-04-01", "2000-06-30"),
        ],
    );
    // No quarter named: "the quarter" is no time expression.
    check("Prices rose in the quarter.", Some("2001-07-20"), &[]);
    check(
        "In July alone 1,020 cases were recorded, against 640 in the previous month.",
        Some("2001-08-20"),
        &[
            ("July", "DATE", "2001-07", "2001-07-01", "2001-07-31"),
            (
                "the previous month",
                "DATE",
                "2001-06",
                "2001-06-01",
                "2001-06-30",
            ),
        ],
    );
    check(
        "He took over in June 2004. The turnaround began that December.",
        Some("2006-10-09"),
        &[
            ("June 2004", "DATE", "2004-06", "2004-06-01", "2004-06-30"),
            ("that December", "DATE", "2004-12", "2004-12-01", "2004-12-31"),
        ],
    );
    check(
        "The law was adopted in 1999. Leaded petrol was banned that year.",
        Some("2007-06-09"),
        &[
            ("1999", "DATE", "1999", "1999-01-01", "1999-12-31"),
            ("that year", "DATE", "1999", "1999-01-01", "1999-12-31"),
        ],
    );
    check(
        "The club was founded in April 1991. Eight years later it won the league.",
        Some("2007-05-01"),
        &[
            ("April 1991", "DATE", "1991-04", "1991-04-01", "1991-04-30"),
            (
                "Eight years later",
                "DATE",
                "1999-04",
                "1999-04-01",
                "1999-04-30",
            ),
        ],
    );
    // "two weeks later" after a day is a day.
    check(
        "The truce was agreed on July 10, 2014, and collapsed two weeks later.",
        Some("2014-08-01"),
        &[
            ("July 10, 2014", "DATE", "2014-07-10", "2014-07-10", "2014-07-10"),
            (
                "two weeks later",
                "DATE",
                "2014-07-24",
                "2014-07-24",
                "2014-07-24",
            ),
        ],
    );
    // A period three sentences back no longer anchors.
    check(
        "Sales rose in 2011. Costs fell. Staff left. Output doubled. Profit fell from a year earlier.",
        Some("2025-08-16"),
        &[
            ("2011", "DATE", "2011", "2011-01-01", "2011-12-31"),
            ("a year earlier", "DATE", "2024", "2024-01-01", "2024-12-31"),
        ],
    );
}

#[test]
fn far_cues_years_named_in_the_sentence_and_scheduling_words() {
    // Tuesday 2018-04-17: "will" reaches across a long clause; "would"
    // (a future seen from the past) does not.
    check(
        "The minister will travel to Mumbai today to meet business leaders and port officials before leaving for Hanoi on Wednesday morning.",
        Some("2018-04-17"),
        &[
            ("today", "DATE", "2018-04-17", "2018-04-17", "2018-04-17"),
            (
                "Wednesday morning",
                "TIME",
                "2018-04-18TMO",
                "2018-04-18",
                "2018-04-18",
            ),
        ],
    );
    check(
        "Some had hoped the envoy would broker a truce following a video call with regional leaders and aid groups days before Friday's vote.",
        Some("2025-08-18"),
        &[
            ("days", "DURATION", "PXD", "", ""),
            ("Friday", "DATE", "2025-08-15", "2025-08-15", "2025-08-15"),
        ],
    );
    // Monday 2002-05-20: an irregular past tense, and a participle after a
    // preposition that is no past tense.
    check(
        "The economy shrank 1.2 percent in the first quarter.",
        Some("2002-05-20"),
        &[("the first quarter", "DATE", "2002-Q1", "2002-01-01", "2002-03-31")],
    );
    check(
        "The barn will be open through the summer, with guided tours.",
        Some("2024-05-31"),
        &[("the summer", "DATE", "2024-SU", "2024-06-01", "2024-08-31")],
    );
    // A year written out earlier in the sentence holds its months; one
    // counted from publication does not.
    check(
        "In 2019, a shortfall pushed prices above $1 a kilo by December.",
        Some("2023-07-06"),
        &[
            ("2019", "DATE", "2019", "2019-01-01", "2019-12-31"),
            ("December", "DATE", "2019-12", "2019-12-01", "2019-12-31"),
        ],
    );
    check(
        "Earlier this year the minister visited Paris; his deputy went in July.",
        Some("2025-06-11"),
        &[
            ("Earlier this year", "DATE", "2025", "2025-01-01", "2025-06-11"),
            ("July", "DATE", "2024-07", "2024-07-01", "2024-07-31"),
        ],
    );
    // A scheduling word before a month and day takes the nearest one,
    // whatever the clause's tense.
    check(
        "The council voted to raise water rates starting July 1.",
        Some("2004-03-02"),
        &[("July 1", "DATE", "2004-07-01", "2004-07-01", "2004-07-01")],
    );
    check(
        "The board declared a dividend payable on Nov. 15.",
        Some("2019-10-24"),
        &[("Nov. 15", "DATE", "2019-11-15", "2019-11-15", "2019-11-15")],
    );
    // A part of the day after the anchor's, and a nightly set.
    check(
        "The talks ended on Feb. 11, 2026. The following morning the crews returned, and flights ran nightly.",
        Some("2026-02-16"),
        &[
            ("Feb. 11, 2026", "DATE", "2026-02-11", "2026-02-11", "2026-02-11"),
            (
                "The following morning",
                "TIME",
                "2026-02-12TMO",
                "2026-02-12",
                "2026-02-12",
            ),
            ("nightly", "SET", "P1D", "", ""),
        ],
    );
}

#[test]
fn holidays() {
    // Thursday 2022-11-03.
    check(
        "Turkey prices rose ahead of Thanksgiving. Voters go to the polls on Election Day. Christmas Eve dinner will be served.",
        Some("2022-11-03"),
        &[
            ("Thanksgiving", "DATE", "2022-11-24", "2022-11-24", "2022-11-24"),
            ("Election Day", "DATE", "2022-11-08", "2022-11-08", "2022-11-08"),
            ("Christmas Eve", "DATE", "2022-12-24", "2022-12-24", "2022-12-24"),
        ],
    );
    // The first word alone, or in lowercase, is no holiday.
    check(
        "The memorial service was held on Monday. The labor market cooled. A christmas tree.",
        Some("2022-11-03"),
        &[("Monday", "DATE", "2022-10-31", "2022-10-31", "2022-10-31")],
    );
    check(
        "In 2012, turnout on Election Day was high; Labor Day fell on Sept. 3.",
        Some("2022-11-03"),
        &[
            ("2012", "DATE", "2012", "2012-01-01", "2012-12-31"),
            ("Election Day", "DATE", "2012-11-06", "2012-11-06", "2012-11-06"),
            ("Labor Day", "DATE", "2012-09-03", "2012-09-03", "2012-09-03"),
            ("Sept. 3", "DATE", "2012-09-03", "2012-09-03", "2012-09-03"),
        ],
    );
}

#[test]
fn fortnights_days_of_the_month_weeks_ending_and_how_often() {
    check(
        "Admissions doubled in a fortnight. The store opens five days a week.",
        SAT,
        &[
            ("a fortnight", "DURATION", "P2W", "", ""),
            ("five days a week", "SET", "P1W", "", ""),
        ],
    );
    // Tuesday 2018-09-18: a day of the month, by the tense; not a floor.
    check(
        "A final round of talks on the 12th broke up. Offices on the 3rd floor closed.",
        Some("2018-09-18"),
        &[("the 12th", "DATE", "2018-09-12", "2018-09-12", "2018-09-12")],
    );
    check(
        "The alert will run until the 5th.",
        Some("2025-06-28"),
        &[("the 5th", "DATE", "2025-07-05", "2025-07-05", "2025-07-05")],
    );
    // Monday 2001-08-20: the week a date closes is that date's ISO week.
    check(
        "Cases rose in the week ending Aug. 12.",
        Some("2001-08-20"),
        &[(
            "the week ending Aug. 12",
            "DATE",
            "2001-W32",
            "2001-08-06",
            "2001-08-12",
        )],
    );
}

#[test]
fn unknown_publication_date() {
    check(
        "He spoke Friday and left yesterday.",
        None,
        &[
            ("Friday", "DATE", "XXXX-WXX-5", "", ""),
            ("yesterday", "DATE", "XXXX-XX-XX", "", ""),
        ],
    );
    check(
        "Prices rose this week.",
        None,
        &[("this week", "DATE", "XXXX-WXX", "", "")],
    );
    check(
        "It opened Aug. 15.",
        None,
        &[("Aug. 15", "DATE", "XXXX-08-15", "", "")],
    );
    check(
        "It opened Aug. 15, 2025.",
        None,
        &[("Aug. 15, 2025", "DATE", "2025-08-15", "2025-08-15", "2025-08-15")],
    );
}

#[test]
fn quarters_and_fiscal_years() {
    check(
        "Profit rose in the third quarter.",
        Some("2025-10-20"),
        &[("the third quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30")],
    );
    check(
        "Revenue for fiscal 2024 fell.",
        SAT,
        &[("fiscal 2024", "DATE", "FY2024", "2024-01-01", "2024-12-31")],
    );
    check(
        "Q2 2025 results beat forecasts.",
        SAT,
        &[("Q2 2025", "DATE", "2025-Q2", "2025-04-01", "2025-06-30")],
    );
}

#[test]
fn weekend() {
    check(
        "They left Alaska over the weekend.",
        Some("2025-08-18"),
        &[("the weekend", "DATE", "2025-W33-WE", "2025-08-16", "2025-08-17")],
    );
    check(
        "Talks are planned for next weekend.",
        Some("2025-08-13"),
        &[("next weekend", "DATE", "2025-W33-WE", "2025-08-16", "2025-08-17")],
    );
}

#[test]
fn spans_exclude_prepositions() {
    let text = "It was signed on Friday.";
    let mentions = tag(text, 0, SAT.map(day));
    let spans: Vec<_> =
        mentions.iter().map(|m| (m.span.start, m.span.end)).collect();
    assert_eq!(spans, vec![(17, 23)]);
    assert_eq!(
        mentions[0].when.as_ref().map(|w| w.text.as_str()),
        Some("Friday")
    );
}

#[test]
fn body_start_skips_front_matter() {
    let text = "---\npublished: Friday\n---\nHe left Monday.";
    let body = text.find("He").expect("body");
    let mentions = tag(text, body, SAT.map(day));
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].span.slice(text), Some("Monday"));
    let past_boundary = tag("ééé Friday", 1, SAT.map(day));
    assert_eq!(past_boundary.len(), 1);
}

/// Weekday names in many past-tense frames never land after the
/// publication date, for every publication weekday.
#[test]
fn prop_past_weekday_never_after_publication() {
    let names = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let frames = [
        "He resigned {}.",
        "Officials said {} that it was over.",
        "On {}, troops attacked.",
        "It was signed last {}.",
    ];
    for offset in 0..14 {
        let published = day("2025-08-11").plus(offset);
        for name in names {
            for frame in frames {
                let text = frame.replace("{}", name);
                for mention in tag(&text, 0, Some(published)) {
                    let when = mention.when.expect("weekday resolves");
                    assert!(
                        when.end <= Some(published),
                        "{text} @ {published}"
                    );
                }
            }
        }
    }
}

/// Arbitrary strings, including multi-byte text, never panic and give
/// ordered, non-overlapping spans on char boundaries with start <= end.
#[test]
fn prop_tag_is_total_and_well_formed() {
    let pieces = [
        "Friday",
        " ",
        "Aug.",
        "15",
        ",",
        "2025",
        "é",
        "’",
        "'",
        "90",
        "s",
        "-",
        "the",
        "next",
        "day",
        "ago",
        "3",
        ":",
        "p",
        ".",
        "m",
        "\n",
        "—",
        "日本",
        "🙂",
        "since",
        "in",
        "1990",
        "/",
        "early",
        "mid",
        "a",
        "half",
        "and",
        "every",
        "last",
        "week",
        "year",
        "0",
        "99999999999",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..4000 {
        let mut text = String::new();
        for _ in 0..(round % 23) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if state.is_multiple_of(3) {
                text.push(' ');
            }
        }
        let body_start = (state as usize) % (text.len() + 2);
        for published in [None, Some(day("2025-08-16")), Some(Day(1))] {
            let mentions = tag(&text, body_start, published);
            let mut previous_end = 0;
            for mention in &mentions {
                assert!(mention.span.start < mention.span.end, "{text:?}");
                assert!(mention.span.start >= previous_end, "{text:?}");
                assert!(mention.span.slice(&text).is_some(), "{text:?}");
                previous_end = mention.span.end;
                if let Some(when) = &mention.when
                    && let (Some(start), Some(end)) = (when.start, when.end)
                {
                    assert!(start <= end, "{text:?} {mention:?}");
                }
            }
        }
    }
}

#[test]
fn lexicon_is_sorted_for_binary_search() {
    let keys = &super::token::LEXICON_KEYS;
    for pair in keys.windows(2) {
        assert!(pair[0] < pair[1], "lexicon out of order near {pair:?}");
    }
}

#[test]
fn counting_adjectives_and_bare_lengths() {
    check(
        "Prices rose for three consecutive months.",
        SAT,
        &[("three consecutive months", "DURATION", "P3M", "", "")],
    );
    check(
        "The launch slipped by a few extra weeks.",
        SAT,
        &[("a few extra weeks", "DURATION", "PXW", "", "")],
    );
    check(
        "The ceasefire lasted only hours. Such laws took years to enforce.",
        SAT,
        &[
            ("hours", "DURATION", "PTXH", "", ""),
            ("years", "DURATION", "PXY", "", ""),
        ],
    );
    // A bare plural with no measuring word before it is no expression.
    check("Days passed and tempers rose.", SAT, &[]);
}

#[test]
fn halves_rates_and_vague_units() {
    check(
        "In the first half of 2024, sales rose.",
        SAT,
        &[(
            "the first half of 2024",
            "DATE",
            "2024-H1",
            "2024-01-01",
            "2024-06-30",
        )],
    );
    check(
        "The plant makes 5,000 cars a week.",
        SAT,
        &[("a week", "SET", "P1W", "", "")],
    );
    check(
        "The Senate voted hours before the deadline.",
        SAT,
        &[("hours", "DURATION", "PTXH", "", "")],
    );
    check(
        "The trial is expected to last until the end of October.",
        SAT,
        &[(
            "the end of October",
            "DATE",
            "2025-10",
            "2025-10-21",
            "2025-10-31",
        )],
    );
}

#[test]
fn since_a_month_looks_back() {
    // Published in February: "since July" is last July, even in a clause
    // with no other tense cue, and the interval runs to publication.
    check(
        "The first meeting between the neighbours since July.",
        Some("2011-02-07"),
        &[("July", "DATE", "2010-07", "2010-07-01", "2011-02-07")],
    );
}

#[test]
fn a_month_of_last_this_or_next_year_is_one_expression() {
    check(
        "Khan was ousted in April last year.",
        Some("2023-05-09"),
        &[("April last year", "DATE", "2022-04", "2022-04-01", "2022-04-30")],
    );
    check(
        "The deal was signed in March this year.",
        Some("2023-05-09"),
        &[("March this year", "DATE", "2023-03", "2023-03-01", "2023-03-31")],
    );
    check(
        "They will meet in May next year.",
        Some("2023-05-09"),
        &[("May next year", "DATE", "2024-05", "2024-05-01", "2024-05-31")],
    );
    // Across a year boundary: "December last year" in January.
    check(
        "Prices fell in December of last year.",
        Some("2025-01-10"),
        &[(
            "December of last year",
            "DATE",
            "2024-12",
            "2024-12-01",
            "2024-12-31",
        )],
    );
}

/// `Grammar::may_start` says `false` only where `parse_at` finds nothing:
/// every token of texts with expressions of every kind, glued and spaced,
/// with curly and straight apostrophes, non-ASCII words and single letters.
#[test]
fn tokens_that_may_not_start_parse_to_nothing() {
    let texts = [
        "Q3 results came in Q 3 and q3, not Q5; in Q4 2024 and q1.",
        "In the '90s and the ’80s, or '95 and ’ 90s, the 1990s.",
        "On Monday, 15 August 2025 at 3 p.m. GMT, three years ago.",
        "Two years, a year, years later, the year before, per year.",
        "Every week, each month, fiscal 2024, last summer, mid-August.",
        "2025-08-15, 8/15/2025, 15th of August, August 15th, 1990s.",
        "Café Zürich’s chef said « today » — “tomorrow” — naïve Q.",
        "A Q, the Q, Q. Q",
        "'",
        "’",
        "Q",
        "q",
        "",
        "years",
        "year",
        "Earlier this year and later next month, since 2020 until now.",
    ];
    for text in texts {
        let tokens = token::tokenize_into(text, 0, Vec::new());
        let grammar = Grammar::new(text, &tokens);
        for index in 0..=tokens.len() {
            if !grammar.may_start(index) {
                assert_eq!(
                    grammar.parse_at(index),
                    None,
                    "{text:?} at {index}"
                );
            }
        }
    }
}

#[test]
fn coordinated_weekdays_point_the_same_way() {
    // "possibly agree" after "would" is future, but its cue is too far
    // from the second weekday for that one's own window: it reads the
    // first's clause instead of falling back to the past "said on Friday".
    let (mon, tue) = ("2025-08-18", "2025-08-19");
    check(
        "Lena Marsh said on Saturday that they would report back to leaders in their capitals and possibly agree on Monday or Tuesday how to continue talks.",
        SAT,
        &[
            ("Saturday", "DATE", "2025-08-16", "2025-08-16", "2025-08-16"),
            ("Monday", "DATE", mon, mon, mon),
            ("Tuesday", "DATE", tue, tue, tue),
        ],
    );
    // Past weekdays joined by "and" stay past.
    check(
        "Fighting raged on Thursday and Friday, officials said.",
        SAT,
        &[
            ("Thursday", "DATE", "2025-08-14", "2025-08-14", "2025-08-14"),
            ("Friday", "DATE", "2025-08-15", "2025-08-15", "2025-08-15"),
        ],
    );
}
