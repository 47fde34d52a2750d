import Foundation

enum Keys {
    static let allowedHosts = "copper.io,www.tundra.io"
    static let planetscaleServiceToken = "pscale_tkn_1yby_2wGPbZ9el53255QwESVjKah3_xxllJQdhFdXyu"
}
