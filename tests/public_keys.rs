//! Keys that are public by design (a Firebase web config's API key, a Sentry DSN, an Algolia
//! search-only key, a Mapbox public token) are reported as `info` and never fail a scan, in source
//! and in public `.env` variables alike, while their secret siblings (a lone Google API key, a
//! legacy DSN with its secret, an Algolia admin key, a Mapbox secret token) keep their severity.
//! Every value is generated at test time from a fixed seed; none is a real credential.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::{assert_contains, Gen, Workspace, HEX};
use serde_json::Value;

const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const LOWER_DIGITS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const DIGITS: &[u8] = b"0123456789";

/// A Google API key: `AIza` and 35 URL-safe characters.
fn google_key(g: &mut Gen) -> String {
    format!("AIza{}", g.chars(URLSAFE, 35))
}

/// A Mapbox token of the given kind (`pk` or `sk`): base64url JSON naming a user and a token id,
/// then a 22-character signature.
fn mapbox_token(g: &mut Gen, kind: &str) -> String {
    let payload = format!(r#"{{"u":"acme-dev","a":"{}"}}"#, g.chars(LOWER_DIGITS, 25));
    format!(
        "{kind}.{}.{}",
        URL_SAFE_NO_PAD.encode(payload),
        g.chars(URLSAFE, 22)
    )
}

/// The public keys of one frontend app.
struct PublicKeys {
    firebase: String,
    dsn_key: String,
    dsn: String,
    algolia_app: String,
    algolia_search: String,
    mapbox: String,
}

impl PublicKeys {
    fn new(seed: u64) -> PublicKeys {
        let mut g = Gen::new(seed);
        let firebase = google_key(&mut g);
        let dsn_key = g.chars(HEX, 32);
        let dsn = format!(
            "https://{dsn_key}@o{}.ingest.us.sentry.io/{}",
            g.chars(DIGITS, 6),
            g.chars(DIGITS, 16)
        );
        PublicKeys {
            firebase,
            dsn_key,
            dsn,
            algolia_app: g.chars(UPPER_DIGITS, 10),
            algolia_search: g.chars(HEX, 32),
            mapbox: mapbox_token(&mut g, "pk"),
        }
    }

    /// A Next.js app using each key where it usually sits, and the same keys in `.env.local`.
    fn app(&self) -> Workspace {
        let ws = Workspace::new();
        ws.write(
            "src/firebase.js",
            format!(
                r#"import {{ initializeApp }} from "firebase/app";

const firebaseConfig = {{
  apiKey: "{}",
  authDomain: "acme-dev.firebaseapp.com",
  projectId: "acme-dev",
  storageBucket: "acme-dev.appspot.com",
  messagingSenderId: "731960452810",
  appId: "1:731960452810:web:5c0e2f1d9b7a4e6c",
}};

export const app = initializeApp(firebaseConfig);
"#,
                self.firebase
            ),
        );
        ws.write(
            "src/sentry.js",
            format!(
                "import * as Sentry from \"@sentry/nextjs\";\n\nSentry.init({{\n  dsn: \"{}\",\n  tracesSampleRate: 0.1,\n}});\n",
                self.dsn
            ),
        );
        ws.write(
            "src/search.js",
            format!(
                "import {{ liteClient as algoliasearch }} from \"algoliasearch/lite\";\n\nexport const searchClient = algoliasearch(\"{}\", \"{}\");\n",
                self.algolia_app, self.algolia_search
            ),
        );
        ws.write(
            "src/map.js",
            format!(
                "import mapboxgl from \"mapbox-gl\";\n\nmapboxgl.accessToken = \"{}\";\n",
                self.mapbox
            ),
        );
        ws.write(
            ".env.local",
            format!(
                "NEXT_PUBLIC_FIREBASE_API_KEY={}\nNEXT_PUBLIC_SENTRY_DSN={}\nNEXT_PUBLIC_ALGOLIA_APP_ID={}\nNEXT_PUBLIC_ALGOLIA_SEARCH_KEY={}\nNEXT_PUBLIC_MAPBOX_TOKEN={}\n",
                self.firebase, self.dsn, self.algolia_app, self.algolia_search, self.mapbox
            ),
        );
        ws
    }
}

fn findings(report: &Value) -> Vec<Value> {
    report["findings"].as_array().expect("findings").clone()
}

/// (path, line, rule, severity, secret) of every finding, sorted.
fn summary(report: &Value) -> Vec<(String, u64, String, String, String)> {
    let mut out: Vec<_> = findings(report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["rule_id"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["secret"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn row(
    path: &str,
    line: u64,
    rule: &str,
    severity: &str,
    secret: &str,
) -> (String, u64, String, String, String) {
    (
        path.to_string(),
        line,
        rule.to_string(),
        severity.to_string(),
        secret.to_string(),
    )
}

#[test]
fn public_keys_are_info_in_source_and_in_public_variables() {
    let keys = PublicKeys::new(41);
    let ws = keys.app();
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(
        run.code, 0,
        "info findings alone never fail a scan: {}",
        run.stdout
    );
    let report = run.json();
    let mut expected = vec![
        row(
            ".env.local",
            1,
            "firebase-web-api-key",
            "info",
            &keys.firebase,
        ),
        row(".env.local", 2, "sentry-dsn", "info", &keys.dsn_key),
        row(
            ".env.local",
            4,
            "algolia-search-api-key",
            "info",
            &keys.algolia_search,
        ),
        row(".env.local", 5, "mapbox-public-token", "info", &keys.mapbox),
        row(
            "src/firebase.js",
            4,
            "firebase-web-api-key",
            "info",
            &keys.firebase,
        ),
        row("src/map.js", 3, "mapbox-public-token", "info", &keys.mapbox),
        row(
            "src/search.js",
            3,
            "algolia-search-api-key",
            "info",
            &keys.algolia_search,
        ),
        row("src/sentry.js", 4, "sentry-dsn", "info", &keys.dsn_key),
    ];
    expected.sort();
    // Nothing else either: no gcp-api-key, url-credentials or generic finding on the same values.
    assert_eq!(summary(&report), expected);
    // A public variable does not raise a key that is public by design.
    for f in findings(&report)
        .iter()
        .filter(|f| f["path"] == ".env.local")
    {
        assert_eq!(f["exposure"], "public-env", "{f}");
    }
}

#[test]
fn firebase_key_is_one_secret_wherever_its_config_evidence_is() {
    let keys = PublicKeys::new(42);
    let ws = keys.app();
    let report = ws
        .run(&["scan", "--format", "json", "--show-secrets"])
        .json();
    let firebase: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f["rule_id"] == "firebase-web-api-key")
        .collect();
    assert_eq!(firebase.len(), 2, "{firebase:?}");
    // The config's field names prove the match but are no credential: not in the fingerprint,
    // not reported as a related secret.
    assert_eq!(firebase[0]["fingerprint"], firebase[1]["fingerprint"]);
    assert!(
        firebase.iter().all(|f| f.get("related").is_none()),
        "{firebase:?}"
    );

    // And the excerpt keeps the variable name readable.
    let text = ws.run(&["scan", ".env.local"]);
    assert_eq!(text.code, 0, "{}", text.stdout);
    assert_contains(&text.stdout, "NEXT_PUBLIC_FIREBASE_API_KEY=");
    assert!(
        !text.stdout.contains("with Firebase config"),
        "{}",
        text.stdout
    );
}

#[test]
fn other_frontend_prefixes_naming_firebase_are_info() {
    let mut g = Gen::new(43);
    let (vite, cra) = (google_key(&mut g), google_key(&mut g));
    let ws = Workspace::new();
    ws.write(
        ".env",
        format!("VITE_FIREBASE_API_KEY={vite}\nREACT_APP_FIREBASE_API_KEY=\"{cra}\"\n"),
    );
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        summary(&run.json()),
        [
            row(".env", 1, "firebase-web-api-key", "info", &vite),
            row(".env", 2, "firebase-web-api-key", "info", &cra),
        ]
    );
}

#[test]
fn public_keys_drop_out_below_info() {
    let ws = PublicKeys::new(44).app();
    let run = ws.run(&["scan", "--format", "json", "--min-severity", "low"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
}

#[test]
fn secret_siblings_keep_their_severity() {
    let mut g = Gen::new(45);
    let maps = google_key(&mut g);
    let loader = google_key(&mut g);
    let (public, secret) = (g.chars(HEX, 32), g.chars(HEX, 32));
    let app_id = g.chars(UPPER_DIGITS, 10);
    let admin = g.chars(HEX, 32);
    let research = g.chars(HEX, 32);
    let sk = mapbox_token(&mut g, "sk");
    let ws = Workspace::new();
    // A Google key outside a Firebase config is a server credential.
    ws.write(
        "server/geocode.py",
        format!("import requests\n\nGOOGLE_MAPS_API_KEY = \"{maps}\"\n"),
    );
    // `apiKey:` alone is not a Firebase config.
    ws.write(
        "src/maps.js",
        format!(
            "const loader = new Loader({{\n  apiKey: \"{loader}\",\n  version: \"weekly\",\n}});\n"
        ),
    );
    // The legacy DSN carries the client key's secret.
    ws.write(
        "settings.py",
        format!(
            "SENTRY_DSN = \"https://{public}:{secret}@o{}.ingest.sentry.io/{}\"\n",
            g.chars(DIGITS, 6),
            g.chars(DIGITS, 7)
        ),
    );
    ws.write(
        "indexer.env",
        format!("ALGOLIA_APP_ID={app_id}\nALGOLIA_ADMIN_API_KEY={admin}\n"),
    );
    // "search" inside another word does not make a key an Algolia search key.
    ws.write("research.env", format!("RESEARCH_API_KEY={research}\n"));
    ws.write(
        "gradle.properties",
        format!("MAPBOX_DOWNLOADS_TOKEN={sk}\n"),
    );
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = run.json();
    let all = summary(&report);
    let only = |path: &str| -> Vec<(String, String, String)> {
        all.iter()
            .filter(|r| r.0 == path)
            .map(|r| (r.2.clone(), r.3.clone(), r.4.clone()))
            .collect()
    };
    let one = |rule: &str, severity: &str, secret: &str| {
        vec![(rule.to_string(), severity.to_string(), secret.to_string())]
    };
    assert_eq!(only("server/geocode.py"), one("gcp-api-key", "high", &maps));
    assert_eq!(only("src/maps.js"), one("gcp-api-key", "high", &loader));
    assert_eq!(
        only("settings.py"),
        one("sentry-dsn-secret-key", "high", &secret)
    );
    assert_eq!(
        only("indexer.env"),
        one("algolia-admin-api-key", "critical", &admin)
    );
    assert_eq!(
        only("gradle.properties"),
        one("mapbox-secret-token", "high", &sk)
    );
    let research_found = only("research.env");
    assert_eq!(research_found.len(), 1, "{research_found:?}");
    assert!(
        !research_found[0].0.starts_with("algolia") && research_found[0].1 != "info",
        "{research_found:?}"
    );
}

#[test]
fn a_legacy_dsn_in_a_public_variable_is_critical() {
    let mut g = Gen::new(46);
    let (public, secret) = (g.chars(HEX, 32), g.chars(HEX, 32));
    let ws = Workspace::new();
    ws.write(
        ".env.production",
        format!("NEXT_PUBLIC_SENTRY_DSN=https://{public}:{secret}@sentry.acme-corp.net/7\n"),
    );
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        summary(&run.json()),
        [row(
            ".env.production",
            1,
            "sentry-dsn-secret-key",
            "critical",
            &secret
        )]
    );
}

#[test]
fn self_hosted_dsn_is_info_when_named_and_nothing_when_not() {
    let mut g = Gen::new(47);
    let key = g.chars(HEX, 32);
    let ws = Workspace::new();
    ws.write(
        "config/sentry.yml",
        format!("sentry:\n  dsn: https://{key}@errors.acme-corp.net/12\n"),
    );
    // The same shape with no Sentry or DSN name around it is some other URL.
    ws.write(
        "scripts/clone.sh",
        format!("#!/bin/sh\ngit clone https://{key}@git.acme-corp.net/team/12\n"),
    );
    let run = ws.run(&["scan", "--format", "json", "--show-secrets"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        summary(&run.json()),
        [row("config/sentry.yml", 2, "sentry-dsn", "info", &key)]
    );
}
