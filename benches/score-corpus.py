#!/usr/bin/env python3
"""Score keyhound (and optionally its peers) on the labelled corpus in corpus/ (stdlib only, offline).

    python3 benches/score-corpus.py                          # keyhound only: table + per-kind recall
    python3 benches/score-corpus.py --verbose                # + every miss and every false alarm
    python3 benches/score-corpus.py --peers                  # + gitleaks, betterleaks, kingfisher, detect-secrets
    python3 benches/score-corpus.py --check corpus/score-baseline.json   # CI gate (exit 1 on regression)
    python3 benches/score-corpus.py --write-baseline         # record keyhound's current numbers
    python3 benches/score-corpus.py --json out.json          # machine-readable results

A credential file counts as found when the tool reports a finding in that file on the labelled lines
(`line`..`end_line`, or `span` for a structured credential such as a service-account JSON document that
tools report at its first line; widened by one line on each side). A finding without a line number counts anywhere
in the file, and so does a keyhound finding that carries an `origin` (a source-map hit reported against the
original source). A clean file is flagged when the tool reports anything in it.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_BIN = os.path.expanduser("~/.cache/keyhound-peers/bin")


def load_labels(corpus: str) -> list:
    with open(os.path.join(corpus, "labels.json"), encoding="utf-8") as f:
        return json.load(f)["files"]


def norm(path: str, corpus: str) -> str:
    """Map a tool's reported path to a label path (relative to the corpus directory, '/' separators)."""
    p = path.replace("\\", "/")
    c = os.path.realpath(corpus).replace("\\", "/").rstrip("/") + "/"
    if p.startswith(c):
        return p[len(c):]
    for marker in ("/positive/", "/negative/"):
        i = p.find(marker)
        if i >= 0:
            return p[i + 1:]
    for marker in ("positive/", "negative/"):
        if p.startswith(marker):
            return p
    return p


# Each runner returns a list of (label_path, line or None, rule_id, extra) and the wall time.

def run_keyhound(binary: str, corpus: str, tmp: str) -> list:
    binary = os.path.abspath(binary)
    cfg = os.path.join(tmp, "empty.toml")
    open(cfg, "w").close()  # the repository's .keyhound.toml allowlists corpus/**; score with no config
    out = os.path.join(tmp, "keyhound.json")
    cmd = [binary, "scan", "--format", "json", "--output", out, "--config", cfg, "--no-ignore",
           os.path.join(corpus, "positive"), os.path.join(corpus, "negative")]
    r = subprocess.run(cmd, cwd=corpus, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"keyhound exited {r.returncode}: {r.stderr.strip()[:500]}")
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    res = []
    for x in doc.get("findings", []):
        line = None if x.get("origin") else x.get("line")
        res.append((norm(x["path"], corpus), line, x["rule_id"], {"severity": x.get("severity"), "confidence": x.get("confidence"),
                                                                   "secret": x.get("secret")}))
    return res


def run_gitleaks(corpus: str, tmp: str, name: str = "gitleaks") -> list:
    out = os.path.join(tmp, f"{name}.json")
    cmd = [os.path.join(PEER_BIN, name), "dir", corpus, "--no-banner", "--log-level", "error", "--redact",
           "--report-format", "json", "--report-path", out, "--exit-code", "0"]
    subprocess.run(cmd, capture_output=True, text=True, check=True)
    with open(out, encoding="utf-8") as f:
        doc = json.load(f) or []
    return [(norm(x["File"], corpus), x.get("StartLine"), x["RuleID"], {}) for x in doc]


def run_betterleaks(corpus: str, tmp: str) -> list:
    out = os.path.join(tmp, "betterleaks.json")
    cmd = [os.path.join(PEER_BIN, "betterleaks"), "fs", corpus, "--silent", "--redact", "--output", out, "--exit-code", "0"]
    subprocess.run(cmd, capture_output=True, text=True)
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    if doc.get("scan", {}).get("state") not in (None, "complete"):
        raise RuntimeError(f"betterleaks scan state: {doc.get('scan', {}).get('state')}")
    return [(norm(x["location"]["path"], corpus), x["location"].get("start_line"), x["rule_id"], {"confidence": x.get("confidence")})
            for x in doc.get("findings") or []]


