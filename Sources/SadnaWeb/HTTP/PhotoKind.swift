import Foundation

/// The kinds of picture a persona's photo may be, told by the file's name and proved by its first
/// bytes: a file named `p.jpg` that holds text (or a password file) is never served as a picture.
enum PhotoKind {
    case jpeg, png

    /// The kind a file's name claims (`.jpg`, `.jpeg`, `.png`, in any case); nil for any other name.
    init?(named path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        default: return nil
        }
    }

    /// Whether `data` starts as a file of this kind does.
    func matches(_ data: Data) -> Bool {
        switch self {
        case .jpeg: data.starts(with: [0xFF, 0xD8, 0xFF])
        case .png: data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
    }

    var contentType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }
}
