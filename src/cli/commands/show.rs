//! `show ID` and `sources`: one event or article in full, and the list of
//! stored articles.

use super::super::args::{ListArgs, ShowArgs, ShowFormat};
use super::super::emit;
use super::super::report::CliError;
use super::super::settings::{Settings, output_width};
use super::matching_articles;
use serde_json::json;
use summit_timeline::domain::Event;
use summit_timeline::output::sanitize::{for_terminal, one_line};
use summit_timeline::output::{json::event_value, span_label, text::table};
use summit_timeline::projection::{self, ArticleView, chronology};
use summit_timeline::store::{Kv, OpenMode};

/// Runs `show`.
pub fn run(settings: &Settings, args: &ShowArgs) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let kv = store.projection();
    let wanted = args.id.trim();
    if let Some(event) = projection::load_event(&kv, wanted)? {
        return emit(&render_event(&event, args.format));
    }
    let targets = projection::redirect(&kv, wanted)?;
    if !targets.is_empty()
        || kv.get(&projection::keys::redirect(wanted))?.is_some()
    {
        return show_redirect(&kv, wanted, &targets, args.format);
    }
    let articles = projection::articles(&kv)?;
    let found = matching_articles(&articles, wanted, false);
    match found.as_slice() {
        [article] => show_article(&kv, article, args.format),
        [] => Err(CliError::bad_input(format!(
            "no event or article with id '{wanted}'"
        ))
        .hint(
            "event ids appear in `between` output; article ids in `sources`",
        )),
        many => Err(CliError::bad_input(format!(
            "'{wanted}' matches {} articles; give more of the id",
            many.len()
        ))),
    }
}

fn show_redirect<K: Kv + ?Sized>(
    kv: &K,
    wanted: &str,
    targets: &[String],
    format: ShowFormat,
) -> Result<(), CliError> {
    let mut events = Vec::new();
    for id in targets {
        if let Some(event) = projection::load_event(kv, id)? {
            events.push(event);
        }
    }
    if format == ShowFormat::Json {
        let values: Vec<_> = events.iter().map(event_value).collect();
        let doc =
            json!({ "id": wanted, "now_part_of": targets, "events": values });
        return emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        ));
    }
    let mut out = if targets.is_empty() {
        format!(
            "event {wanted} no longer exists: every article behind it was retracted\n"
        )
    } else {
        format!("event {wanted} is now part of: {}\n\n", targets.join(", "))
    };
    for event in &events {
        out.push_str(&render_event(event, ShowFormat::Text));
        out.push('\n');
    }
    emit(&out)
}

/// An event in full: every field, then every source with its evidence.
fn render_event(event: &Event, format: ShowFormat) -> String {
    if format == ShowFormat::Json {
        return format!(
            "{}\n",
            serde_json::to_string_pretty(&event_value(event))
                .unwrap_or_default()
        );
    }
    let mut out = format!("event {}\n", event.id);
    let row = |out: &mut String, label: &str, value: &str| {
        out.push_str(&format!("  {label:<9} {}\n", one_line(value)));
    };
    row(
        &mut out,
        "type",
        &format!("{} ({})", event.kind.name(), event.status.name()),
    );
    let when = &event.when;
    row(
        &mut out,
        "when",
        &format!(
            "{} ({}) \"{}\"",
            span_label(when),
            when.precision.name(),
            when.text
        ),
    );
    row(&mut out, "actors", &event.actors.join(", "));
    row(&mut out, "location", event.location.as_deref().unwrap_or("-"));
    row(&mut out, "summary", &event.summary);
    if let Some(quote) = &event.quote {
        row(&mut out, "quote", quote);
    }
    for dispute in &event.disputed {
        let claims: Vec<String> = dispute
            .claims
            .iter()
            .map(|c| format!("\"{}\" ({})", c.value, c.articles.join(", ")))
            .collect();
        row(
            &mut out,
            "disputed",
            &format!("{}: {}", dispute.field, claims.join(" vs ")),
        );
    }
    out.push_str(&format!(
        "sources ({} observations from {} articles)\n",
        event.sources.len(),
        event.n_articles()
    ));
    for (index, source) in event.sources.iter().enumerate() {
        let published =
            source.published.map_or("-".to_string(), |d| d.to_string());
        out.push_str(&format!(
            "  [{}] {}  {}  published {}  bytes {}..{}  rule {}\n",
            index + 1,
            for_terminal(&source.file),
            source.article,
            published,
            source.span.start,
            source.span.end,
            source.rule
        ));
        out.push_str(&format!(
            "      {} {} {} \"{}\"; actors: {}\n",
            source.kind.name(),
            source.status.name(),
            span_label(&source.when),
            one_line(&source.when.text),
            one_line(&source.actors.join(", "))
        ));
        out.push_str(&format!("      > {}\n", one_line(&source.evidence)));
    }
    out
}

