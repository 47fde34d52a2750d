//! Base64 and base64url (RFC 4648 §4 and §5), with or without `=` padding. Secrets stored as
//! base64 are text, so a run is decoded as it stands: no whitespace is skipped and no line is
//! joined to the next. Decoding is a table lookup per character, cheap enough to try on every
//! candidate run's first characters before deciding whether to decode the rest.

use super::{DecodeError, Decoded, Offsets};

/// Marks a character outside the alphabet in [`values`] tables.
const INVALID: u8 = 0xff;

/// The 6-bit value of each character of an alphabet whose last two characters are `c62`, `c63`.
const fn values(c62: u8, c63: u8) -> [u8; 256] {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 26 {
        table[b'A' as usize + i] = i as u8;
        table[b'a' as usize + i] = 26 + i as u8;
        if i < 10 {
            table[b'0' as usize + i] = 52 + i as u8;
        }
        i += 1;
    }
    table[c62 as usize] = 62;
    table[c63 as usize] = 63;
    table
}

static STANDARD: [u8; 256] = values(b'+', b'/');
static URL_SAFE: [u8; 256] = values(b'-', b'_');

/// Decodes at most `limit` bytes of `encoded` (whole 4-character groups when cut short), in the
/// URL-safe alphabet when `url` is set. Spare bits in the last character are ignored.
pub(super) fn decode(encoded: &[u8], url: bool, limit: usize) -> Result<Decoded, DecodeError> {
    let padding = encoded.iter().rev().take_while(|&&b| b == b'=').count();
    if padding > 2 {
        return Err(DecodeError::Padding);
    }
    let body = &encoded[..encoded.len() - padding];
    let body = &body[..body.len().min((limit / 3).saturating_mul(4))];
    let table = if url { &URL_SAFE } else { &STANDARD };
    let mut text = Vec::with_capacity(body.len() / 4 * 3 + 2);
    let (mut bits, mut held) = (0u32, 0);
    for (i, &c) in body.iter().enumerate() {
        let value = table[c as usize];
        if value == INVALID {
            return Err(DecodeError::NotBase64(i));
        }
        bits = bits << 6 | u32::from(value);
        held += 6;
        if held >= 8 {
            held -= 8;
            text.push((bits >> held) as u8);
        }
    }
    Ok(Decoded::new(text, Offsets::Base64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(encoded: &str, url: bool) -> Result<String, DecodeError> {
        decode(encoded.as_bytes(), url, usize::MAX)
            .map(|d| String::from_utf8_lossy(&d.text).into_owned())
    }

    #[test]
    fn padded_and_unpadded_values_decode() {
        assert_eq!(text("cGFzc3dvcmQ=", false).unwrap(), "password");
        assert_eq!(text("cGFzc3dvcmQ", false).unwrap(), "password");
        assert_eq!(text("cGFzc3dvcmQx", false).unwrap(), "password1");
        assert_eq!(text("Pz8_Pj4-", true).unwrap(), "???>>>");
        assert_eq!(text("Pz8/Pj4+", false).unwrap(), "???>>>");
        assert_eq!(text("", false).unwrap(), "");
    }

    #[test]
    fn bad_padding_and_foreign_characters_are_errors() {
        assert_eq!(text("cGFz===", false), Err(DecodeError::Padding));
        assert_eq!(text("cGF=zc3d", false), Err(DecodeError::NotBase64(3)));
        assert_eq!(text("Pz8_Pj4-", false), Err(DecodeError::NotBase64(3)));
        assert_eq!(text("Pz8/Pj4+", true), Err(DecodeError::NotBase64(3)));
    }

    #[test]
    fn a_stray_last_character_adds_nothing_and_the_limit_keeps_whole_groups() {
        assert_eq!(text("cGFzc3dvcmQx1", false).unwrap(), "password1");
        assert_eq!(
            text("cGFzc3dvcmR", false).unwrap(),
            "password",
            "spare bits ignored"
        );
        let d = decode(b"cGFzc3dvcmQ=", false, 4).unwrap();
        assert_eq!(d.text, b"pas");
        assert_eq!(decode(b"cGFz", false, 2).unwrap().text, b"");
    }
}
