import Foundation

enum Keys {
    static let apiKey = "%API_KEY%"
    static let tz = "Europe/Berlin"
}
