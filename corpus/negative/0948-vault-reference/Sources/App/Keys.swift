import Foundation

enum Keys {
    static let appEnv = "staging"
    static let githubToken = "vault:secret/data/sierra#github_token"
}
