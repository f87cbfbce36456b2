//! The timeline benchmark: summit-timeline against SQLite on the same
//! generated data, in the same run. See benches/README.md for the figures,
//! the command and what each figure measures.
//!
//! `cargo bench --bench timeline -- --quick` (under three minutes on two
//! cores), `-- --full` (10k, 100k and 1M events), `-- --sizes 10000,50000`.
//! Run without `--bench` (as `cargo test --benches` does) it checks the
//! generator and that SQLite gives the same answers, and times nothing.

#[path = "timeline/corpus.rs"]
mod corpus;
#[path = "timeline/sqlite.rs"]
mod sqlite;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use summit_timeline::article::{Article, SourceInfo};
use summit_timeline::domain::Day;
use summit_timeline::ingest::{self, append_and_project};
use summit_timeline::projection;
use summit_timeline::query::{self, Query};
use summit_timeline::store::{OpenMode, Record, Store};

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 20_261_122;
/// Observations per generated article of the record corpus.
const PER_ARTICLE: usize = 10;
/// Articles per durable batch (one flush or one commit each).
const BATCH: usize = 100;

struct Options {
    quick: bool,
    sizes: Vec<u64>,
    /// `--only extract`: the extraction figures alone (for profiling).
    only_extract: bool,
    /// `--only store`: every figure but the extraction ones.
    only_store: bool,
    /// `--only rebuild`: build the store, then time the rebuild alone.
    only_rebuild: bool,
    /// `--keep DIR`: build the databases in `DIR` (which must not exist)
    /// and leave them there, to profile a later step or query them again.
    keep: Option<PathBuf>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--sqlite-between") {
        let rest = &args[at + 1..];
        sqlite_between_process(&rest[0], &rest[1], &rest[2]);
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--dump-articles") {
        dump_articles(&args[at + 1..]);
        return;
    }
    if !args.iter().any(|a| a == "--bench") {
        check();
        return;
    }
    let quick = !args.iter().any(|a| a == "--full");
    let sizes = match args.iter().position(|a| a == "--sizes") {
        Some(at) => args[at + 1]
            .split(',')
            .map(|s| s.parse().expect("--sizes takes numbers"))
            .collect(),
        None if quick => vec![20_000],
        None => vec![10_000, 30_000, 100_000],
    };
    let only =
        |what: &str| args.windows(2).any(|w| w[0] == "--only" && w[1] == what);
    let only_extract = only("extract");
    let only_store = only("store");
    let only_rebuild = only("rebuild");
    let keep = args
        .iter()
        .position(|a| a == "--keep")
        .map(|at| PathBuf::from(&args[at + 1]));
    if let Some(at) = args.iter().position(|a| a == "--file-queries") {
        // `--file-queries OURS SQLITE`: the `between_*_file_us` figures on
        // databases a `--keep` run left (with a current chronology file).
        let options = Options {
            quick,
            sizes: Vec::new(),
            only_extract: false,
            only_store: false,
            only_rebuild: false,
            keep: None,
        };
        let (ours, theirs) =
            (Path::new(&args[at + 1]), Path::new(&args[at + 2]));
        file_query_figures(&options, ours, theirs, "");
        return;
    }
    run(&Options {
        quick,
        sizes,
        only_extract,
        only_store,
        only_rebuild,
        keep,
    });
}

/// Prints one figure line. `rate` figures are better when higher, so
/// their ratio is SQLite's over ours; for the others it is ours over
/// SQLite's; below 1 is always better for us.
fn figure(name: &str, ours: f64, unit: &str, sqlite: Option<f64>, rate: bool) {
    let show = |v: f64| {
        if v >= 100.0 {
            format!("{v:.0}")
        } else if v >= 1.0 {
            format!("{v:.2}")
        } else {
            format!("{v:.4}")
        }
    };
    let (theirs, ratio) = match sqlite {
        None => ("-".to_string(), "-".to_string()),
        Some(s) => {
            let ratio = if rate { s / ours } else { ours / s };
            (show(s), format!("{ratio:.3}"))
        }
    };
    println!(
        "figure {name} {} {unit} sqlite {theirs} ratio {ratio}",
        show(ours)
    );
}

fn note(text: &str) {
    eprintln!("# {text}");
}

