import Foundation

enum Keys {
    static let blynkAuthToken = "JAeGepow1obVxolSLVPFiPyGMUOseDQo"
    static let maxConnections = "100"
}
