//! `keyhound scan`: builds the engine from the built-in rules and the config, runs the sources,
//! writes the report and picks the exit status.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use keyhound::config::Config;
use keyhound::engine::Engine;
use keyhound::findings::{self, baseline::Baseline};
use keyhound::report::{self, Format};
use keyhound::rules::{RuleSet, Severity};
use keyhound::scan::{Report, Scanner};
use keyhound::sources::{files, git, stdin};

use super::args::{BaselineArgs, FormatArg, ScanArgs};
use super::progress;
use super::{EXIT_CLEAN, EXIT_FINDINGS, EXIT_INCOMPLETE};

/// Loads the config for a scan: explicit, or discovered from the first path.
pub fn load_config(explicit: Option<&Path>, first: &Path) -> Result<Config> {
    Ok(match explicit {
        Some(path) => Config::load(path)?,
        None => Config::discover(first)?,
    })
}

/// Built-in rules with the config's `[rules]` applied; warns about unknown disabled ids.
pub fn load_engine(config: &Config) -> Result<Engine> {
    let mut rules = RuleSet::builtin()?;
    for id in config.apply(&mut rules)? {
        eprintln!("keyhound: warning: [rules] disable names unknown rule {id:?}");
    }
    Ok(Engine::new(rules)?)
}

pub fn run(args: ScanArgs) -> Result<i32> {
    let args = pre_commit_push_range(args);
    if args.explain {
        return super::explain::run(&args);
    }
    let (mut report, engine) = produce(&args)?;
    if let Some(path) = &args.baseline {
        let outcome = load_baseline(path, &engine)?.apply(&mut report.findings);
        report.summary.findings = report.findings.len();
        report.summary.baseline = Some(outcome);
    }
    finish(&args, &report, &engine)
}

/// `keyhound baseline`: scans as `keyhound scan` would and writes the findings' fingerprints.
pub fn baseline(args: BaselineArgs) -> Result<i32> {
    let Some(output) = args.scan.output.clone() else {
        bail!("keyhound baseline needs --output FILE");
    };
    let (mut report, engine) = produce(&args.scan)?;
    if let Some(path) = &args.scan.baseline {
        load_baseline(path, &engine)?.apply(&mut report.findings);
    }
    if let Some(from) = &args.from {
        let source = load_baseline(from, &engine)?;
        report.findings.retain(|f| source.hides(f));
    }
    let mut out = BufWriter::new(
        File::create(&output).with_context(|| format!("cannot create {}", output.display()))?,
    );
    findings::baseline::write(&report.findings, &mut out)
        .and_then(|_| out.flush())
        .with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!(
        "keyhound: wrote {} fingerprint(s) to {}",
        report.findings.len(),
        output.display()
    );
    Ok(if report.summary.complete {
        EXIT_CLEAN
    } else {
        EXIT_INCOMPLETE
    })
}

fn load_baseline(path: &Path, engine: &Engine) -> Result<Baseline> {
    let ids: Vec<&str> = engine.rules().iter().map(|r| r.id.as_str()).collect();
    Ok(Baseline::load(path, &ids)?)
}

