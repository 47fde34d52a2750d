//! Library errors. The CLI turns these into messages and exit code 2; a scan never fails as a whole
//! because of one bad input file (those become `Skipped` entries instead).
use std::path::PathBuf;

/// Everything that can stop keyhound from starting a scan.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule file is not valid TOML or does not match the rule schema.
    #[error("rule file {file}: {message}")]
    RuleFile { file: String, message: String },
    /// A rule is structurally invalid (bad regex, unknown check, missing keyword...).
    #[error("rule {id}: {message}")]
    Rule { id: String, message: String },
    /// The configuration file could not be read or parsed.
    #[error("config {path}: {message}")]
    Config { path: PathBuf, message: String },
    /// A git repository could not be opened or walked as a whole (one unreadable object is not
    /// an error: it is reported in the summary and makes the scan incomplete).
    #[error("git repository {path}: {message}")]
    Git { path: PathBuf, message: String },
    /// A range scan cannot be done honestly: BASE, HEAD or commits between them are missing
    /// (typically a shallow clone). The message says how to fetch them.
    #[error("{0}")]
    Range(String),
    /// An I/O error on something keyhound must read to start (not a scanned file).
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand for results carrying [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
