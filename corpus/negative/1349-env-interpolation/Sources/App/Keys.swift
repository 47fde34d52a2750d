import Foundation

enum Keys {
    static let sendgridApiKey = "$SENDGRID_API_KEY"
    static let sentryEnvironment = "production"
}
