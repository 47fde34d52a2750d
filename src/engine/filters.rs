//! Filters that drop candidates which match a rule's shape but are not credentials: low-entropy
//! values, documented example keys, placeholders and templates, and (for generic rules) references
//! to other variables, identifiers, UUIDs and the like. Each returns the reason it dropped a value,
//! so that `--explain` can show it.

/// Shannon entropy of `bytes` in bits per byte.
pub fn entropy(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let len = bytes.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / len;
            -p * p.log2()
        })
        .sum()
}

/// Example values published in providers' own documentation. They are everywhere in tutorials and
/// tests, and are never live credentials.
const DOCUMENTED_EXAMPLES: &[&str] = &[
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
    "whsec_ABC123",
    "xoxb-not-a-real-token-this-will-not-work",
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    "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",
    // RFC 7617's Basic example, `Aladdin:open sesame`.
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    // The signature of the sample token on jwt.io, copied into countless tutorials.
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // The Azure Storage emulator (Azurite) and Cosmos DB emulator keys, published by Microsoft.
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    // Google API keys committed to the open-source Firebase SDKs' own tests (firebase-js-sdk and
    // firebase-android-sdk: API-key format checks and `FirebaseOptions` fixtures). Every copy of
    // those SDKs carries them, so they are public and tell a reviewer nothing.
    "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
    "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
    "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
    "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
    "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
    "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
    "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
    "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
    "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
    "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
];

/// Fragments that mark a value as a placeholder rather than a credential (compared
/// case-insensitively).
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "your_",
    "your-",
    "yourkey",
    "yourtoken",
    "yoursecret",
    "yourpass",
    "replace_me",
    "replaceme",
    "replace-me",
    "redacted",
    "dummy",
    "insert_",
    "insert-",
    "notreal",
    "not_real",
    "not-a-real",
    "xxxxxx",
    // Masked values as dashboards and logs show them (`sk_live_****8642`, `••••1234`).
    "****",
    "\u{2022}\u{2022}\u{2022}",
    "\u{25cf}\u{25cf}\u{25cf}",
    "...",
    "\u{2026}",
    "sample",
    "fake",
    // What log and parameter filters print in place of a value (Rails, Django, Sentry).
    "[filtered]",
];

/// A run of this many characters counting up or down (`12345678`, `klmnopqr`, `aBcDeFgH`) marks a
/// value typed by hand: in a random token of base62 characters, such a run has a chance of about
/// one in 62^7 per position.
const SEQUENCE_RUN: usize = 8;

/// Template and interpolation openers: a value containing one is a reference, not a secret.
const TEMPLATE_MARKERS: &[&str] = &["${", "{{", "}}", "%(", "$(", "#{", "<%", "%>", "[[", "]]"];

/// Why a candidate was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drop {
    /// Entropy below the rule's minimum.
    LowEntropy,
    /// A documented example value.
    DocumentedExample,
    /// A placeholder word, template marker, masked value, hand-typed sequence or common password.
    Placeholder,
    /// A long run of one character (`XXXX…`, `0000…`).
    Repeated,
    /// Generic rules: a reference to another variable or the environment.
    Reference,
    /// Generic rules: an identifier or plain word, not a random value.
    Identifier,
    /// Generic rules: a UUID.
    Uuid,
    /// A structural check failed (checksum, JWT shape, ...).
    Check(&'static str),
    /// One of the rule's own `allow` regexes matched.
    RuleAllow,
    /// The companion credential the rule requires was not found.
    NoCompanion,
    /// A more specific rule claimed the same text.
    Overlapped,
    /// Generic rules: the value starts with a provider's token prefix (`ghp_`, `npm_`, `sk-proj-`)
    /// but that provider's rule rejects it (wrong length, alphabet or checksum).
    ProviderNearMiss,
}

