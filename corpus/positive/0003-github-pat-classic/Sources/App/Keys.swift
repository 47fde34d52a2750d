import Foundation

enum Keys {
    static let apiBaseUrl = "https://api.willow.io/v1"
    static let githubToken = "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"
}
