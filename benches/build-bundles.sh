#!/usr/bin/env bash
# Builds a directory-scan workload of built frontend output (>= 500 MB): the minified and
# unminified JS, CSS, source maps and HTML that large npm packages publish in their dist-like
# folders (dist/, build/, umd/, min/, Build/ ...), plus a few planted synthetic secrets.
#
# How: `npm pack NAME@VERSION` fetches each pinned tarball into benches/work/downloads/npm/
# (checked against the sha1 pinned below, which is the registry's dist.shasum), and only files
# ending in .js .mjs .cjs .css .map .html under the listed folders are unpacked into
# benches/work/bundles/<name>-<version>/ (scoped names lose the @ and the / becomes -, as in
# npm's tarball names). Nothing lands in a folder named node_modules, which scanners skip.
# Then three secrets generated from a fixed seed are planted (see plant() below) and listed in
# benches/work/bundles.planted.json, outside the scanned directory.
#
# usage: benches/build-bundles.sh [--force]
#        benches/build-bundles.sh --planted     which planted secrets each compare.sh report has
#   --force   unpack and plant again even if the workload is already complete
# env: BUNDLES_MIN_MB (default 500) - fail if the result is smaller.
#      BUNDLES_SEED (default 20261204) - the seed of the planted secrets.
#
# Idempotent: if benches/work/bundles/.keyhound-bundles-done holds the hash of the package list,
# the seed and this script, nothing is unpacked again; the stats are printed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
dl="$work/downloads/npm"
out="$work/bundles"
planted="$work/bundles.planted.json"
min_mb="${BUNDLES_MIN_MB:-500}"
seed="${BUNDLES_SEED:-20261204}"
mode=build
case "${1:-}" in
  --force) mode=force ;;
  --planted) mode=planted ;;
  "") ;;
  *) echo "usage: $0 [--force | --planted]" >&2; exit 2 ;;
esac

# name version sha1-of-tarball folders...
# A folder ending in / takes everything below it; "." takes the files at the package root only
# (for packages that are a dist themselves); "*" takes the whole package.
packages="$(cat <<'EOF'
monaco-editor      0.52.0   d47c02b191eae208d68878d679b3ee7456031be7  dev/ esm/ min/ min-maps/
@tensorflow/tfjs   4.22.0   6fa2d850d39579ef190d2cb8d2451524059ddab5  dist/
plotly.js          2.35.2   01ea5d0196c8dfa95bc8aab84781d391c80fee73  dist/
mermaid            11.4.0   e510f45700ed4b31e1dc327b3a405ad9f6907ca3  dist/
onnxruntime-web    1.20.1   71dc4495bb75cdd56a9dc981cf27723a599189f7  dist/
cesium             1.123.0  8cf19583c4b3892e4406c8c195bf75f9ed7b10ef  Build/
echarts            5.5.1    8dc9c68d0c548934bedcb5f633db07ed1dd2101c  dist/
antd               5.22.2   9f5d38c09685c018c368329f1a1107d5417536d6  dist/
@babel/standalone  7.26.2   a1fdf2d477a1f3d2828f0551b5dc14c44d4e127f  .
hls.js             1.5.17   8a4a9bae2df4dab23168156f5f7d0f39a71026fd  dist/
pdfjs-dist         4.10.38  3ee698003790dc266cc8b55c0e662ccb9ae18f53  build/ image_decoders/ web/
typescript         5.6.3    5f3449e31c9d94febb17de03cc081dd56d81db5b  lib/
video.js           8.19.1   b8645953e93542998a9172e90467934ea24e6bc0  dist/
vega               5.30.0   d12350c829878b481453ab28ce10855a954df06d  build/ build-es5/
ag-grid-community  32.3.3   d0c2c15b342b49a3bb5dddfdad9d0332b08f1505  dist/ styles/
swagger-ui-dist    5.18.2   62013074374d272c04ed3030704b88db5aa8c0b7  .
tinymce            7.5.1    4c207ab930d3a073bf851ddd3a8aa44d8d94d7bd  *
three              0.170.0  6087f97aab79e9e9312f9c89fcef6808642dfbb7  build/
EOF
)"

# --planted: match each tool's kept compare.sh report against the planted secrets.
if [ "$mode" = planted ]; then
  [ -f "$planted" ] || { echo "no $planted: build the workload first" >&2; exit 2; }
  exec python3 - "$planted" "$work" "$out" <<'PY'
