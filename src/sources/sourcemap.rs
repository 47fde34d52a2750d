//! Source maps (design §6, "Artifacts"). A v3 source map's `sourcesContent[i]` holds the complete
//! original text of `sources[i]`, JSON-escaped: a secret written on its own line in
//! `src/config.js` sits in the map as `…\nexport const token = \"ghp_…\"\n…`, inside one huge
//! line. Scanning the map as plain text finds prefix-shaped keys but loses the original line and
//! misreads anything that depends on line starts or quotes. So, for a blob that is a source map
//! (named `*.map`, or JSON with `"version": 3` and `sourcesContent`), each entry is JSON-decoded
//! and scanned as the original text, and only the rest of the map (`file`, `sources`, other
//! fields) is scanned as it is, so no secret is reported twice. `mappings` (base64 VLQ position
//! data, often a third of the file) and `names` (the original code's identifiers) are not read.
//! A script or stylesheet whose last line is an inline map
//! (`//# sourceMappingURL=data:application/json;base64,…`) is scanned without the base64 payload,
//! and the decoded map's sources are scanned instead.
//!
//! Where findings point:
//! - `path` is the map file (or the script, for an inline map): that is the file that is shipped
//!   and must be removed or rebuilt.
//! - `line`/`column`/`end_*` are the secret's exact position in the map file's text (escapes
//!   accounted for), so editors, staged scans and SARIF viewers land on it. For an inline map,
//!   whose base64 text has no character-level correspondence, they span the whole `data:` payload.
//! - `origin.source` is `sources[i]` as the map gives it, with `sourceRoot` prepended when
//!   `sources[i]` is relative; `webpack://…`, `../../src/…` and other prefixes are kept as they are,
//!   because resolving them needs the build's layout, which the map does not record. A missing
//!   name is shown as `sources[i]`. `origin.line` is the 1-based line in the decoded text.
//!
//! A blob named `*.map` that looks like JSON but is not a valid v3 map (bad JSON, wrong types,
//! another version, not UTF-8) is scanned as plain text, and a note says so: nothing is lost and
//! nothing panics. The same holds for an inline map whose payload does not decode.

use std::ops::Range;

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::Origin;
use crate::findings::{Embedded, LineIndex, Span};
use crate::scan::Scanner;

/// Longest `origin.source` shown; longer names keep their end, which names the file.
const MAX_NAME_CHARS: usize = 200;

/// Comment prefixes that introduce a source map URL on a script's or stylesheet's last line
/// (`//@` is the deprecated form some tools still emit).
const URL_COMMENTS: &[&[u8]] = &[
    b"//# sourceMappingURL=",
    b"//@ sourceMappingURL=",
    b"/*# sourceMappingURL=",
    b"/*@ sourceMappingURL=",
];

/// Base64 as inline maps use it, with or without padding.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Why bytes that should be a source map are not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    /// JSON is UTF-8; anything else is not a map.
    #[error("not UTF-8")]
    NotUtf8,
    /// Not JSON, not an object, or a field of the wrong type.
    #[error("{0}")]
    Json(String),
    /// Only version 3 is defined with `sourcesContent`.
    #[error("version {0}, not 3")]
    Version(u64),
    /// An inline `data:` URL whose payload is not base64.
    #[error("the data: URL is not valid base64")]
    Base64,
}

/// One embedded original source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `sources[i]` with `sourceRoot` applied, as reports show it.
    pub name: String,
    /// The decoded original text; `None` when the caller knew this text already and asked for it
    /// not to be decoded (see [`parse_with`]).
    pub content: Option<String>,
    /// Byte range of the JSON string literal, quotes included, in the map's text.
    pub literal: Range<usize>,
}

/// The parts of a v3 source map that matter for scanning.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceMap {
    /// Every non-null `sourcesContent` entry, in order.
    pub sources: Vec<Source>,
    /// Byte ranges of the `mappings` string and the `names` array: position data and the
    /// identifiers of the original code, which hold no text worth scanning (a `names` array of a
    /// large bundle lists thousands of `…Token`/`…Password` identifiers).
    pub positional: Vec<Range<usize>>,
}

/// The map as serde reads it; `sourcesContent` entries are borrowed raw so that their position
/// in the file is known.
#[derive(Deserialize)]
struct RawMap<'a> {
    version: u64,
    #[serde(default)]
    sources: Vec<Option<String>>,
    #[serde(default, rename = "sourceRoot")]
    source_root: Option<String>,
    #[serde(default, borrow, rename = "sourcesContent")]
    sources_content: Vec<Option<&'a RawValue>>,
    #[serde(default, borrow)]
    mappings: Option<&'a RawValue>,
    #[serde(default, borrow)]
    names: Option<&'a RawValue>,
}

