//! Standard input as one blob (`keyhound scan -`), for piping logs or command output.

use std::io::Read;

use super::Origin;
use crate::scan::Scanner;

/// The path reports use for standard input.
pub const STDIN_PATH: &str = "<stdin>";

/// Reads standard input up to `max` bytes and scans it. Input beyond the cap is reported as
/// skipped rather than silently truncated.
pub fn scan(scanner: &Scanner, max: u64) {
    let mut buf = Vec::new();
    let mut input = std::io::stdin().lock().take(max.saturating_add(1));
    match input.read_to_end(&mut buf) {
        Err(e) => scanner.skip(STDIN_PATH, format!("cannot read standard input: {e}")),
        Ok(_) if buf.len() as u64 > max => scanner.skip(
            STDIN_PATH,
            format!("standard input is larger than --max-file-size ({max} bytes)"),
        ),
        Ok(_) => scanner.blob(&Origin::new(STDIN_PATH), &buf),
    }
}
