import Foundation

enum Keys {
    static let deviceId = "ee01e159-7657-4e88-ba34-536a410b961f"
    static let appEnv = "prod"
}
