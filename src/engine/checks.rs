//! Offline structural checks named in a rule's `checks` list. A check proves that a candidate has
//! the internal structure a real credential of that format must have (a checksum, a decodable
//! header), which removes look-alikes without any network access.

use base64::Engine as _;

/// Names accepted in `checks`, for validation by `rules check`.
pub const KNOWN: &[&str] = &["crc32-base62", "jwt", "basic-auth"];

/// Runs the named check on `secret`; `true` means the secret passes.
pub fn run(name: &str, secret: &[u8]) -> bool {
    match name {
        "crc32-base62" => crc32_base62(secret),
        "jwt" => jwt(secret),
        "basic-auth" => basic_auth(secret),
        _ => false,
    }
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
    decoded.iter().all(|b| (0x20..0x7f).contains(b))
        && password.len() >= 3
        && super::filters::placeholder(password).is_none()
}

/// Claims of the sample token on jwt.io and in countless tutorials.
const SAMPLE_SUBJECTS: &[&str] = &["\"1234567890\""];

fn b64url(part: &[u8]) -> Option<Vec<u8>> {
    let trimmed: Vec<u8> = part.iter().copied().filter(|&b| b != b'=').collect();
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(trimmed)
        .ok()
}

/// A JWT whose header and payload decode to JSON objects, whose header names a signing algorithm
/// other than `none`, that carries a signature, and that is not the well-known documentation sample.
fn jwt(secret: &[u8]) -> bool {
    let parts: Vec<&[u8]> = secret.split(|&b| b == b'.').collect();
    if parts.len() != 3 || parts[2].len() < 16 {
        return false;
    }
    let (Some(header), Some(payload)) = (b64url(parts[0]), b64url(parts[1])) else {
        return false;
    };
    let (Ok(header), Ok(payload)) = (
        serde_json::from_slice::<serde_json::Value>(&header),
        serde_json::from_slice::<serde_json::Value>(&payload),
    ) else {
        return false;
    };
    let Some(alg) = header.get("alg").and_then(|a| a.as_str()) else {
        return false;
    };
    if alg.eq_ignore_ascii_case("none") || !payload.is_object() {
        return false;
    }
    let sub = payload
        .get("sub")
        .map(|s| s.to_string())
        .unwrap_or_default();
    let is_sample = SAMPLE_SUBJECTS.contains(&sub.as_str())
        && payload.get("name").and_then(|n| n.as_str()) == Some("John Doe");
    !is_sample
}

#[cfg(test)]
mod tests {
    use super::*;

    fn github_token(prefix: &str, random: &str) -> String {
        let sum = base62_checksum(crc32fast::hash(random.as_bytes()));
        format!("{prefix}{random}{}", String::from_utf8_lossy(&sum))
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
        assert!(!run("basic-auth", b"not base64!"));
    }

    #[test]
    fn jwt_rejects_unsigned_and_sample_tokens() {
        let enc = |v: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        let sig = "Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmU";
        let good = format!(
            "{}.{}.{sig}",
            enc(r#"{"alg":"HS256"}"#),
            enc(r#"{"sub":"u-81"}"#)
        );
        assert!(run("jwt", good.as_bytes()));
        let none = format!(
            "{}.{}.{sig}",
            enc(r#"{"alg":"none"}"#),
            enc(r#"{"sub":"u-81"}"#)
        );
        assert!(!run("jwt", none.as_bytes()));
        let sample = format!(
            "{}.{}.{sig}",
            enc(r#"{"alg":"HS256","typ":"JWT"}"#),
            enc(r#"{"sub":"1234567890","name":"John Doe","iat":1516239022}"#)
        );
        assert!(!run("jwt", sample.as_bytes()));
        assert!(!run("jwt", b"not.a.jwt"));
    }
}
