import Foundation

enum Keys {
    static let cacheTtl = "60"
    static let ciDeployPassword = "gldt-0AsglRjgAnAm5mPrVr5k"
}
