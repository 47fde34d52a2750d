//! Range scans (`BASE..HEAD`, a pull request): the content introduced by the commits reachable
//! from HEAD and not from BASE. Each commit is diffed against each parent; a merge commit
//! introduces a file version only if it differs from every parent's, so content a merge brings
//! in from an already-scanned side is not counted twice, while content written in the merge is.
//! A secret that the parent's version of the same path (or a file moved in the same commit)
//! already held is not new. Missing history is an error, never a clean result.

use std::collections::{HashMap, HashSet};

use gix::bstr::{BString, ByteSlice};
use gix::diff::tree::recorder::Change as Diff;
use gix::ObjectId;

use super::commits::{self, Node};
use super::history::Placer;
use crate::config::Config;
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::findings::Exposure;
use crate::scan::{Report, Scanner};
use crate::sources::Origin;

/// A file version one commit of the range introduced.
#[derive(Debug, Clone)]
pub struct Change {
    /// Index into [`Range::commits`].
    pub commit: usize,
    /// Path of the file in that commit, `/`-separated, as reported.
    pub path: String,
    /// The introduced version's blob, which is what gets scanned.
    pub blob: ObjectId,
    /// Versions the secret may already have been in: the parents' versions of this path and
    /// files deleted by the same commit (moves).
    pub previous: Vec<ObjectId>,
}

/// What a range introduced.
#[derive(Debug, Default)]
pub struct Range {
    /// Commits of the range, parents first.
    pub commits: Vec<ObjectId>,
    /// Every file version the range introduced, to be scanned once each.
    pub changes: Vec<Change>,
}

/// Resolves `spec` (`BASE..HEAD`; HEAD defaults to `HEAD`) and lists the file versions its
/// commits introduced. An empty BASE (`..HEAD`) means the commits no remote-tracking branch has:
/// what a push of a new branch would publish.
pub fn changes(repo: &gix::Repository, spec: &str) -> Result<Range> {
    let (base, head) = spec.split_once("..").ok_or_else(|| {
        Error::Range(format!(
            "--range {spec:?}: expected BASE..HEAD, for example main..HEAD"
        ))
    })?;
    if head.starts_with('.') {
        return Err(Error::Range(format!(
            "--range {spec:?}: use BASE..HEAD (two dots); the symmetric difference is not supported"
        )));
    }
    let head = if head.is_empty() { "HEAD" } else { head };
    let hidden = if base.is_empty() {
        remote_tips(repo)?
    } else {
        vec![resolve(repo, base)?]
    };
    let head_id = resolve(repo, head)?;
    changes_between(repo, spec, head_id, &hidden)
}

/// Lists the file versions introduced by the commits reachable from `head` and from none of
/// `hidden` (no hidden commit: all of `head`'s history). `label` names the range in messages.
/// For callers that compute the hidden set themselves, such as a CI push of a new branch, whose
/// own remote-tracking branch must not hide it.
pub fn changes_between(
    repo: &gix::Repository,
    label: &str,
    head_id: ObjectId,
    hidden: &[ObjectId],
) -> Result<Range> {
    let nodes = commits::walk(repo, &[head_id], hidden)
        .map_err(|e| Error::Range(format!("{e}\n{}", fetch_hint(repo))))?;
    let shallow: HashSet<ObjectId> = repo
        .shallow_commits()
        .ok()
        .flatten()
        .map(|c| c.iter().copied().collect())
        .unwrap_or_default();
    if let Some(edge) = nodes.iter().find(|n| shallow.contains(&n.id)) {
        return Err(Error::Range(format!(
            "commit {} of {label} is at the edge of this shallow clone: its parents are missing, \
             so what the range introduced cannot be told.\n{}",
            super::short(&edge.id),
            fetch_hint(repo)
        )));
    }
    let mut range = Range::default();
    let mut state = gix::diff::tree::State::default();
    for (index, node) in nodes.iter().enumerate() {
        range.commits.push(node.id);
        for (path, (blob, previous)) in introduced(repo, node, &mut state)? {
            range.changes.push(Change {
                commit: index,
                path: path.to_str_lossy().into_owned(),
                blob,
                previous,
            });
        }
    }
    Ok(range)
}

