//! Built frontend output, on a real Vite build (`tests/fixtures/frontend/vite-app/`, made by
//! `tests/fixtures/frontend/build.sh`): inlined `VITE_` secrets in the minified bundle, secrets
//! traced through the source map to their original file and line, publishable keys kept at
//! `info`, private variables absent from `dist/`, and inline or malformed maps. The fixture is
//! copied into a temporary workspace, so the repository's `.keyhound.toml` allowlist does not
//! apply.

mod common;

use std::path::Path;

use base64::Engine as _;
use common::{assert_contains, Gen, Workspace};
use serde_json::Value;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/frontend/vite-app"
);

/// Copies the fixture, dot files included, into a fresh workspace.
fn vite_app() -> Workspace {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for entry in std::fs::read_dir(from).expect("read fixture") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("type").is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy");
            }
        }
    }
    let ws = Workspace::new();
    copy(Path::new(FIXTURE), ws.path());
    ws
}

/// A variable's value in the fixture's `.env`.
fn env_value(name: &str) -> String {
    let env = std::fs::read_to_string(Path::new(FIXTURE).join(".env")).expect(".env");
    env.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("{name} not in .env"))
        .to_string()
}

/// The hard-coded token in `src/config.js` and its 1-based line.
fn hard_coded_token() -> (String, usize) {
    let config =
        std::fs::read_to_string(Path::new(FIXTURE).join("src/config.js")).expect("config.js");
    for (n, line) in config.lines().enumerate() {
        if let Some(at) = line.find("ghp_") {
            let token: String = line[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            return (token, n + 1);
        }
    }
    panic!("no token in src/config.js")
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings")
}

fn scan_json(ws: &Workspace) -> Value {
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.json()
}

#[test]
fn fixture_is_real_minified_vite_output_with_a_map() {
    let assets = Path::new(FIXTURE).join("dist/assets");
    let names: Vec<String> = std::fs::read_dir(&assets)
        .expect("dist/assets")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let js = names.iter().find(|n| n.ends_with(".js")).expect("a bundle");
    assert!(names.contains(&format!("{js}.map")), "{names:?}");
    let bundle = std::fs::read_to_string(assets.join(js)).expect("bundle");
    let longest = bundle.lines().map(str::len).max().unwrap_or(0);
    assert!(longest > 1000, "bundle is not minified: {longest}");
    let secret = env_value("VITE_STRIPE_SECRET");
    assert_contains(&bundle, &format!("`{secret}`"));
}

#[test]
fn inlined_server_secret_in_the_bundle_is_critical_and_public() {
    let ws = vite_app();
    let report = scan_json(&ws);
    let secret = env_value("VITE_STRIPE_SECRET");
    let f = findings(&report)
        .iter()
        .find(|f| f["secret"] == secret.as_str() && f["path"].as_str().unwrap().ends_with(".js"))
        .expect("the inlined secret in the bundle");
    assert!(f["path"]
        .as_str()
        .unwrap()
        .starts_with("dist/assets/index-"));
    assert_eq!(f["rule_id"], "stripe-secret-key");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["exposure"], "public-bundle");
    assert!(f.get("origin").is_none(), "the bundle itself is not mapped");
    // An env-inlined value is not in the map's sourcesContent: only `import.meta.env.…` is.
    assert!(!findings(&report)
        .iter()
        .any(|f| f["secret"] == secret.as_str() && f["path"].as_str().unwrap().ends_with(".map")));
}

#[test]
fn hard_coded_secret_in_the_map_is_traced_to_its_original_line() {
    let ws = vite_app();
    let report = scan_json(&ws);
    let (token, line) = hard_coded_token();
    let in_map: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["secret"] == token.as_str() && f["path"].as_str().unwrap().ends_with(".map"))
        .collect();
    assert_eq!(in_map.len(), 1, "reported once in the map: {in_map:?}");
    let f = in_map[0];
    assert_eq!(f["rule_id"], "github-pat-classic");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["exposure"], "public-bundle");
    let origin = &f["origin"];
    assert!(
        origin["source"]
            .as_str()
            .unwrap()
            .ends_with("src/config.js"),
        "{origin}"
    );
    assert_eq!(origin["line"], line as u64);
    // line/column point at the secret in the map file's own text.
    let map = std::fs::read_to_string(ws.path().join(f["path"].as_str().unwrap())).unwrap();
    let map_line = map
        .lines()
        .nth(f["line"].as_u64().unwrap() as usize - 1)
        .unwrap();
    let at: String = map_line
        .chars()
        .skip(f["column"].as_u64().unwrap() as usize - 1)
        .take(token.chars().count())
        .collect();
    assert_eq!(at, token);
    assert_eq!(
        f["end_column"].as_u64().unwrap() - f["column"].as_u64().unwrap(),
        token.len() as u64
    );
    // The same token is also in the bundle and in the source file.
    let paths: Vec<&str> = findings(&report)
        .iter()
        .filter(|f| f["secret"] == token.as_str())
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths
        .iter()
        .any(|p| p.ends_with(".js") && p.starts_with("dist/")));
    assert!(paths.contains(&"src/config.js"), "{paths:?}");
}