impl Drop {
    /// A short explanation for `--explain` output.
    pub fn describe(&self) -> String {
        match self {
            Drop::LowEntropy => "entropy below the rule's minimum".into(),
            Drop::DocumentedExample => "documented example value".into(),
            Drop::Placeholder => "placeholder, template, masked value or common password".into(),
            Drop::Repeated => "long run of one repeated character".into(),
            Drop::Reference => "reference to a variable or the environment".into(),
            Drop::Identifier => "identifier or plain word".into(),
            Drop::Uuid => "UUID".into(),
            Drop::Check(name) => format!("structural check '{name}' failed"),
            Drop::RuleAllow => "rule's allow pattern matched".into(),
            Drop::NoCompanion => "required companion credential not found".into(),
            Drop::Overlapped => "a more specific rule claimed the same text".into(),
            Drop::ProviderNearMiss => {
                "provider token prefix, but not that provider's format or checksum".into()
            }
        }
    }
}

fn contains_ignore_case(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.len() >= needle.len()
        && haystack
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

fn longest_run(bytes: &[u8]) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut prev = None;
    for &b in bytes {
        if Some(b) == prev {
            run += 1;
        } else {
            run = 1;
            prev = Some(b);
        }
        best = best.max(run);
    }
    best
}

/// Filters every rule applies: documented examples, placeholders, templates, masked values.
pub fn placeholder(secret: &[u8]) -> Option<Drop> {
    if DOCUMENTED_EXAMPLES
        .iter()
        .any(|e| secret.windows(e.len()).any(|w| w == e.as_bytes()))
    {
        return Some(Drop::DocumentedExample);
    }
    if PLACEHOLDER_WORDS
        .iter()
        .any(|w| contains_ignore_case(secret, w))
        || TEMPLATE_MARKERS
            .iter()
            .any(|m| secret.windows(m.len()).any(|w| w == m.as_bytes()))
        || (secret.first() == Some(&b'<') && secret.last() == Some(&b'>'))
    {
        return Some(Drop::Placeholder);
    }
    if secret.len() >= 8 && longest_run(secret) >= (secret.len() / 3).max(6) {
        return Some(Drop::Repeated);
    }
    if longest_sequence(secret) >= SEQUENCE_RUN {
        return Some(Drop::Placeholder);
    }
    None
}

/// Length of the longest run of digits or letters that count up or down one step at a time,
/// letters compared without case.
fn longest_sequence(bytes: &[u8]) -> usize {
    let (mut best, mut run, mut step, mut prev) = (0, 0, 0i16, None::<u8>);
    for b in bytes.iter().map(u8::to_ascii_lowercase) {
        if !b.is_ascii_alphanumeric() {
            (run, prev) = (0, None);
            continue;
        }
        let d = prev
            .filter(|p| p.is_ascii_alphabetic() == b.is_ascii_alphabetic())
            .map_or(0, |p| i16::from(b) - i16::from(p));
        run = match d {
            1 | -1 if run >= 2 && d == step => run + 1,
            1 | -1 => 2,
            _ => 1,
        };
        (step, prev) = (d, Some(b));
        best = best.max(run);
    }
    best
}

/// Values that open with `$` or `%` and are references or hashes rather than secrets: `${VAR}`,
/// `$(cmd)`, `$VAR`, `$obj.field`, `%(name)s`, `%{var}`, `%APPDATA%`, `@VAR@`, and crypt-style password
/// hashes (`$2b$12$…`, `$argon2id$…`). Any other value that merely starts with one of these
/// characters (`$Kq9#…`) may well be a password.
fn sigil_reference(s: &[u8]) -> Option<Drop> {
    let (&first, rest) = s.split_first()?;
    let ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let ident_start = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_');
    match first {
        b'$' => {
            if matches!(rest.first(), Some(b'{' | b'(')) {
                return Some(Drop::Reference);
            }
            // `$2b$12$…`, `$6$salt$…`, `$argon2id$v=19$…`: a password hash, not a password.
            let scheme = rest.iter().take_while(|b| ident(b)).count();
            if (1..=12).contains(&scheme) && rest.get(scheme) == Some(&b'$') {
                return Some(Drop::Identifier);
            }
            let path = rest
                .iter()
                .all(|b| ident(b) || matches!(b, b'.' | b'-' | b'>' | b'[' | b']'));
            if ident_start(rest.first()) && path {
                return Some(Drop::Reference);
            }
            None
        }
        // `@DB_PASSWORD@`, `@@DB_PASSWORD@@`: autoconf, Gradle, Maven and deploy-script tokens.
        b'@' => {
            let rest = rest.strip_prefix(b"@").unwrap_or(rest);
            let name = rest.iter().take_while(|b| ident(b)).count();
            (ident_start(rest.first()) && rest.get(name) == Some(&b'@')).then_some(Drop::Reference)
        }
        b'%' => {
            if matches!(rest.first(), Some(b'(' | b'{')) {
                return Some(Drop::Reference);
            }
            let name = rest.iter().take_while(|b| ident(b)).count();
            if ident_start(rest.first()) && rest.get(name) == Some(&b'%') {
                return Some(Drop::Reference);
            }
            None
        }
        _ => None,
    }
}

