import Foundation

enum Keys {
    static let deepseekApiKey = "sk-3f1924afed1a7a9a2e74c476d3227e99"
    static let featureNewCheckout = "false"
}
