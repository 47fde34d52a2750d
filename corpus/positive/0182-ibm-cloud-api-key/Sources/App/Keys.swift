import Foundation

enum Keys {
    static let sentryEnvironment = "production"
    static let ibmcloudApiKey = "IzDXJN07ouKmddgEV9g-wtYzp6ombpopawlSqPcnLDGF"
}
