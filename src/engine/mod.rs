//! The detection engine: prefilter → confirm → filters. Built once from a [`RuleSet`] and shared
//! read-only by every scanning thread. It knows nothing about files or git: it takes bytes and
//! returns candidate spans, which [`crate::findings`] turns into findings.

pub mod checks;
mod confirm;
pub mod filters;
pub mod prefilter;

use std::ops::Range;

pub use filters::Drop;
use prefilter::Prefilter;

use crate::error::Result;
use crate::rules::{Rule, RuleSet};

/// A confirmed match: a rule, where its secret is, and where its companion (if any) is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Index into [`Engine::rules`].
    pub rule: usize,
    /// Byte range of the secret in the scanned bytes.
    pub secret: Range<usize>,
    /// Byte range of the companion credential, for paired rules.
    pub companion: Option<Range<usize>>,
}

impl Candidate {
    /// The same candidate in a text where the scanned bytes start at offset `by`.
    pub fn shifted(self, by: usize) -> Candidate {
        let shift = |r: Range<usize>| r.start + by..r.end + by;
        Candidate {
            rule: self.rule,
            secret: shift(self.secret),
            companion: self.companion.map(shift),
        }
    }
}

/// A candidate that matched a rule's regex but was dropped, with the reason. Collected only when
/// explaining, so normal scans pay nothing for it.
#[derive(Debug, Clone)]
pub struct Dropped {
    /// Index into [`Engine::rules`].
    pub rule: usize,
    /// Byte range of the dropped value.
    pub secret: Range<usize>,
    /// Why it was dropped.
    pub reason: Drop,
}

/// The compiled rule set.
#[derive(Debug)]
pub struct Engine {
    rules: Vec<Rule>,
    prefilter: Prefilter,
    prefixes: Vec<ProviderPrefix>,
}

/// A literal that starts every secret of a provider rule (`ghp_`, `npm_`, `sk-proj-`), taken from the
/// provider rules' keywords. A generic candidate that starts with one belongs to that provider: if
/// the provider rule rejects it (wrong length, alphabet or checksum), it is a near miss, not a
/// secret for a generic rule to report.
#[derive(Debug, Clone)]
pub(crate) struct ProviderPrefix {
    pub(crate) prefix: Vec<u8>,
    pub(crate) ignore_case: bool,
    pub(crate) rule: usize,
}

/// Whether a provider keyword reads as the literal start of its tokens: at least three characters,
/// no spaces, with a separator among the first five (`ghp_`, `xoxb-`, `SG.`, `sk-ant-api`, `sk.eyJ`).
fn is_prefix_keyword(keyword: &str) -> bool {
    keyword.len() >= 3
        && keyword
            .bytes()
            .take(5)
            .any(|b| matches!(b, b'_' | b'-' | b'.'))
        && keyword
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && keyword.bytes().all(|b| b.is_ascii_graphic())
}

/// The provider prefixes of `rules` (see [`ProviderPrefix`]).
fn provider_prefixes(rules: &[Rule]) -> Vec<ProviderPrefix> {
    let mut out = Vec::new();
    for (i, rule) in rules.iter().enumerate().filter(|(_, r)| !r.generic) {
        for k in rule.keywords.iter().filter(|k| is_prefix_keyword(k)) {
            out.push(ProviderPrefix {
                prefix: k.as_bytes().to_vec(),
                ignore_case: rule.ignore_case,
                rule: i,
            });
        }
    }
    out
}

impl Engine {
    /// Builds the keyword automaton over `rules`. Regexes compile lazily on first use.
    pub fn new(rules: RuleSet) -> Result<Engine> {
        let rules = rules.rules().to_vec();
        let prefilter = Prefilter::new(&rules)?;
        let prefixes = provider_prefixes(&rules);
        Ok(Engine {
            rules,
            prefilter,
            prefixes,
        })
    }

    /// The rules, indexed by [`Candidate::rule`].
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Number of distinct prefilter keywords.
    pub fn keyword_count(&self) -> usize {
        self.prefilter.keyword_count()
    }

    /// The keyword occurrences in `bytes` and the rules each triggers: the first stage of
    /// `--explain`, to show why a rule ran or did not.
    pub fn keyword_hits(&self, bytes: &[u8]) -> Vec<prefilter::Hit> {
        self.prefilter.hits(&self.rules, bytes)
    }

    /// Finds every credential in `bytes`.
    pub fn scan(&self, bytes: &[u8]) -> Vec<Candidate> {
        self.scan_inner(bytes, None)
    }

    /// Like [`Engine::scan`], and also returns every regex match that a filter dropped.
    pub fn scan_explained(&self, bytes: &[u8]) -> (Vec<Candidate>, Vec<Dropped>) {
        let mut dropped = Vec::new();
        let found = self.scan_inner(bytes, Some(&mut dropped));
        (found, dropped)
    }

    fn scan_inner(&self, bytes: &[u8], mut dropped: Option<&mut Vec<Dropped>>) -> Vec<Candidate> {
        let hits = self.prefilter.hits(&self.rules, bytes);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        for (rule, windows) in confirm::windows(&self.rules, &hits, bytes.len()) {
            confirm::confirm(
                &self.rules,
                &self.prefixes,
                rule,
                bytes,
                &windows,
                &mut found,
                dropped.as_deref_mut(),
            );
        }
        resolve_overlaps(&self.rules, found, dropped)
    }
}

/// When several rules claim overlapping text, keep the most specific: a provider rule over a generic
/// one, a paired match over a lone one, then higher confidence, then the longer secret. A value that is some finding's companion is
/// not reported again on its own.
///
/// Confidence is what a rule's match proves, and it decides between rules that claim the same
/// token: a rule whose checks read the token's content (Supabase's, which decode the JWT claims
/// `iss` and `role`) is `high`, the generic `jwt-token` rule, which proves only that the text is a
/// signed JWT, is `medium`. So the claim-checked rule wins, and its severity applies even when it
/// is lower (`info` for an anon key, which is public by design) than the generic rule's.
fn resolve_overlaps(
    rules: &[Rule],
    mut found: Vec<Candidate>,
    mut dropped: Option<&mut Vec<Dropped>>,
) -> Vec<Candidate> {
    if found.len() < 2 {
        return found;
    }
    let rank = |c: &Candidate| {
        let r = &rules[c.rule];
        (
            !r.generic,
            c.companion.is_some(),
            r.confidence,
            c.secret.len(),
            r.severity,
        )
    };
    found.sort_by(|a, b| {
        rank(b)
            .cmp(&rank(a))
            .then(a.secret.start.cmp(&b.secret.start))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(found.len());
    for c in found {
        let overlaps = |r: &Range<usize>| r.start < c.secret.end && c.secret.start < r.end;
        let clash = kept
            .iter()
            .any(|k| overlaps(&k.secret) || k.companion.as_ref().is_some_and(overlaps));
        if !clash {
            kept.push(c);
        } else if let Some(d) = dropped.as_deref_mut() {
            d.push(Dropped {
                rule: c.rule,
                secret: c.secret,
                reason: Drop::Overlapped,
            });
        }
    }
    kept.sort_by_key(|c| (c.secret.start, c.rule));
    kept
}
