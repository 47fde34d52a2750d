//! Findings: an engine candidate located in its blob (line, column, context), fingerprinted by its
//! value, and redacted. Everything reporters need is computed here, once, so reporters never
//! re-read files and never see a raw secret unless the user asked for it.

pub mod baseline;
pub mod exposure;
mod locate;
pub mod redact;

use std::ops::Range;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::checks::Check;
use crate::engine::{Candidate, Engine};
use crate::rules::{Confidence, Rotation, Rule, Severity};
use crate::sources::Origin;

pub use locate::LineIndex;

/// Inline markers that allow a finding on the same line. `gitleaks:allow` and
/// `pragma: allowlist secret` are honoured for teams migrating from gitleaks and detect-secrets.
pub const ALLOW_MARKERS: &[&str] = &[
    "keyhound:allow",
    "gitleaks:allow",
    "pragma: allowlist secret",
];

/// Where the second half of a paired credential was found.
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    /// What it is ("secret access key").
    pub name: String,
    /// 1-based line of the second half, which may differ from the finding's own line.
    pub line: usize,
    /// 1-based column of the second half, counted in characters.
    pub column: usize,
    /// Redacted unless `--show-secrets`.
    pub secret: String,
}

/// Who can see a secret, worst first (design §3). Deserialized for rules that declare one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exposure {
    /// In a file shipped to browsers (bundle or source map): every visitor has a copy.
    PublicBundle,
    /// Assigned to (or read from) a variable a frontend build inlines: as public as a bundle.
    PublicEnv,
    /// Only in git history, deleted from HEAD: still in every clone, so it must be rotated.
    History,
    /// Committed and still present in HEAD: whoever can read the repository has it.
    Repository,
    /// Added by the staged changes and not yet committed: removing it still costs nothing.
    Staged,
    /// In a log file or under `logs/`: whoever reads the logs has it.
    Log,
}

impl Exposure {
    /// The kebab-case name used in every report and in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Exposure::PublicBundle => "public-bundle",
            Exposure::PublicEnv => "public-env",
            Exposure::History => "history",
            Exposure::Repository => "repository",
            Exposure::Staged => "staged",
            Exposure::Log => "log",
        }
    }

    /// Whether every visitor of a site can see the secret: the exposures that make a secret
    /// critical, and the only ones a rule's match can establish on its own.
    pub fn is_public(self) -> bool {
        matches!(self, Exposure::PublicBundle | Exposure::PublicEnv)
    }
}

/// The commit that introduced a secret: what a person rotating it needs to find who and when.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Commit {
    /// Full hex commit id, to look the commit up (`git show`).
    pub id: String,
    /// Author name, the person to ask about the secret.
    pub author: String,
    /// Author email, to reach that person.
    pub email: String,
    /// Author date, RFC 3339 with the author's offset.
    pub date: String,
    /// First line of the message.
    pub summary: String,
}

/// Where a secret found inside a source map was originally written (design §3 `origin`): the map's
/// `sources[i]` (with `sourceRoot` applied) and the 1-based line in that original text, so the
/// person fixing it can open the real file instead of a minified bundle.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceOrigin {
    /// The original file as the map names it, prefixes such as `webpack://` kept.
    pub source: String,
    /// 1-based line of the secret in that original file.
    pub line: usize,
}

/// Start and exclusive end, each as 1-based (line, column in characters).
pub type Span = [(usize, usize); 2];

/// Text that is not itself a file but is embedded in one (a source map's decoded
/// `sourcesContent[i]`). Its findings are reported at the embedding file's path, located by
/// `locate`, and carry `origin` pointing into the original source.
pub struct Embedded<'a> {
    /// The original source's name, as reports show it.
    pub source: &'a str,
    /// Where a byte range of the embedded text lies in the embedding file.
    pub locate: &'a dyn Fn(&Range<usize>) -> Span,
}

/// Text decoded from an encoded stretch of a file (base64, hex, percent-encoding, escapes) and
/// scanned again (design §1, "decode"). Like [`Embedded`] text, its findings are reported at the
/// embedding file's path and placed by `locate`, which here maps onto the encoded text, because
/// that is what the file holds and what must be removed; they carry `encoding` so that a reader
/// knows why the text at that place does not look like the secret.
pub struct Decoded<'a> {
    /// The encodings peeled off, outermost first, joined by `+` (`base64`, `percent+base64`).
    pub encoding: &'a str,
    /// Where a byte range of the decoded text lies in the file.
    pub locate: &'a dyn Fn(&Range<usize>) -> Span,
    /// The source-map origin of the encoded text, when it sits in a source map's embedded source.
    pub origin: Option<SourceOrigin>,
    /// What the assignment around the encoded text implies (`VITE_CONFIG=<base64>`), used when
    /// the decoded text itself assigns the secret to nothing public.
    pub exposure: Option<Exposure>,
}

