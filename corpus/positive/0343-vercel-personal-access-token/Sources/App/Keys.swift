import Foundation

enum Keys {
    static let cacheTtl = "60"
    static let vercelToken = "vcp_jjcdymU-mgLRiCzhe33YUENN8w3qde4LZhhdcE0Bpf4yIMjmFBao0tRv"
}
