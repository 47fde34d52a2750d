#!/usr/bin/env bash
# Builds a directory-scan benchmark corpus of real source code (>= 500 MB) from crates.io only.
#
# How: a throwaway cargo project in benches/work/corpus-proj/ depends on many large crates
# (generated cloud SDKs, OS bindings, crates that bundle C/C++/JS/Python sources), and
# `cargo vendor` unpacks the whole dependency graph into benches/work/corpus-src/.
# Nothing is compiled. Vendored crates keep their `.cargo-checksum.json` files and any binary test
# data: they are part of a realistic input.
#
# usage: benches/build-corpus.sh [--force]
#   --force   re-vendor even if the corpus is already complete
# env: CORPUS_MIN_MB (default 500) - fail if the result is smaller.
#
# Idempotent: if benches/work/corpus-src/.keyhound-corpus-done holds the hash of the current
# manifest, nothing is downloaded or unpacked again; the size and file count are printed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
proj="$work/corpus-proj"
out="$work/corpus-src"
min_mb="${CORPUS_MIN_MB:-500}"
force=0
[ "${1:-}" = "--force" ] && force=1

mkdir -p "$proj/src" "$work"
: >"$proj/src/lib.rs"

# The dependency list. Versions are caret requirements, so a later run may resolve newer patch
# releases; the Cargo.lock written next to the manifest records what was actually vendored.
# Keep `links` keys unique (one version of each -sys crate that declares `links`).
cat >"$proj/Cargo.toml.new" <<'EOF'
[package]
name = "keyhound-bench-corpus"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
# Generated AWS SDKs: large, and dense in words like token / secret / password / credentials.
# aws-config pulls aws-lc-sys (C, assembly, Go and Python build tooling) through its TLS stack.
aws-config = "1"
aws-sdk-ec2 = "1"
aws-sdk-s3 = "1"
aws-sdk-iam = "1"
aws-sdk-secretsmanager = "1"
aws-sdk-sts = "1"
# Windows and web bindings: huge, mostly declarations (the windows-targets crates they pull in
# carry .a / .lib import libraries: binary files that scanners must recognise and skip).
windows-sys = "0.59"
web-sys = "0.3"
js-sys = "0.3"
# Google Cloud (official Rust SDK, generated) and Azure (generated management bindings).
google-cloud-compute-v1 = "1"
google-cloud-storage = "1"
azure_core = "0.21"
azure_identity = "0.21"
azure_storage_blobs = "0.21"
azure_mgmt_network = "0.21"
azure_mgmt_compute = "0.21"
azure_mgmt_storage = "0.21"
# Other generated API clients.
async-stripe = "0.39"
# Crates that bundle non-Rust sources: C, C++, assembly, Perl, JS, CSS, Python.
openssl-src = "300"
libsqlite3-sys = { version = "0.30", features = ["bundled"] }
librocksdb-sys = "0.17"
aws-lc-sys = "0.*"
rustpython-pylib = "0.6"
mdbook = "0.4"
EOF

hash=$(sha256sum "$proj/Cargo.toml.new" | cut -d' ' -f1)
marker="$out/.keyhound-corpus-done"

report() {
  local bytes files
  bytes=$(find "$out" -type f -printf '%s\n' | awk '{t += $1} END {printf "%d", t}')
  files=$(find "$out" -type f | wc -l)
  echo "corpus: $out"
  echo "size: $((bytes / 1000000)) MB ($bytes bytes, $((bytes / 1048576)) MiB), files: $files, crates: $(find "$out" -mindepth 1 -maxdepth 1 -type d | wc -l)"
  echo "by extension (MB): $(find "$out" -type f -printf '%f %s\n' | awk '{n=$1; s=$2; e="(none)"; if (match(n, /\.[^.]+$/)) e=substr(n, RSTART); t[e]+=s} END {for (e in t) printf "%s %d\n", e, t[e]/1000000}' | sort -k2,2nr | head -12 | tr '\n' ' ')"
  if [ "$((bytes / 1000000))" -lt "$min_mb" ]; then
    echo "error: corpus is smaller than $min_mb MB" >&2
    return 1
  fi
}

if [ "$force" = 0 ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$hash" ]; then
  rm -f "$proj/Cargo.toml.new"
  echo "corpus already built (manifest unchanged); use --force to rebuild"
  report
  exit 0
fi

mv "$proj/Cargo.toml.new" "$proj/Cargo.toml"
cd "$proj"
# Resolve and download (keeps an existing Cargo.lock when it still satisfies the manifest), then
# unpack everything. Downloads land in $CARGO_HOME/registry and are reused on later runs.
echo "resolving and downloading dependencies..."
cargo fetch --quiet
echo "vendoring $(grep -c '^name = ' Cargo.lock) packages into $out ..."
rm -f "$marker"
cargo vendor --quiet --versioned-dirs --respect-source-config "$out" >/dev/null
echo "$hash" >"$marker"
report
