//! PEM private-key blocks: the body must decode to what the label announces. A real key's body is
//! DER (a SEQUENCE whose length covers exactly the decoded bytes), legacy-encrypted ciphertext, or
//! an `openssh-key-v1` blob; placeholders (`MIIE...`, `<your key here>`) and truncated bodies are
//! not.
//!
//! The secret is the whole block as written in the file: real newlines, JSON-escaped `\n`,
//! comment prefixes (`// `, `# `) or quoted string concatenation, as the private-key rules match it.

use memchr::memmem;

use super::base64_standard;

const OPENSSH_MAGIC: &[u8] = b"openssh-key-v1\0";

/// Characters that decorate the lines of a key embedded in code or comments (indentation, quotes,
/// concatenation, comment markers); the text before `-----END` made only of them is a line prefix.
const DECORATION: &[u8] = b" \t\"'+,#*;/";

/// The smallest legacy-encrypted body accepted: the smallest such key (EC P-256, 121 bytes of
/// DER) encrypts to 128 bytes, so anything under 64 is a fragment.
const MIN_CIPHERTEXT: usize = 64;

/// AEAD ciphers of encrypted OpenSSH keys append a 16-byte tag after the private section.
const OPENSSH_TAG: usize = 16;

/// Whether `secret`, a `-----BEGIN … PRIVATE KEY-----` block, has a body that decodes to the
/// structure of its kind of key.
pub(super) fn body_decodes(secret: &[u8]) -> bool {
    let Some(block) = Block::parse(secret) else {
        return false;
    };
    let Some(data) = base64_standard(&block.base64) else {
        return false;
    };
    if block.label == b"OPENSSH PRIVATE KEY" {
        openssh_layout(&data).is_some()
    } else if block.proc_type_encrypted {
        data.len() >= MIN_CIPHERTEXT && data.len() % 8 == 0
    } else {
        // PKCS#1, SEC1, DSA and PKCS#8 keys start with a version INTEGER; an encrypted PKCS#8
        // key with its encryption algorithm's SEQUENCE.
        let first = if block.label.starts_with(b"ENCRYPTED") {
            0x30
        } else {
            0x02
        };
        der_sequence(&data, first)
    }
}

/// A PEM block reduced to what the check needs.
struct Block<'a> {
    /// The label between `BEGIN ` and the dashes (`RSA PRIVATE KEY`).
    label: &'a [u8],
    /// A `Proc-Type: 4,ENCRYPTED` header: the body is ciphertext, not DER.
    proc_type_encrypted: bool,
    /// The body's base64 text without line ends, decoration or headers.
    base64: Vec<u8>,
}

impl<'a> Block<'a> {
    fn parse(secret: &'a [u8]) -> Option<Block<'a>> {
        let rest = secret.strip_prefix(b"-----BEGIN ")?;
        let label_end = memmem::find(rest, b"-----")?;
        let body = &rest[label_end + 5..];
        let body = &body[..memmem::rfind(body, b"-----END ")?];
        let lines = lines(body);
        let prefix = lines.last().map_or(&b""[..], |l| line_prefix(l));
        let mut block = Block {
            label: &rest[..label_end],
            proc_type_encrypted: false,
            base64: Vec::with_capacity(body.len()),
        };
        for line in lines {
            block.add_line(line, prefix);
        }
        Some(block)
    }

    /// Adds one line of the body: a header (`Proc-Type:`, `DEK-Info:`; base64 has no colon) is
    /// noted, anything else contributes its base64 runs. A lone `+` is string concatenation.
    fn add_line(&mut self, line: &[u8], prefix: &[u8]) {
        let line = line.trim_ascii_start();
        let line = line.strip_prefix(prefix).unwrap_or(line);
        if line.contains(&b':') {
            self.proc_type_encrypted |=
                line.starts_with(b"Proc-Type:") && memmem::find(line, b"ENCRYPTED").is_some();
            return;
        }
        for run in line.split(|b| !is_base64(*b)) {
            if !run.iter().all(|&b| b == b'+') {
                self.base64.extend_from_slice(run);
            }
        }
    }
}

fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}

