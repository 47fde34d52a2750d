//! The scanner ties sources to the engine: sources call [`Scanner::blob`] from any thread; the
//! scanner runs the engine, builds findings, applies the config's allowlists and collects the
//! summary. [`Scanner::finish`] hands the result to the reporters.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use gix::ObjectId;
use xxhash_rust::xxh3::xxh3_128;

use serde::Serialize;

use crate::config::Config;
use crate::decode;
use crate::engine::{Candidate, Engine};
use crate::findings::{self, Finding};
use crate::sources::Origin;

/// Something that could not be scanned, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Skipped {
    /// The file, or for git objects the object id, that was not (fully) scanned.
    pub path: String,
    /// Why, in words a user can act on (too large, unreadable, an LFS pointer...).
    pub reason: String,
}

/// Totals of one scan (the JSON report's `summary`).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Summary {
    /// Number of findings reported (after allowlists, baseline and `--min-severity`).
    pub findings: usize,
    /// Files (or other blobs) read and scanned.
    pub files: u64,
    /// Unique blobs scanned.
    pub blobs: u64,
    /// Bytes scanned.
    pub bytes: u64,
    /// Binary files recognised and not scanned as text.
    pub binary: u64,
    /// Findings hidden by `[allow] fingerprints`.
    pub allowed: u64,
    /// Everything that could not be read; non-empty means the scan is incomplete.
    pub skipped: Vec<Skipped>,
    /// What was seen and deliberately not scanned, without making the scan incomplete: Git LFS
    /// pointers (the content lives elsewhere) and submodules (separate repositories).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Skipped>,
    /// With `--baseline`: findings hidden, and entries that matched nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<findings::baseline::Outcome>,
    /// True when everything that should have been read was read.
    pub complete: bool,
}

/// Findings plus summary: what every reporter renders.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// What to rotate or allow, one entry per reported occurrence.
    pub findings: Vec<Finding>,
    /// Totals, and what could not be read: whether no findings really means clean.
    pub summary: Summary,
}

impl Report {
    /// Adds another source's findings and totals to this report.
    pub fn merge(&mut self, other: Report) {
        self.findings.extend(other.findings);
        let (a, b) = (&mut self.summary, other.summary);
        a.findings = self.findings.len();
        a.files += b.files;
        a.blobs += b.blobs;
        a.bytes += b.bytes;
        a.binary += b.binary;
        a.allowed += b.allowed;
        a.skipped.extend(b.skipped);
        a.skipped.sort();
        a.notes.extend(b.notes);
        a.complete = a.complete && b.complete;
    }
}

/// Shortest embedded text remembered as clean (see `Scanner::clean`); shorter ones cost less to
/// scan again than to hash and look up.
const MEMO_MIN: usize = 1024;

/// Most texts remembered (about 8 MiB), so that memory stays bounded on huge builds; later texts
/// are still scanned, just not remembered.
const MEMO_MAX: usize = 1 << 18;

/// Collects findings from any number of threads.
pub struct Scanner<'a> {
    engine: &'a Engine,
    config: &'a Config,
    options: findings::Options,
    /// Blob ids already scanned by another source (history); content hashing to one of them is
    /// not scanned again.
    known: Option<&'a HashSet<ObjectId>>,
    /// Hashes (XXH3-128) of embedded texts of at least [`MEMO_MIN`] bytes, as written in their
    /// file, that were scanned and held nothing: the same library source embedded in the five
    /// source maps of one build is decoded and matched once.
    clean: Mutex<HashSet<u128>>,
    findings: Mutex<Vec<Finding>>,
    skipped: Mutex<Vec<Skipped>>,
    notes: Mutex<Vec<Skipped>>,
    files: AtomicU64,
    bytes: AtomicU64,
    binary: AtomicU64,
    allowed: AtomicU64,
}

impl<'a> Scanner<'a> {
    /// A scanner over a built engine and a loaded config.
    pub fn new(engine: &'a Engine, config: &'a Config, options: findings::Options) -> Self {
        Scanner {
            engine,
            config,
            options,
            known: None,
            clean: Mutex::new(HashSet::new()),
            findings: Mutex::new(Vec::new()),
            skipped: Mutex::new(Vec::new()),
            notes: Mutex::new(Vec::new()),
            files: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            binary: AtomicU64::new(0),
            allowed: AtomicU64::new(0),
        }
    }

    /// The engine, config and finding options this scanner was built with, so that a second pass
    /// (the working tree after history) scans with the same ones.
    pub fn parts(&self) -> (&'a Engine, &'a Config, findings::Options) {
        (self.engine, self.config, self.options)
    }

    /// Skips content whose git blob id is in `known`: it was scanned already, as history.
    pub fn with_known_blobs(mut self, known: &'a HashSet<ObjectId>) -> Self {
        self.known = Some(known);
        self
    }

