//! From a workflow event to what to scan. GitHub hands a job the event's name
//! (`GITHUB_EVENT_NAME`) and its webhook payload as a JSON file (`GITHUB_EVENT_PATH`); the
//! commits a pull request or push introduced are named there, not in the checkout, whose HEAD
//! for a pull request is a test merge commit.

use serde_json::Value;

/// What an event asks keyhound to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The commits of `base..head` (a pull request, or a push onto an existing branch). The
    /// config is read from `base`, so the change under review cannot allowlist its own secret.
    Range {
        /// Commit id the range starts from (excluded); its config applies.
        base: String,
        /// Commit id the range ends at (included): the pull request's head or the pushed commit.
        head: String,
        /// A force push: `base` may no longer be in any clone; then the push is treated as a
        /// new branch.
        forced: bool,
        /// The pushed branch (`refs/heads/` stripped), for the force-push fallback.
        branch: Option<String>,
        /// The repository's default branch, for the force-push fallback's config.
        default_branch: Option<String>,
    },
    /// A push that created `branch` at `head`: the commits no other remote-tracking branch has.
    NewBranch {
        /// The pushed commit id.
        head: String,
        /// The new branch (`refs/heads/` stripped), so a push of the default branch itself does
        /// not take its config from the change under review.
        branch: Option<String>,
        /// The repository's default branch: its config applies, when the clone has it.
        default_branch: Option<String>,
    },
    /// Nothing to scan (a push that deleted a branch or tag); `why` says so in the log.
    Nothing {
        /// The reason, printed in the job log so a skipped scan is never mistaken for a clean one.
        why: String,
    },
    /// Every blob in the repository's history (`workflow_dispatch`, `schedule` and any other
    /// event); the working tree's config applies.
    History {
        /// The triggering event's name, shown in the job summary's scope.
        event: String,
    },
}

/// A payload keyhound cannot act on. Never a silent "clean": the job fails with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The payload is not JSON.
    #[error("the {event} event payload is not valid JSON: {source}")]
    Json {
        /// The event whose payload it was (`GITHUB_EVENT_NAME`).
        event: String,
        /// The JSON parser's error, kept as the source for error chains.
        #[source]
        source: serde_json::Error,
    },
    /// A field the event needs is missing or is not a commit id.
    #[error("the {event} event payload has no valid {field} (found {found})")]
    Field {
        /// The event whose payload it was (`GITHUB_EVENT_NAME`).
        event: String,
        /// The dotted path of the field (`pull_request.base.sha`).
        field: &'static str,
        /// What was there instead, shortened (`nothing` when absent), to diagnose the payload.
        found: String,
    },
}

/// Decides what to scan for event `name` with JSON `payload`: `pull_request` and
/// `pull_request_target` scan `pull_request.base.sha..pull_request.head.sha`; `push` scans
/// `before..after`, a new branch (all-zero `before`) what no other branch has, and a deletion
/// nothing; every other event scans the whole history.
pub fn plan(name: &str, payload: &str) -> Result<Plan, EventError> {
    let json = |payload: &str| {
        serde_json::from_str::<Value>(payload).map_err(|source| EventError::Json {
            event: name.to_string(),
            source,
        })
    };
    match name {
        "pull_request" | "pull_request_target" => {
            let v = json(payload)?;
            Ok(Plan::Range {
                base: sha(name, &v, "pull_request.base.sha")?,
                head: sha(name, &v, "pull_request.head.sha")?,
                forced: false,
                branch: None,
                default_branch: None,
            })
        }
        "push" => {
            let v = json(payload)?;
            let branch = text(&v, "ref").map(|r| r.strip_prefix("refs/heads/").unwrap_or(r));
            let branch = branch.map(str::to_string);
            let default_branch = text(&v, "repository.default_branch").map(str::to_string);
            if get(&v, "deleted").and_then(Value::as_bool) == Some(true) {
                let what = text(&v, "ref").unwrap_or("a ref");
                return Ok(Plan::Nothing {
                    why: format!("the push deleted {what}: nothing to scan"),
                });
            }
            let after = sha(name, &v, "after")?;
            let before = sha(name, &v, "before")?;
            if is_zero(&after) {
                return Ok(Plan::Nothing {
                    why: "the push left no commit (after is all zeros): nothing to scan"
                        .to_string(),
                });
            }
            if is_zero(&before) {
                return Ok(Plan::NewBranch {
                    head: after,
                    branch,
                    default_branch,
                });
            }
            Ok(Plan::Range {
                base: before,
                head: after,
                forced: get(&v, "forced").and_then(Value::as_bool) == Some(true),
                branch,
                default_branch,
            })
        }
        other => Ok(Plan::History {
            event: other.to_string(),
        }),
    }
}

