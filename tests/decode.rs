//! Decode and rescan, through the CLI: secrets stored as base64, base64url, hex, percent-encoding,
//! `\u` escapes and Kubernetes Secret `data:` values are found, placed on the encoded text, marked
//! with their `encoding`, fingerprinted as the decoded secret and never printed; binary, prose,
//! hash lists and a third level of nesting are not reported. Every value is generated here.

mod common;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use common::{assert_contains, Gen, Workspace};
use serde_json::Value;

fn github_token(seed: u64) -> String {
    Gen::new(seed).checksummed("ghp_")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A JSON scan of the workspace, secrets shown in full so that they can be compared.
fn scan(ws: &Workspace) -> Value {
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json()
}

fn findings(report: &Value) -> Vec<Value> {
    report["findings"].as_array().expect("findings").clone()
}

/// The only finding in `path`.
fn only_in(report: &Value, path: &str) -> Value {
    let here: Vec<Value> = findings(report)
        .into_iter()
        .filter(|f| f["path"] == path)
        .collect();
    assert_eq!(here.len(), 1, "one finding in {path}: {here:#?}");
    here[0].clone()
}

/// 1-based line and character column of `needle` in `text`.
fn position(text: &str, needle: &str) -> (u64, u64) {
    let at = text.find(needle).expect("needle in text");
    let line = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (
        line as u64,
        (text[line_start..at].chars().count() + 1) as u64,
    )
}

#[track_caller]
fn assert_at(f: &Value, text: &str, encoded: &str) {
    let (line, column) = position(text, encoded);
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line), Some(column)),
        "{f:#}"
    );
}

#[test]
fn base64_token_in_a_config_file_is_found_on_the_encoded_text() {
    let ws = Workspace::new();
    let token = github_token(1);
    let encoded = STANDARD.encode(&token);
    let config = format!("service:\n  name: billing\n  github: {encoded}\n");
    ws.write("config/app.yaml", &config);
    let report = scan(&ws);
    let f = only_in(&report, "config/app.yaml");
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["encoding"], "base64");
    assert_eq!(f["secret"], token.as_str());
    assert_at(&f, &config, &encoded);
    // The 40 token bytes are the first 54 characters (the rest is padding).
    assert_eq!(
        f["end_column"].as_u64().unwrap() - f["column"].as_u64().unwrap(),
        54
    );
}

#[test]
fn the_same_secret_plain_and_encoded_has_one_fingerprint() {
    let ws = Workspace::new();
    let token = github_token(2);
    ws.write("plain.env", format!("GH={token}\n"));
    ws.write(
        "encoded.env",
        format!("GH_B64={}\n", STANDARD.encode(&token)),
    );
    let report = scan(&ws);
    let all = findings(&report);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0]["fingerprint"], all[1]["fingerprint"]);
    assert!(all.iter().any(|f| f.get("encoding").is_none()));
    let text = ws.run(&["scan"]);
    assert_contains(&text.stdout, "2 findings (1 distinct secret)");
}

#[test]
fn output_never_holds_the_secret_or_its_encoding() {
    let ws = Workspace::new();
    let token = github_token(3);
    let encoded = STANDARD.encode(&token);
    ws.write("deploy.yaml", format!("github: {encoded}\n"));
    for format in ["text", "json", "sarif"] {
        let run = ws.run(&["scan", "--format", format]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(!run.stdout.contains(&token), "{format}: {}", run.stdout);
        assert!(!run.stdout.contains(&encoded), "{format}: {}", run.stdout);
        assert!(
            !run.stdout.contains(&encoded[..30]),
            "{format}: {}",
            run.stdout
        );
    }
    let text = ws.run(&["scan"]).stdout;
    assert_contains(&text, "deploy.yaml:1:9");
    assert_contains(&text, "encoded (base64)");
    assert_contains(&text, "ghp_");
    let sarif: Value = serde_json::from_str(&ws.run(&["scan", "--format", "sarif"]).stdout)
        .expect("SARIF is JSON");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["encoding"], "base64");
}

