# The harness that benches/compare.sh and benches/compare-history.sh share: sourced, not run.
# The sourcing script sets `script` (its name, for messages), `work` (the output folder), `tools`
# (the tools to run, in order), `runs` and `warmup`; and, for each tool T, `check_T` (the command
# line of the check run, which keeps a report), `cmd_T` (the timed command line), `ok_T` (the exit
# codes that mean "ran to the end") and optionally `na_T` (a reason to show T as n/a instead). It
# also defines `facts TOOL RC RSS_KIB SECS`, which reads the check run's output and prints one JSON
# line about it, with "tool" and "rc" as its first two keys.

die() { echo "$script: $*" >&2; exit 2; }

# A tool that deletes and re-creates its output path would turn /dev/null into a regular file.
check_devnull() {
  [ -c /dev/null ] || die "/dev/null is no longer a character device ($1); restore it as root: rm -f /dev/null && mknod -m 666 /dev/null c 1 3"
}

# Installs hyperfine, GNU time and python3 from Debian when missing, and the peers with
# ../shared/peers/install.sh; sets `peers` to the folder holding their binaries.
install_tools() {
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
  local need_apt=()
  command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
  [ -x /usr/bin/time ] || need_apt+=(time)
  command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
  if [ "${#need_apt[@]}" -gt 0 ]; then
    echo "installing ${need_apt[*]} ..."
    as_root apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 \
      || { as_root apt-get update >/dev/null && as_root apt-get install -y "${need_apt[@]}" >/dev/null; }
  fi
  echo "installing peers ..."
  peers="$(bash "$(dirname "${BASH_SOURCE[0]}")/../../shared/peers/install.sh" | tail -1)"
  [ -x "$peers/gitleaks" ] || die "peer install did not produce $peers/gitleaks"
  # Peers read config from the environment; benchmark their defaults.
  unset GITLEAKS_CONFIG GITLEAKS_CONFIG_TOML BETTERLEAKS_CONFIG BETTERLEAKS_CONFIG_TOML KF_RULE_CACHE_DIR || true
}

# check_runs PREFIX FACTS: one run of each tool for its exit status, peak RSS, findings and bytes
# read. Output goes to $work/PREFIXcheck-T.{out,err} and PREFIXtime-T.txt; each tool's `facts`
# line is appended to FACTS. Tools that fail are added to the array `failed`.
check_runs() {
  local prefix="$1" facts_file="$2" t c ok na rc rss secs
  : >"$facts_file"
  for t in $tools; do
    c="check_$t"; ok="ok_$t"; na="na_$t"
    [ -n "${!c:-}" ] || die "unknown tool $t"
    if [ -n "${!na:-}" ]; then
      echo "{\"tool\": \"$t\", \"na\": \"${!na}\"}" >>"$facts_file"
      continue
    fi
    echo "check run: $t ..."
    set +e
    /usr/bin/time -f '%M %e' -o "$work/${prefix}time-$t.txt" bash -c "${!c}" >"$work/${prefix}check-$t.out" 2>"$work/${prefix}check-$t.err"
    rc=$?
    set -e
    check_devnull "after the $t check run"
    if ! grep -qw -- "$rc" <<<"${!ok}"; then
      echo "  FAILED: $t exited $rc; see $work/${prefix}check-$t.err" >&2
      tail -5 "$work/${prefix}check-$t.err" >&2
      failed+=("$t")
      continue
    fi
    # GNU time prints "Command exited with non-zero status N" first when the status is non-zero.
    read -r rss secs < <(tail -1 "$work/${prefix}time-$t.txt")
    echo "  exit $rc, ${secs} s, peak RSS $((rss / 1024)) MiB"
    if ! facts "$t" "$rc" "$rss" "$secs" >>"$facts_file"; then
      echo "  FAILED: $t ran but its report could not be read" >&2
      failed+=("$t")
    fi
  done
}

# timed_runs FACTS JSON: hyperfine over every tool whose check run succeeded, each tool's "ran to
# the end" exit codes mapped to 0 so that any other status aborts hyperfine; JSON is its export.
timed_runs() {
  local facts_file="$1" json="$2" t c ok names=() cmds=()
  for t in $tools; do
    grep -q "\"tool\": \"$t\", \"rc\"" "$facts_file" || continue
    c="cmd_$t"; ok="ok_$t"
    names+=(-n "$t")
    cmds+=("${!c}; rc=\$?; case \" ${!ok} \" in *\" \$rc \"*) exit 0;; esac; exit \$rc")
  done
  [ "${#cmds[@]}" -gt 0 ] || die "no tool ran"
  echo "hyperfine: warmup $warmup, runs $runs ..."
  if ! hyperfine --warmup "$warmup" --runs "$runs" --export-json "$json" "${names[@]}" "${cmds[@]}"; then
    echo "$script: hyperfine failed" >&2
    failed+=(hyperfine)
  fi
  check_devnull "after hyperfine"
}

# finish TABLE JSON: prints the table and where everything is; exits 1 if anything failed.
finish() {
  echo
  cat "$1"
  echo
  [ -f "$2" ] && echo "hyperfine JSON: $2"
  echo "table:          $1"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "$script: failed: ${failed[*]}" >&2
    exit 1
  fi
}
