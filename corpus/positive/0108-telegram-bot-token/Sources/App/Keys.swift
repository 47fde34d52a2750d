import Foundation

enum Keys {
    static let serviceName = "ember-web"
    static let telegramBotToken = "1202490490:AAo_ZEvkpsme0Sl0R1J6awFbkYI_FzYtSEn"
}
