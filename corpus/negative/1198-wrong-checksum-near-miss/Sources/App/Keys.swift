import Foundation

enum Keys {
    static let githubToken = "ghs_uQcOG2VVS3nGRwIspdh0hY4TCD2Y0iBAYX92"
    static let tz = "Europe/Berlin"
}
