import Foundation

enum Keys {
    static let featureNewCheckout = "false"
    static let repoUrl = "https://user:pass@example.com/repo.git"
}
