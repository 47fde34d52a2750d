import Foundation

enum Keys {
    static let appEnv = "prod"
    static let clarifaiPat = "2841c8f93355485dc763992deeaccdc2"
}
