//! Commits: which ones the refs reach, in an order where every parent comes before its children,
//! and what a finding says about the one that introduced it.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use gix::ObjectId;

use super::git_error;
use crate::error::Result;
use crate::findings::Commit;

/// One commit of the graph, as attribution needs it.
#[derive(Debug, Clone)]
pub struct Node {
    /// The commit, named in findings it introduced.
    pub id: ObjectId,
    /// Its root tree, diffed against the parents' to find what it introduced.
    pub tree: ObjectId,
    /// Parents that are part of the walk (a shallow boundary has none).
    pub parents: Vec<ObjectId>,
    /// Committer time, seconds since the epoch; orders independent branches.
    pub time: i64,
}

/// The commits every branch, tag, remote ref, stash and HEAD point to. Tags are peeled; refs that
/// peel to something other than a commit are left out.
pub fn tips(repo: &gix::Repository) -> Result<Vec<ObjectId>> {
    let mut tips = Vec::new();
    if let Ok(head) = repo.head_id() {
        tips.push(head.detach());
    }
    let platform = repo.references().map_err(|e| git_error(repo, e))?;
    for reference in platform.all().map_err(|e| git_error(repo, e))? {
        let Ok(mut reference) = reference else {
            continue;
        };
        let Ok(id) = reference.peel_to_id() else {
            continue;
        };
        let is_commit = repo
            .find_header(id.detach())
            .is_ok_and(|h| h.kind() == gix::objs::Kind::Commit);
        if is_commit {
            tips.push(id.detach());
        }
    }
    tips.sort();
    tips.dedup();
    Ok(tips)
}

/// Every commit reachable from `tips` and not from `hidden`, parents before children, older first
/// among commits that do not depend on each other. A commit that cannot be read fails the walk:
/// attribution that skipped commits would name the wrong ones.
pub fn walk(repo: &gix::Repository, tips: &[ObjectId], hidden: &[ObjectId]) -> Result<Vec<Node>> {
    let mut nodes = Vec::new();
    if tips.is_empty() {
        return Ok(nodes);
    }
    let walk = repo
        .rev_walk(tips.iter().copied())
        .with_hidden(hidden.iter().copied())
        .all()
        .map_err(|e| git_error(repo, e))?;
    for info in walk {
        let info = info.map_err(|e| git_error(repo, e))?;
        let commit = info.object().map_err(|e| git_error(repo, e))?;
        let tree = commit.tree_id().map_err(|e| git_error(repo, e))?.detach();
        nodes.push(Node {
            id: info.id,
            tree,
            parents: info.parent_ids().map(|p| p.detach()).collect(),
            time: commit.time().map(|t| t.seconds).unwrap_or(0),
        });
    }
    Ok(topological(nodes))
}

/// Kahn's algorithm with a min-heap on commit time: parents first, then the oldest ready commit.
fn topological(nodes: Vec<Node>) -> Vec<Node> {
    let index: HashMap<ObjectId, usize> =
        nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut waiting: Vec<usize> = vec![0; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        for parent in &node.parents {
            if let Some(&p) = index.get(parent) {
                children[p].push(i);
                waiting[i] += 1;
            }
        }
    }
    let mut ready: BinaryHeap<Reverse<(i64, usize)>> = waiting
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == 0)
        .map(|(i, _)| Reverse((nodes[i].time, i)))
        .collect();
    let mut order = Vec::with_capacity(nodes.len());
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        for &c in &children[i] {
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.push(Reverse((nodes[c].time, c)));
            }
        }
    }
    let mut slots: Vec<Option<Node>> = nodes.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// What a finding reports about a commit: id, author, email, author date and summary line.
pub fn describe(repo: &gix::Repository, id: ObjectId) -> Result<Commit> {
    let commit = repo.find_commit(id).map_err(|e| git_error(repo, e))?;
    let author = commit.author().map_err(|e| git_error(repo, e))?;
    let date = author
        .time()
        .map(|t| t.format_or_unix(gix::date::time::format::ISO8601_STRICT))
        .unwrap_or_default();
    let summary = commit
        .message()
        .map(|m| m.summary().to_string())
        .unwrap_or_default();
    Ok(Commit {
        id: id.to_string(),
        author: author.name.to_string(),
        email: author.email.to_string(),
        date,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(n: u8, time: i64, parents: &[u8]) -> Node {
        let id = |b: u8| ObjectId::from_bytes_or_panic(&[b; 20]);
        Node {
            id: id(n),
            tree: id(0),
            parents: parents.iter().map(|&p| id(p)).collect(),
            time,
        }
    }

    #[test]
    fn parents_come_first_even_when_their_clock_is_later() {
        // 2's committer clock is behind its parent's: order must still follow the graph.
        let nodes = vec![node(3, 30, &[1, 2]), node(2, 5, &[1]), node(1, 10, &[])];
        let order: Vec<u8> = topological(nodes)
            .iter()
            .map(|n| n.id.as_bytes()[0])
            .collect();
        assert_eq!(order, vec![1, 2, 3]);
    }
}
