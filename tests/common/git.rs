//! Git repositories built by tests with the `git` command line, with fixed identities and dates
//! so that commits are reproducible.

use std::path::Path;
use std::process::Command;

use super::Workspace;

/// A workspace that is a git repository.
pub struct Repo {
    pub ws: Workspace,
    /// Seconds added to the base date for each commit, so commit order is unambiguous.
    tick: std::cell::Cell<u64>,
}

impl Repo {
    /// `git init` on branch `main`.
    pub fn new() -> Repo {
        let repo = Repo {
            ws: Workspace::new(),
            tick: std::cell::Cell::new(0),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    pub fn path(&self) -> &Path {
        self.ws.path()
    }

    /// Runs git in the repository and returns its trimmed stdout; panics on failure.
    pub fn git(&self, args: &[&str]) -> String {
        git_in(self.path(), args, self.tick.get())
    }

    /// Writes files, stages everything and commits; returns the commit id.
    pub fn commit(&self, message: &str, files: &[(&str, &str)]) -> String {
        for (path, content) in files {
            self.ws.write(path, content);
        }
        self.git(&["add", "-A"]);
        self.tick.set(self.tick.get() + 60);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.git(&["rev-parse", "HEAD"])
    }

    /// Removes a file and commits; returns the commit id.
    pub fn delete(&self, message: &str, path: &str) -> String {
        self.git(&["rm", "-q", path]);
        self.tick.set(self.tick.get() + 60);
        self.git(&["commit", "-q", "-m", message]);
        self.git(&["rev-parse", "HEAD"])
    }
}

/// A git command in `dir` with a fixed identity and no system or user configuration.
pub fn git_command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("git");
    cmd.args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Ada Example")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_COMMITTER_NAME", "Ada Example")
        .env("GIT_COMMITTER_EMAIL", "ada@example.com")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir);
    cmd
}

/// Runs git in `dir` with a fixed identity and a date `tick` seconds after a fixed base.
pub fn git_in(dir: &Path, args: &[&str], tick: u64) -> String {
    let date = format!("{} +0000", 1_700_000_000 + tick);
    let out = git_command(dir, args)
        .env("GIT_AUTHOR_DATE", &date)
        .env("GIT_COMMITTER_DATE", &date)
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}