/// Whether the text before a value on its line (`prefix`) leaves a template expression open
/// (`{{ lookup("vault", "secret=…`, `{% set token = "…`): the value is part of the expression that
/// produces a secret at deploy time, not the secret.
pub fn inside_template(prefix: &[u8]) -> bool {
    let line = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(prefix, |nl| &prefix[nl + 1..]);
    let last = |pat: &[u8]| line.windows(2).rposition(|w| w == pat);
    let open = last(b"{{").max(last(b"{%"));
    let close = last(b"}}").max(last(b"%}"));
    open.is_some_and(|o| close.is_none_or(|c| c < o))
}

/// Secret-manager and vault references (`op://vault/item/field`, `sm://name`,
/// `projects/1/secrets/name/versions/latest`, `arn:aws:secretsmanager:…`, `vault:secret/data/x`,
/// `akv://`, `doppler://`): they name where a secret is kept, they are not the secret. `token` is the
/// value together with what is glued to its left (up to a space, quote, `=`, `,` or bracket), so that
/// `secret:name` inside an ARN is caught too.
pub fn secret_manager_reference(token: &[u8]) -> bool {
    const MARKERS: &[&str] = &[
        "op://",
        "sm://",
        "gcpsm://",
        "akv://",
        "azkv://",
        "doppler://",
        "vault://",
        "vault:",
        "bws://",
        "infisical://",
        "awssm://",
        "ssm://",
        "arn:aws:secretsmanager:",
        "arn:aws:ssm:",
        "arn:aws-cn:secretsmanager:",
        "arn:aws-us-gov:secretsmanager:",
        "azurekeyvault",
        "keyvault",
        "vault.azure.net/secrets/",
        "secretmanager.googleapis.com",
        // HashiCorp Vault KV v2 paths (`secret/data/db:password`, `kv/data/app`).
        "secret/data/",
        "kv/data/",
    ];
    if MARKERS.iter().any(|m| contains_ignore_case(token, m)) {
        return true;
    }
    // GCP Secret Manager resource names: projects/<project>/secrets/<name>[/versions/<v>].
    let lower = token.to_ascii_lowercase();
    lower
        .windows(9)
        .position(|w| w == b"projects/")
        .is_some_and(|at| {
            let tail = &lower[at + 9..];
            let project = tail.iter().take_while(|&&b| b != b'/').count();
            project > 0 && tail[project..].starts_with(b"/secrets/")
        })
}

/// Prefixes and fragments of code that reads a value from somewhere else.
const REFERENCE_MARKERS: &[&str] = &[
    "process.env",
    "import.meta.env",
    "os.environ",
    "os.getenv",
    "getenv(",
    "env(",
    "env[",
    "env:",
    "environ[",
    "secrets.",
    "vault:",
    "keyvault",
    "ssm:",
    "arn:aws:",
    "params.",
    "config.",
    "settings.",
    "this.",
    "self.",
    "args.",
    "request.",
    "req.",
    "options.",
    "props.",
];

