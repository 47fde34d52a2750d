//! Baselines: accepted findings stay hidden across line shifts, moves and re-clones; entries that
//! match nothing are named; gitleaks allowlists convert to fingerprints.

mod common;

use common::{assert_contains, Gen, Workspace};

fn json(ws: &Workspace, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["scan", "--format", "json", "src"];
    args.extend_from_slice(extra);
    ws.run(&args).json()
}

#[test]
fn a_baseline_hides_findings_across_shifts_and_moves_and_names_stale_entries() {
    let ws = Workspace::new();
    let mut gen = Gen::new(21);
    let (old, other) = (gen.stripe_live(), gen.stripe_live());
    ws.write("src/billing.env", format!("KEY={old}\nOTHER={other}\n"));
    let wrote = ws.run(&["baseline", "src", "--output", "keyhound.baseline"]);
    assert_eq!(wrote.code, 0, "{}", wrote.stderr);
    let text = std::fs::read_to_string(ws.path().join("keyhound.baseline")).unwrap();
    let entries: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(entries.len(), 2);
    let mut sorted = entries.clone();
    sorted.sort();
    assert_eq!(entries, sorted, "sorted, so diffs stay small");
    assert!(!text.contains(&old) && !text.contains("billing") && !text.contains(":1"));

    // Shift the lines, move the file, add a new secret.
    let new = gen.stripe_live();
    std::fs::remove_file(ws.path().join("src/billing.env")).unwrap();
    ws.write(
        "src/config/moved.env",
        format!("# moved\n\nKEY={old}\nOTHER={other}\nNEW={new}\n"),
    );
    let report = json(&ws, &["--baseline", "keyhound.baseline"]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "only the new secret");
    assert_eq!(findings[0]["line"], 5);
    assert_eq!(report["summary"]["baseline"]["hidden"], 2);

    // Once a secret is removed its entry matches nothing and is named.
    ws.write("src/config/moved.env", format!("OTHER={other}\n"));
    let report = json(&ws, &["--baseline", "keyhound.baseline"]);
    let unmatched = report["summary"]["baseline"]["unmatched"]
        .as_array()
        .unwrap();
    assert_eq!(unmatched.len(), 1);
    let text_run = ws.run(&["scan", "src", "--baseline", "keyhound.baseline"]);
    assert_eq!(text_run.code, 0);
    assert_contains(&text_run.stdout, "1 hidden by the baseline");
    assert_contains(&text_run.stdout, "matched nothing and can be removed");
}

#[test]
fn gitleaksignore_entries_hide_by_position_and_convert_to_fingerprints() {
    let ws = Workspace::new();
    let key = Gen::new(22).stripe_live();
    ws.write("src/app.env", format!("A=1\nKEY={key}\n"));
    ws.write(".gitleaksignore", "src/app.env:stripe-access-token:2\n");
    let hidden = json(&ws, &["--baseline", ".gitleaksignore"]);
    assert_eq!(hidden["findings"].as_array().unwrap().len(), 0);
    // Converted, the entry survives the line shift that breaks the positional one.
    let converted = ws.run(&[
        "baseline",
        "src",
        "--from",
        ".gitleaksignore",
        "--output",
        "keyhound.baseline",
    ]);
    assert_eq!(converted.code, 0, "{}", converted.stderr);
    ws.write("src/app.env", format!("A=1\nB=2\nKEY={key}\n"));
    let positional = json(&ws, &["--baseline", ".gitleaksignore"]);
    assert_eq!(positional["findings"].as_array().unwrap().len(), 1);
    let by_value = json(&ws, &["--baseline", "keyhound.baseline"]);
    assert_eq!(by_value["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn a_gitleaks_report_with_secrets_hides_by_value() {
    let ws = Workspace::new();
    let key = Gen::new(23).stripe_live();
    ws.write("src/app.env", format!("\n\n\nKEY={key}\n"));
    let report = serde_json::json!([{
        "RuleID": "stripe-access-token", "File": "elsewhere/old.env", "StartLine": 1,
        "Secret": key, "Commit": "", "Match": "", "Fingerprint": ""
    }]);
    ws.write("gitleaks.json", report.to_string());
    let run = json(&ws, &["--baseline", "gitleaks.json"]);
    assert_eq!(run["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn an_unreadable_baseline_is_an_error() {
    let ws = Workspace::new();
    ws.write("src/a.txt", "hi\n");
    ws.write("bad.baseline", "this is not a baseline\n");
    assert_eq!(
        ws.run(&["scan", "src", "--baseline", "bad.baseline"]).code,
        2
    );
    assert_eq!(ws.run(&["scan", "src", "--baseline", "missing"]).code, 2);
    assert_eq!(ws.run(&["baseline", "src"]).code, 2, "needs --output");
}