#[test]
fn publishable_key_is_info_everywhere() {
    let ws = vite_app();
    let report = scan_json(&ws);
    let key = env_value("VITE_STRIPE_PUBLISHABLE");
    let found: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["secret"] == key.as_str())
        .collect();
    assert!(found.len() >= 2, "in .env and in the bundle: {found:?}");
    for f in found {
        assert_eq!(f["rule_id"], "stripe-publishable-key");
        assert_eq!(f["severity"], "info", "{f}");
    }
}

#[test]
fn private_variable_is_not_shipped() {
    let ws = vite_app();
    let secret = env_value("STRIPE_SECRET");
    fn contains(dir: &Path, needle: &str) -> bool {
        std::fs::read_dir(dir).unwrap().any(|e| {
            let path = e.unwrap().path();
            if path.is_dir() {
                contains(&path, needle)
            } else {
                String::from_utf8_lossy(&std::fs::read(&path).unwrap()).contains(needle)
            }
        })
    }
    assert!(!contains(&ws.path().join("dist"), &secret));
    let report = scan_json(&ws);
    let paths: Vec<&str> = findings(&report)
        .iter()
        .filter(|f| f["secret"] == secret.as_str())
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, [".env"]);
}

#[test]
fn public_env_variable_holding_a_server_secret_is_critical() {
    let ws = vite_app();
    let report = scan_json(&ws);
    let secret = env_value("VITE_STRIPE_SECRET");
    let f = findings(&report)
        .iter()
        .find(|f| f["secret"] == secret.as_str() && f["path"] == ".env")
        .expect(".env finding");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["exposure"], "public-env");
    let private = env_value("STRIPE_SECRET");
    let f = findings(&report)
        .iter()
        .find(|f| f["secret"] == private.as_str())
        .expect("private .env finding");
    assert_ne!(f["exposure"], "public-env");
}

