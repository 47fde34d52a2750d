//! `keyhound ci`: the GitHub Actions entry point (design §7). Reads the workflow's event, scans
//! what it introduced (a pull request's or push's commits, or all history for other events) with
//! the config of the base commit, writes SARIF, annotations on standard output and a job
//! summary. The decisions and renderings live in `keyhound::integrations::github`; this is glue.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use keyhound::config::Config;
use keyhound::engine::Engine;
use keyhound::findings;
use keyhound::integrations::github::{self, annotate, summary, Plan};
use keyhound::report::Format;
use keyhound::rules::Severity;
use keyhound::scan::{Report, Scanner};
use keyhound::sources::{files, git};

use super::args::CiArgs;
use super::scan::{exit_code, load_engine, write_report};

/// What to add to an error caused by history the runner's clone does not have.
const FETCH_DEPTH_FIX: &str = "keyhound ci needs the history of the whole range: check the \
repository out with `actions/checkout` and `fetch-depth: 0`:\n  - uses: actions/checkout@v4\n    \
with:\n      fetch-depth: 0";

/// What was scanned and with which config, for the summary.
struct Scanned {
    report: Report,
    engine: Engine,
    context: summary::Context,
}

pub fn run(args: CiArgs) -> Result<i32> {
    let name = env("GITHUB_EVENT_NAME")?;
    let event_path = env("GITHUB_EVENT_PATH")?;
    let payload = std::fs::read_to_string(&event_path)
        .with_context(|| format!("cannot read the event payload GITHUB_EVENT_PATH={event_path}"))?;
    let plan = github::plan(&name, &payload)?;
    let repo_path = args.repo.clone().unwrap_or_else(|| PathBuf::from("."));
    let sarif = args.sarif.display().to_string();
    let scanned = match plan {
        Plan::Nothing { why } => {
            eprintln!("keyhound: {why}");
            let config = Config::default();
            let engine = load_engine(&config)?;
            let mut report = Report::default();
            report.summary.complete = true;
            Scanned {
                report,
                engine,
                context: summary::Context {
                    scope: escape_md(&why),
                    config: "not needed".to_string(),
                    sarif: None,
                },
            }
        }
        plan => scan(&args, &repo_path, &name, plan)?,
    };
    let Scanned {
        report,
        engine,
        mut context,
    } = scanned;
    write_report(Format::Sarif, &report, &engine, Some(&args.sarif))?;
    context.sarif = Some(sarif.clone());
    let mut out = std::io::stdout().lock();
    for line in annotate::annotations(&report.findings, annotate::MAX_ANNOTATIONS) {
        writeln!(out, "{line}").context("cannot write annotations")?;
    }
    drop(out);
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        let text = summary::render(&report, &context, summary::Limits::default());
        append(Path::new(&path), &text)?;
    }
    let failing = report
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .count();
    eprintln!(
        "keyhound: {} findings ({failing} failing the job) in {}; SARIF written to {sarif}{}",
        report.findings.len(),
        context.scope,
        if report.summary.complete {
            ""
        } else {
            "; the scan was incomplete"
        }
    );
    Ok(exit_code(&report))
}

/// A required GitHub Actions variable.
fn env(name: &str) -> Result<String> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            anyhow!(
                "{name} is not set: `keyhound ci` runs inside a GitHub Actions job; elsewhere use \
             `keyhound scan` (with --range BASE..HEAD or --history)"
            )
        })
}

/// Scans what `plan` names, with the config it calls for.
fn scan(args: &CiArgs, repo_path: &Path, event: &str, plan: Plan) -> Result<Scanned> {
    let repo = git::open(repo_path)?;
    let root = repo
        .workdir()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| repo.git_dir().to_path_buf());
    // Config globs are matched against absolute paths.
    let root = std::path::absolute(&root).unwrap_or(root);
    let options = findings::Options {
        show_secrets: false,
        min_severity: Severity::Info,
    };
    let explicit = || -> Result<Option<(Config, String)>> {
        Ok(match &args.config {
            Some(path) => Some((
                Config::load(path)?,
                format!("{} (--config)", escape_md(&path.display().to_string())),
            )),
            None => None,
        })
    };
    match plan {
        Plan::Range {
            base,
            head,
            forced,
            branch,
            default_branch,
        } => {
            if forced && repo.find_object(hex(&base)?).is_err() {
                eprintln!(
                    "keyhound: the force push replaced {}, which this clone does not have: \
                     scanning the commits no other branch has",
                    short(&base)
                );
                return new_branch(args, &repo, &root, head, branch, default_branch);
            }
            let (config, described) = match explicit()? {
                Some(c) => c,
                None => base_config(&repo, &base, &root)?,
            };
            let engine = load_engine(&config)?;
            let scanner = Scanner::new(&engine, &config, options);
            let spec = format!("{base}..{head}");
            let report =
                git::range::scan(&repo, &spec, scanner, &engine, &config, args.max_file_size)
                    .map_err(with_fix)?;
            let what = if event == "push" {
                "push"
            } else {
                "pull request"
            };
            Ok(Scanned {
                report,
                engine,
                context: summary::Context {
                    scope: format!("{what} range {}..{}", short(&base), short(&head)),
                    config: described,
                    sarif: None,
                },
            })
        }
        Plan::NewBranch {
            head,
            branch,
            default_branch,
        } => new_branch(args, &repo, &root, head, branch, default_branch),
        Plan::History { event } => {
            let (config, described) = match explicit()? {
                Some(c) => c,
                None => {
                    let config = Config::discover(&root)?;
                    let described = config.file.as_ref().map_or_else(
                        || "none (no `.keyhound.toml` in the working tree)".to_string(),
                        |f| {
                            let f = escape_md(&f.display().to_string());
                            format!("{f} from the working tree")
                        },
                    );
                    (config, described)
                }
            };
            let engine = load_engine(&config)?;
            let walk = files::WalkOptions {
                no_ignore: false,
                follow_links: false,
                max_file_size: args.max_file_size,
                threads: args.threads,
            };
            let scanner = Scanner::new(&engine, &config, options);
            let report = super::scan::history(&repo, scanner, &walk)?;
            Ok(Scanned {
                report,
                engine,
                context: summary::Context {
                    scope: format!("full history ({} event)", escape_md(&event)),
                    config: described,
                    sarif: None,
                },
            })
        }
        Plan::Nothing { .. } => unreachable!("handled by the caller"),
    }
}

