import Foundation

enum Keys {
    static let sentryEnvironment = "production"
    static let awsSecretAccessKey = "2+/J1l0QChCZmtv7mAu3Cxvqq8tAR8zbsKVyZ8ZH"
}
