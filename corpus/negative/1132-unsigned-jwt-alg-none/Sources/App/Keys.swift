import Foundation

enum Keys {
    static let maxConnections = "50"
    static let testUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzA0NDcyNzU3fQ."
}
