//! The foundation issue's acceptance check, as a new user would try it: a project holding ten
//! kinds of real-looking credentials and six kinds of look-alikes yields every credential and no
//! look-alike. Everything is generated at run time.

mod common;

use std::collections::BTreeMap;

use common::synth::{self, Bytes};
use common::{Gen, Workspace, BASE62, BASE64, HEX};

const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Writes the credentials; returns, per file, the rule-id prefix expected there.
fn credentials(ws: &Workspace, g: &mut Gen) -> BTreeMap<&'static str, &'static str> {
    let mut expect = BTreeMap::new();
    let (id, secret) = (g.aws_key_id(), g.aws_secret());
    ws.write(
        "deploy/aws.ini",
        format!("[default]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n"),
    );
    expect.insert("deploy/aws.ini", "aws-");
    ws.write(
        "scripts/release.sh",
        format!("#!/bin/sh\nexport GITHUB_TOKEN={}\n", g.checksummed("ghp_")),
    );
    expect.insert("scripts/release.sh", "github-");
    ws.write(
        ".gitlab-ci.yml",
        format!(
            "variables:\n  PRIVATE_TOKEN: \"glpat-{}\"\n",
            g.chars(URLSAFE, 20)
        ),
    );
    expect.insert(".gitlab-ci.yml", "gitlab-");
    ws.write(
        "src/notify.py",
        format!(
            "SLACK = \"xoxb-{}-{}-{}\"\n",
            g.chars(b"123456789", 11),
            g.chars(b"123456789", 13),
            g.chars(BASE62, 24)
        ),
    );
    expect.insert("src/notify.py", "slack-");
    ws.write(
        "src/billing.ts",
        format!("export const stripe = new Stripe(`{}`);\n", g.stripe_live()),
    );
    expect.insert("src/billing.ts", "stripe-");
    ws.write(
        "config/mail.json",
        format!(
            "{{\n  \"sendgrid\": {{ \"apiKey\": \"SG.{}.{}\" }}\n}}\n",
            g.chars(URLSAFE, 22),
            g.chars(URLSAFE, 43)
        ),
    );
    expect.insert("config/mail.json", "sendgrid-");
    ws.write(
        ".npmrc",
        format!(
            "//registry.npmjs.org/:_authToken={}\n",
            g.checksummed("npm_")
        ),
    );
    expect.insert(".npmrc", "npm-");
    // A key body must decode to a DER key (the pem-body check), so it is built, not random text.
    let key = synth::rsa_key(&mut Bytes::new(g.next()), 1024);
    ws.write("keys/server.key", synth::pem("RSA PRIVATE KEY", &key));
    expect.insert("keys/server.key", "private-key");
    ws.write(
        ".env",
        format!(
            "DATABASE_URL=postgres://app:{}@db.internal:5432/app\n",
            g.chars(BASE62, 18)
        ),
    );
    expect.insert(".env", "database-");
    ws.write(
        "web/maps.js",
        format!("const MAPS_KEY = \"AIza{}\";\n", g.chars(URLSAFE, 35)),
    );
    expect.insert("web/maps.js", "gcp-");
    expect
}

/// Look-alikes users complain about: documented examples, placeholders, environment references,
/// UUIDs and hashes, lockfile integrity strings, template expressions.
fn lookalikes(ws: &Workspace, g: &mut Gen) {
    ws.write(
        "docs/aws.md",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    );
    ws.write(
        "docs/setup.md",
        "STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=<your-token>\npassword: changeme\napi_key = \"YOUR_API_KEY\"\n",
    );
    ws.write(
        "src/env.ts",
        "const db = process.env.DATABASE_URL;\nconst password = process.env.DB_PASSWORD;\nexport const token = `${process.env.API_TOKEN}`;\nsecret_key = os.environ[\"SECRET_KEY\"]\nDATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n",
    );
    ws.write(
        "src/ids.py",
        format!(
            "request_token_id = \"{}-{}-4{}-a{}-{}\"\ncommit = \"{}\"\nsha256 = \"{}\"\nsession_key_hash = \"{}\"\n",
            g.chars(HEX, 8),
            g.chars(HEX, 4),
            g.chars(HEX, 3),
            g.chars(HEX, 3),
            g.chars(HEX, 12),
            g.chars(HEX, 40),
            g.chars(HEX, 64),
            g.chars(HEX, 32),
        ),
    );
    ws.write(
        "package-lock.json",
        format!(
            "{{\n  \"packages\": {{\n    \"node_modules/left-pad\": {{\n      \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n      \"integrity\": \"sha512-{}==\"\n    }}\n  }}\n}}\n",
            g.chars(BASE64, 86)
        ),
    );
    ws.write(
        "chart/templates/secret.yaml",
        "stringData:\n  password: {{ .Values.db.password }}\n  token: \"{{ .Values.apiToken }}\"\n  secret: ${{ secrets.DEPLOY_SECRET }}\n",
    );
}

#[test]
fn ten_kinds_of_credentials_found_and_six_kinds_of_lookalikes_ignored() {
    let ws = Workspace::new();
    let mut g = Gen::new(2026);
    let expect = credentials(&ws, &mut g);
    lookalikes(&ws, &mut g);
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let findings = report["findings"].as_array().unwrap();
    let mut by_path: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in findings {
        by_path
            .entry(f["path"].as_str().unwrap().to_string())
            .or_default()
            .push(f["rule_id"].as_str().unwrap().to_string());
    }
    for (path, prefix) in &expect {
        let ids = by_path.get(*path).cloned().unwrap_or_default();
        assert!(
            ids.len() == 1 && ids[0].starts_with(prefix),
            "{path}: expected one {prefix}* finding, got {ids:?}"
        );
    }
    let unexpected: Vec<_> = by_path
        .iter()
        .filter(|(p, _)| !expect.contains_key(p.as_str()))
        .collect();
    assert!(
        unexpected.is_empty(),
        "look-alikes reported: {unexpected:?}"
    );
    // The AWS id and secret are one paired finding.
    let aws = findings
        .iter()
        .find(|f| f["path"] == "deploy/aws.ini")
        .unwrap();
    assert!(
        aws["related"].is_object(),
        "AWS key id reported without its secret: {aws}"
    );
}
