//! Git as a source. History scans read the object database directly ([`odb`]): every unique blob
//! is scanned once, whatever number of commits hold it, and only blobs with findings are then
//! traced to the commit and path that introduced them ([`attribute`]). Range scans ([`range`])
//! diff each commit of `BASE..HEAD` against its parents and scan what changed. [`history`] turns
//! per-blob findings into per-path findings with their commit. Staged scans ([`staged`]) compare
//! the index with HEAD for a pre-commit hook.

pub mod attribute;
pub mod commits;
pub mod config_at;
pub mod history;
pub mod new_branch;
pub mod odb;
pub mod range;
pub mod staged;

use std::path::Path;

use crate::error::{Error, Result};

/// Opens the repository at or above `path` (a working tree, a linked worktree or a bare
/// repository).
pub fn open(path: &Path) -> Result<gix::Repository> {
    let repo = gix::discover(path).map_err(|e| Error::Git {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(repo)
}

/// Reads blob `id` and scans it as `origin`; a blob that cannot be read is reported and makes
/// the scan incomplete.
pub(crate) fn scan_object(
    repo: &gix::Repository,
    id: gix::ObjectId,
    origin: &crate::sources::Origin,
    scanner: &crate::scan::Scanner,
    max_size: u64,
) {
    match repo.find_object(id) {
        Ok(object) => crate::sources::scan_capped(scanner, origin, &object.data, max_size),
        Err(e) => scanner.skip(&origin.path, format!("cannot read blob {id}: {e}")),
    }
}

/// Short display form of an object id in messages.
pub fn short(id: &gix::oid) -> String {
    id.to_hex_with_len(12).to_string()
}

/// Makes a gix error into a library error about `repo`.
pub(crate) fn git_error(repo: &gix::Repository, e: impl std::fmt::Display) -> Error {
    Error::Git {
        path: repo.git_dir().to_path_buf(),
        message: e.to_string(),
    }
}