fn run(options: &Options) {
    note(&format!(
        "mode {}, sizes {:?}, load {}",
        if options.quick { "quick" } else { "full" },
        options.sizes,
        load_average()
    ));
    let temporary = tempfile::tempdir().expect("a temporary folder");
    let workdir = match &options.keep {
        Some(dir) => {
            std::fs::create_dir(dir).expect("--keep names a new folder");
            dir.as_path()
        }
        None => temporary.path(),
    };
    if !options.only_store && !options.only_rebuild {
        extraction_figures(options, workdir);
    }
    if options.only_extract {
        return;
    }
    let largest = *options.sizes.iter().max().expect("at least one size");
    for &size in &options.sizes {
        let suffix = if size == largest {
            String::new()
        } else {
            format!("@{}", short(size))
        };
        size_figures(options, workdir, size, &suffix);
    }
    note(&format!("done, load {}", load_average()));
}

/// `--dump-articles DIR N`: writes generated article files `0..N` into
/// `DIR`, so the release binary's `extract` output can be compared across
/// builds (the extraction speed work proves identity this way).
fn dump_articles(rest: &[String]) {
    let (Some(dir), Some(n)) = (rest.first(), rest.get(1)) else {
        eprintln!("usage: --dump-articles DIR N");
        std::process::exit(2);
    };
    let n: u64 = n.parse().expect("N is a number");
    std::fs::create_dir_all(dir).expect("the folder can be made");
    for i in 0..n {
        let path = Path::new(dir).join(format!("gen-{i:07}.txt"));
        std::fs::write(path, corpus::article_text(SEED, i)).expect("write");
    }
}

fn short(n: u64) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => {
            format!("{}M", n / 1_000_000)
        }
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

/// CPU seconds this thread has used (user + system), from the kernel's
/// 100 Hz accounting: the machine is shared, so wall time alone overstates
/// what one core needs.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return f64::NAN;
    };
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(f64::NAN)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// `extract_mb_s` and `ingest_articles_s` over generated article files.
fn extraction_figures(options: &Options, workdir: &Path) {
    let n = if options.quick { 300 } else { 1_000 };
    let articles = corpus::articles(SEED, n);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let timed = time_extraction(&articles);
    let (seconds, cpu, rounds) = (timed.seconds, timed.cpu, timed.rounds);
    let observations = timed.observations;
    note(&format!(
        "extraction: {n} articles, {} bytes on average, {} observations \
         each round, {rounds} rounds; {:.2} MB per CPU second",
        bytes / n as usize,
        observations,
        bytes as f64 / cpu / 1e6
    ));
    figure("extract_mb_s", bytes as f64 / seconds / 1e6, "MB/s", None, true);
    seed_extraction_figure();

    let path = workdir.join("ingest.db");
    let mut store =
        Store::open(&path, OpenMode::CreateIfMissing, 0).expect("a new store");
    let started = Instant::now();
    let cpu = cpu_seconds();
    for batch in articles.chunks(BATCH / 2) {
        ingest::ingest_articles(&mut store, batch.to_vec(), 0).expect("ingest");
        store.flush().expect("flush");
    }
    let seconds = started.elapsed().as_secs_f64();
    note(&format!(
        "ingest: {n} articles in batches of {}, {:.1} s, {:.1} CPU s",
        BATCH / 2,
        seconds,
        cpu_seconds() - cpu
    ));
    figure("ingest_articles_s", n as f64 / seconds, "articles/s", None, true);
}

/// One extraction-only measurement: rounds over every article for at
/// least 2 s, one thread; seconds and CPU seconds are per round.
struct Timed {
    seconds: f64,
    cpu: f64,
    rounds: usize,
    observations: usize,
}

fn time_extraction(articles: &[Article]) -> Timed {
    let started = Instant::now();
    let cpu = cpu_seconds();
    let mut observations = 0;
    let mut rounds = 0;
    while rounds == 0 || started.elapsed() < Duration::from_secs(2) {
        for article in articles {
            observations += ingest::extract_article(article).observations.len();
        }
        rounds += 1;
    }
    Timed {
        seconds: started.elapsed().as_secs_f64() / rounds as f64,
        cpu: (cpu_seconds() - cpu) / rounds as f64,
        rounds,
        observations: observations / rounds,
    }
}

