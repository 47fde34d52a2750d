//! `keyhound scan --history` and `--range` on repositories built here: what a person rotating a
//! key asks of history (which commit, who, is it still at HEAD) and what CI asks of a range (only
//! what the pull request introduced; never "clean" on history that is not there).

mod common;

use common::git::{git_in, Repo};
use common::{assert_contains, Gen, Run};
use serde_json::Value;

/// (path, commit summary or "-", in_head) of each finding, sorted.
fn placed(run: &Run) -> Vec<(String, String, Option<bool>)> {
    let mut out: Vec<_> = run.json()["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["commit"]["summary"].as_str().unwrap_or("-").to_string(),
                f["in_head"].as_bool(),
            )
        })
        .collect();
    out.sort();
    out
}

fn history(repo: &Repo) -> Run {
    repo.ws.run(&["scan", "--history", "--format", "json"])
}

fn range(repo: &Repo, spec: &str) -> Run {
    repo.ws.run(&["scan", "--range", spec, "--format", "json"])
}

/// The repository of the acceptance scenario, and the ids a test needs.
struct Story {
    repo: Repo,
    secrets: Vec<String>,
    dangling: String,
    before_side: String,
    side_merged: String,
    before_edits: String,
}

fn story() -> Story {
    let mut gen = Gen::new(7);
    let repo = Repo::new();
    repo.commit("initial", &[("README.md", "# app\n")]);
    let deleted = gen.stripe_live();
    repo.commit(
        "add production config",
        &[("config/prod.env", &format!("STRIPE_KEY={deleted}\n"))],
    );
    repo.delete("remove secrets", "config/prod.env");
    let before_side = repo.git(&["rev-parse", "HEAD"]);
    repo.git(&["checkout", "-q", "-b", "side"]);
    let side = gen.stripe_live();
    repo.commit(
        "side work",
        &[("side/client.py", &format!("key = \"{side}\"\n"))],
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.commit("main work", &[("src/lib.rs", "pub fn f() {}\n")]);
    repo.git(&["merge", "-q", "--no-ff", "side", "-m", "merge side"]);
    let side_merged = repo.git(&["rev-parse", "HEAD"]);
    // Content that exists only in a merge commit: in neither parent.
    repo.git(&["checkout", "-q", "-b", "other"]);
    repo.commit("other work", &[("other.txt", "o\n")]);
    repo.git(&["checkout", "-q", "main"]);
    repo.commit("more main work", &[("main.txt", "m\n")]);
    repo.git(&["merge", "-q", "--no-ff", "--no-commit", "other"]);
    let merged = gen.stripe_live();
    repo.ws
        .write("deploy/merge.env", format!("TOKEN={merged}\n"));
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "merge other with deploy token"]);
    let before_edits = repo.git(&["rev-parse", "HEAD"]);
    let edited = gen.stripe_live();
    repo.commit("app key", &[("app.env", &format!("A={edited}\n"))]);
    repo.commit("edit 1", &[("app.env", &format!("# one\nA={edited}\n"))]);
    repo.commit(
        "edit 2",
        &[("app.env", &format!("# one\n# two\nA={edited}\n"))],
    );
    repo.commit(
        "edit 3",
        &[("app.env", &format!("# one\n# two\nA={edited}\nB=3\n"))],
    );
    let dangling_key = gen.stripe_live();
    repo.ws.write("dangling.txt", format!("K={dangling_key}\n"));
    let dangling = repo.git(&["hash-object", "-w", "dangling.txt"]);
    std::fs::remove_file(repo.path().join("dangling.txt")).expect("rm");
    Story {
        repo,
        secrets: vec![deleted, side, merged, edited, dangling_key],
        dangling,
        before_side,
        side_merged,
        before_edits,
    }
}

fn expected_history(dangling: &str) -> Vec<(String, String, Option<bool>)> {
    let row = |p: &str, c: &str, h: bool| (p.to_string(), c.to_string(), Some(h));
    let mut rows = vec![
        row("app.env", "app key", true),
        row("config/prod.env", "add production config", false),
        row("deploy/merge.env", "merge other with deploy token", true),
        row("side/client.py", "side work", true),
        row(dangling, "-", false),
    ];
    rows.sort();
    rows
}

#[test]
fn history_reports_each_secret_once_at_the_commit_that_introduced_it() {
    let s = story();
    let run = history(&s.repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(placed(&run), expected_history(&s.dangling));
    let report = run.json();
    let deleted = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "config/prod.env")
        .unwrap();
    assert_eq!(deleted["exposure"], "history");
    assert_eq!(deleted["commit"]["author"], "Ada Example");
    assert_eq!(deleted["commit"]["email"], "ada@example.com");
    assert_eq!(deleted["commit"]["date"], "2023-11-14T22:15:20+00:00");
    assert_eq!(deleted["commit"]["id"].as_str().unwrap().len(), 40);
    for secret in &s.secrets {
        assert!(
            !run.stdout.contains(secret.as_str()),
            "raw secret in report"
        );
    }
    assert!(report["summary"]["complete"].as_bool().unwrap());
}

