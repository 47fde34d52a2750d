//! Sources produce blobs: bytes plus where they came from. Every source hands its blobs to a
//! [`crate::scan::Scanner`], which runs the engine; the engine never knows which source it serves.

pub mod files;
pub mod git;
pub mod sourcemap;
pub mod stdin;

use crate::findings::Exposure;
use crate::scan::Scanner;

/// Where a blob came from, as reports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// Display path: relative to the current directory when under it, `/` separators.
    pub path: String,
    /// Who can see this blob's content, when the source knows.
    pub exposure: Option<Exposure>,
}

impl Origin {
    /// An origin with no exposure information.
    pub fn new(path: impl Into<String>) -> Origin {
        Origin {
            path: path.into(),
            exposure: None,
        }
    }
}

/// Hands `bytes` to the scanner, unless they are over the size cap (reported: the scan becomes
/// incomplete) or binary (counted, not scanned). Every source ends here, so the rules for what
/// is read are the same for files, history, ranges and staged changes.
pub fn scan_capped(scanner: &Scanner, origin: &Origin, bytes: &[u8], max_size: u64) {
    if bytes.len() as u64 > max_size {
        return scanner.skip(&origin.path, too_large(bytes.len() as u64, max_size));
    }
    if is_binary(bytes) {
        return scanner.binary();
    }
    scanner.blob(origin, bytes);
}

/// The reason given for content over `--max-file-size`.
pub fn too_large(size: u64, max_size: u64) -> String {
    format!("larger than --max-file-size ({size} > {max_size} bytes)")
}

/// Blobs whose first 8 KiB contain a NUL byte are binary and are not scanned as text.
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// Git LFS pointer files stand in for content stored on an LFS server: scanning them finds
/// nothing, and the content itself is not in the repository.
pub fn is_lfs_pointer(bytes: &[u8]) -> bool {
    bytes.len() < 1024 && bytes.starts_with(b"version https://git-lfs.github.com/spec/v1\n")
}
