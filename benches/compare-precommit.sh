#!/usr/bin/env bash
# Pre-commit latency: each tool's staged-changes scan of the same 20-file, ~2,000-line staged
# change in a large repository, every run cold (a new process; kingfisher both with and without
# its compiled-rule cache). Prints medians and the ratio of each peer to keyhound.
#
# usage: benches/compare-precommit.sh [SOURCE_REPO]
#   SOURCE_REPO  a git repository to copy (default benches/work/history-repo from build-history.sh;
#                falls back to a repository made from benches/work/corpus-src, then this checkout)
# env: KEYHOUND (binary, default target/release/keyhound), RUNS (default 10), PEERS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work="$root/benches/work"
mkdir -p "$work"
keyhound="${KEYHOUND:-$root/target/release/keyhound}"
runs="${RUNS:-10}"
[ -x "$keyhound" ] || { echo "build keyhound first: cargo build --release" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
bin="$(bash ../shared/peers/install.sh 2>/dev/null | tail -1 || true)"

src="${1:-}"
if [ -z "$src" ]; then
  if [ -d "$work/history-repo/.git" ]; then src="$work/history-repo"; else src="$root"; fi
fi
repo="$work/precommit-repo"
rm -rf "$repo"
echo "copying $src to $repo (a working tree with its history, as a developer has it)"
git clone -q --no-local "$src" "$repo"
cd "$repo"
git config user.email bench@example.com
git config user.name bench
files=$(git ls-files | wc -l)

# The staged change: 20 new files of 100 lines each, code-like, with two synthetic secrets so
# every tool has something to report and block on.
python3 - <<'EOF'
import os, random, string
r = random.Random(2024)
alnum = string.ascii_letters + string.digits
os.makedirs("bench_change", exist_ok=True)
for i in range(20):
    lines = []
    for j in range(100):
        name = "".join(r.choice(string.ascii_lowercase) for _ in range(8))
        lines.append(f"def {name}_{j}(x):  return x * {r.randint(1, 999)}  # value {r.random():.6f}")
    if i == 7:
        lines[40] = "STRIPE_KEY = 'sk_live_" + "".join(r.choice(alnum) for _ in range(32)) + "'"
    if i == 13:
        lines[60] = "GITHUB = 'ghp_" + "".join(r.choice(alnum) for _ in range(36)) + "'"
    open(f"bench_change/module_{i:02}.py", "w").write("\n".join(lines) + "\n")
EOF
git add bench_change
staged=$(git diff --cached --numstat | awk '{a+=$1} END {print NR" files, "a" lines"}')
echo "repository: $files tracked files; staged change: $staged"

cmds=(-n keyhound "$keyhound scan --staged >/dev/null")
if [ -x "$bin/betterleaks" ]; then
  cmds+=(-n betterleaks "$bin/betterleaks git --staged --no-banner --redact . >/dev/null 2>&1 || true")
fi
if [ -x "$bin/gitleaks" ]; then
  cmds+=(-n gitleaks "$bin/gitleaks git --pre-commit --staged --no-banner --redact . >/dev/null 2>&1 || true")
fi
if [ -x "$bin/kingfisher" ]; then
  kf="$bin/kingfisher scan . --staged --no-validate --no-update-check --quiet"
  cmds+=(-n "kingfisher (no rule cache)" "$kf --no-rule-cache >/dev/null 2>&1 || true")
  cmds+=(-n "kingfisher (rule cache)" "$kf --rule-cache-dir $work/kf-rule-cache >/dev/null 2>&1 || true")
  $kf --rule-cache-dir "$work/kf-rule-cache" >/dev/null 2>&1 || true   # fill the cache once
fi
out="$work/precommit-$(date +%Y%m%d-%H%M%S).json"
# keyhound exits 1 (it found the secrets): hyperfine must not treat that as a failure.
hyperfine --warmup 1 --runs "$runs" -i --export-json "$out" "${cmds[@]}" >/dev/null
echo "keyhound found: $("$keyhound" scan --staged --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["findings"])') findings"
python3 - "$out" <<'EOF'
import json, sys, statistics
results = json.load(open(sys.argv[1]))["results"]
base = next(r for r in results if r["command"] == "keyhound")
kh = statistics.median(base["times"])
print(f"{'tool':<28} {'median ms':>10} {'min ms':>8} {'vs keyhound':>12}")
for r in results:
    m = statistics.median(r["times"])
    print(f"{r['command']:<28} {m*1000:>10.1f} {min(r['times'])*1000:>8.1f} {m/kh:>11.1f}x")
EOF
