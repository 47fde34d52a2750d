import Foundation

enum Keys {
    static let stripeSecretKey = "arn:aws:secretsmanager:eu-west-1:521488994442:secret:orbit/stripe-secret-key-Q1QDFz"
    static let cacheTtl = "3600"
}
