import Foundation

enum Keys {
    static let twilioAuthToken = "my-super-secret-password"
    static let requestTimeoutSeconds = "30"
}
