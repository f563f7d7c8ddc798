import Foundation
import Hummingbird
import SadnaKit

/// "מחיקה" of a persona, a journey, a service page or a task card, or of a persona's photo: a page
/// that asks once more (a form, so it works without JavaScript), then the file goes to the bin
/// (`Bin.move`), from which the bin's page restores it. Nothing is removed for good.
enum DeletePage {
    /// What can be deleted, by the folder of its file.
    enum Kind: String, CaseIterable {
        case persona = "personas"
        case journey = "journeys"
        case service = "services"
        case taskCard = "task-cards"

        /// The bin's word for it (`entry.yaml`'s `kind:`, `kind_…` in `labels.yaml`).
        var binKind: String {
            switch self {
            case .persona: "persona"
            case .journey: "journey"
            case .service: "service"
            case .taskCard: "task-card"
            }
        }
    }

    /// `delete.mustache`.
    struct Content {
        var question: String
        var action: String
        var back: String
        /// Why a confirmation came back (a page opened before a restart, a bin that could not be written).
        var refill = FormProblems()
    }

    /// The title a person knows the file by, as its page heads it: a name or title, a task card's
    /// mission, a card's headline; else the service it names, else its id.
    static func title(of path: String, id: String, in folder: URL) -> String {
        guard let file = WorkshopFiles.read(path, in: folder),
            let value = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)).value
        else { return id }
        for key in ["name", "title", "mission", "headline", "service"] {
            if let text = value[[.key(key)]]?.formText, !text.isEmpty { return text }
        }
        return id
    }

    static func confirm(_ request: Request, kind: Kind, id: String, workbench: Workbench) throws -> Response {
        guard let page = try confirmation(request, kind: kind, id: id, workbench: workbench) else { throw HTTPError(.notFound) }
        return page
    }

    /// The question, again with why nothing was deleted after a post that came back (`refill`).
    static func confirmation(
        _ request: Request, kind: Kind, id: String, refill: FormRefill? = nil, workbench: Workbench
    ) throws -> Response? {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard workshop.fileIDs[kind.rawValue]?.contains(id) == true else { return nil }
        let title = title(of: "\(kind.rawValue)/\(id).yaml", id: id, in: workbench.settings.workshop)
        let base = "/\(kind.rawValue)/\(percentEncoded(id))"
        let content = Content(
            question: basics.labels("delete_question_\(kind.binKind.replacingOccurrences(of: "-", with: "_"))", ["title": title]),
            action: "\(base)/delete", back: base, refill: refill?.problems([]) ?? FormProblems())
        return basics.page(
            "delete", title: refill.map { $0.title(content.question, labels: basics.labels) } ?? content.question,
            path: "\(base)/delete", content: content, status: refill?.status ?? .ok, request: request)
    }

    /// The confirmations drawn again after a post that came back (`SameForm`).
    static let sameForms =
        Kind.allCases.map { kind in
            SameForm("\(kind.rawValue)/:/delete") { refill, ids, request, workbench in
                try confirmation(request, kind: kind, id: ids[0], refill: refill, workbench: workbench)
            }
        } + [
            SameForm("personas/:/photo/delete") { refill, ids, request, workbench in
                try photoConfirmation(request, id: ids[0], refill: refill, workbench: workbench)
            }
        ]

    static func delete(_ request: Request, kind: Kind, id: String, workbench: Workbench) async throws -> Response {
        let (_, _, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.fileIDs[kind.rawValue]?.contains(id) == true else { throw HTTPError(.notFound) }
        let folder = workbench.settings.workshop
        let path = "\(kind.rawValue)/\(id).yaml"
        let name = try workbench.saving.withLock {
            guard WorkshopFiles.read(path, in: folder) != nil else { throw HTTPError(.notFound) }
            var files = [path]
            // A persona's photo goes with it (and comes back with it).
            if kind == .persona, let photo = workshop.persona(named: id)?[.photo],
                let photoPath = workshop.source.resolve(photo.value.text, from: "personas"),
                photoPath.hasPrefix("personas/"),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(photoPath).path)
            {
                files.append(photoPath)
            }
            return try bin(files, kind: kind.binKind, title: title(of: path, id: id, in: folder), in: folder)
        }
        return Response.seeOther("/bin?deleted=\(percentEncoded(name))")
    }

    // MARK: A persona's photo

    static func confirmPhoto(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        guard let page = try photoConfirmation(request, id: id, workbench: workbench) else { throw HTTPError(.notFound) }
        return page
    }

    static func photoConfirmation(
        _ request: Request, id: String, refill: FormRefill? = nil, workbench: Workbench
    ) throws -> Response? {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let persona = workshop.persona(named: id), persona[.photo] != nil else { return nil }
        let base = "/personas/\(percentEncoded(id))"
        let content = Content(
            question: basics.labels("delete_question_photo", ["title": persona.name.value]), action: "\(base)/photo/delete",
            back: base, refill: refill?.problems([]) ?? FormProblems())
        return basics.page(
            "delete", title: refill.map { $0.title(content.question, labels: basics.labels) } ?? content.question,
            path: "\(base)/photo/delete", content: content, status: refill?.status ?? .ok, request: request)
    }

    /// The photo to the bin and `photo:` out of the persona's file (restoring puts both back).
    static func deletePhoto(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (_, _, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let persona = workshop.persona(named: id), let photo = persona[.photo],
            let photoPath = workshop.source.resolve(photo.value.text, from: "personas"), photoPath.hasPrefix("personas/")
        else { throw HTTPError(.notFound) }
        let folder = workbench.settings.workshop
        let name = try workbench.saving.withLock {
            guard let file = WorkshopFiles.read("personas/\(id).yaml", in: folder) else { throw HTTPError(.notFound) }
            var editor = try YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
            if editor.value[[.key("photo")]] != nil { try editor.remove([.key("photo")]) }
            var name = ""
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(photoPath).path) {
                name = try bin([photoPath], kind: "photo", title: persona.name.value, photoOf: id, in: folder)
            }
            try WorkshopFiles.write(editor.text, to: "personas/\(id).yaml", in: folder)
            return name
        }
        return Response.seeOther(name.isEmpty ? "/personas/\(percentEncoded(id))" : "/bin?deleted=\(percentEncoded(name))")
    }

    private static func bin(
        _ files: [String], kind: String, title: String, photoOf: String? = nil, in folder: URL
    ) throws
        -> String
    {
        do {
            return try Bin.move(files, kind: kind, title: title, photoOf: photoOf, in: folder)
        } catch let error as HTTPError {
            throw error
        } catch {
            // A full disk, a folder Sadna may not write in: the error page's own words for it.
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let code = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
            throw HTTPError(.internalServerError, message: SaveFailure.message(for: code) ?? "bin-failed")
        }
    }
}
