//! Decode and rescan (design §1, "decode"). Secrets are often stored encoded: a Kubernetes
//! Secret's `data:` values are base64, tools hex- or base64-encode values into config files, URLs
//! percent-encode them, and JSON and JavaScript strings escape characters as `\uXXXX` or `\xNN`.
//! A prefix-anchored rule cannot see `ghp_` in `Z2hwX…`. So after the plain scan of a text, this
//! stage finds the stretches that look encoded (`find.rs`), decodes those whose content is text,
//! and runs the same engine over the result, once more inside what that reveals.
//!
//! - **What is decoded**: base64 and base64url runs of 16 characters or more that hold a digit,
//!   `+` or `/` (identifiers and words seldom do); hex runs of 32 digits or more; stretches with
//!   two or more `%XX`; stretches with a `\uXXXX` or `\xNN` escape of a printable ASCII character;
//!   and every `data:` value of a Kubernetes `kind: Secret` manifest, rescanned as `KEY=value` so
//!   that rules looking for a password's name see it.
//! - **Only text is rescanned**: the first 12 decoded bytes are looked at before decoding more,
//!   so images, fonts and WebAssembly in `data:` URLs cost a few instructions; what decodes to
//!   anything but mostly printable UTF-8 is dropped.
//! - **Bounds**: two levels (base64 inside base64, or inside a percent-encoded URL); at most 1 MiB
//!   decoded per stretch and 4 MiB (and never more than four times the blob's size) per blob. No
//!   format decompresses, so nothing grows: decoding is never larger than its input.
//! - **Where findings point**: at the encoded text in the file (for base64 and hex, the characters
//!   that encode the secret; for percent-encoding and escapes, exactly the secret's characters),
//!   through the same `locate` mapping as [`Embedded`] text, with `encoding` naming
//!   what was peeled off, outermost first. `secret` and `fingerprint` are of the decoded value.
//! - **No double reports**: a stretch that overlaps something a provider rule reported in the
//!   plain scan (a Basic auth header, a Docker `auth` value, a JWT) is not decoded. A generic
//!   finding on the encoded text itself (`token: <base64>`) does not stop decoding, and gives way
//!   when the decoded text yields a finding.
//! - **Inline source maps** are left to [`crate::sources::sourcemap`].

mod base64;
mod blocks;
mod escape;
mod find;
mod hex;
mod kubernetes;
mod percent;

use std::cell::OnceCell;
use std::ops::Range;

use crate::engine::{Candidate, Engine};
use crate::findings::{self, exposure, Embedded, Exposure, LineIndex, SourceOrigin, Span};
use crate::scan::Scanner;
use crate::sources::Origin;

/// Levels of encoding peeled off: base64 inside base64 is found, a third level is not.
const MAX_DEPTH: usize = 2;

/// Most bytes decoded from one stretch; a longer stretch is decoded up to here.
const MAX_PER_STRETCH: usize = 1 << 20;

/// Most bytes decoded from one blob, all stretches and levels together.
const MAX_PER_BLOB: usize = 4 << 20;

/// Decoded bytes looked at before a stretch is decoded in full.
const PEEK: usize = 12;

/// How a stretch of text is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// RFC 4648 base64 (`+`, `/`), padded or not.
    Base64,
    /// RFC 4648 base64url (`-`, `_`), padded or not.
    Base64Url,
    /// Two hex digits per byte.
    Hex,
    /// URL percent-encoding (`%40`).
    Percent,
    /// JSON and JavaScript string escapes (`\u0041`, `\x41`, `\n`).
    Escape,
}

impl Encoding {
    /// The name reports give it (the finding's `encoding`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Base64 => "base64",
            Encoding::Base64Url => "base64url",
            Encoding::Hex => "hex",
            Encoding::Percent => "percent",
            Encoding::Escape => "escape",
        }
    }

    /// Decodes at most `limit` bytes of `encoded`.
    fn decode(self, encoded: &[u8], limit: usize) -> Result<Decoded, DecodeError> {
        match self {
            Encoding::Base64 => base64::decode(encoded, false, limit),
            Encoding::Base64Url => base64::decode(encoded, true, limit),
            Encoding::Hex => hex::decode(encoded, limit),
            Encoding::Percent => Ok(percent::decode(encoded, limit)),
            Encoding::Escape => Ok(escape::decode(encoded, limit)),
        }
    }
}

