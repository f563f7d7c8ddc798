import ArgumentParser
import Foundation
import SadnaKit

/// `sadna new workshop DIR`: a programme of one's own, from `Templates/new/workshop/` — every
/// file explained in Hebrew comments, a first meeting in the programme's standard format, empty
/// folders for personas, journeys, task cards and services — that passes `check` and prints a
/// kit at once.
struct NewWorkshop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Start a new programme in a new folder, every file explained in Hebrew comments.",
        discussion: "Then: cd into it, run `sadna check`, `sadna kit --meeting 1`, and `sadna new meeting 2` for the next one.")

    @Argument(help: ArgumentHelp("The new programme's folder; it must not exist yet, or be empty.", valueName: "dir"))
    var folder: String

    @Option(help: "The programme's name, printed at the top of every page.")
    var title = "מובילים דיגיטליים"

    @Option(help: "The council or city that runs it.")
    var organisation = TemplateLeftovers.organisation

    @Option(help: "Its years, e.g. 2026-2027.")
    var years = "2026-2027"

    /// Folders every programme has, empty until something is added.
    static let emptyFolders = ["personas", "journeys", "task-cards"]

    func run() throws {
        _ = try Session.templates()
        guard let templates = Resources.templates else { throw InputFailure("Sadna's Templates folder is missing") }
        let target = Paths.url(folder)
        let fm = FileManager.default
        if Resources.isPartOfSadna(target) {
            throw InputFailure("\(DisplayPath.of(target)) is inside Sadna's own folder, which Sadna never changes; choose a folder of your own (e.g. ~/my-programme)")
        }
        if let existing = try? fm.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            throw InputFailure("\(DisplayPath.of(target)) exists and is not empty; nothing was written (choose a new folder)")
        }
        // Built beside the target and moved into place whole: a failed run leaves nothing half made.
        let parent = target.deletingLastPathComponent()
        let building = parent.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: building)
            try copy(templates.appendingPathComponent("new/workshop"), to: building)
            for name in Self.emptyFolders {
                try fm.createDirectory(at: building.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: building, to: target)
        } catch {
            try? fm.removeItem(at: building)
            throw InputFailure("cannot write \(DisplayPath.of(target)): \(error.localizedDescription)")
        }
        Console.say("wrote \(DisplayPath.of(target)): workshop.yaml, meetings/01.yaml, services/backlog.yaml and empty folders for personas, journeys and task cards")
        Console.say("next: cd \(DisplayPath.of(target)), fill in workshop.yaml, then `sadna check` and `sadna kit --meeting 1`")
    }

    /// The template folder copied file by file, its `{title}`, `{organisation}` and `{years}` filled in.
    private func copy(_ source: URL, to destination: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: source.path).sorted() {
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            fm.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try copy(from, to: to)
                continue
            }
            var text = try String(contentsOf: from, encoding: .utf8)
            for (placeholder, value) in [("title", title), ("organisation", organisation), ("years", years)] {
                text = text.replacingOccurrences(of: "{\(placeholder)}", with: value)
            }
            try Data(text.utf8).write(to: to)
        }
    }
}