/// Runs the scan `args` describe and returns its report, and the engine its rules came from.
fn produce(args: &ScanArgs) -> Result<(Report, Engine)> {
    if args.history || args.range.is_some() || args.staged {
        return produce_git(args);
    }
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let read_stdin = paths.iter().any(|p| p.as_os_str() == "-");
    let disk: Vec<PathBuf> = paths.into_iter().filter(|p| p.as_os_str() != "-").collect();
    for p in &disk {
        if std::fs::symlink_metadata(p).is_err() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let first = disk.first().cloned().unwrap_or_else(|| PathBuf::from("."));
    let config = load_config(args.config.as_deref(), &first)?;
    let engine = load_engine(&config)?;
    let scanner = Scanner::new(&engine, &config, finding_options(args));
    progress::while_running(&scanner, || {
        files::scan(&disk, &walk_options(args), &scanner);
        if read_stdin {
            stdin::scan(&scanner, args.max_file_size);
        }
    });
    let report = scanner.finish();
    Ok((report, engine))
}

/// The pre-commit framework runs the same `keyhound scan --staged` at every stage; at pre-push it
/// sets `PRE_COMMIT_FROM_REF` and `PRE_COMMIT_TO_REF`, and what must be scanned is then the
/// pushed commits (`--range FROM..TO`), not the index. When a push includes a root commit it sets
/// no FROM/TO, only the branches: then scan what no remote-tracking branch has (`..LOCAL`).
fn pre_commit_push_range(mut args: ScanArgs) -> ScanArgs {
    let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
    if !args.staged {
        return args;
    }
    let range = match (var("PRE_COMMIT_FROM_REF"), var("PRE_COMMIT_TO_REF")) {
        (Some(from), Some(to)) => Some(format!("{from}..{to}")),
        _ => var("PRE_COMMIT_REMOTE_BRANCH")
            .and(var("PRE_COMMIT_LOCAL_BRANCH"))
            .map(|local| format!("..{local}")),
    };
    if range.is_some() {
        args.staged = false;
        args.range = range;
    }
    args
}

/// `--history`, `--range` and `--staged`: the repository is the one path given (default ".").
fn produce_git(args: &ScanArgs) -> Result<(Report, Engine)> {
    if args.paths.len() > 1 || args.paths.iter().any(|p| p.as_os_str() == "-") {
        bail!("--history, --range and --staged take one repository path");
    }
    let path = args
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    let repo = git::open(&path)?;
    let root = repo.workdir().map(Path::to_path_buf);
    let config = load_config(
        args.config.as_deref(),
        root.as_deref().unwrap_or(repo.git_dir()),
    )?;
    let engine = load_engine(&config)?;
    let scanner = Scanner::new(&engine, &config, finding_options(args));
    let report = if let Some(spec) = &args.range {
        git::range::scan(&repo, spec, scanner, &engine, &config, args.max_file_size)?
    } else if args.staged {
        git::staged::scan(&repo, scanner, args.max_file_size)?
    } else {
        history(&repo, scanner, &walk_options(args))?
    };
    Ok((report, engine))
}

/// Every blob in `repo`'s history, attributed to its commits, plus the working tree's files that
/// history does not hold (uncommitted and untracked): `scan --history`, and `ci` on events that
/// scan everything. `walk` also gives the size cap and thread count for the object database.
pub fn history(
    repo: &gix::Repository,
    scanner: Scanner,
    walk: &files::WalkOptions,
) -> Result<Report> {
    let odb = git::odb::Options {
        max_blob_size: walk.max_file_size,
        threads: walk.threads,
    };
    let (engine, config, options) = scanner.parts();
    let blobs = progress::while_running(&scanner, || git::odb::scan(repo, &scanner, odb));
    let mut report = scanner.finish();
    git::history::attribute(repo, &mut report, engine, config)?;
    if let Some(root) = repo.workdir() {
        let tree = Scanner::new(engine, config, options).with_known_blobs(&blobs);
        progress::while_running(&tree, || files::scan(&[root.to_path_buf()], walk, &tree));
        report.merge(tree.finish());
    }
    Ok(report)
}

fn finding_options(args: &ScanArgs) -> findings::Options {
    findings::Options {
        show_secrets: args.show_secrets,
        min_severity: args.min_severity.into(),
    }
}

fn walk_options(args: &ScanArgs) -> files::WalkOptions {
    files::WalkOptions {
        no_ignore: args.no_ignore,
        follow_links: args.follow,
        max_file_size: args.max_file_size,
        threads: args.threads,
    }
}

/// Writes the report and returns the exit status.
fn finish(args: &ScanArgs, report: &Report, engine: &Engine) -> Result<i32> {
    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
    };
    write_report(format, report, engine, args.output.as_deref())?;
    Ok(exit_code(report))
}

/// Writes the report to `output` or standard output.
pub fn write_report(
    format: Format,
    report: &Report,
    engine: &Engine,
    output: Option<&Path>,
) -> Result<()> {
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let written = report::write(format, report, engine.rules(), &mut out).and_then(|_| out.flush());
    match written {
        // A closed pipe (`keyhound scan | head`) is not an error worth reporting.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write the report"),
    }
}

/// 1 when a secret was found, else 3 when something could not be read, else 0. Keys that are
/// public by design (severity `info`) are reported but never fail a scan on their own.
pub fn exit_code(report: &Report) -> i32 {
    if report.findings.iter().any(|f| f.severity > Severity::Info) {
        EXIT_FINDINGS
    } else if !report.summary.complete {
        EXIT_INCOMPLETE
    } else {
        EXIT_CLEAN
    }
}
