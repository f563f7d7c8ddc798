/// What keeps one visitor from stopping the workbench for everyone: wrong access codes slow their sender.
public struct ServerLimits: Sendable {
    /// Wrong access codes an address may send before it waits.
    public var freeCodeTries: Int

    public init(freeCodeTries: Int = 5) {
        self.freeCodeTries = freeCodeTries
    }
}
