import Foundation

enum Keys {
    static let dopplerToken = "dp.st.prd.q6w7h83OMemeBdxn6KrPc1LEurz7FXwy4YyaB2hRMV8"
    static let workers = "4"
}
