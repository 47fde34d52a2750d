//! Git hooks that run keyhound before a commit or a push (design §7), so that a secret is caught
//! while it is still only on the developer's machine, where removing it costs nothing.
//!
//! [`location`] finds the folder git runs hooks from; [`script`] writes the POSIX `sh` scripts;
//! [`managers`] recognises husky and lefthook, which regenerate hooks. Installing never destroys
//! a hook that is already there: a plain script is moved beside keyhound's and run first
//! (chained); anything keyhound cannot chain safely is refused unless forced, and even then it is
//! moved aside rather than deleted.

pub mod location;
pub mod managers;
pub mod script;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use location::{locate, Location};
pub use managers::Manager;

/// Suffix of the file that `--force` moves an unchainable hook to. It is kept, not run.
pub const BACKUP_SUFFIX: &str = ".keyhound-backup";

/// Which hook to install: each one catches secrets at a different moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Before a commit: scans what is staged, the cheapest moment to catch a secret.
    PreCommit,
    /// Before a push: scans the commits being published, for teams that commit freely locally.
    PrePush,
}

impl Kind {
    /// The hook's file name, as git looks it up.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::PreCommit => "pre-commit",
            Kind::PrePush => "pre-push",
        }
    }

    /// A one-line description written into the script, for whoever opens it.
    fn purpose(self) -> &'static str {
        match self {
            Kind::PreCommit => {
                "Blocks a commit whose staged changes add a secret (`keyhound scan --staged`)."
            }
            Kind::PrePush => {
                "Blocks a push whose commits add a secret (`keyhound scan --range REMOTE..LOCAL`)."
            }
        }
    }

    /// The `keyhound hook` flag that selects this kind, for messages.
    fn flag(self) -> &'static str {
        match self {
            Kind::PreCommit => "",
            Kind::PrePush => " --pre-push",
        }
    }
}

/// Why a hook could not be installed or removed.
#[derive(Debug, thiserror::Error)]
pub enum HookError {
    /// The repository could not be opened, or its config read.
    #[error(transparent)]
    Repo(#[from] crate::Error),
    /// A file in the hooks folder could not be read, written or moved.
    #[error("{path}: {source}")]
    Io {
        /// The hook, chained or backup file involved.
        path: PathBuf,
        /// The operating system's error, kept as the source for error chains.
        #[source]
        source: io::Error,
    },
    /// A hook is already there that keyhound cannot run before its own without breaking it.
    #[error(
        "{path} is {reason}, which keyhound cannot chain safely; nothing was changed.\n\
         Add `{command}` to that hook yourself, or rerun with --force to move it to {backup} \
         (it will no longer run) and install keyhound's hook"
    )]
    Unchainable {
        /// The existing hook, left untouched.
        path: PathBuf,
        /// What it is (a symbolic link, a husky wrapper...): why chaining would break it.
        reason: String,
        /// The keyhound command to add to that hook by hand instead.
        command: &'static str,
        /// Where `--force` would move the existing hook.
        backup: String,
    },
    /// `--force` would move a hook aside, but an earlier backup is in the way.
    #[error("{path} already exists: move or delete it, then install again")]
    BackupExists {
        /// The earlier backup; keyhound never overwrites it, so the user decides.
        path: PathBuf,
    },
}

/// What [`install`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    /// There was no hook: keyhound's was written.
    Created,
    /// keyhound's hook was there with the same content.
    Unchanged,
    /// keyhound's hook was there and was rewritten (another binary path or keyhound version).
    Updated,
    /// Another hook was there: it was moved to this path and keyhound's script runs it first.
    Chained(PathBuf),
    /// With `--force`: a hook keyhound could not chain was moved to this path; it no longer runs.
    Replaced(PathBuf),
}