#[test]
fn text_report_is_bounded_and_names_the_original_source() {
    let ws = vite_app();
    let run = ws.run(&["scan"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let longest = run.stdout.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(
        longest <= 400,
        "a {longest}-character line:\n{}",
        run.stdout
    );
    let (_, line) = hard_coded_token();
    assert_contains(&run.stdout, &format!("    from ../../src/config.js:{line}"));
    for secret in [env_value("VITE_STRIPE_SECRET"), hard_coded_token().0] {
        assert!(!run.stdout.contains(&secret), "text report leaks a secret");
    }
}

#[test]
fn sarif_carries_the_origin() {
    let ws = vite_app();
    let run = ws.run(&["scan", "--format", "sarif"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let log = run.json();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let mapped = results
        .iter()
        .find(|r| r["properties"]["origin"].is_object())
        .expect("a result with an origin");
    let origin = &mapped["properties"]["origin"];
    assert!(origin["source"]
        .as_str()
        .unwrap()
        .ends_with("src/config.js"));
    assert!(origin["line"].as_u64().unwrap() >= 1);
    let uri = mapped["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.ends_with(".js.map"), "{uri}");
    assert_contains(mapped["message"]["text"].as_str().unwrap(), "src/config.js");
}

#[test]
fn inline_base64_map_is_decoded_and_traced() {
    let ws = Workspace::new();
    let key = Gen::new(71).stripe_live();
    let original = format!("// settings\n\nexport const stripe = \"{key}\";\n");
    let map = serde_json::json!({
        "version": 3,
        "sources": ["./src/secret.js"],
        "sourceRoot": "webpack://widget/",
        "sourcesContent": [original],
        "names": [],
        "mappings": "AAAA",
    });
    let payload = base64::engine::general_purpose::STANDARD.encode(map.to_string());
    ws.write(
        "lib/widget.js",
        format!(
            "export const ready=!0;\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,{payload}\n"
        ),
    );
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let all = findings(&report);
    assert_eq!(all.len(), 1, "{all:?}");
    let f = &all[0];
    assert_eq!(f["rule_id"], "stripe-secret-key");
    assert_eq!(f["path"], "lib/widget.js");
    assert_eq!(f["origin"]["source"], "webpack://widget/./src/secret.js");
    assert_eq!(f["origin"]["line"], 3);
    // Placed on the data: payload, on the file's second line.
    assert_eq!(f["line"], 2);
    assert_eq!(f["column"], 65);
    assert!(report["summary"].get("notes").is_none());
}

#[test]
fn malformed_map_is_scanned_as_text_with_a_note() {
    let ws = Workspace::new();
    let key = Gen::new(72).stripe_live();
    // Truncated: not valid JSON.
    ws.write(
        "dist/assets/app.js.map",
        format!("{{\"version\":3,\"sources\":[\"a.js\"],\"sourcesContent\":[\"const k = '{key}'"),
    );
    ws.write("dist/assets/other.js.map", "{\"version\":3,\"sources\":7}");
    ws.write("dist/assets/app.js", "console.log(1)\n");
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let all = findings(&report);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["path"], "dist/assets/app.js.map");
    assert_eq!(all[0]["severity"], "critical");
    assert!(all[0].get("origin").is_none());
    let summary = &report["summary"];
    assert_eq!(summary["complete"], true);
    assert_eq!(summary["files"], 3);
    let notes = summary["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 2, "{notes:?}");
    for (note, path) in notes
        .iter()
        .zip(["dist/assets/app.js.map", "dist/assets/other.js.map"])
    {
        assert_eq!(note["path"], path);
        assert_contains(note["reason"].as_str().unwrap(), "not a valid source map");
    }
    let text = ws.run(&["scan"]);
    assert_contains(&text.stdout, "not a valid source map");
}

#[test]
fn map_without_sources_content_and_non_map_json_are_plain_text() {
    let ws = Workspace::new();
    let key = Gen::new(73).stripe_live();
    ws.write(
        "dist/a.js.map",
        format!("{{\"version\":3,\"sources\":[\"https://x:{key}@example.com/a.js\"],\"mappings\":\"\"}}"),
    );
    ws.write("linker.map", "Memory map\n.text 0x0000\n");
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(findings(&report).len(), 1);
    assert_eq!(findings(&report)[0]["path"], "dist/a.js.map");
    assert!(report["summary"].get("notes").is_none(), "{report}");
}

/// A clean library source embedded in several maps is scanned once, yet every copy of a source or
/// bundle that holds a secret is reported, and a clean source seen before does not hide a secret
/// in a different source of the next map.
#[test]
fn repeated_sources_and_bundles_are_reported_at_every_copy() {
    let ws = Workspace::new();
    let key = Gen::new(74).stripe_live();
    let filler = "export function add(a, b) { return a + b; }\n".repeat(40);
    let secret_src = format!("{filler}export const stripe = \"{key}\";\n");
    let map = |sources: &[&str]| {
        serde_json::json!({
            "version": 3,
            "sources": (0..sources.len()).map(|i| format!("src/m{i}.js")).collect::<Vec<_>>(),
            "sourcesContent": sources,
            "mappings": "AAAA",
        })
        .to_string()
    };
    // The clean source comes first in every map, so the second map meets it already known.
    ws.write("dist/a/app.js.map", map(&[&filler, &secret_src]));
    ws.write("dist/b/app.js.map", map(&[&filler, &secret_src]));
    ws.write("dist/c/other.js.map", map(&[&filler]));
    let bundle = format!("{filler}var k=\"{key}\";\n");
    ws.write("dist/a/app.js", &bundle);
    ws.write("dist/b/app.js", &bundle);
    let report = scan_json(&ws);
    let mut places: Vec<(String, u64)> = findings(&report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    places.sort();
    assert_eq!(
        places,
        [
            ("dist/a/app.js".to_string(), 41),
            ("dist/a/app.js.map".to_string(), 1),
            ("dist/b/app.js".to_string(), 41),
            ("dist/b/app.js.map".to_string(), 1),
        ]
    );
    for f in findings(&report)
        .iter()
        .filter(|f| f["path"].as_str().unwrap().ends_with(".map"))
    {
        assert_eq!(f["origin"]["source"], "src/m1.js");
        assert_eq!(f["origin"]["line"], 41);
    }
}