/// Why a stretch that looked encoded does not decode. Such stretches are simply not rescanned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// A character outside the alphabet (padding included) at this offset.
    #[error("not a base64 character at offset {0}")]
    NotBase64(usize),
    /// More than two `=` at the end.
    #[error("too much base64 padding")]
    Padding,
    /// Hex comes in pairs of digits.
    #[error("odd number of hex digits")]
    OddHex,
    /// A character that is not a hex digit, at this offset.
    #[error("not a hex digit at offset {0}")]
    NotHex(usize),
}

/// Decoded text, and how its offsets map back into the encoded stretch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// What is scanned: the decoded bytes, after a `name=` prefix when the value was stored under
    /// a name (a Kubernetes Secret's key).
    pub text: Vec<u8>,
    /// Length of that prefix.
    prefix: usize,
    offsets: Offsets,
}

/// Where decoded offsets lie in the encoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Offsets {
    /// Four characters for every three bytes.
    Base64,
    /// Two characters for every byte.
    Hex,
    /// Escapes of different lengths: `(decoded, encoded)` offsets after each escape, in order.
    /// Between escapes, one byte is one byte.
    Escapes(Vec<(usize, usize)>),
}

impl Offsets {
    /// Offset in the encoded text of the character holding the first bit of decoded byte `at`.
    fn start(&self, at: usize) -> usize {
        match self {
            Offsets::Base64 => at * 4 / 3,
            Offsets::Hex => at * 2,
            Offsets::Escapes(steps) => Offsets::step(steps, at),
        }
    }

    /// Offset in the encoded text just after the characters that hold decoded bytes `..at`.
    fn end(&self, at: usize) -> usize {
        match self {
            Offsets::Base64 => (at * 4).div_ceil(3),
            Offsets::Hex => at * 2,
            Offsets::Escapes(steps) => Offsets::step(steps, at),
        }
    }

    fn step(steps: &[(usize, usize)], at: usize) -> usize {
        let after = steps.partition_point(|&(decoded, _)| decoded <= at);
        let (decoded, encoded) = after.checked_sub(1).map_or((0, 0), |i| steps[i]);
        encoded + (at - decoded)
    }
}

impl Decoded {
    fn new(text: Vec<u8>, offsets: Offsets) -> Decoded {
        Decoded {
            text,
            prefix: 0,
            offsets,
        }
    }

    /// The same text as `name=text`, so that rules that need a name (`DB_PASSWORD=…`) see it.
    fn named(mut self, name: &[u8]) -> Decoded {
        let mut text = Vec::with_capacity(name.len() + 1 + self.text.len());
        text.extend_from_slice(name);
        text.push(b'=');
        text.append(&mut self.text);
        self.prefix = name.len() + 1;
        self.text = text;
        self
    }

    /// The range of the encoded text that holds `range` of [`Decoded::text`] (a name prefix
    /// maps to the start).
    fn encoded(&self, range: &Range<usize>) -> Range<usize> {
        let start = self.offsets.start(range.start.saturating_sub(self.prefix));
        let end = self.offsets.end(range.end.saturating_sub(self.prefix));
        start..end.max(start)
    }
}

/// True for mostly printable UTF-8: what a secret, a config file or a manifest decodes to, and
/// what an image, a font or random bytes do not. A character cut at the end is allowed, since a
/// stretch may be decoded only in part.
fn is_text(bytes: &[u8]) -> bool {
    let valid = match std::str::from_utf8(bytes) {
        Ok(_) => bytes,
        Err(e) if e.error_len().is_none() => &bytes[..e.valid_up_to()],
        Err(_) => return false,
    };
    let control = valid
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
        .count();
    !valid.is_empty() && control * 20 <= valid.len()
}

/// Decoded bytes still allowed for one blob.
struct Budget(usize);

