//! Workflow-command annotations (`::error file=…,line=…::message`), which GitHub shows on the
//! run and, for lines a pull request changed, in its diff. GitHub displays at most ten error
//! annotations per step, so only the worst findings get one; the job summary and SARIF carry
//! the rest. Values are escaped as the runner expects, so a path or message cannot end the
//! command early or inject another one.

use std::cmp::Reverse;

use crate::findings::Finding;
use crate::rules::Severity;

/// Error annotations GitHub shows per step; more are dropped by GitHub, so keyhound writes no
/// more than this.
pub const MAX_ANNOTATIONS: usize = 10;

/// Escapes a command's message: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a command property's value: as [`escape_data`], plus `:` and `,`, which separate
/// properties and the message.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Findings worst first: by severity, then confidence, then path and position. Stable, so the
/// order is the same on every run.
pub fn worst_first(findings: &[Finding]) -> Vec<&Finding> {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| {
        (
            Reverse(f.severity),
            Reverse(f.confidence),
            f.path.as_str(),
            f.line,
            f.column,
        )
    });
    sorted
}

/// One annotation per finding for the `max` worst findings. Findings of severity `info` (keys
/// public by design) are notices, not errors; the secret appears only in its redacted form.
pub fn annotations(findings: &[Finding], max: usize) -> Vec<String> {
    worst_first(findings)
        .into_iter()
        .take(max)
        .map(annotation)
        .collect()
}

/// The workflow command for one finding.
pub fn annotation(f: &Finding) -> String {
    let command = if f.severity > Severity::Info {
        "error"
    } else {
        "notice"
    };
    let mut props = format!(
        "file={},line={},endLine={},col={}",
        escape_property(&f.path),
        f.line,
        f.end_line,
        f.column
    );
    // GitHub accepts endColumn only for an annotation on a single line.
    if f.end_line == f.line {
        props.push_str(&format!(",endColumn={}", f.end_column));
    }
    let title = format!("keyhound: {} ({})", f.rule_name, f.severity);
    props.push_str(&format!(",title={}", escape_property(&title)));
    let mut message = format!("{} found: {}", f.rule_name, f.secret);
    if let Some(commit) = &f.commit {
        let short: String = commit.id.chars().take(12).collect();
        message.push_str(&format!(" (introduced in {short} by {})", commit.author));
    }
    message.push_str(&format!(
        "\nRotate it: {}\nDocs: {}\nFingerprint: {}",
        f.rotation.summary, f.rotation.docs, f.fingerprint
    ));
    format!("::{command} {props}::{}", escape_data(&message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A".to_string());
        // Escaping `%` first keeps an already-escaped-looking value intact.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