/// Parses a source map. The optional `)]}'` first line some servers prepend against XSSI is
/// skipped, as the format allows.
pub fn parse(bytes: &[u8]) -> Result<SourceMap, MapError> {
    parse_with(bytes, &|_| false)
}

/// Like [`parse`], leaving undecoded each `sourcesContent` entry whose JSON literal `known` says
/// was seen before.
pub fn parse_with(bytes: &[u8], known: &dyn Fn(&[u8]) -> bool) -> Result<SourceMap, MapError> {
    let text = std::str::from_utf8(bytes).map_err(|_| MapError::NotUtf8)?;
    let json = match text.strip_prefix(")]}'") {
        Some(rest) => rest.find('\n').map_or("", |nl| &rest[nl + 1..]),
        None => text,
    };
    let raw: RawMap = serde_json::from_str(json).map_err(|e| MapError::Json(e.to_string()))?;
    if raw.version != 3 {
        return Err(MapError::Version(raw.version));
    }
    let mut sources = Vec::new();
    for (i, entry) in raw.sources_content.iter().enumerate() {
        let Some(value) = entry else { continue };
        let literal = value.get();
        let start = value_at(text, literal, '"')
            .ok_or_else(|| MapError::Json(format!("sourcesContent[{i}] is not a string")))?
            .start;
        let content = match known(literal.as_bytes()) {
            true => None,
            false => Some(
                serde_json::from_str(literal)
                    .map_err(|e| MapError::Json(format!("sourcesContent[{i}]: {e}")))?,
            ),
        };
        let name = raw.sources.get(i).and_then(Option::as_deref);
        sources.push(Source {
            name: source_name(raw.source_root.as_deref(), name, i),
            content,
            literal: start..start + literal.len(),
        });
    }
    let mappings = raw.mappings.and_then(|m| value_at(text, m.get(), '"'));
    let names = raw.names.and_then(|n| value_at(text, n.get(), '['));
    let positional = mappings.into_iter().chain(names).collect();
    Ok(SourceMap {
        sources,
        positional,
    })
}

