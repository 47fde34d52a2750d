import Foundation

enum Keys {
    static let awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
    static let awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    static let serviceName = "orbit-gateway"
}
