//! The command line as users meet it: exit codes, formats, stdin, ignore rules, binary files,
//! redaction, allowlists and bad input.

mod common;

use common::{assert_contains, team_rule, Gen, Workspace};

fn json_scan(ws: &Workspace, extra: &[&str]) -> common::Run {
    let mut args = vec!["scan", "--format", "json"];
    args.extend_from_slice(extra);
    ws.run(&args)
}

#[test]
fn clean_directory_exits_zero_and_reports_files() {
    let ws = Workspace::new();
    ws.write("src/main.rs", "fn main() { println!(\"hello\"); }\n");
    ws.write("README.md", "# nothing to see\n");
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    assert_eq!(report["version"], 1);
    assert_eq!(report["tool"]["name"], "keyhound");
    assert_eq!(report["summary"]["files"], 2);
    assert_eq!(report["summary"]["complete"], true);
    assert!(report["findings"].as_array().unwrap().is_empty());
}

#[test]
fn finding_exits_one_with_the_json_contract() {
    let ws = Workspace::new();
    let key = Gen::new(1).stripe_live();
    ws.write(
        "src/billing.ts",
        format!("// billing\nconst stripe = new Stripe(\"{key}\");\n"),
    );
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let f = &report["findings"][0];
    assert_eq!(f["rule_id"], "stripe-secret-key");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["confidence"], "high");
    assert_eq!(f["path"], "src/billing.ts");
    assert_eq!(f["line"], 2);
    assert_eq!(f["column"], 28);
    assert_eq!(f["end_line"], 2);
    assert_eq!(f["end_column"], 28 + key.len() as u64);
    assert!(f["fingerprint"].as_str().unwrap().starts_with("kh1:"));
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 36);
    assert!(f["rotation"]["docs"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    assert_eq!(f["rotation"]["revoke"], "ui");
    assert_eq!(report["summary"]["findings"], 1);
}

#[test]
fn columns_count_characters_not_bytes() {
    let ws = Workspace::new();
    let key = Gen::new(2).stripe_live();
    ws.write("i18n.py", format!("clé_é = \"{key}\"\n"));
    let f = &json_scan(&ws, &[]).json()["findings"][0];
    assert_eq!(f["column"], 10);
}

#[test]
fn secrets_are_redacted_in_every_format_unless_asked() {
    let ws = Workspace::new();
    let key = Gen::new(3).stripe_live();
    ws.write("app.env", format!("STRIPE_SECRET={key}\n"));
    for format in ["text", "json", "sarif"] {
        let run = ws.run(&["scan", "--format", format]);
        assert_eq!(run.code, 1);
        assert!(!run.stdout.contains(&key), "{format} leaks the secret");
        assert!(
            !run.stderr.contains(&key),
            "{format} leaks the secret on stderr"
        );
        let shown = ws.run(&["scan", "--format", format, "--show-secrets"]);
        assert!(
            shown.stdout.contains(&key),
            "{format} --show-secrets hides the secret"
        );
    }
}

#[test]
fn text_report_groups_by_secret_and_explains_rotation() {
    let ws = Workspace::new();
    let key = Gen::new(4).stripe_live();
    ws.write("a.js", format!("const k = '{key}';\n"));
    ws.write("b/c.py", format!("\n\nKEY = \"{key}\"\n"));
    let run = ws.run(&["scan"]);
    assert_eq!(run.code, 1);
    assert_contains(&run.stdout, "a.js:1:12");
    assert_contains(&run.stdout, "b/c.py:3:8");
    assert_eq!(
        run.stdout.matches("How to rotate").count(),
        1,
        "{}",
        run.stdout
    );
    assert_contains(&run.stdout, "2 findings (1 distinct secret)");
}

#[test]
fn long_minified_lines_give_bounded_context() {
    let ws = Workspace::new();
    let key = Gen::new(5).stripe_live();
    let line = format!(
        "{}var k=`{key}`;{}",
        "a=1;".repeat(50_000),
        "b=2;".repeat(50_000)
    );
    ws.write("dist/app.min.js", line);
    let run = ws.run(&["scan"]);
    assert_eq!(run.code, 1);
    let longest = run.stdout.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 400, "a report line has {longest} characters");
}

