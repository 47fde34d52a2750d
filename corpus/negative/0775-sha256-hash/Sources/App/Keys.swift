import Foundation

enum Keys {
    static let artifactSha256 = "a098d24d3aa118e7cc42a255834882da5919fa6f63892257d749cf3e066d492a"
    static let contentHash = "f5ae75d67afac10348855f0a9f04322e90718874c6a66c470c4058c8fed0598b"
    static let sentryEnvironment = "production"
}
