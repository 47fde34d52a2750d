//! From per-blob findings to what a person rotating a key needs: the path, the commit that first
//! introduced the secret there, and whether HEAD still holds it. A secret that stays in a file
//! through many versions is one finding, attributed to its first commit.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use gix::ObjectId;

use super::attribute::{self, Attribution};
use super::commits;
use crate::config::Config;
use crate::engine::Engine;
use crate::error::Result;
use crate::findings::{exposure, Commit, Exposure, Finding};
use crate::scan::Report;

/// Rewrites the findings of an object-database scan ([`super::odb::scan`], whose findings carry
/// blob ids as paths) with their paths, commits and `in_head`, and notes shallow history and
/// submodules in the summary.
pub fn attribute(
    repo: &gix::Repository,
    report: &mut Report,
    engine: &Engine,
    config: &Config,
) -> Result<()> {
    let targets: HashSet<ObjectId> = report
        .findings
        .iter()
        .filter_map(|f| ObjectId::from_hex(f.path.as_bytes()).ok())
        .collect();
    let attribution = attribute::attribute(repo, &targets)?;
    for path in &attribution.submodules {
        report.summary.notes.push(crate::scan::Skipped {
            path: path.clone(),
            reason: "submodule: a separate repository, not scanned".to_string(),
        });
    }
    if repo.is_shallow().unwrap_or(false) {
        report.summary.skipped.push(crate::scan::Skipped {
            path: repo.git_dir().display().to_string(),
            reason: "shallow clone: commits before the shallow boundary are not in the \
                     repository (run `git fetch --unshallow` to scan all history)"
                .to_string(),
        });
        report.summary.complete = false;
    }
    let described = describe_all(repo, &attribution)?;
    let findings = std::mem::take(&mut report.findings);
    report.findings = place(findings, &attribution, &described, engine, config);
    report.summary.findings = report.findings.len();
    Ok(())
}

/// Commit details for every introducing commit, by index.
fn describe_all(repo: &gix::Repository, attribution: &Attribution) -> Result<Vec<Commit>> {
    attribution
        .commits
        .iter()
        .map(|id| commits::describe(repo, *id))
        .collect()
}

/// One finding per (secret, path), at the first commit that introduced it there; findings in
/// blobs no commit reaches keep the blob id as their path and have no commit.
fn place(
    findings: Vec<Finding>,
    attribution: &Attribution,
    described: &[Commit],
    engine: &Engine,
    config: &Config,
) -> Vec<Finding> {
    let at_head: HashSet<&str> = findings
        .iter()
        .filter(|f| {
            ObjectId::from_hex(f.path.as_bytes()).is_ok_and(|id| attribution.at_head.contains(&id))
        })
        .map(|f| f.fingerprint.as_str())
        .collect();
    let mut placer = Placer::new(engine, config, described);
    for finding in &findings {
        let Ok(blob) = ObjectId::from_hex(finding.path.as_bytes()) else {
            continue;
        };
        let in_head = at_head.contains(finding.fingerprint.as_str());
        let exposure = if in_head {
            Exposure::Repository
        } else {
            Exposure::History
        };
        match attribution.introduced.get(&blob) {
            Some(places) => {
                for (path, order) in places {
                    placer.put(finding, path, Some(*order), Some(in_head), exposure);
                }
            }
            None => placer.put(finding, &blob.to_string(), None, Some(in_head), exposure),
        }
    }
    placer.finish()
}

/// Keeps one finding per (secret, path): the one from the earliest commit. Findings arrive with
/// their blob id as path; the placer names the path, the commit, the exposure and the severity
/// that exposure implies.
pub(crate) struct Placer<'a> {
    base_severity: HashMap<&'a str, crate::rules::Severity>,
    config: &'a Config,
    described: &'a [Commit],
    best: HashMap<(String, String), (usize, Finding)>,
}

impl<'a> Placer<'a> {
    pub(crate) fn new(engine: &'a Engine, config: &'a Config, described: &'a [Commit]) -> Self {
        Placer {
            base_severity: engine
                .rules()
                .iter()
                .map(|r| (r.id.as_str(), r.severity))
                .collect(),
            config,
            described,
            best: HashMap::new(),
        }
    }

    /// Offers `finding` (whose path is its blob id) at `path`, introduced by commit number
    /// `order` of `described` (`None`: no commit reaches it).
    pub(crate) fn put(
        &mut self,
        finding: &Finding,
        path: &str,
        order: Option<usize>,
        in_head: Option<bool>,
        default: Exposure,
    ) {
        if self.config.path_allowed(Path::new(path)) {
            return;
        }
        let rank = order.unwrap_or(usize::MAX);
        let key = (finding.fingerprint.clone(), path.to_string());
        if self.best.get(&key).is_some_and(|(r, _)| *r <= rank) {
            return;
        }
        let mut placed = finding.clone();
        placed.blob = Some(std::mem::take(&mut placed.path));
        placed.commit = order.and_then(|o| self.described.get(o)).cloned();
        placed.in_head = in_head;
        placed.exposure = [placed.exposure, exposure::of_path(path), Some(default)]
            .into_iter()
            .flatten()
            .min();
        if let Some(base) = self.base_severity.get(placed.rule_id.as_str()) {
            placed.severity = exposure::severity(*base, placed.exposure);
        }
        placed.path = path.to_string();
        self.best.insert(key, (rank, placed));
    }

    /// The kept findings, sorted by path and position.
    pub(crate) fn finish(self) -> Vec<Finding> {
        let mut out: Vec<Finding> = self.best.into_values().map(|(_, f)| f).collect();
        out.sort_by(|a, b| {
            (&a.path, a.line, a.column, &a.rule_id).cmp(&(&b.path, b.line, b.column, &b.rule_id))
        });
        out
    }
}