/// One reported credential occurrence.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The rule that matched; stable, so baselines, fingerprints and SARIF alerts key on it.
    pub rule_id: String,
    /// What the credential is, for people ("Stripe secret API key").
    pub rule_name: String,
    /// The rule's, raised to critical by a public exposure; anything above `info` fails the scan.
    pub severity: Severity,
    /// How sure the rule is that the match is a real credential.
    pub confidence: Confidence,
    /// Relative to the scan root, with `/` separators.
    pub path: String,
    /// 1-based line of the secret's first character.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// 1-based line of the secret's last character (a PEM key spans several).
    pub end_line: usize,
    /// Exclusive end column, in characters.
    pub end_column: usize,
    /// Redacted unless `--show-secrets`.
    pub secret: String,
    /// `kh1:` + 32 hex digits of SHA-256 over `rule_id:secret`; stable across moves and edits.
    pub fingerprint: String,
    /// Who can see the secret, when keyhound knows; absent when nothing says (a plain file scan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exposure: Option<Exposure>,
    /// Source maps: the original file and line the secret was written in. `line` and `column`
    /// then point into the map (or, for an inline map, at its `data:` URL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<SourceOrigin>,
    /// Secrets found only after decoding: how the text at `line`/`column` is encoded, outermost
    /// first (`base64`, `base64url`, `hex`, `percent`, `escape`, joined by `+` when nested). The
    /// position spans the encoded text; `secret` and `fingerprint` are of the decoded value, so
    /// the same secret written plainly elsewhere has the same fingerprint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// The paired credential, for rules with a companion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
    /// The account the credential belongs to, when the secret itself names it: the user of HTTP
    /// Basic credentials, decoded so that nobody has to decode the value (and see the password) to
    /// know which account to fix. Never the password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// History and range scans: the commit that introduced the secret at this path. Absent for
    /// content no commit reaches (a dangling blob).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<Commit>,
    /// History scans: whether the secret is still in HEAD's tree; `false` means deleting it did
    /// not help, because every clone still holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_head: Option<bool>,
    /// History and range scans: the git blob the secret was found in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob: Option<String>,
    /// The rule's guidance on revoking and replacing the credential, so no report needs the rules.
    pub rotation: Rotation,
    /// A short, redacted excerpt of the line around the secret (not part of the JSON contract).
    #[serde(skip)]
    pub context: String,
}

/// Computes a finding's fingerprint from its rule and raw secret value (design §5).
pub fn fingerprint(rule_id: &str, secret: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(rule_id.as_bytes());
    hasher.update(b":");
    hasher.update(secret);
    let digest = hasher.finalize();
    let mut out = String::with_capacity(36);
    out.push_str("kh1:");
    for byte in &digest[..16] {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Options that shape findings.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Print secrets in full instead of redacted.
    pub show_secrets: bool,
    /// Findings below this severity (after exposure escalation) are not reported.
    pub min_severity: Severity,
}

/// Turns the engine's candidates for one blob into findings, dropping those allowed by an inline
/// marker on their line.
pub fn build(
    engine: &Engine,
    origin: &Origin,
    bytes: &[u8],
    candidates: Vec<Candidate>,
    options: Options,
) -> Vec<Finding> {
    build_in(engine, origin, Within::File, bytes, candidates, options)
}

/// What the scanned bytes are, for placing findings: the file itself, or text inside it.
#[derive(Clone, Copy)]
pub enum Within<'a> {
    /// The file's own bytes.
    File,
    /// Text embedded in the file (a source map's source): placed by [`Embedded::locate`], with
    /// the original source in `origin`.
    Embedded(&'a Embedded<'a>),
    /// Text decoded from an encoded stretch of the file: placed on the encoded text by
    /// [`Decoded::locate`], with the encoding named.
    Decoded(&'a Decoded<'a>),
}

/// Like [`build`] for bytes that are `within` the file rather than the file itself.
pub fn build_in(
    engine: &Engine,
    origin: &Origin,
    within: Within,
    bytes: &[u8],
    candidates: Vec<Candidate>,
    options: Options,
) -> Vec<Finding> {
    let index = LineIndex::new(bytes);
    let mut out = Vec::with_capacity(candidates.len());
    for c in candidates {
        let rule = &engine.rules()[c.rule];
        let line_span = index.line_span(c.secret.start);
        if has_allow_marker(&bytes[line_span.clone()]) {
            continue;
        }
        let finding = make(rule, origin, within, bytes, &index, &c, options);
        if finding.severity >= options.min_severity {
            out.push(finding);
        }
    }
    out
}

