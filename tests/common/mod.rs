//! Shared helpers for integration tests: a temporary workspace, a runner for the built binary, and
//! generators of synthetic, format-correct credentials. Credentials are generated at test time from
//! a fixed seed, so no token is stored in the test sources.
#![allow(dead_code)]

pub mod git;
pub mod synth;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Deterministic xorshift generator: tests are reproducible and need no `rand` crate.
pub struct Gen(u64);

pub const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
pub const HEX: &[u8] = b"0123456789abcdef";
pub const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const UPPER32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

impl Gen {
    pub fn new(seed: u64) -> Gen {
        Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// `n` characters drawn from `alphabet`.
    pub fn chars(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize] as char)
            .collect()
    }

    /// A GitHub-style token: prefix, 30 random base62 characters, and the base62 CRC32 checksum.
    pub fn checksummed(&mut self, prefix: &str) -> String {
        let random = self.chars(BASE62, 30);
        let mut n = crc32fast::hash(random.as_bytes()) as u64;
        let mut sum = [b'0'; 6];
        for slot in sum.iter_mut().rev() {
            *slot = BASE62[(n % 62) as usize];
            n /= 62;
        }
        format!("{prefix}{random}{}", String::from_utf8_lossy(&sum))
    }

    pub fn stripe_live(&mut self) -> String {
        format!("sk_live_{}", self.chars(BASE62, 48))
    }

    pub fn aws_key_id(&mut self) -> String {
        format!("AKIA{}", self.chars(UPPER32, 16))
    }

    pub fn aws_secret(&mut self) -> String {
        self.chars(BASE64, 40)
    }
}

/// A temporary directory with helpers to write files into it.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `content` to `rel`, creating parent directories.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, content).expect("write");
        path
    }

    /// Runs `keyhound ARGS` with the workspace as the current directory.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args, None)
    }

    /// Runs `keyhound ARGS` with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        run_in(self.path(), args, Some(input))
    }
}

/// The result of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }

    /// Rule ids of the findings in a JSON report.
    pub fn rule_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.json()["findings"]
            .as_array()
            .expect("findings array")
            .iter()
            .map(|f| f["rule_id"].as_str().unwrap_or_default().to_string())
            .collect();
        ids.sort();
        ids
    }
}

pub fn run_in(dir: &Path, args: &[&str], input: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_keyhound"));
    cmd.args(args)
        .current_dir(dir)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn keyhound");
    if let Some(input) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(input).expect("write stdin");
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Asserts that `text` contains `needle`, printing `text` when it does not.
#[track_caller]
pub fn assert_contains(text: &str, needle: &str) {
    assert!(text.contains(needle), "expected {needle:?} in:\n{text}");
}

/// A small user rule file (`team-token`, keyword `tmtk_`) for tests of `rules check` and of
/// extra rule files: the pattern, one example and one negative example are the test's to choose.
pub fn team_rule(pattern: &str, example: &str, negative: &str) -> String {
    format!(
        r#"[[rule]]
id = "team-token"
name = "Team token"
severity = "high"
confidence = "high"
keywords = ["tmtk_"]
pattern = '''{pattern}'''
examples = ["{example}"]
negative_examples = ["{negative}"]
[rule.rotation]
summary = "Revoke it in the team console."
docs = "https://internal.invalid/tokens"
revoke = "ui"
"#
    )
}
