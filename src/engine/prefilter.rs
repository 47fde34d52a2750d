//! The keyword prefilter: one Aho-Corasick automaton over every rule's keywords. A blob is read by
//! this automaton once; only the rules whose keywords occur in it run their regexes, and only on a
//! window around each occurrence. This is what keeps the cost per byte independent of the number
//! of rules.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::rules::Rule;

/// A rule that a keyword triggers, and whether the hit must match the keyword's case exactly.
#[derive(Debug, Clone, Copy)]
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
    /// The keyword text of each automaton pattern (first spelling seen).
    keywords: Vec<Vec<u8>>,
    triggers: Vec<Vec<Trigger>>,
}

impl Prefilter {
    /// Builds the automaton. Keywords are matched ASCII-case-insensitively; a rule that did not ask
    /// for `ignore_case` has each hit checked against its keyword's exact bytes.
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
                let bytes = keyword.as_bytes();
                let slot = match keywords.iter().position(|k| k.eq_ignore_ascii_case(bytes)) {
                    Some(slot) => slot,
                    None => {
                        keywords.push(bytes.to_vec());
                        triggers.push(Vec::new());
                        keywords.len() - 1
                    }
                };
                let trigger = Trigger {
                    rule: index as u32,
                    exact: !rule.ignore_case,
                };
                if !triggers[slot].iter().any(|t| t.rule == trigger.rule) {
                    triggers[slot].push(trigger);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keywords)
            .map_err(|e| Error::Rule {
                id: "*".into(),
                message: format!("keyword automaton: {e}"),
            })?;
        Ok(Prefilter {
            automaton,
            keywords,
            triggers,
        })
    }

    /// Number of distinct keywords in the automaton.
    pub fn keyword_count(&self) -> usize {
        self.keywords.len()
    }

    /// Every keyword occurrence in `haystack` together with the rule it triggers, sorted by rule
    /// then position.
    pub fn hits(&self, rules: &[Rule], haystack: &[u8]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(haystack) {
            let slot = m.pattern().as_usize();
            let found = &haystack[m.start()..m.end()];
            for t in &self.triggers[slot] {
                if t.exact
                    && !rules[t.rule as usize]
                        .keywords
                        .iter()
                        .any(|k| k.as_bytes() == found)
                {
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
