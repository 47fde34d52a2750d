import Foundation

enum Keys {
    static let vaultToken = "hvs.CAESIgawaL8vN4XYzT5YBa9JdUxvltbDoQSyE_SwwZuxA4vrIhGQUKProc7gJHp3TIw-3Bd5lJKADS1LReovde09ohF"
    static let sentryEnvironment = "production"
}
