//! `keyhound hook install|uninstall`: puts keyhound's git hook where git will run it and tells
//! the user what happened to any hook that was already there. The file work is in
//! [`keyhound::hooks`]; this module only picks the binary and words the messages.

use std::path::{Path, PathBuf};

use anyhow::Result;

use keyhound::hooks::{self, Installed, Kind, Location, Uninstalled};

use super::args::{HookArgs, HookCommand};
use super::EXIT_CLEAN;

/// Runs a `hook` subcommand; errors (a refused install, an unreadable repository) exit 2.
pub fn run(args: HookArgs) -> Result<i32> {
    match args.command {
        HookCommand::Install {
            pre_push,
            force,
            repo,
        } => install(&repo, kind(pre_push), force),
        HookCommand::Uninstall { pre_push, repo } => uninstall(&repo, kind(pre_push)),
    }
}

fn kind(pre_push: bool) -> Kind {
    if pre_push {
        Kind::PrePush
    } else {
        Kind::PreCommit
    }
}

fn install(repo: &Path, kind: Kind, force: bool) -> Result<i32> {
    let location = hooks::locate(repo)?;
    let exe = current_exe();
    let outcome = hooks::install(&location.dir, kind, exe.as_deref(), force)?;
    let hook = hooks::hook_path(&location.dir, kind);
    let name = kind.file_name();
    match outcome {
        Installed::Created => println!("keyhound: installed the {name} hook at {}", hook.display()),
        Installed::Unchanged => println!(
            "keyhound: the {name} hook at {} is already installed",
            hook.display()
        ),
        Installed::Updated => {
            println!("keyhound: updated the {name} hook at {}", hook.display())
        }
        Installed::Chained(kept) => println!(
            "keyhound: installed the {name} hook at {}; the hook that was there is kept as {} \
             and runs first",
            hook.display(),
            kept.display()
        ),
        Installed::Replaced(kept) => println!(
            "keyhound: installed the {name} hook at {}; the previous one was moved to {} and no \
             longer runs",
            hook.display(),
            kept.display()
        ),
    }
    if exe.is_none() {
        eprintln!(
            "keyhound: warning: the path of this keyhound binary is unknown or not UTF-8; the \
             hook runs `keyhound` from PATH"
        );
    }
    advise(&location, kind);
    Ok(EXIT_CLEAN)
}

/// Tells the user what hook managers and committed hook folders need from them, because keyhound
/// cannot keep its script there by itself.
fn advise(location: &Location, kind: Kind) {
    if let Some(root) = &location.worktree {
        if location.from_hooks_path && location.dir.starts_with(root) {
            println!(
                "keyhound: note: core.hooksPath is inside the working tree; if that folder is \
                 committed, add `{}` to your own {} hook there instead (the installed script \
                 names this machine's keyhound binary)",
                hooks::managers::command(kind),
                kind.file_name()
            );
        }
    }
    for manager in hooks::managers::detect(location) {
        println!("keyhound: {}", manager.advice(kind));
    }
}

fn uninstall(repo: &Path, kind: Kind) -> Result<i32> {
    let location = hooks::locate(repo)?;
    let hook = hooks::hook_path(&location.dir, kind);
    let name = kind.file_name();
    match hooks::uninstall(&location.dir, kind)? {
        Uninstalled::Removed { restored: None } => {
            println!("keyhound: removed the {name} hook at {}", hook.display())
        }
        Uninstalled::Removed {
            restored: Some(kept),
        } => println!(
            "keyhound: removed the {name} hook at {} and put back the hook kept as {}",
            hook.display(),
            kept.display()
        ),
        Uninstalled::NotInstalled => {
            println!("keyhound: no keyhound {name} hook at {}", hook.display())
        }
        Uninstalled::NotOurs => println!(
            "keyhound: {} is not keyhound's hook; left unchanged",
            hook.display()
        ),
    }
    Ok(EXIT_CLEAN)
}

/// The running binary's absolute path, for the hook to call (hooks often run with a smaller
/// PATH than the user's shell, in GUI clients and IDEs). `None` when it cannot be told or is
/// not UTF-8, so that the hook falls back to `keyhound` on PATH.
fn current_exe() -> Option<PathBuf> {
    std::env::current_exe()
        .ok()
        .filter(|p| p.is_absolute() && p.to_str().is_some())
}
