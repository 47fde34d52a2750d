//! Baselines: findings a team has accepted (already rotated, or triaged as test data) and does
//! not want to see again. A keyhound baseline lists fingerprints, which depend only on the rule
//! and the secret's value, so a hidden finding stays hidden across line shifts, file moves,
//! rebases and re-clones. Teams migrating from gitleaks can use a `.gitleaksignore` or a
//! gitleaks JSON report: entries are matched by secret value when the report holds one (the
//! value is fingerprinted under every rule id), else by path and line, which, as in gitleaks,
//! stops matching when lines move; `keyhound baseline --from` converts them to fingerprints.

use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{fingerprint, Finding};
use crate::error::{Error, Result};

/// The first line of a baseline file keyhound writes.
const HEADER: &str = "# keyhound baseline: one fingerprint per line, then the rule id.";

/// One entry of a baseline, as the summary names it when it no longer matches.
#[derive(Debug, Clone)]
struct Entry {
    /// How the entry is shown: the fingerprint, or the gitleaks entry.
    label: String,
    fingerprints: Vec<String>,
    position: Option<Position>,
}

/// A gitleaks location: file, line and (for history findings) commit.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Position {
    path: String,
    line: usize,
    commit: Option<String>,
}

/// A loaded baseline.
#[derive(Debug, Default)]
pub struct Baseline {
    entries: Vec<Entry>,
}

/// What applying a baseline did (the report summary's `baseline`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Outcome {
    /// Findings hidden.
    pub hidden: usize,
    /// Entries that matched nothing in this scan: the secret is gone (or was rotated and
    /// removed), so the entry can be deleted.
    pub unmatched: Vec<String>,
}

/// The fields of a gitleaks JSON finding that identify it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct GitleaksFinding {
    #[serde(default)]
    secret: String,
    #[serde(default)]
    file: String,
    #[serde(default)]
    start_line: usize,
    #[serde(default)]
    commit: String,
    #[serde(default, rename = "RuleID")]
    rule_id: String,
}

impl Baseline {
    /// Loads a keyhound baseline, a `.gitleaksignore` or a gitleaks JSON report. `rule_ids` are
    /// the ids a gitleaks secret is fingerprinted under.
    pub fn load(path: &Path, rule_ids: &[&str]) -> Result<Baseline> {
        let err = |message: String| Error::Config {
            path: path.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        Baseline::parse(&text, rule_ids).map_err(err)
    }

    /// Parses baseline text in any of the accepted formats.
    pub fn parse(text: &str, rule_ids: &[&str]) -> std::result::Result<Baseline, String> {
        if text.trim_start().starts_with('[') {
            let findings: Vec<GitleaksFinding> =
                serde_json::from_str(text).map_err(|e| format!("gitleaks JSON report: {e}"))?;
            return Ok(Baseline {
                entries: findings
                    .iter()
                    .map(|f| gitleaks_entry(f, rule_ids))
                    .collect(),
            });
        }
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let first = line.split_whitespace().next().unwrap_or_default();
            if first.starts_with("kh1:") {
                entries.push(Entry {
                    label: first.to_string(),
                    fingerprints: vec![first.to_string()],
                    position: None,
                });
            } else if let Some(position) = gitleaksignore_position(line) {
                entries.push(Entry {
                    label: line.to_string(),
                    fingerprints: Vec::new(),
                    position: Some(position),
                });
            } else {
                return Err(format!(
                    "line {}: expected a kh1: fingerprint or a .gitleaksignore entry",
                    n + 1
                ));
            }
        }
        Ok(Baseline { entries })
    }

    /// Removes the findings the baseline lists and says how many, and which entries matched
    /// nothing.
    pub fn apply(&self, findings: &mut Vec<Finding>) -> Outcome {
        let mut used = vec![false; self.entries.len()];
        let before = findings.len();
        findings.retain(|f| {
            let mut hidden = false;
            for (entry, used) in self.entries.iter().zip(used.iter_mut()) {
                if entry.matches(f) {
                    *used = true;
                    hidden = true;
                }
            }
            !hidden
        });
        Outcome {
            hidden: before - findings.len(),
            unmatched: self
                .entries
                .iter()
                .zip(&used)
                .filter(|(_, used)| !**used)
                .map(|(e, _)| e.label.clone())
                .collect(),
        }
    }

