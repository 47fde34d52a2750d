import Foundation

enum Keys {
    static let workers = "12"
    static let cieloMerchantKey = "b6DVRB9GS7T0W8Dc3cxwSkd2lls4q2uzDja9SqzR"
}
