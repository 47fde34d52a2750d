import Foundation

enum Keys {
    static let sentryEnvironment = "production"
    static let gaMeasurementId = "G-E1JG9A7L7I"
    static let gtmId = "GTM-X7BRB31"
}
