import Foundation

enum Keys {
    static let port = "5000"
    static let twilioApiKey = "SK7faaf4e5194c093a605cf97e5afddbce"
    static let twilioApiSecret = "adXLBkORFKLgvqk9JKqRaM2DVQGVqL48"
}
