//! Who can see a secret (design §3): files that are shipped to browsers, variables that frontend
//! frameworks inline into client code, and logs; a rule may also declare one (`exposure` in its
//! file) for matches that are public wherever they are written. A server secret found in a public
//! place is always critical, whatever its rule says, because every visitor of the site holds a copy.

use super::Exposure;
use crate::rules::Severity;

/// Folders that hold built frontend output served to browsers.
const BUILD_DIRS: &[&str] = &[
    "dist/",
    "build/",
    "out/",
    ".next/static/",
    ".svelte-kit/output/",
    ".output/public/",
    "_expo/static/",
];

/// File endings of what a browser downloads.
const BUNDLE_EXTENSIONS: &[&str] = &[".js", ".mjs", ".cjs", ".css", ".html", ".htm", ".map"];

/// Names that mark a minified or chunked bundle wherever it lives.
const BUNDLE_MARKERS: &[&str] = &[".min.js", ".chunk.js", ".bundle.js", ".min.css", ".js.map"];

/// Variable prefixes that frameworks inline into client bundles (Next.js, Vite, Create React
/// App, SvelteKit and Astro, Nuxt, Expo, Gatsby).
pub const PUBLIC_ENV_PREFIXES: &[&str] = &[
    "NEXT_PUBLIC_",
    "VITE_",
    "REACT_APP_",
    "PUBLIC_",
    "NUXT_PUBLIC_",
    "EXPO_PUBLIC_",
    "GATSBY_",
];

/// The exposure a file's path implies: shipped bundles and logs. `None` means nothing is known
/// from the path alone.
pub fn of_path(path: &str) -> Option<Exposure> {
    let lower = path.to_ascii_lowercase();
    let in_build_dir = BUILD_DIRS
        .iter()
        .any(|d| lower.starts_with(d) || lower.contains(&format!("/{d}")));
    let is_bundle_file = BUNDLE_EXTENSIONS.iter().any(|e| lower.ends_with(e));
    if (in_build_dir && is_bundle_file) || BUNDLE_MARKERS.iter().any(|m| lower.ends_with(m)) {
        return Some(Exposure::PublicBundle);
    }
    if lower.ends_with(".log") || lower.contains("/logs/") || lower.starts_with("logs/") {
        return Some(Exposure::Log);
    }
    None
}

/// Longest line prefix that can still be a variable assignment: an env line is short, and a
/// megabyte-long minified line is not worth decoding for this.
const MAX_ASSIGNMENT: usize = 512;

/// `PublicEnv` when the text before a secret on its line assigns it to a variable with a public
/// prefix (`NEXT_PUBLIC_STRIPE_KEY=…`, `VITE_TOKEN: "…"`, `export REACT_APP_X=…`).
pub fn of_assignment(before_secret: &[u8]) -> Option<Exposure> {
    if before_secret.len() > MAX_ASSIGNMENT {
        return None;
    }
    let text = String::from_utf8_lossy(before_secret);
    let name = text
        .trim_start_matches([' ', '\t', '-'])
        .trim_start_matches("export ")
        .trim_start_matches(['"', '\''])
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .unwrap_or_default();
    let assigns = text[text.find(name).unwrap_or(0) + name.len()..]
        .trim_start_matches(['"', '\''])
        .trim_start()
        .starts_with(['=', ':']);
    (assigns && PUBLIC_ENV_PREFIXES.iter().any(|p| name.starts_with(p)))
        .then_some(Exposure::PublicEnv)
}

/// The severity a finding is reported with: a secret (anything above `info`, which marks keys
/// that are public by design) in a public bundle or public variable is critical.
pub fn severity(rule: Severity, exposure: Option<Exposure>) -> Severity {
    match exposure {
        Some(e) if e.is_public() && rule > Severity::Info => Severity::Critical,
        _ => rule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_and_logs_are_recognised_by_path() {
        assert_eq!(
            of_path("dist/assets/index-4f2a.js"),
            Some(Exposure::PublicBundle)
        );
        assert_eq!(
            of_path("web/.next/static/chunks/app.js"),
            Some(Exposure::PublicBundle)
        );
        assert_eq!(
            of_path("vendor/jquery.min.js"),
            Some(Exposure::PublicBundle)
        );
        assert_eq!(
            of_path("build/static/js/main.js.map"),
            Some(Exposure::PublicBundle)
        );
        assert_eq!(of_path("var/logs/app.txt"), Some(Exposure::Log));
        assert_eq!(of_path("server.log"), Some(Exposure::Log));
        assert_eq!(of_path("src/dist.rs"), None);
        assert_eq!(of_path("build/config.toml"), None);
    }

    #[test]
    fn public_variables_are_recognised_by_prefix() {
        assert_eq!(
            of_assignment(b"NEXT_PUBLIC_STRIPE_KEY="),
            Some(Exposure::PublicEnv)
        );
        assert_eq!(
            of_assignment(b"export VITE_API_TOKEN=\""),
            Some(Exposure::PublicEnv)
        );
        assert_eq!(
            of_assignment(b"  \"REACT_APP_KEY\": \""),
            Some(Exposure::PublicEnv)
        );
        assert_eq!(
            of_assignment(b"  - EXPO_PUBLIC_KEY="),
            Some(Exposure::PublicEnv)
        );
        assert_eq!(of_assignment(b"STRIPE_SECRET_KEY="), None);
        assert_eq!(of_assignment(b"const x = NEXT_PUBLIC_URL + \""), None);
    }

    #[test]
    fn secrets_in_public_places_become_critical_but_public_keys_stay_info() {
        let public = Some(Exposure::PublicEnv);
        assert_eq!(severity(Severity::Medium, public), Severity::Critical);
        assert_eq!(severity(Severity::Info, public), Severity::Info);
        assert_eq!(
            severity(Severity::Medium, Some(Exposure::Log)),
            Severity::Medium
        );
    }
}