impl Budget {
    fn for_blob(len: usize) -> Budget {
        Budget(len.saturating_mul(4).min(MAX_PER_BLOB))
    }

    /// Decodes `stretch` of `bytes` when it is text and the budget allows, spending what it
    /// decodes.
    fn decode(&mut self, bytes: &[u8], stretch: &find::Stretch) -> Option<Decoded> {
        let limit = self.0.min(MAX_PER_STRETCH);
        if limit == 0 {
            return None;
        }
        let encoded = &bytes[stretch.range.clone()];
        let encoding = stretch.encoding;
        if matches!(
            encoding,
            Encoding::Base64 | Encoding::Base64Url | Encoding::Hex
        ) {
            let head = encoding.decode(encoded, PEEK.min(limit)).ok()?;
            if !is_text(&head.text) {
                return None;
            }
        }
        let decoded = encoding.decode(encoded, limit).ok()?;
        self.0 -= decoded.text.len().min(self.0);
        if !is_text(&decoded.text) {
            return None;
        }
        Some(match &stretch.name {
            Some(name) => decoded.named(&bytes[name.clone()]),
            None => decoded,
        })
    }
}

/// How to report something found in a text: in the file, or in text decoded from it. Each part
/// is computed only when a finding needs it.
struct Place<'a> {
    /// Where a byte range of the text lies in the file.
    locate: &'a dyn Fn(&Range<usize>) -> Span,
    /// The source-map origin of a text offset.
    origin: &'a dyn Fn(usize) -> Option<SourceOrigin>,
    /// What the assignment around a text offset implies about exposure.
    exposure: &'a dyn Fn(usize) -> Option<Exposure>,
    /// Whether the line around a text offset (or around the text's own encoded stretch) carries an
    /// allow marker.
    allowed: &'a dyn Fn(usize) -> bool,
}

/// One text searched for encoded stretches: the scanned blob, or text decoded from it.
struct Level<'a> {
    bytes: &'a [u8],
    /// The parts of `bytes` to look in (a source map without its decoded strings and position
    /// data); `None` for all of it.
    parts: Option<&'a [Range<usize>]>,
    /// The encodings peeled off to reach `bytes`, outermost first, `+`-joined; empty for the blob.
    encoding: &'a str,
    depth: usize,
    place: Place<'a>,
}

/// Finds encoded stretches in `bytes` (a blob, or text embedded in one as `within` says), decodes
/// them and rescans what they hold. `plain` is what the plain scan of `bytes` found; generic
/// candidates on a stretch whose decoded text yields findings are removed from it, since the
/// decoded finding names the same value better (the engine prefers specific rules the same way).
/// Only stretches inside `parts` of `bytes` are decoded. Returns whether a decoded stretch yielded
/// findings.
pub(crate) fn rescan(
    scanner: &Scanner,
    origin: &Origin,
    within: Option<&Embedded>,
    bytes: &[u8],
    parts: &[Range<usize>],
    plain: &mut Vec<Candidate>,
) -> bool {
    let index = OnceCell::new();
    let index = || index.get_or_init(|| LineIndex::new(bytes));
    let locate = |r: &Range<usize>| -> Span {
        match within {
            Some(e) => (e.locate)(r),
            None => [
                index().position(bytes, r.start),
                index().position(bytes, r.end),
            ],
        }
    };
    let source_origin = |at: usize| {
        within.map(|e| SourceOrigin {
            source: e.source.to_string(),
            line: index().position(bytes, at).0,
        })
    };
    let assignment = |at: usize| exposure::of_assignment(line_before(bytes, at)?);
    let allowed = |at: usize| findings::has_allow_marker(line_around(bytes, at));
    let level = Level {
        bytes,
        parts: Some(parts),
        encoding: "",
        depth: 1,
        place: Place {
            locate: &locate,
            origin: &source_origin,
            exposure: &assignment,
            allowed: &allowed,
        },
    };
    let kubernetes = kubernetes::may_hold_secrets(&origin.path, bytes);
    let mut budget = Budget::for_blob(bytes.len());
    let replaced = level.rescan(scanner, origin, plain, kubernetes, &mut budget);
    drop_replaced(scanner.parts().0, plain, &replaced);
    !replaced.is_empty()
}

