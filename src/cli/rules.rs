//! `keyhound rules list | show ID | check [FILES...]`.

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::{bail, Context, Result};

use keyhound::rules::{check, Rule, RuleSet};

use super::args::{RulesArgs, RulesCommand};
use super::{EXIT_CLEAN, EXIT_FINDINGS};

pub fn run(args: RulesArgs) -> Result<i32> {
    let mut out = String::new();
    let code = render(args, &mut out)?;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`keyhound rules list | head`) is not an error worth reporting.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to standard output")
        }
        _ => Ok(code),
    }
}

/// Writes the command's output to `out` and returns its exit code.
fn render(args: RulesArgs, out: &mut String) -> Result<i32> {
    let mut rules = RuleSet::builtin()?;
    match args.command {
        RulesCommand::List => {
            for r in rules.rules() {
                writeln!(
                    out,
                    "{:<40} {:<8} {:<6} {}",
                    r.id,
                    r.severity,
                    r.confidence.as_str(),
                    r.name
                )?;
            }
            let providers: std::collections::BTreeSet<&str> =
                rules.rules().iter().map(|r| r.provider.as_str()).collect();
            writeln!(out, "{} rules, {} providers", rules.len(), providers.len())?;
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Show { id } => {
            let Some(rule) = rules.get(&id) else {
                bail!("no rule {id:?} (see `keyhound rules list`)");
            };
            show(rule, out)?;
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Check { files } => {
            for f in &files {
                let text = std::fs::read_to_string(f)
                    .with_context(|| format!("cannot read {}", f.display()))?;
                rules.add_file(&f.to_string_lossy(), &text)?;
            }
            let problems = check::check(&rules)?;
            for p in &problems {
                writeln!(out, "{}: {}", p.rule, p.message)?;
            }
            let examples: usize = rules
                .rules()
                .iter()
                .map(|r| r.examples.len() + r.negative_examples.len())
                .sum();
            writeln!(
                out,
                "{} rules checked ({} examples): {} problem{}",
                rules.len(),
                examples,
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            )?;
            Ok(if problems.is_empty() {
                EXIT_CLEAN
            } else {
                EXIT_FINDINGS
            })
        }
    }
}

fn show(r: &Rule, out: &mut String) -> std::fmt::Result {
    writeln!(out, "id:         {}", r.id)?;
    writeln!(out, "name:       {}", r.name)?;
    writeln!(out, "provider:   {}", r.provider)?;
    writeln!(out, "severity:   {}", r.severity)?;
    writeln!(out, "confidence: {}", r.confidence.as_str())?;
    writeln!(out, "keywords:   {}", r.keywords.join(", "))?;
    writeln!(out, "pattern:    {}", r.pattern)?;
    if let Some(c) = &r.companion {
        writeln!(
            out,
            "companion:  {} within {} bytes{}: {}",
            c.name,
            c.within,
            match (c.required, c.evidence) {
                (true, true) => ", required evidence",
                (true, false) => ", required",
                (false, true) => ", evidence",
                (false, false) => "",
            },
            c.pattern
        )?;
    }
    if !r.checks.is_empty() {
        let names: Vec<String> = r.checks.iter().map(ToString::to_string).collect();
        writeln!(out, "checks:     {}", names.join(", "))?;
    }
    if let Some(e) = r.exposure {
        writeln!(out, "exposure:   {}", e.as_str())?;
    }
    writeln!(out, "source:     {}", r.source)?;
    writeln!(out, "\nHow to rotate: {}", r.rotation.summary)?;
    for (n, s) in r.rotation.steps.iter().enumerate() {
        writeln!(out, "  {}. {s}", n + 1)?;
    }
    writeln!(out, "Docs: {}", r.rotation.docs)
}
