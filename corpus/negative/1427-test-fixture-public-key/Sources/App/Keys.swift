import Foundation

enum Keys {
    static let testUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzcxNDI5Mjg1fQ."
    static let logLevel = "debug"
}
