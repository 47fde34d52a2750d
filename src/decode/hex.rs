//! Hex: two digits per byte, either case. Used for long hex runs and by percent-encoding.

use super::{DecodeError, Decoded, Offsets};

/// The value of one hex digit.
pub(super) fn digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes at most `limit` bytes of `encoded`.
pub(super) fn decode(encoded: &[u8], limit: usize) -> Result<Decoded, DecodeError> {
    if !encoded.len().is_multiple_of(2) {
        return Err(DecodeError::OddHex);
    }
    let pairs = encoded.chunks_exact(2).take(limit);
    let mut text = Vec::with_capacity(pairs.len());
    for (i, pair) in pairs.enumerate() {
        let high = digit(pair[0]).ok_or(DecodeError::NotHex(2 * i))?;
        let low = digit(pair[1]).ok_or(DecodeError::NotHex(2 * i + 1))?;
        text.push(high << 4 | low);
    }
    Ok(Decoded::new(text, Offsets::Hex))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_decode_in_either_case() {
        assert_eq!(decode(b"6B6579", usize::MAX).unwrap().text, b"key");
        assert_eq!(decode(b"6b6579", 2).unwrap().text, b"ke");
        assert_eq!(decode(b"", 9).unwrap().text, b"");
    }

    #[test]
    fn odd_length_and_foreign_characters_are_errors() {
        assert_eq!(decode(b"6b657", usize::MAX), Err(DecodeError::OddHex));
        assert_eq!(decode(b"6b6g", usize::MAX), Err(DecodeError::NotHex(3)));
        assert_eq!(decode(b"x6", usize::MAX), Err(DecodeError::NotHex(0)));
    }
}
