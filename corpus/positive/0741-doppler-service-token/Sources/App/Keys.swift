import Foundation

enum Keys {
    static let appEnv = "prod"
    static let dopplerToken = "dp.st.prd.daoLI84n84jmfavvRZJs8rzTzuvuEco2yHgAHQS5cHU"
}
