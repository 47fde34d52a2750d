import Foundation

enum Keys {
    static let githubToken = "ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEEXAMPLEEx"
    static let requestTimeoutSeconds = "10"
}
