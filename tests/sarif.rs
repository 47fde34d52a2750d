//! SARIF output as GitHub code scanning needs it (design §7). One file per rule example is scanned,
//! so every rule's descriptor is exercised. When `KEYHOUND_SARIF_VALIDATOR` names Microsoft's
//! `Sarif.Multitool` (CI installs it from npm), the log is also validated with GitHub's rules and
//! any error fails the test.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::Workspace;
use keyhound::rules::RuleSet;
use serde_json::Value;

fn all_examples_workspace() -> (Workspace, usize) {
    let ws = Workspace::new();
    let rules = RuleSet::builtin().expect("built-in rules");
    for (i, rule) in rules.rules().iter().enumerate() {
        for (j, example) in rule.examples.iter().enumerate() {
            ws.write(&format!("examples/{i:03}-{j}-{}.txt", rule.id), example);
        }
    }
    (ws, rules.len())
}

#[test]
fn sarif_has_what_github_code_scanning_requires() {
    let (ws, rule_count) = all_examples_workspace();
    let run = ws.run(&["scan", "--format", "sarif", "--output", "out.sarif"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let text = std::fs::read_to_string(ws.path().join("out.sarif")).unwrap();
    let log: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "keyhound");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(
        rules.len(),
        rule_count,
        "every rule fired once on its examples"
    );
    let ids: BTreeSet<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), rules.len(), "rule descriptors are unique");
    for r in rules {
        for field in ["shortDescription", "fullDescription"] {
            let t = r[field]["text"].as_str().unwrap();
            assert!(!t.is_empty() && t.len() <= 1024, "{field} of {}", r["id"]);
        }
        assert!(!r["help"]["text"].as_str().unwrap().is_empty());
        assert!(r["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("How to rotate"));
        assert!(r["helpUri"].as_str().unwrap().starts_with("https://"));
        let tags = r["properties"]["tags"].as_array().unwrap();
        assert!(tags.iter().any(|t| t == "security"));
        let score: f64 = r["properties"]["security-severity"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((0.1..=10.0).contains(&score));
        assert!(["very-high", "high", "medium", "low"]
            .contains(&r["properties"]["precision"].as_str().unwrap()));
    }
    let results = runs[0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let index = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[index]["id"], res["ruleId"],
            "ruleIndex agrees with ruleId"
        );
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.starts_with("examples/"), "relative uri: {uri}");
        let region = &loc["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        assert!(
            region["endColumn"].as_u64().unwrap() > region["startColumn"].as_u64().unwrap()
                || region["endLine"].as_u64().unwrap() > region["startLine"].as_u64().unwrap()
        );
        let hash = res["partialFingerprints"]["primaryLocationLineHash"]
            .as_str()
            .unwrap();
        assert!(hash.contains(':'));
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
    }
    // No example secret appears anywhere in the log. A rule whose match is a variable name
    // (`name_only`) shows it unredacted on purpose: that name is no secret.
    let builtin = RuleSet::builtin().expect("built-in rules");
    let names_only: BTreeSet<&str> = builtin
        .rules()
        .iter()
        .filter(|r| r.name_only)
        .map(|r| r.id.as_str())
        .collect();
    let shown = ws.run(&["scan", "--format", "json", "--show-secrets", "examples"]);
    for f in shown.json()["findings"].as_array().unwrap() {
        if names_only.contains(f["rule_id"].as_str().unwrap()) {
            continue;
        }
        let secret = f["secret"].as_str().unwrap();
        assert!(
            !text.contains(secret),
            "SARIF leaks the secret of {}",
            f["rule_id"]
        );
    }
    validate_with_multitool(&ws.path().join("out.sarif"));
}

#[test]
fn fingerprints_survive_a_line_shift() {
    let ws = Workspace::new();
    let key = common::Gen::new(40).stripe_live();
    ws.write("a.env", format!("K={key}\n"));
    let before = ws.run(&["scan", "--format", "sarif"]);
    ws.write("a.env", format!("# a new first line\n\nK={key}\n"));
    let after = ws.run(&["scan", "--format", "sarif"]);
    let hash = |run: &common::Run| {
        run.json()["runs"][0]["results"][0]["partialFingerprints"]["primaryLocationLineHash"]
            .clone()
    };
    assert_eq!(hash(&before), hash(&after));
    assert_ne!(
        before.json()["runs"][0]["results"][0]["locations"],
        after.json()["runs"][0]["results"][0]["locations"]
    );
}

/// Runs `Sarif.Multitool validate --rule-kind Gh;Sarif` when CI provides it, and fails on any
/// error-level result.
fn validate_with_multitool(file: &std::path::Path) {
    let Ok(tool) = std::env::var("KEYHOUND_SARIF_VALIDATOR") else {
        eprintln!("KEYHOUND_SARIF_VALIDATOR not set: structural checks only");
        return;
    };
    let out = file.with_extension("validation.sarif");
    let status = Command::new(&tool)
        .arg("validate")
        .arg(file)
        .args(["--rule-kind", "Gh;Sarif", "-o"])
        .arg(&out)
        .output()
        .expect("run Sarif.Multitool");
    assert!(
        status.status.success(),
        "Sarif.Multitool failed: {}",
        String::from_utf8_lossy(&status.stdout)
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let errors: Vec<String> = report["runs"][0]["results"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .filter(|r| r["level"] == "error")
                .map(|r| format!("{} {}", r["ruleId"], r["message"]))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        errors.is_empty(),
        "SARIF validation errors:\n{}",
        errors.join("\n")
    );
}
