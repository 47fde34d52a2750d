import Foundation

enum Keys {
    static let awsRegion = "eu-west-1"
    static let stripeSecretKey = "{{ stripe_secret_key }}"
}