/// `extract_seeds_mb_s`: extraction alone, one thread, on the seed
/// articles in `seeds/` (real news prose, 3.4-5.7 kB each, richer in names,
/// quotes and clauses than the generated articles), repeated for at least
/// 2 s.
fn seed_extraction_figure() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("seeds/")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let info = SourceInfo {
        published_at: Day::parse("2025-08-16"),
        ..SourceInfo::default()
    };
    let articles: Vec<Article> = files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a seed article");
            let name = path.file_name().map_or_else(String::new, |name| {
                name.to_string_lossy().into_owned()
            });
            Article::from_text(&name, text, &info, &SourceInfo::default())
                .expect("a seed article")
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let timed = time_extraction(&articles);
    let (seconds, cpu, rounds) = (timed.seconds, timed.cpu, timed.rounds);
    note(&format!(
        "seed extraction: {} articles, {bytes} bytes, {rounds} rounds; {:.2} \
         MB per CPU second",
        articles.len(),
        bytes as f64 / cpu / 1e6
    ));
    figure(
        "extract_seeds_mb_s",
        bytes as f64 / seconds / 1e6,
        "MB/s",
        None,
        true,
    );
}

/// Builds both databases of `size` events and prints every per-size
/// figure.
fn size_figures(options: &Options, workdir: &Path, size: u64, suffix: &str) {
    let n_articles = (size as usize).div_ceil(PER_ARTICLE);
    let ours_path = workdir.join(format!("ours-{size}.db"));
    let theirs_path = workdir.join(format!("sqlite-{size}.db"));
    let mut generator = corpus::RecordGen::new(SEED, PER_ARTICLE, false);

    let mut store = Store::open(&ours_path, OpenMode::CreateIfMissing, 0)
        .expect("a new store");
    let mut connection = sqlite::create(&theirs_path).expect("sqlite");
    let (mut ours_time, mut theirs_time) = (Duration::ZERO, Duration::ZERO);
    // This thread's CPU seconds on each side: the machine is shared, and
    // wall time alone mostly measures the load.
    let (mut ours_cpu, mut theirs_cpu) = (0.0, 0.0);
    let mut made = 0;
    while made < n_articles {
        let take = BATCH.min(n_articles - made);
        let batch: Vec<[Record; 2]> =
            (0..take).map(|_| generator.next_article()).collect();
        made += take;
        let started = Instant::now();
        let cpu = cpu_seconds();
        sqlite::insert_batch(&mut connection, &batch).expect("sqlite insert");
        theirs_cpu += cpu_seconds() - cpu;
        theirs_time += started.elapsed();
        let started = Instant::now();
        let cpu = cpu_seconds();
        let records: Vec<Record> = batch.into_iter().flatten().collect();
        append_and_project(&mut store, records, 0).expect("append");
        store.flush().expect("flush");
        ours_cpu += cpu_seconds() - cpu;
        ours_time += started.elapsed();
    }
    let events = projection::event_count(&store.projection()).expect("count");
    note(&format!(
        "{size} observations in {n_articles} articles: {events} consolidated \
         events; built in {:.1} s, {ours_cpu:.2} CPU s (sqlite {:.1} s, \
         {theirs_cpu:.2} CPU s), load {}",
        ours_time.as_secs_f64(),
        theirs_time.as_secs_f64(),
        load_average()
    ));
    figure(
        &format!("store_ingest_obs_s{suffix}"),
        size as f64 / ours_time.as_secs_f64(),
        "obs/s",
        Some(size as f64 / theirs_time.as_secs_f64()),
        true,
    );
    if !options.only_rebuild {
        query_figures(options, &store, &connection, suffix);
    }

    let started = Instant::now();
    let cpu = cpu_seconds();
    let rebuilt = ingest::rebuild_in_memory(&store).expect("rebuild");
    let seconds = started.elapsed().as_secs_f64();
    note(&format!(
        "rebuild: {} records in {seconds:.3} s, {:.2} CPU s",
        store.head(),
        cpu_seconds() - cpu
    ));
    drop(rebuilt);
    figure(
        &format!("rebuild_records_s{suffix}"),
        store.head() as f64 / seconds,
        "records/s",
        None,
        true,
    );
    drop(store);
    drop(connection);
    if options.only_rebuild {
        return;
    }
    // sled releases its lock asynchronously (see store::open_sled).
    std::thread::sleep(Duration::from_millis(100));
    process_figure(options, &ours_path, &theirs_path, suffix);
    file_query_figures(options, &ours_path, &theirs_path, suffix);
    open_and_size_figures(&ours_path, &theirs_path, size, suffix);
    if options.keep.is_none() {
        let _ = std::fs::remove_dir_all(&ours_path);
        let _ = std::fs::remove_file(&theirs_path);
    }
}

