import Foundation

enum Keys {
    static let allowedHosts = "nimbus.io,www.ember.io"
    static let sendgridApiKey = "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"
}
