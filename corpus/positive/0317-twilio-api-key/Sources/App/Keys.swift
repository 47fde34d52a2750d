import Foundation

enum Keys {
    static let twilioApiKey = "SKc5045c34b4a6f216fb48b75dc3e1d5da"
    static let twilioApiSecret = "PPWHeNb6m9ws5a7JAh6zFonFYaNsSUHP"
    static let sentryEnvironment = "production"
}
