//! Rules are data: each `rules/<provider>.toml` file holds `[[rule]]` tables (design §4). This module
//! parses them into [`Rule`]s, embeds the built-in files, and validates them ([`check`]).
//!
//! Regexes are compiled lazily, on a rule's first keyword hit, so that start-up cost does not grow
//! with the rule set: a pre-commit scan of a few files compiles only the rules its files trigger.

pub mod check;

use std::fmt;
use std::sync::OnceLock;

use regex::bytes::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

use crate::engine::checks::Check;
use crate::error::{Error, Result};
use crate::findings::Exposure;

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// How bad a leak of this credential is. Ordered from least to most severe so that `max()` and
/// sorting by severity work naturally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Public by design (a publishable key): reported to review its limits; never fails a scan.
    Info,
    /// Little value to an attacker (a test-mode key); still fails a scan (exit 1), as all above do.
    Low,
    /// Access to a narrow service or scope (a webhook URL, a device token); fails a scan.
    Medium,
    /// Real access to an account or its data; fails a scan and is an error in SARIF.
    High,
    /// Control of an account, its money or infrastructure; also any non-`info` secret made public.
    Critical,
}

impl Severity {
    /// The lowercase name used in every report.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure a rule is that its match is a real credential (a checksummed token is `high`, a
/// generic `password = …` assignment is `low`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// A generic shape (`password = …`) that often is no credential; loses ties to other rules.
    Low,
    /// Probably a credential, though look-alike values can match too.
    Medium,
    /// A prefix, checksum or structure that only real credentials have; wins ties between rules.
    High,
}

impl Confidence {
    /// The lowercase name used in every report.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// Whether a leaked credential can be revoked through an API, only through a web UI, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Revoke {
    /// The provider has an API to revoke it, so revocation can be scripted.
    Api,
    /// Revoked by hand in the provider's console.
    Ui,
    /// Nothing to revoke (a private key, a signed JWT, a public key): replace it where it is used.
    None,
}

/// What a user must do once this credential leaked. Travels unchanged into every report format.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rotation {
    /// One or two sentences: the action to take.
    pub summary: String,
    /// The provider's page that explains rotation or revocation.
    pub docs: String,
    /// How revocation is done.
    pub revoke: Revoke,
    /// Optional numbered steps, shown in the text report and SARIF help.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
}

/// Which capture group of the pattern holds the secret: by index or by name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Group {
    /// The capture's number, 0 being the whole match (the default).
    Index(usize),
    /// A named capture (`(?P<secret>…)`), robust to groups added to the pattern later.
    Name(String),
}

impl Default for Group {
    fn default() -> Self {
        Group::Index(0)
    }
}

/// A second credential that only works together with the rule's match (an AWS secret key next to
/// its access key id). Found near the primary match and reported as part of the same finding.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Companion {
    /// What the companion is called in reports ("secret access key").
    pub name: String,
    /// Regex for the companion; searched only within `within` bytes of the primary match.
    pub pattern: String,
    /// Capture group holding the companion's value.
    #[serde(default)]
    pub secret_group: Group,
    /// How far from the primary match (bytes, each side) the companion may be.
    #[serde(default = "default_within")]
    pub within: usize,
    /// Minimum entropy of the companion's value.
    #[serde(default)]
    pub min_entropy: Option<f64>,
    /// When true, the primary match alone is not reported.
    #[serde(default)]
    pub required: bool,
    /// The companion is evidence for the match, not a second credential (the field names of a
    /// Firebase config around its API key): reports show it as written and leave it out of
    /// `related` and of the fingerprint, which is then the secret's alone.
    #[serde(default)]
    pub evidence: bool,
    #[serde(skip)]
    regex: OnceLock<std::result::Result<Regex, String>>,
}

fn default_within() -> usize {
    1024
}

impl Companion {
    /// The compiled companion regex (compiled on first use).
    pub fn regex(&self) -> std::result::Result<&Regex, String> {
        lazy(&self.regex, &self.pattern)
    }
}

