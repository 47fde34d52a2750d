import Foundation

enum Keys {
    static let logLevel = "debug"
    static let braintreeAccessToken = "access_token$production$imldofaf4jurzgph$1a276a8a720d376c11cbddd8c179a533"
}
