#!/usr/bin/env bash
# Directory-scan speed of keyhound against its peers (betterleaks, gitleaks, kingfisher), measured
# in the same run with hyperfine, plus one extra run each for peak RSS, findings and bytes read.
#
# usage: benches/compare.sh [DIR]          DIR defaults to benches/work/corpus-src
# env:   RUNS=5  WARMUP=1                  hyperfine runs per tool and warmup runs
#        TOOLS="keyhound betterleaks gitleaks kingfisher"   subset / order of tools
#        KEYHOUND_EXTRA="--threads 1"      extra arguments for keyhound only
#        NO_BUILD=1                        use the existing target/release/keyhound
#        KEYHOUND_REV=HEAD                 benchmark a committed revision: export it with
#                                          `git archive` to benches/work/keyhound-<sha>/ and
#                                          build it there (ignores uncommitted work)
#        KEYHOUND_BIN=/path/to/keyhound    use this binary instead of building
#
# Every tool runs in its plain directory mode (no git), with default rules, redaction on, no live
# validation, and its report written to /dev/null:
#   keyhound    scan DIR --format json --output /dev/null --no-ignore
#   gitleaks    dir DIR --redact --no-banner --report-format json --report-path -   (stdout, which
#               hyperfine discards; NOT --report-path /dev/null: gitleaks unlinks and re-creates
#               its report path, which turns /dev/null into a regular file machine-wide)
#   betterleaks fs DIR --redact --silent --output work/null.json   (a symlink to /dev/null: the
#               2.0 CLI refuses an output path that does not end in .json or .jsonl)
#   kingfisher  scan DIR --git-history none --no-validate --redact --no-update-check --quiet
#               --format json --output /dev/null   (without --no-update-check every run waits
#               several seconds for GitHub on this offline machine)
# "Found something" exit codes (keyhound/gitleaks/betterleaks 1, kingfisher 200) count as success;
# anything else fails the run. betterleaks also exits 1 on errors, so the check run verifies its
# report says the scan completed.
#
# Output: a table (median s, MB/s over the input's total file bytes, peak RSS, findings, bytes
# each tool says it scanned, ratio of each tool's median to keyhound's), written also to
# benches/work/compare-<stamp>.md; hyperfine's JSON to benches/work/compare-<stamp>.json; each
# tool's report from the check run to benches/work/report-<tool>.json.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
dir="${1:-$work/corpus-src}"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
tools="${TOOLS:-keyhound betterleaks gitleaks kingfisher}"
mkdir -p "$work"

die() { echo "compare.sh: $*" >&2; exit 2; }
# A tool that deletes and re-creates its output path would turn /dev/null into a regular file.
check_devnull() { [ -c /dev/null ] || die "/dev/null is no longer a character device ($1); restore it as root: rm -f /dev/null && mknod -m 666 /dev/null c 1 3"; }
check_devnull "before the run"
[ -d "$dir" ] || die "no directory $dir (build the corpus with benches/build-corpus.sh)"
dir="$(cd "$dir" && pwd)"

# Peers read config from the environment; benchmark their defaults.
unset GITLEAKS_CONFIG GITLEAKS_CONFIG_TOML BETTERLEAKS_CONFIG BETTERLEAKS_CONFIG_TOML KF_RULE_CACHE_DIR || true

# --- tools -----------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
need_apt=()
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "installing ${need_apt[*]} ..."
  as_root apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 \
    || { as_root apt-get update >/dev/null && as_root apt-get install -y "${need_apt[@]}" >/dev/null; }
fi

echo "installing peers ..."
peers="$(bash "$(dirname "$0")/../../shared/peers/install.sh" | tail -1)"
[ -x "$peers/gitleaks" ] || die "peer install did not produce $peers/gitleaks"

cd "$root"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "${KEYHOUND_BIN:-}" ]; then
  src_bin="$KEYHOUND_BIN"
  commit="binary $KEYHOUND_BIN (checkout HEAD $commit)"
elif [ -n "${KEYHOUND_REV:-}" ]; then
  # A clean export of a committed revision, built in its own target dir: immune to uncommitted
  # work in the checkout and to other builds replacing target/release/keyhound mid-run.
  sha="$(git -C "$root" rev-parse --short "$KEYHOUND_REV^{commit}")"
  rev_dir="$work/keyhound-$sha"
  if [ ! -x "$rev_dir/target/release/keyhound" ]; then
    echo "building keyhound $sha from a clean export (release) ..."
    rm -rf "$rev_dir" && mkdir -p "$rev_dir"
    git -C "$root" archive "$sha" | tar -x -C "$rev_dir"
    (cd "$rev_dir" && CARGO_TARGET_DIR="$rev_dir/target" cargo build --release --quiet --bin keyhound)
  fi
  src_bin="$rev_dir/target/release/keyhound"
  commit="$sha (clean export)"