/// The commits of every remote-tracking branch (`refs/remotes/*`).
fn remote_tips(repo: &gix::Repository) -> Result<Vec<ObjectId>> {
    let platform = repo.references().map_err(|e| super::git_error(repo, e))?;
    let mut tips = Vec::new();
    for reference in platform
        .remote_branches()
        .map_err(|e| super::git_error(repo, e))?
        .flatten()
    {
        let mut reference = reference;
        if let Ok(id) = reference.peel_to_id() {
            tips.push(id.detach());
        }
    }
    Ok(tips)
}

fn resolve(repo: &gix::Repository, name: &str) -> Result<ObjectId> {
    repo.rev_parse_single(name)
        .map(|id| id.detach())
        .map_err(|e| {
            Error::Range(format!(
                "cannot resolve {name:?} in {}: {e}\n{}",
                repo.git_dir().display(),
                fetch_hint(repo)
            ))
        })
}

/// How to get the history a range needs.
fn fetch_hint(repo: &gix::Repository) -> String {
    let shallow = if repo.is_shallow().unwrap_or(false) {
        "This is a shallow clone. "
    } else {
        ""
    };
    format!(
        "{shallow}Fetch the missing history (`git fetch --unshallow`, or `git fetch origin BASE`), \
         or in GitHub Actions check out with `fetch-depth: 0`."
    )
}

/// (path → (new blob, previous versions)) for one commit: against the empty tree for a root
/// commit; for a merge, only versions that differ from every parent's.
fn introduced(
    repo: &gix::Repository,
    node: &Node,
    state: &mut gix::diff::tree::State,
) -> Result<HashMap<BString, (ObjectId, Vec<ObjectId>)>> {
    let tree = read_tree(repo, Some(node.tree))?;
    let parent_trees: Vec<Option<ObjectId>> = if node.parents.is_empty() {
        vec![None]
    } else {
        node.parents
            .iter()
            .map(|p| {
                let commit = repo.find_commit(*p).map_err(|e| missing(repo, p, e))?;
                let tree = commit.tree_id().map_err(|e| missing(repo, p, e))?;
                Ok(Some(tree.detach()))
            })
            .collect::<Result<_>>()?
    };
    let mut result: Option<HashMap<BString, (ObjectId, Vec<ObjectId>)>> = None;
    for parent in parent_trees {
        let before = read_tree(repo, parent)?;
        let mut recorder = gix::diff::tree::Recorder::default();
        gix::diff::tree(
            gix::objs::TreeRefIter::from_bytes(&before, gix::hash::Kind::Sha1),
            gix::objs::TreeRefIter::from_bytes(&tree, gix::hash::Kind::Sha1),
            &mut *state,
            &repo.objects,
            &mut recorder,
        )
        .map_err(|e| missing(repo, &node.id, e))?;
        let mut here: HashMap<BString, (ObjectId, Vec<ObjectId>)> = HashMap::new();
        let mut deleted = Vec::new();
        for change in recorder.records {
            match change {
                Diff::Addition {
                    entry_mode,
                    oid,
                    path,
                    ..
                } if entry_mode.is_blob() => {
                    here.insert(path, (oid, Vec::new()));
                }
                Diff::Modification {
                    entry_mode,
                    oid,
                    previous_oid,
                    previous_entry_mode,
                    path,
                } if entry_mode.is_blob() => {
                    let previous = if previous_entry_mode.is_blob() {
                        vec![previous_oid]
                    } else {
                        Vec::new()
                    };
                    here.insert(path, (oid, previous));
                }
                Diff::Deletion {
                    entry_mode, oid, ..
                } if entry_mode.is_blob() => deleted.push(oid),
                _ => {}
            }
        }
        for (_, previous) in here.values_mut() {
            previous.extend(deleted.iter().copied());
        }
        result = Some(match result {
            None => here,
            // A merge keeps what differs from every parent, with every parent's old versions.
            Some(mut kept) => {
                kept.retain(|path, (blob, previous)| match here.get(path) {
                    Some((other, more)) if other == blob => {
                        previous.extend(more.iter().copied());
                        true
                    }
                    _ => false,
                });
                kept
            }
        });
    }
    Ok(result.unwrap_or_default())
}

