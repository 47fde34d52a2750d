//! Argument definitions, kept apart from the code that acts on them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// keyhound: find leaked credentials in files, git history and build output, and learn how to
/// rotate each one.
#[derive(Debug, Parser)]
#[command(name = "keyhound", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (default "."), or standard input ("-").
    Scan(ScanArgs),
    /// List, show or check the detection rules.
    Rules(RulesArgs),
    /// Write the fingerprints of the current findings to --output, to hide them from later scans
    /// with --baseline.
    Baseline(BaselineArgs),
    /// GitHub Actions entry point: scan what the workflow's event introduced, write SARIF,
    /// annotations and a job summary.
    Ci(CiArgs),
    /// Install or remove the git hook that runs keyhound before each commit (or push).
    Hook(HookArgs),
}

/// Report formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Sarif,
}

/// Severity levels, worst last.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SeverityArg {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl From<SeverityArg> for keyhound::rules::Severity {
    fn from(s: SeverityArg) -> Self {
        use keyhound::rules::Severity;
        match s {
            SeverityArg::Info => Severity::Info,
            SeverityArg::Low => Severity::Low,
            SeverityArg::Medium => Severity::Medium,
            SeverityArg::High => Severity::High,
            SeverityArg::Critical => Severity::Critical,
        }
    }
}

/// `keyhound baseline`: the scan options, plus where the baseline comes from.
#[derive(Debug, Args)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Keep only the findings that FILE (a .gitleaksignore or a gitleaks JSON report) hides:
    /// converts a gitleaks allowlist into fingerprints that survive line shifts.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan; "-" reads standard input. With --history or --range: the
    /// repository (default ".").
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Scan every blob in the repository's history (all branches, tags and unreachable objects)
    /// once, plus the working tree's files that history does not hold; findings name the commit
    /// that introduced them and whether HEAD still has them.
    #[arg(long, conflicts_with = "range")]
    pub history: bool,
    /// Scan only what the commits in BASE..HEAD introduced (a pull request), merges included.
    #[arg(long, value_name = "BASE..HEAD", conflicts_with = "staged")]
    pub range: Option<String>,
    /// Scan only what is staged for commit: lines added in the index relative to HEAD.
    #[arg(long, conflicts_with = "history")]
    pub staged: bool,
    /// Explain instead of report: for each FILE (or FILE:LINE), every keyword hit, every regex
    /// match, and why it was reported, dropped by a filter, or allowed.
    #[arg(long, conflicts_with_all = ["history", "range", "staged"])]
    pub explain: bool,
    /// Hide findings listed in FILE: a keyhound baseline, a .gitleaksignore or a gitleaks JSON
    /// report.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Report format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print secrets in full (they are redacted by default, everywhere).
    #[arg(long)]
    pub show_secrets: bool,
    /// Also scan files that .gitignore and .ignore exclude.
    #[arg(long)]
    pub no_ignore: bool,
    /// Follow symbolic links (loops are reported and skipped).
    #[arg(long, short = 'L')]
    pub follow: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Configuration file (default: .keyhound.toml at the repository root).
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Report only findings of this severity or worse; the exit status follows what is reported.
    #[arg(long, value_enum, value_name = "LEVEL", default_value = "info")]
    pub min_severity: SeverityArg,
    /// Skip and report files larger than this (bytes, or with K, M, G suffix).
    #[arg(long, value_name = "SIZE", default_value = "100M", value_parser = parse_size)]
    pub max_file_size: u64,
}

/// `keyhound ci`: everything else comes from the GitHub Actions environment
/// (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`, `GITHUB_STEP_SUMMARY`). Secrets are always
/// redacted: there is no `--show-secrets` here, because CI logs are shared.
#[derive(Debug, Args)]
pub struct CiArgs {
    /// The repository (default ".").
    #[arg(value_name = "REPO")]
    pub repo: Option<PathBuf>,
    /// Where to write the SARIF report.
    #[arg(long, value_name = "FILE", default_value = "keyhound.sarif")]
    pub sarif: PathBuf,
    /// Configuration file. Without it, `.keyhound.toml` is read from the base commit of a pull
    /// request or push (never from the change under review), or from the working tree for
    /// full-history events.
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Skip and report files larger than this (bytes, or with K, M, G suffix).
    #[arg(long, value_name = "SIZE", default_value = "100M", value_parser = parse_size)]
    pub max_file_size: u64,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: RulesCommand,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every rule: id, severity, confidence, name.
    List,
    /// Show one rule in full, with its rotation guidance.
    Show {
        /// Rule id.
        id: String,
    },
    /// Validate rules: built-in ones, plus the given rule files.
    Check {
        /// Extra rule files to check together with the built-in rules.
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct HookArgs {
    #[command(subcommand)]
    pub command: HookCommand,
}

#[derive(Debug, Subcommand)]
pub enum HookCommand {
    /// Install the hook where git looks for it (core.hooksPath, else the shared .git/hooks). An
    /// existing hook is kept and run first (chained), never overwritten.
    Install {
        /// Install a pre-push hook (scans the commits being pushed) instead of pre-commit.
        #[arg(long)]
        pre_push: bool,
        /// Install even over a hook keyhound cannot chain (a symbolic link, a directory, a husky
        /// wrapper): it is moved to <hook>.keyhound-backup and no longer runs.
        #[arg(long)]
        force: bool,
        /// The repository (default: the one containing the current directory).
        #[arg(long, value_name = "PATH", default_value = ".")]
        repo: PathBuf,
    },
    /// Remove keyhound's hook and put back the hook it chained.
    Uninstall {
        /// Remove the pre-push hook instead of pre-commit.
        #[arg(long)]
        pre_push: bool,
        /// The repository (default: the one containing the current directory).
        #[arg(long, value_name = "PATH", default_value = ".")]
        repo: PathBuf,
    },
}

/// Parses "1048576", "512K", "100M", "1G" (binary units; an optional trailing "B" or "iB").
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, 'K' | 'k')) => (&t[..i], 10),
        Some((i, 'M' | 'm')) => (&t[..i], 20),
        Some((i, 'G' | 'g')) => (&t[..i], 30),
        _ => (t, 0),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("invalid size {text:?}: use bytes or a K, M or G suffix"))?;
    n.checked_shl(shift)
        .filter(|v| v >> shift == n)
        .ok_or_else(|| format!("size {text:?} is too large"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_with_binary_suffixes() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("4K"), Ok(4096));
        assert_eq!(parse_size("100M"), Ok(100 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("ten").is_err());
    }
}
