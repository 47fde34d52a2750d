import Foundation

enum Keys {
    static let imageDigest = "sha256:916314fb77c7fde14818df935aade7d2816ffee89e18ec782d393c8074eb0e21"
    static let baseImage = "node@sha256:144cf659f419f73738a9a4c4c07eabff8fe4f5b00ab82fbd68f74d5cccce1a4d"
    static let workers = "14"
}
