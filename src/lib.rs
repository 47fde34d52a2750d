//! keyhound: a secret scanner.
//!
//! The data flows through the modules in this order, and the folder layout follows it:
//! [`sources`] produce blobs (bytes plus where they came from) → [`engine`] finds candidates
//! (keyword prefilter, regex confirmation, filters and structural checks), and again in what
//! [`decode`] reveals under base64, hex, percent-encoding and escapes → [`findings`] turns them
//! into located, fingerprinted, redacted findings → [`report`] renders them as text, JSON or SARIF.
//! [`rules`] holds the rule data the engine is built from; [`config`] the user's allowlists;
//! [`integrations`] adapts scans to hosts such as GitHub Actions; [`hooks`] installs the git hooks
//! that run keyhound before a commit or a push.

#![warn(missing_docs)]

pub mod config;
pub mod decode;
pub mod engine;
pub mod error;
pub mod findings;
pub mod hooks;
pub mod integrations;
pub mod report;
pub mod rules;
pub mod scan;
pub mod sources;

pub use error::{Error, Result};
