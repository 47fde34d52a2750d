import Foundation

enum Keys {
    static let dbPassword = "0123456789abcdef0123456789abcdef"
    static let port = "3000"
}