def run_kingfisher(corpus: str, tmp: str) -> list:
    out = os.path.join(tmp, "kingfisher.json")
    cmd = [os.path.join(PEER_BIN, "kingfisher"), "scan", corpus, "--git-history", "none", "--no-validate", "--redact",
           "--no-update-check", "--quiet", "--format", "json", "--output", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 200, 205):
        raise RuntimeError(f"kingfisher exited {r.returncode}: {r.stderr.strip()[:500]}")
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    res = []
    for x in doc.get("findings") or []:
        fi = x["finding"]
        res.append((norm(fi["path"], corpus), fi.get("line"), x["rule"]["id"], {"confidence": fi.get("confidence")}))
    return res


def run_detect_secrets(corpus: str, tmp: str) -> list:
    exe = shutil.which("detect-secrets") or os.path.join(PEER_BIN, "detect-secrets")
    r = subprocess.run([exe, "scan", "--all-files", "."], cwd=corpus, capture_output=True, text=True, check=True)
    doc = json.loads(r.stdout)
    res = []
    for path, items in doc.get("results", {}).items():
        for x in items:
            res.append((norm(path, corpus), x.get("line_number"), x["type"], {}))
    return res


def score(labels: list, findings: list) -> dict:
    by_path = collections.defaultdict(list)
    for path, line, rule, extra in findings:
        by_path[path].append((line, rule, extra))
    known = {x["path"] for x in labels}
    found, missed, flagged = [], [], []
    for x in labels:
        fs = by_path.get(x["path"], [])
        if x["label"] == "credential":
            lo, hi = x.get("span") or (x["line"], x.get("end_line", x["line"]))
            lo, hi = lo - 1, hi + 1
            hit = [f for f in fs if f[0] is None or lo <= f[0] <= hi]
            (found if hit else missed).append((x, hit or fs))
        elif fs:
            flagged.append((x, fs))
    pos = sum(1 for x in labels if x["label"] == "credential")
    neg = len(labels) - pos
    stray = sorted({p for p in by_path if p not in known})
    serious = [x for x, fs in flagged if any(f[2].get("severity") != "info" for f in fs)]
    return {"positives": pos, "negatives": neg, "found": len(found), "recall": len(found) / pos if pos else 0.0,
            "flagged": len(flagged), "flagged_rate": len(flagged) / neg if neg else 0.0, "flagged_not_info": len(serious),
            "findings": len(findings), "missed": missed, "flagged_files": flagged, "found_files": found, "stray": stray}


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def table(rows: list, headers: list) -> str:
    w = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    out = ["| " + " | ".join(str(h).ljust(w[i]) for i, h in enumerate(headers)) + " |",
           "|" + "|".join("-" * (x + 2) for x in w) + "|"]
    out += ["| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(headers))) + " |" for r in rows]
    return "\n".join(out)


def group_recall(labels: list, result: dict, key: str) -> list:
    tot, hit = collections.Counter(), collections.Counter()
    found_paths = {x["path"] for x, _ in result["found_files"]}
    for x in labels:
        if x["label"] != "credential":
            continue
        tot[x[key]] += 1
        hit[x[key]] += x["path"] in found_paths
    return sorted(((k, hit[k], tot[k]) for k in tot), key=lambda t: (t[1] / t[2], t[0]))


def main() -> int:
    ap = argparse.ArgumentParser(description="Score secret scanners on the labelled corpus.")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    ap.add_argument("--keyhound", default=os.path.join(ROOT, "target", "release", "keyhound"),
                    help="keyhound binary (default: target/release/keyhound; $CARGO_TARGET_DIR/release/keyhound if that is set and the default is missing)")
    ap.add_argument("--peers", action="store_true", help=f"also run the peers installed in {PEER_BIN} (never validates, never updates)")
    ap.add_argument("--tools", help="comma-separated subset of peers: gitleaks,betterleaks,kingfisher,detect-secrets")
    ap.add_argument("--verbose", "-v", action="store_true", help="list keyhound's misses and false alarms")
    ap.add_argument("--check", metavar="BASELINE", help="fail if keyhound's recall is below, or its flagged clean files "
                    "(all, or flagged above info) above, BASELINE")
    ap.add_argument("--write-baseline", nargs="?", const=os.path.join(ROOT, "corpus", "score-baseline.json"), metavar="FILE",
                    help="record keyhound's numbers (default corpus/score-baseline.json)")
    ap.add_argument("--json", metavar="FILE", help="write all results as JSON")
    args = ap.parse_args()

    binary = args.keyhound
    if not os.path.exists(binary) and os.environ.get("CARGO_TARGET_DIR"):
        alt = os.path.join(os.environ["CARGO_TARGET_DIR"], "release", "keyhound")
        if os.path.exists(alt):
            binary = alt
    if not os.path.exists(binary):
        print(f"keyhound binary not found: {binary} (build with `cargo build --release` or pass --keyhound)", file=sys.stderr)
        return 2
    corpus = os.path.realpath(args.corpus)
    labels = load_labels(corpus)

    tools = [("keyhound", lambda t: run_keyhound(binary, corpus, t))]
    if args.peers or args.tools:
        want = (args.tools or "gitleaks,betterleaks,kingfisher,detect-secrets").split(",")
        runners = {"gitleaks": lambda t: run_gitleaks(corpus, t), "betterleaks": lambda t: run_betterleaks(corpus, t),
                   "kingfisher": lambda t: run_kingfisher(corpus, t), "detect-secrets": lambda t: run_detect_secrets(corpus, t)}
        tools += [(n, runners[n]) for n in want if n in runners]

    results = {}
    with tempfile.TemporaryDirectory(prefix="kh-score-") as tmp:
        for name, fn in tools:
            t0 = time.monotonic()
            try:
                findings = fn(tmp)
            except (OSError, RuntimeError, subprocess.CalledProcessError, json.JSONDecodeError) as e:
                if name == "keyhound":
                    raise
                print(f"warning: {name} failed: {e}", file=sys.stderr)
                continue
            res = score(labels, findings)
            res["seconds"] = time.monotonic() - t0
            results[name] = res

    pos = sum(1 for x in labels if x["label"] == "credential")
    print(f"corpus: {len(labels)} files, {pos} with one credential, {len(labels) - pos} clean "
          f"({len({x['kind'] for x in labels if x['label'] == 'credential'})} credential types, "
          f"{len({x['kind'] for x in labels if x['label'] == 'clean'})} look-alike kinds)\n")
    ntypes = len({x["kind"] for x in labels if x["label"] == "credential"})
    rows = []
    for n, r in results.items():
        cov = [(k, h, t) for k, h, t in group_recall(labels, r, "kind") if h]
        cov_h, cov_t = sum(h for _, h, _ in cov), sum(t for _, _, t in cov)
        rows.append((n, f"{r['found']}/{r['positives']}", pct(r["recall"]), f"{r['flagged']}/{r['negatives']}", pct(r["flagged_rate"]),
                     r["flagged_not_info"], f"{len(cov)}/{ntypes}", pct(cov_h / cov_t if cov_t else 0), r["findings"], f"{r['seconds']:.1f}"))
    print(table(rows, ["tool", "found", "recall", "clean flagged", "% clean flagged", "flagged, not counting info",
                       "types it finds at all", "recall on those types", "findings", "s"]))

    kh = results["keyhound"]
    print("\nkeyhound recall by provider:")
    print(table([(k, f"{h}/{t}", pct(h / t)) for k, h, t in group_recall(labels, kh, "provider") if h < t] or [("(all found)", "", "")],
                ["provider (below 100%)", "found", "recall"]))
    print("\nkeyhound recall by credential type (below 100%):")
    print(table([(k, f"{h}/{t}", pct(h / t)) for k, h, t in group_recall(labels, kh, "kind") if h < t] or [("(all found)", "", "")],
                ["type", "found", "recall"]))
    print("\nkeyhound recall by kind of file (below 100%):")
    print(table([(k, f"{h}/{t}", pct(h / t)) for k, h, t in group_recall(labels, kh, "context") if h < t] or [("(all found)", "", "")],
                ["context", "found", "recall"]))
    fa = collections.Counter(x["kind"] for x, _ in kh["flagged_files"])
    if fa:
        print("\nkeyhound false alarms by look-alike kind:")
        print(table(sorted(fa.items(), key=lambda t: -t[1]), ["look-alike", "files flagged"]))
    if kh["stray"]:
        print(f"\nnote: keyhound reported {len(kh['stray'])} paths not in labels.json, e.g. {kh['stray'][:3]}")

    if args.verbose:
        print("\nkeyhound misses:")
        for x, fs in sorted(kh["missed"], key=lambda t: (t[0]["kind"], t[0]["path"])):
            other = f"  (reported elsewhere in file: {', '.join(f'{r}@{l}' for l, r, _ in fs)})" if fs else ""
            print(f"  {x['kind']:40s} {x['context']:24s} {x['path']}:{x['line']}{other}")
        print("\nkeyhound false alarms:")
        for x, fs in sorted(kh["flagged_files"], key=lambda t: (t[0]["kind"], t[0]["path"])):
            rules = ", ".join(f"{r}@{l}({e.get('severity', '')})" for l, r, e in fs)
            print(f"  {x['kind']:32s} {x['path']}  {rules}")

    if args.json:
        out = {n: {k: v for k, v in r.items() if k not in ("missed", "flagged_files", "found_files")} |
               {"missed": [x["path"] for x, _ in r["missed"]], "flagged_files": [[x["path"], [f[1] for f in fs]] for x, fs in r["flagged_files"]]}
               for n, r in results.items()}
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)

    missed_paths = sorted(x["path"] for x, _ in kh["missed"])
    flagged_paths = sorted(x["path"] for x, _ in kh["flagged_files"])
    current = {"positives": kh["positives"], "negatives": kh["negatives"], "found": kh["found"],
               "recall": round(kh["recall"], 4), "flagged": kh["flagged"], "flagged_not_info": kh["flagged_not_info"],
               "missed": missed_paths, "flagged_files": flagged_paths}
    if args.write_baseline:
        with open(args.write_baseline, "w") as f:
            json.dump(current, f, indent=1)
            f.write("\n")
        print(f"\nwrote {args.write_baseline}: found {current['found']}/{current['positives']}, flagged {current['flagged']}/{current['negatives']}")
    if args.check:
        with open(args.check) as f:
            base = json.load(f)
        bad = []
        if (base["positives"], base["negatives"]) != (kh["positives"], kh["negatives"]):
            bad.append(f"corpus changed ({base['positives']}/{base['negatives']} files in baseline, "
                       f"{kh['positives']}/{kh['negatives']} now): regenerate the baseline with --write-baseline")
        if kh["found"] < base["found"]:
            bad.append(f"recall fell: {kh['found']}/{kh['positives']} found, baseline {base['found']}")
        if kh["flagged"] > base["flagged"]:
            bad.append(f"more clean files flagged: {kh['flagged']}, baseline {base['flagged']}")
        # Info findings (keys public by design) never fail a scan; a clean file flagged at a
        # failing severity is the false alarm users feel, and it has its own limit.
        if kh["flagged_not_info"] > base.get("flagged_not_info", kh["flagged_not_info"]):
            bad.append(f"more clean files flagged above info: {kh['flagged_not_info']}, "
                       f"baseline {base['flagged_not_info']}")
        newly_missed = sorted(set(missed_paths) - set(base.get("missed", missed_paths)))
        newly_flagged = sorted(set(flagged_paths) - set(base.get("flagged_files", flagged_paths)))
        for title, items in (("newly missed", newly_missed), ("newly flagged", newly_flagged)):
            if items:
                print(f"\n{title} compared with the baseline ({len(items)}):", *items[:50], sep="\n  ")
        if bad:
            print("\nFAIL: " + "; ".join(bad), file=sys.stderr)
            return 1
        better = (kh["found"] > base["found"] or kh["flagged"] < base["flagged"]
                  or kh["flagged_not_info"] < base.get("flagged_not_info", 0))
        print(f"\nOK against {args.check}" + (" (better than the baseline: consider --write-baseline)" if better else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
