//! Offline structural checks named in a rule's `checks` list. A check proves that a candidate has
//! the internal structure a real credential of that format must have (a checksum, a decodable
//! header, claims that say whose key it is), which removes look-alikes without any network access.
//!
//! Check names are parsed once, when a rule is loaded: a misspelt name is a load error rather than
//! a check that silently rejects every match.

mod bech32;
mod jwt;
mod macaroon;
mod pem;
#[cfg(test)]
#[path = "../../tests/common/synth.rs"]
#[allow(dead_code)]
mod synth;

use std::fmt;
use std::str::FromStr;

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The check names accepted in `checks`, shown when a rule names an unknown one.
pub const KNOWN: &[&str] = &[
    "crc32-base62",
    "jwt",
    "jwt-claim:<claim>=<value>[|<value>…]",
    "basic-auth",
    "bech32",
    "pem-body",
    "pypi-macaroon",
];

/// One structural check from a rule's `checks` list, parsed from its name (see [`KNOWN`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Check {
    /// GitHub and npm tokens: a base62 CRC32 of the random part ends the token.
    Crc32Base62,
    /// A signed JWT whose header and payload decode to JSON.
    Jwt,
    /// A JWT whose payload has a string claim with one of the given values
    /// (`jwt-claim:role=anon`, `jwt-claim:iss=supabase|supabase-demo`). It tells apart JWTs that
    /// only their claims distinguish, such as Supabase anon and service_role keys.
    JwtClaim(Claim),
    /// HTTP Basic credentials: base64 of `user:password`.
    BasicAuth,
    /// A bech32 string with a valid checksum (age identities).
    Bech32,
    /// A PEM private-key block whose body decodes to the structure its label announces.
    PemBody,
    /// A PyPI token: `pypi-` and a base64url macaroon issued by pypi.org or test.pypi.org.
    PypiMacaroon,
}

/// The claim a [`Check::JwtClaim`] requires: `name` holds one of the strings in `values`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Claim name in the JWT payload (`role`, `iss`).
    pub name: String,
    /// The strings the claim may equal (written `a|b` in the check's name).
    pub values: Vec<String>,
}

impl Check {
    /// The check's kind, without parameters: what `--explain` names when the check drops a match.
    pub fn name(&self) -> &'static str {
        match self {
            Check::Crc32Base62 => "crc32-base62",
            Check::Jwt => "jwt",
            Check::JwtClaim(_) => "jwt-claim",
            Check::BasicAuth => "basic-auth",
            Check::Bech32 => "bech32",
            Check::PemBody => "pem-body",
            Check::PypiMacaroon => "pypi-macaroon",
        }
    }

    /// Runs the check on `secret`; `true` means the secret passes.
    pub fn run(&self, secret: &[u8]) -> bool {
        match self {
            Check::Crc32Base62 => crc32_base62(secret),
            Check::Jwt => jwt::signed(secret),
            Check::JwtClaim(claim) => jwt::has_claim(secret, claim),
            Check::BasicAuth => basic_auth(secret),
            Check::Bech32 => bech32::valid(secret),
            Check::PemBody => pem::body_decodes(secret),
            Check::PypiMacaroon => macaroon::pypi(secret),
        }
    }
}

impl FromStr for Check {
    type Err = String;

    fn from_str(name: &str) -> Result<Check, String> {
        let check = match name {
            "crc32-base62" => Check::Crc32Base62,
            "jwt" => Check::Jwt,
            "basic-auth" => Check::BasicAuth,
            "bech32" => Check::Bech32,
            "pem-body" => Check::PemBody,
            "pypi-macaroon" => Check::PypiMacaroon,
            _ => match name.strip_prefix("jwt-claim:") {
                Some(spec) => Check::JwtClaim(spec.parse()?),
                None => {
                    return Err(format!(
                        "unknown check {name:?} (known: {})",
                        KNOWN.join(", ")
                    ))
                }
            },
        };
        Ok(check)
    }
}

impl FromStr for Claim {
    type Err = String;

    fn from_str(spec: &str) -> Result<Claim, String> {
        let valid = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace);
        match spec.split_once('=') {
            Some((name, values)) if valid(name) && values.split('|').all(valid) => Ok(Claim {
                name: name.to_string(),
                values: values.split('|').map(str::to_string).collect(),
            }),
            _ => Err(format!(
                "jwt-claim needs <claim>=<value>[|<value>…] without spaces, got {spec:?}"
            )),
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Check::JwtClaim(c) => write!(f, "jwt-claim:{}={}", c.name, c.values.join("|")),
            other => f.write_str(other.name()),
        }
    }
}

impl TryFrom<String> for Check {
    type Error = String;

    fn try_from(name: String) -> Result<Check, String> {
        name.parse()
    }
}

impl From<Check> for String {
    fn from(check: Check) -> String {
        check.to_string()
    }
}

/// Decoding that accepts text with or without `=` padding: tokens are usually written without it,
/// PEM bodies with it.
const ANY_PADDING: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, ANY_PADDING);
const URL_SAFE_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, ANY_PADDING);

