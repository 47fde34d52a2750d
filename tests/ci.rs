//! `keyhound ci` on repositories built here, with recorded GitHub event payloads
//! (`tests/fixtures/github/*.json`) whose commit ids are filled in from the built repository:
//! what each event scans, which config applies (the base's, never the pull request's), and what
//! the job sees (exit status, annotations, job summary, SARIF), never with a raw secret.

mod common;

use std::path::Path;
use std::process::Command;

use common::git::{git_in, Repo};
use common::{assert_contains, Gen};
use serde_json::Value;

/// One run of `keyhound ci` and everything it wrote.
struct Ci {
    code: i32,
    stdout: String,
    stderr: String,
    summary: String,
    sarif: Option<Value>,
}

impl Ci {
    /// The workflow commands written to standard output.
    fn annotations(&self) -> Vec<&str> {
        self.stdout
            .lines()
            .filter(|l| l.starts_with("::"))
            .collect()
    }

    fn results(&self) -> Vec<Value> {
        let sarif = self.sarif.as_ref().expect("SARIF written");
        sarif["runs"][0]["results"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Asserts that no output holds any of `secrets` in full.
    #[track_caller]
    fn assert_redacted(&self, secrets: &[String]) {
        let sarif = self
            .sarif
            .as_ref()
            .map(Value::to_string)
            .unwrap_or_default();
        for secret in secrets {
            for (name, text) in [
                ("stdout", &self.stdout),
                ("stderr", &self.stderr),
                ("summary", &self.summary),
                ("SARIF", &sarif),
            ] {
                assert!(!text.contains(secret.as_str()), "raw secret in {name}");
            }
        }
    }
}

/// Runs `keyhound ci` in `dir` for `event`, with the payload `fixture` whose placeholders
/// (`__BASE__`, `__HEAD__`, `__BEFORE__`, `__AFTER__`) are replaced by `ids`.
fn ci(dir: &Path, event: &str, fixture: &str, ids: &[(&str, &str)], extra: &[&str]) -> Ci {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/github");
    let mut payload = std::fs::read_to_string(fixtures.join(fixture)).expect("fixture");
    for (name, id) in ids {
        payload = payload.replace(&format!("__{name}__"), id);
    }
    let out = tempfile::tempdir().expect("temp dir");
    let event_path = out.path().join("event.json");
    std::fs::write(&event_path, payload).expect("write payload");
    let summary_path = out.path().join("summary.md");
    let sarif_path = out.path().join("keyhound.sarif");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_keyhound"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("GITHUB_") {
            cmd.env_remove(key);
        }
    }
    let output = cmd
        .arg("ci")
        .arg("--sarif")
        .arg(&sarif_path)
        .args(extra)
        .current_dir(dir)
        .env("GITHUB_EVENT_NAME", event)
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_STEP_SUMMARY", &summary_path)
        .output()
        .expect("run keyhound ci");
    let sarif = std::fs::read_to_string(&sarif_path)
        .ok()
        .map(|t| serde_json::from_str(&t).expect("SARIF is JSON"));
    Ci {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        summary: std::fs::read_to_string(&summary_path).unwrap_or_default(),
        sarif,
    }
}

fn pull_request(repo: &Repo, base: &str, head: &str) -> Ci {
    ci(
        repo.path(),
        "pull_request",
        "pull_request.json",
        &[("BASE", base), ("HEAD", head)],
        &[],
    )
}

