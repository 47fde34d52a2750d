import Foundation

enum Keys {
    static let apiBaseUrl = "https://api.willow.io/v2"
    static let githubToken = "projects/385946996793/secrets/github-token/versions/latest"
}
