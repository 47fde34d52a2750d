import Foundation

enum Keys {
    static let requestTimeoutSeconds = "10"
    static let azureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=cedaropb1yakf;AccountKey=CIZsFB/Ih2fwUD2Cv9BpWs4KnkmpxJO1QzB1UIU2BPhAhqKXn5CmOZ8e8JmfsJ2YMBqNVlxIillooie4QaOkog==;EndpointSuffix=core.windows.net"
}
