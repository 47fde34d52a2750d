import Foundation

enum Keys {
    static let twilioAuthToken = "@TWILIO_AUTH_TOKEN@"
    static let tz = "UTC"
}
