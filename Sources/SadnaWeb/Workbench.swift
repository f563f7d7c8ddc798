import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// The workbench behind `sadna serve`: a workshop folder, Sadna's templates, and what the pages
/// need between requests. It holds no state the files do not: every request sees the files as
/// they are on disk now (reloaded when any changed), and every save goes straight to them.
public final class Workbench: Sendable {
    public struct Settings: Sendable {
        /// The workshop's folder.
        public var workshop: URL
        /// Sadna's `Templates/` (which holds `web/`, the pages' own templates).
        public var templates: URL
        /// The day the service-page review counts from, and the date stamped into downloads.
        public var today: CalendarDate
        public var stamp: StampDate
        /// hspell, when the machine has it.
        public var speller: Speller?
        /// The access code a browser must bring once, or nil on the machine's own address.
        public var accessCode: String?
        /// More names a browser may call the workbench by (`--allow-host`): a proxy's, a forwarded port's.
        public var allowedHosts: [String]
        /// Timeouts and bounds on connections and on access-code tries.
        public var limits: ServerLimits

        public init(
            workshop: URL, templates: URL, today: CalendarDate, stamp: StampDate = .fixed, speller: Speller? = nil,
            accessCode: String? = nil, allowedHosts: [String] = [], limits: ServerLimits = ServerLimits()
        ) {
            self.workshop = workshop
            self.templates = templates
            self.today = today
            self.stamp = stamp
            self.speller = speller
            self.accessCode = accessCode
            self.allowedHosts = allowedHosts
            self.limits = limits
        }
    }

    /// The largest request body: a spreadsheet or a photo with the form around it.
    static let uploadLimit = 12 * 1024 * 1024

    public let settings: Settings
    /// Each browser's session and its form token (CSRF), with a secret new each time the workbench starts.
    let sessions = BrowserSessions()
    /// Wrong access codes by address.
    let attempts: AccessAttempts
    /// The port, once the workbench listens.
    let port = ListeningPort()
    let snapshots: SnapshotStore
    let typesetters = TypesetterPool()
    let kits = KitCache()
    /// Saves one at a time, so that a version check and its write are never interleaved.
    let saving = NSLock()

    public init(settings: Settings) {
        self.settings = settings
        attempts = AccessAttempts(
            freeTries: settings.limits.freeCodeTries, firstWait: settings.limits.firstCodeWait)
        snapshots = SnapshotStore(
            workshop: settings.workshop, templates: settings.templates,
            review: WorkshopCheck.Review(today: settings.today, speller: settings.speller))
    }

    /// Reads and checks the files and lays every meeting's kit out in the workshop's language,
    /// so that the first pages a person opens come at once (`sadna serve` does this before it
    /// prints its address).
    public func prepare() {
        let snapshot = snapshot()
        guard let workshop = snapshot.workshop else { return }
        for meeting in workshop.meetings {
            _ = try? KitDownloads.kit(meeting, language: workshop.language, workbench: self, snapshot: snapshot)
        }
    }

    /// The workshop and templates as the files are now.
    func snapshot() -> Snapshot { snapshots.current() }

    /// The language everything prints in: the workshop's own, the language of its texts, whatever
    /// language a person reads the workbench in (an Arabic-reading facilitator of a Hebrew
    /// programme prints Hebrew pages, not Arabic headings over Hebrew text).
    static func printLanguage(_ snapshot: Snapshot) -> Language { snapshot.workshop?.language ?? .he }

    /// Lays something out with a typesetter of the pool, in `language`.
    func withContext<T>(_ snapshot: Snapshot, language: Language, _ body: (LayoutContext) throws -> T) throws -> T {
        guard let templates = snapshot.templates, let workshop = snapshot.workshop else {
            throw HTTPError(.serviceUnavailable, message: "broken-files")
        }
        return try typesetters.borrow { typesetter in
            _ = typesetter.takeDiagnostics()
            let context = LayoutContext(
                workshop: workshop, templates: templates, language: language, typesetter: typesetter,
                today: settings.today, stamp: settings.stamp)
            return try body(context)
        }
    }
}

/// The files read and checked, as they were at one moment.
struct Snapshot: @unchecked Sendable {
    /// Identifies the files' state: their names, sizes and times of change.
    var fingerprint: String
    var templates: TemplateSet?
    var web: WebTemplates?
    var workshop: Workshop?
    /// Everything `sadna check` says about the workshop, and about the templates when they are broken.
    var diagnostics: [Diagnostic]
}

/// Reads the workshop and templates again only when a file under them changed.
final class SnapshotStore: @unchecked Sendable {
    let workshop: URL
    let templates: URL
    let review: WorkshopCheck.Review
    private let lock = NSLock()
    private var cached: Snapshot?

    init(workshop: URL, templates: URL, review: WorkshopCheck.Review) {
        self.workshop = workshop
        self.templates = templates
        self.review = review
    }

    func current() -> Snapshot {
        let fingerprint = Self.fingerprint(of: [workshop, templates])
        return lock.withLock {
            if let cached, cached.fingerprint == fingerprint { return cached }
            let snapshot = load(fingerprint)
            cached = snapshot
            return snapshot
        }
    }

    private func load(_ fingerprint: String) -> Snapshot {
        let source = FolderSource(templates)
        let (templateSet, templateDiagnostics) = TemplateLoader.load(source)
        let (web, webDiagnostics) = WebTemplates.load(from: source)
        guard let templateSet else {
            return Snapshot(
                fingerprint: fingerprint, templates: nil, web: web, workshop: nil,
                diagnostics: templateDiagnostics + webDiagnostics)
        }
        let outcome = WorkshopCheck.run(FolderSource(workshop), templates: templateSet, review: review)
        return Snapshot(
            fingerprint: fingerprint, templates: templateSet, web: web, workshop: outcome.workshop,
            diagnostics: webDiagnostics + outcome.diagnostics)
    }

    /// Every file's path, size and time of change under `folders` (hidden files left out).
    static func fingerprint(of folders: [URL]) -> String {
        var hasher = FNV()
        for folder in folders {
            guard
                let walker = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: nil,
                    options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walker {
                var info = stat()
                guard stat(url.path, &info) == 0 else { continue }
                hasher.add(url.path)
                hasher.add("\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            }
        }
        return hasher.hex
    }
}

/// A small, fast hash (FNV-1a, 64 bits) for telling file states and file versions apart.
struct FNV {
    private var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }

    var hex: String { String(value, radix: 16) }

    static func of(_ data: Data) -> String {
        var hasher = FNV()
        hasher.add(data)
        hasher.add("#\(data.count)")
        return hasher.hex
    }
}

/// Typesetters to lend to requests: Pango's font maps are not shared between threads, so each
/// request lays out with one of its own, and they are kept for the next (a new one costs the
/// building of its font sets).
final class TypesetterPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [Typesetter] = []

    func borrow<T>(_ body: (Typesetter) throws -> T) rethrows -> T {
        let typesetter = lock.withLock { free.popLast() } ?? Typesetter()
        defer { lock.withLock { free.append(typesetter) } }
        return try body(typesetter)
    }
}
