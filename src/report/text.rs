//! The human report: findings grouped by secret (one credential found in five places is one thing
//! to rotate), most severe first, each location as `path:line:col` with a short redacted excerpt,
//! then a "How to rotate" block for each rule, then a one-line summary.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::findings::{Exposure, Finding};
use crate::rules::Rotation;
use crate::scan::{Report, Skipped};

/// Skipped entries listed before "and N more".
const MAX_SKIPPED_SHOWN: usize = 20;

/// Writes the text report.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let groups = group(&report.findings);
    let public = groups.iter().any(|g| exposure_rank(g[0].exposure) < 3);
    for (i, g) in groups.iter().enumerate() {
        let first = g[0];
        let rank = exposure_rank(first.exposure);
        let new_section = i == 0 || exposure_rank(groups[i - 1][0].exposure) != rank;
        if public && new_section {
            writeln!(out, "{}\n", heading(rank))?;
        }
        writeln!(
            out,
            "{:<8}  {} ({})  {}",
            first.severity.as_str().to_uppercase(),
            first.rule_name,
            first.rule_id,
            first.secret
        )?;
        for f in g {
            let place = format!("{}:{}:{}", f.path, f.line, f.column);
            writeln!(out, "  {place}  {}", f.context)?;
            if let Some(o) = &f.origin {
                writeln!(out, "    from {}:{}", o.source, o.line)?;
            }
            if let Some(user) = &f.user {
                writeln!(out, "    decoded user: {user} (password not shown)")?;
            }
            if let Some(e) = &f.encoding {
                writeln!(
                    out,
                    "    encoded ({e}): the file holds the encoded text; the secret is what it decodes to"
                )?;
            }
            if let Some(r) = &f.related {
                writeln!(
                    out,
                    "    with {} at line {}, column {}: {}",
                    r.name, r.line, r.column, r.secret
                )?;
            }
            provenance(f, out)?;
        }
        writeln!(out, "  fingerprint {}", first.fingerprint)?;
        let last_of_rule = groups
            .get(i + 1)
            .is_none_or(|next| next[0].rule_id != first.rule_id);
        if last_of_rule {
            rotation(&first.rotation, out)?;
        }
        writeln!(out)?;
    }
    summary(report, groups.len(), out)
}

/// Findings grouped by fingerprint, groups ordered by severity (worst first), then rule, then the
/// first location.
fn group(findings: &[Finding]) -> Vec<Vec<&Finding>> {
    let mut by_fp: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        by_fp.entry(f.fingerprint.as_str()).or_default().push(f);
    }
    let mut groups: Vec<Vec<&Finding>> = by_fp.into_values().collect();
    for g in &mut groups {
        // The most exposed location leads its group.
        g.sort_by_key(|f| (exposure_rank(f.exposure), f.path.clone(), f.line));
    }
    let key = |g: &Vec<&Finding>| {
        let f = g[0];
        (
            exposure_rank(f.exposure),
            std::cmp::Reverse(f.severity),
            f.rule_id.clone(),
            f.path.clone(),
            f.line,
        )
    };
    groups.sort_by_key(key);
    groups
}

/// Public exposure first, then history, then everything else.
fn exposure_rank(e: Option<Exposure>) -> u8 {
    match e {
        Some(Exposure::PublicBundle) => 0,
        Some(Exposure::PublicEnv) => 1,
        Some(Exposure::History) => 2,
        _ => 3,
    }
}

/// The heading printed before the first group of each exposure rank.
fn heading(rank: u8) -> &'static str {
    match rank {
        0 => "== Shipped to every visitor's browser (public bundles, source maps) ==",
        1 => "== In variables the frontend build inlines into client code ==",
        2 => "== In git history (still valid until rotated) ==",
        _ => "== In files ==",
    }
}

/// Where history put the secret: the introducing commit, and whether HEAD still has it.
fn provenance(f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    match (&f.commit, f.in_head) {
        (Some(c), in_head) => {
            let id = c.id.get(..12).unwrap_or(&c.id);
            let date = c.date.get(..10).unwrap_or(&c.date);
            writeln!(
                out,
                "    introduced in {id} by {} <{}> on {date}: {}",
                c.author, c.email, c.summary
            )?;
            if in_head == Some(false) {
                writeln!(out, "    deleted from HEAD, but every clone still has it")?;
            }
            Ok(())
        }
        (None, Some(_)) => writeln!(
            out,
            "    in a blob no commit reaches (dangling or left by a rewrite); `git gc --prune=now` removes it locally"
        ),
        (None, None) => Ok(()),
    }
}

fn rotation(r: &Rotation, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "  How to rotate: {}", r.summary)?;
    for (n, step) in r.steps.iter().enumerate() {
        writeln!(out, "    {}. {step}", n + 1)?;
    }
    let revoke = match r.revoke {
        crate::rules::Revoke::Api => "revocable by API",
        crate::rules::Revoke::Ui => "revoke in the provider's console",
        crate::rules::Revoke::None => "cannot be revoked: replace it",
    };
    writeln!(out, "    Docs: {}  ({revoke})", r.docs)
}

fn summary(report: &Report, secrets: usize, out: &mut dyn Write) -> io::Result<()> {
    let s = &report.summary;
    let mut line = format!(
        "{} finding{} ({} distinct secret{}) in {} file{}, {}",
        s.findings,
        plural(s.findings as u64),
        secrets,
        plural(secrets as u64),
        s.files,
        plural(s.files),
        human_bytes(s.bytes)
    );
    if s.binary > 0 {
        line.push_str(&format!(
            "; {} binary file{} not scanned",
            s.binary,
            plural(s.binary)
        ));
    }
    if s.allowed > 0 {
        line.push_str(&format!("; {} allowed by fingerprint", s.allowed));
    }
    if let Some(b) = &s.baseline {
        line.push_str(&format!("; {} hidden by the baseline", b.hidden));
    }
    writeln!(out, "{line}")?;
    if let Some(b) = s.baseline.as_ref().filter(|b| !b.unmatched.is_empty()) {
        writeln!(
            out,
            "{} baseline entr{} matched nothing and can be removed:",
            b.unmatched.len(),
            if b.unmatched.len() == 1 { "y" } else { "ies" }
        )?;
        for entry in b.unmatched.iter().take(MAX_SKIPPED_SHOWN) {
            writeln!(out, "  {entry}")?;
        }
    }
    if !s.notes.is_empty() {
        let title = format!(
            "Notes (the scan is still complete): {} path(s):",
            s.notes.len()
        );
        list(&title, &s.notes, out)?;
    }
    if !s.skipped.is_empty() {
        let title = format!(
            "INCOMPLETE: {} path(s) could not be scanned:",
            s.skipped.len()
        );
        list(&title, &s.skipped, out)?;
    }
    Ok(())
}

fn list(title: &str, items: &[Skipped], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{title}")?;
    for k in items.iter().take(MAX_SKIPPED_SHOWN) {
        writeln!(out, "  {}: {}", k.path, k.reason)?;
    }
    if items.len() > MAX_SKIPPED_SHOWN {
        writeln!(out, "  … and {} more", items.len() - MAX_SKIPPED_SHOWN)?;
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Formats a byte count with a binary unit.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