import json, os, sys
planted_path, work, out = sys.argv[1:]
planted = json.load(open(planted_path))
def paths(tool, rep):
    """(path, line, rule) for each finding in one tool's report."""
    if tool == "keyhound":
        items = rep["findings"]
        # an AWS key id finding names the secret key it was paired with under "related"
        get = lambda f: (f["path"], f["line"], f["rule_id"] + (" + " + f["related"]["name"] if f.get("related") else ""))
    elif tool == "gitleaks":
        items = rep
        get = lambda f: (f["File"], f["StartLine"], f["RuleID"])
    elif tool == "betterleaks":
        items = rep["findings"]
        get = lambda f: (f["location"]["path"], f["location"]["start_line"], f["rule_id"])
    elif tool == "kingfisher":
        items = rep["findings"]
        get = lambda f: (f["finding"]["path"], f["finding"]["line"], f["rule"]["id"])
    for f in items:
        p, line, r = get(f)
        yield str(p), line, r
tools = ["keyhound", "kingfisher", "betterleaks", "gitleaks"]
rows = {s["id"]: {} for s in planted}
for t in tools:
    path = f"{work}/report-{t}.json"
    if not os.path.exists(path):
        continue
    try:
        rep = json.load(open(path))
        found = list(paths(t, rep))
    except Exception as e:  # report format changed: say so rather than guess
        print(f"{t}: cannot read {path}: {e}", file=sys.stderr)
        continue
    for s in planted:
        rules = sorted({r for p, line, r in found
                        if p.endswith("bundles/" + s["file"]) and line == s["line"]})
        rows[s["id"]][t] = "✓ " + ", ".join(rules) if rules else "✗"
# a finding counts when it is in the planted file on the planted line (a minified line or the
# one-line map): the other findings in those files are elsewhere
print("| secret | file | " + " | ".join(tools) + " |")
print("|---|---|" + "---|" * len(tools))
for s in planted:
    print(f"| {s['id']}: {s['kind']} | `{s['file']}` | " + " | ".join(rows[s["id"]].get(t, "—") for t in tools) + " |")
PY
fi

hash=$( { echo "$packages"; echo "$seed"; sha256sum "$0" | cut -d' ' -f1; } | sha256sum | cut -d' ' -f1)
marker="$out/.keyhound-bundles-done"

report() {
  python3 - "$out" "$min_mb" <<'PY'
import os, sys, collections
out, min_mb = sys.argv[1], int(sys.argv[2])
size = collections.Counter(); count = collections.Counter(); total = files = 0; largest = (0, "")
for dp, dn, fn in os.walk(out):
    for f in fn:
        if f.startswith(".keyhound-"):
            continue
        p = os.path.join(dp, f); s = os.path.getsize(p)
        e = os.path.splitext(f)[1] or "(none)"
        size[e] += s; count[e] += 1; total += s; files += 1
        largest = max(largest, (s, os.path.relpath(p, out)))
pk = sorted(os.listdir(out))
print(f"bundles: {out}")
print(f"size: {total // 1000000} MB ({total} bytes, {total // 1048576} MiB), files: {files}, packages: {len([p for p in pk if not p.startswith('.')])}")
print("by extension: " + ", ".join(f"{e} {count[e]} files {size[e] / 1e6:.1f} MB" for e, _ in size.most_common()))
print(f"largest file: {largest[1]} ({largest[0] / 1e6:.1f} MB)")
if total // 1000000 < min_mb:
    sys.exit(f"error: bundles are smaller than {min_mb} MB")
PY
}