#[test]
fn stdin_is_scanned_with_dash() {
    let ws = Workspace::new();
    let key = Gen::new(6).stripe_live();
    let run = ws.run_stdin(
        &["scan", "-", "--format", "json"],
        format!("log: key={key}\n").as_bytes(),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.json()["findings"][0]["path"], "<stdin>");
    let clean = ws.run_stdin(&["scan", "-"], b"nothing here\n");
    assert_eq!(clean.code, 0);
}

#[test]
fn gitignored_files_are_skipped_unless_no_ignore_or_named() {
    let ws = Workspace::new();
    let key = Gen::new(7).stripe_live();
    ws.write(".gitignore", "ignored.env\nbuild/\n");
    ws.write("ignored.env", format!("K={key}\n"));
    ws.write("build/out.js", format!("k=\"{key}\"\n"));
    ws.write("src/ok.rs", "fn ok() {}\n");
    assert_eq!(ws.run(&["scan"]).code, 0);
    let all = json_scan(&ws, &["--no-ignore"]);
    assert_eq!(all.code, 1);
    assert_eq!(all.json()["summary"]["findings"], 2);
    let named = json_scan(&ws, &["ignored.env"]);
    assert_eq!(
        named.code, 1,
        "a path named on the command line is always scanned"
    );
}

#[test]
fn hidden_files_such_as_dotenv_are_scanned() {
    let ws = Workspace::new();
    let key = Gen::new(8).stripe_live();
    ws.write(".env.production", format!("STRIPE_KEY={key}\n"));
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["findings"][0]["path"], ".env.production");
}

#[test]
fn binary_files_are_skipped_and_counted() {
    let ws = Workspace::new();
    let key = Gen::new(9).stripe_live();
    let mut bytes = b"\x7fELF\x00\x00\x01".to_vec();
    bytes.extend_from_slice(key.as_bytes());
    ws.write("app.bin", bytes);
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["binary"], 1);
    assert_eq!(run.json()["summary"]["complete"], true);
}

#[test]
fn invalid_utf8_does_not_hide_a_secret() {
    let ws = Workspace::new();
    let key = Gen::new(10).stripe_live();
    let mut bytes = b"caf\xe9 \xff\xfe = ".to_vec();
    bytes.extend_from_slice(format!("\"{key}\"\n").as_bytes());
    ws.write("latin1.txt", bytes);
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 1);
}

