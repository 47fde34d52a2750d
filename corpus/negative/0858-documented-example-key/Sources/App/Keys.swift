import Foundation

enum Keys {
    static let apiBaseUrl = "https://api.maple.io/v2"
    static let awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
}
