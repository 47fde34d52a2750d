import Foundation

enum Keys {
    static let featureNewCheckout = "false"
    static let clientSecret = "<your-client-secret>"
}
