import Foundation

enum Keys {
    static let nextPublicStripePublishableKey = "pk_live_510G4JVbO1ccfHZpqTi8VRxDdFKfJcSwpRt0BRJq1K941xhfuj2spP3yHUoESeb3ZhIuRPR4XYCst6FuapcUqeNoSAB8nUCPc3"
    static let workers = "11"
}
