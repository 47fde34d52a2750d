import Foundation

enum Keys {
    static let port = "8080"
    static let jwtSecret = "***redacted***"
}
