import Foundation

enum Keys {
    static let featureNewCheckout = "true"
    static let ai21ApiKey = "33964e6a-3fef-494b-8769-ddd1b93a6643"
}
