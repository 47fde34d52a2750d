//! The JSON report, exactly as design §3 specifies: `version`, `tool`, `findings`, `summary`.

use std::io::{self, Write};

use serde::Serialize;

use crate::findings::Finding;
use crate::scan::{Report, Summary};

/// Version of the JSON report layout; bumped only on breaking changes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    findings: &'a [Finding],
    summary: &'a Summary,
}

/// Writes the report as pretty-printed JSON followed by a newline.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        version: FORMAT_VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        findings: &report.findings,
        summary: &report.summary,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