/// One detection rule, as written in `rules/*.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable kebab-case id; never renamed, because baselines and SARIF alerts key on it.
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// Provider (defaults to the file's top-level `provider`).
    #[serde(default)]
    pub provider: String,
    /// How bad a leak is; raised to critical for a public exposure unless `info`.
    pub severity: Severity,
    /// How sure a match is to be a real credential; decides between rules claiming the same text.
    pub confidence: Confidence,
    /// Literals for the Aho-Corasick prefilter; the rule runs only near one of them.
    pub keywords: Vec<String>,
    /// Match keywords regardless of ASCII case (for names such as `password`).
    #[serde(default)]
    pub ignore_case: bool,
    /// The confirming regex, run on a window around each keyword hit.
    pub pattern: String,
    /// Which capture is the secret.
    #[serde(default)]
    pub secret_group: Group,
    /// Minimum Shannon entropy of the secret in bits per byte.
    #[serde(default)]
    pub min_entropy: Option<f64>,
    /// Offline structural checks the secret must pass (see [`crate::engine::checks`]), parsed
    /// when the rule is loaded so that an unknown name fails the load.
    #[serde(default)]
    pub checks: Vec<Check>,
    /// A generic rule: lower priority than provider rules on the same text, and subject to the
    /// stricter look-alike filters (references, identifiers, UUIDs, repeated-character values).
    #[serde(default)]
    pub generic: bool,
    /// Bytes of context examined before and after a keyword hit; defaults to [64, 256].
    #[serde(default)]
    pub window: Option<[usize; 2]>,
    /// Extra regexes: a secret matching any of them is dropped (documented example values).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Extra regexes tested against the whole match rather than the secret: a match containing
    /// one is dropped (a password in a URL whose host is `example.com`).
    #[serde(default)]
    pub allow_match: Vec<String>,
    /// A paired credential reported in the same finding.
    #[serde(default)]
    pub companion: Option<Companion>,
    /// Who can see every match of this rule, whatever file it is in: code that reads a
    /// `NEXT_PUBLIC_…_SECRET` variable exposes its value to every visitor even though the value
    /// is not in the file. Only public exposures are accepted (see [`RuleSet::push`]): the others
    /// depend on where a file is, which a pattern cannot know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposure: Option<Exposure>,
    /// The match is not a credential but the name of one (`public-env-secret-read` captures the
    /// variable `NEXT_PUBLIC_…_SECRET_KEY`), so reports show it in full: redacting a name would
    /// hide the one thing the user has to look for.
    #[serde(default)]
    pub name_only: bool,
    /// Text that must produce exactly this rule.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Text that must produce nothing.
    #[serde(default)]
    pub negative_examples: Vec<String>,
    /// What to do once this credential leaked; copied into every finding of the rule.
    pub rotation: Rotation,
    /// Where the rule came from ("aws.toml", or a user file's path); set by the loader.
    #[serde(skip)]
    pub source: String,
    #[serde(skip)]
    regex: OnceLock<std::result::Result<Regex, String>>,
    #[serde(skip)]
    allow_regexes: OnceLock<std::result::Result<Vec<Regex>, String>>,
    #[serde(skip)]
    allow_match_regexes: OnceLock<std::result::Result<Vec<Regex>, String>>,
}

/// The regex in `cell`, compiling `pattern` into it on first use.
fn lazy<'a>(
    cell: &'a OnceLock<std::result::Result<Regex, String>>,
    pattern: &str,
) -> std::result::Result<&'a Regex, String> {
    cell.get_or_init(|| compile(pattern))
        .as_ref()
        .map_err(Clone::clone)
}

/// The regexes in `cell`, compiling `patterns` into it on first use.
fn lazy_all<'a>(
    cell: &'a OnceLock<std::result::Result<Vec<Regex>, String>>,
    patterns: &[String],
) -> std::result::Result<&'a [Regex], String> {
    cell.get_or_init(|| patterns.iter().map(|p| compile(p)).collect())
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Default context window around a keyword hit: bytes before, bytes after.
pub const DEFAULT_WINDOW: [usize; 2] = [64, 256];

/// Regexes are compiled as bytes regexes without Unicode classes: input may be any bytes, and
/// ASCII classes are both what token formats use and much faster.
fn compile(pattern: &str) -> std::result::Result<Regex, String> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(1 << 22)
        .dfa_size_limit(1 << 22)
        .build()
        .map_err(|e| e.to_string())
}

impl Rule {
    /// The compiled confirming regex (compiled on first use, then shared by all threads).
    pub fn regex(&self) -> std::result::Result<&Regex, String> {
        lazy(&self.regex, &self.pattern)
    }

