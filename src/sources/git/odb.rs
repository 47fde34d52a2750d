//! Every blob in a repository's object database, each read and scanned once. Packs are decoded
//! in pack order by resolving each delta chain once (gix's indexed pack traversal, on all cores),
//! so the cost is one decompression per object rather than one chain walk per blob; loose objects
//! are read one by one. Blob ids are deduplicated across packs and loose objects. Anything that
//! cannot be decoded is retried object by object, and what still fails is reported.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use gix::odb::pack;
use gix::ObjectId;

use crate::scan::Scanner;
use crate::sources::{scan_capped, too_large, Origin};

/// How to read the object database.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Blobs larger than this are reported and not scanned.
    pub max_blob_size: u64,
    /// Decoding threads; 0 picks one per core.
    pub threads: usize,
}

/// After this many decoded bytes, the pack's pages are handed back to the kernel.
const TRIM_EVERY: u64 = 128 << 20;

/// A memory-mapped pack file shared with gix's pack reader. Pages of a mapped file count towards
/// the process's resident memory once touched, so a traversal of a multi-gigabyte pack would
/// look like it holds the whole pack; [`PackMap::release_pages`] lets the kernel drop them, and
/// they are read again from the page cache if needed. That keeps memory bounded by the objects
/// in flight rather than by the repository.
#[derive(Clone)]
struct PackMap(Arc<memmap2::Mmap>);

impl PackMap {
    fn open(path: &Path) -> std::io::Result<PackMap> {
        let file = std::fs::File::open(path)?;
        // SAFETY: the map is read-only. Git never rewrites a pack in place (it writes new packs
        // and renames them), so the bytes do not change while mapped.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        Ok(PackMap(Arc::new(map)))
    }

    fn release_pages(&self) {
        #[cfg(unix)]
        // SAFETY: DONTNEED on a read-only file mapping only drops clean pages; later reads fault
        // them in again from the file, with the same contents.
        unsafe {
            let _ = self.0.unchecked_advise(memmap2::UncheckedAdvice::DontNeed);
        }
    }
}

impl std::ops::Deref for PackMap {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

/// Blob ids already handed to the scanner, shared by the decoding threads.
struct Seen(Vec<Mutex<HashSet<ObjectId>>>);

impl Seen {
    fn new() -> Seen {
        Seen((0..64).map(|_| Mutex::new(HashSet::new())).collect())
    }

    fn shard(&self, id: &gix::oid) -> std::sync::MutexGuard<'_, HashSet<ObjectId>> {
        let m = &self.0[id.as_bytes()[0] as usize % self.0.len()];
        m.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// True the first time `id` is offered.
    fn first(&self, id: &gix::oid) -> bool {
        self.shard(id).insert(id.to_owned())
    }

    fn contains(&self, id: &gix::oid) -> bool {
        self.shard(id).contains(id)
    }

    fn into_set(self) -> HashSet<ObjectId> {
        let mut all = HashSet::new();
        for m in self.0 {
            all.extend(m.into_inner().unwrap_or_else(|p| p.into_inner()));
        }
        all
    }
}

/// Scans every blob of `repo`'s object database (all packs, loose objects and alternates) once.
/// Findings carry the blob id as their path until attribution. Returns the ids of all blobs seen.
pub fn scan(repo: &gix::Repository, scanner: &Scanner, options: Options) -> HashSet<ObjectId> {
    let seen = Seen::new();
    let dirs = object_dirs(repo);
    for dir in &dirs {
        for (index, data) in packs(dir) {
            scan_pack(repo, &index, &data, scanner, &seen, options);
        }
    }
    for dir in &dirs {
        scan_loose(repo, dir, scanner, &seen, options);
    }
    seen.into_set()
}

/// The `objects` folders of the repository and its alternates.
fn object_dirs(repo: &gix::Repository) -> Vec<PathBuf> {
    let mut dirs = vec![repo.objects.store_ref().path().to_path_buf()];
    if let Ok(records) = repo.objects.store_ref().structure() {
        for record in records {
            if let gix::odb::store::structure::Record::LooseObjectDatabase {
                objects_directory,
                ..
            } = record
            {
                if !dirs.contains(&objects_directory) {
                    dirs.push(objects_directory);
                }
            }
        }
    }
    dirs
}

/// `(index, pack)` file pairs in `objects/pack`.
fn packs(objects: &Path) -> Vec<(PathBuf, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(objects.join("pack")) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, PathBuf)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "idx"))
        .map(|idx| {
            let data = idx.with_extension("pack");
            (idx, data)
        })
        .collect();
    out.sort();
    out
}

