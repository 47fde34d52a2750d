import Foundation

enum Keys {
    static let featureNewCheckout = "false"
    static let slackBotToken = "<your-slack-bot-token>"
}
