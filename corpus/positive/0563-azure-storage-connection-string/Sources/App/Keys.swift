import Foundation

enum Keys {
    static let azureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=zephyrtthm0;AccountKey=h/h87uiBM4t9XSjFz/Hql+BtOk9miY5R0CmSLOqpSU637s8+zAVkwsrO56uSrr9+aWt+ISZt6YT7Y5Al/odkCA==;EndpointSuffix=core.windows.net"
    static let cacheTtl = "300"
}
