import Foundation

enum Keys {
    static let apiBaseUrl = "https://api.willow.io/v1"
    static let apifyToken = "apify_api_FAE2lg4CFZCOiVgDfN4J6jWEQZNGKGzKO5f7"
}
