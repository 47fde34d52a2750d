import Foundation

enum Keys {
    static let instanceId = "i-030caf6de6dc95ec7"
    static let roleArn = "arn:aws:iam::345982679837:role/acme-deploy"
    static let apiBaseUrl = "https://api.atlas.io/v1"
}
