import Foundation
import Hummingbird
import SadnaKit
import SadnaScan

/// Photos of filled forms sent from a meeting's page ("צילומים מהמפגש"): bounded per photo and
/// per sending, told apart by their bytes, and scanned one at a time through the library's
/// `ScanSession`, as `sadna scan` scans them. A photo of a page scanned before waits, hidden in
/// the workshop's `.sadna/` folder, until the person says whether it replaces the earlier scan.
enum ScanUpload {
    /// The most photos one sending takes.
    static let maxPhotos = 12
    /// The largest photo: a 48-megapixel phone photo as JPEG or HEIC is well under it.
    static let photoBytes = 20 * 1024 * 1024
    /// The largest sending, all its photos together (at most `CSRFMiddleware.readLimit`).
    static let requestBytes = 60 * 1024 * 1024
    /// Where photos wait for the person to confirm a replacement, in the workshop.
    static let waiting = ".sadna/scans-waiting"
    /// A waiting photo nobody confirmed is let go after a day.
    static let waitingTime: TimeInterval = 24 * 60 * 60

    /// Whether a post goes to a meeting's photos, which may send more than other forms do.
    static func receives(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 3 && parts[0] == "meetings" && parts[2] == "scans" && parts.count <= 4
    }

    /// What became of one photo.
    struct Result: Sendable {
        /// The photo's name as it was sent.
        var photo: String
        /// The scan, when the photo was recognised.
        var record: ScanRecord?
        /// The persona file a persona form became.
        var persona: String?
        var refusal: ScanRefusal?
        /// The token of the waiting photo, when it is a page scanned before.
        var waiting: String?
    }

    /// Scans `data` (a photo named `name`) into the workshop, for `meeting`; `replace` puts it
    /// in place of an earlier scan of the same page.
    static func scan(_ data: Data, named name: String, meeting: String, replace: Bool, workbench: Workbench) async -> Result {
        await withCheckedContinuation { continuation in
            // Scanning takes a second or two of a core: off the server's threads, one at a time.
            DispatchQueue.global().async {
                continuation.resume(
                    returning: scanning.withLock {
                        scanNow(data, named: name, meeting: meeting, replace: replace, workbench: workbench)
                    })
            }
        }
    }

    private static let scanning = NSLock()

    private static func scanNow(_ data: Data, named name: String, meeting: String, replace: Bool, workbench: Workbench) -> Result
    {
        var result = Result(photo: name)
        let folder = workbench.settings.workshop
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let photo = scratch.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try data.write(to: photo)
        } catch {
            result.refusal = ScanRefusal(.unreadable, .phraseScanCannotRead, ["reason": .quoted(error.localizedDescription)])
            return result
        }
        do {
            let outcome = try workbench.withContext(workbench.snapshot(), language: .he) { context in
                // The catalog lays each form out again in the language its marks name.
                try ScanSession(scanner: FormScanner(context: context), programme: context.workshop, workshop: folder)
                    .scan(photo, meeting: meeting, replace: replace)
            }
            result.record = ScanRecord.read(outcome.saved.folder, in: folder)
            if case let .persona(path) = outcome.filed { result.persona = path }
        } catch let refusal as ScanRefusal {
            result.refusal = refusal
            if refusal.reason == .alreadyScanned { result.waiting = hold(data, named: name, in: folder) }
        } catch {
            result.refusal = ScanRefusal(.unreadable, .phraseScanCannotRead, ["reason": .quoted(error.localizedDescription)])
        }
        return result
    }

    /// Keeps a photo until the person says whether it replaces the earlier scan; its token.
    static func hold(_ data: Data, named name: String, in workshop: URL) -> String? {
        let root = workshop.appendingPathComponent(waiting)
        letGo(in: root)
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        do {
            try AtomicFile.write(data, to: root.appendingPathComponent("\(token)/\(name)"))
        } catch {
            return nil
        }
        return token
    }

    /// The photo waiting under `token`, its name and bytes; nil when there is none (confirmed
    /// already, or let go).
    static func waitingPhoto(_ token: String, in workshop: URL) -> (name: String, data: Data)? {
        guard token.count == 32, token.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        let folder = workshop.appendingPathComponent("\(waiting)/\(token)")
        guard let name = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.first,
            let data = try? FolderSource(workshop).read("\(waiting)/\(token)/\(name)", limit: photoBytes)
        else { return nil }
        return (name, data)
    }

    static func release(_ token: String, in workshop: URL) {
        guard waitingPhoto(token, in: workshop) != nil else { return }
        try? FileManager.default.removeItem(at: workshop.appendingPathComponent("\(waiting)/\(token)"))
    }

    /// Lets go of photos that waited longer than `waitingTime`.
    static func letGo(in root: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names {
            let url = root.appendingPathComponent(name)
            let made = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? Date()
            if Date().timeIntervalSince(made) > waitingTime { try? FileManager.default.removeItem(at: url) }
        }
    }

    /// A photo's name as the workbench keeps it: the file's own name, never a path, nothing hidden.
    static func name(_ sent: String?, number: Int) -> String {
        let last = (sent ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(120))
            .trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty, !clean.hasPrefix("."), clean != ".." else { return "photo-\(number)" }
        return clean
    }
}