    /// Scans one blob of text.
    pub fn blob(&self, origin: &Origin, bytes: &[u8]) {
        if let Some(known) = self.known {
            let id = gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, bytes);
            if id.is_ok_and(|id| known.contains(&id)) {
                return;
            }
        }
        if crate::sources::is_lfs_pointer(bytes) {
            return self.note(
                &origin.path,
                "Git LFS pointer: the content is stored outside the repository".to_string(),
            );
        }
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if !crate::sources::sourcemap::scan(self, origin, bytes) {
            self.text(origin, bytes);
        }
    }

    /// Runs the engine over `bytes` as they are, then over what their encoded stretches decode
    /// to, without counting them as another file: the plain-text part of [`Scanner::blob`], also
    /// used for the parts of a source map that are not embedded sources.
    pub(crate) fn text(&self, origin: &Origin, bytes: &[u8]) {
        self.text_parts(origin, bytes, std::slice::from_ref(&(0..bytes.len())));
    }

    /// Like [`Scanner::text`], reading only `parts` of `bytes`; findings are placed in the whole
    /// text. No match crosses from one part into the next.
    pub(crate) fn text_parts(&self, origin: &Origin, bytes: &[u8], parts: &[Range<usize>]) {
        let mut candidates = Vec::new();
        for part in parts {
            let found = self.engine.scan(&bytes[part.clone()]);
            candidates.extend(found.into_iter().map(|c| c.shifted(part.start)));
        }
        decode::rescan(self, origin, None, bytes, parts, &mut candidates);
        if candidates.is_empty() {
            return;
        }
        let found = findings::build(self.engine, origin, bytes, candidates, self.options);
        self.keep(found);
    }

    /// Runs the engine over text embedded in `origin`'s file (a source map's decoded
    /// `sourcesContent[i]`), and over what its encoded stretches decode to; findings are placed
    /// in that file and carry the original source. Returns whether anything was found.
    pub(crate) fn embedded(
        &self,
        origin: &Origin,
        embedded: &findings::Embedded,
        bytes: &[u8],
    ) -> bool {
        let mut candidates = self.engine.scan(bytes);
        let whole = 0..bytes.len();
        let decoded = decode::rescan(
            self,
            origin,
            Some(embedded),
            bytes,
            std::slice::from_ref(&whole),
            &mut candidates,
        );
        if candidates.is_empty() {
            return decoded;
        }
        let found = findings::build_in(
            self.engine,
            origin,
            findings::Within::Embedded(embedded),
            bytes,
            candidates,
            self.options,
        );
        self.keep(found);
        true
    }

    /// Whether `literal` (an embedded text as its file writes it, e.g. a JSON string) was
    /// scanned before and held nothing: the same library source sits in every source map of a
    /// build, and need not even be decoded again.
    pub(crate) fn known_clean(&self, literal: &[u8]) -> bool {
        literal.len() >= MEMO_MIN && lock(&self.clean).contains(&xxh3_128(literal))
    }

    /// Records that `literal` held nothing (see [`Scanner::known_clean`]).
    pub(crate) fn mark_clean(&self, literal: &[u8]) {
        let mut clean = lock(&self.clean);
        if literal.len() >= MEMO_MIN && clean.len() < MEMO_MAX {
            clean.insert(xxh3_128(literal));
        }
    }

    /// Keeps what the engine found in text decoded from `origin`'s file (see [`crate::decode`]);
    /// findings are placed on the encoded text.
    pub(crate) fn decoded(
        &self,
        origin: &Origin,
        decoded: &findings::Decoded,
        bytes: &[u8],
        candidates: Vec<Candidate>,
    ) {
        let found = findings::build_in(
            self.engine,
            origin,
            findings::Within::Decoded(decoded),
            bytes,
            candidates,
            self.options,
        );
        self.keep(found);
    }

    /// Applies the config's fingerprint allowlist and collects what remains.
    fn keep(&self, mut found: Vec<Finding>) {
        let before = found.len();
        found.retain(|f| !self.config.fingerprint_allowed(&f.fingerprint));
        self.allowed
            .fetch_add((before - found.len()) as u64, Ordering::Relaxed);
        if !found.is_empty() {
            lock(&self.findings).extend(found);
        }
    }

    /// Records that a binary blob was recognised and not scanned.
    pub fn binary(&self) {
        self.binary.fetch_add(1, Ordering::Relaxed);
    }

    /// Records something that could not be scanned; the scan becomes incomplete.
    pub fn skip(&self, path: &str, reason: String) {
        lock(&self.skipped).push(Skipped {
            path: path.to_string(),
            reason,
        });
    }

    /// Records something seen and deliberately not scanned; the scan stays complete.
    pub fn note(&self, path: &str, reason: String) {
        lock(&self.notes).push(Skipped {
            path: path.to_string(),
            reason,
        });
    }

    /// Blobs and bytes scanned so far, for progress display.
    pub fn progress(&self) -> (u64, u64) {
        (
            self.files.load(Ordering::Relaxed),
            self.bytes.load(Ordering::Relaxed),
        )
    }

    /// True when the config allows this path, so it is not read at all.
    pub fn path_allowed(&self, path: &Path) -> bool {
        self.config.path_allowed(path)
    }

    /// The collected findings, sorted by path and position, and the summary.
    pub fn finish(self) -> Report {
        let mut findings = self
            .findings
            .into_inner()
            .unwrap_or_else(|p| p.into_inner());
        findings.sort_by(|a, b| {
            (&a.path, a.line, a.column, &a.rule_id).cmp(&(&b.path, b.line, b.column, &b.rule_id))
        });
        let mut skipped = self.skipped.into_inner().unwrap_or_else(|p| p.into_inner());
        skipped.sort();
        let mut notes = self.notes.into_inner().unwrap_or_else(|p| p.into_inner());
        notes.sort();
        let files = self.files.into_inner();
        Report {
            summary: Summary {
                findings: findings.len(),
                files,
                blobs: files,
                bytes: self.bytes.into_inner(),
                binary: self.binary.into_inner(),
                allowed: self.allowed.into_inner(),
                complete: skipped.is_empty(),
                skipped,
                notes,
                baseline: None,
            },
            findings,
        }
    }
}

/// A poisoned lock only means another thread panicked mid-push; the data is still usable.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
