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
    // The signature of the sample token on jwt.io, copied into countless tutorials.
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // The Azure Storage emulator (Azurite) and Cosmos DB emulator keys, published by Microsoft.
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
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
    "******",
    "...",
    "sample",
    "fake",
    "123456789",
    "abcdefghij",
];

/// Template and interpolation openers: a value containing one is a reference, not a secret.
const TEMPLATE_MARKERS: &[&str] = &["${", "{{", "}}", "%(", "$(", "#{", "<%", "%>", "[[", "]]"];

/// Why a candidate was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drop {
    /// Entropy below the rule's minimum.
    LowEntropy,
    /// A documented example value.
    DocumentedExample,
    /// A placeholder word, template marker or masked value.
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
}

impl Drop {
    /// A short explanation for `--explain` output.
    pub fn describe(&self) -> String {
        match self {
            Drop::LowEntropy => "entropy below the rule's minimum".into(),
            Drop::DocumentedExample => "documented example value".into(),
            Drop::Placeholder => "placeholder, template or masked value".into(),
            Drop::Repeated => "long run of one repeated character".into(),
            Drop::Reference => "reference to a variable or the environment".into(),
            Drop::Identifier => "identifier or plain word".into(),
            Drop::Uuid => "UUID".into(),
            Drop::Check(name) => format!("structural check '{name}' failed"),
            Drop::RuleAllow => "rule's allow pattern matched".into(),
            Drop::NoCompanion => "required companion credential not found".into(),
            Drop::Overlapped => "a more specific rule claimed the same text".into(),
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
    None
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

/// The stricter filters of generic rules (`password = …`, `api_key: …`): the value must look like a
/// credential, not like code that refers to one.
pub fn generic_lookalike(secret: &[u8]) -> Option<Drop> {
    if secret.first() == Some(&b'$') || secret.first() == Some(&b'%') {
        return Some(Drop::Reference);
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
    None
}

/// Code rather than a value: paths (`a::b`, `p->x`), references (`&Type`), calls, and names made
/// of words joined by underscores, perhaps with a version number (`API_KEY_V2`, `_bindgen_ty_5`).
fn looks_like_code(s: &[u8]) -> bool {
    const SYNTAX: &[&str] = &["::", "->", "()", "=>"];
    if SYNTAX
        .iter()
        .any(|m| s.windows(m.len()).any(|w| w == m.as_bytes()))
        || matches!(s.first(), Some(b'&' | b'!' | b'*' | b'@'))
    {
        return true;
    }
    s.contains(&b'_') && s.split(|&b| b == b'_').all(is_word_segment)
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
