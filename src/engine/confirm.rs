//! Confirmation: run a rule's regex on merged windows around its keyword hits, then pass each
//! match through the filters, structural checks and companion search.

use std::ops::Range;

use super::filters::{self, Drop};
use super::prefilter::Hit;
use super::prefixes::Prefixes;
use super::{Candidate, Dropped};
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

/// How far past its window a match that touches the window's edge may be followed.
const MAX_EXTENSION: usize = 1 << 16;

/// Runs one rule over its windows of `bytes`, appending accepted candidates to `found` and, when
/// explaining, rejected ones to `dropped`.
pub(super) fn confirm(
    rules: &[Rule],
    prefixes: &Prefixes,
    index: usize,
    bytes: &[u8],
    windows: &[Range<usize>],
    found: &mut Vec<Candidate>,
    mut dropped: Option<&mut Vec<Dropped>>,
) {
    let rule = &rules[index];
    let Ok(re) = rule.regex() else { return };
    let Some(group) = group_index(re, &rule.secret_group) else {
        return;
    };
    let mut locs = re.capture_locations();
    // Accepted secrets with their possible companions, nearest first.
    let mut accepted: Vec<(Range<usize>, Vec<Range<usize>>)> = Vec::new();
    for window in windows {
        let mut at = window.start;
        let mut end = window.end;
        while at < end {
            let Some(whole) = re.captures_read_at(&mut locs, &bytes[..end], at) else {
                break;
            };
            // A match touching the window's edge may be cut short: widen the window, match again.
            if whole.end() == end && end < bytes.len() && end < window.end + MAX_EXTENSION {
                end = (end + (end - window.start).max(256))
                    .min(bytes.len())
                    .min(window.end + MAX_EXTENSION);
                continue;
            }
            at = if whole.end() > whole.start() {
                whole.end()
            } else {
                whole.end() + 1
            };
            let Some((s, e)) = locs.get(group) else {
                continue;
            };
            let secret = s..e;
            if secret.is_empty() || accepted.iter().any(|(a, _)| *a == secret) {
                continue;
            }
            let whole = &bytes[whole.start()..whole.end()];
            let verdict = judge(rule, &bytes[secret.clone()], whole).and_then(|()| {
                if rule.generic {
                    judge_generic(rules, prefixes, bytes, &secret)
                } else {
                    Ok(())
                }
            });
            match verdict {
                Ok(()) => {
                    let companions = companions(rule, bytes, &secret);
                    accepted.push((secret, companions));
                }
                Err(reason) => record(&mut dropped, index, secret, reason),
            }
        }
    }
    pair(rule, index, accepted, found, &mut dropped);
}

fn record(
    dropped: &mut Option<&mut Vec<Dropped>>,
    rule: usize,
    secret: Range<usize>,
    reason: Drop,
) {
    if let Some(d) = dropped.as_deref_mut() {
        d.push(Dropped {
            rule,
            secret,
            reason,
        });
    }
}

/// Gives each accepted secret its nearest companion that no other secret of this rule has
/// claimed (two AWS key ids never share one secret key), nearest pairs first.
fn pair(
    rule: &Rule,
    index: usize,
    mut accepted: Vec<(Range<usize>, Vec<Range<usize>>)>,
    found: &mut Vec<Candidate>,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let Some(companion) = &rule.companion else {
        found.extend(accepted.into_iter().map(|(secret, _)| Candidate {
            rule: index,
            secret,
            companion: None,
        }));
        return;
    };
    let distance = |(secret, options): &(Range<usize>, Vec<Range<usize>>)| {
        options
            .first()
            .map_or(usize::MAX, |o| o.start.abs_diff(secret.start))
    };
    accepted.sort_by_key(distance);
    let mut claimed: Vec<Range<usize>> = Vec::new();
    for (secret, options) in accepted {
        let free = options
            .into_iter()
            .find(|o| !claimed.iter().any(|c| c.start < o.end && o.start < c.end));
        match free {
            Some(span) => {
                claimed.push(span.clone());
                found.push(Candidate {
                    rule: index,
                    secret,
                    companion: Some(span),
                });
            }
            None if companion.required => record(dropped, index, secret, Drop::NoCompanion),
            None => found.push(Candidate {
                rule: index,
                secret,
                companion: None,
            }),
        }
    }
}

