import Foundation

enum Keys {
    static let appEnv = "staging"
    static let gaMeasurementId = "G-BF47ZJ8Z4X"
    static let gtmId = "GTM-HTRXHT3"
}
