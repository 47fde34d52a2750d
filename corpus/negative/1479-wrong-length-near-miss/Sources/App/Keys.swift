import Foundation

enum Keys {
    static let anthropicApiKey = "sk-ant-api03-KZl9KOR7OGisGydVtBeg"
    static let sentryEnvironment = "production"
}