/// Random windows of `days` days, starting anywhere in the corpus.
fn windows(seed: u64, days: i32, n: usize) -> Vec<(Day, Day)> {
    let mut rng = corpus::Rng::new(seed);
    let range = (corpus::last_day().0 - corpus::first_day().0 - days) as usize;
    (0..n)
        .map(|_| {
            let from = corpus::first_day().plus(rng.below(range) as i32);
            (from, from.plus(days - 1))
        })
        .collect()
}

fn window_query(from: Day, to: Day) -> Query {
    Query {
        from,
        to,
        kinds: vec![],
        actors: vec![],
        articles: vec![],
        statuses: vec![],
        min_sources: 0,
    }
}

/// Median and 99th percentile, in microseconds.
fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() - 1) as f64 * q).round() as usize;
        samples[i].as_secs_f64() * 1e6
    };
    (at(0.5), at(0.99))
}

fn query_figures(
    options: &Options,
    store: &Store,
    connection: &rusqlite::Connection,
    suffix: &str,
) {
    for (label, days, count) in window_sets(options) {
        let windows = windows(SEED + days as u64, days, count);
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        let (mut ours_rows, mut theirs_rows) = (0, 0);
        let mut most_sources = 0;
        let mut candidates = 0;
        for &(from, to) in &windows {
            let query = window_query(from, to);
            let started = Instant::now();
            let events = query::run(&store.projection(), &query).expect("run");
            ours.push(started.elapsed());
            ours_rows += events.len();
            // Not timed: how many ids the time index hands the query for
            // the events it keeps (each candidate is loaded and decoded).
            candidates += projection::chronology::event_ids_between(
                &store.projection(),
                from,
                to,
            )
            .expect("ids")
            .len();
            let sources = events.iter().map(|e| e.sources.len()).max();
            most_sources = most_sources.max(sources.unwrap_or(0));
            let started = Instant::now();
            let rows = sqlite::between(connection, from, to).expect("sqlite");
            theirs.push(started.elapsed());
            theirs_rows += rows.len();
        }
        note(&format!(
            "between {label}: {count} windows, {:.1} events per answer \
             from {:.1} candidates (sqlite {:.1} rows); the largest event \
             has {most_sources} sources",
            ours_rows as f64 / count as f64,
            candidates as f64 / count as f64,
            theirs_rows as f64 / count as f64
        ));
        window_figures(label, "", ours, theirs, suffix);
    }
}

