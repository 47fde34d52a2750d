//! Where git looks for hooks. Installing anywhere else would leave a script git never runs, so
//! this follows git's own rule: `core.hooksPath` when set (a relative value is relative to the
//! working tree's root, where hooks run), else `hooks/` in the *common* git directory, which
//! linked worktrees share with the main repository.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The hooks folder of one repository, and what is needed to explain it to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The folder git runs hooks from (it may not exist yet).
    pub dir: PathBuf,
    /// The working tree's root, where git runs hooks and where hook managers keep their config;
    /// `None` for a bare repository.
    pub worktree: Option<PathBuf>,
    /// Whether `dir` comes from `core.hooksPath` rather than the git directory.
    pub from_hooks_path: bool,
}

/// Finds the hooks folder of the repository at or above `start`.
pub fn locate(start: &Path) -> Result<Location, Error> {
    let repo = crate::sources::git::open(start)?;
    let git_error = |message: String| Error::Git {
        path: start.to_path_buf(),
        message,
    };
    let worktree = repo.workdir().map(absolute).transpose()?;
    let configured = repo
        .config_snapshot()
        .trusted_path("core.hooksPath")
        .map_err(|e| git_error(format!("core.hooksPath: {e}")))?;
    let location = match configured {
        Some(path) if !path.as_os_str().is_empty() => {
            // Git runs hooks from the working tree's root (the git directory when bare), so a
            // relative hooksPath is relative to that.
            let base = match &worktree {
                Some(root) => root.clone(),
                None => absolute(repo.git_dir())?,
            };
            Location {
                dir: base.join(path),
                worktree,
                from_hooks_path: true,
            }
        }
        _ => Location {
            // A linked worktree's common dir reads `.git/worktrees/<name>/../..`: resolve it,
            // so that messages name the folder plainly.
            dir: std::fs::canonicalize(repo.common_dir())
                .or_else(|_| absolute(repo.common_dir()))?
                .join("hooks"),
            worktree,
            from_hooks_path: false,
        },
    };
    Ok(location)
}

/// `path` made absolute against the current directory, so messages name a folder the user can
/// find from anywhere.
fn absolute(path: &Path) -> Result<PathBuf, Error> {
    std::path::absolute(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}
