//! The POSIX `sh` scripts keyhound installs. They are generated rather than shipped so that they
//! can name the binary that installed them: an absolute path keeps working when `keyhound` is not
//! on the `PATH` git hooks run with (GUI clients, IDEs), and a fallback to `PATH` keeps them
//! working when that binary moves (a package upgrade).

use std::path::Path;

use super::Kind;

/// The line that marks a hook file as keyhound's, so that reinstalling replaces it in place and
/// uninstalling never removes a hook keyhound did not write.
pub const MARKER: &str = "# keyhound-hook: managed by `keyhound hook install`";

/// Suffix of the file an existing hook is moved to when keyhound's script chains it.
pub const CHAINED_SUFFIX: &str = ".keyhound-chained";

/// Whether a hook file's content is one of keyhound's scripts.
pub fn is_ours(content: &[u8]) -> bool {
    memchr::memmem::find(content, MARKER.as_bytes()).is_some()
}

/// The script for `kind`, calling `exe` (or `keyhound` on `PATH` when `exe` is `None` or no
/// longer exists when the hook runs).
pub fn render(kind: Kind, exe: Option<&Path>) -> String {
    let exe = exe
        .and_then(Path::to_str)
        .map(quote)
        .unwrap_or_else(|| "keyhound".to_string());
    let body = match kind {
        Kind::PreCommit => PRE_COMMIT,
        Kind::PrePush => PRE_PUSH,
    };
    format!(
        "#!/bin/sh\n{MARKER}\n# {what}\n# `keyhound hook uninstall{flag}` removes it and puts back the hook it chained, if any.\n\
         {COMMON}\nkeyhound={exe}\n{find}{body}",
        what = kind.purpose(),
        flag = kind.flag(),
        find = FIND.replace("hook uninstall", &format!("hook uninstall{}", kind.flag())),
    )
}

/// Quotes `text` for `sh` inside single quotes.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// Shared by both scripts: where the chained hook lives.
const COMMON: &str = r#"
# The hook that was here before keyhound (if any) was moved beside this file and runs first.
chained="$0.keyhound-chained"
"#;

/// Shared by both scripts: find the binary; a scanner that cannot run is not a pass.
const FIND: &str = r#"if [ ! -x "$keyhound" ]; then
    keyhound=keyhound
    if ! command -v keyhound >/dev/null 2>&1; then
        echo "keyhound: the hook cannot find keyhound (not at its install path, not on PATH)." >&2
        echo "keyhound: reinstall it, or remove this hook with: keyhound hook uninstall" >&2
        exit 1
    fi
fi
"#;

const PRE_COMMIT: &str = r#"
if [ -x "$chained" ]; then
    "$chained" "$@" || exit $?
fi

"$keyhound" scan --staged
status=$?
case $status in
0) exit 0 ;;
1)
    cat >&2 <<'MESSAGE'

keyhound: commit blocked: the staged changes add a secret (findings above).
  - Remove it from the staged files and stage again; if it was ever shared, rotate it.
  - If it is not a secret, add a `keyhound:allow` comment on its line, or allow it in
    .keyhound.toml ([allow] paths or fingerprints).
  - To commit anyway, at your own risk: git commit --no-verify
MESSAGE
    ;;
3)
    cat >&2 <<'MESSAGE'

keyhound: commit blocked: some staged content could not be read, so the scan is incomplete
(see above). A scan that could not read is not a pass. Fix the cause, or commit anyway at
your own risk: git commit --no-verify
MESSAGE
    ;;
*)
    echo >&2
    echo "keyhound: commit blocked: keyhound failed (exit $status, see above)." >&2
    echo "To commit anyway, at your own risk: git commit --no-verify" >&2
    ;;
esac
exit 1
"#;

const PRE_PUSH: &str = r#"
# git writes one line per ref to push: <local ref> <local sha> <remote ref> <remote sha>.
# Read them once, so that both the chained hook and keyhound see them.
refs=$(cat)
if [ -x "$chained" ]; then
    if [ -n "$refs" ]; then printf '%s\n' "$refs"; fi | "$chained" "$@" || exit $?
fi

while read -r local_ref local_sha remote_ref remote_sha; do
    case $local_sha in
    *[!0]*) ;;
    *) continue ;; # empty, or all zeros: a deletion publishes nothing
    esac
    case $remote_sha in
    *[!0]*)
        if git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then
            range="$remote_sha..$local_sha"
        else
            # A force push over commits this clone never fetched: scan what no
            # remote-tracking branch has.
            range="..$local_sha"
        fi
        ;;
    *) range="..$local_sha" ;; # a new remote branch: the commits no remote-tracking branch has
    esac
    "$keyhound" scan --range "$range"
    status=$?
    if [ $status -ne 0 ]; then
        echo >&2
        case $status in
        1) echo "keyhound: push blocked: commits to push to $remote_ref add a secret (findings above)." >&2
           echo "  - Remove it from those commits (git commit --amend, git rebase -i); if it was ever" >&2
           echo "    shared, rotate it." >&2
           echo "  - If it is not a secret, add a \`keyhound:allow\` comment on its line, or allow it" >&2
           echo "    in .keyhound.toml." >&2 ;;
        3) echo "keyhound: push blocked: the scan of $range is incomplete (see above); not a pass." >&2 ;;
        *) echo "keyhound: push blocked: keyhound failed on $range (exit $status, see above)." >&2 ;;
        esac
        echo "To push anyway, at your own risk: git push --no-verify" >&2
        exit 1
    fi
done <<REFS
$refs
REFS
exit 0
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_marked_and_quote_the_binary() {
        let script = render(Kind::PreCommit, Some(Path::new("/opt/it's/keyhound")));
        assert!(script.starts_with("#!/bin/sh\n"));
        assert!(is_ours(script.as_bytes()));
        assert!(script.contains(r"keyhound='/opt/it'\''s/keyhound'"));
        assert!(script.contains("scan --staged"));
        let push = render(Kind::PrePush, None);
        assert!(push.contains("keyhound=keyhound\n"));
        assert!(push.contains(r#"scan --range "$range""#));
        assert!(!is_ours(b"#!/bin/sh\nexit 0\n"));
    }
}