/// The windows each `between_*` figure is measured over: label, days,
/// how many (a tenth as many one-year windows).
fn window_sets(options: &Options) -> [(&'static str, i32, usize); 3] {
    let n = if options.quick { 300 } else { 1_000 };
    [("1d", 1, n), ("1w", 7, n), ("1y", 365, n / 10)]
}

/// Prints `between_{label}{infix}_us` (medians) and, for one week, its
/// 99th percentile `between_1w{infix}_p99_us`.
fn window_figures(
    label: &str,
    infix: &str,
    ours: Vec<Duration>,
    theirs: Vec<Duration>,
    suffix: &str,
) {
    let (ours_median, ours_p99) = percentiles(ours);
    let (theirs_median, theirs_p99) = percentiles(theirs);
    let name = format!("between_{label}{infix}_us{suffix}");
    figure(&name, ours_median, "us", Some(theirs_median), false);
    if label == "1w" {
        let name = format!("between_1w{infix}_p99_us{suffix}");
        figure(&name, ours_p99, "us", Some(theirs_p99), false);
    }
}

/// The `between_*` figures again, on the chronology file: what a
/// `between` process reads when the file is current (the common case),
/// called in-process (`query::run_on_chronology_file`: header, directory,
/// the index blocks and records of the window, each checked), against the
/// same SQLite query on a connection opened for it. The same windows as
/// `query_figures`; the file must exist (`process_figure` leaves it).
fn file_query_figures(
    options: &Options,
    ours_path: &Path,
    theirs_path: &Path,
    suffix: &str,
) {
    let connection = sqlite::open(theirs_path).expect("sqlite");
    for (label, days, count) in window_sets(options) {
        let windows = windows(SEED + days as u64, days, count);
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for &(from, to) in &windows {
            let query = window_query(from, to);
            let started = Instant::now();
            let (events, _) = query::run_on_chronology_file(ours_path, &query)
                .expect("the chronology file answers");
            ours.push(started.elapsed());
            std::hint::black_box(events);
            let started = Instant::now();
            let rows = sqlite::between(&connection, from, to).expect("sqlite");
            theirs.push(started.elapsed());
            std::hint::black_box(rows);
        }
        window_figures(label, "_file", ours, theirs, suffix);
    }
}

/// A whole `summit-timeline between` process against a whole process that
/// opens the SQLite database and runs the same query (this benchmark
/// binary, re-run with `--sqlite-between`).
fn process_figure(
    options: &Options,
    ours_path: &Path,
    theirs: &Path,
    suffix: &str,
) {
    let runs = if options.quick { 15 } else { 31 };
    let windows = windows(SEED + 99, 7, runs);
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_summit-timeline"));
    let me = std::env::current_exe().expect("own path");
    first_query_note(&binary, ours_path, windows[0]);
    let (mut ours, mut sqlite_times) = (Vec::new(), Vec::new());
    for (from, to) in windows {
        let (from, to) = (from.to_string(), to.to_string());
        let started = Instant::now();
        let status = Command::new(&binary)
            .arg("--db")
            .arg(ours_path)
            .args(["between", &from, &to])
            .stdout(Stdio::null())
            .status()
            .expect("run summit-timeline");
        ours.push(started.elapsed());
        assert!(status.success(), "summit-timeline between failed");
        let started = Instant::now();
        let status = Command::new(&me)
            .arg("--sqlite-between")
            .arg(theirs)
            .args([&from, &to])
            .stdout(Stdio::null())
            .status()
            .expect("run the sqlite helper");
        sqlite_times.push(started.elapsed());
        assert!(status.success(), "sqlite helper failed");
    }
    let (ours, _) = percentiles(ours);
    let (theirs, _) = percentiles(sqlite_times);
    let name = format!("between_1w_process_ms{suffix}");
    figure(&name, ours / 1e3, "ms", Some(theirs / 1e3), false);
}

/// The cost of the first `between` after a change: no chronology file, so
/// the process opens sled, answers, and writes the file (median of three,
/// the file removed before each). Leaves the file in place, so that
/// `between_1w_process_ms` measures the common case: a current file.
fn first_query_note(binary: &Path, ours_path: &Path, (from, to): (Day, Day)) {
    let file =
        ours_path.join(summit_timeline::store::chronology_file::FILE_NAME);
    let mut times = Vec::new();
    for _ in 0..3 {
        let _ = std::fs::remove_file(&file);
        let started = Instant::now();
        let status = Command::new(binary)
            .arg("--db")
            .arg(ours_path)
            .args(["between", &from.to_string(), &to.to_string()])
            .stdout(Stdio::null())
            .status()
            .expect("run summit-timeline");
        times.push(started.elapsed());
        assert!(status.success(), "summit-timeline between failed");
        // sled releases its lock asynchronously (see store::open_sled).
        std::thread::sleep(Duration::from_millis(100));
    }
    let bytes = std::fs::metadata(&file).map(|meta| meta.len()).unwrap_or(0);
    assert!(bytes > 0, "the first between wrote no chronology file");
    let (median, _) = percentiles(times);
    let events = {
        let store =
            Store::open(ours_path, OpenMode::MustExist, 0).expect("open");
        projection::event_count(&store.projection()).expect("count")
    };
    std::thread::sleep(Duration::from_millis(100));
    note(&format!(
        "first between (sled, then the chronology file written): {:.1} ms; \
         the file: {bytes} bytes, {:.0} B per consolidated event",
        median / 1e3,
        bytes as f64 / events.max(1) as f64
    ));
}

/// The SQLite side of `between_1w_process_ms`: open, query, print.
fn sqlite_between_process(db: &str, from: &str, to: &str) {
    use std::io::Write;
    let connection = sqlite::open(Path::new(db)).expect("open sqlite");
    let from = Day::parse(from).expect("from");
    let to = Day::parse(to).expect("to");
    let rows = sqlite::between(&connection, from, to).expect("query");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for row in rows {
        let (status, location, quote, file) = row.rest;
        let _ = writeln!(
            out,
            "{}..{} {} {status} {} {} [{}] {} {file} {:?} {:?} {:?}",
            Day(row.start),
            Day(row.end),
            row.kind,
            row.summary,
            row.evidence,
            row.actors.unwrap_or_default(),
            row.article,
            location,
            quote,
            row.published.map(Day),
        );
    }
}

fn dir_bytes(path: &Path) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else { return 0 };
    if meta.is_file() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|entries| {
            entries.flatten().map(|entry| dir_bytes(&entry.path())).sum()
        })
        .unwrap_or(0)
}