/// True for the all-zero id GitHub uses for "no commit".
pub fn is_zero(sha: &str) -> bool {
    sha.bytes().all(|b| b == b'0')
}

/// The value at a dotted `path`.
fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| v.get(key))
}

fn text<'a>(v: &'a Value, path: &str) -> Option<&'a str> {
    get(v, path).and_then(Value::as_str)
}

/// A full commit id (40 hex digits for SHA-1, 64 for SHA-256) at `path`, lowercased. Anything
/// else is refused rather than handed to revision parsing.
fn sha(event: &str, v: &Value, field: &'static str) -> Result<String, EventError> {
    let found = get(v, field);
    match found.and_then(Value::as_str) {
        Some(s) if matches!(s.len(), 40 | 64) && s.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Ok(s.to_ascii_lowercase())
        }
        _ => Err(EventError::Field {
            event: event.to_string(),
            field,
            found: found.map_or_else(|| "nothing".to_string(), |v| short(&v.to_string())),
        }),
    }
}

/// At most 80 characters of a value, for error messages.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "1111111111111111111111111111111111111111";
    const B: &str = "2222222222222222222222222222222222222222";
    const Z: &str = "0000000000000000000000000000000000000000";

    #[test]
    fn pull_requests_scan_base_to_head() {
        let payload =
            format!(r#"{{"pull_request":{{"base":{{"sha":"{A}"}},"head":{{"sha":"{B}"}}}}}}"#);
        for name in ["pull_request", "pull_request_target"] {
            match plan(name, &payload).unwrap() {
                Plan::Range { base, head, .. } => {
                    assert_eq!((base.as_str(), head.as_str()), (A, B))
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn pushes_scan_before_to_after_new_branches_and_deletions() {
        let push = |before: &str, after: &str, deleted: bool| {
            let p = format!(
                r#"{{"ref":"refs/heads/feat/x","before":"{before}","after":"{after}","deleted":{deleted},"repository":{{"default_branch":"main"}}}}"#
            );
            plan("push", &p).unwrap()
        };
        assert!(matches!(push(A, B, false), Plan::Range { base, .. } if base == A));
        assert_eq!(
            push(Z, B, false),
            Plan::NewBranch {
                head: B.to_string(),
                branch: Some("feat/x".to_string()),
                default_branch: Some("main".to_string())
            }
        );
        assert!(matches!(push(A, Z, true), Plan::Nothing { .. }));
    }

    #[test]
    fn other_events_scan_history_and_bad_payloads_are_errors() {
        assert_eq!(
            plan("schedule", "{}").unwrap(),
            Plan::History {
                event: "schedule".to_string()
            }
        );
        assert!(plan("push", "not json").is_err());
        let err = plan(
            "pull_request",
            r#"{"pull_request":{"base":{"sha":"main"}}}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("pull_request.base.sha"), "{err}");
        let injected = format!(r#"{{"before":"{A}","after":"HEAD~1"}}"#);
        assert!(plan("push", &injected).is_err());
    }
}
