//! Logs and request dumps, through the CLI: session cookies, query-string tokens, HTTP Basic
//! credentials (reported with their decoded user, never their password), passwords in URLs and
//! AWS pre-signed URLs, each at its line with exposure `log`; look-alikes that must stay quiet; and
//! code reading a secret-named public variable, which is public whatever its value. Every value is
//! generated at test time, so no credential is stored in this file.

mod common;

use base64::Engine as _;
use common::{assert_contains, Gen, Workspace, BASE62, HEX, UPPER32};
use serde_json::Value;

/// Synthetic credentials for one log, drawn from a fixed seed.
struct Secrets {
    access_token: String,
    session: String,
    connect_sid: String,
    basic_user: &'static str,
    basic_password: String,
    db_password: String,
    key_id: String,
    security_token: String,
    signature: String,
}

impl Secrets {
    fn new(seed: u64) -> Secrets {
        let mut g = Gen::new(seed);
        // The first run before a `%2F` is shorter than the 100 characters an STS token needs
        // unencoded: only a rule that reads percent-encoding finds it whole.
        let security_token = format!(
            "IQoJb3JpZ2luX2VjE{}%2F{}%2B{}%2F{}%3D%3D",
            g.chars(BASE62, 50),
            g.chars(BASE62, 40),
            g.chars(BASE62, 60),
            g.chars(BASE62, 45)
        );
        Secrets {
            access_token: g.chars(BASE62, 40),
            session: g.chars(BASE62, 32),
            connect_sid: format!("s%3A{}.{}", g.chars(BASE62, 32), g.chars(BASE62, 43)),
            basic_user: "svc-deploy",
            basic_password: g.chars(BASE62, 18),
            db_password: g.chars(BASE62, 20),
            key_id: format!("ASIA{}", g.chars(UPPER32, 16)),
            security_token,
            signature: g.chars(HEX, 64),
        }
    }

    fn basic(&self) -> String {
        base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{}", self.basic_user, self.basic_password))
    }

    fn presigned_url(&self) -> String {
        format!(
            "https://exports.s3.us-east-1.amazonaws.com/q4.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256\
             &X-Amz-Credential={}%2F20261204%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261204T100000Z\
             &X-Amz-Expires=3600&X-Amz-Security-Token={}&X-Amz-SignedHeaders=host&X-Amz-Signature={}",
            self.key_id, self.security_token, self.signature
        )
    }

    /// An access log and request dump, one credential per line, with the rule each must yield
    /// and the value it must report.
    fn log(&self) -> (String, Vec<(&'static str, String)>) {
        let stamp = "[04/Dec/2026:10:00:00 +0000]";
        let lines: Vec<(String, Option<(&'static str, String)>)> = vec![
            (format!("# access log {stamp}"), None),
            (
                format!(
                    "203.0.113.7 - - {stamp} \"GET /api/v1/items?page=2&access_token={} HTTP/1.1\" 200 512 \"-\" \"okhttp/4.12\"",
                    self.access_token
                ),
                Some(("url-query-token", self.access_token.clone())),
            ),
            (
                format!("> Cookie: _ga=GA1.2.1048576.1733300000; session={}; theme=dark", self.session),
                Some(("http-session-cookie", self.session.clone())),
            ),
            (
                format!("< Set-Cookie: connect.sid={}; Path=/; HttpOnly", self.connect_sid),
                Some(("http-session-cookie", self.connect_sid.clone())),
            ),
            (
                format!(
                    "127.0.0.1 - - {stamp} \"GET /x HTTP/1.1\" 200 10 \"-\" \"curl/8.5\" \"Authorization: Basic {}\"",
                    self.basic()
                ),
                Some(("http-basic-auth", self.basic())),
            ),
            (
                format!(
                    "2026-12-04T10:00:01Z INFO db connect postgres://ledger:{}@db.internal:5432/ledger",
                    self.db_password
                ),
                Some(("database-postgres-url", self.db_password.clone())),
            ),
            (
                format!("2026-12-04T10:00:02Z DEBUG fetch {}", self.presigned_url()),
                Some(("aws-presigned-url", self.signature.clone())),
            ),
        ];
        let mut text = String::new();
        let mut expected = Vec::new();
        for (line, finding) in lines {
            text.push_str(&line);
            text.push('\n');
            expected.extend(finding);
        }
        (text, expected)
    }
}

fn scan(ws: &Workspace, extra: &[&str]) -> Value {
    let mut args = vec!["scan", "--format", "json"];
    args.extend_from_slice(extra);
    let run = ws.run(&args);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    run.json()
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings")
}

/// The finding of `rule` on `line`.
fn at<'a>(report: &'a Value, rule: &str, line: usize) -> &'a Value {
    findings(report)
        .iter()
        .find(|f| f["rule_id"] == rule && f["line"] == line)
        .unwrap_or_else(|| panic!("no {rule} on line {line}: {report:#}"))
}

