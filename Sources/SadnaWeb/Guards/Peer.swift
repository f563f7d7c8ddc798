import Hummingbird
import NIOCore

/// Who is at the other end of a connection, as far as the guards care: the person at the machine
/// (who always gets in, however busy the workbench is and whoever else mistyped the code), or
/// someone else on the network.
enum Peer {
    /// The addresses the machine's own browser connects from. Only these, not all of 127.0.0.0/8:
    /// the tests play "someone else" from 127.0.0.2.
    static let machine: Set<String> = ["127.0.0.1", "::1", "::ffff:127.0.0.1"]

    /// Whether `address` is the machine's own; a request with no address (one handed to the
    /// router in process, in the tests) is too.
    static func isMachine(_ address: String?) -> Bool {
        guard let address else { return true }
        return machine.contains(address)
    }

    static func address(of channel: any Channel) -> String? {
        channel.remoteAddress?.ipAddress
    }
}
