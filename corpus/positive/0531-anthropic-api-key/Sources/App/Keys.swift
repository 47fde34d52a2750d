import Foundation

enum Keys {
    static let anthropicApiKey = "sk-ant-api03-mSyRq3VKC1O_w4EjKSp49rDrGCcmNdGP-UV6d-b9_FMw2JQGXf8E33UjJ4nVJiPBeucf9bvaGJXBuEgl0rlrHwhbhwHPfAA"
    static let allowedHosts = "harbor.io,www.atlas.io"
}
