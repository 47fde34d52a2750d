//! JSON Web Tokens: the structure every signed JWT has, and the claims that say whose token it is.

use serde_json::Value;

use super::Claim;

/// Claims of the sample token on jwt.io and in countless tutorials.
const SAMPLE_SUBJECTS: &[&str] = &["\"1234567890\""];

/// The header, payload and signature of a three-part token, if it has three parts.
fn parts(secret: &[u8]) -> Option<[&[u8]; 3]> {
    let mut it = secret.split(|&b| b == b'.');
    let parts = [it.next()?, it.next()?, it.next()?];
    it.next().is_none().then_some(parts)
}

/// One base64url part decoded as JSON.
fn json(part: &[u8]) -> Option<Value> {
    serde_json::from_slice(&super::base64_url(part)?).ok()
}

/// A JWT whose header and payload decode to JSON objects, whose header names a signing algorithm
/// other than `none`, that carries a signature, and that is not the well-known documentation sample.
pub(super) fn signed(secret: &[u8]) -> bool {
    let Some([header, payload, signature]) = parts(secret) else {
        return false;
    };
    if signature.len() < 16 {
        return false;
    }
    let (Some(header), Some(payload)) = (json(header), json(payload)) else {
        return false;
    };
    let Some(alg) = header.get("alg").and_then(Value::as_str) else {
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
        && payload.get("name").and_then(Value::as_str) == Some("John Doe");
    !is_sample
}

/// Whether the token's payload decodes and its `claim.name` is one of the strings in
/// `claim.values`. Only the payload is read: the rule pairs this check with `jwt` for the token's
/// overall shape.
pub(super) fn has_claim(secret: &[u8], claim: &Claim) -> bool {
    let payload = parts(secret).and_then(|[_, payload, _]| json(payload));
    let value = payload.as_ref().and_then(|p| p.get(&claim.name)?.as_str());
    value.is_some_and(|v| claim.values.iter().any(|allowed| allowed == v))
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;

    use super::super::tests::run;

    const SIG: &str = "Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmU";

    fn token(header: &str, payload: &str) -> String {
        let enc = |v: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        format!("{}.{}.{SIG}", enc(header), enc(payload))
    }

    #[test]
    fn jwt_rejects_unsigned_and_sample_tokens() {
        let good = token(r#"{"alg":"HS256"}"#, r#"{"sub":"u-81"}"#);
        assert!(run("jwt", good.as_bytes()));
        let none = token(r#"{"alg":"none"}"#, r#"{"sub":"u-81"}"#);
        assert!(!run("jwt", none.as_bytes()));
        let sample = token(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"sub":"1234567890","name":"John Doe","iat":1516239022}"#,
        );
        assert!(!run("jwt", sample.as_bytes()));
        assert!(!run("jwt", b"not.a.jwt"));
        assert!(!run("jwt", format!("{good}.extra").as_bytes()));
    }

    #[test]
    fn jwt_claim_reads_the_decoded_payload() {
        let header = r#"{"alg":"HS256","typ":"JWT"}"#;
        let anon = token(
            header,
            r#"{"iss":"supabase","ref":"qwhzkdmtrplbaxneoyvc","role":"anon","iat":1700000000,"exp":2015576000}"#,
        );
        assert!(run("jwt-claim:role=anon", anon.as_bytes()));
        assert!(run("jwt-claim:iss=supabase", anon.as_bytes()));
        assert!(!run("jwt-claim:role=service_role", anon.as_bytes()));
        let demo = token(header, r#"{"iss":"supabase-demo","role":"anon"}"#);
        assert!(!run("jwt-claim:iss=supabase", demo.as_bytes()));
        assert!(run("jwt-claim:iss=supabase|supabase-demo", demo.as_bytes()));
        // The value must be the claim itself, not text elsewhere in the payload.
        let nested = token(header, r#"{"role":"authenticated","app":{"role":"anon"}}"#);
        assert!(!run("jwt-claim:role=anon", nested.as_bytes()));
        let numeric = token(header, r#"{"role":1}"#);
        assert!(!run("jwt-claim:role=1", numeric.as_bytes()));
        assert!(!run(
            "jwt-claim:role=anon",
            b"eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln"
        ));
    }
}
