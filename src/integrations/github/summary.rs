//! The Markdown job summary (appended to the file `GITHUB_STEP_SUMMARY` names): what was scanned
//! and with which config, a table of findings, and how to rotate each kind of credential found.
//! Bounded, because GitHub rejects a step summary over 1 MiB: the table is capped at
//! [`Limits::rows`] and the whole text at [`Limits::bytes`], saying what was left out. Every
//! value is escaped so that a path cannot inject Markdown or HTML, and secrets appear only
//! redacted, as the findings carry them.

use std::collections::HashSet;

use super::annotate::worst_first;
use crate::scan::Report;

/// How much the summary may hold.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Table rows; the rest are counted in a line under the table.
    pub rows: usize,
    /// Rules whose rotation steps are listed.
    pub rules: usize,
    /// Characters of one table cell.
    pub cell: usize,
    /// Bytes of the whole summary; well under GitHub's 1 MiB per step.
    pub bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rows: 50,
            rules: 20,
            cell: 120,
            bytes: 900 * 1024,
        }
    }
}

/// Where a scan's inputs came from, for the summary's header.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// What was scanned, for example "pull request range `1a2b3c4..5d6e7f8`".
    pub scope: String,
    /// Which config applied, for example "`.keyhound.toml` from base commit 1a2b3c4".
    pub config: String,
    /// The SARIF file written, if any.
    pub sarif: Option<String>,
}

/// Renders the summary of `report`.
pub fn render(report: &Report, context: &Context, limits: Limits) -> String {
    let mut out = String::new();
    let n = report.findings.len();
    let failing = report
        .findings
        .iter()
        .filter(|f| f.severity > crate::rules::Severity::Info)
        .count();
    let headline = match (n, report.summary.complete) {
        (0, true) => "no secrets found".to_string(),
        (0, false) => "no secrets found, but the scan was incomplete".to_string(),
        (1, _) => "1 finding".to_string(),
        (n, _) => format!("{n} findings"),
    };
    out.push_str(&format!("## keyhound: {headline}\n\n"));
    out.push_str(&format!("- Scanned: {}\n", context.scope));
    out.push_str(&format!("- Configuration: {}\n", context.config));
    out.push_str(&format!(
        "- {} blobs, {} bytes read\n",
        report.summary.blobs, report.summary.bytes
    ));
    if report.summary.allowed > 0 {
        out.push_str(&format!(
            "- {} findings allowed by fingerprint in the configuration\n",
            report.summary.allowed
        ));
    }
    if let Some(sarif) = &context.sarif {
        out.push_str(&format!("- SARIF report: {}\n", escape(sarif, limits.cell)));
    }
    if n > 0 && failing == 0 {
        out.push_str("- Only keys that are public by design (severity info): the job does not fail on them.\n");
    }
    out.push('\n');
    if n > 0 {
        table(&mut out, report, limits);
        rotation(&mut out, report, limits);
    }
    skipped(&mut out, report, limits);
    bound(out, limits.bytes)
}

fn table(out: &mut String, report: &Report, limits: Limits) {
    out.push_str("| Severity | Rule | Location | Commit | Secret (redacted) |\n");
    out.push_str("|---|---|---|---|---|\n");
    let sorted = worst_first(&report.findings);
    for f in sorted.iter().take(limits.rows) {
        let commit = f
            .commit
            .as_ref()
            .map(|c| c.id.chars().take(7).collect::<String>())
            .unwrap_or_else(|| "–".to_string());
        out.push_str(&format!(
            "| {} | {} | {}:{} | {} | {} |\n",
            f.severity,
            escape(&f.rule_id, limits.cell),
            escape(&f.path, limits.cell),
            f.line,
            escape(&commit, limits.cell),
            escape(&f.secret, limits.cell),
        ));
    }
    if sorted.len() > limits.rows {
        out.push_str(&format!(
            "\n…and {} more findings, not shown here: see the SARIF report or the code scanning alerts.\n",
            sorted.len() - limits.rows
        ));
    }
    out.push('\n');
}

fn rotation(out: &mut String, report: &Report, limits: Limits) {
    out.push_str("### How to rotate\n\n");
    out.push_str(
        "Revoke or roll each credential first: deleting it from the code does not remove it from \
         history, clones or forks.\n\n",
    );
    let mut seen = HashSet::new();
    let rules: Vec<_> = worst_first(&report.findings)
        .into_iter()
        .filter(|f| seen.insert(f.rule_id.as_str()))
        .collect();
    for f in rules.iter().take(limits.rules) {
        let r = &f.rotation;
        out.push_str(&format!(
            "**{}** ({}): {}\n",
            escape(&f.rule_name, limits.cell),
            escape(&f.rule_id, limits.cell),
            escape(&r.summary, 4 * limits.cell)
        ));
        for (i, step) in r.steps.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", i + 1, escape(step, 4 * limits.cell)));
        }
        out.push_str(&format!(
            "\nDocs: <{}>\n\n",
            r.docs.replace(['<', '>', '\n'], "")
        ));
    }
    if rules.len() > limits.rules {
        out.push_str(&format!(
            "…and {} more rules: see the SARIF report.\n\n",
            rules.len() - limits.rules
        ));
    }
}

fn skipped(out: &mut String, report: &Report, limits: Limits) {
    let skipped = &report.summary.skipped;
    if skipped.is_empty() {
        return;
    }
    out.push_str("### Not scanned\n\n");
    for s in skipped.iter().take(limits.rows) {
        out.push_str(&format!(
            "- {}: {}\n",
            escape(&s.path, limits.cell),
            escape(&s.reason, 2 * limits.cell)
        ));
    }
    if skipped.len() > limits.rows {
        out.push_str(&format!("- …and {} more\n", skipped.len() - limits.rows));
    }
    out.push('\n');
}

/// Text for a Markdown table cell or line: at most `max` characters, control characters made
/// spaces, and Markdown and HTML punctuation backslash-escaped, so that it renders as written.
pub fn escape(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 2));
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            c if c.is_control() => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Cuts `text` to at most `max` bytes at a line boundary, with a note saying it was cut.
pub fn bound(mut text: String, max: usize) -> String {
    const NOTE: &str =
        "\n…summary truncated to stay within GitHub's size limit; see the SARIF report.\n";
    if text.len() <= max {
        return text;
    }
    let mut cut = max.saturating_sub(NOTE.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind('\n').map_or(cut, |i| i + 1);
    text.truncate(cut);
    text.push_str(NOTE);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_inject_markdown_or_break_the_table() {
        assert_eq!(escape("a|b<script>", 100), "a\\|b\\<script\\>");
        assert_eq!(escape("line\nbreak", 100), "line break");
        assert_eq!(escape("abcdef", 3), "abc…");
    }

    #[test]
    fn long_text_is_cut_at_a_line_with_a_note() {
        let text = "row\n".repeat(1000);
        let cut = bound(text, 500);
        assert!(cut.len() <= 500, "{}", cut.len());
        assert!(cut.ends_with("see the SARIF report.\n"));
        assert!(cut.starts_with("row\nrow\n"));
        assert_eq!(bound("short".to_string(), 500), "short");
    }
}
