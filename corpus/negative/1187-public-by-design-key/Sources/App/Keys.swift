import Foundation

enum Keys {
    static let workers = "13"
    static let viteMapboxPublicToken = "pk.eyJ1IjoiPTXZmXYl83HCC59Dr4KbBhVAEF2f4vxb8zosxLlT.zyn40uPodxoOhuT8xGURdU"
}