/// A new branch (or a force push whose old tip is gone): the commits of `head` that no other
/// remote-tracking branch holds, with the default branch's config when the clone has it.
fn new_branch(
    args: &CiArgs,
    repo: &gix::Repository,
    root: &Path,
    head: String,
    branch: Option<String>,
    default_branch: Option<String>,
) -> Result<Scanned> {
    let default_ref = default_branch
        .filter(|d| Some(d) != branch.as_ref())
        .map(|d| format!("refs/remotes/origin/{d}"))
        .filter(|r| repo.rev_parse_single(r.as_str()).is_ok());
    let (config, described) = match (&args.config, default_ref) {
        (Some(path), _) => (
            Config::load(path)?,
            format!("{} (--config)", escape_md(&path.display().to_string())),
        ),
        (None, Some(reference)) => base_config(repo, &reference, root)?,
        (None, None) => {
            let config = Config::discover(root)?;
            let described = config.file.as_ref().map_or_else(
                || "none (no `.keyhound.toml` in the working tree)".to_string(),
                |f| {
                    format!(
                        "{} from the working tree (the default branch is not in this clone)",
                        escape_md(&f.display().to_string())
                    )
                },
            );
            (config, described)
        }
    };
    let engine = load_engine(&config)?;
    let scanner = Scanner::new(
        &engine,
        &config,
        findings::Options {
            show_secrets: false,
            min_severity: Severity::Info,
        },
    );
    let hidden = git::new_branch::hidden_tips(repo, branch.as_deref())?;
    let label = format!("new branch {}", branch.as_deref().unwrap_or("(unnamed)"));
    let range =
        git::range::changes_between(repo, &label, hex(&head)?, &hidden).map_err(with_fix)?;
    let commits = range.commits.len();
    let report =
        git::range::scan_changes(repo, &range, scanner, &engine, &config, args.max_file_size)
            .map_err(with_fix)?;
    Ok(Scanned {
        report,
        engine,
        context: summary::Context {
            scope: format!(
                "{} ({commits} commits no other branch has, up to {})",
                escape_md(&label),
                short(&head)
            ),
            config: described,
            sarif: None,
        },
    })
}

/// `.keyhound.toml` as commit `rev` holds it, and how the summary describes it. A commit without
/// the file means an empty config: never the working tree's, which the change controls.
fn base_config(repo: &gix::Repository, rev: &str, root: &Path) -> Result<(Config, String)> {
    let shown = if rev.len() == 40 || rev.len() == 64 {
        short(rev)
    } else {
        rev.to_string()
    };
    Ok(
        match git::config_at::load(repo, rev, root).map_err(with_fix)? {
            Some(config) => (
                config,
                format!("`.keyhound.toml` from the base, {}", escape_md(&shown)),
            ),
            None => (
                Config::default(),
                format!(
                    "none (the base, {}, has no `.keyhound.toml`)",
                    escape_md(&shown)
                ),
            ),
        },
    )
}

/// Adds the checkout fix to an error about missing history.
fn with_fix(e: keyhound::Error) -> anyhow::Error {
    anyhow!("{e}\n{FETCH_DEPTH_FIX}")
}

fn hex(sha: &str) -> Result<gix::ObjectId> {
    gix::ObjectId::from_hex(sha.as_bytes()).map_err(|e| anyhow!("{sha:?} is not a commit id: {e}"))
}

/// The 7-character form of a commit id, as GitHub shows it.
fn short(sha: &str) -> String {
    sha.chars().take(7).collect()
}

fn escape_md(text: &str) -> String {
    summary::escape(text, 300)
}

/// Appends `text` to the job summary file.
fn append(path: &Path, text: &str) -> Result<()> {
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot open the job summary {}", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write the job summary {}", path.display()))
}
