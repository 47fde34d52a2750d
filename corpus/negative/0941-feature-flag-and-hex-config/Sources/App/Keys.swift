import Foundation

enum Keys {
    static let port = "5000"
    static let themePrimaryColor = "#6af709"
    static let buildId = "dbf50c036e112617439d"
    static let cacheBuster = "vfusz46m5h"
    static let release = "lumen@8.6.2+f8690e9"
}
