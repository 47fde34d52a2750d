//! Finds the stretches of a text worth decoding, in one pass over its 64-byte blocks: runs of the
//! base64 alphabet (kept as base64, base64url or hex by what they contain), and the stretches
//! around `%XX` and `\uXXXX`/`\xNN` escapes. Kubernetes Secret values come from their own parser.
//! Overlaps are settled by what is most specific (a Secret's value, then an escaped stretch, which
//! may hold a run that decoding it will reveal), and nothing in a range the caller says was
//! reported is returned.

use std::ops::Range;

use super::blocks::{self, BLOCK};
use super::{escape, kubernetes, percent, Encoding};

/// Shortest base64 run worth decoding: 12 bytes of text.
const MIN_BASE64: usize = 16;

/// Shortest hex run worth decoding: 16 bytes of text (shorter runs are mostly ids and hashes).
const MIN_HEX: usize = 32;

/// A stretch of text to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stretch {
    /// Byte range of the encoded text.
    pub range: Range<usize>,
    /// How it is encoded, as far as its characters tell.
    pub encoding: Encoding,
    /// Byte range of the name the value is stored under (a Kubernetes Secret's `data:` key).
    pub name: Option<Range<usize>>,
}

impl Stretch {
    /// The same stretch in a text where `bytes` starts at offset `by`.
    pub(super) fn shifted(self, by: usize) -> Stretch {
        let shift = |r: Range<usize>| r.start + by..r.end + by;
        Stretch {
            range: shift(self.range),
            encoding: self.encoding,
            name: self.name.map(shift),
        }
    }
}

/// The stretches of `bytes` to decode, in order and not overlapping. `kubernetes` asks for the
/// `data:` values of Secret manifests too; none overlaps a range in `reported`.
pub(super) fn stretches(bytes: &[u8], reported: &[Range<usize>], kubernetes: bool) -> Vec<Stretch> {
    let mut found = Vec::new();
    if kubernetes {
        found.extend(
            kubernetes::data_values(bytes)
                .into_iter()
                .map(|value| Stretch {
                    range: value.value,
                    encoding: Encoding::Base64,
                    name: Some(value.name),
                }),
        );
    }
    let (runs, escaped) = scan(bytes);
    add(&mut found, escaped);
    add(&mut found, runs);
    let mut reported = reported.to_vec();
    reported.sort_by_key(|r| r.start);
    found.retain(|s| !overlaps_any(&reported, &s.range));
    found
}

/// Adds to `found` (sorted, disjoint) the stretches of `more` (sorted) that overlap none of it.
fn add(found: &mut Vec<Stretch>, more: Vec<Stretch>) {
    let before: Vec<Range<usize>> = found.iter().map(|s| s.range.clone()).collect();
    found.extend(
        more.into_iter()
            .filter(|s| !disjoint_overlaps(&before, &s.range)),
    );
    found.sort_by_key(|s| s.range.start);
}

/// Whether `r` overlaps one of `sorted`, which are sorted by start and do not overlap each other.
fn disjoint_overlaps(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    let next = sorted.partition_point(|s| s.end <= r.start);
    sorted.get(next).is_some_and(|s| s.start < r.end)
}

/// Whether `r` overlaps one of `sorted` (sorted by start; they may overlap each other).
pub(super) fn overlaps_any(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    let before_end = sorted.partition_point(|s| s.start < r.end);
    sorted[..before_end].iter().any(|s| s.end > r.start)
}

/// Runs of the base64 alphabet and escaped stretches, each list in order. Only runs that hold a
/// mark (a digit, `+` or `/`) are looked at closely; the bit masks tell which those are, so that
/// the identifiers and words that fill source code cost nothing but the masks.
fn scan(bytes: &[u8]) -> (Vec<Stretch>, Vec<Stretch>) {
    let mut runs = Vec::new();
    let mut escaped = Vec::new();
    // The alphabet run that reaches the end of the blocks seen so far (empty: starts at the next
    // block), and whether it holds a mark.
    let (mut open, mut open_marked) = (0, false);
    // Escapes before this offset were part of a stretch already looked at.
    let mut looked = 0;
    let mut pad = [0u8; BLOCK];
    let classify = blocks::classifier();
    for base in (0..bytes.len()).step_by(BLOCK) {
        let full = bytes
            .get(base..base + BLOCK)
            .and_then(|b| b.try_into().ok());
        let block: &[u8; BLOCK] = match full {
            Some(full) => full,
            None => {
                let rest = &bytes[base..];
                pad[..rest.len()].copy_from_slice(rest);
                &pad
            }
        };
        let masks = classify(block);
        let (alphabet, marks) = (masks.alphabet, masks.marks);
        let lead = alphabet.trailing_ones();
        if lead == 64 {
            open_marked |= marks != 0;
            continue;
        }
        // The open run ends in this block.
        let end = base + lead as usize;
        if (open_marked || marks & below(lead) != 0) && end - open >= MIN_BASE64 {
            runs.extend(run(bytes, open..end));
        }
        // Runs inside the block; the one touching its end stays open.
        let tail = alphabet.leading_ones();
        let inner = alphabet & !below(lead) & below(64 - tail);
        let mut starts = starts_of_16(inner);
        if cover_16(starts) & marks == 0 {
            starts = 0;
        }
        while starts != 0 {
            let s = starts.trailing_zeros();
            let e = s + (inner >> s).trailing_ones();
            if marks & below(e) & !below(s) != 0 {
                runs.extend(run(bytes, base + s as usize..base + e as usize));
            }
            starts &= !below(e);
        }
        open = base + 64 - tail as usize;
        open_marked = marks & !below(64 - tail) != 0;
        let mut escapes = masks.escapes;
        while escapes != 0 {
            let at = base + escapes.trailing_zeros() as usize;
            escapes &= escapes - 1;
            if at >= looked {
                if let Some(stretch) = escaped_stretch(bytes, at, looked) {
                    looked = stretch.range.end;
                    escaped.push(stretch);
                }
            }
        }
    }
    if open_marked && open < bytes.len() && bytes.len() - open >= MIN_BASE64 {
        runs.extend(run(bytes, open..bytes.len()));
    }
    (runs, escaped)
}

