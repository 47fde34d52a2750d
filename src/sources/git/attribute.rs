//! Attribution: for the few blobs that have findings, the commit and path that first introduced
//! each, and whether HEAD still holds it. Commits are visited parents first; each commit's tree
//! is searched for the target blobs with a memo keyed by tree id, so a subtree shared by many
//! commits is read once. A commit introduces a (path, blob) pair that none of its parents has,
//! which makes content added in a merge commit belong to the merge.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use gix::bstr::{BString, ByteSlice, ByteVec};
use gix::ObjectId;

use super::commits::{self, Node};
use super::git_error;
use crate::error::Result;

/// Target blobs found under one tree, with their paths relative to it.
type Found = Arc<Vec<(BString, ObjectId)>>;

/// Where each target blob came from.
#[derive(Debug, Default)]
pub struct Attribution {
    /// Commits that introduced something, in the order they were visited (parents first).
    pub commits: Vec<ObjectId>,
    /// For each target blob, every path it was introduced at, with the index into `commits` of
    /// the first commit that introduced it there. Blobs no commit reaches are absent.
    pub introduced: HashMap<ObjectId, Vec<(String, usize)>>,
    /// Target blobs present in HEAD's tree.
    pub at_head: HashSet<ObjectId>,
    /// Submodules (gitlinks) in HEAD's tree: separate repositories, not scanned.
    pub submodules: Vec<String>,
}

/// Traces `targets` through every commit that a ref reaches.
pub fn attribute(repo: &gix::Repository, targets: &HashSet<ObjectId>) -> Result<Attribution> {
    let mut out = Attribution::default();
    let mut search = TreeSearch {
        repo,
        targets,
        memo: HashMap::new(),
        submodules: None,
        empty: Arc::new(Vec::new()),
    };
    if let Ok(tree) = repo.head_tree_id() {
        // HEAD's tree is searched in full once, also to list its submodules.
        search.submodules = Some(Vec::new());
        let at_head = search.find(tree.detach(), &BString::default())?;
        out.at_head = at_head.iter().map(|(_, id)| *id).collect();
        out.submodules = search.submodules.take().unwrap_or_default();
    }
    if targets.is_empty() {
        return Ok(out);
    }
    let nodes = commits::walk(repo, &commits::tips(repo)?, &[])?;
    let mut found_at: HashMap<ObjectId, Found> = HashMap::with_capacity(nodes.len());
    let root = BString::default();
    for Node {
        id, tree, parents, ..
    } in &nodes
    {
        let here = search.find(*tree, &root)?;
        let parent_sets: Vec<&Found> = parents.iter().filter_map(|p| found_at.get(p)).collect();
        if !here.is_empty() && !parent_sets.iter().any(|p| Arc::ptr_eq(p, &here)) {
            let before: HashSet<(&BString, &ObjectId)> = parent_sets
                .iter()
                .flat_map(|s| s.iter().map(|(p, b)| (p, b)))
                .collect();
            let mut commit_index = None;
            for (path, blob) in here.iter() {
                if before.contains(&(path, blob)) {
                    continue;
                }
                let paths = out.introduced.entry(*blob).or_default();
                let path = path.to_str_lossy().into_owned();
                if paths.iter().any(|(p, _)| *p == path) {
                    continue;
                }
                let index = *commit_index.get_or_insert_with(|| {
                    out.commits.push(*id);
                    out.commits.len() - 1
                });
                paths.push((path, index));
            }
        }
        found_at.insert(*id, here);
    }
    Ok(out)
}

/// Memoised search of trees for target blobs.
struct TreeSearch<'a> {
    repo: &'a gix::Repository,
    targets: &'a HashSet<ObjectId>,
    memo: HashMap<ObjectId, Found>,
    /// When set, every tree is read (no memo) and gitlink entries are recorded here.
    submodules: Option<Vec<String>>,
    /// The shared "nothing here", so that most trees cost no allocation.
    empty: Found,
}

impl TreeSearch<'_> {
    /// The target blobs under `tree`, with paths relative to it. `prefix` is only used to name
    /// submodules.
    fn find(&mut self, tree: ObjectId, prefix: &BString) -> Result<Found> {
        if self.submodules.is_none() {
            if let Some(found) = self.memo.get(&tree) {
                return Ok(found.clone());
            }
        }
        let object = self
            .repo
            .find_object(tree)
            .map_err(|e| git_error(self.repo, format!("tree {}: {e}", super::short(&tree))))?;
        let data = object.detach().data;
        let mut found: Vec<(BString, ObjectId)> = Vec::new();
        for entry in gix::objs::TreeRefIter::from_bytes(&data, gix::hash::Kind::Sha1) {
            let entry = entry.map_err(|e| git_error(self.repo, e))?;
            let mut path = prefix.clone();
            if !path.is_empty() {
                path.push_byte(b'/');
            }
            path.push_str(entry.filename);
            if entry.mode.is_tree() {
                let id = entry.oid.to_owned();
                let below = self.find(id, &path)?;
                for (p, blob) in below.iter() {
                    let mut full = BString::from(entry.filename.to_vec());
                    full.push_byte(b'/');
                    full.push_str(p);
                    found.push((full, *blob));
                }
            } else if entry.mode.is_commit() {
                if let Some(list) = self.submodules.as_mut() {
                    list.push(path.to_str_lossy().into_owned());
                }
            } else if self.targets.contains(entry.oid) {
                found.push((BString::from(entry.filename.to_vec()), entry.oid.to_owned()));
            }
        }
        let found: Found = if found.is_empty() {
            self.empty.clone()
        } else {
            Arc::new(found)
        };
        self.memo.insert(tree, found.clone());
        Ok(found)
    }
}