else
  if [ -z "${NO_BUILD:-}" ]; then
    echo "building keyhound (release) ..."
    cargo build --release --quiet --bin keyhound
  fi
  src_bin="${CARGO_TARGET_DIR:-$root/target}/release/keyhound"
  if ! git -C "$root" diff --quiet HEAD -- src rules Cargo.toml Cargo.lock build.rs 2>/dev/null \
    || [ -n "$(git -C "$root" ls-files --others --exclude-standard -- src rules)" ]; then
    commit="$commit+dirty"
  fi
fi
[ -x "$src_bin" ] || die "no $src_bin"
# Run a private copy: others building in the shared target/ must not swap the binary mid-run.
kh="$work/keyhound.bin"
cp -f "$src_bin" "$kh"

ln -sfn /dev/null "$work/null.json"

# --- input -----------------------------------------------------------------------------------
read -r in_bytes in_files < <(find "$dir" -type f -printf '%s\n' | awk '{t += $1; n++} END {printf "%d %d\n", t, n}')
stamp="$(date +%Y%m%d-%H%M%S)"
echo "input: $dir: $in_files files, $in_bytes bytes ($((in_bytes / 1000000)) MB)"
echo "keyhound $commit; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming the page cache ..."
find "$dir" -type f -print0 | xargs -0 cat >/dev/null 2>&1 || true

q() { printf '%q' "$1"; }
D="$(q "$dir")"
# cmd_TOOL: the benchmarked command line; check_TOOL: the same with a kept report; ok_TOOL: the
# exit codes that mean "ran to the end".
cmd_keyhound="$(q "$kh") scan $D --format json --output /dev/null --no-ignore ${KEYHOUND_EXTRA:-}"
check_keyhound="$(q "$kh") scan $D --format json --output $(q "$work/report-keyhound.json") --no-ignore ${KEYHOUND_EXTRA:-}"
ok_keyhound="0 1 3"
# Never --report-path /dev/null: gitleaks unlinks the report path and re-creates it, which replaces
# the /dev/null device with a regular file for the whole machine. "-" writes the report to stdout,
# which hyperfine discards.
cmd_gitleaks="$(q "$peers/gitleaks") dir $D --redact --no-banner --report-format json --report-path -"
check_gitleaks="$(q "$peers/gitleaks") dir $D --redact --no-banner --report-format json --report-path $(q "$work/report-gitleaks.json")"
ok_gitleaks="0 1"
cmd_betterleaks="$(q "$peers/betterleaks") fs $D --redact --silent --output $(q "$work/null.json")"
check_betterleaks="$(q "$peers/betterleaks") fs $D --redact --silent --output $(q "$work/report-betterleaks.json")"
ok_betterleaks="0 1"
kf_flags="--git-history none --no-validate --redact --no-update-check --format json"
cmd_kingfisher="$(q "$peers/kingfisher") scan $D $kf_flags --quiet --output /dev/null"
check_kingfisher="$(q "$peers/kingfisher") scan $D $kf_flags --output $(q "$work/report-kingfisher.json")"
ok_kingfisher="0 200 205"

# --- check run: one run each, for exit status, peak RSS, findings and bytes read --------------
failed=()
facts="$work/compare-$stamp.facts"
: >"$facts"
for t in $tools; do
  c="check_$t"; ok="ok_$t"
  [ -n "${!c:-}" ] || die "unknown tool $t"
  echo "check run: $t ..."
  rm -f "$work/report-$t.json"
  set +e
  /usr/bin/time -f '%M %e' -o "$work/time-$t.txt" bash -c "${!c}" >"$work/check-$t.out" 2>"$work/check-$t.err"
  rc=$?
  set -e
  check_devnull "after the $t check run"
  if ! grep -qw -- "$rc" <<<"${!ok}"; then
    echo "  FAILED: $t exited $rc; see $work/check-$t.err" >&2
    tail -5 "$work/check-$t.err" >&2
    failed+=("$t")
    continue
  fi
  # GNU time prints "Command exited with non-zero status N" first when the status is non-zero.
  read -r rss secs < <(tail -1 "$work/time-$t.txt")
  if ! python3 - "$t" "$work" "$rc" "$rss" "$secs" >>"$facts" <<'PY'
import json, re, sys
tool, work, rc, rss, secs = sys.argv[1:]
out = open(f"{work}/check-{tool}.out", errors="replace").read()
err = open(f"{work}/check-{tool}.err", errors="replace").read()
err = re.sub(r"\x1b\[[0-9;]*m", "", err)
rep = json.load(open(f"{work}/report-{tool}.json"))
note = ""
if tool == "keyhound":
    s = rep["summary"]
    findings, scanned = s["findings"], s["bytes"]
    note = f"{s['files']} files, {s['binary']} binary skipped, {len(s['skipped'])} unreadable"
    if not s["complete"]:
        note += ", INCOMPLETE"
elif tool == "gitleaks":
    findings = len(rep)
    m = re.search(r"scanned ~(\d+) bytes", err)
    if not m:
        sys.exit(f"gitleaks: no 'scanned ~N bytes' line in its log")
    scanned = int(m.group(1))