#[test]
fn base64url_token_is_found() {
    let ws = Workspace::new();
    let token = github_token(4);
    // `???>>>` encodes to `Pz8_Pj4-`: the URL-safe alphabet's own characters.
    let encoded = URL_SAFE_NO_PAD.encode(format!("???>>> token {token}"));
    assert!(encoded.contains('_') && encoded.contains('-'), "{encoded}");
    let text = format!("https://app.example.com/cb?state={encoded}\n");
    ws.write("callback.log", &text);
    let f = only_in(&scan(&ws), "callback.log");
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["encoding"], "base64url");
    assert_eq!(f["secret"], token.as_str());
    // Placed on the characters that encode the token, inside the run: its first byte is byte 13,
    // whose bits start in character 13 * 4 / 3 = 17.
    let (line, run_column) = position(&text, &encoded);
    assert_eq!(f["line"].as_u64(), Some(line));
    assert_eq!(f["column"].as_u64(), Some(run_column + 17));
}

#[test]
fn hex_encoded_token_is_found() {
    let ws = Workspace::new();
    let token = github_token(5);
    let encoded = hex(token.as_bytes());
    let text = format!("# rotated weekly\nvalue = {encoded}\n");
    ws.write("settings.ini", &text);
    let f = only_in(&scan(&ws), "settings.ini");
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["encoding"], "hex");
    assert_at(&f, &text, &encoded);
    assert_eq!(
        f["end_column"].as_u64().unwrap() - f["column"].as_u64().unwrap(),
        encoded.len() as u64
    );
}

#[test]
fn percent_encoded_connection_string_is_found() {
    let ws = Workspace::new();
    let password = Gen::new(6).chars(common::BASE62, 20);
    let encoded = format!("postgres%3A%2F%2Fbilling%3A{password}%40db.internal%3A5432%2Fbilling");
    let text = format!("GET /admin/backup?target={encoded}&mode=full HTTP/1.1\n");
    ws.write("access.log", &text);
    let f = only_in(&scan(&ws), "access.log");
    assert_eq!(f["rule_id"], "database-postgres-url");
    assert_eq!(f["encoding"], "percent");
    assert_eq!(f["secret"], password.as_str());
    // Escapes map exactly: the finding spans the password's own characters.
    assert_at(&f, &text, &password);
    assert_eq!(
        f["end_column"].as_u64().unwrap() - f["column"].as_u64().unwrap(),
        password.len() as u64
    );
}

#[test]
fn unicode_escaped_token_in_json_is_found() {
    let ws = Workspace::new();
    let token = github_token(7);
    let escaped: String = token[..4]
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    let value = format!("{escaped}{}", &token[4..]);
    let json = format!("{{\n  \"name\": \"ci\",\n  \"auth\": \"{value}\"\n}}\n");
    ws.write("ci.json", &json);
    let f = only_in(&scan(&ws), "ci.json");
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["encoding"], "escape");
    assert_eq!(f["secret"], token.as_str());
    assert_at(&f, &json, &value);
    assert_eq!(
        f["end_column"].as_u64().unwrap() - f["column"].as_u64().unwrap(),
        value.len() as u64
    );
}

#[test]
fn kubernetes_secret_values_are_found_under_their_names() {
    let ws = Workspace::new();
    let password = format!("{}!{}", Gen::new(8).chars(common::BASE62, 10), 7);
    let token = github_token(9);
    let (password_b64, token_b64) = (STANDARD.encode(&password), STANDARD.encode(&token));
    let manifest = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing\ntype: Opaque\ndata:\n  \
         DB_PASSWORD: {password_b64}\n  github-token: {token_b64}\n"
    );
    ws.write("k8s/secret.yaml", &manifest);
    let report = scan(&ws);
    let all = findings(&report);
    assert_eq!(all.len(), 2, "{all:#?}");
    let by_rule = |id: &str| {
        all.iter()
            .find(|f| f["rule_id"] == id)
            .unwrap_or_else(|| panic!("{id} in {all:#?}"))
    };
    let p = by_rule("generic-password");
    assert_eq!(p["secret"], password.as_str());
    assert_eq!(p["encoding"], "base64");
    assert_at(p, &manifest, &password_b64);
    let t = by_rule("github-pat-classic");
    assert_eq!(t["secret"], token.as_str());
    assert_eq!(t["encoding"], "base64");
    assert_at(t, &manifest, &token_b64);
}

