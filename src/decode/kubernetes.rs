//! Kubernetes Secret manifests. A Secret's `data:` values are base64, and what they decode to is
//! often a bare password with no provider prefix, which only the key (`DB_PASSWORD`) identifies.
//! So each value is decoded as `KEY=value` (see [`super::Decoded`]), for the assignment rules to
//! see the name. This reads YAML lines, not YAML: `data:` blocks of documents whose `kind` is
//! `Secret`, including the items of a `kubectl get secrets -o yaml` list; anything else in a
//! `data:` block (a template, a block scalar) is left to the plain scan.

use std::ops::Range;

/// Blobs up to this size are looked at whatever their name; larger ones only when named `*.yaml`
/// or `*.yml`, so that a megabyte bundle that mentions "Secret" is not read line by line.
const ANY_NAME_MAX: usize = 1 << 20;

/// A `data:` entry of a Secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DataValue {
    /// Byte range of the key.
    pub name: Range<usize>,
    /// Byte range of the base64 value, without quotes.
    pub value: Range<usize>,
}

/// Cheap test for a blob that may hold Secret manifests.
pub(super) fn may_hold_secrets(path: &str, bytes: &[u8]) -> bool {
    let lower = path.to_ascii_lowercase();
    let yaml = lower.ends_with(".yaml") || lower.ends_with(".yml");
    (yaml || bytes.len() <= ANY_NAME_MAX) && memchr::memmem::find(bytes, b"Secret").is_some()
}

/// Every `data:` value of every Secret in `bytes`.
pub(super) fn data_values(bytes: &[u8]) -> Vec<DataValue> {
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let line = start..end;
        start = end + 1;
        if bytes[line.clone()].starts_with(b"---") {
            document(bytes, &lines, &mut out);
            lines.clear();
        } else {
            lines.push(line);
        }
    }
    document(bytes, &lines, &mut out);
    out
}

/// The `data:` values of one document, when it is a Secret.
fn document(bytes: &[u8], lines: &[Range<usize>], out: &mut Vec<DataValue>) {
    if !lines.iter().any(|l| is_secret_kind(&bytes[l.clone()])) {
        return;
    }
    let mut data: Option<usize> = None;
    for line in lines {
        let text = bytes[line.clone()].trim_ascii_end();
        let indent = text.iter().take_while(|&&b| b == b' ').count();
        let content = &text[indent..];
        if content.is_empty() || content.starts_with(b"#") {
            continue;
        }
        match data {
            Some(block) if indent > block => {
                out.extend(entry(content, line.start + indent));
                continue;
            }
            _ => data = None,
        }
        if content.strip_prefix(b"- ").unwrap_or(content) == b"data:" {
            data = Some(indent + if content.starts_with(b"- ") { 2 } else { 0 });
        }
    }
}

/// `kind: Secret`, at any indentation, as a list item or not, quoted or not.
fn is_secret_kind(line: &[u8]) -> bool {
    let text = line.trim_ascii_end();
    let text = &text[text.iter().take_while(|&&b| b == b' ').count()..];
    let text = text.strip_prefix(b"- ").unwrap_or(text);
    text.strip_prefix(b"kind:").is_some_and(|kind| {
        let kind = kind.trim_ascii();
        kind == b"Secret" || kind == b"\"Secret\"" || kind == b"'Secret'"
    })
}

/// `KEY: base64` (the value optionally quoted), found at offset `at`.
fn entry(content: &[u8], at: usize) -> Option<DataValue> {
    let colon = memchr::memchr(b':', content)?;
    let key = &content[..colon];
    let valid_key = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-');
    if key.is_empty() || !key.iter().all(valid_key) {
        return None;
    }
    let rest = &content[colon + 1..];
    let gap = rest.iter().take_while(|&&b| b == b' ').count();
    let value = &rest[gap..];
    let (value, quote) = match value {
        [q @ (b'"' | b'\''), inner @ .., last] if last == q => (inner, 1),
        _ => (value, 0),
    };
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if value.is_empty() || !value.iter().all(base64) {
        return None;
    }
    let start = at + colon + 1 + gap + quote;
    Some(DataValue {
        name: at..at + colon,
        value: start..start + value.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(&str, &str)> {
        data_values(text.as_bytes())
            .into_iter()
            .map(|v| (&text[v.name], &text[v.value]))
            .collect()
    }

    #[test]
    fn data_values_of_a_secret_are_found() {
        let yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  labels:\n    a: YWJj\n\
                    type: Opaque\ndata:\n  DB_PASSWORD: UzNjcjN0\n  # comment\n\n  api.token: \"dG9rZW4=\"\r\n  \
                    tpl: {{ .Values.x | b64enc }}\nstringData:\n  plain: YWJj\n";
        assert_eq!(
            values(yaml),
            [("DB_PASSWORD", "UzNjcjN0"), ("api.token", "dG9rZW4=")]
        );
    }

    #[test]
    fn only_secrets_are_read_and_lists_are_followed() {
        let multi = "kind: ConfigMap\ndata:\n  a: YWJj\n---\nkind: \"Secret\"\ndata:\n  b: YWJj\n";
        assert_eq!(values(multi), [("b", "YWJj")]);
        let list =
            "apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    token: YWJj\n  kind: Secret\n\
                    - data:\n    key: ZGVm\n  kind: Secret\nkind: List\n";
        assert_eq!(values(list), [("token", "YWJj"), ("key", "ZGVm")]);
        assert!(values("data:\n  a: YWJj\n").is_empty());
    }

    #[test]
    fn blobs_are_looked_at_by_size_or_name() {
        assert!(may_hold_secrets("k8s/db.txt", b"kind: Secret"));
        assert!(!may_hold_secrets("k8s/db.yaml", b"kind: ConfigMap"));
        let big = [b"kind: Secret\n".as_slice(), &vec![b' '; ANY_NAME_MAX]].concat();
        assert!(may_hold_secrets("all.YML", &big));
        assert!(!may_hold_secrets("bundle.js", &big));
    }
}
