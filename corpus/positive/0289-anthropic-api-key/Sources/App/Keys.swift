import Foundation

enum Keys {
    static let serviceName = "cobalt-web"
    static let anthropicApiKey = "sk-ant-api03-OV18JPFd3EsTwOLr0KsaGDjwt2JmOHc2lGRtXFPhcC3KOYtnI48WSsEdLUpFh8l75gPI4Is_SQX70VCokTOCb7jLa0VPTAA"
}
