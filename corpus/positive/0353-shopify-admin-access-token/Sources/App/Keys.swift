import Foundation

enum Keys {
    static let cacheTtl = "60"
    static let shopifyAccessToken = "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"
}
