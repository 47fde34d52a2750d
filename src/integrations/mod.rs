//! Integrations with the places keyhound runs besides a terminal (design §7). They decide what to
//! scan from the host's context and render findings in the host's own formats; scanning itself
//! stays in [`crate::sources`] and reporting in [`crate::report`].

pub mod github;
