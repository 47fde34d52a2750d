//! `keyhound scan --staged`, what a pre-commit hook runs: only lines the index adds relative to
//! HEAD are reported, before the first commit too; what is not staged is not read.

mod common;

use common::git::Repo;
use common::{Gen, Run};

fn staged(repo: &Repo) -> Run {
    repo.ws.run(&["scan", "--staged", "--format", "json"])
}

/// (path, line) of each finding.
fn lines(run: &Run) -> Vec<(String, u64)> {
    run.json()["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn a_secret_staged_before_the_first_commit_is_reported() {
    let repo = Repo::new();
    let key = Gen::new(1).stripe_live();
    repo.ws.write("app.env", format!("KEY={key}\n"));
    repo.git(&["add", "app.env"]);
    let run = staged(&repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(lines(&run), vec![("app.env".to_string(), 1)]);
    assert_eq!(run.json()["findings"][0]["exposure"], "staged");
    assert!(!run.stdout.contains(&key), "redacted");
}

#[test]
fn only_added_lines_count() {
    let repo = Repo::new();
    let old = Gen::new(2).stripe_live();
    repo.commit("old key", &[("app.env", &format!("OLD={old}\n"))]);
    // Editing around an existing secret adds nothing to report.
    repo.ws
        .write("app.env", format!("# billing\nOLD={old}\nDEBUG=1\n"));
    repo.git(&["add", "app.env"]);
    let run = staged(&repo);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // A new secret line in the same file is reported at its line, the old one is not.
    let new = Gen::new(3).stripe_live();
    repo.ws
        .write("app.env", format!("# billing\nOLD={old}\nNEW={new}\n"));
    repo.git(&["add", "app.env"]);
    assert_eq!(lines(&staged(&repo)), vec![("app.env".to_string(), 3)]);
}

#[test]
fn unstaged_changes_are_not_read() {
    let repo = Repo::new();
    repo.commit("clean", &[("a.txt", "hello\n")]);
    let key = Gen::new(4).stripe_live();
    repo.ws.write("a.txt", format!("hello\nK={key}\n"));
    repo.ws.write("untracked.env", format!("K={key}\n"));
    let run = staged(&repo);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["files"], 0);
}

#[test]
fn clean_changes_deletions_renames_and_binaries_pass() {
    let repo = Repo::new();
    let key = Gen::new(5).stripe_live();
    repo.commit(
        "setup",
        &[
            ("config/secrets.env", &format!("K={key}\n")),
            ("src/a.rs", "fn a() {}\n"),
        ],
    );
    repo.ws
        .write("src/a.rs", "fn a() { println!(\"changed\"); }\n");
    repo.ws
        .write("assets/logo.bin", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    repo.git(&["add", "-A"]);
    repo.git(&["rm", "-q", "--cached", "config/secrets.env"]);
    let run = staged(&repo);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["binary"], 1);
    repo.git(&["reset", "-q"]);
    repo.git(&["mv", "config/secrets.env", "config/moved.env"]);
    assert_eq!(staged(&repo).code, 0, "a move is not a new secret");
}

#[test]
fn a_pair_counts_when_its_new_half_is_added() {
    let repo = Repo::new();
    let mut gen = Gen::new(6);
    let id = gen.aws_key_id();
    repo.commit(
        "key id only",
        &[("aws.ini", &format!("[default]\naws_access_key_id = {id}\n"))],
    );
    let secret = gen.aws_secret();
    repo.ws.write(
        "aws.ini",
        format!("[default]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n"),
    );
    repo.git(&["add", "aws.ini"]);
    let run = staged(&repo);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.json()["findings"][0]["rule_id"]
        .as_str()
        .unwrap()
        .starts_with("aws"));
}

#[test]
fn staged_outside_a_repository_is_a_usage_error() {
    let ws = common::Workspace::new();
    assert_eq!(ws.run(&["scan", "--staged"]).code, 2);
}