/// What [`uninstall`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uninstalled {
    /// keyhound's hook was removed; the hook it had chained or moved aside, if any, is back in
    /// place (this names where it was kept).
    Removed {
        /// Where the restored hook had been kept; `None` when there was none to restore.
        restored: Option<PathBuf>,
    },
    /// There is no keyhound hook there.
    NotInstalled,
    /// The hook there is not keyhound's; it was left alone.
    NotOurs,
}

/// The path of the `kind` hook in `dir`.
pub fn hook_path(dir: &Path, kind: Kind) -> PathBuf {
    dir.join(kind.file_name())
}

/// `hook` with `suffix` appended to its file name.
fn beside(hook: &Path, suffix: &str) -> PathBuf {
    let mut name = hook.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Installs keyhound's `kind` hook into `dir`, calling `exe` (see [`script::render`]). An
/// existing keyhound hook is rewritten in place; another plain script is chained; a symbolic
/// link, a directory, a husky wrapper, or a hook when an earlier chained one is still in place
/// is refused, or with `force` moved to `<hook>.keyhound-backup`.
pub fn install(
    dir: &Path,
    kind: Kind,
    exe: Option<&Path>,
    force: bool,
) -> Result<Installed, HookError> {
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let hook = hook_path(dir, kind);
    let content = script::render(kind, exe);
    let chained = beside(&hook, script::CHAINED_SUFFIX);
    let outcome = match fs::symlink_metadata(&hook) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Installed::Created,
        Err(e) => return Err(io_error(&hook, e)),
        Ok(meta) => {
            let existing = if meta.is_file() {
                Some(fs::read(&hook).map_err(|e| io_error(&hook, e))?)
            } else {
                None
            };
            let refusal = match &existing {
                Some(bytes) if script::is_ours(bytes) => {
                    if bytes.as_slice() == content.as_bytes() && is_executable(&meta) {
                        return Ok(Installed::Unchanged);
                    }
                    write_script(&hook, &content)?;
                    return Ok(Installed::Updated);
                }
                Some(bytes) if managers::is_husky_wrapper(bytes) || managers::in_husky(dir) => {
                    "a husky wrapper (husky finds your hook by the wrapper's file name)".to_string()
                }
                Some(_) if exists(&chained)? => format!(
                    "not keyhound's, and {} still holds a hook chained earlier",
                    chained.display()
                ),
                Some(_) => {
                    rename(&hook, &chained)?;
                    write_script(&hook, &content)?;
                    return Ok(Installed::Chained(chained));
                }
                None if meta.is_symlink() => {
                    "a symbolic link (its target is managed elsewhere)".to_string()
                }
                None if meta.is_dir() => "a directory".to_string(),
                None => "not a regular file".to_string(),
            };
            let backup = beside(&hook, BACKUP_SUFFIX);
            if !force {
                return Err(HookError::Unchainable {
                    path: hook,
                    reason: refusal,
                    command: managers::command(kind),
                    backup: backup.display().to_string(),
                });
            }
            if exists(&backup)? {
                return Err(HookError::BackupExists { path: backup });
            }
            rename(&hook, &backup)?;
            Installed::Replaced(backup)
        }
    };
    write_script(&hook, &content)?;
    Ok(outcome)
}

/// Removes keyhound's `kind` hook from `dir` and puts back the hook it had chained (or, failing
/// that, the one `--force` moved aside). A hook that is not keyhound's is never removed.
pub fn uninstall(dir: &Path, kind: Kind) -> Result<Uninstalled, HookError> {
    let hook = hook_path(dir, kind);
    let chained = beside(&hook, script::CHAINED_SUFFIX);
    let backup = beside(&hook, BACKUP_SUFFIX);
    match fs::symlink_metadata(&hook) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&hook, e)),
        Ok(meta) => {
            let ours = meta.is_file()
                && script::is_ours(&fs::read(&hook).map_err(|e| io_error(&hook, e))?);
            if !ours {
                return Ok(Uninstalled::NotOurs);
            }
            fs::remove_file(&hook).map_err(|e| io_error(&hook, e))?;
            let mut restored = None;
            for kept in [chained, backup] {
                if exists(&kept)? {
                    rename(&kept, &hook)?;
                    restored = Some(kept);
                    break;
                }
            }
            return Ok(Uninstalled::Removed { restored });
        }
    }
    // keyhound's hook was deleted by hand but the hook it chained is still set aside.
    if exists(&chained)? {
        rename(&chained, &hook)?;
        return Ok(Uninstalled::Removed {
            restored: Some(chained),
        });
    }
    Ok(Uninstalled::NotInstalled)
}

