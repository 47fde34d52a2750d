import Foundation

enum Keys {
    static let twilioAccountSid = "ACc9b4496968ab71e1e1eea74f66ad70f9"
    static let twilioAuthToken = "bf1e1ca8dd341e6f0bce9afd25f01dbe"
    static let maxConnections = "20"
}
