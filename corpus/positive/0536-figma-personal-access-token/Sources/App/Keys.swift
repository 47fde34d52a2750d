import Foundation

enum Keys {
    static let figmaToken = "figd_oDKF1wtXr3aEk1BBGnA9df1bFqP4C7kTcto4kOZ2"
    static let allowedHosts = "nimbus.io,www.nimbus.io"
}