/// Removes from `candidates` the generic ones that overlap a stretch in `replaced` (sorted).
fn drop_replaced(engine: &Engine, candidates: &mut Vec<Candidate>, replaced: &[Range<usize>]) {
    if replaced.is_empty() {
        return;
    }
    candidates
        .retain(|c| !engine.rules()[c.rule].generic || !find::overlaps_any(replaced, &c.secret));
}

impl Level<'_> {
    /// The stretches to decode in this level's parts, placed in its whole text.
    fn stretches(&self, reported: &[Range<usize>], kubernetes: bool) -> Vec<find::Stretch> {
        let Some(parts) = self.parts else {
            return find::stretches(self.bytes, reported, kubernetes);
        };
        let mut all = Vec::new();
        for part in parts {
            let inside: Vec<Range<usize>> = reported
                .iter()
                .filter(|r| r.start >= part.start && r.end <= part.end)
                .map(|r| r.start - part.start..r.end - part.start)
                .collect();
            let found = find::stretches(&self.bytes[part.clone()], &inside, kubernetes);
            all.extend(found.into_iter().map(|s| s.shifted(part.start)));
        }
        all
    }

    /// Decodes and rescans the stretches of this level, and returns those whose decoded text
    /// (or text decoded from it) yielded findings.
    fn rescan(
        &self,
        scanner: &Scanner,
        origin: &Origin,
        plain: &[Candidate],
        kubernetes: bool,
        budget: &mut Budget,
    ) -> Vec<Range<usize>> {
        let engine = scanner.parts().0;
        // Decoding what a provider rule reported would report it twice.
        let reported: Vec<Range<usize>> = plain
            .iter()
            .filter(|c| !engine.rules()[c.rule].generic)
            .flat_map(|c| std::iter::once(c.secret.clone()).chain(c.companion.clone()))
            .collect();
        let mut found_in = Vec::new();
        for stretch in self.stretches(&reported, kubernetes) {
            let Some(decoded) = budget.decode(self.bytes, &stretch) else {
                continue;
            };
            let mut candidates = engine.scan(&decoded.text);
            if candidates.is_empty() && self.depth == MAX_DEPTH {
                continue;
            }
            let start = stretch.range.start;
            let encoding = match self.encoding {
                "" => stretch.encoding.name().to_string(),
                outer => format!("{outer}+{}", stretch.encoding.name()),
            };
            let locate = |r: &Range<usize>| {
                let inner = decoded.encoded(r);
                (self.place.locate)(&(start + inner.start..start + inner.end))
            };
            let allowed_here = OnceCell::new();
            let allowed_here = || *allowed_here.get_or_init(|| (self.place.allowed)(start));
            let mut inner_found = Vec::new();
            if self.depth < MAX_DEPTH {
                let source_origin = |_: usize| (self.place.origin)(start);
                let assignment = |at: usize| {
                    line_before(&decoded.text, at)
                        .and_then(exposure::of_assignment)
                        .or_else(|| (self.place.exposure)(start))
                };
                let allowed = |at: usize| {
                    allowed_here() || findings::has_allow_marker(line_around(&decoded.text, at))
                };
                let inner = Level {
                    bytes: &decoded.text,
                    parts: None,
                    encoding: &encoding,
                    depth: self.depth + 1,
                    place: Place {
                        locate: &locate,
                        origin: &source_origin,
                        exposure: &assignment,
                        allowed: &allowed,
                    },
                };
                inner_found = inner.rescan(scanner, origin, &candidates, false, budget);
                drop_replaced(engine, &mut candidates, &inner_found);
            }
            if candidates.is_empty() && inner_found.is_empty() {
                continue;
            }
            found_in.push(stretch.range.clone());
            if !candidates.is_empty() && !allowed_here() {
                let found = findings::Decoded {
                    encoding: &encoding,
                    locate: &locate,
                    origin: (self.place.origin)(start),
                    exposure: (self.place.exposure)(start),
                };
                scanner.decoded(origin, &found, &decoded.text, candidates);
            }
        }
        found_in
    }
}

