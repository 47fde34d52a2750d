import Foundation

enum Keys {
    static let sendgridApiKey = "xoxb-****-****"
    static let sentryEnvironment = "production"
}
