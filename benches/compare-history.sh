#!/usr/bin/env bash
# Git-history scan speed of keyhound against its peers (betterleaks, gitleaks, kingfisher), measured
# in the same run with hyperfine, plus one extra run each for peak RSS, findings, bytes read and
# which of the planted secrets each tool reported.
#
# usage: benches/compare-history.sh [REPO]   REPO defaults to benches/work/history-repo
#                                           (built by benches/build-history.sh)
# env:   RUNS=3  WARMUP=1                  hyperfine runs per tool and warmup runs
#        TOOLS="keyhound betterleaks gitleaks kingfisher"   subset / order of tools
#        KEYHOUND=/path/to/keyhound        binary to use (default target/release/keyhound; it is
#                                          not built here: `cargo build --release` first).
#                                          If it has no `scan --history`, keyhound is shown as n/a.
#        KEYHOUND_EXTRA="--threads 1"      extra arguments for keyhound only
#
# Every tool scans the full history of all refs (branches and tags), with default rules, redaction
# on, no live validation, report discarded in the timed runs:
#   keyhound    scan --format json --output /dev/null --history REPO
#   gitleaks    git REPO --redact --no-banner --report-format json --report-path -
#               (its default log options are `--full-history --all`; NOT --report-path /dev/null:
#               gitleaks unlinks and re-creates its report path, which would turn /dev/null into a
#               regular file machine-wide)
#   betterleaks git REPO --redact --silent --output work/null.json   (symlink to /dev/null: the
#               CLI refuses an output path that does not end in .json or .jsonl)
#   kingfisher  scan REPO --git-history full --no-validate --redact --no-update-check --quiet
#               --format json --output /dev/null   (kingfisher also reads the files in the
#               directory itself, i.e. the checked-out HEAD tree, besides the object database)
# "Found something" exit codes (keyhound/gitleaks/betterleaks 1, kingfisher 200) count as success.
#
# Output: a table (median s, MB/s over the repo's total unique blob bytes, CPU s, peak RSS,
# findings, bytes each tool says it scanned, ratios to keyhound) and, when REPO.planted.json
# exists, which planted secret each tool found and in which commit. Written also to
# benches/work/history-<stamp>.md; hyperfine's JSON to benches/work/history-<stamp>.json; each
# tool's report from the check run to benches/work/history-report-<tool>.json.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
repo="${1:-$work/history-repo}"
runs="${RUNS:-3}"
warmup="${WARMUP:-1}"
tools="${TOOLS:-keyhound betterleaks gitleaks kingfisher}"
mkdir -p "$work"

script=compare-history.sh
# shellcheck source=benches/lib.sh
. "$here/lib.sh"
check_devnull "before the run"
git -C "$repo" rev-parse --git-dir >/dev/null 2>&1 || die "no git repository at $repo (build it with benches/build-history.sh)"
repo="$(cd "$repo" && pwd)"
planted="$repo.planted.json"
install_tools

kh_src="${KEYHOUND:-${CARGO_TARGET_DIR:-$root/target}/release/keyhound}"
kh="$work/keyhound-history.bin"
kh_state="n/a"
if [ -x "$kh_src" ]; then
  # Run a private copy: others building in the shared target/ must not swap the binary mid-run.
  cp -f "$kh_src" "$kh"
  if "$kh" scan --help 2>&1 | grep -q -- '--history'; then
    kh_state="ok"
  else
    kh_state="n/a (no scan --history in $kh_src)"
  fi
else
  kh_state="n/a (no binary at $kh_src)"
fi
[ "$kh_state" = ok ] || { echo "keyhound: $kh_state"; na_keyhound="$kh_state"; }
ln -sfn /dev/null "$work/null.json"

