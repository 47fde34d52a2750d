import Foundation

enum Keys {
    static let awsAccessKeyId = "ASIAD6ZCQBFIOP4MRMLX"
    static let awsSecretAccessKey = "whaxGvNzXfWO8v+RoKGy4etNHFNBm6VUgvbYAj2h"
    static let awsSessionToken = "IQoJb3JpZ2luX2VjEwRu/J03bhh2Xbv74rVMAvT2LBazuUZbi1GGpF5kricg+IJRlulyQYLXiJibBbz/SO0KveBTVM8f0xvzvKd94cCWpqk4FRF2zI6l/uIo09ogdGOtEW+Ia9Bz5dvzgiXjS0NWP638LtWJxsP3o8bL78OqBwSrju8BK5jtJbzkmzqk6Cy+nVAHe1jtMg404OW+vSOy6ZJYke0jychaD+keLfkhX+3Y7UOjawoYMmcRJwdzJjoyXrGBlPXsUusTGjI9I9RjgNwnjGK2y4+xFn7IiIVXJL0zT96UDVvWicYzMzsX6I2rzxmQST+B="
    static let serviceName = "onyx-gateway"
}