    /// The compiled `allow` regexes.
    pub fn allow_regexes(&self) -> std::result::Result<&[Regex], String> {
        lazy_all(&self.allow_regexes, &self.allow)
    }

    /// The compiled `allow_match` regexes.
    pub fn allow_match_regexes(&self) -> std::result::Result<&[Regex], String> {
        lazy_all(&self.allow_match_regexes, &self.allow_match)
    }

    /// Bytes examined before and after a keyword hit.
    pub fn window(&self) -> [usize; 2] {
        self.window.unwrap_or(DEFAULT_WINDOW)
    }

    /// Resolves `secret_group` against the compiled regex; `None` if the group does not exist.
    pub fn secret_group_index(&self) -> Option<usize> {
        let re = self.regex().ok()?;
        group_index(re, &self.secret_group)
    }
}

/// Index of a capture group given by number or name, if the regex has it.
pub fn group_index(re: &Regex, group: &Group) -> Option<usize> {
    match group {
        Group::Index(i) if *i < re.captures_len() => Some(*i),
        Group::Index(_) => None,
        Group::Name(n) => re.capture_names().position(|c| c == Some(n.as_str())),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    rule: Vec<Rule>,
}

/// An ordered collection of rules with unique ids.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// The rules compiled into the binary.
    pub fn builtin() -> Result<RuleSet> {
        let mut set = RuleSet::default();
        for (name, text) in BUILTIN_RULE_FILES {
            set.add_file(name, text)?;
        }
        Ok(set)
    }

    /// Parses one rule file's text and appends its rules. `name` is used for the provider default
    /// (file stem) and in error messages.
    pub fn add_file(&mut self, name: &str, text: &str) -> Result<()> {
        let file: RuleFile = toml::from_str(text).map_err(|e| Error::RuleFile {
            file: name.to_string(),
            message: e.to_string(),
        })?;
        let stem = std::path::Path::new(name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(name)
            .to_string();
        for mut rule in file.rule {
            if rule.provider.is_empty() {
                rule.provider = file.provider.clone().unwrap_or_else(|| stem.clone());
            }
            rule.source = name.to_string();
            self.push(rule)?;
        }
        Ok(())
    }

    /// Appends a rule; ids must be unique, and a declared `exposure` must be a public one.
    pub fn push(&mut self, rule: Rule) -> Result<()> {
        if self.rules.iter().any(|r| r.id == rule.id) {
            return Err(Error::Rule {
                id: rule.id,
                message: "duplicate rule id".into(),
            });
        }
        if let Some(e) = rule.exposure.filter(|e| !e.is_public()) {
            return Err(Error::Rule {
                id: rule.id,
                message: format!(
                    "exposure {:?} depends on where a file is, not on what a rule matches: use \"public-env\" or \"public-bundle\"",
                    e.as_str()
                ),
            });
        }
        self.rules.push(rule);
        Ok(())
    }

    /// Removes the rules whose ids are listed; returns the ids that matched no rule.
    pub fn disable(&mut self, ids: &[String]) -> Vec<String> {
        let unknown = ids
            .iter()
            .filter(|id| !self.rules.iter().any(|r| &r.id == *id))
            .cloned()
            .collect();
        self.rules.retain(|r| !ids.contains(&r.id));
        unknown
    }

    /// All rules, in load order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = r#"
[[rule]]
id = "demo-rule"
name = "Demo"
severity = "high"
confidence = "low"
keywords = ["demo_"]
pattern = 'demo_[a-z]{8}'
EXPOSURE
[rule.rotation]
summary = "Rotate it."
docs = "https://example.com/rotate"
revoke = "ui"
"#;

    fn load(exposure: &str) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        set.add_file("demo.toml", &RULE.replace("EXPOSURE", exposure))?;
        Ok(set)
    }

    #[test]
    fn a_rule_may_declare_a_public_exposure_only() {
        let set = load(r#"exposure = "public-env""#).expect("public-env is accepted");
        assert_eq!(set.rules()[0].exposure, Some(Exposure::PublicEnv));
        assert_eq!(load("").expect("no exposure").rules()[0].exposure, None);
        let err = load(r#"exposure = "history""#).expect_err("history is a place, not a match");
        assert!(err.to_string().contains("public-env"), "{err}");
        assert!(load(r#"exposure = "everywhere""#).is_err());
    }
}
