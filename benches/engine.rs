//! Engine throughput: `Engine::scan` in bytes per second, on one thread, with the built-in rules.
//!
//! Inputs, each scanned blob by blob as the file source would hand them over:
//! - `realistic`: up to ~32 MB of `.rs`/`.js`/`.py`/`.go` files, taken from `$KEYHOUND_BENCH_DIR` if
//!   set, else `$CARGO_HOME/registry/src` (default `~/.cargo/registry/src`), else generated
//!   code-like text. Files are sampled across the whole tree in a fixed pseudo-random order, so the
//!   sample is not just the first crates alphabetically. Files with a NUL byte in their first
//!   8 KiB are left out (the scanner would not scan them as text).
//! - `keyword-dense`: generated assignments of `password`, `token`, `secret`, `api_key` (and
//!   friends) to values that are not secrets: the cost of prefilter hits that all fail to confirm.
//!
//! For each input, `prefilter-only` runs just the keyword automaton (`engine::prefilter`) over the
//! same blobs, so the difference to `scan` is the cost of confirmation (regexes, filters, checks).
//!
//! Run: `cargo bench --bench engine` (add `-- realistic` to run one group). Set
//! `KEYHOUND_BENCH_MB` to change the realistic sample size (default 32).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use keyhound::engine::prefilter::Prefilter;
use keyhound::engine::Engine;
use keyhound::rules::RuleSet;

const EXTENSIONS: &[&str] = &["rs", "js", "py", "go"];

/// One input: a description and its blobs.
struct Input {
    name: &'static str,
    origin: String,
    blobs: Vec<Vec<u8>>,
}

impl Input {
    fn bytes(&self) -> u64 {
        self.blobs.iter().map(|b| b.len() as u64).sum()
    }
}

/// A small deterministic PRNG (xorshift64*), so generated inputs are identical run to run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// FNV-1a: a stable sort key for sampling files in a fixed but scattered order.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

fn source_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KEYHOUND_BENCH_DIR") {
        return Some(PathBuf::from(dir));
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let dir = cargo_home.join("registry").join("src");
    dir.is_dir().then_some(dir)
}

/// Every source file under `dir` (no symlinks followed), with its size.
fn list_sources(dir: &Path, out: &mut Vec<(PathBuf, u64)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            list_sources(&path, out);
        } else if kind.is_file()
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            if let Ok(meta) = entry.metadata() {
                out.push((path, meta.len()));
            }
        }
    }
}

