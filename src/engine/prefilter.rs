//! The keyword prefilter: one Aho-Corasick automaton over every rule's keywords. A blob is read by
//! this automaton once; only the rules whose keywords occur in it run their regexes, and only on a
//! window around each occurrence. This is what keeps the cost per byte independent of the number
//! of rules.
//!
//! The automaton is a DFA, and a DFA walk is bound by the latency of one table lookup per byte:
//! each step needs the state the previous step produced. So the haystack is cut into
//! [`STREAMS`] stretches that are walked in lock-step, one byte of each per round; the lookups of
//! different stretches are independent and the CPU overlaps them. On minified bundles this reads
//! about 1.8 times as many bytes per second as one walk (`benches/engine.rs`).
//!
//! Every keyword occurrence is found (the DFA reports overlapping matches), and each start
//! position keeps its longest keyword. So that no rule loses a hit when its keyword sits inside a
//! longer keyword ("token" inside "access_token"), each keyword also triggers the rules of every
//! keyword it contains.

use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

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

/// Stretches of a haystack walked in lock-step. Four keeps every stream's state in a register on
/// x86-64; more streams were slower in measurements, fewer left lookups waiting.
const STREAMS: usize = 4;

/// Haystacks shorter than this are walked as one stream: splitting them gains nothing.
const SPLIT_AT: usize = 4096;

/// The compiled automaton and, per automaton pattern, the rules it triggers.
#[derive(Debug)]
pub struct Prefilter {
    automaton: DFA,
    /// Byte length of each automaton pattern.
    lengths: Vec<usize>,
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
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&keywords)
            .map_err(|e| Error::Rule {
                id: "*".into(),
                message: format!("keyword automaton: {e}"),
            })?;
        Ok(Prefilter {
            automaton,
            lengths: keywords.iter().map(Vec::len).collect(),
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
        // (start, pattern) of the longest keyword at each start position.
        let mut found: Vec<(usize, usize)> = Vec::new();
        self.occurrences(haystack, &mut |end, pattern| {
            found.push((end - self.lengths[pattern], pattern));
        });
        found.sort_unstable_by_key(|&(start, pattern)| (start, usize::MAX - self.lengths[pattern]));
        found.dedup_by_key(|(start, _)| *start);
        let mut hits = Vec::new();
        for (start, pattern) in found {
            let end = start + self.lengths[pattern];
            let text = &haystack[start..end];
            for t in &self.triggers[pattern] {
                let rule = &rules[t.rule as usize];
                if t.exact && !rule.keywords.iter().any(|k| contains(text, k.as_bytes())) {
                    continue;
                }
                hits.push(Hit {
                    rule: t.rule,
                    start,
                    end,
                });
            }
        }
        hits.sort_unstable();
        hits
    }

    /// Calls `found(end, pattern)` for every keyword occurrence, each exactly once, in no
    /// particular order. Stream `k` reports the matches that end inside its stretch; it starts
    /// reading one keyword length early so that a keyword crossing into the stretch is seen.
    fn occurrences(&self, haystack: &[u8], found: &mut impl FnMut(usize, usize)) {
        let dfa = &self.automaton;
        let Ok(start) = dfa.start_state(Anchored::No) else {
            return;
        };
        let streams = if haystack.len() < SPLIT_AT {
            1
        } else {
            STREAMS
        };
        let stretch = haystack.len() / streams;
        let lead = dfa.max_pattern_len().saturating_sub(1);
        let mut at = [0usize; STREAMS];
        let mut from = [0usize; STREAMS];
        let mut to = [0usize; STREAMS];
        for k in 0..streams {
            from[k] = k * stretch;
            to[k] = if k + 1 == streams {
                haystack.len()
            } else {
                (k + 1) * stretch
            };
            at[k] = from[k].saturating_sub(lead);
        }
        let mut state = [start; STREAMS];
        // Lock-step rounds while every stream has bytes left, then each finishes alone. The four
        // states are separate locals so that they stay in registers.
        if streams == STREAMS {
            let rounds = (0..STREAMS).map(|k| to[k] - at[k]).min().unwrap_or(0);
            let [h0, h1, h2, h3] = at.map(|a| &haystack[a..a + rounds]);
            let [mut s0, mut s1, mut s2, mut s3] = state;
            let bytes = h0.iter().zip(h1).zip(h2).zip(h3);
            for (i, (((&b0, &b1), &b2), &b3)) in bytes.enumerate() {
                s0 = dfa.next_state(Anchored::No, s0, b0);
                s1 = dfa.next_state(Anchored::No, s1, b1);
                s2 = dfa.next_state(Anchored::No, s2, b2);
                s3 = dfa.next_state(Anchored::No, s3, b3);
                for (k, sid) in [(0, s0), (1, s1), (2, s2), (3, s3)] {
                    if dfa.is_match(sid) {
                        report(dfa, sid, at[k] + i + 1, from[k], found);
                    }
                }
            }
            state = [s0, s1, s2, s3];
            for a in &mut at {
                *a += rounds;
            }
        }
        for k in 0..streams {
            while at[k] < to[k] {
                state[k] = dfa.next_state(Anchored::No, state[k], haystack[at[k]]);
                at[k] += 1;
                if dfa.is_match(state[k]) {
                    report(dfa, state[k], at[k], from[k], found);
                }
            }
        }
    }
}

/// Reports the keywords that end at `end` in match state `sid`, unless they end before the
/// stretch that owns them begins (the stream's lead-in belongs to the previous stream).
#[cold]
fn report(dfa: &DFA, sid: StateID, end: usize, from: usize, found: &mut impl FnMut(usize, usize)) {
    if end > from {
        for i in 0..dfa.match_len(sid) {
            found(end, dfa.match_pattern(sid, i).as_usize());
        }
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
