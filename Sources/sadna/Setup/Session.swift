import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

/// What a command works with: Sadna's templates, the workshop (loaded and checked), and the
/// context to lay pages out in. Every command opens one the same way, so an empty template or a
/// workshop with errors stops every command alike, at its file and line.
struct Session {
    let templates: TemplateSet
    let workshop: Workshop
    /// Where the workshop is on disk.
    let folder: URL
    /// Warnings (and notes) the check found; errors stop the session before it opens.
    let diagnostics: [Diagnostic]

    var workshopName: String { DisplayPath.of(folder) }
    /// The workshop's folder as a person knows it: its path, or its own name when it is the
    /// folder Sadna runs in (never "." or "..").
    var folderName: String { Self.name(of: folder) }

    /// A workshop's folder as a person knows it (never "." or "..").
    static func name(of folder: URL) -> String {
        let path = DisplayPath.of(folder)
        return path.allSatisfy { $0 == "." || $0 == "/" } ? folder.standardizedFileURL.lastPathComponent : path
    }

    /// Loads Sadna's templates, or prints their problems and stops.
    static func templates() throws -> TemplateSet {
        try readingTemplates()()
    }

    /// Starts reading Sadna's templates on another thread (their folder found on this one, where
    /// the run's settings are); the closure returned waits for them, or prints their problems
    /// and stops.
    static func readingTemplates() throws -> () throws -> TemplateSet {
        guard let folder = Resources.templates else {
            throw InputFailure(.sadnaTemplatesMissing, ["home": .code("SADNA_HOME")])
        }
        let source = FolderSource(folder)
        let read = ParallelWork.aside { TemplateLoader.load(source) }
        return {
            let (templates, diagnostics) = try read()
            guard let templates else {
                Console.report(diagnostics, summary: true)
                throw InputFailure(.sadnaTemplatesBroken, [:])
            }
            return templates
        }
    }

    /// The folder named, or the default: the current folder when it holds workshop.yaml, else the
    /// programme that ships with Sadna.
    static func folder(_ path: String?) throws -> URL {
        if let path {
            var url = Paths.url(path)
            if url.lastPathComponent == "workshop.yaml" { url.deleteLastPathComponent() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageFailure(.workshopFolderMissing, ["path": .path(path)])
            }
            return url
        }
        let current = Paths.workingDirectory
        if FileManager.default.fileExists(atPath: current.appendingPathComponent("workshop.yaml").path) { return current }
        guard let shipped = Resources.shippedWorkshop else {
            throw InputFailure(.workshopNoneFound, ["example": .code("--workshop workshops/emek-hamaayanot")])
        }
        return shipped
    }

    /// The workshop a command will write into (`new`, `import`, `serve`): as ``folder(_:)``, but
    /// never the programme Sadna ships with nor anything in Sadna's own folder, which an update
    /// would overwrite and every user shares.
    static func writableFolder(_ path: String?) throws -> URL {
        let folder = try self.folder(path)
        guard Resources.isPartOfSadna(folder) else { return folder }
        // Without a workshop here, the folder is the programme Sadna ships with.
        throw InputFailure(
            path == nil ? .workshopSadnaItselfNoneHere : .workshopSadnaItself,
            [
                "path": .path(DisplayPath.of(folder)), "command": .code("sadna new workshop my-programme"),
                "option": .code("--workshop my-programme"),
            ])
    }

    /// Loads and checks the workshop; prints the diagnostics and stops (exit 1) on errors, or on
    /// warnings under `--strict`.
    init(workshop path: String?, strict: Bool, review: Bool = false, language: Language? = nil) throws {
        // Fonts, templates and the workshop are read side by side: none needs another until the check.
        Typesetter.prepareFonts()
        let readTemplates = try Self.readingTemplates()
        let found = Result { try Self.folder(path) }
        let loaded = (try? found.get()).map { WorkshopLoader.load(FolderSource($0), printingIn: language) }
        templates = try readTemplates()  // their problems first, as when read one after the other
        folder = try found.get()
        let outcome = WorkshopCheck.check(loaded!, templates: templates, review: review ? Self.review : nil)
        guard let workshop = outcome.workshop, !outcome.diagnostics.hasErrors else {
            Console.report(outcome.diagnostics, summary: true)
            throw InputFailure()
        }
        let counted = outcome.diagnostics.filter { $0.severity != .note }
        if strict && !counted.isEmpty {
            Console.report(outcome.diagnostics, summary: true)
            throw InputFailure(.strictWarnings, ["strict": .code("--strict")])
        }
        self.workshop = workshop
        diagnostics = outcome.diagnostics
    }

    /// Today, and hspell when it is installed, for the service-page review.
    static var review: WorkshopCheck.Review { WorkshopCheck.Review(today: .today, speller: Resources.speller) }

    /// A context to lay pages out in, with the page's words in `language`.
    func context(_ language: Language, typesetter: Typesetter = Typesetter()) throws -> LayoutContext {
        do {
            try FontCheck.verify(language: language)
        } catch {
            let fonts = MessageArgument.list(error.families.map(MessageArgument.quoted))
            throw InputFailure(
                error.families.count == 1 ? .fontsMissingOne : .fontsMissing,
                ["fonts": fonts, "command": .code("sudo apt-get install \(FontCheck.debianPackage)")])
        }
        return LayoutContext(
            workshop: workshop, templates: templates, language: language, typesetter: typesetter,
            today: .today, stamp: Resources.stamp)
    }
}
