//! GitHub Actions (`keyhound ci`): which commits an event asks to scan ([`event`]), workflow-command
//! annotations on the findings ([`annotate`]) and the Markdown job summary ([`summary`]). Pure
//! functions over strings and findings, so each is unit-tested without a runner.

pub mod annotate;
pub mod event;
pub mod summary;

pub use event::{plan, EventError, Plan};

#[cfg(test)]
mod tests {
    use super::annotate::{annotations, MAX_ANNOTATIONS};
    use super::summary::{self, Context, Limits};
    use crate::findings::{Commit, Finding};
    use crate::rules::{Confidence, Revoke, Rotation, Severity};
    use crate::scan::Report;

    fn finding(severity: Severity, path: &str, line: usize) -> Finding {
        Finding {
            rule_id: format!("rule-{severity}"),
            rule_name: format!("A {severity} credential"),
            severity,
            confidence: Confidence::High,
            path: path.to_string(),
            line,
            column: 5,
            end_line: line,
            end_column: 25,
            secret: "tok_…WXYZ".to_string(),
            fingerprint: "kh1:00112233445566778899aabbccddeeff".to_string(),
            exposure: None,
            related: None,
            user: None,
            commit: Some(Commit {
                id: "0123456789abcdef0123456789abcdef01234567".to_string(),
                author: "Ada Example".to_string(),
                email: "ada@example.com".to_string(),
                date: "2023-11-14T22:15:20+00:00".to_string(),
                summary: "add config".to_string(),
            }),
            in_head: None,
            blob: None,
            origin: None,
            encoding: None,
            rotation: Rotation {
                summary: "Roll it in the console.".to_string(),
                docs: "https://example.com/rotate".to_string(),
                revoke: Revoke::Ui,
                steps: vec![
                    "Create a new key.".to_string(),
                    "Delete the old one.".to_string(),
                ],
            },
            context: String::new(),
        }
    }

    fn report(findings: Vec<Finding>) -> Report {
        let mut report = Report {
            findings,
            ..Report::default()
        };
        report.summary.complete = true;
        report.summary.findings = report.findings.len();
        report
    }

    #[test]
    fn at_most_ten_annotations_worst_first_with_escaped_properties() {
        let mut findings: Vec<Finding> = (1..=12)
            .map(|i| finding(Severity::Low, "a/low,file:x.env", i))
            .collect();
        findings.push(finding(Severity::Critical, "z/critical.env", 3));
        findings.push(finding(Severity::Info, "a/public.js", 1));
        let lines = annotations(&findings, MAX_ANNOTATIONS);
        assert_eq!(lines.len(), 10);
        assert!(lines[0].starts_with("::error file=z/critical.env,line=3,endLine=3,col=5,endColumn=25,title=keyhound%3A A critical credential (critical)::"));
        assert!(
            lines[1].contains("file=a/low%2Cfile%3Ax.env,line=1,"),
            "{}",
            lines[1]
        );
        assert!(lines
            .iter()
            .all(|l| !l.contains('\n') && l.starts_with("::error ")));
        assert!(lines[0].contains("%0ARotate it: Roll it in the console."));
        // An info finding alone is a notice, not an error.
        let info = annotations(&[finding(Severity::Info, "p.js", 1)], MAX_ANNOTATIONS);
        assert!(info[0].starts_with("::notice "));
    }

    #[test]
    fn summary_caps_rows_and_says_how_many_more() {
        let findings: Vec<Finding> = (1..=75)
            .map(|i| finding(Severity::High, "deploy/app.env", i))
            .collect();
        let context = Context {
            scope: "pull request".to_string(),
            config: "none".to_string(),
            sarif: Some("keyhound.sarif".to_string()),
        };
        let text = summary::render(&report(findings), &context, Limits::default());
        assert!(text.starts_with("## keyhound: 75 findings\n"));
        assert_eq!(text.matches("| high | rule-high |").count(), 50);
        assert!(text.contains("…and 25 more findings"));
        assert!(text.contains("### How to rotate"));
        assert!(text.contains("1. Create a new key."));
        assert!(text.contains("| 0123456 |"));
    }

    #[test]
    fn summary_stays_within_its_byte_limit_whatever_the_paths() {
        let long = "d/".repeat(5000);
        let findings: Vec<Finding> = (1..=60)
            .map(|i| finding(Severity::High, &long, i))
            .collect();
        let limits = Limits {
            bytes: 4096,
            ..Limits::default()
        };
        let text = summary::render(&report(findings), &Context::default(), limits);
        assert!(text.len() <= 4096, "{}", text.len());
        assert!(text.contains("truncated"));
        let clean = summary::render(&report(Vec::new()), &Context::default(), Limits::default());
        assert!(clean.starts_with("## keyhound: no secrets found\n"));
    }
}
