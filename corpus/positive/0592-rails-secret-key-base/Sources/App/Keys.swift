import Foundation

enum Keys {
    static let maxConnections = "50"
    static let secretKeyBase = "7fbbb32ce114e4ede55e08bfc34aabf5cb4159cd32c055d9db08b52cad03aa8621d4518ef85c3875513ecf29eea37f2a143f7bbc4dff9df247b55a6632a66bcf"
}