fn is_uuid(s: &[u8]) -> bool {
    let groups: Vec<&[u8]> = s.split(|&b| b == b'-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.iter().all(u8::is_ascii_hexdigit))
}

/// An Ethereum-style address (`0x` and 40 hex digits): public by nature, it names an account or a
/// contract. A private key is 64 hex digits and is not matched.
fn is_blockchain_address(s: &[u8]) -> bool {
    s.len() == 42
        && (s.starts_with(b"0x") || s.starts_with(b"0X"))
        && s[2..].iter().all(u8::is_ascii_hexdigit)
}

/// A variable that rollup or esbuild renamed to avoid a clash, `sharedKey$4`: in JavaScript `$` is
/// part of the identifier.
fn is_bundler_renamed(s: &[u8]) -> bool {
    let Some(dollar) = s.iter().rposition(|&b| b == b'$') else {
        return false;
    };
    let (name, digits) = (&s[..dollar], &s[dollar + 1..]);
    name.first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        && (1..=3).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
}

/// A password hash in the `algorithm$…$…$…` form of Django and passlib (`pbkdf2_sha256$600000$salt$hash`,
/// `argon2$argon2id$v=19$…`, `bcrypt_sha256$$2b$12$…`): what a user table stores instead of the
/// password.
fn is_framework_password_hash(s: &[u8]) -> bool {
    let algorithm = s
        .iter()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    (2..=24).contains(&algorithm)
        && [
            "pbkdf2", "argon2", "bcrypt", "scrypt", "sha", "md5", "crypt",
        ]
        .iter()
        .any(|family| contains_ignore_case(&s[..algorithm], family))
        && s.get(algorithm) == Some(&b'$')
        && s[algorithm..].iter().filter(|&&b| b == b'$').count() >= 3
}

/// Stems of the passwords every breach list and test suite starts with. A value that is one of
/// them, spelled with the usual digit-for-letter swaps and at most four digits or symbols after
/// it (`Passw0rd!`, `test1234`, `admin123`), is a fixture or a default, not a leaked secret.
const COMMON_PASSWORD_STEMS: &[&str] = &[
    "password", "passwort", "passwd", "pass", "test", "admin", "root", "secret", "qwerty",
    "letmein", "welcome", "default", "guest", "demo", "user", "login", "master", "hello",
    "iloveyou", "monkey", "dragon", "abc", "foobar", "foo",
];

/// Whether `s` is a common password (see [`COMMON_PASSWORD_STEMS`]).
pub(crate) fn is_common_password(s: &[u8]) -> bool {
    let stem_len = s
        .iter()
        .rposition(|b| b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let (stem, tail) = s.split_at(stem_len);
    if stem.is_empty() || tail.len() > 4 || tail.iter().any(u8::is_ascii_alphabetic) {
        return false;
    }
    let plain = |b: &u8| match b.to_ascii_lowercase() {
        b'0' => b'o',
        b'1' | b'!' => b'i',
        b'3' => b'e',
        b'4' | b'@' => b'a',
        b'5' | b'$' => b's',
        b'7' => b't',
        other => other,
    };
    COMMON_PASSWORD_STEMS
        .iter()
        .any(|w| w.len() == stem.len() && stem.iter().map(plain).eq(w.bytes()))
}

/// The stricter filters of generic rules (`password = …`, `api_key: …`): the value must look like a
/// credential, not like code that refers to one.
pub fn generic_lookalike(secret: &[u8]) -> Option<Drop> {
    if let Some(reason) = sigil_reference(secret) {
        return Some(reason);
    }
    if REFERENCE_MARKERS
        .iter()
        .any(|m| contains_ignore_case(secret, m))
    {
        return Some(Drop::Reference);
    }
    if is_uuid(secret) {
        return Some(Drop::Uuid);
    }
    if is_blockchain_address(secret)
        || is_framework_password_hash(secret)
        || is_bundler_renamed(secret)
    {
        return Some(Drop::Identifier);
    }
    if is_common_password(secret) {
        return Some(Drop::Placeholder);
    }
    let has_digit = secret.iter().any(u8::is_ascii_digit);
    let has_symbol = secret
        .iter()
        .any(|b| !b.is_ascii_alphanumeric() && !matches!(b, b'_' | b'.' | b'-'));
    let identifier_chars = secret
        .iter()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'.' | b'-'));
    // `user_password`, `get.token`, `ThePasswordField`: an identifier or word, not a credential.
    if identifier_chars && !has_digit && !has_symbol {
        return Some(Drop::Identifier);
    }
    if looks_like_code(secret) {
        return Some(Drop::Identifier);
    }
    encoded_lookalike(secret)
}

/// A value that is base64 of printable text is judged by that text: `YXBpLWtleS1nb2VzLWhlcmU=`
/// (`api-key-goes-here`) in a Kubernetes Secret is a placeholder too. Random key material decodes
/// to binary and is left alone.
fn encoded_lookalike(secret: &[u8]) -> Option<Drop> {
    if secret.len() < 12 || !secret.len().is_multiple_of(4) {
        return None;
    }
    let text = super::checks::base64_standard(secret)?;
    if !text.iter().all(|&b| b.is_ascii_graphic() || b == b' ') {
        return None;
    }
    placeholder(&text).or_else(|| generic_lookalike(&text))
}

