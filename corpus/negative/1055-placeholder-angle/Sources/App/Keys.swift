import Foundation

enum Keys {
    static let allowedHosts = "tundra.io,www.sierra.io"
    static let jwtSecret = "<insert token here>"
}
