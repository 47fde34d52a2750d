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

script=compare.sh
# shellcheck source=benches/lib.sh
. "$(dirname "$0")/lib.sh"
check_devnull "before the run"
[ -d "$dir" ] || die "no directory $dir (build the corpus with benches/build-corpus.sh)"
dir="$(cd "$dir" && pwd)"
install_tools

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
facts() {
  python3 - "$1" "$work" "$2" "$3" "$4" <<'PY'
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
}
failed=()
facts_file="$work/compare-$stamp.facts"
for t in $tools; do rm -f "$work/report-$t.json"; done
check_runs "" "$facts_file"

# --- timed runs ------------------------------------------------------------------------------
json="$work/compare-$stamp.json"
timed_runs "$facts_file" "$json"
cp -f "$json" "$work/compare-latest.json" 2>/dev/null || true
# --- table -----------------------------------------------------------------------------------
table="$work/compare-$stamp.md"
python3 - "$json" "$facts_file" "$in_bytes" "$in_files" "$dir" "$commit" "$runs" "$warmup" "${failed[*]:-}" >"$table" <<'PY'
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
finish "$table" "$json"
