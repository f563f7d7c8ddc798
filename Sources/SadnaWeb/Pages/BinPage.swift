import Foundation
import Hummingbird
import SadnaKit

/// "סל המחזור": what was deleted in the workbench, in plain words (what, its title, when), each
/// with "שחזור"; a file of the same name made since is never written over: the page says so and
/// offers to restore under another name.
enum BinPage {
    /// `bin.mustache`.
    struct Content {
        var items: [Item]
        var hasItems: Bool
        /// After a delete: what went to the bin, to undo at once.
        var deleted: String
        /// A restore refused because the name is taken again, and the other name offered.
        var taken: String
        /// A person restored into the team where someone of that name is again, said plainly.
        var merged: String
        /// Why a restore came back (a page opened before a restart, a folder that could not be written).
        var refill = FormProblems()
    }

    struct Item {
        var name: String
        var what: String
        var title: String
        var when: String
        /// Restoring asks for another name (a file of its name exists again).
        var renamed: String
        var isTaken: Bool
        var highlighted: Bool
    }

    static func list(_ request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        return render(basics, request: request)
    }

    /// The bin again after a restore that came back (`SameForm`), its entry marked.
    static let sameForms = [
        SameForm("bin/restore") { refill, _, request, workbench in
            let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
            return render(basics, taken: refill.posted["entry"] ?? "", refill: refill, request: request)
        }
    ]

    static func render(
        _ basics: PageBasics, taken: String = "", merged: String = "", status: HTTPResponse.Status = .ok,
        refill: FormRefill? = nil,
        request: Request
    ) -> Response {
        let labels = basics.labels, folder = basics.workbench.settings.workshop
        let deleted = request.uri.queryParameters["deleted"].map(String.init) ?? ""
        let entries = Bin.entries(in: folder)
        let items = entries.map { entry in
            let isTaken = entry.partOf == nil && !Bin.taken(entry, in: folder).isEmpty
            return Item(
                name: entry.name, what: labels("kind_\(entry.kind.replacingOccurrences(of: "-", with: "_"))"), title: entry.title,
                when: when(entry.deleted, labels: labels), renamed: isTaken ? freeName(for: entry, in: folder) : "",
                isTaken: isTaken, highlighted: entry.name == deleted || entry.name == taken)
        }
        let deletedEntry = entries.first { $0.name == deleted }
        let takenEntry = entries.first { $0.name == taken }
        let content = Content(
            items: items, hasItems: !items.isEmpty,
            deleted: deletedEntry.map { labels("bin_deleted", ["title": $0.title]) } ?? "",
            taken: refill != nil ? "" : takenEntry.map { labels("bin_taken", ["title": $0.title]) } ?? "",
            merged: merged, refill: refill?.problems([]) ?? FormProblems())
        return basics.page(
            "bin", title: refill.map { $0.title(labels("bin_title"), labels: labels) } ?? labels("bin_title"), path: "/bin",
            content: content, status: refill?.status ?? status, request: request)
    }

    /// "6.12.2026 17:20" in UTC as the bin keeps it, shown as the person's clock says it.
    static func when(_ stamp: String, labels: Labels<TextLabel>) -> String {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "yyyy-MM-dd HH:mm:ss"
        guard let date = parser.date(from: stamp) else { return stamp }
        let shown = DateFormatter()
        shown.locale = Locale(identifier: "en_US_POSIX")
        shown.timeZone = TimeZone.current
        shown.dateFormat = "d.M.yyyy HH:mm"
        return shown.string(from: date)
    }

    /// The id its first file would take instead: `rochan-2`, the first free.
    static func freeName(for entry: Bin.Entry, in folder: URL) -> String {
        let file = entry.files[0]
        let directory = (file as NSString).deletingLastPathComponent
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        var number = 2
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(directory)/\(base)-\(number).\(ext)").path)
        {
            number += 1
        }
        return "\(base)-\(number)"
    }

