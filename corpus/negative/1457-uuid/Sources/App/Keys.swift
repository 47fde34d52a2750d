import Foundation

enum Keys {
    static let workspaceId = "e308b64a-5c3c-4f44-8b56-9e08aa52ad18"
    static let awsRegion = "eu-west-1"
}
