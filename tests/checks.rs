//! The structural checks through the CLI, on synthetic values generated at test time
//! (`common::synth`): a Supabase anon key is `info` and passes the scan even in a public variable,
//! a service_role key there is critical, PEM blocks are reported only when their body decodes to a
//! key, PyPI tokens only when they are whole macaroons, and an unknown check name fails the load.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::synth::{self, Bytes};
use common::{assert_contains, team_rule, Run, Workspace};
use serde_json::Value;

fn scan(ws: &Workspace, paths: &[&str]) -> Run {
    let mut args = vec!["scan", "--format", "json"];
    args.extend_from_slice(paths);
    ws.run(&args)
}

/// The only finding of a run.
fn only_finding(run: &Run) -> Value {
    let report = run.json();
    let findings = report["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{}", run.stdout);
    findings[0].clone()
}

fn supabase_key(seed: u64, role: &str) -> String {
    let mut rng = Bytes::new(seed);
    let payload = synth::supabase_payload(&mut rng, role);
    synth::jwt(&mut rng, &payload)
}

#[test]
fn a_supabase_anon_key_in_a_public_variable_is_info_and_passes_the_scan() {
    let ws = Workspace::new();
    let anon = supabase_key(41, "anon");
    ws.write(
        ".env.local",
        format!("NEXT_PUBLIC_SUPABASE_URL=https://example.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\n"),
    );
    let run = scan(&ws, &[".env.local"]);
    assert_eq!(run.code, 0, "no finding may fail the scan: {}", run.stdout);
    let f = only_finding(&run);
    assert_eq!(f["rule_id"], "supabase-anon-key");
    assert_eq!(
        f["severity"], "info",
        "exposure must not escalate a public key"
    );
    assert_eq!(f["exposure"], "public-env");
}

#[test]
fn the_role_claim_not_the_variable_name_decides() {
    // A JWT signed like a Supabase key but with another role is a generic JWT: in a public
    // variable it is a secret every visitor holds.
    let ws = Workspace::new();
    let other = supabase_key(42, "authenticated");
    ws.write(
        ".env.local",
        format!("NEXT_PUBLIC_SUPABASE_ANON_KEY={other}\n"),
    );
    let run = scan(&ws, &[".env.local"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let f = only_finding(&run);
    assert_eq!(f["rule_id"], "jwt-token");
    assert_eq!(f["severity"], "critical");
}

#[test]
fn a_supabase_service_role_key_in_a_public_variable_is_critical() {
    let ws = Workspace::new();
    let service = supabase_key(43, "service_role");
    ws.write(
        ".env.local",
        format!("NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY={service}\n"),
    );
    let run = scan(&ws, &[".env.local"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let f = only_finding(&run);
    assert_eq!(f["rule_id"], "supabase-service-role-jwt");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["exposure"], "public-env");
}

#[test]
fn pem_blocks_are_reported_only_when_the_body_decodes_to_a_key() {
    let ws = Workspace::new();
    let mut rng = Bytes::new(44);
    let rsa = synth::pem("RSA PRIVATE KEY", &synth::rsa_key(&mut rng, 2048));
    ws.write("deploy/tls.key", &rsa);
    let openssh = synth::pem("OPENSSH PRIVATE KEY", &synth::openssh_key(&mut rng));
    ws.write(
        "deploy/ssh.json",
        format!("{{\"ssh_key\": \"{}\"}}\n", openssh.replace('\n', "\\n")),
    );
    // The first lines of a key, pasted without the rest, and a body of random bytes: both match
    // the rule's pattern, neither decodes to a key.
    let mut lines: Vec<&str> = rsa.lines().take(6).collect();
    lines.push(rsa.lines().last().expect("END line"));
    ws.write("docs/truncated.pem", lines.join("\n") + "\n");
    ws.write(
        "docs/random.pem",
        synth::pem("EC PRIVATE KEY", &rng.take(121)),
    );
    let run = scan(&ws, &["deploy", "docs"]);
    let report = run.json();
    let mut found: Vec<(String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["rule_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (
                "deploy/ssh.json".to_string(),
                "private-key-openssh".to_string()
            ),
            ("deploy/tls.key".to_string(), "private-key-pem".to_string()),
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn pypi_tokens_are_reported_only_when_they_are_whole_macaroons() {
    let ws = Workspace::new();
    let mut rng = Bytes::new(45);
    let token = synth::pypi_token(&mut rng, "pypi.org");
    ws.write(
        "good/.pypirc",
        format!("[pypi]\nusername = __token__\npassword = {token}\n"),
    );
    let garbled = format!(
        "pypi-AgEIcHlwaS5vcmc{}",
        URL_SAFE_NO_PAD.encode(rng.take(120))
    );
    ws.write(
        "bad/.pypirc",
        format!("[pypi]\nusername = __token__\npassword = {garbled}\n"),
    );
    let cut = &token[..token.len() - 8];
    ws.write("bad/publish.sh", format!("export TWINE_PASSWORD={cut}\n"));
    assert_eq!(scan(&ws, &["good"]).rule_ids(), vec!["pypi-api-token"]);
    let bad = scan(&ws, &["bad"]);
    assert_eq!(bad.code, 0, "{}", bad.stdout);
    assert!(bad.rule_ids().is_empty(), "{}", bad.stdout);
}

#[test]
fn an_unknown_check_name_fails_the_rule_file_load() {
    let ws = Workspace::new();
    let rule = team_rule("tmtk_[a-z]{20}", "tmtk_", "tmtk_");
    ws.write(
        "mine.toml",
        rule.replace("keywords =", "checks = [\"crc32\"]\nkeywords ="),
    );
    let run = ws.run(&["rules", "check", "mine.toml"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_contains(&run.stderr, "unknown check \"crc32\"");
}