/// A tree's raw bytes; `None` is the empty tree.
fn read_tree(repo: &gix::Repository, id: Option<ObjectId>) -> Result<Vec<u8>> {
    match id {
        None => Ok(Vec::new()),
        Some(id) => repo
            .find_object(id)
            .map(|o| o.detach().data)
            .map_err(|e| missing(repo, &id, e)),
    }
}

fn missing(repo: &gix::Repository, id: &gix::oid, e: impl std::fmt::Display) -> Error {
    Error::Range(format!(
        "cannot read {} ({e}).\n{}",
        super::short(id),
        fetch_hint(repo)
    ))
}

/// Scans what `spec` introduced: each new file version once, and, for versions with findings,
/// the previous versions, so that secrets that were already there are not reported as new.
pub fn scan(
    repo: &gix::Repository,
    spec: &str,
    scanner: Scanner,
    engine: &Engine,
    config: &Config,
    max_blob_size: u64,
) -> Result<Report> {
    let range = changes(repo, spec)?;
    scan_changes(repo, &range, scanner, engine, config, max_blob_size)
}

/// Scans the file versions of a listed range ([`changes`], [`changes_between`]), as [`scan`]
/// does.
pub fn scan_changes(
    repo: &gix::Repository,
    range: &Range,
    scanner: Scanner,
    engine: &Engine,
    config: &Config,
    max_blob_size: u64,
) -> Result<Report> {
    let new: HashSet<ObjectId> = range.changes.iter().map(|c| c.blob).collect();
    for id in &new {
        super::scan_object(
            repo,
            *id,
            &Origin::new(id.to_string()),
            &scanner,
            max_blob_size,
        );
    }
    let mut report = scanner.finish();
    let mut by_blob: HashMap<ObjectId, Vec<usize>> = HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        if let Ok(id) = ObjectId::from_hex(f.path.as_bytes()) {
            by_blob.entry(id).or_default().push(i);
        }
    }
    let earlier = fingerprints_of_previous(repo, range, &by_blob, engine, config, max_blob_size);
    let described: Vec<_> = range
        .commits
        .iter()
        .map(|id| commits::describe(repo, *id))
        .collect::<Result<_>>()?;
    let mut placer = Placer::new(engine, config, &described);
    for change in &range.changes {
        for &i in by_blob
            .get(&change.blob)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let finding = &report.findings[i];
            let old = change
                .previous
                .iter()
                .any(|p| earlier.contains(&(*p, finding.fingerprint.clone())));
            if !old {
                let exposure = Exposure::Repository;
                placer.put(finding, &change.path, Some(change.commit), None, exposure);
            }
        }
    }
    report.findings = placer.finish();
    report.summary.findings = report.findings.len();
    Ok(report)
}

/// (blob, fingerprint) pairs found in the previous versions of changes that have findings.
fn fingerprints_of_previous(
    repo: &gix::Repository,
    range: &Range,
    by_blob: &HashMap<ObjectId, Vec<usize>>,
    engine: &Engine,
    config: &Config,
    max_blob_size: u64,
) -> HashSet<(ObjectId, String)> {
    let previous: HashSet<ObjectId> = range
        .changes
        .iter()
        .filter(|c| by_blob.contains_key(&c.blob))
        .flat_map(|c| c.previous.iter().copied())
        .collect();
    let options = crate::findings::Options {
        show_secrets: false,
        min_severity: crate::rules::Severity::Info,
    };
    let scanner = Scanner::new(engine, config, options);
    for id in previous {
        super::scan_object(
            repo,
            id,
            &Origin::new(id.to_string()),
            &scanner,
            max_blob_size,
        );
    }
    scanner
        .finish()
        .findings
        .into_iter()
        .filter_map(|f| Some((ObjectId::from_hex(f.path.as_bytes()).ok()?, f.fingerprint)))
        .collect()
}
