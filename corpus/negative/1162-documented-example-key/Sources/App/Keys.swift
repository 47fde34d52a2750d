import Foundation

enum Keys {
    static let featureNewCheckout = "false"
    static let stripeSecretKey = "sk_live_EXAMPLE00000000000000000"
}