/// Words that name a credential; a bare value built from one is a variable, not a secret.
const CREDENTIAL_WORDS: &[&str] = &[
    "password",
    "passwd",
    "token",
    "secret",
    "apikey",
    "credential",
];

/// A variable that a bundler or compiler renamed by appending a number (`password2`,
/// `defaultAccessToken2`, `CancellationToken11`): letters that contain a credential word, then at
/// most three digits. Only for values without quotes around them, where such a name is code
/// (`password: password2,`); a quoted `"password2"` is a literal and is left to the other filters.
pub fn renamed_variable(secret: &[u8], quoted: bool) -> bool {
    if quoted {
        return false;
    }
    let letters = secret
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(secret.len());
    let digits = &secret[letters..];
    letters > 0
        && (1..=3).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
        && CREDENTIAL_WORDS
            .iter()
            .any(|w| contains_ignore_case(&secret[..letters], w))
}

/// Code rather than a value: paths (`a::b`, `p->x`), references (`&Type`), calls, and names made
/// of words joined by underscores, perhaps with a version number (`API_KEY_V2`, `_bindgen_ty_5`).
fn looks_like_code(s: &[u8]) -> bool {
    const SYNTAX: &[&str] = &["::", "->", "()", "=>", "??", "&&", "||"];
    if SYNTAX
        .iter()
        .any(|m| s.windows(m.len()).any(|w| w == m.as_bytes()))
        || sigil_expression(s)
        || member_access(s)
        || minified_list(s)
        || statement(s)
        || keyed_list(s)
        || embedded_member(s)
    {
        return true;
    }
    s.contains(&b'_') && s.split(|&b| b == b'_').all(is_word_segment)
}

/// Keywords that, next to punctuation, mark a stretch of minified or ordinary code.
const CODE_WORDS: &[&str] = &[
    "null",
    "new",
    "throw",
    "return",
    "function",
    "void",
    "const",
    "let",
    "var",
    "else",
    "break",
    "this",
    "typeof",
    "undefined",
    "true",
    "false",
];

/// A statement or expression: a code keyword as a whole token plus statement punctuation
/// (`null,a[yV-1]!=s.x)throw`, `jie;i5.defaultServer=new`, `!1,rm:!1,sed:!1`).
fn statement(s: &[u8]) -> bool {
    if contains(s, b"!1,") || contains(s, b":!1") || contains(s, b"!0,") || contains(s, b":!0") {
        return true;
    }
    if !s.iter().any(|b| b";(){}[]=,".contains(b)) {
        return false;
    }
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    s.split(|b| !ident(b))
        .any(|token| CODE_WORDS.iter().any(|w| token == w.as_bytes()))
}

/// Parser tables and object literals: `,NAME:` at least twice (`16,DOT:17,className:18`).
fn keyed_list(s: &[u8]) -> bool {
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    let mut count = 0;
    for (i, _) in s.iter().enumerate().filter(|(_, b)| **b == b',') {
        let name = s[i + 1..].iter().take_while(|b| ident(b)).count();
        if name > 0 && s.get(i + 1 + name) == Some(&b':') {
            count += 1;
        }
    }
    count >= 2
}

/// A member assigned, called or listed inside the value (`D,ir.name=zl(w)`, `c.None=Object`).
fn embedded_member(s: &[u8]) -> bool {
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    s.iter().enumerate().any(|(i, b)| {
        if *b != b'.' || i == 0 || !ident(&s[i - 1]) {
            return false;
        }
        let name = s[i + 1..].iter().take_while(|b| ident(b)).count();
        name >= 3
            && !s[i + 1].is_ascii_digit()
            && reads_as_words(&s[i + 1..i + 1 + name])
            && matches!(s.get(i + 1 + name), Some(b'=' | b'(' | b';' | b'}' | b')'))
    })
}

fn contains(s: &[u8], needle: &[u8]) -> bool {
    s.windows(needle.len()).any(|w| w == needle)
}

