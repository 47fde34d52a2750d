#!/usr/bin/env bash
# Builds a deterministic git repository for the history-scan benchmark (compare-history.sh) from
# real published code: successive crates.io releases of several large crates, committed as a
# history. Each commit replaces the tree of one crate's directory (crates/NAME/) with the contents
# of the next published version, so files change, appear and disappear as they did upstream.
#
# usage: benches/build-history.sh [OUT]     OUT defaults to benches/work/history-repo
#        benches/build-history.sh --force [OUT]   rebuild even if OUT is up to date
# env:   HISTORY_CRATES="syn:363 serde:316 ..."   crates and how many of their first published
#                                                 versions to use (default below)
#        HISTORY_SEED=keyhound-hbench   seed for the planted synthetic secrets (format-valid,
#                                       random-looking; a fixed seed keeps the repo reproducible;
#                                       HISTORY_SEED=random draws new ones)
#        REPACK="-f --window=10 --depth=50"   extra `git repack -ad` flags (deltas recomputed)
#        JOBS=8                         parallel downloads
#
# Sources: only static.crates.io (the .crate files) and index.crates.io (the sparse index, whose
# lines are in publish order and only ever appended to, so "the first N versions" is stable). The
# crates.io web API (dates, publishers) is not reachable from here, so dates and authors are
# synthetic but fixed. Downloads are cached in benches/work/downloads/ (checked against the
# index's sha256) and reused by later runs.
#
# How: a Python generator writes a `git fast-import` stream (no working-tree churn: each version
# is read straight from its .crate, unchanged files are not re-hashed into git, identical blobs are
# written once), then `git repack -ad` gives realistic packs and HEAD is checked out.
#
# History shape (all dates and identities fixed, so commit ids are reproducible):
#   - main: versions of all crates interleaved, each crate spread evenly over the timeline;
#     about a dozen synthetic authors in several time zones, some commits with a committer that
#     differs from the author, some with the author date well before the commit date.
#   - feature/* branches: a few versions of one crate committed on a side branch while main moves
#     on, then merged with a --no-ff merge commit (branch refs are kept, as after a fetch).
#   - annotated tags NAME-vX.Y.0 for every minor release of the non-AWS crates.
#   - planted secrets (see the list printed at the end and OUT.planted.json next to the repo).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
force=0
if [ "${1:-}" = "--force" ]; then force=1; shift; fi
out="${1:-$work/history-repo}"
dl="$work/downloads"
jobs="${JOBS:-8}"
seed="${HISTORY_SEED:-keyhound-hbench}"
repack_flags="${REPACK:--f --window=10 --depth=50}"
# name:count - the first `count` versions in publish order. Chosen for size and churn: generated
# AWS SDKs (big files rewritten by each codegen release), compilers and parsers (hundreds of
# releases), and crates that bundle C sources (openssl-src, libsqlite3-sys).
crates="${HISTORY_CRATES:-aws-sdk-ec2:100 aws-sdk-s3:209 openssl-src:50 libsqlite3-sys:68 cranelift-codegen:282 tokio:201 libc:209 syn:363 serde:316 clap:465 regex:170 cc:234 swc_ecma_parser:736 rustc-ap-syntax:612 ra_ap_ide:292 oxc_parser:218}"
ua="keyhound-bench/1.0 (benches/build-history.sh)"
mkdir -p "$dl/index" "$dl/crates" "$work"
command -v python3 >/dev/null || { echo "build-history.sh: python3 is required" >&2; exit 2; }
nice_=(nice -n 10)
start=$(date +%s)