#[test]
fn a_pull_request_cannot_allowlist_its_own_secret() {
    let mut gen = Gen::new(21);
    let repo = Repo::new();
    let base = repo.commit("initial", &[("README.md", "# app\n")]);
    repo.git(&["checkout", "-q", "-b", "feature"]);
    let secret = gen.stripe_live();
    let other = gen.stripe_live();
    let fingerprint = keyhound::findings::fingerprint("stripe-secret-key", secret.as_bytes());
    let allow = format!(
        "[allow]\npaths = [\"config/**\", \"deploy/**\"]\nfingerprints = [\"{fingerprint}\"]\n"
    );
    let head = repo.commit(
        "add billing",
        &[
            ("config/billing.env", &format!("STRIPE_KEY={secret}\n")),
            ("deploy/prod,eu:1.env", &format!("# prod\nSTRIPE={other}\n")),
            (".keyhound.toml", &allow),
        ],
    );
    // The head's config would hide both: `scan --range` in the working tree uses it.
    let local = repo
        .ws
        .run(&["scan", "--range", &format!("{base}..{head}")]);
    assert_eq!(local.code, 0, "{}{}", local.stdout, local.stderr);

    let run = pull_request(&repo, &base, &head);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let annotations = run.annotations();
    assert_eq!(annotations.len(), 2, "{}", run.stdout);
    assert!(annotations.iter().all(|a| a.starts_with("::error file=")));
    assert!(annotations
        .iter()
        .any(|a| a.starts_with("::error file=config/billing.env,line=1,endLine=1,col=12,")));
    // Property values escape `,` and `:`; the message escapes newlines.
    assert!(annotations
        .iter()
        .any(|a| a.starts_with("::error file=deploy/prod%2Ceu%3A1.env,line=2,")));
    assert!(annotations.iter().all(|a| a.contains("%0ARotate it: ")));
    assert_contains(&run.summary, "## keyhound: 2 findings");
    assert_contains(&run.summary, "config/billing.env:1");
    assert_contains(&run.summary, &head[..7]);
    assert_contains(&run.summary, "### How to rotate");
    assert_contains(&run.summary, "has no `.keyhound.toml`");
    assert_eq!(run.results().len(), 2);
    run.assert_redacted(&[secret, other]);
}

#[test]
fn the_base_config_applies_and_a_clean_pull_request_passes() {
    let repo = Repo::new();
    let base = repo.commit(
        "initial",
        &[
            ("README.md", "# app\n"),
            (".keyhound.toml", "[allow]\npaths = [\"fixtures/**\"]\n"),
        ],
    );
    repo.git(&["checkout", "-q", "-b", "feature"]);
    let fixture = Gen::new(22).stripe_live();
    let head = repo.commit(
        "tests",
        &[
            ("src/lib.rs", "pub fn f() {}\n"),
            ("fixtures/keys.env", &format!("K={fixture}\n")),
        ],
    );
    let run = pull_request(&repo, &base, &head);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.annotations().is_empty(), "{}", run.stdout);
    assert_contains(&run.summary, "## keyhound: no secrets found");
    assert_contains(&run.summary, "`.keyhound.toml` from the base");
    assert!(run.results().is_empty());
    run.assert_redacted(&[fixture]);
}

#[test]
fn more_than_ten_findings_give_ten_annotations_worst_first() {
    let mut gen = Gen::new(23);
    let repo = Repo::new();
    let base = repo.commit("initial", &[("README.md", "# app\n")]);
    let secrets: Vec<String> = (0..12).map(|_| gen.stripe_live()).collect();
    let keys: String = secrets
        .iter()
        .enumerate()
        .map(|(i, s)| format!("KEY_{i}={s}\n"))
        .collect();
    // Public-by-design keys sort first by path, but last by severity.
    let public = format!("STRIPE_PK=pk_live_{}\n", gen.chars(common::BASE62, 48));
    let head = repo.commit(
        "many keys",
        &[("z/keys.env", &keys), ("a/public.env", &public)],
    );
    let run = pull_request(&repo, &base, &head);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let annotations = run.annotations();
    assert_eq!(annotations.len(), 10, "{}", run.stdout);
    for (i, a) in annotations.iter().enumerate() {
        assert!(
            a.starts_with(&format!("::error file=z/keys.env,line={},", i + 1)),
            "{a}"
        );
        assert_contains(a, "(critical)");
    }
    assert_eq!(run.results().len(), 13);
    assert_contains(&run.summary, "## keyhound: 13 findings");
    assert_contains(&run.summary, "stripe-publishable-key");
    run.assert_redacted(&secrets);
}

