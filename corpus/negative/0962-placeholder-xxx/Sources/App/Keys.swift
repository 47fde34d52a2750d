import Foundation

enum Keys {
    static let stripeSecretKey = "AKIAXXXXXXXXXXXXXXXX"
    static let tz = "Europe/Berlin"
}