spec="crates=$crates seed=$seed generator=$(sha256sum "$0" | cut -c1-16)"
marker="$out/.git/keyhound-history-done"
if [ "$force" = 0 ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$spec" ]; then
  echo "history repo already built ($out); use --force to rebuild"
  built=1
else
  built=0
fi

stats() {
  local g=(git -C "$out")
  echo
  echo "repo: $out"
  echo "commits: $("${g[@]}" rev-list --all --count)   branches: $("${g[@]}" for-each-ref refs/heads | wc -l)   tags: $("${g[@]}" tag | wc -l)   merges: $("${g[@]}" rev-list --all --merges --count)"
  "${g[@]}" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' \
    | awk '$1=="blob"{n++; s+=$2} END {printf "unique blobs: %d   total blob bytes: %.0f (%.1f MB)\n", n, s, s/1e6}'
  "${g[@]}" count-objects -v | awk '/^(count|packs|size-pack)/{printf "%s ", $0} END {print ""}' \
    | sed 's/size-pack: \([0-9]*\)/pack size: \1 KiB/'
  echo "HEAD tree: $("${g[@]}" ls-tree -r --long HEAD | awk '{n++; s+=$4} END {printf "%d files, %.1f MB", n, s/1e6}')"
  [ -f "$out.planted.json" ] && python3 - "$out.planted.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
print(f"file changes (added/modified/deleted paths over all commits): {p['file_changes']}")
print("planted secrets:")
for s in p["secrets"]:
    print(f"  {s['id']}: {s['kind']} in {s['path']} - {s['where']} (commit {s['commit'][:10]})")
PY
  return 0
}

if [ "$built" = 1 ]; then stats; exit 0; fi

# --- 1. version lists (sparse index) and downloads -------------------------------------------
echo "fetching the index and downloading crates (cache: $dl) ..."
plan="$work/history-plan.tsv"
python3 - "$dl" "$jobs" "$ua" "$plan" $crates <<'PY'
import hashlib, json, os, sys, urllib.request, concurrent.futures as cf
dl, jobs, ua, plan = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
specs = sys.argv[5:]

def get(url):
    req = urllib.request.Request(url, headers={"User-Agent": ua})
    for attempt in range(4):
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.read()
        except Exception as e:
            err = e
    raise SystemExit(f"build-history.sh: cannot fetch {url}: {err}")

def index_path(n):
    n = n.lower()
    if len(n) <= 2: return f"{len(n)}/{n}"
    if len(n) == 3: return f"3/{n[0]}/{n}"
    return f"{n[:2]}/{n[2:4]}/{n}"

rows, todo = [], []
for spec in specs:
    name, count = spec.split(":")
    ip = os.path.join(dl, "index", name)
    lines = open(ip).read().splitlines() if os.path.exists(ip) else []
    if len(lines) < int(count):  # the index only grows: refetch only when the cache is short
        data = get(f"https://index.crates.io/{index_path(name)}").decode()
        open(ip + ".tmp", "w").write(data); os.replace(ip + ".tmp", ip)
        lines = data.splitlines()
    vers = [json.loads(l) for l in lines if l.strip()][: int(count)]
    for v in vers:
        path = os.path.join(dl, "crates", f"{name}-{v['vers']}.crate")
        rows.append((name, v["vers"], path))
        if not os.path.exists(path):
            todo.append((f"https://static.crates.io/crates/{name}/{name}-{v['vers']}.crate", path, v["cksum"]))

def fetch(t):
    url, path, ck = t
    data = get(url)
    if hashlib.sha256(data).hexdigest() != ck:
        raise SystemExit(f"build-history.sh: checksum mismatch for {url}")
    open(path + ".tmp", "wb").write(data); os.replace(path + ".tmp", path)
    return len(data)

total = 0
with cf.ThreadPoolExecutor(jobs) as ex:
    for i, n in enumerate(ex.map(fetch, todo), 1):
        total += n
        if i % 200 == 0 or i == len(todo):
            print(f"  downloaded {i}/{len(todo)} ({total / 1e6:.0f} MB)", file=sys.stderr, flush=True)
with open(plan, "w") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
size = sum(os.path.getsize(r[2]) for r in rows)
print(f"{len(rows)} versions of {len(specs)} crates, {size / 1e6:.0f} MB of .crate files ({len(todo)} downloaded now)")
PY

# --- 2. fast-import ---------------------------------------------------------------------------
echo "writing history with git fast-import ..."
rm -rf "$out" "$out.planted.json"
git init -q -b main "$out"
git -C "$out" config gc.auto 0
marks="$work/history-marks.txt"
"${nice_[@]}" python3 - "$plan" "$seed" "$out.planted.json.tmp" <<'PY' | "${nice_[@]}" git -C "$out" fast-import --quiet --export-marks="$marks" --depth=50
import hashlib, json, random, sys, tarfile, zlib
plan_path, seed, planted_path = sys.argv[1:4]
out = sys.stdout.buffer
rows = [l.rstrip("\n").split("\t") for l in open(plan_path)]

# ---- synthetic identities, dates ----
PEOPLE = [("Alice Moreau", "alice@example.org", "+0100"), ("Bjorn Lindqvist", "bjorn@example.org", "+0200"),
          ("Chidi Okafor", "chidi@example.net", "+0100"), ("Dana Whitfield", "dana@example.com", "-0500"),
          ("Eun-ji Park", "eunji@example.kr", "+0900"), ("Farhan Qureshi", "farhan@example.pk", "+0500"),
          ("Gabriela Souza", "gabi@example.com.br", "-0300"), ("Hiroshi Tanaka", "hiroshi@example.jp", "+0900"),
          ("Ines Duarte", "ines@example.pt", "+0000"), ("Jonas Becker", "jonas@example.de", "+0100"),
          ("Kavya Iyer", "kavya@example.in", "+0530"), ("Liam O'Connor", "liam@example.ie", "+0000"),
          ("Mateo Ruiz", "mateo@example.mx", "-0600"), ("Noor Haddad", "noor@example.ae", "+0400")]
BOT = ("release-bot", "release-bot@example.invalid", "+0000")
def h(*parts):
    return zlib.crc32("\0".join(map(str, parts)).encode())
clock = [1546300800]  # 2019-01-01T00:00:00Z; every commit advances it by a fixed pseudo-random step
def tick(key):
    clock[0] += 1800 + h("step", key) % (6 * 3600)
    return clock[0]
def ident(p, t):
    return f"{p[0]} <{p[1]}> {t} {p[2]}".encode()

# ---- planted secrets: random-looking, format-valid, reproducible from the seed ----
rng = random.Random() if seed == "random" else random.Random(seed)
B32, B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64 = B62 + "+/"
def rand(alpha, n): return "".join(rng.choice(alpha) for _ in range(n))
def crc_b62(s):
    n, o = zlib.crc32(s.encode()), ""
    for _ in range(6): o, n = B62[n % 62] + o, n // 62
    return o
def aws(): return "AKIA" + rand(B32, 16), rand(B64, 40)
def ghp(): r = rand(B62, 30); return "ghp_" + r + crc_b62(r)
def npm(): r = rand(B62, 30); return "npm_" + r + crc_b62(r)
def stripe(): return "sk_live_51" + rand(B62, 30)
def slack(): return f"xoxb-{rng.randrange(10**10, 10**11)}-{rng.randrange(10**12, 10**13)}-{rand(B62, 24)}"
aws1, aws2, stripe1, ghp1, slack1, npm1 = aws(), aws(), stripe(), ghp(), slack(), npm()

# ---- blobs: one mark per distinct content ----
blob_mark, nmark = {}, [0]
def newmark():
    nmark[0] += 1
    return nmark[0]
def blob(data):
    k = hashlib.sha1(data).digest()
    m = blob_mark.get(k)
    if m is None:
        m = blob_mark[k] = newmark()
        out.write(b"blob\nmark :%d\ndata %d\n" % (m, len(data)))
        out.write(data)
        out.write(b"\n")
    return m

def read_crate(path):
    files = {}
    with tarfile.open(path, "r:gz") as t:
        for m in t:
            parts = m.name.split("/", 1)
            if len(parts) < 2 or not parts[1] or parts[1].endswith("/"):
                continue
            rel = parts[1]
            if m.isfile():
                files[rel] = ("100755" if m.mode & 0o111 else "100644", blob(t.extractfile(m).read()))
            elif m.issym():
                files[rel] = ("120000", blob(m.linkname.encode()))
    return files

# ---- commits ----
# state[branch] = {path: (mode, mark)}; head[branch] = commit mark
state, head = {"main": {}}, {}
file_changes = [0]
commit_of = {}  # label -> commit mark, for the planted-secret manifest
def diff_cmds(old, new):
    cmds = [b"D %s\n" % p.encode() for p in sorted(old.keys() - new.keys())]
    for p in sorted(new):
        if old.get(p) != new[p]:
            cmds.append(b"M %s :%d %s\n" % (new[p][0].encode(), new[p][1], p.encode()))
    return cmds
ncommits = [0]
def commit(branch, msg, changes, key, author=None, committer=None, merge=None, label=None):
    """changes: {path: (mode, mark) or None}. Returns the commit mark."""
    st = state[branch]
    new = dict(st)
    for p, v in changes.items():
        if v is None: new.pop(p, None)
        else: new[p] = v
    cmds = diff_cmds(st, new)
    ncommits[0] += 1
    file_changes[0] += len(cmds)
    t = tick(key)
    a = author or PEOPLE[h("who", key) % len(PEOPLE)]
    c = committer or a
    at = t - (h("lag", key) % (40 * 86400) if h("rebased", key) % 23 == 0 else 0)
    m = newmark()
    out.write(b"commit refs/heads/%s\nmark :%d\n" % (branch.encode(), m))
    out.write(b"author " + ident(a, at) + b"\ncommitter " + ident(c, t) + b"\n")
    mb = msg.encode()
    out.write(b"data %d\n%s\n" % (len(mb), mb))
    parent = head.get(branch)
    if parent is not None:
        out.write(b"from :%d\n" % parent)
    if merge is not None:
        out.write(b"merge :%d\n" % merge)
    out.write(b"".join(cmds))
    out.write(b"\n")
    state[branch], head[branch] = new, m
    if label: commit_of[label] = m
    return m
def text(s): return ("100644", blob(s.encode()))
def tag(name, target, msg, key):
    who = PEOPLE[h("tagger", key) % len(PEOPLE)]
    mb = msg.encode()
    out.write(b"tag %s\nfrom :%d\ntagger %s\ndata %d\n%s\n" % (name.encode(), target, ident(who, clock[0]), len(mb), mb))

# initial commit
commit("main", "Initial commit: vendored crates monorepo\n", {
    "README.md": text("# vendor\n\nSnapshots of third-party crates, one directory per crate under crates/.\n"
                      "Each commit updates one crate to a published release.\n"),
    ".gitignore": text("/target\n*.swp\n.env\n"),
}, "init", author=PEOPLE[0])

# timeline: each crate's versions spread evenly over [0, 1)
counts = {}
for r in rows: counts[r[0]] = counts.get(r[0], 0) + 1
seen, timeline = {}, []
for name, vers, path in rows:
    i = seen.get(name, 0); seen[name] = i + 1
    timeline.append(((i + 0.5) / counts[name], name, vers, path))
timeline.sort(key=lambda e: (e[0], e[1]))
N = len(timeline)

# side branches: at position p, the next k versions of crate c go to feature/..., merged --no-ff
# once main has moved on by at least `wait` commits
FEATURES = [(0.15, "tokio", 4), (0.33, "syn", 3), (0.47, "clap", 5), (0.62, "libc", 3), (0.80, "cc", 4), (0.93, "regex", 3)]
FEATURES = [f for f in FEATURES if f[1] in counts]  # with a custom HISTORY_CRATES
feat = None  # dict(name, crate, left, main_since, evil)
secret_files = []  # manifest entries

def minor_zero(v):
    core = v.split("+")[0]
    if "-" in core: return False
    p = core.split(".")
    return len(p) == 3 and p[2] == "0"

def merge_feature():
    global feat
    f = feat
    msg = f"Merge branch '{f['branch']}'\n\n* {f['branch']}:\n" + "".join(f"  {s}\n" for s in f["msgs"])
    # the merge takes every path the branch changed since it forked (main did not touch them)
    fork, tip = f["fork"], state[f["branch"]]
    changes = {p: tip.get(p) for p in fork.keys() | tip.keys() if fork.get(p) != tip.get(p)}
    label = None
    if f["crate"] == "libc":
        # an "evil merge": the merge commit itself introduces a file that neither parent has
        changes["ops/notify-deploy.sh"] = text(
            "#!/bin/sh\n# Post deploy notifications to #releases.\nset -eu\n"
            f"SLACK_BOT_TOKEN=\"{slack1}\"\n"
            "curl -sf -X POST -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" \\\n"
            "  -H 'Content-type: application/json' \\\n"
            "  --data \"{\\\"channel\\\":\\\"#releases\\\",\\\"text\\\":\\\"deployed $1\\\"}\" \\\n"
            "  https://slack.com/api/chat.postMessage\n")
        label = "slack-merge"
        # ... and a later commit on main replaces it with a version that reads the environment
        events.setdefault(idx + 25, []).append(remove_slack)
    commit("main", msg, changes, "merge" + f["branch"], merge=head[f["branch"]], label=label,
           committer=PEOPLE[h("merger", f["branch"]) % len(PEOPLE)])
    feat = None

events = {}  # main-commit index -> list of planted actions
def at(frac, fn): events.setdefault(int(frac * N), []).append(fn)

def plant_aws1():
    commit("main", "Add production deploy settings\n", {
        "deploy/production.env": text(
            "# production settings for the upload worker\nAWS_REGION=eu-central-1\n"
            f"AWS_ACCESS_KEY_ID={aws1[0]}\nAWS_SECRET_ACCESS_KEY={aws1[1]}\n"
            "S3_BUCKET=vendor-mirror-prod\nLOG_LEVEL=info\n")}, "aws1-add", author=PEOPLE[3], label="aws1-add")
def remove_aws1():
    commit("main", "Remove credentials from the repository\n\nUse the deploy environment instead.\n", {
        "deploy/production.env": None,
        "deploy/production.env.example": text(
            "AWS_REGION=eu-central-1\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nS3_BUCKET=vendor-mirror-prod\n")},
        "aws1-del", author=PEOPLE[8], label="aws1-del")
def plant_stripe():
    commit("main", "billing: settings module\n", {
        "services/billing/settings.py": text(
            "import os\n\nCURRENCY = \"eur\"\nWEBHOOK_PATH = \"/hooks/stripe\"\n"
            f"STRIPE_SECRET_KEY = os.environ.get(\"STRIPE_SECRET_KEY\", \"{stripe1}\")\n"
            "RETRY_LIMIT = 3\n")}, "stripe-add", author=PEOPLE[6], label="stripe-add")
def plant_ghp_branch():
    # a side branch that is never merged
    b = "experiment/ci-cache"
    state[b], head[b] = dict(state["main"]), head["main"]
    commit(b, "ci: try a shared cache for vendored crates\n", {
        ".github/workflows/cache.yml": text(
            "name: cache\non: [push]\njobs:\n  warm:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - run: ./scripts/warm-cache.sh\n        env:\n"
            f"          GH_TOKEN: {ghp1}\n")}, "ghp-add", author=PEOPLE[11], label="ghp-add")
    commit(b, "ci: cache script\n", {
        "scripts/warm-cache.sh": ("100755", blob(b"#!/bin/sh\nset -eu\ncargo fetch --locked\n"))},
        "ghp-2", author=PEOPLE[11])
def remove_slack():
    commit("main", "ops: read the Slack token from the environment\n", {
        "ops/notify-deploy.sh": text(
            "#!/bin/sh\n# Post deploy notifications to #releases.\nset -eu\n: \"${SLACK_BOT_TOKEN:?}\"\n"
            "curl -sf -X POST -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" \\\n"
            "  -H 'Content-type: application/json' \\\n"
            "  --data \"{\\\"channel\\\":\\\"#releases\\\",\\\"text\\\":\\\"deployed $1\\\"}\" \\\n"
            "  https://slack.com/api/chat.postMessage\n")}, "slack-del", author=PEOPLE[5], label="slack-del")
def plant_npm_tag():
    # a hotfix commit reachable only from an annotated tag (its branch was deleted)
    b = "hotfix-tmp"
    state[b], head[b] = dict(state["main"]), head["main"]
    m = commit(b, "hotfix: publish the JS bindings from CI\n", {
        ".npmrc": text(f"//registry.npmjs.org/:_authToken={npm1}\nalways-auth=true\n")},
        "npm-add", author=PEOPLE[9], label="npm-add")
    tag("hotfix-2021.1", m, "hotfix release 2021.1\n", "npm-tag")
    del state[b], head[b]

at(0.10, plant_aws1); at(0.12, remove_aws1); at(0.30, plant_stripe)
at(0.50, plant_ghp_branch); at(0.40, plant_npm_tag)

main_count = 0
fi = 0
for idx, (_, name, vers, path) in enumerate(timeline):
    for fn in events.pop(idx, []):
        fn()
    if feat is None and fi < len(FEATURES) and idx >= FEATURES[fi][0] * N:
        _, c, k = FEATURES[fi]; fi += 1
        feat = {"crate": c, "left": k, "main_since": 0, "msgs": [], "branch": None}
    if feat is not None and feat["left"] == 0 and (feat["main_since"] >= 8 or name == feat["crate"]):
        merge_feature()
    files = read_crate(path)
    pre = f"crates/{name}/"
    changes = {p: None for p in state["main"] if p.startswith(pre)}
    changes.update({pre + p: v for p, v in files.items()})
    msg = f"{name}: update to {vers}\n"
    if feat is not None and name == feat["crate"] and feat["left"] > 0:
        if feat["branch"] is None:
            feat["branch"] = f"feature/{name}-{vers.split('+')[0]}"
            state[feat["branch"]], head[feat["branch"]] = dict(state["main"]), head["main"]
            feat["fork"] = dict(state["main"])
        br = feat["branch"]
        if feat["crate"] == "tokio" and feat["left"] == 2:
            # a second AWS key, committed on a feature branch that is merged normally
            changes["config/uploader.toml"] = text(
                "[uploader]\nbucket = \"vendor-artifacts\"\nregion = \"us-east-1\"\n"
                f"access_key_id = \"{aws2[0]}\"\nsecret_access_key = \"{aws2[1]}\"\n")
            commit(br, msg, changes, ("c", name, vers), label="aws2-add")
        else:
            commit(br, msg, changes, ("c", name, vers))
        feat["msgs"].append(msg.strip()); feat["left"] -= 1
        continue
    committer = BOT if h("bot", name, vers) % 5 == 0 else None
    m = commit("main", msg, changes, ("c", name, vers), committer=committer)
    if feat is not None and feat["branch"] is not None:
        feat["main_since"] += 1
    if minor_zero(vers) and not name.startswith("aws-sdk"):
        tag(f"{name}-v{vers}", m, f"{name} {vers}\n", ("t", name, vers))
idx = N
if feat is not None and feat["branch"] is not None:
    merge_feature()
for k in sorted(events):
    for fn in events[k]: fn()
out.write(b"checkpoint\n")
out.flush()

secrets = [
    ("aws1", "AWS access key id + secret", aws1[0] + " " + aws1[1], "deploy/production.env", "aws1-add",
     "main; added, then deleted by the next planted commit (remove credentials)"),
    ("aws2", "AWS access key id + secret", aws2[0] + " " + aws2[1], "config/uploader.toml", "aws2-add",
     "a feature/tokio-* branch commit, merged into main with --no-ff; still in HEAD"),
    ("stripe", "Stripe live secret key", stripe1, "services/billing/settings.py", "stripe-add", "main; still in HEAD"),
    ("ghp", "GitHub classic PAT (valid CRC32)", ghp1, ".github/workflows/cache.yml", "ghp-add",
     "only on branch experiment/ci-cache, never merged"),
    ("slack", "Slack bot token", slack1, "ops/notify-deploy.sh", "slack-merge",
     "introduced by the merge commit of feature/libc-* (in neither parent), replaced later on main"),
    ("npm", "npm access token (valid CRC32)", npm1, ".npmrc", "npm-add",
     "only reachable from annotated tag hotfix-2021.1 (its branch was deleted)"),
]
json.dump({"file_changes": file_changes[0], "commits_written": ncommits[0], "blobs_written": len(blob_mark),
           "secrets": [dict(id=i, kind=k, value=v, path=p, commit_mark=commit_of[l], where=w) for i, k, v, p, l, w in secrets]},
          open(planted_path, "w"), indent=1)
PY
# marks -> commit ids in the manifest
python3 - "$out.planted.json.tmp" "$marks" "$out.planted.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
marks = dict(l.split() for l in open(sys.argv[2]))
for s in p["secrets"]:
    s["commit"] = marks[":%d" % s.pop("commit_mark")]
json.dump(p, open(sys.argv[3], "w"), indent=1)
PY
rm -f "$out.planted.json.tmp" "$marks"
# the hotfix branch was deleted after tagging: its commit stays reachable from the tag only
git -C "$out" update-ref -d refs/heads/hotfix-tmp
echo "fast-import done after $(($(date +%s) - start)) s; repacking (git repack -ad $repack_flags) ..."
"${nice_[@]}" git -C "$out" repack -q -ad $repack_flags
"${nice_[@]}" git -C "$out" prune-packed
git -C "$out" pack-refs --all
echo "checking out HEAD ..."
"${nice_[@]}" git -C "$out" checkout -q -f main
echo "$spec" >"$marker"
stats
echo "build time: $(($(date +%s) - start)) s"
