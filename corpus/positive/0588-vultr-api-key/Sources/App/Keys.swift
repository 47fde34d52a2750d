import Foundation

enum Keys {
    static let requestTimeoutSeconds = "60"
    static let vultrApiKey = "JFHSH3U7RCJVKEWKC8TE28VSJADPYVVTKDG5"
}
