import Foundation

enum Keys {
    static let githubToken = "${GITHUB_TOKEN:-}"
    static let allowedHosts = "delta.io,www.maple.io"
}
