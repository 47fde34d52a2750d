import Foundation

enum Keys {
    static let cargoRegistryToken = "cio9I0cgXa4UFyF7SBbPSgoFNvdl9CBBfTM"
    static let tz = "UTC"
}
