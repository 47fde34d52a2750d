//! PyPI API tokens: `pypi-` and the URL-safe base64 of a macaroon in the libmacaroons v2 binary
//! format. The layout is a version byte, a header section (location, identifier), one section per
//! caveat, an empty section, and the signature field; every field is a type byte, a varint length
//! and the value, and every section ends with a zero byte.

const VERSION_2: u8 = 2;
const END_OF_SECTION: u8 = 0;
const LOCATION: u8 = 1;
const IDENTIFIER: u8 = 2;
const VERIFICATION_ID: u8 = 4;
const SIGNATURE: u8 = 6;
/// HMAC-SHA256 signatures.
const SIGNATURE_LEN: usize = 32;

/// One field of a section: its type and value.
type Field<'a> = (u8, &'a [u8]);

/// The issuers of PyPI and TestPyPI tokens.
const PYPI_LOCATIONS: &[&[u8]] = &[b"pypi.org", b"test.pypi.org"];

/// Whether `secret` is `pypi-` and a well-formed macaroon issued by PyPI or TestPyPI.
pub(super) fn pypi(secret: &[u8]) -> bool {
    let Some(data) = secret.strip_prefix(b"pypi-").and_then(super::base64_url) else {
        return false;
    };
    location(&data).is_some_and(|l| PYPI_LOCATIONS.contains(&l))
}

/// The location of a well-formed v2 macaroon whose header and caveats each carry an identifier
/// and whose signature ends the data.
fn location(data: &[u8]) -> Option<&[u8]> {
    let rest = data.strip_prefix(&[VERSION_2])?;
    let (header, mut rest) = section(rest)?;
    let location = value(&header, LOCATION)?;
    value(&header, IDENTIFIER)?;
    loop {
        if let Some(after) = rest.strip_prefix(&[END_OF_SECTION]) {
            rest = after;
            break;
        }
        let (caveat, after) = section(rest)?;
        value(&caveat, IDENTIFIER)?;
        rest = after;
    }
    let (SIGNATURE, signature, rest) = field(rest)? else {
        return None;
    };
    (signature.len() == SIGNATURE_LEN && rest.is_empty()).then_some(location)
}

/// The value of the field of type `kind` in a section.
fn value<'a>(fields: &[Field<'a>], kind: u8) -> Option<&'a [u8]> {
    fields.iter().find(|(k, _)| *k == kind).map(|(_, v)| *v)
}

/// The fields of one section, in the ascending type order libmacaroons writes, and the bytes
/// after its end-of-section byte.
fn section(mut data: &[u8]) -> Option<(Vec<Field<'_>>, &[u8])> {
    let mut fields: Vec<Field<'_>> = Vec::new();
    loop {
        if let Some(rest) = data.strip_prefix(&[END_OF_SECTION]) {
            return Some((fields, rest));
        }
        let (kind, value, rest) = field(data)?;
        let in_order = fields.last().is_none_or(|(last, _)| *last < kind);
        if !in_order || ![LOCATION, IDENTIFIER, VERIFICATION_ID].contains(&kind) {
            return None;
        }
        fields.push((kind, value));
        data = rest;
    }
}

/// One field: its type, its value and the bytes after it.
fn field(data: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&kind, rest) = data.split_first()?;
    let (len, rest) = varint(rest)?;
    (rest.len() >= len).then(|| {
        let (value, rest) = rest.split_at(len);
        (kind, value, rest)
    })
}

/// An unsigned LEB128 length of at most four bytes (values under 256 MiB) and the bytes after it.
fn varint(data: &[u8]) -> Option<(usize, &[u8])> {
    let mut n = 0usize;
    for (i, &b) in data.iter().enumerate().take(4) {
        n |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((n, &data[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;

    use super::super::synth::{self, Bytes};
    use super::super::tests::run;

    fn token(bytes: &[u8]) -> String {
        format!("pypi-{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    #[test]
    fn pypi_and_testpypi_macaroons_pass() {
        for location in ["pypi.org", "test.pypi.org"] {
            let t = synth::pypi_token(&mut Bytes::new(11), location);
            assert!(run("pypi-macaroon", t.as_bytes()), "{t}");
        }
        let prefix = synth::pypi_token(&mut Bytes::new(12), "pypi.org");
        assert!(prefix.starts_with("pypi-AgEIcHlwaS5vcmc"), "{prefix}");
    }

    #[test]
    fn other_issuers_and_broken_layouts_fail() {
        let other = synth::pypi_token(&mut Bytes::new(13), "example.org");
        assert!(!run("pypi-macaroon", other.as_bytes()));
        let header = vec![(1, b"pypi.org".to_vec()), (2, b"4f0c-key-id".to_vec())];
        let caveat = vec![(2, b"{\"version\": 1}".to_vec())];
        let sig = Bytes::new(14).take(32);
        let good = synth::macaroon(&[header.clone(), caveat.clone()], &sig);
        assert!(run("pypi-macaroon", token(&good).as_bytes()));
        let short_sig = synth::macaroon(&[header.clone(), caveat.clone()], &sig[..31]);
        assert!(!run("pypi-macaroon", token(&short_sig).as_bytes()));
        let no_id = synth::macaroon(&[vec![(1, b"pypi.org".to_vec())], caveat.clone()], &sig);
        assert!(!run("pypi-macaroon", token(&no_id).as_bytes()));
        let bare_caveat = synth::macaroon(&[header.clone(), vec![(4, b"vid".to_vec())]], &sig);
        assert!(!run("pypi-macaroon", token(&bare_caveat).as_bytes()));
        let unordered = synth::macaroon(&[vec![header[1].clone(), header[0].clone()]], &sig);
        assert!(!run("pypi-macaroon", token(&unordered).as_bytes()));
        assert!(!run(
            "pypi-macaroon",
            token(&good[..good.len() - 1]).as_bytes()
        ));
        assert!(!run(
            "pypi-macaroon",
            token(&[good.clone(), vec![0]].concat()).as_bytes()
        ));
    }

    #[test]
    fn the_pypi_prefix_followed_by_random_text_fails() {
        let random = URL_SAFE_NO_PAD.encode(Bytes::new(15).take(90));
        let t = format!("pypi-AgEIcHlwaS5vcmc{random}");
        assert!(!run("pypi-macaroon", t.as_bytes()));
        assert!(!run("pypi-macaroon", b"pypi-AgEIcHlwaS5vcmc"));
        assert!(!run("pypi-macaroon", b"pypi-not*base64"));
    }
}
