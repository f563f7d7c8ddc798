import Foundation

/// The port the workbench listens on, known once it does (`--port 0` picks any free one): the
/// port a form's `Origin` must carry, and the one the "open this address instead" page names.
final class ListeningPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?

    var value: Int? { lock.withLock { port } }

    func set(_ port: Int) { lock.withLock { self.port = port } }
}