if [ "$mode" = build ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$hash" ]; then
  echo "bundles already built (package list, seed and script unchanged); use --force to rebuild"
  report
  exit 0
fi

command -v npm >/dev/null || { echo "build-bundles.sh: npm is needed (apt-get install npm)" >&2; exit 2; }
mkdir -p "$dl"
rm -rf "$out" "$planted"
mkdir -p "$out"

while read -r name version sha1 folders; do
  [ -n "$name" ] || continue
  base="$(printf '%s' "$name" | sed 's/^@//; s#/#-#')-$version"
  tgz="$dl/$base.tgz"
  if [ ! -f "$tgz" ] || [ "$(sha1sum "$tgz" | cut -d' ' -f1)" != "$sha1" ]; then
    echo "downloading $name@$version ..."
    rm -f "$tgz"
    (cd "$dl" && npm pack "$name@$version" --silent >/dev/null)
  fi
  got="$(sha1sum "$tgz" | cut -d' ' -f1)"
  [ "$got" = "$sha1" ] || { echo "build-bundles.sh: $tgz has sha1 $got, expected $sha1" >&2; exit 1; }
  # $folders is split on spaces but not globbed ("*" means the whole package).
  set -f
  # shellcheck disable=SC2086
  nice python3 - "$tgz" "$out/$base" $folders <<'PY'
import os, re, sys, tarfile
tgz, dest, *folders = sys.argv[1:]
keep = re.compile(r"\.(js|mjs|cjs|css|map|html)$")
def wanted(p):
    parts = p.split("/")
    if "node_modules" in parts or ".." in parts or not keep.search(p):
        return False
    for f in folders:
        if f == "*" or (f == "." and len(parts) == 1) or (f.endswith("/") and p.startswith(f)):
            return True
    return False
n = size = 0
with tarfile.open(tgz) as t:
    for m in t:
        if not m.isfile():
            continue
        rel = m.name.split("/", 1)[1] if "/" in m.name else m.name  # strip "package/"
        if not wanted(rel):
            continue
        path = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with t.extractfile(m) as src, open(path, "wb") as dst:
            dst.write(src.read())
        n += 1; size += m.size
print(f"  {os.path.basename(dest)}: {n} files, {size / 1e6:.1f} MB")
PY
  set +f
done <<<"$packages"

# Plant synthetic, format-correct secrets from a fixed seed. None is a real credential.
plant() {
  python3 - "$out" "$planted" "$seed" <<'PY'
import json, random, re, string, sys, zlib
out, planted_path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
def pick(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))
def b62(n):
    s = ""
    for _ in range(6):
        s = B62[n % 62] + s; n //= 62
    return s
stripe = "sk_live_" + pick(B62, 32)
aws_id = "AKIA" + pick(string.ascii_uppercase + "234567", 16)
aws_secret = pick(string.ascii_letters + string.digits + "/+", 40)
ghp_random = pick(B62, 30)
ghp = "ghp_" + ghp_random + b62(zlib.crc32(ghp_random.encode()))

def longest_line(text):
    lines = text.split("\n")
    i = max(range(len(lines)), key=lambda k: len(lines[k]))
    return lines, i

def append_to_longest_line(rel, snippet):
    """Appends snippet to the end of the file's longest line (the minified code line)."""
    p = f"{out}/{rel}"
    text = open(p, encoding="utf-8").read()
    lines, i = longest_line(text)
    lines[i] += snippet
    open(p, "w", encoding="utf-8").write("\n".join(lines))
    return i + 1, len(lines[i])

def insert_mid_line(rel, snippet):
    """Inserts snippet at the first statement boundary (`;var `, `;let `, `;const `,
    `;function `) past the middle of the file's longest line."""
    p = f"{out}/{rel}"
    text = open(p, encoding="utf-8").read()
    lines, i = longest_line(text)
    line = lines[i]
    at = re.compile(r";(?=(?:var|let|const|function) )").search(line, len(line) // 2).start() + 1
    lines[i] = line[:at] + snippet + line[at:]
    open(p, "w", encoding="utf-8").write("\n".join(lines))
    return i + 1, at

rows = []
f = "echarts-5.5.1/dist/echarts.min.js"
line, col = append_to_longest_line(f, f';var __khBilling={{stripeSecret:"{stripe}",currency:"eur"}};')
rows.append({"id": "stripe", "kind": "Stripe secret key, string literal at the end of a minified line",
             "file": f, "line": line, "secret": stripe})
f = "mermaid-11.4.0/dist/mermaid.min.js"
line, col = insert_mid_line(
    f, f"const __khAwsProfile=`[default]\\naws_access_key_id = {aws_id}\\n"
       f"aws_secret_access_key = {aws_secret}\\nregion = eu-west-1\\n`;")
rows.append({"id": "aws", "kind": "AWS key id + secret key, template literal in the middle of a minified line",
             "file": f, "line": line, "column": col, "secret": aws_id, "secret2": aws_secret})
f = "hls.js-1.5.17/dist/hls.min.js.map"
m = json.load(open(f"{out}/{f}", encoding="utf-8"))
k = next(i for i, s in enumerate(m["sources"]) if s.endswith("src/config.ts"))
m["sourcesContent"][k] += f'\n// CI upload token for the demo page\nexport const GITHUB_TOKEN = "{ghp}";\n'
open(f"{out}/{f}", "w", encoding="utf-8").write(json.dumps(m, ensure_ascii=False, separators=(",", ":")))
rows.append({"id": "ghp", "kind": "GitHub classic PAT (valid CRC32), in a source map's sourcesContent",
             "file": f, "line": 1, "source": m["sources"][k], "secret": ghp})
json.dump(rows, open(planted_path, "w"), indent=2)
print("planted:")
for r in rows:
    print(f"  {r['id']:7} {r['file']}  {r['secret']}" + (f" / {r['secret2']}" if "secret2" in r else ""))
PY
}
plant
echo "$hash" >"$marker"
report
