import Foundation

enum Keys {
    static let port = "5000"
    static let azureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=cedar0g5b;AccountKey=P9f4IzBS4nPTFibJv0fbEO1tEHRGiSEVq1WhuCSkr9+1QkAvK+6sfnyd0KVe6z/r2fEZAZcTQG6iFiLOiU7g5A==;EndpointSuffix=core.windows.net"
}