#[test]
fn packed_and_loose_objects_give_the_same_answer() {
    let s = story();
    let loose = placed(&history(&s.repo));
    s.repo.git(&["gc", "-q"]);
    assert!(
        s.repo
            .path()
            .join(".git/objects/pack")
            .read_dir()
            .unwrap()
            .count()
            > 0
    );
    assert_eq!(placed(&history(&s.repo)), loose);
}

#[test]
fn a_bare_clone_has_the_same_history_findings() {
    let s = story();
    let bare = tempfile::tempdir().unwrap();
    let target = bare.path().join("app.git");
    git_in(
        s.repo.path(),
        &[
            "clone",
            "-q",
            "--bare",
            "--no-local",
            ".",
            target.to_str().unwrap(),
        ],
        0,
    );
    let run = common::run_in(
        bare.path(),
        &["scan", "--history", "--format", "json", "app.git"],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    // A clone carries no dangling blob; everything else is there.
    let mut expected = expected_history(&s.dangling);
    expected.retain(|(p, _, _)| *p != s.dangling);
    assert_eq!(placed(&run), expected);
}

#[test]
fn working_tree_files_are_added_without_scanning_committed_content_twice() {
    let s = story();
    let untracked = Gen::new(99).stripe_live();
    s.repo
        .ws
        .write("local/notes.txt", format!("NEW={untracked}\n"));
    let run = history(&s.repo);
    let rows = placed(&run);
    assert!(rows.contains(&("local/notes.txt".to_string(), "-".to_string(), None)));
    // app.env is in the working tree and in HEAD: one finding, from history.
    assert_eq!(rows.iter().filter(|r| r.0 == "app.env").count(), 1);
    assert_eq!(rows.len(), expected_history(&s.dangling).len() + 1);
}

#[test]
fn range_reports_only_what_its_commits_introduced() {
    let s = story();
    // The side branch and its merge: the side secret, attributed to the side commit.
    let run = range(&s.repo, &format!("{}..{}", s.before_side, s.side_merged));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        placed(&run),
        vec![("side/client.py".into(), "side work".into(), None)]
    );
    // Three edits of a file that already held the key introduce nothing new.
    let edits_only = range(&s.repo, "HEAD~3..HEAD");
    assert_eq!(edits_only.code, 0, "{}", edits_only.stdout);
    // Content written in a merge commit belongs to the merge.
    let merge = range(&s.repo, &format!("{}..{}", s.side_merged, s.before_edits));
    assert_eq!(
        placed(&merge),
        vec![(
            "deploy/merge.env".into(),
            "merge other with deploy token".into(),
            None
        )]
    );
    // HEAD defaults to HEAD.
    let open = range(&s.repo, &format!("{}..", s.before_edits));
    assert_eq!(
        placed(&open),
        vec![("app.env".into(), "app key".into(), None)]
    );
}