/// Splits `text` at line ends: real ones, and the escaped `\n`, `\r` and `\t` of string literals
/// (after any number of backslashes, for text escaped more than once).
fn lines(text: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < text.len() {
        let end = match text[i] {
            b'\n' | b'\r' => Some(i + 1),
            b'\\' => {
                let after = i + text[i..].iter().take_while(|&&b| b == b'\\').count();
                matches!(text.get(after), Some(b'n' | b'r' | b't')).then_some(after + 1)
            }
            _ => None,
        };
        match end {
            Some(end) => {
                out.push(&text[start..i]);
                (start, i) = (end, end);
            }
            None => i += 1,
        }
    }
    out.push(&text[start..]);
    out
}

/// The decoration that starts every line of the block, read from the `-----END` line (`// ` in a
/// comment, `"` in a concatenated string literal); empty when that line holds key text.
fn line_prefix(end_line: &[u8]) -> &[u8] {
    if end_line.iter().all(|b| DECORATION.contains(b)) {
        end_line.trim_ascii()
    } else {
        b""
    }
}

/// The tag, header length and content length of the DER element that starts `data`. Indefinite
/// lengths (BER) and lengths over four bytes are not DER keys.
fn der_element(data: &[u8]) -> Option<(u8, usize, usize)> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    if first < 0x80 {
        return Some((tag, 2, usize::from(first)));
    }
    let n = usize::from(first & 0x7f);
    if n == 0 || n > 4 || rest.len() < n {
        return None;
    }
    let len = rest[..n]
        .iter()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    Some((tag, 2 + n, len))
}

/// Whether `data` is exactly one DER SEQUENCE whose first element has tag `first` and fits in it.
fn der_sequence(data: &[u8], first: u8) -> bool {
    let Some((0x30, header, len)) = der_element(data) else {
        return false;
    };
    header + len == data.len()
        && der_element(&data[header..]).is_some_and(|(tag, h, l)| tag == first && h + l <= len)
}

/// A big-endian u32 and the bytes after it.
fn ssh_u32(data: &[u8]) -> Option<(usize, &[u8])> {
    let (n, rest) = data.split_first_chunk::<4>()?;
    Some((u32::from_be_bytes(*n) as usize, rest))
}

/// An SSH wire-format string (u32 length, bytes) and the bytes after it.
fn ssh_string(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let (len, rest) = ssh_u32(data)?;
    (rest.len() >= len).then(|| rest.split_at(len))
}

/// The `openssh-key-v1` layout: magic, cipher, KDF and KDF options, exactly one public key, and a
/// private section padded to whole cipher blocks that ends the blob (or is followed by an AEAD
/// tag when the key is encrypted).
fn openssh_layout(data: &[u8]) -> Option<()> {
    let rest = data.strip_prefix(OPENSSH_MAGIC)?;
    let (cipher, rest) = ssh_string(rest)?;
    let (_kdf, rest) = ssh_string(rest)?;
    let (_kdf_options, rest) = ssh_string(rest)?;
    let (1, rest) = ssh_u32(rest)? else {
        return None;
    };
    let (_public, rest) = ssh_string(rest)?;
    let (private, rest) = ssh_string(rest)?;
    let tag_ok = rest.is_empty() || (cipher != b"none" && rest.len() == OPENSSH_TAG);
    (tag_ok && !private.is_empty() && private.len() % 8 == 0).then_some(())
}

#[cfg(test)]
mod tests {
    use super::super::synth::{self, Bytes};
    use super::super::tests::run;

    fn check(block: &str) -> bool {
        run("pem-body", block.as_bytes())
    }

    fn rsa_pem(seed: u64) -> String {
        synth::pem(
            "RSA PRIVATE KEY",
            &synth::rsa_key(&mut Bytes::new(seed), 2048),
        )
    }

    /// The block without the newline after `-----END …-----`, as the rules capture it.
    fn captured(block: &str) -> &str {
        block.trim_end()
    }

