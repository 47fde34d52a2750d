import Foundation

enum Keys {
    static let stripeSecretKey = "${{ secrets.STRIPE_SECRET_KEY }}"
    static let maxConnections = "20"
}
