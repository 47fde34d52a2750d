//! `keyhound rules check`: proves every rule is sound before it ships. For each rule: the pattern
//! and companion compile and name an existing secret group, keywords exist, rotation guidance is
//! present, each example contains a keyword and yields exactly this rule through the full engine,
//! and no negative example yields anything. (Check names are validated earlier, when the rule
//! file is parsed.)

use std::collections::BTreeSet;

use super::{group_index, Rule, RuleSet};
use crate::engine::Engine;
use crate::error::Result;

/// One thing wrong with one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Id of the rule at fault, so the user knows which `[[rule]]` to fix.
    pub rule: String,
    /// What is wrong, as `rules check` prints it.
    pub message: String,
}

/// Checks every rule in `set`; an empty result means all rules pass.
pub fn check(set: &RuleSet) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    for rule in set.rules() {
        structure(rule, &mut problems);
    }
    let engine = Engine::new(set.clone())?;
    for rule in set.rules() {
        examples(&engine, rule, &mut problems);
    }
    Ok(problems)
}

fn structure(rule: &Rule, problems: &mut Vec<Problem>) {
    let mut fail = |message: String| {
        problems.push(Problem {
            rule: rule.id.clone(),
            message,
        })
    };
    let kebab = !rule.id.is_empty()
        && rule
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !kebab {
        fail("id must be kebab-case (a-z, 0-9, -)".into());
    }
    match rule.regex() {
        Err(e) => fail(format!("pattern does not compile: {e}")),
        Ok(re) if group_index(re, &rule.secret_group).is_none() => fail(format!(
            "secret_group {:?} is not a group of the pattern",
            rule.secret_group
        )),
        Ok(_) => {}
    }
    if let Err(e) = rule.allow_regexes().and(rule.allow_match_regexes()) {
        fail(format!("allow pattern does not compile: {e}"));
    }
    if let Some(c) = &rule.companion {
        match c.regex() {
            Err(e) => fail(format!("companion pattern does not compile: {e}")),
            Ok(re) if group_index(re, &c.secret_group).is_none() => {
                fail("companion secret_group is not a group of its pattern".into())
            }
            Ok(_) => {}
        }
    }
    if rule.keywords.is_empty() || rule.keywords.iter().any(|k| k.trim().is_empty()) {
        fail("every rule needs non-empty keywords".into());
    }
    let r = &rule.rotation;
    if r.summary.trim().is_empty() || !r.docs.starts_with("https://") {
        fail("rotation needs a summary and an https docs URL".into());
    }
    let longest = std::iter::once(&r.summary)
        .chain(&r.steps)
        .chain(std::iter::once(&r.docs))
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0);
    if longest > MAX_GUIDANCE_CHARS {
        fail(format!(
            "rotation text of {longest} characters; at most {MAX_GUIDANCE_CHARS}, so that no line of the text report passes 400"
        ));
    }
    if rule.examples.is_empty() {
        fail("at least one example is required".into());
    }
}

/// Longest rotation summary, step or docs URL: the text report prints each on one line after a
/// short label, and no report line may be longer than 400 characters.
const MAX_GUIDANCE_CHARS: usize = 360;

fn examples(engine: &Engine, rule: &Rule, problems: &mut Vec<Problem>) {
    let mut fail = |message: String| {
        problems.push(Problem {
            rule: rule.id.clone(),
            message,
        })
    };
    for example in &rule.examples {
        let has_keyword = rule.keywords.iter().any(|k| {
            if rule.ignore_case {
                example
                    .to_ascii_lowercase()
                    .contains(&k.to_ascii_lowercase())
            } else {
                example.contains(k.as_str())
            }
        });
        if !has_keyword {
            fail(format!(
                "example contains none of the keywords: {example:?}"
            ));
            continue;
        }
        let found: BTreeSet<&str> = engine
            .scan(example.as_bytes())
            .iter()
            .map(|c| engine.rules()[c.rule].id.as_str())
            .collect();
        if found != BTreeSet::from([rule.id.as_str()]) {
            let (_, dropped) = engine.scan_explained(example.as_bytes());
            let why: Vec<String> = dropped
                .iter()
                .filter(|d| engine.rules()[d.rule].id == rule.id)
                .map(|d| d.reason.describe())
                .collect();
            fail(format!(
                "example should yield exactly [{}] but yields {:?}{}: {example:?}",
                rule.id,
                found,
                if why.is_empty() {
                    String::new()
                } else {
                    format!(" (dropped: {})", why.join("; "))
                }
            ));
        }
    }
    for negative in &rule.negative_examples {
        let found: Vec<&str> = engine
            .scan(negative.as_bytes())
            .iter()
            .map(|c| engine.rules()[c.rule].id.as_str())
            .collect();
        if !found.is_empty() {
            fail(format!("negative example yields {found:?}: {negative:?}"));
        }
    }
}