/// Minified object literals and argument lists: a one- to three-character identifier, a comma, and
/// another identifier that ends in `:` or `,` (`L,encryptionStrength:ae` from
/// `{password:L,encryptionStrength:ae}`).
fn minified_list(s: &[u8]) -> bool {
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    let head = s.iter().take_while(|b| ident(b)).count();
    if !(1..=3).contains(&head) || s[0].is_ascii_digit() || s.get(head) != Some(&b',') {
        return false;
    }
    let rest = &s[head + 1..];
    let next = rest.iter().take_while(|b| ident(b)).count();
    next > 0 && !rest[0].is_ascii_digit() && matches!(rest.get(next), Some(b':' | b','))
}

/// `&Type`, `*ptr`, `!!flag`, `@attr`, `!(cond)`: sigils before a wordy identifier, a call or a
/// parenthesis. A value that only starts with such a character (`&h^=m!v_8l*r…`, a Django key, or
/// `@Lp4w7Qv9…`) is not code.
fn sigil_expression(s: &[u8]) -> bool {
    let sigils = s
        .iter()
        .take_while(|b| matches!(b, b'&' | b'!' | b'*' | b'@'))
        .count();
    if sigils == 0 {
        return false;
    }
    let rest = &s[sigils..];
    match rest.first() {
        Some(b'(') => true,
        Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {
            let name = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
                .count();
            if name == rest.len() {
                reads_as_words(rest)
            } else {
                matches!(rest[name], b'(' | b'[' | b'<')
            }
        }
        Some(b) if b.is_ascii_digit() => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// Objects that code commonly reads settings from: `cfg.dbPwd` is code whatever its words look like.
const RECEIVERS: &[&str] = &[
    "app",
    "args",
    "auth",
    "cfg",
    "conf",
    "config",
    "context",
    "creds",
    "credentials",
    "ctx",
    "data",
    "env",
    "environment",
    "exports",
    "local",
    "locals",
    "module",
    "options",
    "opts",
    "os",
    "params",
    "process",
    "props",
    "req",
    "request",
    "res",
    "secrets",
    "self",
    "settings",
    "state",
    "system",
    "this",
    "var",
    "vars",
    "window",
];

/// Member access (`settings.CLIENT_SECRET`, `node.dot2_token`, `user.getPassword(…)`): a dotted path
/// of identifiers, followed by nothing or by a call or index. A random value can have the same
/// shape (`twaQn4.zkTmqWArtLqVyQk`), so the path must also read as code: a well-known receiver, or
/// identifiers made of pronounceable words rather than vowel-less fragments.
fn member_access(s: &[u8]) -> bool {
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    let path_len = s.iter().take_while(|b| ident(b) || **b == b'.').count();
    let path = &s[..path_len];
    let segments: Vec<&[u8]> = path.split(|&b| b == b'.').collect();
    let well_formed = segments.len() >= 2
        && segments.iter().all(|seg| {
            seg.first()
                .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'$'))
        });
    if !well_formed {
        return false;
    }
    let first = String::from_utf8_lossy(segments[0]).to_ascii_lowercase();
    let known = RECEIVERS.contains(&first.as_str());
    let rest = &s[path_len..];
    let continuation = rest.is_empty() || matches!(rest[0], b'(' | b'[' | b'|' | b'?' | b')');
    continuation && (known || reads_as_words(path))
}

