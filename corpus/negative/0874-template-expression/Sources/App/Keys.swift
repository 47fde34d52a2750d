import Foundation

enum Keys {
    static let githubToken = "${{ secrets.GITHUB_TOKEN }}"
    static let appEnv = "staging"
}