/// Decodes standard base64 (`+/`), padded or not.
pub(crate) fn base64_standard(text: &[u8]) -> Option<Vec<u8>> {
    STANDARD_ANY_PADDING.decode(text).ok()
}

/// Decodes URL-safe base64 (`-_`), padded or not.
fn base64_url(text: &[u8]) -> Option<Vec<u8>> {
    URL_SAFE_ANY_PADDING.decode(text).ok()
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Encodes `n` in base62 (digits, upper, lower), left-padded with '0' to six characters.
pub fn base62_checksum(n: u32) -> [u8; 6] {
    let mut out = [b'0'; 6];
    let mut n = n as u64;
    for slot in out.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    out
}

/// GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens end in six base62
/// characters holding the CRC32 of the random part between the prefix and the checksum.
fn crc32_base62(secret: &[u8]) -> bool {
    let Some(underscore) = secret.iter().position(|&b| b == b'_') else {
        return false;
    };
    let body = &secret[underscore + 1..];
    if body.len() <= 6 || !body.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let (random, checksum) = body.split_at(body.len() - 6);
    base62_checksum(crc32fast::hash(random)) == checksum
}

/// HTTP Basic credentials: base64 of `user:password`, printable, with a non-empty password that is
/// not a placeholder.
fn basic_auth(secret: &[u8]) -> bool {
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(secret) else {
        return false;
    };
    let Some(colon) = decoded.iter().position(|&b| b == b':') else {
        return false;
    };
    let password = &decoded[colon + 1..];
    // A JSON object (a JWT header sent after `Basic` by mistake) is no `user:password`.
    let json = matches!(decoded.first(), Some(b'{' | b'[' | b'"'));
    !json
        && decoded.iter().all(|b| (0x20..0x7f).contains(b))
        && password.len() >= 3
        && super::filters::placeholder(password).is_none()
        && !super::filters::is_common_password(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses and runs a check by name, as a rule would.
    pub(super) fn run(name: &str, secret: &[u8]) -> bool {
        name.parse::<Check>().expect("known check").run(secret)
    }

    fn github_token(prefix: &str, random: &str) -> String {
        let sum = base62_checksum(crc32fast::hash(random.as_bytes()));
        format!("{prefix}{random}{}", String::from_utf8_lossy(&sum))
    }

    #[test]
    fn names_parse_once_and_unknown_or_malformed_ones_are_errors() {
        for name in [
            "crc32-base62",
            "jwt",
            "basic-auth",
            "bech32",
            "pem-body",
            "pypi-macaroon",
        ] {
            let check: Check = name.parse().expect(name);
            assert_eq!(check.to_string(), name);
        }
        let claim: Check = "jwt-claim:iss=supabase|supabase-demo"
            .parse()
            .expect("claim");
        assert_eq!(
            claim,
            Check::JwtClaim(Claim {
                name: "iss".into(),
                values: vec!["supabase".into(), "supabase-demo".into()]
            })
        );
        assert_eq!(claim.to_string(), "jwt-claim:iss=supabase|supabase-demo");
        assert_eq!(claim.name(), "jwt-claim");
        for bad in [
            "crc32",
            "jwt-claim:",
            "jwt-claim:role",
            "jwt-claim:=anon",
            "jwt-claim:a b=c",
            "jwt-claim:role=anon|",
        ] {
            assert!(bad.parse::<Check>().is_err(), "{bad} parsed");
        }
    }

    #[test]
    fn crc32_base62_accepts_valid_and_rejects_altered_tokens() {
        let token = github_token("ghp_", "Zq8TnV2wLk5RbYc7XpJd3MfGs9HuAe");
        assert!(run("crc32-base62", token.as_bytes()));
        let mut altered = token.into_bytes();
        altered[6] = if altered[6] == b'a' { b'b' } else { b'a' };
        assert!(!run("crc32-base62", &altered));
    }

    #[test]
    fn basic_auth_needs_a_printable_user_and_password() {
        let enc = |v: &str| base64::engine::general_purpose::STANDARD.encode(v);
        assert!(run("basic-auth", enc("deploy:Wq7#kP2v").as_bytes()));
        assert!(!run("basic-auth", enc("no-colon-here").as_bytes()));
        assert!(!run("basic-auth", enc("user:").as_bytes()));
        assert!(!run("basic-auth", enc("user:<password>").as_bytes()));
        assert!(!run("basic-auth", enc("user:password").as_bytes()));
        assert!(!run("basic-auth", b"not base64!"));
        assert!(!run(
            "basic-auth",
            enc(r#"{"alg":"HS256","typ":"JWT"}"#).as_bytes()
        ));
    }

    #[test]
    fn base64_decoding_accepts_text_with_and_without_padding() {
        assert_eq!(base64_standard(b"YWI="), Some(b"ab".to_vec()));
        assert_eq!(base64_standard(b"YWI"), Some(b"ab".to_vec()));
        assert_eq!(base64_url(b"-_8"), Some(vec![0xfb, 0xff]));
        assert_eq!(base64_standard(b"-_8"), None);
    }
}
