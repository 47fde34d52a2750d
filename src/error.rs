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
