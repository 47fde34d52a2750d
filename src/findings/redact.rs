//! Redaction and context excerpts. Secrets are shown only as a short prefix and suffix unless the
//! user passes `--show-secrets`, and context is a bounded window of the line, never a whole
//! minified line.

use std::ops::Range;

/// Characters of context shown on each side of a secret.
pub const CONTEXT_CHARS: usize = 40;

/// The secret as reports show it: in full, or redacted to a few leading and trailing characters,
/// enough to tell which key to rotate and not enough to use it.
pub fn display(secret: &[u8], show: bool) -> String {
    let text = String::from_utf8_lossy(secret);
    if show {
        return sanitize(&text);
    }
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let head = (n / 4).min(12);
    let tail = if n >= 20 { 4 } else { 0 };
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[n - tail..]);
    sanitize(&out)
}

/// Replaces control characters so that an excerpt (or any other text taken from a scanned file)
/// cannot break a terminal or a report line.
pub(crate) fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Renders `bytes[range]` as text, with every span in `hide` that lies inside it replaced by its
/// display form (so a companion secret on the same line is redacted too).
fn render(bytes: &[u8], range: Range<usize>, hide: &[(Range<usize>, String)]) -> String {
    let mut out = String::new();
    let mut at = range.start;
    for (span, shown) in hide {
        if span.start >= at && span.end <= range.end {
            out.push_str(&String::from_utf8_lossy(&bytes[at..span.start]));
            out.push_str(shown);
            at = span.end;
        } else if span.start < range.end && span.end > at {
            // A span cut by the excerpt's edge: hide the part that is inside.
            out.push_str(&String::from_utf8_lossy(&bytes[at..span.start.max(at)]));
            out.push('…');
            at = span.end.min(range.end);
        }
    }
    out.push_str(&String::from_utf8_lossy(&bytes[at..range.end]));
    out
}

/// A redacted excerpt of `line` around `secret` (byte ranges into `bytes`): at most
/// [`CONTEXT_CHARS`] characters each side, with the secret and every other span in `hide`
/// (sorted by start) replaced by their display forms.
pub fn context(
    bytes: &[u8],
    line: Range<usize>,
    secret: &Range<usize>,
    shown: &str,
    hide: &[(Range<usize>, String)],
) -> String {
    // A character is at most four bytes, so this much of a long line is enough to render.
    let reach = CONTEXT_CHARS * 4;
    let from = line.start.max(secret.start.saturating_sub(reach));
    let to = line
        .end
        .min(secret.end.saturating_add(reach))
        .max(secret.end);
    let before: Vec<char> = render(bytes, from..secret.start, hide).chars().collect();
    let after: Vec<char> = render(bytes, secret.end..to, hide).chars().collect();
    let mut out = String::new();
    if before.len() > CONTEXT_CHARS || from > line.start {
        out.push('…');
    }
    let kept: String = before[before.len().saturating_sub(CONTEXT_CHARS)..]
        .iter()
        .collect();
    out.push_str(kept.trim_start());
    out.push_str(shown);
    out.extend(after.iter().take(CONTEXT_CHARS));
    if after.len() > CONTEXT_CHARS || to < line.end {
        out.push('…');
    }
    sanitize(out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_hides_most_of_the_secret() {
        let shown = display(b"sk_live_51HqLyjWDarjtT1zdp7dcXz9a", false); // keyhound:allow (synthetic test value)
        assert_eq!(shown, "sk_live_…Xz9a");
        assert_eq!(display(b"hunter2", false), "h…");
        assert_eq!(display(b"abc", true), "abc");
    }

    #[test]
    fn context_is_bounded_and_redacted() {
        let line = format!("{}KEY=SECRETVALUE{}", "x".repeat(500), "y".repeat(500));
        let bytes = line.as_bytes();
        let start = line.find("SECRETVALUE").unwrap();
        let ctx = context(bytes, 0..bytes.len(), &(start..start + 11), "S…", &[]);
        assert!(!ctx.contains("SECRETVALUE"));
        assert!(ctx.contains("KEY=S…"));
        assert!(ctx.chars().count() <= 2 * CONTEXT_CHARS + 4);
    }
}
