//! The detection engine: prefilter → confirm → filters. Built once from a [`RuleSet`] and shared
//! read-only by every scanning thread. It knows nothing about files or git: it takes bytes and
//! returns candidate spans, which [`crate::findings`] turns into findings.

pub mod checks;
mod confirm;
pub mod filters;
pub mod prefilter;
mod prefixes;

use std::ops::Range;

pub use filters::Drop;
use prefilter::Prefilter;
use prefixes::Prefixes;

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
    prefixes: Prefixes,
}

impl Engine {
    /// Builds the keyword automaton over `rules`. Regexes compile lazily on first use.
    pub fn new(rules: RuleSet) -> Result<Engine> {
        let rules = rules.rules().to_vec();
        let prefilter = Prefilter::new(&rules)?;
        Ok(Engine {
            rules,
            prefilter,
            prefixes: Prefixes::default(),
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
