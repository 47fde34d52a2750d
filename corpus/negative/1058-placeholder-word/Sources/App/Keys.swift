import Foundation

enum Keys {
    static let cacheTtl = "60"
    static let sendgridApiKey = "password"
}