#[test]
fn a_push_scans_before_to_after_with_the_config_of_before() {
    let mut gen = Gen::new(24);
    let repo = Repo::new();
    let old = gen.stripe_live();
    repo.commit("old key", &[("legacy.env", &format!("OLD={old}\n"))]);
    let before = repo.commit("docs", &[("README.md", "# app\n")]);
    let secret = gen.stripe_live();
    let after = repo.commit(
        "configure billing",
        &[
            ("billing.env", &format!("STRIPE_KEY={secret}\n")),
            (".keyhound.toml", "[allow]\npaths = [\"*.env\"]\n"),
        ],
    );
    let ids = [("BEFORE", before.as_str()), ("AFTER", after.as_str())];
    let run = ci(repo.path(), "push", "push.json", &ids, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let results = run.results();
    assert_eq!(results.len(), 1, "only what the push introduced");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "billing.env"
    );
    assert_contains(&run.summary, "push range");
    run.assert_redacted(&[old, secret]);

    // A push that adds nothing secret passes, whatever history holds.
    let later = repo.commit("more docs", &[("docs.md", "more\n")]);
    let ids = [("BEFORE", after.as_str()), ("AFTER", later.as_str())];
    let clean = ci(repo.path(), "push", "push.json", &ids, &[]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
}

#[test]
fn a_new_branch_push_scans_the_commits_no_other_branch_has() {
    let mut gen = Gen::new(25);
    let origin = Repo::new();
    let published = gen.stripe_live();
    origin.commit("old key", &[("legacy.env", &format!("OLD={published}\n"))]);
    origin.git(&["checkout", "-q", "-b", "feature"]);
    let secret = gen.stripe_live();
    let after = origin.commit("feature key", &[("feature.env", &format!("K={secret}\n"))]);
    // The runner's clone: remote-tracking branches for main and for the pushed branch itself.
    let runner = tempfile::tempdir().unwrap();
    let url = format!("file://{}", origin.path().display());
    git_in(runner.path(), &["clone", "-q", &url, "clone"], 0);
    let clone = runner.path().join("clone");
    git_in(&clone, &["checkout", "-q", "feature"], 0);
    let run = ci(
        &clone,
        "push",
        "push_new_branch.json",
        &[("AFTER", after.as_str())],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let results = run.results();
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "feature.env"
    );
    assert_contains(&run.summary, "new branch feature (1 commits");
    run.assert_redacted(&[published, secret]);
}

#[test]
fn a_deleted_branch_has_nothing_to_scan() {
    let repo = Repo::new();
    let before = repo.commit("initial", &[("README.md", "# app\n")]);
    let run = ci(
        repo.path(),
        "push",
        "push_deleted.json",
        &[("BEFORE", before.as_str())],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.annotations().is_empty());
    assert!(run.results().is_empty());
    assert_contains(&run.stderr, "deleted refs/heads/feature");
}

#[test]
fn dispatch_and_schedule_scan_all_history() {
    let repo = Repo::new();
    let secret = Gen::new(26).stripe_live();
    repo.commit("initial", &[("README.md", "# app\n")]);
    repo.commit("oops", &[("config/prod.env", &format!("KEY={secret}\n"))]);
    repo.delete("remove the key", "config/prod.env");
    for (event, fixture) in [
        ("workflow_dispatch", "workflow_dispatch.json"),
        ("schedule", "schedule.json"),
    ] {
        let run = ci(repo.path(), event, fixture, &[], &[]);
        assert_eq!(run.code, 1, "{event}: {}", run.stderr);
        let results = run.results();
        assert_eq!(results.len(), 1, "{event}");
        assert_eq!(
            results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "config/prod.env"
        );
        let escaped = event.replace('_', "\\_");
        assert_contains(&run.summary, &format!("full history ({escaped} event)"));
        run.assert_redacted(std::slice::from_ref(&secret));
    }
}

#[test]
fn a_shallow_clone_lacking_the_base_fails_with_the_checkout_fix() {
    let origin = Repo::new();
    let base = origin.commit("initial", &[("README.md", "# app\n")]);
    origin.git(&["checkout", "-q", "-b", "feature"]);
    origin.commit("one", &[("a.txt", "a\n")]);
    let head = origin.commit("two", &[("b.txt", "b\n")]);
    let runner = tempfile::tempdir().unwrap();
    let url = format!("file://{}", origin.path().display());
    git_in(
        runner.path(),
        &[
            "clone", "-q", "--depth", "1", "--branch", "feature", &url, "clone",
        ],
        0,
    );
    let clone = runner.path().join("clone");
    let run = ci(
        &clone,
        "pull_request",
        "pull_request.json",
        &[("BASE", base.as_str()), ("HEAD", head.as_str())],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert_contains(&run.stderr, "fetch-depth: 0");
    assert!(run.annotations().is_empty());
}

#[test]
fn missing_environment_is_a_clear_error() {
    let repo = Repo::new();
    repo.commit("initial", &[("README.md", "# app\n")]);
    let run = common::run_in(repo.path(), &["ci"], None);
    if std::env::var_os("GITHUB_EVENT_NAME").is_none() {
        assert_eq!(run.code, 2);
        assert_contains(&run.stderr, "GITHUB_EVENT_NAME is not set");
    }
    let bad = ci(
        repo.path(),
        "pull_request",
        "push.json",
        &[("BEFORE", "x"), ("AFTER", "y")],
        &[],
    );
    assert_eq!(bad.code, 2);
    assert_contains(&bad.stderr, "pull_request.base.sha");
}
