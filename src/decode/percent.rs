//! URL percent-encoding: `%40` is `@`. A stretch is the run of URL characters around a `%XX`, so
//! that `db=postgres%3A%2F%2Fapp%3Ap%40ss%40host` is decoded with its parameter name. Decoding is
//! lenient, as browsers are: a `%` not followed by two hex digits stays as it is, and `+` is
//! left alone (it is a space only in form bodies, and base64 values use it).

use std::ops::Range;

use super::hex::digit;
use super::{Decoded, Offsets};

/// Fewest `%XX` escapes that make a stretch worth decoding: one alone is usually a literal `%`
/// sign or a single reserved character.
const MIN_ESCAPES: usize = 2;

/// Longest reach, each way from an escape, of the stretch around it.
const REACH: usize = 64 << 10;

/// Characters a URL may hold unescaped (RFC 3986), except `'`, which delimits strings in code.
fn in_url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~%:/?#[]@!$&()*+,;=".contains(&b)
}

/// The value of the escape at `at`, when `bytes[at..]` starts with `%XX`.
fn escape_at(bytes: &[u8], at: usize) -> Option<u8> {
    match bytes.get(at..at + 3)? {
        [b'%', high, low] => Some(digit(*high)? << 4 | digit(*low)?),
        _ => None,
    }
}

/// The stretch of URL characters around the `%` at `at`, not reaching back before `floor`, when
/// it holds enough escapes.
pub(super) fn stretch(bytes: &[u8], at: usize, floor: usize) -> Option<Range<usize>> {
    escape_at(bytes, at)?;
    let back = bytes[floor.max(at.saturating_sub(REACH))..at]
        .iter()
        .rev()
        .take_while(|&&b| in_url(b))
        .count();
    let ahead = bytes[at..]
        .iter()
        .take(REACH)
        .take_while(|&&b| in_url(b))
        .count();
    let range = at - back..at + ahead;
    let escapes = memchr::memchr_iter(b'%', &bytes[range.clone()])
        .filter(|&i| escape_at(bytes, range.start + i).is_some())
        .take(MIN_ESCAPES)
        .count();
    (escapes == MIN_ESCAPES).then_some(range)
}

/// Decodes at most `limit` bytes of `encoded`.
pub(super) fn decode(encoded: &[u8], limit: usize) -> Decoded {
    let mut text = Vec::with_capacity(encoded.len().min(limit));
    let mut steps = Vec::new();
    let mut i = 0;
    while i < encoded.len() && text.len() < limit {
        match escape_at(encoded, i) {
            Some(byte) => {
                text.push(byte);
                i += 3;
                steps.push((text.len(), i));
            }
            None => {
                text.push(encoded[i]);
                i += 1;
            }
        }
    }
    Decoded::new(text, Offsets::Escapes(steps))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(encoded: &str) -> String {
        String::from_utf8_lossy(&decode(encoded.as_bytes(), usize::MAX).text).into_owned()
    }

    #[test]
    fn escapes_decode_and_the_rest_stays() {
        assert_eq!(text("postgres%3A%2F%2Fa%3Ab%40c"), "postgres://a:b@c");
        assert_eq!(text("a+b%2Bc%2b"), "a+b+c+");
        assert_eq!(decode(b"%41%42%43", 2).text, b"AB");
    }

    #[test]
    fn truncated_and_invalid_escapes_stay_literal() {
        assert_eq!(text("100%"), "100%");
        assert_eq!(text("a%4"), "a%4");
        assert_eq!(text("%zz%4g%41"), "%zz%4gA");
    }

    #[test]
    fn stretches_need_two_escapes_and_stop_at_quotes_and_spaces() {
        let text = b"x = 'db=postgres%3A%2F%2Fapp' y";
        let at = text.iter().position(|&b| b == b'%').unwrap();
        let r = stretch(text, at, 0).unwrap();
        assert_eq!(&text[r], b"db=postgres%3A%2F%2Fapp");
        assert_eq!(stretch(b"width:100%;a%41", 9, 0), None);
        assert_eq!(stretch(b"a%41b c%42", 1, 0), None, "one escape each");
        let r = stretch(b"ab%41%42", 2, 1).unwrap();
        assert_eq!(r, 1..8, "not before the floor");
    }
}
