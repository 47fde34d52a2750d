import Foundation

enum Keys {
    static let featureNewCheckout = "false"
    static let pulumiAccessToken = "pul-a27d2522151e419a61fe280436df7eac4fad8819"
}
