//! Staged changes, for a pre-commit hook: the index compared with HEAD's tree (the empty tree
//! before the first commit), and only findings on lines the index adds. Directories that the
//! index's cache-tree extension shows unchanged since HEAD are skipped without reading them, so
//! the cost follows the size of the change, not of the repository.

use std::collections::{HashMap, HashSet};

use gix::bstr::{BStr, BString, ByteSlice, ByteVec};
use gix::index::extension::Tree as CacheTree;
use gix::ObjectId;

use super::git_error;
use crate::error::Result;
use crate::findings::{exposure, Exposure, Finding};
use crate::scan::{Report, Scanner};
use crate::sources::Origin;

/// A file version the index holds and HEAD does not.
#[derive(Debug, Clone)]
pub struct Change {
    /// Path of the file in the index, `/`-separated, as reported.
    pub path: String,
    /// The staged version's blob: what `git commit` would record, not the working-tree file.
    pub blob: ObjectId,
    /// HEAD's version of the path, or, for a new path, the versions of files the index deletes
    /// (a move keeps its content).
    pub previous: Vec<ObjectId>,
}

/// What HEAD holds, as far as the index may differ from it.
#[derive(Default)]
struct Head {
    /// Files of HEAD in directories the cache-tree could not vouch for.
    files: HashMap<BString, ObjectId>,
    /// Directories whose HEAD tree equals the index's cache-tree entry: nothing staged below.
    same: HashSet<BString>,
}

/// Lists the staged changes of `repo`.
pub fn changes(repo: &gix::Repository) -> Result<Vec<Change>> {
    let index = repo.index_or_empty().map_err(|e| git_error(repo, e))?;
    let head_tree = repo.head_tree_id().ok().map(|id| id.detach());
    let mut head = Head::default();
    if let Some(tree) = head_tree {
        let cache = index.tree();
        if cache.is_some_and(|c| c.num_entries.is_some() && c.id == tree) {
            return Ok(Vec::new());
        }
        collect(repo, tree, cache, &BString::default(), &mut head)?;
    }
    let mut out = Vec::new();
    let mut present: HashSet<&BStr> = HashSet::new();
    for entry in index.entries() {
        let path = entry.path(&index);
        let unstaged_flags = gix::index::entry::Flags::INTENT_TO_ADD;
        if entry.stage() != gix::index::entry::Stage::Unconflicted
            || entry.flags.contains(unstaged_flags)
            || entry.mode == gix::index::entry::Mode::COMMIT
            || entry.mode == gix::index::entry::Mode::SYMLINK
            || under_same(path, &head.same)
        {
            continue;
        }
        present.insert(path);
        let before = head.files.get(path).copied();
        if before != Some(entry.id) {
            out.push(Change {
                path: path.to_str_lossy().into_owned(),
                blob: entry.id,
                previous: before.into_iter().collect(),
            });
        }
    }
    let deleted: Vec<ObjectId> = head
        .files
        .iter()
        .filter(|(path, _)| !present.contains(path.as_bstr()))
        .map(|(_, id)| *id)
        .collect();
    for change in out.iter_mut().filter(|c| c.previous.is_empty()) {
        change.previous = deleted.clone();
    }
    Ok(out)
}

/// True when a directory above `path` is known unchanged.
fn under_same(path: &BStr, same: &HashSet<BString>) -> bool {
    if same.is_empty() {
        return false;
    }
    path.char_indices()
        .filter(|(_, _, c)| *c == '/')
        .any(|(start, _, _)| same.contains(path[..start].as_bstr()))
}

/// Records HEAD's files under `tree`, skipping subtrees the cache-tree vouches for.
fn collect(
    repo: &gix::Repository,
    tree: ObjectId,
    cache: Option<&CacheTree>,
    prefix: &BString,
    head: &mut Head,
) -> Result<()> {
    let object = repo.find_object(tree).map_err(|e| git_error(repo, e))?;
    let data = object.detach().data;
    for entry in gix::objs::TreeRefIter::from_bytes(&data, gix::hash::Kind::Sha1) {
        let entry = entry.map_err(|e| git_error(repo, e))?;
        let mut path = prefix.clone();
        if !path.is_empty() {
            path.push_byte(b'/');
        }
        path.push_str(entry.filename);
        if entry.mode.is_tree() {
            let child = cache.and_then(|c| {
                c.children
                    .iter()
                    .find(|t| t.name.as_slice() == entry.filename.as_bytes())
            });
            if child.is_some_and(|c| c.num_entries.is_some() && c.id == entry.oid) {
                head.same.insert(path);
            } else {
                collect(repo, entry.oid.to_owned(), child, &path, head)?;
            }
        } else if entry.mode.is_blob() {
            head.files.insert(path, entry.oid.to_owned());
        }
    }
    Ok(())
}

/// Scans the staged changes and keeps findings on added lines (for a pair, either half's line).
pub fn scan(repo: &gix::Repository, scanner: Scanner, max_blob_size: u64) -> Result<Report> {
    let changes = changes(repo)?;
    let mut by_path: HashMap<&str, &Change> = HashMap::new();
    for change in &changes {
        by_path.insert(&change.path, change);
        let origin = Origin {
            exposure: Some(Exposure::Staged),
            path: change.path.clone(),
        };
        super::scan_object(repo, change.blob, &origin, &scanner, max_blob_size);
    }
    let mut report = scanner.finish();
    let mut added: HashMap<String, Vec<bool>> = HashMap::new();
    report.findings.retain(|f| {
        let Some(change) = by_path.get(f.path.as_str()) else {
            return true;
        };
        let lines = added
            .entry(f.path.clone())
            .or_insert_with(|| added_lines(repo, change));
        is_added(f, lines)
    });
    for f in &mut report.findings {
        f.exposure = [f.exposure, exposure::of_path(&f.path)]
            .into_iter()
            .flatten()
            .min();
    }
    report.summary.findings = report.findings.len();
    Ok(report)
}

fn is_added(f: &Finding, lines: &[bool]) -> bool {
    let at = |line: usize| lines.get(line.wrapping_sub(1)).copied().unwrap_or(true);
    at(f.line) || f.related.as_ref().is_some_and(|r| at(r.line))
}

/// For each line of the staged version, whether it is new: a line counts as old while the
/// previous versions still have an unused copy of it, so moved and unchanged lines are not new
/// and a line duplicated by the change is.
fn added_lines(repo: &gix::Repository, change: &Change) -> Vec<bool> {
    let Ok(new) = repo.find_object(change.blob).map(|o| o.detach().data) else {
        return Vec::new();
    };
    let previous: Vec<Vec<u8>> = change
        .previous
        .iter()
        .filter_map(|id| repo.find_object(*id).ok().map(|o| o.detach().data))
        .collect();
    let mut old: HashMap<&[u8], usize> = HashMap::new();
    for blob in &previous {
        for line in blob.lines() {
            *old.entry(line).or_default() += 1;
        }
    }
    new.lines()
        .map(|line| match old.get_mut(line) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}
