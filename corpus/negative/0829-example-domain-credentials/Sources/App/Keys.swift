import Foundation

enum Keys {
    static let cacheTtl = "3600"
    static let repoUrl = "https://user:pass@example.com/repo.git"
}