/// True when `line` holds one of the [`ALLOW_MARKERS`].
pub(crate) fn has_allow_marker(line: &[u8]) -> bool {
    ALLOW_MARKERS
        .iter()
        .any(|m| memchr::memmem::find(line, m.as_bytes()).is_some())
}

fn make(
    rule: &Rule,
    origin: &Origin,
    within: Within,
    bytes: &[u8],
    index: &LineIndex,
    c: &Candidate,
    options: Options,
) -> Finding {
    let raw = &bytes[c.secret.clone()];
    let line_start = index.line_span(c.secret.start).start;
    let outer = match within {
        Within::Decoded(d) => d.exposure,
        _ => None,
    };
    // The worst of what the line (or the encoded text's line), the rule and the file's place say.
    let exposure = [
        exposure::of_assignment(&bytes[line_start..c.secret.start]).or(outer),
        rule.exposure,
        origin.exposure,
    ]
    .into_iter()
    .flatten()
    .min();
    let place = |r: &Range<usize>| match within {
        Within::Embedded(e) => (e.locate)(r),
        Within::Decoded(d) => (d.locate)(r),
        Within::File => [index.position(bytes, r.start), index.position(bytes, r.end)],
    };
    let [(line, column), (end_line, end_column)] = place(&c.secret);
    let (source_origin, encoding) = match within {
        Within::File => (None, None),
        Within::Embedded(e) => (
            Some(SourceOrigin {
                source: e.source.to_string(),
                line: index.position(bytes, c.secret.start).0,
            }),
            None,
        ),
        Within::Decoded(d) => (d.origin.clone(), Some(d.encoding.to_string())),
    };
    let reveal = options.show_secrets || rule.name_only;
    let shown = |r: &Range<usize>| redact::display(&bytes[r.clone()], reveal);
    // Evidence (the field names of a config) is no credential: not redacted, not `related`.
    let credential = |span: &Option<Range<usize>>| {
        span.clone()
            .filter(|_| rule.companion.as_ref().is_some_and(|c| !c.evidence))
    };
    let related = match (credential(&c.companion), &rule.companion) {
        (Some(span), Some(companion)) => {
            let [(line, column), _] = place(&span);
            Some(Related {
                name: companion.name.clone(),
                line,
                column,
                secret: shown(&span),
            })
        }
        _ => None,
    };
    let hide: Vec<(Range<usize>, String)> = credential(&c.companion)
        .map(|r| (r.clone(), shown(&r)))
        .into_iter()
        .collect();
    let context = redact::context(
        bytes,
        index.line_span(c.secret.start),
        &c.secret,
        &shown(&c.secret),
        &hide,
    );
    Finding {
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        severity: exposure::severity(rule.severity, exposure),
        confidence: rule.confidence,
        path: origin.path.clone(),
        line,
        column,
        end_line,
        end_column,
        secret: shown(&c.secret),
        fingerprint: match (&c.companion, &rule.companion) {
            // When the first half alone is no secret (a Twilio account SID), the pair is the
            // credential: a rotated token under the same SID must not match an old baseline.
            // Evidence is no half of the credential and stays out.
            (Some(span), Some(companion)) if companion.required && !companion.evidence => {
                let mut pair = raw.to_vec();
                pair.push(b':');
                pair.extend_from_slice(&bytes[span.clone()]);
                fingerprint(&rule.id, &pair)
            }
            _ => fingerprint(&rule.id, raw),
        },
        exposure,
        origin: source_origin,
        encoding,
        related,
        user: basic_auth_user(rule, raw),
        commit: None,
        in_head: None,
        blob: None,
        rotation: rule.rotation.clone(),
        context,
    }
}

/// The user name in HTTP Basic credentials (base64 of `user:password`), for rules that run the
/// `basic-auth` check. The password after the colon is dropped here and never reported.
fn basic_auth_user(rule: &Rule, secret: &[u8]) -> Option<String> {
    if !rule.checks.iter().any(|c| matches!(c, Check::BasicAuth)) {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(secret)
        .ok()?;
    let colon = decoded.iter().position(|&b| b == b':')?;
    let user = redact::sanitize(&String::from_utf8_lossy(&decoded[..colon]));
    (!user.is_empty()).then_some(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_depends_only_on_rule_and_value() {
        let a = fingerprint("stripe-secret-key", b"sk_live_abc");
        assert_eq!(a, fingerprint("stripe-secret-key", b"sk_live_abc"));
        assert_ne!(a, fingerprint("stripe-secret-key", b"sk_live_abd"));
        assert_ne!(a, fingerprint("other-rule", b"sk_live_abc"));
        assert!(a.starts_with("kh1:") && a.len() == 36);
    }
}
