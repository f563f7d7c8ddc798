/// What keeps one visitor from stopping the workbench for everyone: connections left idle are
/// closed, connections from the network are bounded, and wrong access codes slow their sender.
public struct ServerLimits: Sendable {
    /// A connection that sends nothing for this long is closed: a request's head that has not all
    /// arrived, a body that stopped coming, a browser's spare connection left open. (Hummingbird
    /// counts this from the connection's opening, the last part of a request read, or the last
    /// answer sent; a request being answered, a kit being laid out, is never cut.)
    public var idleTimeout: Duration
    /// Open connections at most before new ones from the network are closed at once; the
    /// machine's own browser always gets in. A room of 40 browsers opens 240 at most (six each),
    /// and a desktop's usual 1,024 open files leave room for these and the files being read.
    public var connections: Int
    /// Wrong access codes an address may send before it waits.
    public var freeCodeTries: Int
    /// The first wait after the free tries; each wrong code after it doubles the wait.
    public var firstCodeWait: Duration

    public init(
        idleTimeout: Duration = .seconds(30), connections: Int = 256, freeCodeTries: Int = 5,
        firstCodeWait: Duration = .seconds(1)
    ) {
        self.idleTimeout = idleTimeout
        self.connections = connections
        self.freeCodeTries = freeCodeTries
        self.firstCodeWait = firstCodeWait
    }
}
