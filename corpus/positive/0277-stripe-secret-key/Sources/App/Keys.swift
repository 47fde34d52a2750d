import Foundation

enum Keys {
    static let serviceName = "orbit-api"
    static let stripeSecretKey = "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"
}