/// Where the raw JSON value `literal`, borrowed from `text`, lies, if it starts with `open`
/// (`"` for a string, `[` for an array).
fn value_at(text: &str, literal: &str, open: char) -> Option<Range<usize>> {
    (literal.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .filter(|s| s + literal.len() <= text.len() && literal.starts_with(open))
        .map(|start| start..start + literal.len())
}

/// `sources[i]` with `sourceRoot` prepended when the name is relative; control characters are
/// replaced so that a name cannot break a report line, and very long names keep their end.
fn source_name(root: Option<&str>, source: Option<&str>, i: usize) -> String {
    let Some(source) = source else {
        return format!("sources[{i}]");
    };
    let absolute = source.starts_with('/') || source.contains("://") || source.starts_with("data:");
    let full = match root.filter(|r| !r.is_empty()) {
        Some(root) if !absolute => {
            format!("{}/{source}", root.strip_suffix('/').unwrap_or(root))
        }
        _ => source.to_string(),
    };
    let chars: Vec<char> = full
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if chars.len() <= MAX_NAME_CHARS {
        return chars.into_iter().collect();
    }
    let mut out = String::from("…");
    out.extend(&chars[chars.len() - MAX_NAME_CHARS..]);
    out
}

/// Offset, within a JSON string literal (quotes included), of the text that decodes to byte
/// `decoded` of its value: escapes (`\n`, `\"`, `\u00e9`, surrogate pairs) are longer in the file
/// than in the decoded text.
fn literal_offset(literal: &[u8], decoded: usize) -> usize {
    let end = literal.len().saturating_sub(1);
    let (mut i, mut d) = (1, 0);
    while i < end && d < decoded {
        if literal[i] != b'\\' {
            i += 1;
            d += 1;
            continue;
        }
        if literal.get(i + 1) != Some(&b'u') {
            i += 2;
            d += 1;
            continue;
        }
        let unit = hex4(literal.get(i + 2..i + 6));
        let low = (literal.get(i + 6..i + 8) == Some(b"\\u"))
            .then(|| hex4(literal.get(i + 8..i + 12)))
            .filter(|low| (0xDC00..0xE000).contains(low));
        match (unit, low) {
            (0xD800..=0xDBFF, Some(_)) => {
                i += 12;
                d += 4;
            }
            _ => {
                i += 6;
                d += match unit {
                    0..=0x7F => 1,
                    0x80..=0x7FF => 2,
                    _ => 3,
                };
            }
        }
    }
    i.min(literal.len())
}

/// The value of four hex digits (0 when malformed; serde_json has already validated them).
fn hex4(digits: Option<&[u8]>) -> u32 {
    digits
        .and_then(|d| std::str::from_utf8(d).ok())
        .and_then(|d| u32::from_str_radix(d, 16).ok())
        .unwrap_or(0)
}

/// The parts of `0..len` outside every range in `skipped` (which may be unsorted, and may
/// overlap): what is left to scan as plain text once decoded or meaningless strings are taken out.
fn outside(len: usize, skipped: impl IntoIterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut skipped: Vec<Range<usize>> = skipped.into_iter().collect();
    skipped.sort_by_key(|r| r.start);
    let mut parts = Vec::new();
    let mut at = 0;
    for r in skipped {
        if r.start > at {
            parts.push(at..r.start.min(len));
        }
        at = at.max(r.end);
    }
    if at < len {
        parts.push(at..len);
    }
    parts.retain(|r| !r.is_empty());
    parts
}

/// True when a blob's name says it is a map (`*.map`, any case).
fn named_map(path: &str) -> bool {
    path.len() >= 4
        && path.is_char_boundary(path.len() - 4)
        && path[path.len() - 4..].eq_ignore_ascii_case(".map")
}

/// The blob with leading whitespace and an XSSI prefix skipped.
fn json_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b")]}'").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Cheap test for a source map that is not named `*.map`: a JSON object mentioning both
/// `"version"` and `"sourcesContent"`. [`parse`] decides.
fn looks_like_map(bytes: &[u8]) -> bool {
    json_start(bytes).first() == Some(&b'{')
        && memchr::memmem::find(bytes, b"\"sourcesContent\"").is_some()
        && memchr::memmem::find(bytes, b"\"version\"").is_some()
}

/// Byte range of the base64 payload when the blob's last line is an inline map comment
/// (`//# sourceMappingURL=data:application/json[;charset=…];base64,…`, or `/*# … */` in CSS).
/// Blobs whose last character cannot end base64 are rejected without searching for the line.
fn inline_payload(bytes: &[u8]) -> Option<Range<usize>> {
    let mut end = bytes.len()
        - bytes
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    if bytes[..end].ends_with(b"*/") {
        end -= 2;
        end -= bytes[..end]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    }
    let last = *bytes[..end].last()?;
    if !(last.is_ascii_alphanumeric() || b"+/=".contains(&last)) {
        return None;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..end]).map_or(0, |i| i + 1);
    let line = &bytes[line_start..end];
    let indent = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let line = &line[indent..];
    let comment = URL_COMMENTS.iter().find(|c| line.starts_with(c))?;
    let url = &line[comment.len()..];
    if url.len() < 5 || !url[..5].eq_ignore_ascii_case(b"data:") {
        return None;
    }
    let comma = memchr::memchr(b',', url)?;
    let media = url[5..comma].to_ascii_lowercase();
    if !media.starts_with(b"application/json") || !media.ends_with(b";base64") {
        return None;
    }
    let start = line_start + indent + comment.len() + comma + 1;
    Some(start..end)
}

/// Scans `bytes` as a source map, or as a script or stylesheet with an inline map, when it is
/// one, and returns true; returns false for anything else, which the caller scans as plain text.
pub fn scan(scanner: &Scanner, origin: &Origin, bytes: &[u8]) -> bool {
    let named = named_map(&origin.path);
    if named || looks_like_map(bytes) {
        scan_map(scanner, origin, bytes, named);
        return true;
    }
    if let Some(payload) = inline_payload(bytes) {
        scan_inline(scanner, origin, bytes, payload);
        return true;
    }
    false
}