/// The percent-encoded or escaped stretch around the `%` or `\` at `at`, when it is worth
/// decoding; `floor` is where the previous stretch ended.
fn escaped_stretch(bytes: &[u8], at: usize, floor: usize) -> Option<Stretch> {
    let (range, encoding) = if bytes[at] == b'%' {
        (percent::stretch(bytes, at, floor)?, Encoding::Percent)
    } else {
        (escape::stretch(bytes, at, floor)?, Encoding::Escape)
    };
    Some(Stretch {
        range,
        encoding,
        name: None,
    })
}

/// Bits below bit `n` (all of them from 64 on).
fn below(n: u32) -> u64 {
    1u64.checked_shl(n).map_or(u64::MAX, |b| b - 1)
}

/// Bit `i` set where bits `i..i + 16` of `m` are all set: the first bit of every 16-bit run.
fn starts_of_16(m: u64) -> u64 {
    let mut d = m & (m >> 1);
    d &= d >> 2;
    d &= d >> 4;
    d & (d >> 8)
}

/// The bits of the runs whose 16-bit starts [`starts_of_16`] gave: every bit up to 15 after one.
fn cover_16(starts: u64) -> u64 {
    let mut c = starts | (starts << 1);
    c |= c << 2;
    c |= c << 4;
    c | (c << 8)
}

/// How far before a base64 payload its `sourceMappingURL=data:…;base64,` prefix is looked for.
const MAP_URL_REACH: usize = 128;

/// Whether the base64 run at `start` is an inline source map's payload. Those are the source-map
/// stage's business (see [`crate::sources::sourcemap`]), which decodes the one a script ends with;
/// the others sit inside source maps' embedded sources and describe code that is already there,
/// and decoding them would double the work on bundles for nothing.
fn is_inline_map(bytes: &[u8], start: usize) -> bool {
    let before = &bytes[start.saturating_sub(MAP_URL_REACH)..start];
    before.ends_with(b";base64,")
        && memchr::memmem::rfind(before, b"sourceMappingURL=data:").is_some()
}

