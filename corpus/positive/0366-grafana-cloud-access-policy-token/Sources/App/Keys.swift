import Foundation

enum Keys {
    static let grafanaCloudToken = "glc_eyJvIjoiNTMyOTIyIiwibiI6Im9ueXgtd3JpdGUiLCJrIjoia01zOVB2Y2JSTU1lbkhQM2tKNXNrcmZGIiwibSI6eyJyIjoicHJvZC1ldS13ZXN0LTIifX0="
    static let cacheTtl = "300"
}