#[test]
fn a_moved_file_is_not_a_new_secret() {
    let repo = Repo::new();
    let key = Gen::new(3).stripe_live();
    repo.commit("add", &[("a/settings.env", &format!("K={key}\n"))]);
    repo.git(&["mv", "a/settings.env", "b.env"]);
    repo.commit("move", &[]);
    let run = range(&repo, "HEAD~1..HEAD");
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn a_shallow_clone_that_lacks_the_range_exits_two_with_the_fix() {
    let s = story();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", s.repo.path().display());
    git_in(
        dir.path(),
        &["clone", "-q", "--depth", "2", &url, "shallow"],
        0,
    );
    let shallow = dir.path().join("shallow");
    // BASE is not in the clone at all.
    let missing = common::run_in(&shallow, &["scan", "--range", "HEAD~5..HEAD"], None);
    assert_eq!(missing.code, 2, "{}", missing.stdout);
    assert_contains(&missing.stderr, "fetch-depth: 0");
    // BASE is there, but the range crosses the shallow boundary.
    let base = s.before_side.as_str();
    git_in(
        &shallow,
        &["fetch", "-q", "--depth", "1", "origin", base],
        0,
    );
    let edge = common::run_in(
        &shallow,
        &["scan", "--range", &format!("{base}..HEAD")],
        None,
    );
    assert_eq!(edge.code, 2, "{}", edge.stdout);
    assert_contains(&edge.stderr, "shallow");
    // A history scan of a shallow clone says it is incomplete.
    let hist = common::run_in(&shallow, &["scan", "--history", "--format", "json"], None);
    let summary = &hist.json()["summary"];
    assert_eq!(summary["complete"], false);
    assert_contains(&summary["skipped"].to_string(), "shallow clone");
}

#[test]
fn an_unreadable_object_makes_the_scan_incomplete_not_clean() {
    let repo = Repo::new();
    repo.commit("one", &[("a.txt", "hello\n")]);
    let blob = repo.git(&["rev-parse", "HEAD:a.txt"]);
    let path = repo
        .path()
        .join(".git/objects")
        .join(&blob[..2])
        .join(&blob[2..]);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    std::fs::write(&path, b"not a zlib stream").unwrap();
    std::fs::remove_file(repo.path().join("a.txt")).unwrap();
    let run = repo.ws.run(&["scan", "--history", "--format", "json"]);
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    assert_contains(&run.json()["summary"]["skipped"].to_string(), &blob);
}

#[test]
fn lfs_pointers_submodules_and_huge_blobs_are_reported_not_scanned() {
    let repo = Repo::new();
    let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
    let big = format!("K={}\n{}", Gen::new(5).stripe_live(), "x".repeat(4096));
    repo.commit("lfs and big", &[("model.bin", pointer), ("big.txt", &big)]);
    let some_commit = repo.git(&["rev-parse", "HEAD"]);
    let cacheinfo = format!("160000,{some_commit},vendor/lib");
    repo.git(&["update-index", "--add", "--cacheinfo", &cacheinfo]);
    repo.git(&["commit", "-q", "-m", "submodule"]);
    let run = repo.ws.run(&[
        "scan",
        "--history",
        "--format",
        "json",
        "--max-file-size",
        "1K",
    ]);
    let summary: &Value = &run.json()["summary"];
    let notes = summary["notes"].to_string();
    assert_contains(&notes, "Git LFS pointer");
    assert_contains(&notes, "vendor/lib");
    assert_contains(&notes, "submodule");
    assert_contains(
        &summary["skipped"].to_string(),
        "larger than --max-file-size",
    );
    assert_eq!(run.code, 3, "the big blob was not read: incomplete");
}

#[test]
fn text_report_says_who_introduced_a_secret_and_that_deleting_it_was_not_enough() {
    let s = story();
    let run = s.repo.ws.run(&["scan", "--history"]);
    assert_contains(&run.stdout, "== In git history");
    assert_contains(
        &run.stdout,
        "by Ada Example <ada@example.com> on 2023-11-14: add production config",
    );
    assert_contains(
        &run.stdout,
        "deleted from HEAD, but every clone still has it",
    );
    assert_contains(&run.stdout, "blob no commit reaches");
}

#[test]
fn bad_range_arguments_are_usage_errors() {
    let s = story();
    for spec in ["HEAD", "HEAD...main", "nope..HEAD"] {
        let run = range(&s.repo, spec);
        assert_eq!(run.code, 2, "{spec}: {}", run.stdout);
    }
    let not_a_repo = common::Workspace::new();
    let run = not_a_repo.run(&["scan", "--history"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_linked_worktree_scans_the_shared_history() {
    let s = story();
    let dir = tempfile::tempdir().unwrap();
    let linked = dir.path().join("linked");
    s.repo.git(&[
        "worktree",
        "add",
        "-q",
        "-b",
        "wt",
        linked.to_str().unwrap(),
    ]);
    let run = common::run_in(&linked, &["scan", "--history", "--format", "json"], None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(placed(&run), expected_history(&s.dangling));
}

#[test]
fn an_empty_base_means_what_no_remote_branch_has() {
    let s = story();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", s.repo.path().display());
    git_in(dir.path(), &["clone", "-q", &url, "clone"], 0);
    let clone = dir.path().join("clone");
    git_in(&clone, &["checkout", "-q", "-b", "feature"], 0);
    let key = Gen::new(11).stripe_live();
    std::fs::write(clone.join("new.env"), format!("K={key}\n")).unwrap();
    git_in(&clone, &["add", "new.env"], 0);
    git_in(&clone, &["commit", "-q", "-m", "feature secret"], 60);
    let run = common::run_in(
        &clone,
        &["scan", "--range", "..HEAD", "--format", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        placed(&run),
        vec![("new.env".into(), "feature secret".into(), None)]
    );
}

#[test]
fn a_secret_reachable_only_from_a_tag_is_attributed_to_its_commit() {
    let repo = Repo::new();
    repo.commit("initial", &[("README.md", "# app\n")]);
    repo.git(&["checkout", "-q", "-b", "hotfix"]);
    let key = Gen::new(31).stripe_live();
    repo.commit("hotfix key", &[(".npmrc", &format!("KEY={key}\n"))]);
    repo.git(&["tag", "-a", "hotfix-1", "-m", "release"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["branch", "-q", "-D", "hotfix"]);
    let run = history(&repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        placed(&run),
        vec![(".npmrc".into(), "hotfix key".into(), Some(false))]
    );
}
