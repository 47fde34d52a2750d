import Foundation

enum Keys {
    static let apiBaseUrl = "https://api.raven.io/v2"
    static let anthropicApiKey = "CHANGE_ME"
}
