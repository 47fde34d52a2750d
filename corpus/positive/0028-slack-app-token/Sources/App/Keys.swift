import Foundation

enum Keys {
    static let serviceName = "cobalt-api"
    static let slackAppToken = "xapp-1-AKJJQ9PC0AW-6472827957560-07eda8f55a6102c9898baf0a0bb8f740243596d887efe3edc8349ec0934d0c57"
}
