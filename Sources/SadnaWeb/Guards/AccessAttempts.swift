import Foundation

/// Wrong access codes, counted per address. After `freeTries` wrong codes from one address each
/// further try from it is refused for a time that doubles with every wrong code (1 s, 2 s, 4 s
/// ... at most `longestWait`); a right code clears the count. The machine's own address is never
/// held back: someone else guessing must not lock out the person at the keyboard.
final class AccessAttempts: @unchecked Sendable {
    let freeTries: Int
    let firstWait: Duration
    let longestWait: Duration
    /// The time now: the machine's clock, or a test's (so that a loaded machine cannot outrun a wait).
    private let now: @Sendable () -> ContinuousClock.Instant
    private let lock = NSLock()
    private var records: [String: Record] = [:]
    /// Addresses remembered at most; beyond it, those no longer held back are forgotten.
    private let remembered = 10_000

    private struct Record {
        var failures = 0
        var heldUntil: ContinuousClock.Instant?
    }

    init(
        freeTries: Int = 5, firstWait: Duration = .seconds(1), longestWait: Duration = .seconds(15 * 60),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        self.now = now
        self.freeTries = freeTries
        self.firstWait = firstWait
        self.longestWait = longestWait
    }

    /// How long `peer` must still wait before it may try again; nil when it may try now.
    func wait(for peer: String?) -> Duration? {
        guard let peer, !Peer.isMachine(peer) else { return nil }
        return lock.withLock {
            guard let until = records[peer]?.heldUntil else { return nil }
            let now = now()
            return until > now ? now.duration(to: until) : nil
        }
    }

    /// A wrong code from `peer`.
    func failed(_ peer: String?) {
        guard let peer, !Peer.isMachine(peer) else { return }
        lock.withLock {
            if records.count >= remembered {
                let now = now()
                records = records.filter { ($0.value.heldUntil ?? now) > now }
            }
            var record = records[peer] ?? Record()
            record.failures += 1
            if record.failures >= freeTries {
                let doublings = min(record.failures - freeTries, 20)
                let wait = min(firstWait * (1 << doublings), longestWait)
                record.heldUntil = now() + wait
            }
            records[peer] = record
        }
    }

    /// A right code from `peer`: its count starts again.
    func succeeded(_ peer: String?) {
        guard let peer else { return }
        lock.withLock { _ = records.removeValue(forKey: peer) }
    }
}