elif tool == "betterleaks":
    s = rep["scan"]
    if s.get("state") != "complete":
        sys.exit(f"betterleaks: scan state is {s.get('state')!r}, not complete")
    findings, scanned = s["num_findings"], s["bytes_scanned"]
    c = s.get("confidence_counts", {})
    note = "confidence high/medium/low " + "/".join(str(c.get(k, 0)) for k in ("high", "medium", "low"))
elif tool == "kingfisher":
    line = next((l for l in out.splitlines() if l.startswith("{") and "bytes_scanned" in l), None)
    if line is None:
        sys.exit("kingfisher: no summary line on stdout")
    s = json.loads(line)
    findings, scanned = s["findings"], s["bytes_scanned"]
    note = f"{s['blobs_scanned']} blobs, confidence >= medium, deduplicated"
print(json.dumps({"tool": tool, "rc": int(rc), "rss_kib": int(rss), "check_s": float(secs),
                  "findings": findings, "scanned": scanned, "note": note}))
PY
  then
    echo "  FAILED: $t ran but its report could not be read" >&2
    failed+=("$t")
  fi
done

# --- timed runs ------------------------------------------------------------------------------
names=()
cmds=()
for t in $tools; do
  grep -q "\"tool\": \"$t\"" "$facts" || continue
  c="cmd_$t"; ok="ok_$t"
  names+=(-n "$t")
  # Map the tool's "ran to the end" exit codes to 0, so any other status aborts hyperfine.
  cmds+=("${!c}; rc=\$?; case \" ${!ok} \" in *\" \$rc \"*) exit 0;; esac; exit \$rc")
done
[ "${#cmds[@]}" -gt 0 ] || die "no tool ran"
json="$work/compare-$stamp.json"
echo "hyperfine: warmup $warmup, runs $runs ..."
if ! hyperfine --warmup "$warmup" --runs "$runs" --export-json "$json" "${names[@]}" "${cmds[@]}"; then
  echo "compare.sh: hyperfine failed" >&2
  failed+=(hyperfine)
fi
check_devnull "after hyperfine"
cp -f "$json" "$work/compare-latest.json" 2>/dev/null || true

# --- table -----------------------------------------------------------------------------------
table="$work/compare-$stamp.md"
python3 - "$json" "$facts" "$in_bytes" "$in_files" "$dir" "$commit" "$runs" "$warmup" "${failed[*]:-}" >"$table" <<'PY'
import json, sys, os, datetime
path, facts_path, in_bytes, in_files, d, commit, runs, warmup, failed = sys.argv[1:]
in_bytes, in_files = int(in_bytes), int(in_files)
res = {r["command"]: r for r in json.load(open(path))["results"]} if os.path.exists(path) else {}
facts = {}
for line in open(facts_path):
    f = json.loads(line)
    facts[f["tool"]] = f
kh = res.get("keyhound", {}).get("median")
print(f"{datetime.date.today()}, keyhound {commit}, {os.cpu_count()} cores, input {d}: "
      f"{in_files} files, {in_bytes / 1e6:.0f} MB; hyperfine warmup {warmup}, runs {runs}\n")
cpu = lambda r: r["user"] + r["system"]
kh_cpu = cpu(res["keyhound"]) if "keyhound" in res else None
print("| tool | median s | mean ± σ s | min–max s | MB/s | CPU s (user+sys) | peak RSS MiB | findings | bytes it scanned | median / keyhound's | CPU / keyhound's |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for tool, f in facts.items():
    r = res.get(tool)
    if not r:
        print(f"| {tool} | — | — | — | — | — | {f['rss_kib'] / 1024:.0f} | {f['findings']} | {f['scanned'] / 1e6:.1f} MB | — | — |")
        continue
    med = r["median"]
    ratio = f"{med / kh:.2f}×" if kh else "—"
    cpu_ratio = f"{cpu(r) / kh_cpu:.2f}×" if kh_cpu else "—"
    print(f"| {tool} | {med:.3f} | {r['mean']:.3f} ± {r.get('stddev') or 0.0:.3f} | {r['min']:.3f}–{r['max']:.3f} | "
          f"{in_bytes / med / 1e6:.0f} | {cpu(r):.2f} | {f['rss_kib'] / 1024:.0f} | {f['findings']} | "
          f"{f['scanned'] / 1e6:.1f} MB | {ratio} | {cpu_ratio} |")
for tool in failed.split():
    print(f"| {tool} | FAILED | | | | | | | | | |")
print()
for tool, f in facts.items():
    if f["note"]:
        print(f"- {tool}: {f['note']}")
print("\nMB/s = input file bytes / median wall time. CPU s = mean user + system time per run (less "
      "sensitive than wall time to other load on a shared machine). Peak RSS, findings and bytes scanned "
      "come from one extra run per tool (/usr/bin/time). A ratio above 1 means the tool is slower than keyhound.")
PY
echo
cat "$table"
echo
echo "hyperfine JSON: $json"
echo "table:          $table"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "compare.sh: failed: ${failed[*]}" >&2
  exit 1
fi
