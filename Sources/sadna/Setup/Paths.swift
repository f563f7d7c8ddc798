import Foundation
import SadnaKit

/// Paths the user typed, taken relative to the folder the command runs in: the process's own,
/// or, for a run inside the test suite, the one the test gives (``DisplayPath`` shows paths
/// relative to the same folder).
enum Paths {
    static var workingDirectory: URL { DisplayPath.workingDirectory }

    static func url(_ path: String) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)).standardizedFileURL
    }
}
