import Foundation

enum Keys {
    static let paystackSecretKey = "sk_live_a3a868702e0dccbb799b969211eae2e8af747a7d"
    static let sentryEnvironment = "production"
}
