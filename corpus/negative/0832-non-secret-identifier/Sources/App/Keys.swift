import Foundation

enum Keys {
    static let requestTimeoutSeconds = "10"
    static let slackChannelId = "C0ZMBOF4M13"
    static let slackTeamId = "T0KBUHAZ7G"
}