/// The 1-based line of the first line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the log"))
}

#[test]
fn every_credential_in_a_log_is_found_at_its_line_with_exposure_log() {
    let ws = Workspace::new();
    let secrets = Secrets::new(501);
    let (log, expected) = secrets.log();
    ws.write("var/log/app/access.log", &log);
    let report = scan(&ws, &["--show-secrets"]);
    for (rule, value) in &expected {
        let f = at(&report, rule, line_of(&log, value));
        assert_eq!(f["secret"], value.as_str(), "{rule}");
        assert_eq!(f["exposure"], "log", "{rule}");
        assert_eq!(f["path"], "var/log/app/access.log");
    }
    let ids: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        expected.len() + 1,
        "one finding per credential, plus the STS token: {ids:?}"
    );
}

#[test]
fn log_findings_are_redacted_by_default() {
    let ws = Workspace::new();
    let secrets = Secrets::new(502);
    let (log, expected) = secrets.log();
    ws.write("access.log", &log);
    let json = ws.run(&["scan", "--format", "json"]);
    let text = ws.run(&["scan"]);
    for (rule, value) in &expected {
        assert!(
            !json.stdout.contains(value.as_str()),
            "{rule} leaks in JSON"
        );
        assert!(
            !text.stdout.contains(value.as_str()),
            "{rule} leaks in text"
        );
    }
    let report = json.json();
    let token = at(
        &report,
        "url-query-token",
        line_of(&log, &secrets.access_token),
    );
    let shown = token["secret"].as_str().unwrap();
    assert!(
        shown.contains('…')
            && secrets
                .access_token
                .starts_with(shown.split('…').next().unwrap())
    );
}

#[test]
fn basic_credentials_name_their_decoded_user_but_never_the_password() {
    let ws = Workspace::new();
    let secrets = Secrets::new(503);
    let (log, _) = secrets.log();
    ws.write("access.log", &log);
    let line = line_of(&log, &secrets.basic());
    for extra in [&[][..], &["--show-secrets"][..]] {
        let report = scan(&ws, extra);
        assert_eq!(at(&report, "http-basic-auth", line)["user"], "svc-deploy");
        let mut args = vec!["scan"];
        args.extend_from_slice(extra);
        let text = ws.run(&args);
        assert_contains(
            &text.stdout,
            "decoded user: svc-deploy (password not shown)",
        );
        let sarif = ws.run(&[&["scan", "--format", "sarif"][..], extra].concat());
        for out in [&text.stdout, &sarif.stdout, &report.to_string()] {
            assert!(!out.contains(&secrets.basic_password), "password printed");
        }
    }
    // Only Basic credentials carry a user.
    let report = scan(&ws, &[]);
    let users: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f.get("user").is_some())
        .collect();
    assert_eq!(users.len(), 1, "{users:?}");
}

#[test]
fn curl_forms_of_basic_and_bearer_credentials_are_found() {
    let ws = Workspace::new();
    let secrets = Secrets::new(504);
    let mut g = Gen::new(5040);
    let bearer = g.chars(BASE62, 40);
    let password = g.chars(BASE62, 16);
    ws.write(
        "deploy.log",
        format!(
            "+ curl -sS -H \"Authorization: Basic {}\" https://nexus.internal/repo\n\
             + curl -u ops:{password} https://nas.internal/api\n\
             10.0.0.2 - - [04/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 1 \"-\" \"Authorization: Bearer {bearer}\"\n",
            secrets.basic()
        ),
    );
    let report = scan(&ws, &["--show-secrets"]);
    assert_eq!(at(&report, "http-basic-auth", 1)["user"], "svc-deploy");
    assert_eq!(
        at(&report, "generic-curl-user", 2)["secret"],
        password.as_str()
    );
    assert_eq!(
        at(&report, "http-bearer-token", 3)["secret"],
        bearer.as_str()
    );
}

