import Foundation
import SadnaKit
import SadnaPrint
import ZIPFoundation

/// Meetings' kits, laid out once and kept until any input file changes: the first download lays
/// a kit out, the next is served from here.
final class KitCache: @unchecked Sendable {
    /// A kit as its files: each PDF, the print list, and all of them in one ZIP.
    struct Built {
        /// The print list's rows: every part with its file, paper, pages and copies.
        var rows: [KitPrintList.Row]
        var files: [(name: String, data: Data)]
        var printList: String
        var zip: Data
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var fingerprint = ""
    private var kits: [String: Built] = [:]
    /// How many kits were laid out since the workbench started (each miss of the cache).
    private(set) var layouts = 0

    /// The kit of `meeting` in `language` for the files' state `fingerprint`, made by `make` when new.
    func kit(_ meeting: String, language: Language, fingerprint: String, make: () throws -> Built) rethrows -> Built {
        let key = "\(meeting)|\(language.code)"
        if let found = lock.withLock({ () -> Built? in
            if self.fingerprint != fingerprint {
                // A file changed: every kit laid out before is out of date.
                self.fingerprint = fingerprint
                kits.removeAll()
            }
            return kits[key]
        }) {
            return found
        }
        let built = try make()
        lock.withLock {
            layouts += 1
            if self.fingerprint == fingerprint { kits[key] = built }
        }
        return built
    }

    /// Lays out `meeting`'s kit and writes its files into memory.
    static func build(_ meeting: Meeting, context: LayoutContext) throws -> Built {
        let builder = KitBuilder(context: context)
        let kit = builder.kit(for: meeting)
        let labels = context.words(context.templates.kit)
        var files: [(String, Data)] = []
        for file in kit.files {
            let info = context.info(title: "\(meeting.title.value) — \(labels(.kit)) \(file.paper)", subject: labels(.kit))
            let bookmarks = (file.openingCount > 0 ? [Bookmark(title: labels(.kitCover), page: 0)] : []) + file.bookmarks
            files.append((file.name, try PDFExport.data(file.pages, info: info, bookmarks: bookmarks)))
        }
        let list = KitPrintList.text(kit, labels: labels, title: "\(meeting.title.value) — \(labels(.printList))")
        let archive = try Archive(accessMode: .create)
        for (name, data) in files + [("print-list.txt", Data(list.utf8))] {
            try archive.addEntry(
                with: "\(meeting.id)/\(name)", type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .none,
                provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
        }
        return Built(
            rows: KitPrintList.rows(kit, labels: labels), files: files, printList: list, zip: archive.data ?? Data(),
            diagnostics: builder.diagnostics + context.typesetter.takeDiagnostics())
    }
}