/// Longest stretch of a line looked at before an encoded stretch for the name it is assigned to.
const NAME_REACH: usize = 256;

/// The text between the start of `at`'s line and `at`, when the line starts close enough.
fn line_before(bytes: &[u8], at: usize) -> Option<&[u8]> {
    let from = at.saturating_sub(NAME_REACH);
    match memchr::memrchr(b'\n', &bytes[from..at]) {
        Some(nl) => Some(&bytes[from + nl + 1..at]),
        None if from == 0 => Some(&bytes[..at]),
        None => None,
    }
}

/// The whole line around `at`.
fn line_around(bytes: &[u8], at: usize) -> &[u8] {
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |nl| nl + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |nl| at + nl);
    &bytes[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_mostly_printable_utf8() {
        assert!(is_text(b"token: abc\n\tdef\r\n"));
        assert!(is_text("mot de passe: é".as_bytes()));
        assert!(
            is_text(&"abé".as_bytes()[..3]),
            "a character cut at the end"
        );
        assert!(!is_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!is_text(b"wOF2\0\x01\0\0"));
        assert!(!is_text(b"ab\xffcd"));
        assert!(!is_text(b""));
        let mostly = [b"a".repeat(40), vec![1u8]].concat();
        assert!(is_text(&mostly));
        let too_many = [b"a".repeat(10), vec![1u8; 2]].concat();
        assert!(!is_text(&too_many));
    }

    #[test]
    fn offsets_map_decoded_bytes_to_the_characters_that_hold_them() {
        let b64 = Offsets::Base64;
        // "AAAA" holds bytes 0..3; byte 1 starts in character 1 and ends in character 2.
        assert_eq!((b64.start(0), b64.end(3)), (0, 4));
        assert_eq!((b64.start(1), b64.end(2)), (1, 3));
        assert_eq!((b64.start(3), b64.end(4)), (4, 6));
        assert_eq!((Offsets::Hex.start(3), Offsets::Hex.end(5)), (6, 10));
        // "a%40b": `@` (decoded 1) is "%40" (encoded 1..4).
        let steps = Offsets::Escapes(vec![(2, 4)]);
        assert_eq!((steps.start(0), steps.start(1), steps.end(2)), (0, 1, 4));
        assert_eq!((steps.start(2), steps.end(3)), (4, 5));
    }

    #[test]
    fn a_named_value_maps_past_its_name() {
        let d = Decoded::new(b"hello, world!!".to_vec(), Offsets::Base64).named(b"GREETING");
        assert_eq!(d.text, b"GREETING=hello, world!!");
        assert_eq!(d.encoded(&(9..23)), 0..19);
        assert_eq!(d.encoded(&(0..8)), 0..0);
    }

    #[test]
    fn the_budget_bounds_what_is_decoded() {
        let stretch = find::Stretch {
            range: 0..24,
            encoding: Encoding::Base64,
            name: None,
        };
        let text = b"dG9rZW49c2VjcmV0dmFsdWUx";
        let mut budget = Budget(30);
        assert_eq!(
            budget.decode(text, &stretch).unwrap().text,
            b"token=secretvalue1"
        );
        assert_eq!(budget.0, 12);
        let mut short = Budget(6);
        assert_eq!(short.decode(text, &stretch).unwrap().text, b"token=");
        assert!(short.decode(text, &stretch).is_none(), "spent");
        assert_eq!(Budget::for_blob(10).0, 40);
        assert_eq!(Budget::for_blob(100 << 20).0, MAX_PER_BLOB);
    }

    #[test]
    fn lines_are_found_around_offsets() {
        let text = b"a=1\nNEXT_PUBLIC_X=abc\nz";
        let at = 18;
        assert_eq!(line_before(text, at), Some(&b"NEXT_PUBLIC_X="[..]));
        assert_eq!(line_around(text, at), b"NEXT_PUBLIC_X=abc");
        let long = format!("{}=abc", "x".repeat(NAME_REACH + 10));
        assert_eq!(line_before(long.as_bytes(), long.len() - 3), None);
    }
}
