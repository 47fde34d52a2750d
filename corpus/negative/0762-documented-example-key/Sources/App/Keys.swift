import Foundation

enum Keys {
    static let tz = "UTC"
    static let awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
}