fn show_article<K: Kv + ?Sized>(
    kv: &K,
    article: &ArticleView,
    format: ShowFormat,
) -> Result<(), CliError> {
    let mut events = Vec::new();
    for id in chronology::event_ids_of_article(kv, &article.id)? {
        if let Some(event) = projection::load_event(kv, &id)? {
            events.push(event);
        }
    }
    events.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    if format == ShowFormat::Json {
        let mut value = article_value(article);
        value["events"] =
            json!(events.iter().map(event_value).collect::<Vec<_>>());
        return emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        ));
    }
    let mut out = format!("article {}\n", article.id);
    out.push_str(&format!("  file       {}\n", for_terminal(&article.file)));
    let info = &article.info;
    let field = |v: &Option<String>| one_line(v.as_deref().unwrap_or("-"));
    out.push_str(&format!("  title      {}\n", field(&info.title)));
    out.push_str(&format!("  outlet     {}\n", field(&info.outlet)));
    out.push_str(&format!("  url        {}\n", field(&info.url)));
    let published =
        info.published_at.map_or("-".to_string(), |d| d.to_string());
    out.push_str(&format!("  published  {published}\n"));
    out.push_str(&format!(
        "  status     {}\n",
        if article.live { "live" } else { "retracted" }
    ));
    out.push_str(&format!(
        "  record     {} (extractor v{})\n",
        article.added_seq, article.extractor_version
    ));
    out.push_str(&format!("  observations {}\n\n", article.n_observations));
    out.push_str(&table(&events, output_width()));
    emit(&out)
}

fn article_value(article: &ArticleView) -> serde_json::Value {
    json!({
        "id": article.id,
        "file": article.file,
        "title": article.info.title,
        "outlet": article.info.outlet,
        "url": article.info.url,
        "published": article.info.published_at.map(|d| d.to_string()),
        "live": article.live,
        "added_seq": article.added_seq,
        "extractor_version": article.extractor_version,
        "observations": article.n_observations,
        "bytes": article.text_bytes,
    })
}

/// Runs `sources`.
pub fn sources(settings: &Settings, args: &ListArgs) -> Result<(), CliError> {
    let store = settings.open(OpenMode::MustExist)?;
    let mut articles = projection::articles(&store.projection())?;
    articles.sort_by(|a, b| (a.added_seq, &a.id).cmp(&(b.added_seq, &b.id)));
    if args.format == ShowFormat::Json {
        let values: Vec<_> = articles.iter().map(article_value).collect();
        return emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&values).unwrap_or_default()
        ));
    }
    let mut out = format!(
        "{:<18}  {:<10}  {:<9}  {:>4}  {:<14}  FILE\n",
        "ARTICLE", "PUBLISHED", "STATUS", "OBS", "OUTLET"
    );
    for article in &articles {
        let published = article
            .info
            .published_at
            .map_or("-".to_string(), |d| d.to_string());
        let outlet: String =
            one_line(article.info.outlet.as_deref().unwrap_or("-"))
                .chars()
                .take(14)
                .collect();
        out.push_str(&format!(
            "{:<18}  {:<10}  {:<9}  {:>4}  {:<14}  {}\n",
            article.id,
            published,
            if article.live { "live" } else { "retracted" },
            article.n_observations,
            outlet,
            one_line(&article.file)
        ));
    }
    out.push_str(&format!("{} articles\n", articles.len()));
    emit(&out)
}