#[test]
fn the_name_of_a_data_value_counts_only_in_a_secret() {
    let ws = Workspace::new();
    let mut gen = Gen::new(10);
    let (config, secret) = (
        format!("{}!3", gen.chars(common::BASE62, 10)),
        format!("{}!4", gen.chars(common::BASE62, 10)),
    );
    let manifests = format!(
        "kind: ConfigMap\ndata:\n  DB_PASSWORD: {}\n---\nkind: Secret\ndata:\n  DB_PASSWORD: {}\n",
        STANDARD.encode(&config),
        STANDARD.encode(&secret)
    );
    ws.write("k8s/all.yaml", &manifests);
    let report = scan(&ws);
    let decoded: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f.get("encoding").is_some())
        .collect();
    assert_eq!(decoded.len(), 1, "{decoded:#?}");
    assert_eq!(decoded[0]["secret"], secret.as_str());
    assert_eq!(decoded[0]["line"], 7);
}

#[test]
fn base64_inside_base64_is_found_and_a_third_level_is_not() {
    let ws = Workspace::new();
    let token = github_token(11);
    let twice = STANDARD.encode(STANDARD.encode(&token));
    let thrice = STANDARD.encode(&twice);
    ws.write("two.txt", format!("blob: {twice}\n"));
    ws.write("three.txt", format!("blob: {thrice}\n"));
    let report = scan(&ws);
    let f = only_in(&report, "two.txt");
    assert_eq!(f["encoding"], "base64+base64");
    assert_eq!(f["secret"], token.as_str());
    assert_eq!(f["column"], 7);
    assert_eq!(findings(&report).len(), 1, "nothing in three.txt");
}

#[test]
fn what_the_plain_scan_reports_is_not_reported_again_decoded() {
    let ws = Workspace::new();
    let token = github_token(12);
    let basic = STANDARD.encode(format!("deploy:{token}"));
    ws.write(
        "proxy.conf",
        format!("proxy_set_header Authorization \"Basic {basic}\";\n"),
    );
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.rule_ids(), ["http-basic-auth"]);
}

#[test]
fn an_allow_marker_on_the_encoded_line_is_honoured() {
    let ws = Workspace::new();
    let encoded = STANDARD.encode(github_token(13));
    ws.write(
        "fixture.yaml",
        format!("sample: {encoded}  # keyhound:allow\n"),
    );
    assert_eq!(ws.run(&["scan"]).code, 0);
}

#[test]
fn binary_prose_and_hash_lists_are_not_reported() {
    let ws = Workspace::new();
    let mut gen = Gen::new(14);
    let png: Vec<u8> = [
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0".as_slice(),
        &(0..48).map(|_| gen.next() as u8).collect::<Vec<u8>>(),
    ]
    .concat();
    let random: Vec<u8> = (0..96).map(|_| gen.next() as u8).collect();
    let prose = "The committee reviewed the quarterly infrastructure report and agreed \
                 to migrate the remaining services before the end of the year.";
    let shas: Vec<String> = (0..20).map(|_| gen.chars(common::HEX, 40)).collect();
    let mut page = format!(
        "<img src=\"data:image/png;base64,{}\">\n<p data-blob=\"{}\">{}</p>\n",
        STANDARD.encode(&png),
        STANDARD.encode(&random),
        STANDARD.encode(prose)
    );
    page.push_str(&format!("<!-- {} -->\n", hex(&random)));
    ws.write("index.html", page);
    ws.write("shas.txt", shas.join("\n"));
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["files"], 2);
}

#[test]
fn encoded_secret_in_a_source_map_keeps_its_original_source() {
    let ws = Workspace::new();
    let token = github_token(15);
    let encoded = STANDARD.encode(&token);
    let source = format!("// client\nconst auth = atob(\"{encoded}\");\n");
    let map = serde_json::json!({
        "version": 3,
        "sources": ["src/auth.js"],
        "sourcesContent": [source],
        "mappings": "AAAA"
    })
    .to_string();
    ws.write("dist/app.js.map", &map);
    let f = only_in(&scan(&ws), "dist/app.js.map");
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["encoding"], "base64");
    assert_eq!(f["origin"]["source"], "src/auth.js");
    assert_eq!(f["origin"]["line"], 2);
    assert_eq!(f["exposure"], "public-bundle");
    assert_at(&f, &map, &encoded);
}
