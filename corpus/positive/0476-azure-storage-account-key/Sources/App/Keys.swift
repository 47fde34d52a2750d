import Foundation

enum Keys {
    static let sentryEnvironment = "production"
    static let azureStorageAccount = "quartzjmwfz"
    static let azureStorageKey = "2MC1CBrA3JbZtaldHj+m9tuMiCpwkKUdWvoIhMh9Hcp8NfK20gm1/NcwehWoi63c6tJFvjzSTOZkmpW1zlA4qg=="
}
