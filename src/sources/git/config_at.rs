//! The configuration as a commit holds it. CI reads `.keyhound.toml` from the base of a pull
//! request or push, never from the working tree (the head under review), so that a change
//! cannot allowlist the secret it adds.

use std::path::{Path, PathBuf};

use super::git_error;
use crate::config::{Config, FILE_NAME};
use crate::error::{Error, Result};

/// Reads `.keyhound.toml` from the root tree of commit `rev` and parses it with `root` (the
/// repository's working directory) as the base of its relative paths. `Ok(None)` when that
/// commit has no such file: the caller decides what an absent config means (in CI, an empty
/// one, never the working tree's). A `rev` that does not resolve, or a commit whose tree is not
/// in the repository (a shallow clone), is an error.
pub fn load(repo: &gix::Repository, rev: &str, root: &Path) -> Result<Option<Config>> {
    let id = repo
        .rev_parse_single(rev)
        .map_err(|e| git_error(repo, format!("cannot resolve {rev:?}: {e}")))?;
    let commit = repo
        .find_commit(id.detach())
        .map_err(|e| git_error(repo, format!("{rev}: not a commit in this clone: {e}")))?;
    let tree = commit
        .tree()
        .map_err(|e| git_error(repo, format!("{rev}: cannot read its tree: {e}")))?;
    let Some(entry) = tree.find_entry(FILE_NAME) else {
        return Ok(None);
    };
    let origin = PathBuf::from(format!("{rev}:{FILE_NAME}"));
    if !entry.mode().is_blob() {
        return Err(Error::Config {
            path: origin,
            message: "not a regular file".to_string(),
        });
    }
    let blob = entry
        .object()
        .map_err(|e| git_error(repo, format!("{}: {e}", origin.display())))?;
    let text = std::str::from_utf8(&blob.data).map_err(|e| Error::Config {
        path: origin.clone(),
        message: format!("not UTF-8: {e}"),
    })?;
    let mut config = Config::parse(text, root.to_path_buf()).map_err(|message| Error::Config {
        path: origin.clone(),
        message,
    })?;
    config.file = Some(origin);
    Ok(Some(config))
}