/// Writes `content` to `hook` through a temporary file and a rename, so that git never runs a
/// half-written hook, and makes it executable (0755).
fn write_script(hook: &Path, content: &str) -> Result<(), HookError> {
    let temp = beside(hook, ".keyhound-tmp");
    fs::write(&temp, content).map_err(|e| io_error(&temp, e))?;
    make_executable(&temp)?;
    rename(&temp, hook)
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<(), HookError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).map_err(|e| io_error(path, e))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<(), HookError> {
    Ok(())
}

#[cfg(unix)]
fn is_executable(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o777 == 0o755
}

#[cfg(not(unix))]
fn is_executable(_meta: &fs::Metadata) -> bool {
    true
}

/// Whether anything (even a dangling symbolic link) is at `path`.
fn exists(path: &Path) -> Result<bool, HookError> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(path, e)),
    }
}

fn rename(from: &Path, to: &Path) -> Result<(), HookError> {
    fs::rename(from, to).map_err(|e| io_error(from, e))
}

fn io_error(path: &Path, source: io::Error) -> HookError {
    HookError::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &Path) -> String {
        fs::read_to_string(path).expect("read")
    }

    #[test]
    fn install_chains_and_uninstall_restores() {
        let dir = tempfile::tempdir().expect("temp dir");
        let hook = hook_path(dir.path(), Kind::PreCommit);
        fs::write(&hook, "#!/bin/sh\necho mine\n").expect("write");
        let chained = beside(&hook, script::CHAINED_SUFFIX);
        let exe = Some(Path::new("/usr/bin/keyhound"));
        assert_eq!(
            install(dir.path(), Kind::PreCommit, exe, false).expect("install"),
            Installed::Chained(chained.clone())
        );
        assert!(script::is_ours(read(&hook).as_bytes()));
        assert_eq!(read(&chained), "#!/bin/sh\necho mine\n");
        assert_eq!(
            install(dir.path(), Kind::PreCommit, exe, false).expect("again"),
            Installed::Unchanged
        );
        assert_eq!(
            uninstall(dir.path(), Kind::PreCommit).expect("uninstall"),
            Uninstalled::Removed {
                restored: Some(chained.clone())
            }
        );
        assert_eq!(read(&hook), "#!/bin/sh\necho mine\n");
        assert!(!chained.exists());
        assert_eq!(
            uninstall(dir.path(), Kind::PreCommit).expect("not ours"),
            Uninstalled::NotOurs
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_refused_unless_forced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let hook = hook_path(dir.path(), Kind::PrePush);
        std::os::unix::fs::symlink("../../scripts/pre-push", &hook).expect("symlink");
        let err = install(dir.path(), Kind::PrePush, None, false).expect_err("refused");
        assert!(matches!(err, HookError::Unchainable { .. }), "{err}");
        let backup = beside(&hook, BACKUP_SUFFIX);
        assert_eq!(
            install(dir.path(), Kind::PrePush, None, true).expect("forced"),
            Installed::Replaced(backup.clone())
        );
        assert!(fs::symlink_metadata(&backup).expect("kept").is_symlink());
        assert_eq!(
            uninstall(dir.path(), Kind::PrePush).expect("uninstall"),
            Uninstalled::Removed {
                restored: Some(backup)
            }
        );
        assert!(fs::symlink_metadata(&hook).expect("back").is_symlink());
    }
}
