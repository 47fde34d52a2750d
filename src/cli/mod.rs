//! The command line (design §2). This is the only place `anyhow` is used: library errors become
//! messages on stderr and exit code 2.

mod args;
mod ci;
mod explain;
mod hook;
mod progress;
mod rules;
mod scan;

use clap::Parser;

use args::{Cli, Command};

/// Exit status: complete scan, nothing found.
pub const EXIT_CLEAN: i32 = 0;
/// Exit status: findings reported.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit status: usage or fatal error.
pub const EXIT_ERROR: i32 = 2;
/// Exit status: nothing found, but something could not be read.
pub const EXIT_INCOMPLETE: i32 = 3;

/// Parses arguments, runs the command and returns the process exit status.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Baseline(args) => scan::baseline(args),
        Command::Ci(args) => ci::run(args),
        Command::Hook(args) => hook::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("keyhound: error: {e:#}");
            EXIT_ERROR
        }
    }
}