/// What a maximal run of alphabet characters that holds a mark is worth decoding as, with its `=`
/// padding: hex when it is all hex digits, of even length and long enough (hex of text always
/// holds digits: printable ASCII is `2x` to `7x`); otherwise base64 or base64url, as its symbols
/// say, unless it mixes both alphabets.
fn run(bytes: &[u8], range: Range<usize>) -> Option<Stretch> {
    if is_inline_map(bytes, range.start) {
        return None;
    }
    let text = &bytes[range.clone()];
    let (mut standard, mut url, mut all_hex) = (false, false, true);
    for &b in text {
        standard |= b == b'+' || b == b'/';
        url |= b == b'-' || b == b'_';
        all_hex &= b.is_ascii_hexdigit();
    }
    let encoding = if all_hex {
        (range.len() >= MIN_HEX && range.len().is_multiple_of(2)).then_some(Encoding::Hex)?
    } else if standard && url {
        return None;
    } else if url {
        Encoding::Base64Url
    } else {
        Encoding::Base64
    };
    let padding = match encoding {
        Encoding::Hex => 0,
        _ => {
            // Exactly the `=` that complete the last group: `x===y` is no padding.
            let wanted = (4 - range.len() % 4) % 4;
            let eq = bytes[range.end..]
                .iter()
                .take_while(|&&b| b == b'=')
                .count();
            if eq == wanted && wanted < 3 {
                eq
            } else {
                0
            }
        }
    };
    Some(Stretch {
        range: range.start..range.end + padding,
        encoding,
        name: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Encoding)> {
        stretches(text.as_bytes(), &[], true)
            .into_iter()
            .map(|s| (&text[s.range], s.encoding))
            .collect()
    }

    #[test]
    fn runs_are_classified_by_what_they_hold() {
        let text = "a = \"dG9rZW49c2VjcmV0dmFsdWU=\" b=7365637265742d76616c75652d686572 \
                    c=getElementsByClassName d=dG9rZW4_c2VjcmV0-dmFsdWU e=ab+cd_ef01234567890";
        assert_eq!(
            found(text),
            [
                ("dG9rZW49c2VjcmV0dmFsdWU=", Encoding::Base64),
                ("7365637265742d76616c75652d686572", Encoding::Hex),
                ("dG9rZW4_c2VjcmV0-dmFsdWU", Encoding::Base64Url),
            ]
        );
    }

    #[test]
    fn runs_are_found_across_block_edges_and_at_the_end() {
        for lead in [0, 1, 40, 50, 63, 64, 100, 127, 128] {
            let run = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3";
            let text = format!("{}:{run}", "x".repeat(lead));
            assert_eq!(found(&text), [(run, Encoding::Base64)], "lead {lead}");
            let long = run.repeat(5);
            let text = format!("{}.{long}.", "x y".repeat(lead));
            assert_eq!(found(&text), [(long.as_str(), Encoding::Base64)]);
        }
        let sixteen = "QUJDREVGR0hJSktM";
        assert_eq!(found(sixteen), [(sixteen, Encoding::Base64)]);
        assert!(found(&sixteen[..15]).is_empty(), "15 characters");
    }

    #[test]
    fn short_hex_odd_hex_and_padding_that_does_not_fit_are_left() {
        let sha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
        assert_eq!(found(sha), [(sha, Encoding::Hex)]);
        assert!(found(&sha[..31]).is_empty());
        assert!(found(&sha[..33]).is_empty());
        assert_eq!(
            found("x=QUJDREVGR0hJSktMTU5PUA==="),
            [("QUJDREVGR0hJSktMTU5PUA", Encoding::Base64)]
        );
    }

    #[test]
    fn escaped_stretches_take_precedence_over_runs_inside_them() {
        let text = "u=https%3A%2F%2Fexample.com%2FQUJDREVGR0hJSktMTU5P%2Fdoc x";
        assert_eq!(
            found(text),
            [(
                "u=https%3A%2F%2Fexample.com%2FQUJDREVGR0hJSktMTU5P%2Fdoc",
                Encoding::Percent
            )]
        );
        let json = r#"{"k": "\u0067hp_QUJDREVGR0hJSktMTU5P"}"#;
        assert_eq!(
            found(json),
            [(r"\u0067hp_QUJDREVGR0hJSktMTU5P", Encoding::Escape)]
        );
    }

    #[test]
    fn inline_source_maps_are_left_to_the_source_map_stage() {
        let map = "eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbXX0=";
        let js = format!(
            "a();\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,{map}\nb();"
        );
        assert!(!found(&js).iter().any(|(text, _)| *text == map), "{js}");
        assert!(found(&js)
            .iter()
            .any(|(text, _)| *text == "application/json"));
        let svg = format!("url(data:image/svg+xml;base64,{map})");
        assert_eq!(found(&svg), [(map, Encoding::Base64)]);
    }

    #[test]
    fn arbitrary_bytes_give_ordered_disjoint_stretches_that_decode_without_panicking() {
        let alphabet = b"Aa9+/_-=%\\ux0fF\" \n'{kind: Secret\ndata:\n  k: }\xc3\xa9";
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for len in [0, 1, 15, 16, 63, 64, 65, 127, 200, 1000] {
            for _ in 0..50 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        alphabet[(state % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let found = stretches(&bytes, &[], true);
                for pair in found.windows(2) {
                    assert!(pair[0].range.end <= pair[1].range.start, "{found:?}");
                }
                for s in &found {
                    assert!(s.range.start < s.range.end && s.range.end <= bytes.len());
                    let decoded = s.encoding.decode(&bytes[s.range.clone()], usize::MAX);
                    if let Ok(d) = decoded {
                        let back = d.encoded(&(0..d.text.len()));
                        assert!(back.end <= s.range.len(), "{s:?} {back:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn what_the_plain_scan_reported_is_not_decoded_again() {
        let text = "header: aGFybWxlc3MgdGV4dCBoZXJl";
        let start = text.find("aGF").unwrap();
        let reported = [start + 4..start + 8, text.len()..text.len()];
        assert!(stretches(text.as_bytes(), &reported, false).is_empty());
        assert_eq!(stretches(text.as_bytes(), &[], false).len(), 1);
    }
}