fn realistic(limit: u64) -> Input {
    if let Some(dir) = source_dir() {
        let mut files = Vec::new();
        list_sources(&dir, &mut files);
        // Hash the path relative to the root, so the sample does not depend on how it was named.
        files.sort_by_key(|(p, _)| {
            fnv(p
                .strip_prefix(&dir)
                .unwrap_or(p)
                .as_os_str()
                .as_encoded_bytes())
        });
        let mut blobs = Vec::new();
        let mut total = 0u64;
        for (path, len) in files {
            if len == 0 || total + len > limit {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            if bytes[..bytes.len().min(8192)].contains(&0) {
                continue;
            }
            total += bytes.len() as u64;
            blobs.push(bytes);
            if total + 4096 > limit {
                break;
            }
        }
        if total >= limit / 4 {
            return Input {
                name: "realistic",
                origin: format!("{} files from {}", blobs.len(), dir.display()),
                blobs,
            };
        }
        eprintln!(
            "engine bench: only {total} bytes of source under {}; using generated code",
            dir.display()
        );
    }
    let blobs = generated_code(limit.min(16 << 20));
    Input {
        name: "realistic",
        origin: format!("{} generated code-like files", blobs.len()),
        blobs,
    }
}

/// Code-like text: functions, calls, strings, comments, in 4–64 KiB "files".
fn generated_code(total: u64) -> Vec<Vec<u8>> {
    const IDENTS: &[&str] = &[
        "config", "buffer", "request", "response", "handler", "context", "index", "value", "items",
        "result", "builder", "client", "session", "offset", "length", "parser", "reader", "writer",
        "state", "entry", "node", "child", "parent", "options", "path", "name", "count", "error",
    ];
    const TYPES: &[&str] = &[
        "String",
        "usize",
        "Vec<u8>",
        "Option<&str>",
        "HashMap<String, Value>",
        "bool",
    ];
    const CALLS: &[&str] = &[
        "len",
        "push",
        "get",
        "insert",
        "map",
        "unwrap_or",
        "to_string",
        "clone",
        "iter",
        "collect",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut blobs = Vec::new();
    let mut made = 0u64;
    while made < total {
        let size = 4096 + rng.below(60 * 1024);
        let mut s = String::with_capacity(size + 256);
        s.push_str("use std::collections::HashMap;\n\n");
        while s.len() < size {
            let f = rng.pick(IDENTS);
            let a = rng.pick(IDENTS);
            s.push_str(&format!(
                "/// Returns the {f} of the given {a}, or the default when absent.\n"
            ));
            s.push_str(&format!(
                "pub fn get_{f}_{}({a}: &{}) -> {} {{\n",
                rng.below(1000),
                rng.pick(TYPES),
                rng.pick(TYPES)
            ));
            for _ in 0..3 + rng.below(12) {
                let v = rng.pick(IDENTS);
                match rng.below(5) {
                    0 => s.push_str(&format!("    let {v} = {a}.{}().{}();\n", rng.pick(CALLS), rng.pick(CALLS))),
                    1 => s.push_str(&format!("    if {v}.len() > {} {{ return Err(Error::new(\"{v} too long: {{}}\", {v}.len())); }}\n", rng.below(4096))),
                    2 => s.push_str(&format!("    // {v} is checked by the caller; see {}::{}.\n", rng.pick(IDENTS), rng.pick(IDENTS))),
                    3 => s.push_str(&format!("    {v}.insert(\"{}\".to_string(), {});\n", rng.pick(IDENTS), rng.below(1 << 20))),
                    _ => s.push_str(&format!("    for (i, x) in {v}.iter().enumerate() {{ {a}[i] = x.{}(); }}\n", rng.pick(CALLS))),
                }
            }
            s.push_str(&format!("    {a}.{}()\n}}\n\n", rng.pick(CALLS)));
        }
        made += s.len() as u64;
        blobs.push(s.into_bytes());
    }
    blobs
}

/// Lines dense in prefilter keywords whose values are not secrets: placeholders, variable
/// references, function calls, env lookups, short or low-entropy literals, in 64 KiB blobs.
fn keyword_dense(total: usize) -> Input {
    const NAMES: &[&str] = &[
        "password",
        "PASSWORD",
        "db_password",
        "passwd",
        "token",
        "access_token",
        "auth_token",
        "refresh_token",
        "TOKEN",
        "secret",
        "client_secret",
        "SECRET_KEY",
        "api_key",
        "apiKey",
        "API_KEY",
        "x-api-key",
        "private_key",
        "credentials",
        "auth",
    ];
    const VALUES: &[&str] = &[
        "\"changeme\"",
        "\"<your-password-here>\"",
        "\"${PASSWORD}\"",
        "os.environ[\"API_KEY\"]",
        "process.env.SECRET",
        "config.get(\"token\")",
        "\"xxxxxxxxxxxxxxxxxxxxxxxx\"",
        "\"********\"",
        "None",
        "\"\"",
        "getToken(request)",
        "\"${{ secrets.API_TOKEN }}\"",
        "\"REPLACE_WITH_YOUR_API_KEY\"",
        "\"test-secret\"",
        "settings.SECRET_KEY",
        "\"abcdefghijklmnopqrstuvwxyz012345\"",
        "\"1111111111111111111111111111111111111111\"",
        "hash_password(raw_password, salt)",
        "\"example-token-for-docs\"",
        "\"dummy\"",
    ];
    const FORMS: &[&str] = &[
        "{n} = {v}\n",
        "{n}: {v},\n",
        "\"{n}\": {v},\n",
        "let {n} = {v};\n",
        "{n}={v}\n",
        "self.{n} = {v}\n",
        "export {n}={v}\n",
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut blobs = Vec::new();
    let mut made = 0usize;
    while made < total {
        let mut s = String::with_capacity(64 * 1024 + 128);
        while s.len() < 64 * 1024 {
            let (n, v) = (rng.pick(NAMES), rng.pick(VALUES));
            s.push_str(&rng.pick(FORMS).replace("{n}", n).replace("{v}", v));
            if rng.below(4) == 0 {
                s.push_str(&format!(
                    "# validate the {} before use ({})\n",
                    n,
                    rng.below(100_000)
                ));
            }
        }
        made += s.len();
        blobs.push(s.into_bytes());
    }
    Input {
        name: "keyword-dense",
        origin: format!("{} generated 64 KiB blobs", blobs.len()),
        blobs,
    }
}

fn engine_throughput(c: &mut Criterion) {
    let mb: u64 = std::env::var("KEYHOUND_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32);
    let rules = RuleSet::builtin().expect("built-in rules");
    let prefilter = Prefilter::new(rules.rules()).expect("prefilter");
    let engine = Engine::new(rules).expect("engine");
    eprintln!(
        "engine bench: {} rules, {} prefilter keywords",
        engine.rules().len(),
        engine.keyword_count()
    );
    for input in [realistic(mb << 20), keyword_dense(8 << 20)] {
        // One untimed pass: compiles the lazily built regexes, and tells what the input triggers.
        let (mut hits, mut found) = (0usize, 0usize);
        for blob in &input.blobs {
            hits += prefilter.hits(engine.rules(), blob).len();
            found += engine.scan(blob).len();
        }
        eprintln!(
            "engine bench: {}: {} bytes, {}; {} prefilter hits, {} candidates",
            input.name,
            input.bytes(),
            input.origin,
            hits,
            found
        );
        let mut group = c.benchmark_group(input.name);
        group.throughput(Throughput::Bytes(input.bytes()));
        group.bench_function("scan", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for blob in &input.blobs {
                    n += engine.scan(black_box(blob)).len();
                }
                n
            })
        });
        group.bench_function("prefilter-only", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for blob in &input.blobs {
                    n += prefilter.hits(engine.rules(), black_box(blob)).len();
                }
                n
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(5));
    targets = engine_throughput
}
criterion_main!(benches);
