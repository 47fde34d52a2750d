import Foundation

enum Keys {
    static let courierAuthToken = "pk_prod_2PJM9YP6JYHB6VSMXOE7J30R88I3"
    static let maxConnections = "100"
}
