//! `.keyhound.toml`: what the user allows and which rules they disable or add (design §5).
//!
//! Found at the repository root (the nearest ancestor of the first scan path that holds the file,
//! stopping at the directory that holds `.git`), or given with `--config`. Path globs are relative
//! to the config file's directory and use `/`, whatever the platform.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::rules::RuleSet;

/// The file name keyhound looks for.
pub const FILE_NAME: &str = ".keyhound.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    allow: AllowSection,
    #[serde(default)]
    rules: RulesSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowSection {
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    fingerprints: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesSection {
    #[serde(default)]
    disable: Vec<String>,
    #[serde(default)]
    extra: Vec<String>,
}

/// A loaded configuration.
#[derive(Debug, Default)]
pub struct Config {
    /// Directory the config's relative paths are resolved against.
    root: PathBuf,
    paths: GlobSet,
    has_paths: bool,
    fingerprints: HashSet<String>,
    disable: Vec<String>,
    extra: Vec<PathBuf>,
    /// The file it was loaded from, if any.
    pub file: Option<PathBuf>,
}

impl Config {
    /// Loads an explicit config file.
    pub fn load(path: &Path) -> Result<Config> {
        let err = |message: String| Error::Config {
            path: path.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let root = std::path::absolute(path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let mut config = Config::parse(&text, root).map_err(err)?;
        config.file = Some(path.to_path_buf());
        Ok(config)
    }

    /// Finds `.keyhound.toml` for a scan of `start`: in `start` or an ancestor, up to the directory
    /// holding `.git`. No file found means an empty config.
    pub fn discover(start: &Path) -> Result<Config> {
        let Ok(mut dir) = std::path::absolute(start) else {
            return Ok(Config::default());
        };
        if !dir.is_dir() {
            dir.pop();
        }
        loop {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            if dir.join(".git").exists() || !dir.pop() {
                return Ok(Config::default());
            }
        }
    }

    /// Parses config text whose relative paths are resolved against `root`.
    pub fn parse(text: &str, root: PathBuf) -> std::result::Result<Config, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut globs = GlobSetBuilder::new();
        for pattern in &file.allow.paths {
            let pattern = pattern.trim_start_matches("./");
            // Like .gitignore: a pattern without a slash matches at any depth.
            let full = if pattern.contains('/') {
                pattern.to_string()
            } else {
                format!("**/{pattern}")
            };
            let glob = GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("allow.paths {pattern:?}: {e}"))?;
            globs.add(glob);
        }
        let paths = globs.build().map_err(|e| e.to_string())?;
        Ok(Config {
            has_paths: !file.allow.paths.is_empty(),
            paths,
            fingerprints: file.allow.fingerprints.into_iter().collect(),
            disable: file.rules.disable,
            extra: file.rules.extra.iter().map(|e| root.join(e)).collect(),
            root,
            file: None,
        })
    }

    /// True when `path` matches an `[allow] paths` glob: such files are not scanned at all.
    pub fn path_allowed(&self, path: &Path) -> bool {
        if !self.has_paths {
            return false;
        }
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        let relative = absolute.strip_prefix(&self.root).unwrap_or(&absolute);
        let text = relative.to_string_lossy().replace('\\', "/");
        self.paths.is_match(text.trim_start_matches("./"))
    }

    /// True when a finding with this fingerprint is allowed.
    pub fn fingerprint_allowed(&self, fingerprint: &str) -> bool {
        self.fingerprints.contains(fingerprint)
    }

    /// Applies `[rules] disable` and `extra` to `rules`. Returns disabled ids that matched nothing,
    /// so the CLI can warn about typos.
    pub fn apply(&self, rules: &mut RuleSet) -> Result<Vec<String>> {
        for path in &self.extra {
            let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            rules.add_file(&path.to_string_lossy(), &text)?;
        }
        Ok(rules.disable(&self.disable))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_globs_are_relative_to_the_config_and_slashless_ones_match_anywhere() {
        let root = std::env::temp_dir().join("kh-config-test");
        let cfg = Config::parse(
            "[allow]\npaths = [\"tests/fixtures/**\", \"*.pem\"]\n",
            root.clone(),
        )
        .unwrap();
        assert!(cfg.path_allowed(&root.join("tests/fixtures/a/b.txt")));
        assert!(cfg.path_allowed(&root.join("deep/dir/key.pem")));
        assert!(!cfg.path_allowed(&root.join("src/main.rs")));
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(Config::parse("[allow]\npath = []\n", PathBuf::new()).is_err());
    }
}
