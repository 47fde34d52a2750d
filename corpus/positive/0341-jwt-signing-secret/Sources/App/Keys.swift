import Foundation

enum Keys {
    static let logLevel = "info"
    static let jwtSecret = "KCw62GlisG8eY3mpbVxkknpOuP23c9jFMQkkQOO4CvaAU0mP"
}