    #[test]
    fn der_keys_in_every_embedding_pass() {
        let block = rsa_pem(1);
        assert!(check(captured(&block)));
        let json_escaped = captured(&block).replace('\n', "\\n");
        assert!(check(&json_escaped));
        let double_escaped = captured(&block).replace('\n', "\\\\n");
        assert!(check(&double_escaped));
        let commented = captured(&block).replace('\n', "\n// ");
        assert!(check(&commented));
        let indented = captured(&block).replace('\n', "\n    ");
        assert!(check(&indented));
        let concatenated = captured(&block).replace('\n', "\\n\" +\n    \"");
        assert!(check(&concatenated));
        let pkcs8 = synth::pem("PRIVATE KEY", &synth::rsa_key(&mut Bytes::new(2), 1024));
        assert!(check(captured(&pkcs8)));
    }

    #[test]
    fn placeholders_and_damaged_bodies_fail() {
        let dashes = "-----";
        let wrap = |body: &str| {
            format!("{dashes}BEGIN RSA PRIVATE KEY{dashes}\n{body}\n{dashes}END RSA PRIVATE KEY{dashes}")
        };
        assert!(!check(&wrap("MIIE...")));
        assert!(!check(&wrap("<your key here>")));
        assert!(!check(&wrap("...")));
        let block = rsa_pem(3);
        let mut lines: Vec<&str> = captured(&block).lines().collect();
        lines.remove(lines.len() - 2);
        assert!(!check(&lines.join("\n")), "a body missing a line passed");
        let mut extra: Vec<&str> = captured(&block).lines().collect();
        extra.insert(2, extra[1]);
        assert!(!check(&extra.join("\n")), "a body with extra bytes passed");
        let random = Bytes::new(4).take(600);
        let mut not_a_key = synth::der(0x30, &random);
        not_a_key[4] = 0x04;
        assert!(!check(captured(&synth::pem("PRIVATE KEY", &not_a_key))));
        assert!(!check(captured(&synth::pem("PRIVATE KEY", &random))));
    }

    #[test]
    fn encrypted_keys_pass_by_their_own_layouts() {
        let pkcs8 = synth::pkcs8_encrypted(&mut Bytes::new(5));
        assert!(check(captured(&synth::pem(
            "ENCRYPTED PRIVATE KEY",
            &pkcs8
        ))));
        // The same bytes under a label that promises a version INTEGER first do not.
        assert!(!check(captured(&synth::pem("PRIVATE KEY", &pkcs8))));
        let ciphertext = Bytes::new(6).take(1200);
        let legacy = synth::pem("RSA PRIVATE KEY", &ciphertext).replacen(
            "-----\n",
            "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,0F3C6A1E9B2D4C5A8E7F6D5C4B3A2918\n\n",
            1,
        );
        assert!(check(captured(&legacy)));
        let odd = synth::pem("RSA PRIVATE KEY", &ciphertext[..1199]).replacen(
            "-----\n",
            "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,0F3C6A1E9B2D4C5A\n\n",
            1,
        );
        assert!(
            !check(captured(&odd)),
            "ciphertext of a partial block passed"
        );
    }

    #[test]
    fn openssh_keys_need_the_whole_v1_layout() {
        let blob = synth::openssh_key(&mut Bytes::new(7));
        assert!(check(captured(&synth::pem("OPENSSH PRIVATE KEY", &blob))));
        let truncated = &blob[..blob.len() - 8];
        assert!(!check(captured(&synth::pem(
            "OPENSSH PRIVATE KEY",
            truncated
        ))));
        let mut random = b"openssh-key-v1\0".to_vec();
        random.extend(Bytes::new(8).take(300));
        assert!(!check(captured(&synth::pem(
            "OPENSSH PRIVATE KEY",
            &random
        ))));
        assert!(!check(captured(&synth::pem(
            "OPENSSH PRIVATE KEY",
            &blob[1..]
        ))));
    }
}