fn open_and_size_figures(ours: &Path, theirs: &Path, size: u64, suffix: &str) {
    let (mut ours_times, mut theirs_times) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let started = Instant::now();
        let store = Store::open(ours, OpenMode::MustExist, 0).expect("open");
        ours_times.push(started.elapsed());
        drop(store);
        // sled releases its lock asynchronously (see store::open_sled).
        std::thread::sleep(Duration::from_millis(50));
        let started = Instant::now();
        let connection = sqlite::open(theirs).expect("open sqlite");
        sqlite::count(&connection).expect("count");
        theirs_times.push(started.elapsed());
    }
    let (ours_open, _) = percentiles(ours_times);
    let (theirs_open, _) = percentiles(theirs_times);
    figure(
        &format!("open_ms{suffix}"),
        ours_open / 1e3,
        "ms",
        Some(theirs_open / 1e3),
        false,
    );
    let theirs_bytes = dir_bytes(theirs)
        + dir_bytes(&theirs.with_extension("db-wal"))
        + dir_bytes(&theirs.with_extension("db-shm"));
    figure(
        &format!("bytes_per_event{suffix}"),
        dir_bytes(ours) as f64 / size as f64,
        "B",
        Some(theirs_bytes as f64 / size as f64),
        false,
    );
}

/// Without `--bench`: the generator is deterministic and SQLite answers
/// what summit-timeline answers on the same data. Times nothing.
fn check() {
    let a = corpus::article_text(SEED, 7);
    assert_eq!(a, corpus::article_text(SEED, 7), "text is deterministic");
    let articles = corpus::articles(SEED, 40);
    let observations: usize = articles
        .iter()
        .map(|a| ingest::extract_article(a).observations.len())
        .sum();
    assert!(observations >= 40, "generated articles yield observations");

    let workdir = tempfile::tempdir().expect("a temporary folder");
    let mut store =
        Store::open(&workdir.path().join("ours"), OpenMode::CreateIfMissing, 0)
            .expect("store");
    let mut connection =
        sqlite::create(&workdir.path().join("sqlite.db")).expect("sqlite");
    let mut generator = corpus::RecordGen::new(SEED, PER_ARTICLE, true);
    let batch: Vec<[Record; 2]> =
        (0..300).map(|_| generator.next_article()).collect();
    sqlite::insert_batch(&mut connection, &batch).expect("sqlite insert");
    for records in batch {
        append_and_project(&mut store, records.to_vec(), 0).expect("append");
    }
    let mut compared = 0;
    for (from, to) in windows(SEED, 30, 50) {
        let events = query::run(&store.projection(), &window_query(from, to))
            .expect("query");
        let mut ours: Vec<(String, u32)> = events
            .iter()
            .flat_map(|e| e.sources.iter())
            .map(|s| (s.article.clone(), s.span.start))
            .collect();
        let mut theirs: Vec<(String, u32)> = Vec::new();
        for row in sqlite::between(&connection, from, to).expect("sqlite") {
            let o = member(&store, &row.article, row.index);
            theirs.push((row.article, o));
        }
        ours.sort();
        theirs.sort();
        assert_eq!(ours, theirs, "same answer for {from}..{to}");
        compared += ours.len();
    }
    assert!(compared > 0, "the windows found something");
    println!("timeline bench check: {compared} answers agree");
    println!("2 passed, 0 failed");
}

/// The byte offset of observation `index` of an article, as our sources
/// report it.
fn member(store: &Store, article: &str, index: u32) -> u32 {
    let view = projection::article(&store.projection(), article)
        .expect("read")
        .expect("article");
    let record = store.read(view.added_seq + 1).expect("observations");
    match record.record {
        Record::ObservationsRecorded { observations, .. } => {
            observations[index as usize].span.start
        }
        _ => panic!("the record after an article holds its observations"),
    }
}
