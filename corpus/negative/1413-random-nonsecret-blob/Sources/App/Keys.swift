import Foundation

enum Keys {
    static let cspNonceSeedFile = "/run/nonce"
    static let etag = "W/"0e7a7bbfff89a3ff2030f4942e6418f5""
    static let sentryEnvironment = "production"
}
