//! Byte offsets to 1-based line and character columns. Built only for blobs that have findings,
//! so clean blobs never pay for line counting.

use std::ops::Range;

/// Newline positions of one blob.
#[derive(Debug)]
pub struct LineIndex {
    newlines: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Indexes the newlines of `bytes`.
    pub fn new(bytes: &[u8]) -> LineIndex {
        LineIndex {
            newlines: memchr::memchr_iter(b'\n', bytes).collect(),
            len: bytes.len(),
        }
    }

    /// 0-based line number containing `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&n| n < offset)
    }

    /// Byte range of the line containing `offset`, without its line terminator.
    pub fn line_span(&self, offset: usize) -> Range<usize> {
        let line = self.line_of(offset);
        let start = if line == 0 {
            0
        } else {
            self.newlines[line - 1] + 1
        };
        let end = self.newlines.get(line).copied().unwrap_or(self.len);
        start..end
    }

    /// 1-based (line, column) of `offset`; the column counts characters (UTF-8 scalar values;
    /// each invalid byte counts as one).
    pub fn position(&self, bytes: &[u8], offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = if line == 0 {
            0
        } else {
            self.newlines[line - 1] + 1
        };
        let chars = bytes[start..offset.min(bytes.len())]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count();
        (line + 1, chars + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "ab\nçé=KEY\n".as_bytes();
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        let key = text.windows(3).position(|w| w == b"KEY").unwrap();
        assert_eq!(idx.position(text, key), (2, 4));
        assert_eq!(idx.line_span(key), 3..text.len() - 1);
    }
}