/// Applies the filters and structural checks to one matched value (`whole` is the full regex
/// match, for `allow_match`).
fn judge(rule: &Rule, value: &[u8], whole: &[u8]) -> Result<(), Drop> {
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
    if let Some(check) = rule.checks.iter().find(|c| !c.run(value)) {
        return Err(Drop::Check(check.name()));
    }
    let allowed = |set: std::result::Result<&[regex::bytes::Regex], String>, text: &[u8]| {
        set.is_ok_and(|res| res.iter().any(|re| re.is_match(text)))
    };
    if allowed(rule.allow_regexes(), value) || allowed(rule.allow_match_regexes(), whole) {
        return Err(Drop::RuleAllow);
    }
    Ok(())
}

/// The extra evidence a generic candidate needs: it is not part of a secret-manager reference
/// (`arn:aws:secretsmanager:…:secret:name`, whose `secret:` looks like an assignment) or of a
/// template expression still open on its line (`{{ lookup("vault", "secret=…") }}`), and it is
/// not a near miss of a provider format (`ghp_` with a bad checksum, a truncated `sk-proj-` key).
fn judge_generic(
    rules: &[Rule],
    prefixes: &Prefixes,
    bytes: &[u8],
    secret: &Range<usize>,
) -> Result<(), Drop> {
    // Look back at most 256 bytes: a reference is one short token.
    let from = secret.start.saturating_sub(256);
    let start = bytes[from..secret.start]
        .iter()
        .rposition(|b| {
            b.is_ascii_whitespace()
                || matches!(
                    b,
                    b'"' | b'\'' | b'`' | b'=' | b',' | b'(' | b'[' | b'{' | b'>'
                )
        })
        .map_or(from, |p| from + p + 1);
    if filters::secret_manager_reference(&bytes[start..secret.end])
        || filters::inside_template(&bytes[from..secret.start])
    {
        return Err(Drop::Reference);
    }
    let value = &bytes[secret.clone()];
    let quoted = secret
        .start
        .checked_sub(1)
        .is_some_and(|i| matches!(bytes[i], b'"' | b'\'' | b'`'));
    if filters::renamed_variable(value, quoted) {
        return Err(Drop::Identifier);
    }
    let mut owners = prefixes.owners(rules, value).peekable();
    if owners.peek().is_none() {
        return Ok(());
    }
    let accepted = owners.any(|i| provider_accepts(&rules[i], value));
    if accepted {
        Ok(())
    } else {
        Err(Drop::ProviderNearMiss)
    }
}

/// Whether a provider rule, run on `value` alone, finds a secret in it that passes its filters
/// and checks.
fn provider_accepts(rule: &Rule, value: &[u8]) -> bool {
    let Ok(re) = rule.regex() else { return false };
    let Some(group) = group_index(re, &rule.secret_group) else {
        return false;
    };
    re.captures_iter(value).any(|caps| {
        let (Some(whole), Some(secret)) = (caps.get(0), caps.get(group)) else {
            return false;
        };
        judge(rule, secret.as_bytes(), whole.as_bytes()).is_ok()
    })
}

/// Every acceptable companion within the rule's distance of the primary secret, nearest first.
fn companions(rule: &Rule, bytes: &[u8], secret: &Range<usize>) -> Vec<Range<usize>> {
    let Some(companion) = rule.companion.as_ref() else {
        return Vec::new();
    };
    let Ok(re) = companion.regex() else {
        return Vec::new();
    };
    let Some(group) = group_index(re, &companion.secret_group) else {
        return Vec::new();
    };
    let start = secret.start.saturating_sub(companion.within);
    let end = secret.end.saturating_add(companion.within).min(bytes.len());
    let mut spans: Vec<Range<usize>> = re
        .captures_iter(&bytes[start..end])
        .filter_map(|caps| caps.get(group))
        .map(|m| start + m.start()..start + m.end())
        .filter(|span| {
            let value = &bytes[span.clone()];
            let overlaps = span.start < secret.end && secret.start < span.end;
            let weak = companion
                .min_entropy
                .is_some_and(|min| filters::entropy(value) < min);
            !overlaps && !weak && filters::placeholder(value).is_none()
        })
        .collect();
    spans.sort_by_key(|r| r.start.abs_diff(secret.start));
    spans
}