/// A map file: its sources decoded and placed exactly; the rest scanned without them and without
/// `mappings` and `names`.
fn scan_map(scanner: &Scanner, origin: &Origin, bytes: &[u8], named: bool) {
    let map = match parse_with(bytes, &|literal| scanner.known_clean(literal)) {
        Ok(map) => map,
        Err(e) => {
            if named && matches!(json_start(bytes).first(), Some(b'{' | b'[')) {
                scanner.note(
                    &origin.path,
                    format!("not a valid source map ({e}); scanned as plain text"),
                );
            }
            return scanner.text(origin, bytes);
        }
    };
    let decoded = map.sources.iter().map(|s| s.literal.clone());
    let parts = outside(bytes.len(), decoded.chain(map.positional.iter().cloned()));
    scanner.text_parts(origin, bytes, &parts);
    if map.sources.is_empty() {
        return;
    }
    // Built on the first finding: most maps have none, and their text is megabytes.
    let index = std::cell::OnceCell::new();
    let index = || index.get_or_init(|| LineIndex::new(bytes));
    for source in &map.sources {
        // Known already, and clean: the same source sits in another map of the build.
        let Some(content) = &source.content else {
            continue;
        };
        let literal = &bytes[source.literal.clone()];
        let at = |decoded: usize| {
            index().position(
                bytes,
                source.literal.start + literal_offset(literal, decoded),
            )
        };
        let locate = |r: &Range<usize>| -> Span { [at(r.start), at(r.end)] };
        let embedded = Embedded {
            source: &source.name,
            locate: &locate,
        };
        if !scanner.embedded(origin, &embedded, content.as_bytes()) {
            scanner.mark_clean(literal);
        }
    }
}

