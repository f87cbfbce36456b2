//! The HTML export in a real headless browser (Debian's `chromium`;
//! `.ci/run` installs it): the page builds its event list and detail panel,
//! a screenshot is not blank, and a hostile article's script never runs.
//!
//! Without Chromium these tests fail with a message saying how to install
//! it, rather than passing without having looked. `SUMMIT_CHROMIUM` names
//! another binary.

use super::export::{embedded_data, ingest_hostile};
use super::support::TestEnv;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The longest a browser run may take before the test fails.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

/// The Chromium binary, or a failure that says how to get one.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("SUMMIT_CHROMIUM") {
        return PathBuf::from(path);
    }
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    panic!(
        "the browser tests need Chromium, which was not found at \
         /usr/bin/chromium: install it with `apt-get install -y chromium` \
         (.ci/run does this) or set SUMMIT_CHROMIUM to a Chromium binary"
    );
}

/// Runs headless Chromium on `url` with `extra` flags; returns stdout.
fn run_chromium(env: &TestEnv, url: &str, extra: &[String]) -> String {
    let profile = env.path("chromium-profile");
    // A file, not a pipe: a pipe nobody reads while waiting would fill up
    // and stall the browser.
    let out_path = env.path("chromium-stdout.txt");
    let out_file = std::fs::File::create(&out_path).expect("stdout file");
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .env("HOME", env.dir.path())
        .stdout(out_file)
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + BROWSER_TIMEOUT;
    while child.try_wait().expect("poll chromium").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium took longer than {BROWSER_TIMEOUT:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = child.wait().expect("chromium status");
    assert!(status.success(), "chromium failed on {url}: {status}");
    let stdout = std::fs::read(&out_path).expect("chromium stdout");
    String::from_utf8_lossy(&stdout).into_owned()
}

/// The DOM after the page's script ran.
fn dump_dom(env: &TestEnv, page: &Path, fragment: &str) -> String {
    let url = format!("file://{}{fragment}", page.display());
    let dom = run_chromium(env, &url, &["--dump-dom".to_string()]);
    assert!(dom.contains("<html"), "no DOM dumped for {url}: {dom}");
    dom
}

/// Exports the HTML timeline of `env`'s database to `name`.
fn export_page(env: &TestEnv, name: &str) -> PathBuf {
    let path = env.path(name);
    let target = path.to_string_lossy().into_owned();
    env.run(&["export", "--format", "html", "-o", &target]).expect_code(0);
    path
}

/// The id of the seeds' Alaska summit: the meeting on 2025-08-15 with the
/// most sources.
fn summit(env: &TestEnv) -> (String, u64) {
    let run = env.run(&[
        "between",
        "2025-08-15",
        "2025-08-15",
        "--type",
        "meeting",
        "--format",
        "json",
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&run.expect_code(0).stdout).expect("JSON");
    let events = json["events"].as_array().expect("events");
    let best = events
        .iter()
        .max_by_key(|e| e["n_sources"].as_u64().unwrap_or(0))
        .expect("a meeting on 2025-08-15");
    let id = best["id"].as_str().expect("id").to_string();
    (id, best["n_sources"].as_u64().expect("n_sources"))
}

#[test]
fn seeds_page_shows_the_summit_with_its_five_sources() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", &seeds.to_string_lossy()]).expect_code(0);
    let page = export_page(&env, "seeds.html");
    let n_events =
        embedded_data(&std::fs::read_to_string(&page).expect("page"))["events"]
            .as_array()
            .expect("events")
            .len();
    let dom = dump_dom(&env, &page, "");
    assert!(dom.contains(&format!("data-rendered=\"{n_events}\"")));
    assert!(dom.contains(&format!("Showing {n_events} of {n_events} events")));
    assert!(dom.matches("role=\"listitem\"").count() >= 10, "list rows");
    assert!(dom.contains("class=\"chip\""), "type filters");
    let (id, n_sources) = summit(&env);
    assert_eq!(n_sources, 5, "the summit has five sources");
    let dom = dump_dom(&env, &page, &format!("#event={id}"));
    let panel = dom.find(&format!("data-event=\"{id}\"")).expect("detail");
    let detail = &dom[panel..];
    assert!(detail.contains("5 articles"));
    assert!(detail.contains("Anchorage") || detail.contains("Alaska"));
    for entry in std::fs::read_dir(&seeds).expect("seeds") {
        let name = entry.expect("entry").file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".txt") {
            assert!(detail.contains(name.as_ref()), "{name} not cited");
        }
    }
    assert!(detail.contains("<blockquote>"), "quoted evidence");
}

#[test]
fn hostile_article_script_does_not_run() {
    let env = TestEnv::new();
    ingest_hostile(&env);
    let page = export_page(&env, "hostile.html");
    let data = embedded_data(&std::fs::read_to_string(&page).expect("page"));
    let events = data["events"].as_array().expect("events");
    let hostile = events.iter().filter(|e| e.to_string().contains("pwned"));
    for event in hostile {
        let id = event["id"].as_str().expect("id");
        let dom = dump_dom(&env, &page, &format!("#event={id}"));
        assert!(dom.contains("data-rendered="), "the page's script ran");
        assert!(!dom.contains("pwned-body\""), "injected body id");
        assert!(!dom.contains("id=\"pwned"), "injected element");
        assert!(!dom.contains("<img"), "injected image");
        let title_end = dom.find("</title>").expect("title");
        assert!(!dom[..title_end].contains("pwned"), "title was changed");
        assert!(dom.contains("<title>summit-timeline: "));
        assert!(!dom.contains("href=\"javascript"), "script URL linked");
    }
    let dom = dump_dom(&env, &page, "");
    assert!(
        dom.contains(
            "&lt;script&gt;document.body.id='pwned-body'&lt;/script&gt;"
        ),
        "the hostile text is shown as text"
    );
    let quoted = events
        .iter()
        .find(|e| e.to_string().contains("onerror"))
        .expect("an event quoting the image tag");
    let id = quoted["id"].as_str().expect("id");
    let dom = dump_dom(&env, &page, &format!("#event={id}"));
    assert!(dom.contains("&lt;/script&gt;&lt;img src=x onerror="));
}

#[test]
fn screenshot_of_the_timeline_is_not_blank() {
    let env = TestEnv::new();
    let seeds = env.seeds("seeds");
    env.run(&["ingest", &seeds.to_string_lossy()]).expect_code(0);
    let page = export_page(&env, "seeds.html");
    let png = env.path("timeline.png");
    let url = format!("file://{}", page.display());
    run_chromium(
        &env,
        &url,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1400,900".to_string(),
        ],
    );
    let bytes = std::fs::read(&png).expect("a screenshot file");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().expect("width"));
    let height = u32::from_be_bytes(bytes[20..24].try_into().expect("height"));
    assert_eq!((width, height), (1400, 900));
    // A blank 1400x900 page compresses to a few kilobytes; lanes, marks and
    // text make it much larger and make its bytes varied.
    assert!(bytes.len() > 40_000, "screenshot is {} bytes", bytes.len());
    let mut seen = [false; 256];
    for byte in &bytes {
        seen[usize::from(*byte)] = true;
    }
    assert!(seen.iter().filter(|s| **s).count() > 200, "uniform bytes");
}