    /// True when an entry hides `finding`.
    pub fn hides(&self, finding: &Finding) -> bool {
        self.entries.iter().any(|e| e.matches(finding))
    }
}

impl Entry {
    fn matches(&self, f: &Finding) -> bool {
        if self.fingerprints.contains(&f.fingerprint) {
            return true;
        }
        self.position.as_ref().is_some_and(|p| {
            p.path == f.path
                && p.line == f.line
                && match (&p.commit, &f.commit) {
                    (Some(want), Some(have)) => have.id.starts_with(want.as_str()),
                    (Some(_), None) => false,
                    (None, _) => true,
                }
        })
    }
}

/// A gitleaks JSON finding: by value when the report holds it, else by position.
fn gitleaks_entry(f: &GitleaksFinding, rule_ids: &[&str]) -> Entry {
    let recoverable = !f.secret.is_empty() && f.secret != "REDACTED" && !f.secret.contains("***");
    let fingerprints = if recoverable {
        rule_ids
            .iter()
            .map(|id| fingerprint(id, f.secret.as_bytes()))
            .collect()
    } else {
        Vec::new()
    };
    let commit = (!f.commit.is_empty()).then(|| f.commit.clone());
    let label = match &commit {
        Some(c) => format!("{c}:{}:{}:{}", f.file, f.rule_id, f.start_line),
        None => format!("{}:{}:{}", f.file, f.rule_id, f.start_line),
    };
    Entry {
        label,
        fingerprints,
        position: Some(Position {
            path: f.file.clone(),
            line: f.start_line,
            commit,
        }),
    }
}

/// `.gitleaksignore` lines: `[commit:]file:rule-id:line`.
fn gitleaksignore_position(line: &str) -> Option<Position> {
    let mut parts: Vec<&str> = line.rsplitn(3, ':').collect();
    if parts.len() != 3 {
        return None;
    }
    parts.reverse();
    let line_number: usize = parts[2].parse().ok()?;
    let head = parts[0];
    // A leading 40-hex commit id separated by ':' from the file.
    let (commit, path) = match head.split_once(':') {
        Some((c, p)) if c.len() >= 7 && c.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (Some(c.to_string()), p)
        }
        _ => (None, head),
    };
    Some(Position {
        path: path.to_string(),
        line: line_number,
        commit,
    })
}

/// Writes the fingerprints of `findings` as a baseline: sorted and deduplicated, with rule ids
/// for the reader, and nothing that changes when code moves (no paths, lines or dates).
pub fn write(findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    let mut lines: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f.fingerprint.as_str(), f.rule_id.as_str()))
        .collect();
    lines.sort();
    lines.dedup();
    writeln!(out, "{HEADER}")?;
    for (fp, rule) in lines {
        writeln!(out, "{fp} {rule}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gitleaksignore_entries_with_and_without_commit() {
        let p = gitleaksignore_position(
            "cd5226711335c68be1e720b318b7bc3135a30eb2:cmd/gen.go:aws-access-key:12",
        )
        .unwrap();
        assert_eq!(
            p.commit.as_deref(),
            Some("cd5226711335c68be1e720b318b7bc3135a30eb2")
        );
        assert_eq!((p.path.as_str(), p.line), ("cmd/gen.go", 12));
        let p = gitleaksignore_position("src/a:b.go:generic-api-key:3").unwrap();
        assert_eq!((p.path.as_str(), p.line, p.commit), ("src/a:b.go", 3, None));
        assert!(gitleaksignore_position("not an entry").is_none());
    }

    #[test]
    fn garbage_is_an_error_not_an_empty_baseline() {
        assert!(Baseline::parse("hello world\n", &[]).is_err());
        assert!(Baseline::parse("[{\"RuleID\": 3}]", &[]).is_err());
    }
}
