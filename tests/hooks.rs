//! `keyhound hook install|uninstall` on repositories built here, and the installed scripts run by
//! real `git commit` and `git push`. Hooks are installed by the binary under test, so the scripts
//! call that binary (`current_exe()`), not whatever `keyhound` is on PATH.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::git::{git_in, Repo};
use common::{assert_contains, run_in, Gen, Run, Workspace};

/// Marker line every keyhound script carries.
const MARKER: &str = "# keyhound-hook:";

fn hook(repo: &Repo, name: &str) -> PathBuf {
    repo.path().join(".git/hooks").join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `keyhound ARGS` in `dir` and insists on exit 0.
fn keyhound_ok(dir: &Path, args: &[&str]) -> Run {
    let run = run_in(dir, args, None);
    assert_eq!(
        run.code, 0,
        "keyhound {args:?}: {}{}",
        run.stdout, run.stderr
    );
    run
}

/// Writes an executable script.
fn script(path: &Path, body: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, body).expect("write script");
    set_mode(path, 0o755);
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

/// Runs git like `git_in` but returns (success, stdout + stderr) instead of panicking, for
/// commands a hook is expected to refuse.
fn git_try(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = common::git::git_command(dir, args)
        .stdin(Stdio::null())
        .output()
        .expect("run git");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn secret_line(seed: u64) -> String {
    format!("STRIPE_KEY = \"{}\"\n", Gen::new(seed).stripe_live())
}

#[test]
fn install_writes_an_executable_marked_script_that_calls_this_binary() {
    let repo = Repo::new();
    let run = keyhound_ok(repo.path(), &["hook", "install"]);
    assert_contains(&run.stdout, "installed the pre-commit hook");
    let path = hook(&repo, "pre-commit");
    let text = read(&path);
    assert!(text.starts_with("#!/bin/sh\n"), "{text}");
    assert_contains(&text, MARKER);
    assert_contains(&text, env!("CARGO_BIN_EXE_keyhound"));
    assert_contains(&text, "scan --staged");
    assert_eq!(mode(&path), 0o755);
    assert!(!hook(&repo, "pre-push").exists());
}

#[test]
fn installing_twice_changes_nothing() {
    let repo = Repo::new();
    keyhound_ok(repo.path(), &["hook", "install"]);
    let first = read(&hook(&repo, "pre-commit"));
    let again = keyhound_ok(repo.path(), &["hook", "install"]);
    assert_contains(&again.stdout, "already installed");
    assert_eq!(read(&hook(&repo, "pre-commit")), first);
    let names: Vec<String> = std::fs::read_dir(repo.path().join(".git/hooks"))
        .expect("hooks dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("keyhound"))
        .collect();
    assert!(names.is_empty(), "no chained or backup files: {names:?}");
}

#[test]
fn an_existing_hook_is_chained_runs_first_and_is_restored_by_uninstall() {
    let repo = Repo::new();
    let marker = repo.path().join(".git/custom-hook-ran");
    let custom = format!("#!/bin/sh\necho ran >> '{}'\n", marker.display());
    script(&hook(&repo, "pre-commit"), &custom);

    let run = keyhound_ok(repo.path(), &["hook", "install"]);
    assert_contains(&run.stdout, "pre-commit.keyhound-chained");
    assert_contains(&read(&hook(&repo, "pre-commit")), MARKER);
    assert_eq!(read(&hook(&repo, "pre-commit.keyhound-chained")), custom);

    // A clean commit passes through both hooks.
    repo.commit("clean", &[("README.md", "hello\n")]);
    assert_eq!(read(&marker), "ran\n", "the chained hook ran");

    let run = keyhound_ok(repo.path(), &["hook", "uninstall"]);
    assert_contains(&run.stdout, "put back");
    assert_eq!(read(&hook(&repo, "pre-commit")), custom);
    assert!(!hook(&repo, "pre-commit.keyhound-chained").exists());
}

#[test]
fn a_failing_chained_hook_blocks_the_commit() {
    let repo = Repo::new();
    script(
        &hook(&repo, "pre-commit"),
        "#!/bin/sh\necho 'lint failed' >&2\nexit 7\n",
    );
    keyhound_ok(repo.path(), &["hook", "install"]);
    repo.ws.write("a.txt", "fine\n");
    repo.git(&["add", "a.txt"]);
    let (ok, out) = git_try(repo.path(), &["commit", "-q", "-m", "x"]);
    assert!(!ok, "commit must fail: {out}");
    assert_contains(&out, "lint failed");
}

#[test]
fn uninstall_without_a_keyhound_hook_leaves_other_hooks_alone() {
    let repo = Repo::new();
    let run = keyhound_ok(repo.path(), &["hook", "uninstall"]);
    assert_contains(&run.stdout, "no keyhound pre-commit hook");
    script(&hook(&repo, "pre-commit"), "#!/bin/sh\nexit 0\n");
    let run = keyhound_ok(repo.path(), &["hook", "uninstall"]);
    assert_contains(&run.stdout, "not keyhound's hook");
    assert_eq!(read(&hook(&repo, "pre-commit")), "#!/bin/sh\nexit 0\n");

    keyhound_ok(repo.path(), &["hook", "install", "--pre-push"]);
    keyhound_ok(repo.path(), &["hook", "uninstall", "--pre-push"]);
    assert!(!hook(&repo, "pre-push").exists());
    assert!(!hook(&repo, "pre-push.keyhound-chained").exists());
}

#[test]
fn a_symlinked_hook_is_refused_unless_forced() {
    let repo = Repo::new();
    script(
        &repo.path().join("scripts/pre-commit"),
        "#!/bin/sh\nexit 0\n",
    );
    std::fs::create_dir_all(repo.path().join(".git/hooks")).expect("mkdir");
    std::os::unix::fs::symlink("../../scripts/pre-commit", hook(&repo, "pre-commit"))
        .expect("symlink");
    let run = run_in(repo.path(), &["hook", "install"], None);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert_contains(&run.stderr, "symbolic link");
    assert_contains(&run.stderr, "--force");
    let run = keyhound_ok(repo.path(), &["hook", "install", "--force"]);
    assert_contains(&run.stdout, "pre-commit.keyhound-backup");
    assert!(
        std::fs::symlink_metadata(hook(&repo, "pre-commit.keyhound-backup"))
            .expect("backup")
            .is_symlink()
    );
}

#[test]
fn core_hooks_path_is_respected_relative_to_the_worktree_root() {
    let repo = Repo::new();
    repo.git(&["config", "core.hooksPath", ".githooks"]);
    std::fs::create_dir_all(repo.path().join("src")).expect("mkdir");
    keyhound_ok(&repo.path().join("src"), &["hook", "install"]);
    let installed = repo.path().join(".githooks/pre-commit");
    assert_contains(&read(&installed), MARKER);
    assert!(!hook(&repo, "pre-commit").exists());
    // git runs it from there.
    let marker = repo.path().join(".git/custom-hook-ran");
    keyhound_ok(repo.path(), &["hook", "uninstall"]);
    script(
        &installed,
        &format!("#!/bin/sh\necho ran >> '{}'\n", marker.display()),
    );
    keyhound_ok(repo.path(), &["hook", "install"]);
    repo.commit("clean", &[("README.md", "hello\n")]);
    assert_eq!(read(&marker), "ran\n");
}

#[test]
fn a_linked_worktree_installs_into_the_shared_hooks_folder() {
    let repo = Repo::new();
    repo.commit("first", &[("README.md", "hello\n")]);
    let outside = Workspace::new();
    let linked = outside.path().join("linked");
    let linked_str = linked.to_str().expect("utf-8 temp path");
    repo.git(&["worktree", "add", "-q", "-b", "feature", linked_str]);
    let run = keyhound_ok(&linked, &["hook", "install"]);
    assert_contains(&read(&hook(&repo, "pre-commit")), MARKER);
    assert!(!repo.path().join(".git/worktrees/linked/hooks").exists());
    assert_contains(
        &run.stdout,
        &repo.path().join(".git/hooks").display().to_string(),
    );
}

#[test]
fn husky_and_lefthook_get_the_line_to_add() {
    let repo = Repo::new();
    std::fs::create_dir_all(repo.path().join(".husky")).expect("mkdir");
    let run = keyhound_ok(repo.path(), &["hook", "install"]);
    assert_contains(&run.stdout, ".husky/pre-commit");
    assert_contains(&run.stdout, "\n    keyhound scan --staged");
    assert_contains(&read(&hook(&repo, "pre-commit")), MARKER);

    let repo = Repo::new();
    repo.ws.write("lefthook.yml", "pre-push:\n  commands: {}\n");
    let run = keyhound_ok(repo.path(), &["hook", "install"]);
    assert_contains(
        &run.stdout,
        "pre-commit:\n  commands:\n    keyhound:\n      run: keyhound scan --staged",
    );
}

#[test]
fn a_husky_wrapper_is_not_chained() {
    // husky v9: core.hooksPath=.husky/_ and a wrapper that finds .husky/<its own name>.
    let repo = Repo::new();
    repo.git(&["config", "core.hooksPath", ".husky/_"]);
    script(
        &repo.path().join(".husky/_/pre-commit"),
        "#!/usr/bin/env sh\n. \"$(dirname \"$0\")/h\"\n",
    );
    let run = run_in(repo.path(), &["hook", "install"], None);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert_contains(&run.stderr, "husky");
    assert_contains(&run.stderr, "keyhound scan --staged");
    assert!(!repo
        .path()
        .join(".husky/_/pre-commit.keyhound-chained")
        .exists());
}

/// A repository with a bare `origin` and keyhound's pre-push hook, whose chained hook records
/// its arguments and standard input.
struct Pushing {
    repo: Repo,
    _remote: Workspace,
    seen: PathBuf,
}

fn pushing() -> Pushing {
    let repo = Repo::new();
    let remote = Workspace::new();
    git_in(remote.path(), &["init", "-q", "--bare", "-b", "main"], 0);
    let url = remote.path().to_str().expect("utf-8 temp path");
    repo.git(&["remote", "add", "origin", url]);
    let seen = repo.path().join(".git/chained-seen");
    script(
        &hook(&repo, "pre-push"),
        &format!(
            "#!/bin/sh\n{{ echo \"args: $*\"; cat; }} >> '{}'\n",
            seen.display()
        ),
    );
    let run = keyhound_ok(repo.path(), &["hook", "install", "--pre-push"]);
    assert_contains(&run.stdout, "pre-push.keyhound-chained");
    Pushing {
        repo,
        _remote: remote,
        seen,
    }
}

#[test]
fn pre_push_scans_the_pushed_commits_of_a_new_and_an_existing_branch() {
    let p = pushing();
    let repo = &p.repo;
    repo.commit("clean", &[("README.md", "hello\n")]);
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", "main"]);
    assert!(ok, "a clean new branch is pushed: {out}");
    let seen = read(&p.seen);
    assert_contains(&seen, "args: origin ");
    assert_contains(&seen, "refs/heads/main ");

    // Existing branch: a secret in the pushed commits blocks the push.
    repo.commit("add key", &[("config.py", &secret_line(1))]);
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", "main"]);
    assert!(!ok, "the secret must block the push: {out}");
    assert_contains(&out, "stripe-secret-key");
    assert_contains(&out, "push blocked");
    assert_contains(&out, "git push --no-verify");

    // Forced through, then a clean commit on top: only remote..local is scanned, so it passes.
    let (ok, out) = git_try(
        repo.path(),
        &["push", "-q", "--no-verify", "origin", "main"],
    );
    assert!(ok, "{out}");
    repo.commit("docs", &[("docs.md", "more\n")]);
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", "main"]);
    assert!(ok, "already-pushed history is not rescanned: {out}");

    // New branch: only what no remote-tracking branch has is scanned (not main's old secret)...
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.commit("feature", &[("feature.md", "clean\n")]);
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", "feature"]);
    assert!(ok, "{out}");
    // ...and a secret on a new branch blocks it.
    repo.git(&["checkout", "-q", "-b", "leaky"]);
    repo.commit("leak", &[("leak.env", &secret_line(2))]);
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", "leaky"]);
    assert!(!ok, "{out}");
    assert_contains(&out, "stripe-secret-key");

    // Deleting a remote branch publishes nothing and passes.
    let (ok, out) = git_try(repo.path(), &["push", "-q", "origin", ":feature"]);
    assert!(ok, "{out}");
}

#[test]
fn a_failing_chained_pre_push_hook_blocks_the_push() {
    let p = pushing();
    script(
        &hook(&p.repo, "pre-push.keyhound-chained"),
        "#!/bin/sh\ncat >/dev/null\necho 'tests failed' >&2\nexit 1\n",
    );
    p.repo.commit("clean", &[("README.md", "hello\n")]);
    let (ok, out) = git_try(p.repo.path(), &["push", "-q", "origin", "main"]);
    assert!(!ok, "{out}");
    assert_contains(&out, "tests failed");
}

#[test]
fn the_hook_falls_back_to_keyhound_on_path_when_its_binary_is_gone() {
    let repo = Repo::new();
    keyhound_ok(repo.path(), &["hook", "install"]);
    let path = hook(&repo, "pre-commit");
    let text = read(&path).replace(env!("CARGO_BIN_EXE_keyhound"), "/nonexistent/keyhound");
    script(&path, &text);
    // No keyhound on PATH: the commit is blocked with a message, never passed unscanned.
    repo.ws.write("a.txt", "fine\n");
    repo.git(&["add", "a.txt"]);
    let without: Vec<PathBuf> =
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .filter(|dir| !dir.join("keyhound").exists())
            .collect();
    let without = std::env::join_paths(&without).expect("PATH");
    let (ok, out) = commit_with_path(&repo, without.to_str().expect("utf-8 PATH"));
    assert!(!ok, "{out}");
    assert_contains(&out, "cannot find keyhound");
    // With keyhound on PATH, it is used.
    let bin = Path::new(env!("CARGO_BIN_EXE_keyhound"))
        .parent()
        .expect("bin dir")
        .to_str()
        .expect("utf-8");
    let with = format!("{bin}:{}", without.to_str().expect("utf-8 PATH"));
    let (ok, out) = commit_with_path(&repo, &with);
    assert!(ok, "{out}");
}

/// `git commit` with `PATH` set to `path`; returns (success, stderr).
fn commit_with_path(repo: &Repo, path: &str) -> (bool, String) {
    let out = Command::new("git")
        .args(["commit", "-q", "-m", "x"])
        .current_dir(repo.path())
        .env("PATH", path)
        .env("HOME", repo.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Ada Example")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_COMMITTER_NAME", "Ada Example")
        .env("GIT_COMMITTER_EMAIL", "ada@example.com")
        .output()
        .expect("git commit");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn pre_commit_frameworks_push_stage_scans_the_pushed_range() {
    let repo = Repo::new();
    let clean = repo.commit("clean", &[("README.md", "hello\n")]);
    let leaky = repo.commit("leak", &[("config.py", &secret_line(3))]);
    let scan = |from: &str, to: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_keyhound"))
            .args(["scan", "--staged", "--format", "json"])
            .current_dir(repo.path())
            .env("PRE_COMMIT_FROM_REF", from)
            .env("PRE_COMMIT_TO_REF", to)
            .output()
            .expect("keyhound");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
        (out.status.code(), json["findings"].as_array().map(Vec::len))
    };
    assert_eq!(scan(&clean, &leaky), (Some(1), Some(1)));
    assert_eq!(scan(&leaky, &leaky), (Some(0), Some(0)));
}

#[test]
fn a_staged_secret_blocks_the_commit_and_a_clean_one_passes() {
    let repo = Repo::new();
    repo.commit("first", &[("README.md", "hello\n")]);
    keyhound_ok(repo.path(), &["hook", "install"]);

    // A secret in an untracked file that is not staged does not block.
    repo.ws.write("notes.local", secret_line(4));
    repo.ws.write("clean.txt", "nothing to see\n");
    repo.git(&["add", "clean.txt"]);
    let (ok, out) = git_try(repo.path(), &["commit", "-q", "-m", "clean"]);
    assert!(ok, "a clean commit passes: {out}");

    repo.ws.write("config.py", secret_line(5));
    repo.git(&["add", "config.py"]);
    let (ok, out) = git_try(repo.path(), &["commit", "-q", "-m", "leak"]);
    assert!(!ok, "a staged secret blocks the commit: {out}");
    assert_contains(&out, "stripe-secret-key");
    assert_contains(&out, "commit blocked");
    assert_contains(&out, "keyhound:allow");
    assert_contains(&out, "git commit --no-verify");
}
