//! Files on disk: `ignore`'s parallel walker, the way ripgrep walks. `.gitignore` (and `.ignore`)
//! are respected unless `--no-ignore`; hidden files such as `.env` are always scanned; a path named
//! on the command line is scanned even when ignored. Each walker thread reads and scans the files
//! it visits, reusing one buffer; large files are memory-mapped.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ignore::{WalkBuilder, WalkState};

use super::{scan_capped, too_large, Origin};
use crate::scan::Scanner;

/// Files at least this large are memory-mapped instead of read into a buffer.
const MMAP_THRESHOLD: u64 = 4 << 20;

/// How to walk.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Also scan what `.gitignore` and `.ignore` exclude.
    pub no_ignore: bool,
    /// Follow symbolic links (loops are reported, not followed forever).
    pub follow_links: bool,
    /// Files larger than this are skipped and reported.
    pub max_file_size: u64,
    /// Walker threads; 0 picks one per core.
    pub threads: usize,
}

/// Drops paths that another given path already contains (`keyhound scan . src`), so that no file
/// is read twice.
pub fn distinct_roots(paths: &[PathBuf]) -> Vec<PathBuf> {
    let resolved: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect();
    let mut out: Vec<PathBuf> = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let covered = resolved.iter().enumerate().any(|(j, other)| {
            j != i && resolved[i].starts_with(other) && (resolved[i] != *other || j < i)
        });
        if !covered {
            out.push(path.clone());
        }
    }
    out
}

/// Walks `paths` and scans every file found.
pub fn scan(paths: &[PathBuf], options: &WalkOptions, scanner: &Scanner) {
    let paths = distinct_roots(paths);
    let Some((first, rest)) = paths.split_first() else {
        return;
    };
    let mut builder = WalkBuilder::new(first);
    for path in rest {
        builder.add(path);
    }
    let respect = !options.no_ignore;
    builder
        .hidden(false)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .parents(respect)
        .require_git(false)
        .follow_links(options.follow_links)
        .threads(options.threads)
        .filter_entry(|entry| entry.file_name() != ".git");
    builder.build_parallel().run(|| {
        let mut buf = Vec::new();
        Box::new(move |entry| {
            match entry {
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|t| t.is_file());
                    // A named path that is neither a file nor a directory (a pipe, `<(cmd)`) is
                    // read as a stream; elsewhere only regular files are read.
                    let named_stream = entry.depth() == 0 && !entry.path().is_dir();
                    if is_file || named_stream {
                        scan_file(entry.path(), options, scanner, &mut buf);
                    }
                }
                Err(err) => {
                    let path = error_path(&err).unwrap_or_default();
                    scanner.skip(&display_path(&path), walk_error_reason(&err));
                }
            }
            WalkState::Continue
        })
    });
}

/// Reads one file and hands it to the scanner, reporting anything that stops it being read.
fn scan_file(path: &Path, options: &WalkOptions, scanner: &Scanner, buf: &mut Vec<u8>) {
    if scanner.path_allowed(path) {
        return;
    }
    let shown = display_path(path);
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return scanner.skip(&shown, format!("cannot open: {e}")),
    };
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return scanner.skip(&shown, format!("cannot stat: {e}")),
    };
    if meta.len() > options.max_file_size {
        return scanner.skip(&shown, too_large(meta.len(), options.max_file_size));
    }
    let origin = Origin {
        exposure: crate::findings::exposure::of_path(&shown),
        path: shown.clone(),
    };
    if meta.is_file() && meta.len() >= MMAP_THRESHOLD {
        // SAFETY: the map is read-only and dropped before this function returns. A file truncated
        // by another process while mapped can fault, the same trade-off ripgrep makes for speed.
        match unsafe { memmap2::Mmap::map(&file) } {
            Ok(map) => return scan_capped(scanner, &origin, &map, options.max_file_size),
            Err(e) => return scanner.skip(&shown, format!("cannot map: {e}")),
        }
    }
    buf.clear();
    buf.reserve(meta.len() as usize + 1);
    let cap = options.max_file_size.saturating_add(1);
    if let Err(e) = (&mut file).take(cap).read_to_end(buf) {
        return scanner.skip(&shown, format!("cannot read: {e}"));
    }
    // A stream (or a file that grew) can exceed the cap even though its size said otherwise.
    scan_capped(scanner, &origin, buf, options.max_file_size);
    if buf.capacity() > (MMAP_THRESHOLD as usize) {
        // Do not keep a large buffer alive per thread after an unusually large stream.
        *buf = Vec::new();
    }
}

/// The path reports show: relative to the current directory when the file is under it, with `/`
/// separators and no leading `./`.
pub fn display_path(path: &Path) -> String {
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    let relative = CWD
        .get_or_init(|| std::env::current_dir().ok())
        .as_ref()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .unwrap_or(path);
    let text = relative.to_string_lossy().replace('\\', "/");
    let text = text.trim_start_matches("./");
    if text.is_empty() {
        ".".to_string()
    } else {
        text.to_string()
    }
}

fn error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Partial(errs) => errs.iter().find_map(error_path),
        _ => None,
    }
}

fn walk_error_reason(err: &ignore::Error) -> String {
    match err {
        ignore::Error::Loop { ancestor, .. } => {
            format!("symbolic link loop back to {}", display_path(ancestor))
        }
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_error_reason(err)
        }
        other => other.to_string(),
    }
}
