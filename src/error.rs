//! Library errors. The CLI turns these into messages and exit code 2; a scan never fails as a whole
//! because of one bad input file (those become `Skipped` entries instead).
use std::path::PathBuf;

/// Everything that can stop keyhound from starting a scan.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule file is not valid TOML or does not match the rule schema.
    #[error("rule file {file}: {message}")]
    RuleFile {
        /// Which file: a built-in `rules/*.toml` name or a user rule file's path, to open and fix.
        file: String,
        /// The TOML parser's complaint, with the position it points at.
        message: String,
    },
    /// A rule is structurally invalid (bad regex, unknown check, missing keyword...).
    #[error("rule {id}: {message}")]
    Rule {
        /// The offending rule, so the user knows which `[[rule]]` to fix (`*` for the whole set).
        id: String,
        /// What is wrong with it.
        message: String,
    },
    /// The configuration file could not be read or parsed.
    #[error("config {path}: {message}")]
    Config {
        /// The config or baseline file; for a config read from a commit, `REV:.keyhound.toml`.
        path: PathBuf,
        /// What is wrong with it, for the user to fix.
        message: String,
    },
    /// A git repository could not be opened or walked as a whole (one unreadable object is not
    /// an error: it is reported in the summary and makes the scan incomplete).
    #[error("git repository {path}: {message}")]
    Git {
        /// The repository (or where discovery started), so the user knows which one failed.
        path: PathBuf,
        /// git's own explanation.
        message: String,
    },
    /// A range scan cannot be done honestly: BASE, HEAD or commits between them are missing
    /// (typically a shallow clone). The message says how to fetch them.
    #[error("{0}")]
    Range(String),
    /// An I/O error on something keyhound must read to start (not a scanned file).
    #[error("{path}: {source}")]
    Io {
        /// The file or folder that could not be read.
        path: PathBuf,
        /// The operating system's error, kept as the source for error chains.
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand for results carrying [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
