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

    @Option(
        help: ArgumentHelp(
            "Start from this programme: its meetings, with their agendas and print plans, and its own "
                + "worksheets are copied; their dates, head counts and picks of its personas, journeys, "
                + "cards and pages are cleared, and each file says so.", valueName: "dir"))
    var from: String?

    /// Folders every programme has, empty until something is added.
    static let emptyFolders = ["personas", "journeys", "task-cards"]

    func run() throws {
        _ = try Session.templates()
        guard let templates = Resources.templates else { throw InputFailure("Sadna's Templates folder is missing") }
        let target = Paths.url(folder)
        let fm = FileManager.default
        if Resources.isPartOfSadna(target) {
            throw InputFailure(
                "\(DisplayPath.of(target)) is inside Sadna's own folder, which Sadna never changes; choose a folder of your own (e.g. ~/my-programme)"
            )
        }
        if let existing = try? fm.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            throw InputFailure("\(DisplayPath.of(target)) exists and is not empty; nothing was written (choose a new folder)")
        }
        // Built beside the target and moved into place whole: a failed run leaves nothing half made.
        let parent = target.deletingLastPathComponent()
        let building = parent.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: building)
            try copy(templates.appendingPathComponent("new/workshop"), to: building)
            for name in Self.emptyFolders {
                try fm.createDirectory(at: building.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            if let from { try carryOver(from: Paths.url(from), into: building) }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: building, to: target)
        } catch let failure as InputFailure {
            try? fm.removeItem(at: building)
            throw failure
        } catch {
            try? fm.removeItem(at: building)
            throw InputFailure("cannot write \(DisplayPath.of(target)): \(SystemError.words(error))")
        }
        let meetings = from.map { "the meetings of \(DisplayPath.of(Paths.url($0)))" } ?? "meetings/01.yaml"
        Console.say(
            "wrote \(DisplayPath.of(target)): workshop.yaml, \(meetings), participants.yaml, services/backlog.yaml and empty folders for personas, journeys and task cards"
        )
        Console.say("next: cd \(DisplayPath.of(target)), fill in workshop.yaml, then `sadna check` and `sadna kit --meeting 1`")
    }

    /// The meetings of the programme in `source`, carried over (``MeetingCarryOver``) in place of
    /// the template's first meeting, and its own worksheets as they are.
    private func carryOver(from source: URL, into building: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: source.appendingPathComponent("workshop.yaml").path) else {
            throw InputFailure("--from \(DisplayPath.of(source)): not a programme (it has no workshop.yaml)")
        }
        let meetings = building.appendingPathComponent("meetings")
        try fm.removeItem(at: meetings)
        try fm.createDirectory(at: meetings, withIntermediateDirectories: true)
        let old = source.appendingPathComponent("meetings")
        for name in ((try? fm.contentsOfDirectory(atPath: old.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
            let file = old.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                let carried = try MeetingCarryOver.carry(text, from: DisplayPath.of(file))
                try Data(carried.utf8).write(to: meetings.appendingPathComponent(name))
            } catch let problem as YAMLEditError {
                throw InputFailure(
                    "\(DisplayPath.of(file)): cannot carry this meeting over (\(problem)); fix it with `sadna check`, or leave it out"
                )
            }
        }
        let worksheets = source.appendingPathComponent("worksheets")
        if fm.fileExists(atPath: worksheets.path) {
            try fm.copyItem(at: worksheets, to: building.appendingPathComponent("worksheets"))
        }
        // The programme's own file says where its meetings came from.
        let workshop = building.appendingPathComponent("workshop.yaml")
        let note =
            "# נפתחה מתוך \(DisplayPath.of(source)) (sadna new workshop --from): המפגשים, סדרי היום ותכניות ההדפסה שלהם הועתקו משם.\n"
        try Data((note + String(contentsOf: workshop, encoding: .utf8)).utf8).write(to: workshop)
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
