import Foundation

enum Keys {
    static let logLevel = "info"
    static let shopifyAccessToken = "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"
}
