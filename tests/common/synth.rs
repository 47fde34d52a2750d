//! Synthetic credentials with the inner structure real ones have (DER private keys, OpenSSH key
//! blobs, v2 macaroons, signed JWTs), built from seeded random bytes at test time. Shared by the
//! structural checks' unit tests (`src/engine/checks.rs` includes this file) and the CLI tests, so
//! both prove the checks against the same generator. None of the values is a real credential.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;

/// Deterministic xorshift bytes: reproducible values without a `rand` crate.
pub struct Bytes(u64);

impl Bytes {
    pub fn new(seed: u64) -> Bytes {
        Bytes(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next `n` random bytes.
    pub fn take(&mut self, n: usize) -> Vec<u8> {
        (0..n)
            .map(|_| {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 >> 24) as u8
            })
            .collect()
    }
}

/// A DER element: tag, definite length, content.
pub fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let n = content.len();
    let mut out = vec![tag];
    match n {
        0..=0x7f => out.push(n as u8),
        0x80..=0xff => out.extend([0x81, n as u8]),
        _ => out.extend([0x82, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(content);
    out
}

/// A positive DER INTEGER of `n` random bytes.
fn integer(rng: &mut Bytes, n: usize) -> Vec<u8> {
    let mut v = vec![0];
    v.extend(rng.take(n));
    v[1] |= 0x80;
    der(0x02, &v)
}

/// A PKCS#1 RSA private key layout (version and eight integers) for a `bits`-bit modulus.
pub fn rsa_key(rng: &mut Bytes, bits: usize) -> Vec<u8> {
    let n = bits / 8;
    let mut body = der(0x02, &[0]);
    body.extend(integer(rng, n));
    body.extend(der(0x02, &[1, 0, 1]));
    body.extend(integer(rng, n));
    for _ in 0..5 {
        body.extend(integer(rng, n / 2));
    }
    der(0x30, &body)
}

/// A PKCS#8 EncryptedPrivateKeyInfo layout: an algorithm SEQUENCE and an encrypted OCTET STRING.
pub fn pkcs8_encrypted(rng: &mut Bytes) -> Vec<u8> {
    let pbes2 = der(
        0x06,
        &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d],
    );
    let mut alg = pbes2;
    alg.extend(der(0x30, &rng.take(60)));
    let mut body = der(0x30, &alg);
    body.extend(der(0x04, &rng.take(1216)));
    der(0x30, &body)
}

/// An SSH wire-format string: a big-endian u32 length and the bytes.
fn ssh_string(bytes: &[u8]) -> Vec<u8> {
    let mut out = (bytes.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(bytes);
    out
}

/// An unencrypted `openssh-key-v1` Ed25519 key blob.
pub fn openssh_key(rng: &mut Bytes) -> Vec<u8> {
    let public = rng.take(32);
    let mut pubblob = ssh_string(b"ssh-ed25519");
    pubblob.extend(ssh_string(&public));
    let check = rng.take(4);
    let mut private = [check.clone(), check].concat();
    private.extend(&pubblob);
    private.extend(ssh_string(&[rng.take(32), public].concat()));
    private.extend(ssh_string(b"ci@build-host"));
    let pad = (8 - private.len() % 8) % 8;
    private.extend((1..=pad as u8).collect::<Vec<u8>>());
    let mut out = b"openssh-key-v1\0".to_vec();
    for s in [&b"none"[..], b"none", b""] {
        out.extend(ssh_string(s));
    }
    out.extend(1u32.to_be_bytes());
    out.extend(ssh_string(&pubblob));
    out.extend(ssh_string(&private));
    out
}

/// A PEM block of `body` with 64-column lines and real newlines.
pub fn pem(label: &str, body: &[u8]) -> String {
    let text = STANDARD.encode(body);
    let lines: Vec<&str> = text
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    let dashes = "-----";
    format!(
        "{dashes}BEGIN {label}{dashes}\n{}\n{dashes}END {label}{dashes}\n",
        lines.join("\n")
    )
}

/// One v2 macaroon field: type byte, varint length, value.
pub fn macaroon_field(kind: u8, value: &[u8]) -> Vec<u8> {
    let mut out = vec![kind];
    let mut n = value.len();
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
    out.extend_from_slice(value);
    out
}

/// A v2 binary macaroon: version byte, sections of fields each closed by an end-of-section byte,
/// an empty section ending the caveats, then the signature field.
pub fn macaroon(sections: &[Vec<(u8, Vec<u8>)>], signature: &[u8]) -> Vec<u8> {
    let mut out = vec![2];
    for section in sections {
        for (kind, value) in section {
            out.extend(macaroon_field(*kind, value));
        }
        out.push(0);
    }
    out.push(0);
    out.extend(macaroon_field(6, signature));
    out
}

/// A PyPI-shaped token: `pypi-` and a macaroon for `location` with a UUID-like identifier, one
/// permissions caveat and a 32-byte signature.
pub fn pypi_token(rng: &mut Bytes, location: &str) -> String {
    let id: String = rng.take(16).iter().map(|b| format!("{b:02x}")).collect();
    let id = format!(
        "{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..]
    );
    let header = vec![(1, location.as_bytes().to_vec()), (2, id.into_bytes())];
    let caveat = vec![(2, br#"{"permissions": "user", "version": 1}"#.to_vec())];
    let bytes = macaroon(&[header, caveat], &rng.take(32));
    format!("pypi-{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// An HS256 JWT with the given JSON payload and a random signature.
pub fn jwt(rng: &mut Bytes, payload: &str) -> String {
    let enc = |b: &[u8]| URL_SAFE_NO_PAD.encode(b);
    format!(
        "{}.{}.{}",
        enc(br#"{"alg":"HS256","typ":"JWT"}"#),
        enc(payload.as_bytes()),
        enc(&rng.take(32))
    )
}

/// A Supabase legacy API key payload: issuer, a 20-letter project ref, the role, issue and expiry.
pub fn supabase_payload(rng: &mut Bytes, role: &str) -> String {
    let project: String = rng
        .take(20)
        .iter()
        .map(|b| (b'a' + b % 26) as char)
        .collect();
    format!(
        r#"{{"iss":"supabase","ref":"{project}","role":"{role}","iat":1718035200,"exp":2033611200}}"#
    )
}
