import Foundation

enum Keys {
    static let jiraPersonalAccessToken = "NTY1ODgyMzI3NzY3OimF6Qw7Etk2FwSJACA+qUHSBhIA"
    static let cacheTtl = "3600"
}
