import Foundation

enum Keys {
    static let workers = "7"
    static let sendgridApiKey = "dummy"
}
