//! SARIF 2.1.0 for GitHub code scanning (design §7, reference `sarif-github.md`): one run, one
//! descriptor per rule that has results (with help text and Markdown carrying the rotation steps,
//! `security-severity` and `precision`), redacted snippets, character columns with exclusive ends,
//! and a stable `primaryLocationLineHash` derived from the value fingerprint so alerts survive
//! line shifts.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use serde_json::{json, Value};
use serde_sarif::sarif::{
    ArtifactContent, ArtifactLocation, Location, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultKind, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use crate::findings::Finding;
use crate::rules::{Confidence, Rule, Severity};
use crate::scan::Report;

/// The schema URI GitHub documents.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// GitHub's `security-severity` score for a severity.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Critical | Severity::High => ResultLevel::Error,
        Severity::Medium => ResultLevel::Warning,
        Severity::Low | Severity::Info => ResultLevel::Note,
    }
}

fn level_name(s: Severity) -> &'static str {
    match level(s) {
        ResultLevel::Error => "error",
        ResultLevel::Warning => "warning",
        _ => "note",
    }
}

fn precision(rule: &Rule) -> &'static str {
    match rule.confidence {
        Confidence::High if !rule.checks.is_empty() => "very-high",
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn text(t: String) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(t).build()
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let r = &rule.rotation;
    let mut help = format!("{}\n\nHow to rotate: {}\n", rule.name, r.summary);
    let mut md = format!(
        "**{}** ({} severity)\n\n### How to rotate\n\n{}\n\n",
        rule.name, rule.severity, r.summary
    );
    for (n, step) in r.steps.iter().enumerate() {
        help.push_str(&format!("{}. {step}\n", n + 1));
        md.push_str(&format!("{}. {step}\n", n + 1));
    }
    help.push_str(&format!("Documentation: {}\n", r.docs));
    md.push_str(&format!(
        "\nRevoke first, then clean history: removing the file does not remove the secret from clones and forks.\n\nDocumentation: [{}]({})\n",
        r.docs, r.docs
    ));
    let mut props = BTreeMap::new();
    props.insert(
        "security-severity".to_string(),
        json!(security_severity(rule.severity)),
    );
    props.insert("precision".to_string(), json!(precision(rule)));
    ReportingDescriptor::builder()
        .id(rule.id.clone())
        .name(rule.name.clone())
        .short_description(text(rule.name.clone()))
        .full_description(text(format!(
            "{} ({}). {}",
            rule.name, rule.provider, r.summary
        )))
        .help(
            MultiformatMessageString::builder()
                .text(help)
                .markdown(md)
                .build(),
        )
        .help_uri(r.docs.clone())
        .default_configuration(ReportingConfiguration {
            level: Some(json!(level_name(rule.severity))),
            ..Default::default()
        })
        .properties(PropertyBag {
            tags: Some(vec![
                "security".into(),
                "secret".into(),
                rule.provider.clone(),
            ]),
            additional_properties: props,
        })
        .build()
}

fn result(f: &Finding, rule_index: usize, occurrence: usize) -> SarifResult {
    let region = Region {
        start_line: Some(f.line as i64),
        start_column: Some(f.column as i64),
        end_line: Some(f.end_line as i64),
        end_column: Some(f.end_column as i64),
        snippet: Some(ArtifactContent {
            text: Some(f.context.clone()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let location = Location {
        physical_location: Some(PhysicalLocation {
            artifact_location: Some(ArtifactLocation {
                uri: Some(uri(&f.path)),
                ..Default::default()
            }),
            region: Some(region),
            ..Default::default()
        }),
        ..Default::default()
    };
    let hash = &f.fingerprint[4..20];
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert(
        "primaryLocationLineHash".to_string(),
        format!("{hash}:{occurrence}"),
    );
    fingerprints.insert("keyhound/v1".to_string(), f.fingerprint.clone());
    let mut props = BTreeMap::new();
    props.insert("severity".to_string(), json!(f.severity.as_str()));
    props.insert("confidence".to_string(), json!(f.confidence.as_str()));
    if let Some(e) = f.exposure {
        props.insert(
            "exposure".to_string(),
            serde_json::to_value(e).unwrap_or(Value::Null),
        );
    }
    if let Some(o) = &f.origin {
        props.insert(
            "origin".to_string(),
            serde_json::to_value(o).unwrap_or(Value::Null),
        );
    }
    if let Some(e) = &f.encoding {
        props.insert("encoding".to_string(), json!(e));
    }
    if let Some(c) = &f.commit {
        props.insert(
            "commit".to_string(),
            serde_json::to_value(c).unwrap_or(Value::Null),
        );
    }
    if let Some(in_head) = f.in_head {
        props.insert("in_head".to_string(), json!(in_head));
    }
    if let Some(user) = &f.user {
        props.insert("user".to_string(), json!(user));
    }
    SarifResult::builder()
        .rule_id(f.rule_id.clone())
        .rule_index(rule_index as i64)
        .level(level(f.severity))
        .kind(ResultKind::Fail)
        .message(Message {
            text: Some(match &f.origin {
                // The map is one long line: name the original file the secret was written in.
                Some(o) => format!(
                    "{} found (source map entry {}, line {}). Rotate it: {}",
                    f.rule_name, o.source, o.line, f.rotation.summary
                ),
                None => format!("{} found. Rotate it: {}", f.rule_name, f.rotation.summary),
            }),
            ..Default::default()
        })
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(PropertyBag {
            tags: None,
            additional_properties: props,
        })
        .build()
}

/// A URI for a report path: relative paths stay relative (what code scanning expects), absolute
/// ones become `file://` URIs; characters outside the URI set are escaped.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 7);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Builds the SARIF log for `report`.
pub fn build(report: &Report, rules: &[Rule]) -> Sarif {
    let mut used: Vec<&Rule> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for f in &report.findings {
        if !index.contains_key(f.rule_id.as_str()) {
            if let Some(rule) = rules.iter().find(|r| r.id == f.rule_id) {
                index.insert(&rule.id, used.len());
                used.push(rule);
            }
        }
    }
    let mut seen: HashMap<(&str, &str, &str), usize> = HashMap::new();
    let results: Vec<SarifResult> = report
        .findings
        .iter()
        .filter_map(|f| {
            let i = *index.get(f.rule_id.as_str())?;
            let n = seen
                .entry((f.path.as_str(), f.rule_id.as_str(), f.fingerprint.as_str()))
                .or_insert(0);
            *n += 1;
            Some(result(f, i, *n))
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("keyhound")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://crates.io/crates/keyhound")
        .rules(used.into_iter().map(descriptor).collect::<Vec<_>>())
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(json!("unicodeCodePoints"))
        .build();
    Sarif::builder()
        .schema(SCHEMA)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// Writes the SARIF log as pretty-printed JSON.
pub fn write(report: &Report, rules: &[Rule], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &build(report, rules))?;
    writeln!(out)
}
