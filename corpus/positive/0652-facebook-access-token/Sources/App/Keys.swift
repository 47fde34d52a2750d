import Foundation

enum Keys {
    static let port = "8080"
    static let facebookPageAccessToken = "EAAG84oZ9n7ccgylO8okSmrmRuRzMi6Kkp7jPVVexqUalWSvRvhC2Pc4oetJHkW0YzP3AHXhukzC0jWONbb9iC8vVXiuvsMMfynIJABfPv3RBMXHFzmLjQKuat97I9uACOYwEF4rNVOQVM4G1DnCTpjNcOKEoS4yuhaXrGxoPOlR7nNKzuWJ3dnJ"
}
