import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// A meeting's printables as downloads: the run-sheet and handout, one part of its kit, a kit
/// file, or the whole kit as a ZIP — all from the catalog, as `sadna kit` makes them.
enum KitDownloads {
    /// What a meeting page lists of a kit, laid out once per state of the files.
    struct Summary {
        var rows: [KitPrintList.Row]
        var files: [String]
    }

    static func built(_ meeting: Meeting, language: Language, workbench: Workbench, snapshot: Snapshot) throws -> Summary {
        let built = try kit(meeting, language: language, workbench: workbench, snapshot: snapshot)
        return Summary(rows: built.rows, files: built.files.map(\.name))
    }

    static func kit(_ meeting: Meeting, language: Language, workbench: Workbench, snapshot: Snapshot) throws -> KitCache.Built {
        try workbench.kits.kit(meeting.id, language: language, fingerprint: snapshot.fingerprint) {
            try workbench.withContext(snapshot, language: language) { context in
                try KitCache.build(meeting, context: context)
            }
        }
    }

    /// The run-sheet or the handout.
    static func agenda(_ request: Request, id: String, kind: PrintableKind, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let meeting = try MeetingPage.meeting(id, in: snapshot)
        let language = Workbench.printLanguage(snapshot)
        let data = try workbench.withContext(snapshot, language: language) { context in
            let job = try PrintableDownloads.job(PrintRequest(kind, items: [meeting.id], language: language), in: context)
            return try PDFExport.data(job)
        }
        return Response.download(
            data, contentType: "application/pdf", filename: "\(kind.rawValue)-\(meeting.id).pdf", inline: true)
    }

    /// One file of the kit, or the whole kit as a ZIP.
    static func file(_ request: Request, id: String, name: String?, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let meeting = try MeetingPage.meeting(id, in: snapshot)
        let language = Workbench.printLanguage(snapshot)
        let kit = try kit(meeting, language: language, workbench: workbench, snapshot: snapshot)
        guard let name else {
            return Response.download(kit.zip, contentType: "application/zip", filename: "kit-\(meeting.id).zip")
        }
        guard let file = kit.files.first(where: { $0.name == name }) else { throw HTTPError(.notFound) }
        return Response.download(file.data, contentType: "application/pdf", filename: file.name, inline: true)
    }

    /// One part of the kit (the list's row `index`), one copy of it.
    static func part(_ request: Request, id: String, index: Int, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let meeting = try MeetingPage.meeting(id, in: snapshot)
        let language = Workbench.printLanguage(snapshot)
        let data = try workbench.withContext(snapshot, language: language) { context -> Data in
            let kit = KitBuilder(context: context).kit(for: meeting)
            let parts = kit.files.flatMap(\.parts)
            // Row 0 is the cover; the parts follow in the list's order.
            guard index >= 1, index <= parts.count else { throw HTTPError(.notFound) }
            let part = parts[index - 1]
            return try PDFExport.data(part.pages, info: context.info(title: part.title, subject: meeting.title.value))
        }
        return Response.download(data, contentType: "application/pdf", filename: "\(meeting.id)-part-\(index).pdf", inline: true)
    }
}
