//! JSON and JavaScript string escapes: `\u0041` and `\x41` are `A`, `\n` is a newline. Writing a
//! token's characters as `\u` escapes hides it from prefix-anchored rules, and JSON encoders
//! escape `<`, `>`, `&` and `=` that way. A stretch is the string-like text around an escape of a
//! printable ASCII character, up to a quote or white space; escaped quotes stay inside it.
//! Decoding is lenient: an escape that is not valid (`\u12G4`, a lone surrogate) stays as it is.

use std::ops::Range;

use super::hex::digit;
use super::{Decoded, Offsets};

/// Longest reach, each way from an escape, of the stretch around it.
const REACH: usize = 64 << 10;

/// The value of `digits` read as hex.
fn hex_value(digits: &[u8]) -> Option<u32> {
    digits
        .iter()
        .try_fold(0u32, |n, &b| Some(n << 4 | u32::from(digit(b)?)))
}

/// The character of the `\uXXXX` (a surrogate pair counts as one) or `\xNN` escape at `at`, and
/// the length of its text.
fn code_escape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let (kind, rest) = (bytes.get(at + 1)?, bytes.get(at + 2..)?);
    match kind {
        b'x' => Some((char::from(hex_value(rest.get(..2)?)? as u8), 4)),
        b'u' => {
            let unit = hex_value(rest.get(..4)?)?;
            if (0xD800..0xDC00).contains(&unit) {
                let low = match rest.get(4..10)? {
                    [b'\\', b'u', digits @ ..] => hex_value(digits)?,
                    _ => return None,
                };
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                let scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                return Some((char::from_u32(scalar)?, 12));
            }
            Some((char::from_u32(unit)?, 6))
        }
        _ => None,
    }
}

/// The byte a one-character escape (`\n`, `\"`, `\/`) stands for.
fn short_escape(b: u8) -> u8 {
    match b {
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'b' => 0x08,
        b'f' => 0x0c,
        b'v' => 0x0b,
        b'0' => 0,
        other => other,
    }
}

/// Ends a stretch: white space, a control character or a quote.
fn ends_stretch(b: u8) -> bool {
    b <= b' ' || matches!(b, b'"' | b'\'' | b'`' | 0x7f)
}

/// The stretch around the `\` at `at`, not reaching back before `floor`, when that backslash
/// escapes a printable ASCII character as `\uXXXX` or `\xNN`.
pub(super) fn stretch(bytes: &[u8], at: usize, floor: usize) -> Option<Range<usize>> {
    let (c, _) = code_escape(bytes, at)?;
    if !(' '..='~').contains(&c) {
        return None;
    }
    let back = bytes[floor.max(at.saturating_sub(REACH))..at]
        .iter()
        .rev()
        .take_while(|&&b| !ends_stretch(b))
        .count();
    let limit = bytes.len().min(at + REACH);
    let mut end = at;
    while end < limit && !ends_stretch(bytes[end]) {
        end += if bytes[end] == b'\\' { 2 } else { 1 };
    }
    Some(at - back..end.min(bytes.len()))
}

/// Decodes at most `limit` bytes of `encoded`.
pub(super) fn decode(encoded: &[u8], limit: usize) -> Decoded {
    let mut text = Vec::with_capacity(encoded.len().min(limit));
    let mut steps = Vec::new();
    let mut i = 0;
    while i < encoded.len() && text.len() < limit {
        if encoded[i] != b'\\' || i + 1 == encoded.len() {
            text.push(encoded[i]);
            i += 1;
            continue;
        }
        match code_escape(encoded, i) {
            Some((c, len)) => {
                text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                i += len;
            }
            None if matches!(encoded[i + 1], b'u' | b'x') => {
                // Not a valid escape: kept as written.
                text.push(b'\\');
                i += 1;
                continue;
            }
            None => {
                text.push(short_escape(encoded[i + 1]));
                i += 2;
            }
        }
        steps.push((text.len(), i));
    }
    text.truncate(limit);
    Decoded::new(text, Offsets::Escapes(steps))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(encoded: &str) -> String {
        String::from_utf8_lossy(&decode(encoded.as_bytes(), usize::MAX).text).into_owned()
    }

    #[test]
    fn code_and_short_escapes_decode() {
        assert_eq!(text(r"\u0067hp\x5f\u00e9\ud83d\ude00"), "ghp_é😀");
        assert_eq!(text(r#"a\nb\"c\/d\\e"#), "a\nb\"c/d\\e");
    }

    #[test]
    fn invalid_escapes_stay_as_written() {
        assert_eq!(text(r"\u12G4"), r"\u12G4");
        assert_eq!(text(r"\u004"), r"\u004");
        assert_eq!(text(r"\x4"), r"\x4");
        assert_eq!(text(r"\ud800x"), r"\ud800x", "a lone surrogate");
        assert_eq!(
            text(r"\ud800\u0041"),
            r"\ud800A",
            "a surrogate without its pair"
        );
        assert_eq!(
            text(r"\ud800\ue000"),
            "\\ud800\u{e000}",
            "not a low surrogate"
        );
        assert_eq!(text("end\\"), "end\\");
    }

    #[test]
    fn offsets_point_at_the_escapes() {
        let encoded = br"k=\u0067hp_x";
        let d = decode(encoded, usize::MAX);
        assert_eq!(d.text, b"k=ghp_x");
        assert_eq!(d.encoded(&(2..7)), 2..encoded.len());
        assert_eq!(d.encoded(&(3..5)), 8..10);
    }

    #[test]
    fn stretches_need_a_printable_code_escape_and_stop_at_quotes() {
        let json = br#"{"token": "\u0067hp_a\"b" }"#;
        let at = json.iter().position(|&b| b == b'\\').unwrap();
        let r = stretch(json, at, 0).unwrap();
        assert_eq!(&json[r], br#"\u0067hp_a\"b"#);
        assert_eq!(stretch(br"[\u0000-\u001f]", 1, 0), None);
        assert_eq!(stretch(br"a\nb", 1, 0), None);
        assert_eq!(stretch(br"\u00e9", 0, 0), None);
        assert_eq!(stretch(br"x\x41", 1, 0), Some(0..5));
    }
}
