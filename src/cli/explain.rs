//! `keyhound scan --explain FILE[:LINE]`: every stage's verdict on one file, so users can trust
//! what keyhound silences. For each keyword hit it names the rules that ran; for each regex match,
//! whether it was reported, dropped by a filter (and which), or allowed (inline marker, config
//! fingerprint, `[allow] paths`, baseline).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use keyhound::findings::{self, baseline::Baseline, redact, LineIndex};
use keyhound::rules::Severity;
use keyhound::sources::{is_binary, Origin};

use super::args::ScanArgs;
use super::scan::{load_config, load_engine};
use super::{EXIT_CLEAN, EXIT_FINDINGS};

/// Explains each file given; returns 1 when something would be reported, as `scan` would.
pub fn run(args: &ScanArgs) -> Result<i32> {
    if args.paths.is_empty() {
        bail!("--explain needs a file: keyhound scan --explain FILE[:LINE]");
    }
    let mut reported = false;
    let mut out = std::io::stdout().lock();
    for spec in &args.paths {
        let (path, line) = split_line(spec);
        reported |= explain(args, &path, line, &mut out)?;
    }
    Ok(if reported { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// `file:12` → (file, Some(12)) when `file:12` itself is not a file.
fn split_line(spec: &Path) -> (PathBuf, Option<usize>) {
    if spec.exists() {
        return (spec.to_path_buf(), None);
    }
    let text = spec.to_string_lossy();
    if let Some((file, n)) = text.rsplit_once(':') {
        if let Ok(n) = n.parse() {
            return (PathBuf::from(file), Some(n));
        }
    }
    (spec.to_path_buf(), None)
}

/// Verdict lines with their position and stage, for sorting.
type Verdicts = Vec<((usize, usize, u8), String)>;

fn explain(args: &ScanArgs, path: &Path, only: Option<usize>, out: &mut dyn Write) -> Result<bool> {
    let config = load_config(args.config.as_deref(), path)?;
    let engine = load_engine(&config)?;
    let shown = keyhound::sources::files::display_path(path);
    writeln!(out, "{shown}")?;
    if config.path_allowed(path) {
        let file = config
            .file
            .as_deref()
            .unwrap_or(Path::new(".keyhound.toml"));
        writeln!(
            out,
            "  not scanned: [allow] paths in {} matches it",
            file.display()
        )?;
        return Ok(false);
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {shown}"))?;
    if is_binary(&bytes) {
        writeln!(out, "  not scanned: binary (a NUL byte in the first 8 KiB)")?;
        return Ok(false);
    }
    let baseline = match &args.baseline {
        Some(file) => {
            let ids: Vec<&str> = engine.rules().iter().map(|r| r.id.as_str()).collect();
            Some(Baseline::load(file, &ids)?)
        }
        None => None,
    };
    let index = LineIndex::new(&bytes);
    let at = |offset: usize| index.position(&bytes, offset);
    let keep = |line: usize| only.is_none_or(|n| n == line);
    let show =
        |range: &std::ops::Range<usize>| redact::display(&bytes[range.clone()], args.show_secrets);
    let mut verdicts = Verdicts::new();

    let (found, dropped) = engine.scan_explained(&bytes);
    let mut matched: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for (rule, start) in found
        .iter()
        .map(|c| (c.rule, c.secret.start))
        .chain(dropped.iter().map(|d| (d.rule, d.secret.start)))
    {
        matched.insert((at(start).0, rule));
    }
    let mut by_keyword: BTreeMap<(usize, usize), (String, Vec<String>)> = BTreeMap::new();
    for hit in engine.keyword_hits(&bytes) {
        let (line, col) = at(hit.start);
        let keyword = String::from_utf8_lossy(&bytes[hit.start..hit.end]).into_owned();
        let entry = by_keyword
            .entry((line, col))
            .or_insert((keyword, Vec::new()));
        let id = &engine.rules()[hit.rule as usize].id;
        entry
            .1
            .push(if matched.contains(&(line, hit.rule as usize)) {
                id.clone()
            } else {
                format!("{id} (its pattern matched nothing on this line)")
            });
    }
    for ((line, col), (keyword, rules)) in by_keyword {
        if keep(line) {
            let text = format!("keyword {keyword:?} runs {}", rules.join(", "));
            verdicts.push(((line, col, 0), text));
        }
    }

    let mut reported = false;
    let origin = Origin::new(shown.clone());
    let options = findings::Options {
        show_secrets: args.show_secrets,
        min_severity: Severity::Info,
    };
    for candidate in found {
        let (line, col) = at(candidate.secret.start);
        if !keep(line) {
            continue;
        }
        let rule = &engine.rules()[candidate.rule];
        let value = show(&candidate.secret);
        let built = findings::build(&engine, &origin, &bytes, vec![candidate], options);
        let verdict = match built.first() {
            None => "allowed: inline allow marker on the line".to_string(),
            Some(f) if config.fingerprint_allowed(&f.fingerprint) => {
                format!("allowed: [allow] fingerprints lists {}", f.fingerprint)
            }
            Some(f) if baseline.as_ref().is_some_and(|b| b.hides(f)) => {
                "hidden: listed in the baseline".to_string()
            }
            Some(f) if f.severity < Severity::from(args.min_severity) => {
                format!(
                    "not reported: {} is below --min-severity",
                    f.severity.as_str()
                )
            }
            Some(f) => {
                reported = true;
                format!("REPORTED as {} ({})", f.severity.as_str(), f.fingerprint)
            }
        };
        verdicts.push((
            (line, col, 1),
            format!("{} matched {value}: {verdict}", rule.id),
        ));
    }
    for d in dropped {
        let (line, col) = at(d.secret.start);
        if keep(line) {
            let text = format!(
                "{} matched {} — dropped: {}",
                engine.rules()[d.rule].id,
                show(&d.secret),
                d.reason.describe()
            );
            verdicts.push(((line, col, 2), text));
        }
    }
    if verdicts.is_empty() {
        writeln!(out, "  no keyword of any rule occurs here, so no rule ran")?;
    }
    verdicts.sort_by_key(|(key, _)| *key);
    for ((line, col, _), text) in verdicts {
        writeln!(out, "  {line}:{col}  {text}")?;
    }
    Ok(reported)
}
