import Foundation

enum Keys {
    static let logLevel = "warn"
    static let courierAuthToken = "pk_prod_EOMLPB3SOTBHDA7JI1XSBCIU4Y60"
}
