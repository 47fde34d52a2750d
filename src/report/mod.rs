//! Reporters render a [`Report`] as text for people, JSON for programs (design §3) or SARIF for
//! code scanning (design §7). They never re-read files: everything they print, including the
//! redacted context and the rotation guidance, travels inside the findings.

pub mod json;
pub mod sarif;
pub mod text;

use std::io::{self, Write};

use crate::rules::Rule;
use crate::scan::Report;

/// Output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: findings grouped by secret, public exposure first, with rotation steps.
    Text,
    /// For programs: the documented `{version, tool, findings[], summary}` contract.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF consumers.
    Sarif,
}

/// Writes `report` in `format`. `rules` is the full rule list, for SARIF rule descriptors.
pub fn write(
    format: Format,
    report: &Report,
    rules: &[Rule],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(report, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, rules, out),
    }
}
