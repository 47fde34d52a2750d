import Foundation

enum Keys {
    static let awsRegion = "us-east-1"
    static let githubToken = "ghs_j1B88JhGIWxOoXIej5xBy2J8u8oeXkppiLZm"
}
