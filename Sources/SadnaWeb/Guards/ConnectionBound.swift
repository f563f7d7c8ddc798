import Foundation
import Hummingbird
import NIOCore

/// The connections open now, shared by every connection's `ConnectionBound`.
final class OpenConnections: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var count = 0

    init(limit: Int) { self.limit = limit }

    /// Counts in a new connection from `peer`; false (and not counted) when the workbench is full
    /// and the peer is not the machine's own browser.
    func admit(_ peer: String?) -> Bool {
        lock.withLock {
            guard count < limit || Peer.isMachine(peer) else { return false }
            count += 1
            return true
        }
    }

    func release() { lock.withLock { count -= 1 } }

    var open: Int { lock.withLock { count } }
}

/// Closes a new connection from the network when `OpenConnections` is full, before it reads a
/// byte, so that a few hundred idle sockets from elsewhere cannot use up the files the process
/// may open (a desktop's usual limit is 1,024) and stop the workbench for the person at it.
final class ConnectionBound: ChannelInboundHandler, RemovableChannelHandler {
    /// It reads nothing itself: every request part passes on untouched.
    typealias InboundIn = NIOAny
    private let connections: OpenConnections
    private var counted = false

    init(_ connections: OpenConnections) { self.connections = connections }

    func handlerAdded(context: ChannelHandlerContext) {
        if connections.admit(Peer.address(of: context.channel)) {
            counted = true
        } else {
            context.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        if counted { connections.release() }
        counted = false
    }
}
