//! Bech32 strings (BIP 173), as age identities (`AGE-SECRET-KEY-1…`) are written: a human-readable
//! part, the separator `1`, and 5-bit data characters whose last six are a BCH checksum over all
//! of it. A changed or invented character breaks the checksum.

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS: [u32; 5] = [
    0x3b6a_57b2,
    0x2650_8e6d,
    0x1ea1_19fa,
    0x3d42_33dd,
    0x2a14_62b3,
];
/// The checksum length in characters.
const CHECKSUM_LEN: usize = 6;

/// Whether `secret` is a bech32 string (in one case throughout) with a valid checksum.
pub(super) fn valid(secret: &[u8]) -> bool {
    let one_case =
        !secret.iter().any(u8::is_ascii_lowercase) || !secret.iter().any(u8::is_ascii_uppercase);
    let Some(separator) = secret.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let (hrp, data) = (&secret[..separator], &secret[separator + 1..]);
    let values: Option<Vec<u8>> = data.iter().map(|&b| value(b)).collect();
    let Some(values) = values else {
        return false;
    };
    one_case && !hrp.is_empty() && values.len() > CHECKSUM_LEN && polymod(hrp, &values) == 1
}

/// The 5-bit value of a data character, in either case.
fn value(b: u8) -> Option<u8> {
    let lower = b.to_ascii_lowercase();
    CHARSET.iter().position(|&c| c == lower).map(|p| p as u8)
}

/// The BCH checksum state over the expanded human-readable part and the data; 1 when valid.
fn polymod(hrp: &[u8], data: &[u8]) -> u32 {
    let hrp = hrp.iter().map(u8::to_ascii_lowercase);
    let expanded = hrp
        .clone()
        .map(|c| c >> 5)
        .chain([0])
        .chain(hrp.map(|c| c & 31))
        .chain(data.iter().copied());
    expanded.fold(1u32, |chk, v| {
        let top = chk >> 25;
        let chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        GENERATORS
            .iter()
            .enumerate()
            .filter(|(i, _)| (top >> i) & 1 == 1)
            .fold(chk, |chk, (_, g)| chk ^ g)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::{polymod, CHARSET, CHECKSUM_LEN};

    /// Appends the checksum that makes `hrp` + `1` + `data` valid (BIP 173's encoder).
    fn encode(hrp: &str, data: &[u8]) -> String {
        let padded: Vec<u8> = data.iter().copied().chain([0; CHECKSUM_LEN]).collect();
        let m = polymod(hrp.as_bytes(), &padded) ^ 1;
        let checksum = (0..CHECKSUM_LEN).map(|i| ((m >> (5 * (5 - i))) & 31) as u8);
        let chars: String = data
            .iter()
            .copied()
            .chain(checksum)
            .map(|v| CHARSET[usize::from(v)] as char)
            .collect();
        format!("{hrp}1{chars}")
    }

    #[test]
    fn bech32_accepts_valid_strings_in_either_case_and_rejects_altered_ones() {
        let data: Vec<u8> = (0..52u32).map(|i| ((i * 7 + 3) % 32) as u8).collect();
        let key = encode("age-secret-key-", &data).to_ascii_uppercase();
        assert!(key.starts_with("AGE-SECRET-KEY-1"), "{key}");
        assert!(run("bech32", key.as_bytes()));
        assert!(run("bech32", key.to_ascii_lowercase().as_bytes()));
        let mut altered = key.clone().into_bytes();
        altered[20] = if altered[20] == b'Q' { b'P' } else { b'Q' };
        assert!(!run("bech32", &altered));
        let mixed = format!("{}{}", &key[..20], key[20..].to_ascii_lowercase());
        assert!(!run("bech32", mixed.as_bytes()));
        assert!(!run("bech32", b"AGE-SECRET-KEY-1BOGUS"));
        assert!(!run("bech32", b"no separator"));
    }
}
