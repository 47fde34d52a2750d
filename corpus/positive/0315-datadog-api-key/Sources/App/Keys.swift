import Foundation

enum Keys {
    static let awsRegion = "us-east-1"
    static let ddApiKey = "1d3eb4b5db4ff01adb66c1ff4ac1a223"
}
