//! Every built-in rule's examples and negative examples, written to real files and scanned through
//! the CLI: each example is found by its own rule, and no negative example is reported by any rule.
//! `keyhound rules check` runs the same data through the engine alone; this covers the file source,
//! filters and reporting on top.

mod common;

use std::collections::BTreeMap;

use common::Workspace;
use keyhound::rules::RuleSet;

#[test]
fn every_example_is_found_by_its_rule_and_no_negative_is_reported() {
    let rules = RuleSet::builtin().expect("built-in rules");
    let ws = Workspace::new();
    let mut expected: BTreeMap<String, String> = BTreeMap::new();
    for (i, rule) in rules.rules().iter().enumerate() {
        for (j, example) in rule.examples.iter().enumerate() {
            let path = format!("pos/{i:03}-{j}.txt");
            ws.write(&path, example);
            expected.insert(path, rule.id.clone());
        }
        for (j, negative) in rule.negative_examples.iter().enumerate() {
            ws.write(&format!("neg/{i:03}-{j}.txt"), negative);
        }
    }

    let run = ws.run(&["scan", "--format", "json", "pos", "neg"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in report["findings"].as_array().expect("findings") {
        let path = f["path"].as_str().expect("path").to_string();
        assert!(
            !path.starts_with("neg/"),
            "negative example {path} reported by {}",
            f["rule_id"]
        );
        found
            .entry(path)
            .or_default()
            .push(f["rule_id"].as_str().expect("rule_id").to_string());
    }
    let missed: Vec<String> = expected
        .iter()
        .filter(|(path, id)| !found.get(*path).is_some_and(|ids| ids.contains(id)))
        .map(|(path, id)| format!("{id} ({path})"))
        .collect();
    assert!(missed.is_empty(), "examples not found: {missed:?}");
}
