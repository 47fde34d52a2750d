//! Provider prefixes: the literal text every secret of a provider rule starts with (`ghp_`, `npm_`,
//! `sk-proj-`, `dapi`, `AIza`). A generic candidate that starts with one belongs to that provider:
//! if the provider rule rejects it (wrong length, alphabet or checksum), it is a near miss of that
//! format, and not a secret for a generic rule to report under a `TOKEN=` name.

use std::sync::OnceLock;

use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{Hir, HirKind};

use crate::rules::{Group, Rule};

/// Shortest keyword taken as a prefix because the pattern starts with it: three characters would
/// catch ordinary words.
const MIN_PATTERN_PREFIX: usize = 4;

/// One provider prefix and the rule that owns it.
#[derive(Debug, Clone)]
struct ProviderPrefix {
    prefix: Vec<u8>,
    ignore_case: bool,
    rule: usize,
    /// A keyword without a separator (`dapi`) is a prefix only if the rule's secret group starts
    /// with it, which takes parsing the pattern: done when a value first starts with it.
    needs_pattern: bool,
}

/// The provider prefixes of a rule set, listed on first use: only generic candidates need them,
/// and a commit hook's small scans should not pay for them.
#[derive(Debug, Default)]
pub(crate) struct Prefixes {
    list: OnceLock<Vec<ProviderPrefix>>,
    /// Per rule, the literal its secret group starts with, parsed on demand.
    literals: OnceLock<Vec<OnceLock<Vec<u8>>>>,
}

impl Prefixes {
    /// The rules (indices into `rules`, the rule set the engine was built from) whose prefix
    /// `value` starts with.
    pub(crate) fn owners<'a>(
        &'a self,
        rules: &'a [Rule],
        value: &'a [u8],
    ) -> impl Iterator<Item = usize> + 'a {
        self.list
            .get_or_init(|| provider_prefixes(rules))
            .iter()
            .filter(move |p| {
                value.len() >= p.prefix.len()
                    && if p.ignore_case {
                        value[..p.prefix.len()].eq_ignore_ascii_case(&p.prefix)
                    } else {
                        value.starts_with(&p.prefix)
                    }
                    && (!p.needs_pattern || self.literal(rules, p.rule).starts_with(&p.prefix))
            })
            .map(|p| p.rule)
    }

    /// The literal that rule `i`'s secret group starts with (empty if none).
    fn literal<'a>(&'a self, rules: &[Rule], i: usize) -> &'a [u8] {
        let cells = self
            .literals
            .get_or_init(|| rules.iter().map(|_| OnceLock::new()).collect());
        cells[i].get_or_init(|| {
            pattern_prefix(&rules[i].pattern, &rules[i].secret_group).unwrap_or_default()
        })
    }
}

/// Every provider rule's possible prefixes: its keywords that read as the start of a token
/// (`ghp_`), and those of at least [`MIN_PATTERN_PREFIX`] characters that its pattern spells out
/// and that may start its secret group (`dapi` in `(dapi[0-9a-f]{32})`).
fn provider_prefixes(rules: &[Rule]) -> Vec<ProviderPrefix> {
    let mut out = Vec::new();
    for (i, rule) in rules.iter().enumerate().filter(|(_, r)| !r.generic) {
        for k in &rule.keywords {
            let sure = is_prefix_keyword(k);
            let maybe = k.len() >= MIN_PATTERN_PREFIX
                && k.bytes().any(|b| b != k.as_bytes()[0])
                && rule.pattern.contains(k.as_str());
            if sure || maybe {
                out.push(ProviderPrefix {
                    prefix: k.as_bytes().to_vec(),
                    ignore_case: rule.ignore_case,
                    rule: i,
                    needs_pattern: !sure,
                });
            }
        }
    }
    out
}

/// Whether a provider keyword reads as the literal start of its tokens: at least three characters,
/// no spaces, with a separator among the first five or at the end (`ghp_`, `xoxb-`, `SG.`,
/// `sk.eyJ`, `hcaik_`, `tskey-auth-`).
fn is_prefix_keyword(keyword: &str) -> bool {
    let separator = |b: u8| matches!(b, b'_' | b'-' | b'.');
    keyword.len() >= 3
        && (keyword.bytes().take(5).any(separator) || keyword.bytes().last().is_some_and(separator))
        && keyword
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && keyword.bytes().all(|b| b.is_ascii_graphic())
}

/// The literal that every match of the secret group of `pattern` starts with, if it is at least
/// [`MIN_PATTERN_PREFIX`] printable characters long and starts with a letter or digit
/// (`(dapi[0-9a-f]{32})` gives `dapi`). Case-insensitive groups have no such literal.
fn pattern_prefix(pattern: &str, group: &Group) -> Option<Vec<u8>> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    let secret = capture(&hir, group)?;
    let seq = Extractor::new().extract(secret);
    let prefix = seq.longest_common_prefix()?;
    (prefix.len() >= MIN_PATTERN_PREFIX
        && prefix[0].is_ascii_alphanumeric()
        && prefix.iter().all(u8::is_ascii_graphic))
    .then(|| prefix.to_vec())
}

/// The sub-expression of the capture `group` in `hir` (the whole pattern for group 0).
fn capture<'a>(hir: &'a Hir, group: &Group) -> Option<&'a Hir> {
    if *group == Group::Index(0) {
        return Some(hir);
    }
    match hir.kind() {
        HirKind::Capture(cap) => {
            let this = match group {
                Group::Index(i) => cap.index as usize == *i,
                Group::Name(n) => cap.name.as_deref() == Some(n.as_str()),
            };
            if this {
                Some(&cap.sub)
            } else {
                capture(&cap.sub, group)
            }
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().find_map(|h| capture(h, group))
        }
        HirKind::Repetition(rep) => capture(&rep.sub, group),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefix(pattern: &str, group: Group) -> Option<String> {
        pattern_prefix(pattern, &group).map(|p| String::from_utf8_lossy(&p).into_owned())
    }

    #[test]
    fn the_secret_group_literal_is_its_prefix() {
        let databricks = r"(?:\\[nrt]|\b)(dapi[0-9a-f]{32}(?:-\d)?)(?:[^0-9A-Za-z_-]|$)";
        assert_eq!(prefix(databricks, Group::Index(1)).as_deref(), Some("dapi"));
        let named = r"token=(?P<secret>glpat-[0-9A-Za-z_-]{20})";
        assert_eq!(
            prefix(named, Group::Name("secret".into())).as_deref(),
            Some("glpat-")
        );
    }

    #[test]
    fn short_case_insensitive_or_open_groups_have_none() {
        assert_eq!(prefix(r"(xox[bp]-[0-9]{10})", Group::Index(1)), None);
        assert_eq!(prefix(r"(?i)(dapi[0-9a-f]{32})", Group::Index(1)), None);
        assert_eq!(prefix(r"key\s*=\s*([0-9a-f]{32})", Group::Index(1)), None);
        assert_eq!(prefix(r"(dapi|dkea)[0-9a-f]{32}", Group::Index(0)), None);
    }
}
