//! The keyword prefilter: one Aho-Corasick automaton over every rule's keywords. A blob is read by
//! this automaton once; only the rules whose keywords occur in it run their regexes, and only on a
//! window around each occurrence. This is what keeps the cost per byte independent of the number
//! of rules.
//!
//! The automaton runs a leftmost-longest search, which is markedly faster than reporting every
//! overlapping occurrence. So that no rule loses a hit when its keyword sits inside a longer
//! keyword ("token" inside "access_token"), each keyword also triggers the rules of every keyword
//! it contains, and the search resumes just after each match's start.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::rules::Rule;

/// A rule that a keyword triggers, and whether the hit must contain one of the rule's keywords in
/// its exact case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Trigger {
    rule: u32,
    exact: bool,
}

/// A keyword occurrence that triggered a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    /// Index of the rule in the engine's rule list.
    pub rule: u32,
    /// Byte offset where the keyword starts.
    pub start: usize,
    /// Byte offset just after the keyword.
    pub end: usize,
}

/// The compiled automaton and, per automaton pattern, the rules it triggers.
#[derive(Debug)]
pub struct Prefilter {
    automaton: AhoCorasick,
    triggers: Vec<Vec<Trigger>>,
}

impl Prefilter {
    /// Builds the automaton. Keywords are matched ASCII-case-insensitively; a rule that did not ask
    /// for `ignore_case` has each hit checked against its keywords' exact bytes.
    pub fn new(rules: &[Rule]) -> Result<Prefilter> {
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut triggers: Vec<Vec<Trigger>> = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            if rule.keywords.iter().all(|k| k.is_empty()) {
                return Err(Error::Rule {
                    id: rule.id.clone(),
                    message: "a rule needs at least one non-empty keyword".into(),
                });
            }
            for keyword in rule.keywords.iter().filter(|k| !k.is_empty()) {
                let folded = keyword.to_ascii_lowercase().into_bytes();
                let slot = match keywords.iter().position(|k| *k == folded) {
                    Some(slot) => slot,
                    None => {
                        keywords.push(folded);
                        triggers.push(Vec::new());
                        keywords.len() - 1
                    }
                };
                add(&mut triggers[slot], index as u32, !rule.ignore_case);
            }
        }
        // A longer keyword also fires the rules of every keyword inside it.
        let direct = triggers.clone();
        for (outer, text) in keywords.iter().enumerate() {
            for (inner, part) in keywords.iter().enumerate() {
                if inner != outer && contains(text, part) {
                    for t in &direct[inner] {
                        add(&mut triggers[outer], t.rule, t.exact);
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keywords)
            .map_err(|e| Error::Rule {
                id: "*".into(),
                message: format!("keyword automaton: {e}"),
            })?;
        Ok(Prefilter {
            automaton,
            triggers,
        })
    }

    /// Number of distinct keywords (case-folded) in the automaton.
    pub fn keyword_count(&self) -> usize {
        self.triggers.len()
    }

    /// Every keyword occurrence in `haystack` together with the rule it triggers, sorted by rule
    /// then position.
    pub fn hits(&self, rules: &[Rule], haystack: &[u8]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut at = 0;
        // Resuming one byte after each match's start (not at its end) keeps keywords that begin
        // inside an earlier match ("azure_devops" then "devops_pat" in "azure_devops_pat").
        while let Some(m) = self
            .automaton
            .find(aho_corasick::Input::new(haystack).span(at..haystack.len()))
        {
            at = m.start() + 1;
            let found = &haystack[m.start()..m.end()];
            for t in &self.triggers[m.pattern().as_usize()] {
                let rule = &rules[t.rule as usize];
                if t.exact && !rule.keywords.iter().any(|k| contains(found, k.as_bytes())) {
                    continue;
                }
                hits.push(Hit {
                    rule: t.rule,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        hits.sort_unstable();
        hits
    }
}

/// Adds a trigger; a rule triggered both exactly and loosely by one keyword stays loose.
fn add(triggers: &mut Vec<Trigger>, rule: u32, exact: bool) {
    match triggers.iter_mut().find(|t| t.rule == rule) {
        Some(t) => t.exact &= exact,
        None => triggers.push(Trigger { rule, exact }),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && haystack.len() >= needle.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}