# --- input -----------------------------------------------------------------------------------
g=(git -C "$repo")
read -r blobs blob_bytes < <("${g[@]}" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' \
  | awk '$1=="blob"{n++; s+=$2} END {printf "%d %.0f\n", n, s}')
commits="$("${g[@]}" rev-list --all --count)"
refs="$("${g[@]}" for-each-ref | wc -l)"
pack_kib="$("${g[@]}" count-objects -v | awk '/^size-pack/{print $2}')"
stamp="$(date +%Y%m%d-%H%M%S)"
echo "input: $repo: $commits commits, $refs refs, $blobs unique blobs, $blob_bytes blob bytes ($((blob_bytes / 1000000)) MB), pack $((pack_kib / 1024)) MiB"
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming the page cache ..."
cat "$("${g[@]}" rev-parse --absolute-git-dir)"/objects/pack/* >/dev/null 2>&1 || true
"${g[@]}" ls-files -z | (cd "$repo" && xargs -0 cat >/dev/null 2>&1) || true

q() { printf '%q' "$1"; }
R="$(q "$repo")"
cmd_keyhound="$(q "$kh") scan --format json --output /dev/null ${KEYHOUND_EXTRA:-} --history $R"
check_keyhound="$(q "$kh") scan --format json --output $(q "$work/history-report-keyhound.json") ${KEYHOUND_EXTRA:-} --history $R"
ok_keyhound="0 1 3"
cmd_gitleaks="$(q "$peers/gitleaks") git $R --redact --no-banner --report-format json --report-path -"
check_gitleaks="$(q "$peers/gitleaks") git $R --redact --no-banner --report-format json --report-path $(q "$work/history-report-gitleaks.json")"
ok_gitleaks="0 1"
cmd_betterleaks="$(q "$peers/betterleaks") git $R --redact --silent --output $(q "$work/null.json")"
check_betterleaks="$(q "$peers/betterleaks") git $R --redact --silent --output $(q "$work/history-report-betterleaks.json")"
ok_betterleaks="0 1"
kf_flags="--git-history full --no-validate --redact --no-update-check --format json"
cmd_kingfisher="$(q "$peers/kingfisher") scan $R $kf_flags --quiet --output /dev/null"
check_kingfisher="$(q "$peers/kingfisher") scan $R $kf_flags --output $(q "$work/history-report-kingfisher.json")"
ok_kingfisher="0 200 205"

# --- check run: one run each, for exit status, peak RSS, findings, bytes read and planted hits -
facts() {
  python3 - "$1" "$work" "$2" "$3" "$4" "$planted" <<'PY'
import json, os, re, sys
tool, work, rc, rss, secs, planted = sys.argv[1:]
out = open(f"{work}/history-check-{tool}.out", errors="replace").read()
err = re.sub(r"\x1b\[[0-9;]*m", "", open(f"{work}/history-check-{tool}.err", errors="replace").read())
rep = json.load(open(f"{work}/history-report-{tool}.json"))
note, scanned = "", None
if tool == "keyhound":
    s = rep.get("summary", {}) if isinstance(rep, dict) else {}
    items = rep.get("findings", []) if isinstance(rep, dict) else rep
    findings = s.get("findings", len(items))
    scanned = s.get("bytes")
    note = ", ".join(f"{k} {s[k]}" for k in ("commits", "blobs", "files", "binary") if k in s)
    if s.get("complete") is False:
        note += ", INCOMPLETE"
elif tool == "gitleaks":
    items = rep
    findings = len(rep)
    m = re.search(r"(\d+) commits scanned", err)
    note = f"{m.group(1)} commits scanned (added lines of `git log -p`)" if m else ""
    m = re.search(r"scanned ~(\d+) bytes", err)
    scanned = int(m.group(1)) if m else None
elif tool == "betterleaks":
    s = rep["scan"]
    if s.get("state") != "complete":
        sys.exit(f"betterleaks: scan state is {s.get('state')!r}, not complete")
    items = rep.get("findings") or []
    findings, scanned = s["num_findings"], s["bytes_scanned"]
    c = s.get("confidence_counts", {})
    note = "confidence high/medium/low " + "/".join(str(c.get(k, 0)) for k in ("high", "medium", "low"))
elif tool == "kingfisher":
    items = rep.get("findings", []) if isinstance(rep, dict) else []
    line = next((l for l in out.splitlines() if l.startswith("{") and "bytes_scanned" in l), None)
    if line is None:
        sys.exit("kingfisher: no summary line on stdout")
    s = json.loads(line)
    findings, scanned = s["findings"], s["bytes_scanned"]
    note = f"{s['blobs_scanned']} blobs (object database + checked-out files), confidence >= medium, deduplicated"
# Which planted secrets were reported, matched on the planted file's path, and in which commits.
hits = {}
if os.path.exists(planted):
    texts = [json.dumps(i) for i in items]
    for p in json.load(open(planted))["secrets"]:
        pat = re.compile(r'(?:"|/)' + re.escape(p["path"]) + r'(?:"|#|:)')
        got = [t for t in texts if pat.search(t)]
        shas = sorted({s for t in got for s in re.findall(r"\b[0-9a-f]{40}\b", t)})
        hits[p["id"]] = {"n": len(got), "commits": shas, "at_planted": p["commit"] in shas}
print(json.dumps({"tool": tool, "rc": int(rc), "rss_kib": int(rss), "check_s": float(secs),
                  "findings": findings, "scanned": scanned, "note": note, "planted": hits}))
PY
}
failed=()
facts_file="$work/history-$stamp.facts"
for t in $tools; do rm -f "$work/history-report-$t.json"; done
check_runs history- "$facts_file"

# --- timed runs ------------------------------------------------------------------------------
json="$work/history-$stamp.json"
timed_runs "$facts_file" "$json"

# --- table -----------------------------------------------------------------------------------
table="$work/history-$stamp.md"
python3 - "$json" "$facts_file" "$blob_bytes" "$blobs" "$commits" "$pack_kib" "$repo" "$runs" "$warmup" "$planted" "${failed[*]:-}" >"$table" <<'PY'
import json, sys, os, datetime
path, facts_path, in_bytes, blobs, commits, pack_kib, repo, runs, warmup, planted, failed = sys.argv[1:]
in_bytes = int(in_bytes)
res = {r["command"]: r for r in json.load(open(path))["results"]} if os.path.exists(path) else {}
facts = {}
for line in open(facts_path):
    f = json.loads(line)
    facts[f["tool"]] = f
cpu = lambda r: r["user"] + r["system"]
kh = res.get("keyhound")
print(f"{datetime.date.today()}, {os.cpu_count()} cores, repo {repo}: {commits} commits, {blobs} unique blobs, "
      f"{in_bytes / 1e6:.0f} MB of blob content, pack {int(pack_kib) / 1024:.0f} MiB; hyperfine warmup {warmup}, runs {runs}\n")
print("| tool | median s | mean ± σ s | min–max s | MB/s | CPU s (user+sys) | peak RSS MiB | findings | bytes it scanned | median / keyhound's | CPU / keyhound's |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for tool, f in facts.items():
    if "na" in f:
        print(f"| {tool} | n/a | | | | | | | | | |")
        continue
    r = res.get(tool)
    sc = f"{f['scanned'] / 1e6:.1f} MB" if f.get("scanned") is not None else "?"
    if not r:
        print(f"| {tool} | — | — | — | — | — | {f['rss_kib'] / 1024:.0f} | {f['findings']} | {sc} | — | — |")
        continue
    med = r["median"]
    ratio = f"{med / kh['median']:.2f}×" if kh else "n/a"
    cpu_ratio = f"{cpu(r) / cpu(kh):.2f}×" if kh else "n/a"
    print(f"| {tool} | {med:.2f} | {r['mean']:.2f} ± {r.get('stddev') or 0.0:.2f} | {r['min']:.2f}–{r['max']:.2f} | "
          f"{in_bytes / med / 1e6:.0f} | {cpu(r):.2f} | {f['rss_kib'] / 1024:.0f} | {f['findings']} | {sc} | {ratio} | {cpu_ratio} |")
for tool in failed.split():
    print(f"| {tool} | FAILED | | | | | | | | | |")
print()
for tool, f in facts.items():
    if f.get("note"):
        print(f"- {tool}: {f['note']}")
if os.path.exists(planted):
    ps = json.load(open(planted))["secrets"]
    ran = [t for t, f in facts.items() if "planted" in f]
    print("\nPlanted secrets (✓ = reported in the commit that introduced it; ~ = reported, but only in other commits or only in the checked-out file; ✗ = not reported):\n")
    print("| secret | path | where | " + " | ".join(ran) + " |")
    print("|---|---|---|" + "---|" * len(ran))
    for p in ps:
        cells = []
        for t in ran:
            h = facts[t]["planted"].get(p["id"], {"n": 0})
            cells.append("✗" if not h["n"] else "✓" if h["at_planted"] else
                         "~ " + ",".join(c[:8] for c in h["commits"]) if h["commits"] else "~ checked-out file")
        print(f"| {p['id']} ({p['kind']}) | `{p['path']}` | {p['where']}; {p['commit'][:10]} | " + " | ".join(cells) + " |")
print("\nMB/s = the repo's unique blob bytes / median wall time. CPU s = mean user + system time per run. Peak RSS, "
      "findings and bytes scanned come from one extra run per tool (/usr/bin/time). A ratio above 1 means the tool "
      "is slower than keyhound.")
PY
finish "$table" "$json"