    /// "שחזור": the entry's files back where they were, or under the name offered.
    static func restore(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, basics, _, _) = try await PageBasics.posting(request, workbench: workbench)
        let folder = workbench.settings.workshop
        guard let entry = Bin.entry(named: form["entry"] ?? "", in: folder) else { throw HTTPError(.notFound) }
        if entry.partOf == ParticipantEdit.file { return try restorePerson(entry, basics: basics, request: request) }
        if entry.partOf != nil { return try restoreRow(entry, workbench: workbench) }
        let renamed = form["renamed"].flatMap { $0.isEmpty ? nil : $0 }
        if let renamed, renamed != freeName(for: entry, in: folder) { throw HTTPError(.notFound) }
        let refused: Bool = try workbench.saving.withLock {
            // Only the first file takes another name; the others (a photo) must be free as they are.
            let taken = Bin.taken(entry, in: folder)
            if renamed == nil ? !taken.isEmpty : taken.contains(where: { $0 != entry.files[0] }) { return true }
            do {
                try Bin.restore(entry, renamed: renamed, in: folder)
            } catch let error as HTTPError {
                throw error
            } catch {
                throw HTTPError(.internalServerError, message: "bin-failed")
            }
            if entry.kind == "photo", let id = entry.photoOf, let file = WorkshopFiles.read("personas/\(id).yaml", in: folder) {
                let path = String(entry.files[0].dropFirst("personas/".count))
                let text = try PersonaEdit.setPhoto(path, in: String(decoding: file.data, as: UTF8.self))
                try WorkshopFiles.write(text, to: "personas/\(id).yaml", in: folder)
            }
            return false
        }
        if refused {
            return render(basics, taken: entry.name, status: .conflict, request: request)
        }
        // Back where it was: its own page shows it again.
        if entry.kind == "photo", let id = entry.photoOf {
            return Response.seeOther("/personas/\(percentEncoded(id))?restored=1")
        }
        let file = entry.files[0]
        let id = renamed ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return Response.seeOther("/\((file as NSString).deletingLastPathComponent)/\(percentEncoded(id))?restored=1")
    }

    /// "שחזור" of a person removed from the team: back at the end of the list, or, when someone
    /// of that name is on it again, merged by field into them (what their entry lacks filled in),
    /// and the page says so; when both have a field with other values, the bin keeps its entry.
    static func restorePerson(_ entry: Bin.Entry, basics: PageBasics, request: Request) throws -> Response {
        guard entry.partOf == ParticipantEdit.file, let value = entry.value else { throw HTTPError(.notFound) }
        let folder = basics.workbench.settings.workshop, labels = basics.labels
        let restored: ParticipantEdit.Restored = try basics.workbench.saving.withLock {
            let current = WorkshopFiles.read(ParticipantEdit.file, in: folder).map { String(decoding: $0.data, as: UTF8.self) }
            let (text, restored) = try ParticipantEdit.restore(value, into: current)
            if text != current { try WorkshopFiles.write(text, to: ParticipantEdit.file, in: folder) }
            if !restored.differs { try Bin.forget(entry, in: folder) }
            return restored
        }
        switch restored {
        case let .added(number):
            return Response.seeOther("/participants/\(number)?restored=1")
        case let .merged(_, differing):
            let fields = differing.map { labels("participant_\($0)") }.joined(separator: ", ")
            let words =
                differing.isEmpty
                ? labels("bin_person_merged", ["name": entry.title])
                : labels("bin_person_differs", ["name": entry.title, "fields": fields])
            return render(basics, merged: words, request: request)
        }
    }
}

extension BinPage {
    /// "שחזור" of an agenda's row or a print plan's item: back at the end of its list, in the
    /// meeting's file as it is now, and the editor it was removed in shows it.
    static func restoreRow(_ entry: Bin.Entry, workbench: Workbench) throws -> Response {
        guard let file = entry.partOf, let list = entry.list, let value = entry.value,
            file.hasPrefix("meetings/"), ["agenda", "print"].contains(list)
        else { throw HTTPError(.notFound) }
        let folder = workbench.settings.workshop
        try workbench.saving.withLock {
            guard let current = WorkshopFiles.read(file, in: folder) else { throw HTTPError(.notFound) }
            let text = try RemovedRows.restore(value, list: list, in: String(decoding: current.data, as: UTF8.self))
            try WorkshopFiles.write(text, to: file, in: folder)
            try Bin.forget(entry, in: folder)
        }
        let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return Response.seeOther("/meetings/\(percentEncoded(id))/\(list)")
    }
}

extension ParticipantEdit.Restored {
    /// Whether the person on the list has a field the bin's entry says otherwise.
    var differs: Bool {
        if case let .merged(_, differing) = self { return !differing.isEmpty }
        return false
    }
}
