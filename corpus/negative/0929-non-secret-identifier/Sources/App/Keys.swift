import Foundation

enum Keys {
    static let instanceId = "i-08e5c9343b3be49b6"
    static let roleArn = "arn:aws:iam::846448083287:role/atlas-deploy"
    static let requestTimeoutSeconds = "30"
}
