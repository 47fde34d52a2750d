import Foundation

enum Keys {
    static let stripeKey = "sk_live_nR8mz358oL3W"
    static let workers = "3"
}
