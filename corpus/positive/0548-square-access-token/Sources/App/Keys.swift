import Foundation

enum Keys {
    static let squareAccessToken = "EAAAHZAhqDQOMEgaPfZGOESiCJrhWZFDY6B6AclnciCz7Vipg1qnpwyElQ88NUhr"
    static let sentryEnvironment = "production"
}