#[test]
fn presigned_url_reports_the_key_id_and_the_whole_encoded_session_token() {
    let ws = Workspace::new();
    let secrets = Secrets::new(505);
    ws.write("s3.log", format!("GET {}\n", secrets.presigned_url()));
    let report = scan(&ws, &["--show-secrets"]);
    let url = at(&report, "aws-presigned-url", 1);
    assert_eq!(url["related"]["name"], "access key id");
    assert_eq!(url["related"]["secret"], secrets.key_id.as_str());
    let token = at(&report, "aws-session-token", 1);
    assert_eq!(token["secret"], secrets.security_token.as_str());
    assert_eq!(token["severity"], "high");
    assert_eq!(findings(&report).len(), 2, "{report:#}");
}

#[test]
fn session_cookies_in_a_har_dump_are_found() {
    let ws = Workspace::new();
    let mut g = Gen::new(506);
    let php = g.chars(b"0123456789abcdefghijklmnopqrstuv", 26);
    let laravel = format!("{}%3D", g.chars(BASE62, 40));
    // Written by hand: browsers export each cookie as `name`, then `value`, then attributes.
    let har = format!(
        r#"{{"log": {{"entries": [{{"request": {{
  "url": "https://shop.internal/cart",
  "headers": [
    {{"name": "Accept", "value": "text/html"}},
    {{"name": "Cookie", "value": "_gid=GA1.2.2097152.1733300000; PHPSESSID={php}"}}
  ],
  "cookies": [
    {{"name": "laravel_session", "value": "{laravel}", "path": "/", "httpOnly": true}}
  ]
}}}}]}}}}
"#
    );
    serde_json::from_str::<Value>(&har).expect("the HAR is JSON");
    ws.write("capture.har", &har);
    let report = scan(&ws, &["--show-secrets"]);
    let values: Vec<&str> = findings(&report)
        .iter()
        .filter(|f| f["rule_id"] == "http-session-cookie")
        .map(|f| f["secret"].as_str().unwrap())
        .collect();
    assert_eq!(values, [php.as_str(), laravel.as_str()]);
}

#[test]
fn look_alikes_in_logs_are_not_flagged() {
    let ws = Workspace::new();
    let secrets = Secrets::new(507);
    let mut g = Gen::new(5070);
    let lines = [
        format!(
            "> Cookie: _ga=GA1.2.{}.1733300000; _gid=GA1.2.{}.1733300000; _fbp=fb.1.1733300000000.{}",
            g.chars(b"0123456789", 10),
            g.chars(b"0123456789", 10),
            g.chars(b"0123456789", 10)
        ),
        "> Cookie: theme=dark; lang=en; cookieconsent_status=dismiss".to_string(),
        "10.0.0.3 - - [04/Dec/2026:10:00:00 +0000] \"GET /items?page=2&sort=asc HTTP/1.1\" 200 1"
            .to_string(),
        "+ curl \"https://api.internal/v1/me?token=${TOKEN}\"".to_string(),
        "< Set-Cookie: session=; Max-Age=0; Path=/".to_string(),
        format!(
            "GET https://cdn.internal/f.bin?X-Amz-Date=20261204T100000Z&X-Amz-Signature={}",
            secrets.signature
        ),
        format!(
            "GET /download?file=q4.csv&expires=1733300000&sig={}&signature={}",
            g.chars(BASE62, 43),
            g.chars(HEX, 64)
        ),
    ];
    ws.write("quiet.log", lines.join("\n") + "\n");
    let run = ws.run(&["scan", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(findings(&run.json()).is_empty());
}

#[test]
fn reading_a_secret_named_public_variable_is_critical_and_public() {
    let ws = Workspace::new();
    // Written in pieces so that this test's own source does not read as such code.
    let env = ["process", "env", "NEXT_PUBLIC"].join(".");
    ws.write(
        "app/checkout/page.tsx",
        format!(
            "const url = {env}_API_URL;\nconst stripe = new Stripe({env}_STRIPE_SECRET_KEY);\n"
        ),
    );
    // No --show-secrets: the variable name is not a credential and is shown in full.
    let report = scan(&ws, &[]);
    let all = findings(&report);
    assert_eq!(all.len(), 1, "the API URL stays unflagged: {all:?}");
    let f = &all[0];
    assert_eq!(f["rule_id"], "public-env-secret-read");
    assert_eq!(f["line"], 2);
    assert_eq!(f["secret"], "NEXT_PUBLIC_STRIPE_SECRET_KEY");
    assert_eq!(f["exposure"], "public-env");
    assert_eq!(f["severity"], "critical");
}