/// Whether the identifiers in `path` split (at `_`, `.`, digits and lower-to-upper case changes)
/// into mostly pronounceable parts: at most a third of the parts of two or more letters may lack a
/// vowel (`db`, `Ctx` are fine; `zk`, `Tmq`, `Lq`, `Qk` in a row are a random string).
fn reads_as_words(path: &[u8]) -> bool {
    let mut parts = 0usize;
    let mut vowelless = 0usize;
    let mut start = 0usize;
    let mut flush = |part: &[u8]| {
        if part.len() >= 2 {
            parts += 1;
            if !part
                .iter()
                .any(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u'))
            {
                vowelless += 1;
            }
        }
    };
    for i in 0..path.len() {
        let b = path[i];
        let boundary = !b.is_ascii_alphabetic()
            || (b.is_ascii_uppercase() && i > 0 && path[i - 1].is_ascii_lowercase());
        if boundary {
            flush(&path[start..i]);
            start = if b.is_ascii_alphabetic() { i } else { i + 1 };
        }
    }
    flush(&path[start..]);
    parts > 0 && vowelless * 3 <= parts
}

/// A segment of a snake_case or CONSTANT_CASE name: a word (`key`, `Key`, `KEY`) optionally followed
/// by digits (`v2`, `ty5`), or digits alone. Random strings almost never split into such segments.
fn is_word_segment(seg: &[u8]) -> bool {
    let letters = seg.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (word, digits) = seg.split_at(letters);
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    match word.split_first() {
        None => true,
        Some((_, rest)) => {
            rest.iter().all(u8::is_ascii_lowercase) || word.iter().all(u8::is_ascii_uppercase)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_credential_variables_are_code_only_without_quotes() {
        for name in [
            "password2",
            "defaultAccessToken2",
            "CancellationToken11",
            "previousToken2",
        ] {
            assert!(renamed_variable(name.as_bytes(), false), "{name}");
            assert!(!renamed_variable(name.as_bytes(), true), "{name}");
        }
        for value in [
            "Summer2024",
            "hunter22",
            "Tr0ub4dor",
            "password",
            "tokenAb12x",
            "x9",
        ] {
            assert!(!renamed_variable(value.as_bytes(), false), "{value}");
        }
    }

    #[test]
    fn hand_typed_sequences_are_placeholders() {
        for value in [
            "sk-ant-oat01-abc123_klmnopqrstuvwx-3456",
            "token_aBcDeFgHiJ",
            "key-9876543210",
            "pw123456789",
        ] {
            assert_eq!(
                placeholder(value.as_bytes()),
                Some(Drop::Placeholder),
                "{value}"
            );
        }
        // Short runs occur in random tokens and in real passwords.
        for value in [
            "Xk9mQ2vLp8RtWz3N",
            "ghp_abcdE7f2Kq9",
            "Summer2024!",
            "9aB0cD1eF2",
        ] {
            assert_eq!(placeholder(value.as_bytes()), None, "{value}");
        }
    }

    #[test]
    fn addresses_and_common_passwords_are_not_generic_secrets() {
        for value in [
            "0x2c1579106b8618ebf6a59fd6d27234109e2fb65a",
            "Passw0rd!",
            "test1234",
            "admin123",
            "P@ssword1",
            "Welcome1!",
            "foobar123",
            "pbkdf2_sha256$600000$4zjdQsSJUzZUcCIkNF$eSZjJ/9D3TC4fxfoLPs+OtOv=",
            "@@DB_PASSWORD@@",
            "sharedKey$4",
            // base64 of `api-key-goes-here`
            "YXBpLWtleS1nb2VzLWhlcmU=",
        ] {
            assert!(generic_lookalike(value.as_bytes()).is_some(), "{value}");
        }
        for value in [
            "0x2c1579106b8618ebf6a59fd6d27234109e2fb65a2c1579106b8618ebf6a59fd6",
            "Passw0rdKq9vT",
            "test1234Zx8w",
            "admin12345678",
            "hT7$kq2Lz9",
            "ab$Xk9$mQ2$vLp8",
            // base64 of `Xk9#mQ2vLp8RtWz3`
            "WGs5I21RMnZMcDhSdFd6Mw==",
        ] {
            assert_eq!(generic_lookalike(value.as_bytes()), None, "{value}");
        }
    }

    #[test]
    fn elided_values_are_placeholders() {
        for value in ["\u{2026}", "sk_live_\u{2026}", "Password=\u{2026}"] {
            assert_eq!(
                placeholder(value.as_bytes()),
                Some(Drop::Placeholder),
                "{value}"
            );
        }
    }

    #[test]
    fn values_inside_open_templates_are_not_secrets() {
        assert!(inside_template(
            b"DB_PASSWORD={{ lookup(\"hashi_vault\", \"secret="
        ));
        assert!(inside_template(b"{% set token = \""));
        assert!(!inside_template(b"{{ header }}\ntoken = \""));
        assert!(!inside_template(b"title: {{ page.title }} token: "));
        assert!(generic_lookalike(b"env:STRIPE_SECRET_KEY").is_some());
        assert!(secret_manager_reference(b"secret=secret/data/db:password"));
    }
}
