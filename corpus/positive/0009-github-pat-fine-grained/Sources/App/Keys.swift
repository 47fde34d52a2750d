import Foundation

enum Keys {
    static let maxConnections = "50"
    static let ghPat = "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"
}
