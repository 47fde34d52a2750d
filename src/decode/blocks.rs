//! Classifies a blob 64 bytes at a time into bit masks, so that looking for encoded stretches
//! costs a few vector instructions per block instead of a branch per byte. Most blocks of
//! minified code hold no run of 16 base64 characters with a digit in it and no `%` or `\`, and
//! are passed over after one look at their masks.

/// Bytes per block: one bit of a `u64` mask each.
pub(super) const BLOCK: usize = 64;

/// Bit masks of one block; bit `i` describes byte `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Masks {
    /// Characters of the base64 and base64url alphabets: letters, digits, `+ / - _`.
    pub alphabet: u64,
    /// Digits, `+` and `/`: what base64 of text nearly always holds, and identifiers and words
    /// seldom do.
    pub marks: u64,
    /// `%` and `\`, which start percent-encoded and backslash-escaped stretches.
    pub escapes: u64,
}

/// Computes the masks of one block.
pub(super) type Classify = fn(&[u8; BLOCK]) -> Masks;

/// The fastest way this CPU has to compute masks.
pub(super) fn classifier() -> Classify {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        return avx2::masks;
    }
    portable
}

/// One byte at a time: the reference the vector version is tested against, and the version used
/// where there is none.
fn portable(block: &[u8; BLOCK]) -> Masks {
    let mut m = Masks {
        alphabet: 0,
        marks: 0,
        escapes: 0,
    };
    for (i, &b) in block.iter().enumerate() {
        let mark = b.is_ascii_digit() || b == b'+' || b == b'/';
        let alphabet = mark || b.is_ascii_alphabetic() || b == b'-' || b == b'_';
        m.alphabet |= u64::from(alphabet) << i;
        m.marks |= u64::from(mark) << i;
        m.escapes |= u64::from(b == b'%' || b == b'\\') << i;
    }
    m
}

/// AVX2: each byte's classes come from two 16-entry tables, one indexed by its low nibble and one
/// by its high nibble, whose entries are ANDed. Every class below is a set of bytes whose high
/// nibble is in one set and low nibble in another, so one bit of the tables describes it.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_set1_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_srli_epi16,
    };

    use super::{Masks, BLOCK};

    /// Bytes as (high nibbles, low nibbles), one class bit each; bit sets of nibble values.
    const CLASSES: [(u16, u16); 8] = [
        (1 << 4 | 1 << 6, 0xfffe),     // A-O, a-o
        (1 << 5 | 1 << 7, 0x07ff),     // P-Z, p-z
        (1 << 3, 0x03ff),              // 0-9
        (1 << 2, 1 << 0xb | 1 << 0xf), // + /
        (1 << 2, 1 << 0xd),            // -
        (1 << 5, 1 << 0xf),            // _
        (1 << 2, 1 << 5),              // %
        (1 << 5, 1 << 0xc),            // \
    ];

    /// Class bits of the base64 alphabets, of marks, and of escapes.
    const ALPHABET: u8 = 0b0011_1111;
    const MARKS: u8 = 0b0000_1100;
    const ESCAPES: u8 = 0b1100_0000;

    /// The table for the high nibbles (`high`) or the low ones, twice: once for each 16-byte lane.
    const fn table(high: bool) -> [u8; 32] {
        let mut t = [0u8; 32];
        let mut i = 0;
        while i < 32 {
            let nibble = i % 16;
            let mut bit = 0;
            while bit < CLASSES.len() {
                let set = if high { CLASSES[bit].0 } else { CLASSES[bit].1 };
                if set & (1 << nibble) != 0 {
                    t[i] |= 1 << bit;
                }
                bit += 1;
            }
            i += 1;
        }
        t
    }

    static HIGH: [u8; 32] = table(true);
    static LOW: [u8; 32] = table(false);

    /// The masks of one block. Only handed out by [`super::classifier`] once the CPU is known to
    /// have AVX2.
    pub(super) fn masks(block: &[u8; BLOCK]) -> Masks {
        // SAFETY: `classifier` returns this function only when AVX2 is available.
        unsafe { classify(block) }
    }

    #[target_feature(enable = "avx2")]
    fn classify(block: &[u8; BLOCK]) -> Masks {
        // SAFETY: both tables are 32 readable bytes.
        let (high, low) = unsafe {
            (
                _mm256_loadu_si256(HIGH.as_ptr().cast()),
                _mm256_loadu_si256(LOW.as_ptr().cast()),
            )
        };
        let nibble = _mm256_set1_epi8(0x0f);
        let mut m = Masks {
            alphabet: 0,
            marks: 0,
            escapes: 0,
        };
        for (k, half) in block.chunks_exact(32).enumerate() {
            // SAFETY: `half` is 32 readable bytes.
            let x: __m256i = unsafe { _mm256_loadu_si256(half.as_ptr().cast()) };
            let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble);
            let lo = _mm256_and_si256(x, nibble);
            let class =
                _mm256_and_si256(_mm256_shuffle_epi8(high, hi), _mm256_shuffle_epi8(low, lo));
            let any = |bits: u8| {
                let none = _mm256_cmpeq_epi8(
                    _mm256_and_si256(class, _mm256_set1_epi8(bits as i8)),
                    _mm256_setzero_si256(),
                );
                u64::from(!(_mm256_movemask_epi8(none) as u32)) << (32 * k)
            };
            m.alphabet |= any(ALPHABET);
            m.marks |= any(MARKS);
            m.escapes |= any(ESCAPES);
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vector_masks_match_the_byte_at_a_time_ones_for_every_byte() {
        let classify = classifier();
        for first in (0..=255u8).step_by(BLOCK) {
            let block: [u8; BLOCK] = std::array::from_fn(|i| first.wrapping_add(i as u8));
            assert_eq!(classify(&block), portable(&block), "block from {first}");
        }
        let text: [u8; BLOCK] = std::array::from_fn(|i| b"ab+/=%\\ -_Z9{"[i % 13]);
        let m = classify(&text);
        assert_eq!(m, portable(&text));
        assert_eq!(m.alphabet & 0x1fff, 0b0_1111_0000_1111);
        assert_eq!(m.marks & 0x1fff, 0b0_1000_0000_1100);
        assert_eq!(m.escapes & 0x1fff, 0b0_0000_0110_0000);
    }
}
