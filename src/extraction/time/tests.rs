//! Tests for the time tagger: one `check` helper and many short sentences
//! in the styles of wire, sports, business and science news. New cases go
//! in the test of their feature; seeds are replayed in `seeds_*`.

use super::*;

type Expected<'a> = (&'a str, &'a str, &'a str);

fn day(text: &str) -> Day {
    Day::parse(text).expect("test date is valid")
}

/// Tags `text` and compares (expression text, type, value) per mention,
/// and checks every span against the text.
fn check(text: &str, published: Option<&str>, expected: &[Expected<'_>]) {
    let mentions = tag(text, 0, published.map(day));
    let got: Vec<(String, String, String)> = mentions
        .iter()
        .map(|mention| {
            let slice = mention.span.slice(text).expect("span on boundaries");
            (
                slice.to_string(),
                mention.timex_type.name().to_string(),
                mention.value.clone(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "text: {text}");
}

#[test]
fn dump_seeds() {
    let manifest = std::fs::read_to_string("seeds/manifest.toml").unwrap();
    let mut file = None;
    for line in manifest.lines() {
        if let Some(rest) = line.strip_prefix("file = ") {
            file = Some(rest.trim_matches('"').to_string());
        }
        if let Some(rest) = line.strip_prefix("published = ") {
            let name = file.take().unwrap();
            let text =
                std::fs::read_to_string(format!("seeds/{name}")).unwrap();
            let published = day(rest.trim_matches('"'));
            println!("== {name} {published}");
            for mention in tag(&text, 0, Some(published)) {
                let slice = mention.span.slice(&text).unwrap();
                println!(
                    "  {:?} {} {} {:?}",
                    slice,
                    mention.timex_type.name(),
                    mention.value,
                    mention.when.map(|w| (
                        w.start.map(|d| d.to_string()),
                        w.end.map(|d| d.to_string()),
                        w.precision.name()
                    ))
                );
            }
        }
    }
}