/// Decodes one pack with its index and scans its blobs. Objects the traversal could not decode
/// are retried one by one.
fn scan_pack(
    repo: &gix::Repository,
    index_path: &Path,
    data_path: &Path,
    scanner: &Scanner,
    seen: &Seen,
    options: Options,
) {
    let shown = super::super::files::display_path(data_path);
    let index = match pack::index::File::at(index_path, gix::hash::Kind::Sha1) {
        Ok(index) => index,
        Err(e) => return scanner.skip(&shown, format!("cannot read pack index: {e}")),
    };
    let map = match PackMap::open(data_path) {
        Ok(map) => map,
        Err(e) => return scanner.skip(&shown, format!("cannot map pack: {e}")),
    };
    let data = match pack::data::File::from_data(
        map.clone(),
        data_path.to_path_buf(),
        gix::hash::Kind::Sha1,
    ) {
        Ok(data) => data,
        Err(e) => return scanner.skip(&shown, format!("cannot read pack: {e}")),
    };
    let decoded = AtomicU64::new(0);
    let decoded_bytes = AtomicU64::new(0);
    let interrupt = AtomicBool::new(false);
    let result = index.traverse_with_index(
        &data,
        |kind, bytes, entry, _| {
            decoded.fetch_add(1, Ordering::Relaxed);
            let before = decoded_bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
            if before / TRIM_EVERY != (before + bytes.len() as u64) / TRIM_EVERY {
                map.release_pages();
            }
            if kind == gix::objs::Kind::Blob && seen.first(&entry.oid) {
                scan_blob(&entry.oid, bytes, scanner, options);
            }
            Ok(())
        },
        &mut gix::progress::Discard,
        &interrupt,
        pack::index::traverse::with_index::Options {
            thread_limit: (options.threads > 0).then_some(options.threads),
            check: pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerificationAndNoAbortOnDecodeError,
            alloc_limit_bytes: None,
        },
    );
    if result.is_err() || decoded.load(Ordering::Relaxed) < u64::from(index.num_objects()) {
        for entry in index.iter() {
            if !seen.contains(&entry.oid) {
                scan_one(repo, entry.oid, scanner, seen, options);
            }
        }
    }
}

/// Scans the loose objects of one objects folder.
fn scan_loose(
    repo: &gix::Repository,
    objects: &Path,
    scanner: &Scanner,
    seen: &Seen,
    options: Options,
) {
    let store = gix::odb::loose::Store::at(objects, gix::hash::Kind::Sha1);
    for id in store.iter() {
        match id {
            Ok(id) if !seen.contains(&id) => scan_one(repo, id, scanner, seen, options),
            Ok(_) => {}
            Err(e) => scanner.skip(&super::super::files::display_path(objects), e.to_string()),
        }
    }
}

/// Reads one object through the repository's object store and scans it if it is a blob. Only
/// objects that are not blobs are left unmarked, so a tree is never mistaken for a scanned blob.
fn scan_one(
    repo: &gix::Repository,
    id: ObjectId,
    scanner: &Scanner,
    seen: &Seen,
    options: Options,
) {
    match repo.find_header(id) {
        Ok(header) if header.kind() != gix::objs::Kind::Blob => return,
        Ok(header) if header.size() > options.max_blob_size => {
            seen.first(&id);
            return scanner.skip(
                &id.to_string(),
                too_large(header.size(), options.max_blob_size),
            );
        }
        Ok(_) => {}
        Err(e) => return scanner.skip(&format!("object {id}"), format!("cannot read: {e}")),
    }
    match repo.find_object(id) {
        Ok(object) => {
            if seen.first(&id) {
                scan_blob(&id, &object.data, scanner, options);
            }
        }
        Err(e) => scanner.skip(&format!("blob {id}"), format!("cannot read: {e}")),
    }
}

/// Hands one blob to the scanner; its path is its id until attribution names it.
fn scan_blob(id: &gix::oid, bytes: &[u8], scanner: &Scanner, options: Options) {
    scan_capped(
        scanner,
        &Origin::new(id.to_string()),
        bytes,
        options.max_blob_size,
    );
}