/// A script or stylesheet with an inline map: the file as it is, then the map's sources, placed
/// on the `data:` payload.
fn scan_inline(scanner: &Scanner, origin: &Origin, bytes: &[u8], payload: Range<usize>) {
    scanner.text_parts(
        origin,
        bytes,
        &outside(bytes.len(), std::iter::once(payload.clone())),
    );
    let map = BASE64
        .decode(&bytes[payload.clone()])
        .map_err(|_| MapError::Base64)
        .and_then(|json| parse(&json));
    let map = match map {
        Ok(map) => map,
        Err(e) => {
            return scanner.note(
                &origin.path,
                format!("inline source map is not valid ({e}); scanned as plain text"),
            )
        }
    };
    let index = LineIndex::new(bytes);
    let span: Span = [
        index.position(bytes, payload.start),
        index.position(bytes, payload.end),
    ];
    let locate = |_: &Range<usize>| span;
    for source in &map.sources {
        let Some(content) = &source.content else {
            continue;
        };
        let embedded = Embedded {
            source: &source.name,
            locate: &locate,
        };
        scanner.embedded(origin, &embedded, content.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(map: &SourceMap) -> Vec<&str> {
        map.sources.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn contents_are_decoded_and_located() {
        let text =
            r#"{"version":3,"sources":["a.js"],"sourcesContent":["x\n\"é\"\tk"],"mappings":""}"#;
        let map = parse(text.as_bytes()).unwrap();
        let s = &map.sources[0];
        assert_eq!(s.name, "a.js");
        assert_eq!(s.content.as_deref(), Some("x\n\"é\"\tk"));
        assert_eq!(&text[s.literal.clone()], r#""x\n\"é\"\tk""#);
    }

    #[test]
    fn null_entries_are_skipped_and_names_stay_aligned() {
        let text =
            br#"{"version":3,"sources":["a.js",null,"c.js"],"sourcesContent":[null,"b",  "c"]}"#;
        let map = parse(text).unwrap();
        assert_eq!(names(&map), ["sources[1]", "c.js"]);
        assert_eq!(map.sources[1].content.as_deref(), Some("c"));
        let known = parse_with(text, &|literal| literal == b"\"c\"").unwrap();
        assert_eq!(known.sources[0].content.as_deref(), Some("b"));
        assert_eq!(known.sources[1].content, None);
        assert_eq!(known.sources[1].literal, map.sources[1].literal);
    }

    #[test]
    fn missing_sources_content_is_a_valid_map_with_nothing_embedded() {
        let map = parse(br#"{"version":3,"sources":["a.js"],"mappings":"AAAA"}"#).unwrap();
        assert!(map.sources.is_empty());
    }

    #[test]
    fn source_root_is_applied_to_relative_names_only() {
        let text = br#"{"version":3,"sourceRoot":"/app/","sources":["src/a.js","webpack://x/./b.js","/abs/c.js"],"sourcesContent":["1","2","3"]}"#;
        let map = parse(text).unwrap();
        assert_eq!(
            names(&map),
            ["/app/src/a.js", "webpack://x/./b.js", "/abs/c.js"]
        );
        let vite = br#"{"version":3,"sources":["../../src/config.js"],"sourcesContent":["1"]}"#;
        assert_eq!(names(&parse(vite).unwrap()), ["../../src/config.js"]);
        let odd = br#"{"version":3,"sources":["a\nb.js"],"sourcesContent":["1"]}"#;
        assert_eq!(names(&parse(odd).unwrap()), ["a b.js"]);
    }

    #[test]
    fn malformed_maps_are_errors_not_panics() {
        assert!(matches!(parse(b"{\"version\":3,"), Err(MapError::Json(_))));
        assert!(matches!(parse(b"[1,2]"), Err(MapError::Json(_))));
        assert!(matches!(parse(b""), Err(MapError::Json(_))));
        assert_eq!(
            parse(br#"{"version":2,"sources":[]}"#),
            Err(MapError::Version(2))
        );
        let wrong = br#"{"version":3,"sources":["a"],"sourcesContent":[42]}"#;
        assert!(matches!(parse(wrong), Err(MapError::Json(_))));
        let wrong = br#"{"version":3,"sources":"a","sourcesContent":["x"]}"#;
        assert!(matches!(parse(wrong), Err(MapError::Json(_))));
        let lone = br#"{"version":3,"sourcesContent":["\ud800"]}"#;
        assert!(parse(lone).is_err());
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(deep.as_bytes()).is_err());
    }

    #[test]
    fn non_utf8_is_not_a_map() {
        let text = b"{\"version\":3,\"sourcesContent\":[\"\xff\"]}";
        assert_eq!(parse(text), Err(MapError::NotUtf8));
    }

    #[test]
    fn xssi_prefix_is_skipped_and_offsets_stay_in_the_file() {
        let text = ")]}'\n{\"version\":3,\"sources\":[\"a\"],\"sourcesContent\":[\"k\"]}";
        let map = parse(text.as_bytes()).unwrap();
        assert_eq!(&text[map.sources[0].literal.clone()], "\"k\"");
    }

    #[test]
    fn decoded_offsets_map_back_through_escapes() {
        let literal = br#""a\n\"\u00e9\ud83d\ude00KEY""#;
        let decoded: String = serde_json::from_slice(literal).unwrap();
        let key = decoded.find("KEY").unwrap();
        let raw = literal_offset(literal, key);
        assert_eq!(&literal[raw..raw + 3], b"KEY");
        assert_eq!(literal_offset(literal, 0), 1);
        assert_eq!(literal_offset(literal, decoded.len()), literal.len() - 1);
    }

    #[test]
    fn only_the_text_outside_sources_names_and_mappings_is_left_to_scan() {
        let text =
            r#"{"version":3,"sourcesContent":["é sk"],"names":["a"],"mappings":"AAAA","file":"x"}"#;
        let map = parse(text.as_bytes()).unwrap();
        let decoded = map.sources.iter().map(|s| s.literal.clone());
        let parts = outside(text.len(), decoded.chain(map.positional.iter().cloned()));
        let rest: String = parts.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            rest,
            r#"{"version":3,"sourcesContent":[],"names":,"mappings":,"file":"x"}"#
        );
        assert_eq!(outside(10, [0..4, 2..6, 8..12]), vec![6..8]);
        assert_eq!(outside(3, []), vec![0..3]);
    }

    #[test]
    fn inline_maps_are_found_on_the_last_line_only() {
        let js = b"var a=1;\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozfQ==\n";
        let r = inline_payload(js).unwrap();
        assert_eq!(&js[r], b"eyJ2ZXJzaW9uIjozfQ==");
        let css = b"a{}\n/*# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ */\n";
        assert_eq!(&css[inline_payload(css).unwrap()], b"eyJ2ZXJzaW9uIjozfQ");
        assert_eq!(
            inline_payload(b"var a=1;\n//# sourceMappingURL=a.js.map\n"),
            None
        );
        assert_eq!(inline_payload(b"var a=1;"), None);
        assert_eq!(inline_payload(b""), None);
        assert_eq!(
            inline_payload(b"//# sourceMappingURL=data:text/plain;base64,eA==\nx=1"),
            None
        );
    }

    #[test]
    fn map_names_and_sniffing() {
        assert!(named_map("dist/a.js.MAP"));
        assert!(!named_map("src/map"));
        assert!(!named_map("é"));
        assert!(looks_like_map(br#" {"version":3,"sourcesContent":[]}"#));
        assert!(!looks_like_map(br#"{"sourcesContent":["x"]}"#));
    }
}
