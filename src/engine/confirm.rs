//! Confirmation: run a rule's regex on merged windows around its keyword hits, then pass each
//! match through the filters, structural checks and companion search.

use std::ops::Range;

use super::filters::{self, Drop};
use super::prefilter::Hit;
use super::{checks, Candidate, Dropped};
use crate::rules::{group_index, Rule};

/// Groups hits by rule and merges each rule's overlapping windows, so every byte region is matched
/// by a rule's regex at most once. `hits` must be sorted by rule then position.
pub(super) fn windows(rules: &[Rule], hits: &[Hit], len: usize) -> Vec<(usize, Vec<Range<usize>>)> {
    let mut out: Vec<(usize, Vec<Range<usize>>)> = Vec::new();
    for hit in hits {
        let rule = hit.rule as usize;
        let [before, after] = rules[rule].window();
        let window = hit.start.saturating_sub(before)..hit.end.saturating_add(after).min(len);
        match out.last_mut() {
            Some((r, ws)) if *r == rule => match ws.last_mut() {
                Some(last) if window.start <= last.end => last.end = last.end.max(window.end),
                _ => ws.push(window),
            },
            _ => out.push((rule, vec![window])),
        }
    }
    out
}

/// Runs one rule over its windows of `bytes`, appending accepted candidates to `found` and, when
/// explaining, rejected ones to `dropped`.
pub(super) fn confirm(
    rule: &Rule,
    index: usize,
    bytes: &[u8],
    windows: &[Range<usize>],
    found: &mut Vec<Candidate>,
    mut dropped: Option<&mut Vec<Dropped>>,
) {
    let Ok(re) = rule.regex() else { return };
    let Some(group) = group_index(re, &rule.secret_group) else {
        return;
    };
    let mut locs = re.capture_locations();
    for window in windows {
        let mut at = window.start;
        while at < window.end {
            let Some(whole) = re.captures_read_at(&mut locs, &bytes[..window.end], at) else {
                break;
            };
            at = if whole.end() > whole.start() {
                whole.end()
            } else {
                whole.end() + 1
            };
            let Some((s, e)) = locs.get(group) else {
                continue;
            };
            let secret = s..e;
            if secret.is_empty() || found.iter().any(|c| c.rule == index && c.secret == secret) {
                continue;
            }
            match judge(rule, bytes, secret.clone()) {
                Ok(companion) => found.push(Candidate {
                    rule: index,
                    secret,
                    companion,
                }),
                Err(reason) => {
                    if let Some(d) = dropped.as_deref_mut() {
                        d.push(Dropped {
                            rule: index,
                            secret,
                            reason,
                        });
                    }
                }
            }
        }
    }
}

/// Applies filters and checks to one match; on success returns the companion's span, if found.
fn judge(rule: &Rule, bytes: &[u8], secret: Range<usize>) -> Result<Option<Range<usize>>, Drop> {
    let value = &bytes[secret.clone()];
    if let Some(min) = rule.min_entropy {
        if filters::entropy(value) < min {
            return Err(Drop::LowEntropy);
        }
    }
    if let Some(reason) = filters::placeholder(value) {
        return Err(reason);
    }
    if rule.generic {
        if let Some(reason) = filters::generic_lookalike(value) {
            return Err(reason);
        }
    }
    if let Some(name) = rule.checks.iter().find(|c| !checks::run(c, value)) {
        let name = checks::KNOWN
            .iter()
            .find(|k| *k == name)
            .copied()
            .unwrap_or("unknown");
        return Err(Drop::Check(name));
    }
    if let Ok(allow) = rule.allow_regexes() {
        if allow.iter().any(|re| re.is_match(value)) {
            return Err(Drop::RuleAllow);
        }
    }
    let Some(companion) = &rule.companion else {
        return Ok(None);
    };
    match find_companion(rule, bytes, &secret) {
        Some(span) => Ok(Some(span)),
        None if companion.required => Err(Drop::NoCompanion),
        None => Ok(None),
    }
}

/// Searches the companion pattern within its distance of the primary secret and returns the
/// nearest acceptable match.
fn find_companion(rule: &Rule, bytes: &[u8], secret: &Range<usize>) -> Option<Range<usize>> {
    let companion = rule.companion.as_ref()?;
    let re = companion.regex().ok()?;
    let group = group_index(re, &companion.secret_group)?;
    let start = secret.start.saturating_sub(companion.within);
    let end = secret.end.saturating_add(companion.within).min(bytes.len());
    let mut best: Option<Range<usize>> = None;
    for caps in re.captures_iter(&bytes[start..end]) {
        let Some(m) = caps.get(group) else { continue };
        let span = start + m.start()..start + m.end();
        let value = &bytes[span.clone()];
        if span.start < secret.end && secret.start < span.end {
            continue;
        }
        if companion
            .min_entropy
            .is_some_and(|min| filters::entropy(value) < min)
            || filters::placeholder(value).is_some()
        {
            continue;
        }
        let distance = |r: &Range<usize>| r.start.abs_diff(secret.start);
        if best.as_ref().is_none_or(|b| distance(&span) < distance(b)) {
            best = Some(span);
        }
    }
    best
}