#[test]
fn oversized_files_are_reported_and_make_the_scan_incomplete() {
    let ws = Workspace::new();
    ws.write("big.log", "x".repeat(5000));
    ws.write("small.txt", "fine\n");
    let run = json_scan(&ws, &["--max-file-size", "1K"]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    let summary = &run.json()["summary"];
    assert_eq!(summary["complete"], false);
    assert_eq!(summary["skipped"][0]["path"], "big.log");
    assert!(summary["skipped"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("max-file-size"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed_forever() {
    let ws = Workspace::new();
    ws.write("dir/file.txt", "plain\n");
    std::os::unix::fs::symlink("..", ws.path().join("dir/loop")).unwrap();
    let run = json_scan(&ws, &["--follow"]);
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    let reason = run.json()["summary"]["skipped"][0]["reason"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(reason.contains("loop"), "{reason}");
    // Without --follow, links are not followed and the scan is complete.
    assert_eq!(ws.run(&["scan"]).code, 0);
}

#[test]
fn a_finding_wins_over_an_incomplete_scan() {
    let ws = Workspace::new();
    ws.write("big.log", "x".repeat(5000));
    ws.write("leak.env", format!("K={}\n", Gen::new(11).stripe_live()));
    assert_eq!(ws.run(&["scan", "--max-file-size", "1K"]).code, 1);
}

#[test]
fn usage_errors_exit_two() {
    let ws = Workspace::new();
    assert_eq!(ws.run(&["scan", "--no-such-flag"]).code, 2);
    assert_eq!(ws.run(&["scan", "--format", "xml"]).code, 2);
    let missing = ws.run(&["scan", "does/not/exist"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("does/not/exist"));
    ws.write(".keyhound.toml", "[allow]\npaths = 3\n");
    let bad_config = ws.run(&["scan"]);
    assert_eq!(bad_config.code, 2);
    assert_contains(&bad_config.stderr, ".keyhound.toml");
}

#[test]
fn output_flag_writes_the_report_to_a_file() {
    let ws = Workspace::new();
    ws.write("k.env", format!("K={}\n", Gen::new(12).stripe_live()));
    let run = ws.run(&[
        "scan",
        "--format",
        "json",
        "--output",
        "report.json",
        "k.env",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    let text = std::fs::read_to_string(ws.path().join("report.json")).unwrap();
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["summary"]["findings"], 1);
}

#[test]
fn config_allows_paths_fingerprints_and_disables_rules() {
    let ws = Workspace::new();
    let mut g = Gen::new(13);
    let (a, b, c) = (g.stripe_live(), g.stripe_live(), g.checksummed("ghp_"));
    ws.write("fixtures/test.env", format!("K={a}\n"));
    ws.write("src/app.env", format!("K={b}\n"));
    ws.write("src/gh.env", format!("GH={c}\n"));
    let before = json_scan(&ws, &[]);
    assert_eq!(before.json()["summary"]["findings"], 3, "{}", before.stdout);
    let fp_b = before.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "src/app.env")
        .unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let gh_rule = before.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "src/gh.env")
        .unwrap()["rule_id"]
        .as_str()
        .unwrap()
        .to_string();
    ws.write(
        ".keyhound.toml",
        format!(
            "[allow]\npaths = [\"fixtures/**\"]\nfingerprints = [\"{fp_b}\"]\n[rules]\ndisable = [\"{gh_rule}\"]\n"
        ),
    );
    let after = json_scan(&ws, &[]);
    assert_eq!(after.code, 0, "{}", after.stdout);
    assert_eq!(after.json()["summary"]["allowed"], 1);
    // The same config found from a subdirectory scan, because it sits at the root.
    let sub = json_scan(&ws, &["src"]);
    assert_eq!(sub.code, 0, "{}", sub.stdout);
}

#[test]
fn inline_markers_allow_a_line() {
    let ws = Workspace::new();
    let mut g = Gen::new(14);
    ws.write(
        "markers.py",
        format!(
            "a = \"{}\"  # keyhound:allow\nb = \"{}\"  # gitleaks:allow\nc = \"{}\"  # pragma: allowlist secret\nd = \"{}\"\n",
            g.stripe_live(),
            g.stripe_live(),
            g.stripe_live(),
            g.stripe_live()
        ),
    );
    let run = json_scan(&ws, &[]);
    assert_eq!(run.json()["summary"]["findings"], 1);
    assert_eq!(run.json()["findings"][0]["line"], 4);
}

#[test]
fn explicit_config_flag_is_used() {
    let ws = Workspace::new();
    ws.write("k.env", format!("K={}\n", Gen::new(15).stripe_live()));
    ws.write(
        "conf/strict.toml",
        "[rules]\ndisable = [\"stripe-secret-key\"]\n",
    );
    assert_eq!(
        ws.run(&["scan", "--config", "conf/strict.toml", "k.env"])
            .code,
        0
    );
    assert_eq!(ws.run(&["scan", "--config", "conf/missing.toml"]).code, 2);
}

#[test]
fn threads_flag_gives_the_same_findings() {
    let ws = Workspace::new();
    let mut g = Gen::new(16);
    for i in 0..40 {
        ws.write(
            &format!("d{}/f{i}.env", i % 7),
            format!("K={}\n", g.stripe_live()),
        );
    }
    let one = json_scan(&ws, &["--threads", "1"]);
    let many = json_scan(&ws, &["--threads", "4"]);
    assert_eq!(one.json()["findings"], many.json()["findings"]);
    assert_eq!(one.json()["summary"]["findings"], 40);
}

#[test]
fn rules_commands_list_show_and_check() {
    let ws = Workspace::new();
    let list = ws.run(&["rules", "list"]);
    assert_eq!(list.code, 0);
    assert!(list.stdout.contains("stripe-secret-key"));
    let show = ws.run(&["rules", "show", "stripe-secret-key"]);
    assert_eq!(show.code, 0);
    assert!(show.stdout.contains("How to rotate"));
    assert_eq!(ws.run(&["rules", "show", "no-such-rule"]).code, 2);
    let check = ws.run(&["rules", "check"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_contains(&check.stdout, " 0 problems");
}

#[test]
fn rules_check_rejects_a_broken_rule_file() {
    let ws = Workspace::new();
    ws.write(
        "bad.toml",
        team_rule("tmtk_[a-z]{10}", "token = tmtk_QQQQ", "tmtk_qwhrkzpmvx"),
    );
    let run = ws.run(&["rules", "check", "bad.toml"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_contains(&run.stdout, "team-token: example should yield");
    assert_contains(&run.stdout, "team-token: negative example yields");
}

#[test]
fn rules_check_rejects_guidance_too_long_for_one_report_line() {
    let ws = Workspace::new();
    let rule = team_rule(
        "tmtk_[a-z2-7]{20}",
        "token = tmtk_q7rw2k5zm3xv4np6ty2a", // keyhound:allow (synthetic test value)
        "tmtk_short",
    );
    let long = format!("Revoke it. {}", "Then check the audit log. ".repeat(16));
    ws.write(
        "long.toml",
        rule.replace("Revoke it in the team console.", &long),
    );
    let run = ws.run(&["rules", "check", "long.toml"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_contains(&run.stdout, "team-token: rotation text of 427 characters");
    ws.write("ok.toml", rule);
    assert_eq!(ws.run(&["rules", "check", "ok.toml"]).code, 0);
}

#[test]
fn extra_rule_files_from_config_are_used() {
    let ws = Workspace::new();
    ws.write(
        "rules/team.toml",
        team_rule(
            "tmtk_[a-z2-7]{20}",
            "token = tmtk_q7rw2k5zm3xv4np6ty2a", // keyhound:allow (synthetic test value)
            "tmtk_short",
        ),
    );
    ws.write(".keyhound.toml", "[rules]\nextra = [\"rules/team.toml\"]\n");
    ws.write("app.cfg", "token = tmtk_q7rw2k5zm3xv4np6ty2a\n");
    let run = ws.run(&["scan", "--format", "json", "app.cfg"]);
    assert_eq!(run.rule_ids(), vec!["team-token"]);
}

#[test]
fn overlapping_paths_scan_each_file_once() {
    let ws = Workspace::new();
    ws.write("src/k.env", format!("K={}\n", Gen::new(17).stripe_live()));
    let run = json_scan(&ws, &[".", "src", "src/k.env", "./src"]);
    assert_eq!(run.json()["summary"]["files"], 1, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["findings"], 1);
}

#[test]
fn secrets_in_bundles_and_public_variables_are_critical_with_their_exposure() {
    let ws = Workspace::new();
    let mut g = Gen::new(18);
    let test_key = format!("sk_test_{}", g.chars(common::BASE62, 32));
    ws.write("dist/assets/index-4f2a.js", format!("var k=`{test_key}`;"));
    ws.write(
        ".env.local",
        format!("NEXT_PUBLIC_STRIPE_SECRET={}\n", g.stripe_live()),
    );
    ws.write("logs/app.log", format!("boot with key={test_key}x\n"));
    ws.write(
        "server/billing.py",
        format!("KEY = \"{}\"\n", g.stripe_live()),
    );
    let report = json_scan(&ws, &["--no-ignore"]).json();
    let by_path = |p: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == p)
            .unwrap_or_else(|| panic!("no finding in {p}: {report}"))
            .clone()
    };
    let bundle = by_path("dist/assets/index-4f2a.js");
    assert_eq!(bundle["exposure"], "public-bundle");
    assert_eq!(
        bundle["severity"], "critical",
        "a test-mode key shipped to browsers"
    );
    let env = by_path(".env.local");
    assert_eq!(env["exposure"], "public-env");
    assert_eq!(env["severity"], "critical");
    let log = by_path("logs/app.log");
    assert_eq!(log["exposure"], "log");
    assert_eq!(log["severity"], "low");
    assert!(by_path("server/billing.py").get("exposure").is_none());
}

#[test]
fn min_severity_filters_findings_and_the_exit_status() {
    let ws = Workspace::new();
    let key = format!("sk_test_{}", Gen::new(19).chars(common::BASE62, 32));
    ws.write("tests/stripe.py", format!("KEY = \"{key}\"\n"));
    assert_eq!(ws.run(&["scan"]).code, 1);
    let run = json_scan(&ws, &["--min-severity", "medium"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["findings"], 0);
    assert_eq!(ws.run(&["scan", "--min-severity", "urgent"]).code, 2);
}

#[test]
fn text_report_leads_with_what_the_public_can_see() {
    let ws = Workspace::new();
    let mut g = Gen::new(20);
    ws.write("a/server.py", format!("KEY = \"{}\"\n", g.stripe_live()));
    ws.write("dist/app.js", format!("var k=\"{}\";", g.stripe_live()));
    let out = ws.run(&["scan"]).stdout;
    let bundle = out.find("dist/app.js").expect("bundle finding");
    let server = out.find("a/server.py").expect("server finding");
    assert!(bundle < server, "{out}");
    assert_contains(&out, "Shipped to every visitor's browser");
}

#[test]
fn public_by_design_keys_are_info_and_do_not_fail_the_scan() {
    let ws = Workspace::new();
    let pk = format!("pk_live_{}", Gen::new(21).chars(common::BASE62, 24));
    ws.write(
        "web/stripe.ts",
        format!("export const stripe = Stripe(\"{pk}\");\n"),
    );
    let run = json_scan(&ws, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["findings"][0]["severity"], "info");
    assert_eq!(run.rule_ids(), vec!["stripe-publishable-key"]);
    // ...and in a public variable it stays info: it is meant to be public.
    ws.write(".env", format!("NEXT_PUBLIC_STRIPE_KEY={pk}\n"));
    let env = json_scan(&ws, &[".env"]);
    assert_eq!(env.json()["findings"][0]["severity"], "info");
    assert_eq!(env.code, 0);
}

#[test]
fn explain_says_why_each_candidate_was_kept_or_dropped() {
    let ws = Workspace::new();
    let key = common::Gen::new(77).stripe_live();
    ws.write(
        "app.py",
        format!("password = 'changeme'\nSTRIPE={key}\nK2={key} # keyhound:allow\nplain text\n"),
    );
    let run = ws.run(&["scan", "--explain", "app.py"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_contains(
        &run.stdout,
        "1:1  keyword \"password\" runs generic-password",
    );
    assert_contains(&run.stdout, "dropped: placeholder");
    assert_contains(&run.stdout, "stripe-secret-key matched sk_live_");
    assert_contains(&run.stdout, "REPORTED as critical");
    assert_contains(&run.stdout, "allowed: inline allow marker");
    assert!(!run.stdout.contains(&key), "redacted");
    let one_line = ws.run(&["scan", "--explain", "app.py:4"]);
    assert_eq!(one_line.code, 0);
    assert_contains(&one_line.stdout, "no keyword of any rule occurs here");
    ws.write(".keyhound.toml", "[allow]\npaths = [\"app.py\"]\n");
    assert_contains(
        &ws.run(&["scan", "--explain", "app.py"]).stdout,
        "not scanned: [allow] paths",
    );
}

/// `keyhound rules list | head -1`: the reader goes away before keyhound writes, and keyhound
/// must stop quietly (exit 0), not panic on the broken pipe.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::process::{Command, Stdio};
    for args in [
        &["rules", "list"][..],
        &["rules", "show", "aws-access-key-id"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_keyhound"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn keyhound");
        // Close the read end at once: every write keyhound makes meets a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}
