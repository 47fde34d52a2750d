//! `keyhound rules list | show ID | check [FILES...]`.

use anyhow::{bail, Context, Result};

use keyhound::rules::{check, Rule, RuleSet};

use super::args::{RulesArgs, RulesCommand};
use super::{EXIT_CLEAN, EXIT_FINDINGS};

pub fn run(args: RulesArgs) -> Result<i32> {
    let mut rules = RuleSet::builtin()?;
    match args.command {
        RulesCommand::List => {
            for r in rules.rules() {
                println!(
                    "{:<40} {:<8} {:<6} {}",
                    r.id,
                    r.severity,
                    r.confidence.as_str(),
                    r.name
                );
            }
            let providers: std::collections::BTreeSet<&str> =
                rules.rules().iter().map(|r| r.provider.as_str()).collect();
            println!("{} rules, {} providers", rules.len(), providers.len());
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Show { id } => {
            let Some(rule) = rules.get(&id) else {
                bail!("no rule {id:?} (see `keyhound rules list`)");
            };
            show(rule);
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
                println!("{}: {}", p.rule, p.message);
            }
            let examples: usize = rules
                .rules()
                .iter()
                .map(|r| r.examples.len() + r.negative_examples.len())
                .sum();
            println!(
                "{} rules checked ({} examples): {} problem{}",
                rules.len(),
                examples,
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            Ok(if problems.is_empty() {
                EXIT_CLEAN
            } else {
                EXIT_FINDINGS
            })
        }
    }
}

fn show(r: &Rule) {
    println!("id:         {}", r.id);
    println!("name:       {}", r.name);
    println!("provider:   {}", r.provider);
    println!("severity:   {}", r.severity);
    println!("confidence: {}", r.confidence.as_str());
    println!("keywords:   {}", r.keywords.join(", "));
    println!("pattern:    {}", r.pattern);
    if let Some(c) = &r.companion {
        println!(
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
        );
    }
    if !r.checks.is_empty() {
        let names: Vec<String> = r.checks.iter().map(ToString::to_string).collect();
        println!("checks:     {}", names.join(", "));
    }
    if let Some(e) = r.exposure {
        println!("exposure:   {}", e.as_str());
    }
    println!("source:     {}", r.source);
    println!("\nHow to rotate: {}", r.rotation.summary);
    for (n, s) in r.rotation.steps.iter().enumerate() {
        println!("  {}. {s}", n + 1);
    }
    println!("Docs: {}", r.rotation.docs);
}
