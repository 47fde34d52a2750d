//! Hook managers that own a repository's hooks and regenerate them: husky and lefthook. A script
//! keyhound writes beside theirs lasts only until their next install, so keyhound tells the user
//! the line to add to the manager's own configuration instead of guessing at editing it.

use std::path::Path;

use super::{Kind, Location};

/// A hook manager keyhound knows how to advise about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Manager {
    /// husky (npm): hooks are shell files in `.husky/`, run through `core.hooksPath=.husky/_`.
    Husky,
    /// lefthook: hooks are declared in `lefthook.yml` and installed into the hooks folder.
    Lefthook,
}

/// lefthook's configuration file names, in the order lefthook reads them.
const LEFTHOOK_FILES: &[&str] = &[
    "lefthook.yml",
    ".lefthook.yml",
    "lefthook.yaml",
    ".lefthook.yaml",
];

/// The managers that appear to own the hooks of the repository at `location`.
pub fn detect(location: &Location) -> Vec<Manager> {
    let mut found = Vec::new();
    let husky_dir = location
        .worktree
        .as_deref()
        .is_some_and(|root| root.join(".husky").is_dir());
    if husky_dir || in_husky(&location.dir) {
        found.push(Manager::Husky);
    }
    if let Some(root) = &location.worktree {
        if LEFTHOOK_FILES.iter().any(|f| root.join(f).is_file()) {
            found.push(Manager::Lefthook);
        }
    }
    found
}

/// Whether `dir` is (inside) a `.husky` folder, as husky's `core.hooksPath=.husky/_` is.
pub fn in_husky(dir: &Path) -> bool {
    dir.components().any(|c| c.as_os_str() == ".husky")
}

/// Whether a hook file's content is a husky wrapper. husky's wrappers find the user's hook by
/// their own file name, so renaming one to chain it would silently stop that hook from running.
pub fn is_husky_wrapper(content: &[u8]) -> bool {
    memchr::memmem::find(content, b"husky").is_some()
        || memchr::memmem::find(content, br#". "$(dirname "$0")/h""#).is_some()
}

/// The command a manager's hook should run for `kind`.
pub fn command(kind: Kind) -> &'static str {
    match kind {
        Kind::PreCommit => "keyhound scan --staged",
        // Managers run a fixed command, so scan what no remote-tracking branch has yet.
        Kind::PrePush => "keyhound scan --range ..HEAD",
    }
}

impl Manager {
    /// What the user should add to the manager's configuration, as text to print.
    pub fn advice(self, kind: Kind) -> String {
        let name = kind.file_name();
        let command = command(kind);
        match self {
            Manager::Husky => format!(
                "husky manages this repository's hooks and regenerates them; add this line to \
                 .husky/{name}:\n    {command}"
            ),
            Manager::Lefthook => format!(
                "lefthook manages this repository's hooks and regenerates them; add this to \
                 lefthook.yml:\n{name}:\n  commands:\n    keyhound:\n      run: {command}"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn husky_is_recognised_by_folder_and_wrapper() {
        assert!(in_husky(Path::new("/repo/.husky/_")));
        assert!(!in_husky(Path::new("/repo/.git/hooks")));
        assert!(is_husky_wrapper(
            b"#!/usr/bin/env sh\n. \"$(dirname \"$0\")/h\"\n"
        ));
        assert!(!is_husky_wrapper(b"#!/bin/sh\nmake lint\n"));
        let advice = Manager::Lefthook.advice(Kind::PreCommit);
        assert!(advice.ends_with(
            "pre-commit:\n  commands:\n    keyhound:\n      run: keyhound scan --staged"
        ));
    }
}
