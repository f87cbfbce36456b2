//! The SQLite baseline: what a user would otherwise reach for. One row per
//! observation in an `events` table with the indexes a careful engineer
//! adds (start/end, an R*Tree over the span for interval queries, the
//! article, and an actor table), in WAL mode with full synchronous commits
//! so that a committed batch is as durable as a flushed sled batch.

use rusqlite::{Connection, params};
use std::path::Path;
use summit_timeline::domain::{Day, Observation};
use summit_timeline::store::Record;

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    published INTEGER,
    text TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    start_day INTEGER NOT NULL,
    end_day INTEGER NOT NULL,
    precision TEXT NOT NULL,
    location TEXT,
    quote TEXT,
    summary TEXT NOT NULL,
    evidence TEXT NOT NULL,
    rule TEXT NOT NULL
);
CREATE INDEX events_start_end ON events (start_day, end_day);
CREATE INDEX events_article ON events (article_id, idx);
CREATE VIRTUAL TABLE events_span USING rtree_i32 (id, start_day, end_day);
CREATE TABLE actors (event_id INTEGER NOT NULL, name TEXT NOT NULL);
CREATE INDEX actors_name ON actors (name, event_id);
CREATE INDEX actors_event ON actors (event_id);
";

/// The between query: every observation whose span intersects the window,
/// with its article and actors, in chronology order.
pub const BETWEEN: &str = "
SELECT e.article_id, e.idx, e.kind, e.status, e.start_day, e.end_day,
       e.location, e.quote, e.summary, e.evidence, a.file, a.outlet,
       a.published,
       (SELECT group_concat(name, '|') FROM actors WHERE event_id = e.id)
FROM events_span s
JOIN events e ON e.id = s.id
JOIN articles a ON a.id = e.article_id
WHERE s.end_day >= ?1 AND s.start_day <= ?2
ORDER BY e.start_day, e.end_day, e.id
";

/// One answer row, decoded into owned values as our query decodes events.
#[derive(Debug)]
pub struct Row {
    pub article: String,
    pub index: u32,
    pub kind: String,
    pub start: i32,
    pub end: i32,
    pub summary: String,
    pub evidence: String,
    pub actors: Option<String>,
    pub rest: (String, Option<String>, Option<String>, String),
    pub published: Option<i32>,
}

/// Opens a new baseline database at `path`.
pub fn create(path: &Path) -> rusqlite::Result<Connection> {
    let connection = Connection::open(path)?;
    connection.execute_batch(SCHEMA)?;
    Ok(connection)
}

/// Opens an existing baseline database.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let connection = Connection::open(path)?;
    connection.execute_batch("PRAGMA synchronous = FULL;")?;
    Ok(connection)
}

/// The bound of an open side, as the R*Tree stores it.
fn day_or(day: Option<Day>, open: i32) -> i32 {
    day.map_or(open, |d| d.0)
}

/// Inserts articles' records as one transaction (one durable commit).
pub fn insert_batch(
    connection: &mut Connection,
    batch: &[[Record; 2]],
) -> rusqlite::Result<()> {
    let tx = connection.transaction()?;
    {
        let mut article_row = tx.prepare_cached(
            "INSERT INTO articles (id, file, title, outlet, published, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut event_row = tx.prepare_cached(
            "INSERT INTO events (article_id, idx, kind, status, start_day,
             end_day, precision, location, quote, summary, evidence, rule)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        let mut span_row = tx.prepare_cached(
            "INSERT INTO events_span (id, start_day, end_day)
             VALUES (?1, ?2, ?3)",
        )?;
        let mut actor_row = tx.prepare_cached(
            "INSERT INTO actors (event_id, name) VALUES (?1, ?2)",
        )?;
        for [added, observed] in batch {
            let Record::ArticleAdded(article) = added else { continue };
            let Record::ObservationsRecorded { observations, .. } = observed
            else {
                continue;
            };
            article_row.execute(params![
                article.id,
                article.file,
                article.info.title,
                article.info.outlet,
                article.info.published_at.map(|d| d.0),
                article.text,
            ])?;
            for (index, o) in observations.iter().enumerate() {
                let (start, end) = bounds(o);
                event_row.execute(params![
                    article.id,
                    index as u32,
                    o.kind.name(),
                    o.status.name(),
                    start,
                    end,
                    o.when.precision.name(),
                    o.location,
                    o.quote,
                    o.summary,
                    o.span.slice(&article.text).unwrap_or(""),
                    o.rule,
                ])?;
                let id = tx.last_insert_rowid();
                span_row.execute(params![id, start, end])?;
                for actor in &o.actors {
                    actor_row.execute(params![id, actor.to_lowercase()])?;
                }
            }
        }
    }
    tx.commit()
}

/// The span of an observation as stored: open sides become the extremes.
pub fn bounds(o: &Observation) -> (i32, i32) {
    (day_or(o.when.start, i32::MIN), day_or(o.when.end, i32::MAX))
}

/// Runs the between query.
pub fn between(
    connection: &Connection,
    from: Day,
    to: Day,
) -> rusqlite::Result<Vec<Row>> {
    let mut statement = connection.prepare_cached(BETWEEN)?;
    let rows = statement.query_map(params![from.0, to.0], |r| {
        Ok(Row {
            article: r.get(0)?,
            index: r.get(1)?,
            kind: r.get(2)?,
            rest: (r.get(3)?, r.get(6)?, r.get(7)?, r.get(10)?),
            start: r.get(4)?,
            end: r.get(5)?,
            summary: r.get(8)?,
            evidence: r.get(9)?,
            published: r.get(12)?,
            actors: r.get(13)?,
        })
    })?;
    rows.collect()
}

/// Number of observation rows.
pub fn count(connection: &Connection) -> rusqlite::Result<u64> {
    connection.query_row("SELECT count(*) FROM events", [], |r| r.get(0))
}
