//! What the push of a new branch published, seen from CI after the push. The runner's clone has
//! a remote-tracking branch for the pushed branch itself, which already holds every pushed
//! commit; hiding it too (as `--range ..HEAD` does before a push) would leave nothing to scan.
//! So the pushed branch's own remote-tracking refs are left out of the hidden set.

use gix::ObjectId;

use super::git_error;
use crate::error::Result;

/// The commits of every remote-tracking branch except `branch` on any remote (and the remotes'
/// symbolic `HEAD`): the history a pushed new branch `branch` is compared against. An empty
/// result means no other branch is known, and the whole of the branch's history is new.
pub fn hidden_tips(repo: &gix::Repository, branch: Option<&str>) -> Result<Vec<ObjectId>> {
    let platform = repo.references().map_err(|e| git_error(repo, e))?;
    let mut tips = Vec::new();
    for reference in platform
        .remote_branches()
        .map_err(|e| git_error(repo, e))?
        .flatten()
    {
        let name = reference.name().as_bstr().to_string();
        let short = name.strip_prefix("refs/remotes/").unwrap_or(&name);
        let tracked = short.split_once('/').map_or(short, |(_, b)| b);
        if tracked == "HEAD" || Some(tracked) == branch {
            continue;
        }
        let mut reference = reference;
        if let Ok(id) = reference.peel_to_id() {
            tips.push(id.detach());
        }
    }
    tips.sort();
    tips.dedup();
    Ok(tips)
}
