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

    @Option(
        help:
            "The programme's name, printed at the top of every page (default: \"מובילים דיגיטליים\", or the --from programme's).")
    var title: String?

    @Option(help: "The council or city that runs it (default: the --from programme's).")
    var organisation: String?

    @Option(help: "Its years, e.g. 2026-2027 (default: 2026-2027; with --from, none until you write them).")
    var years: String?

    @Option(
        help: ArgumentHelp(
            "Start from this programme: what it teaches is copied — workshop.yaml's text, its meetings with "
                + "their agendas and print plans, its decks and worksheets; what its cohort made stays there — "
                + "participants, dates, attendance, minutes, personas, journeys and service pages. "
                + "It lists both.", valueName: "dir"))
    var from: String?

    /// Folders every programme has, empty until something is added.
    static let emptyFolders = ["personas", "journeys", "task-cards"]

    /// What a programme teaches, copied as it is by `--from`: the folders of its decks and worksheets, and the
    /// rest of its document.
    static let taughtFolders = ["task-cards", "decks", "worksheets"]
    static let taughtFiles: [String] = []
    /// What one cohort made, which `--from` leaves where it is.
    static let cohortFolders = ["personas", "journeys", "services", "scans"]
    /// The booklet holds that cohort's reflections and questionnaire.
    static let cohortFiles = ["participants.yaml", "booklet.yaml"]
    /// Keys of workshop.yaml that were the cohort's: its years, projects and outcomes (the team's
    /// size stays, as the plan's copies per participant count from it).
    static let cohortKeys = ["years", "projects", "outcomes"]
    /// Keys of a card that point at what its cohort made (a service page, a journey) or name who wrote it.
    static let cardCohortKeys = ["service", "journey", "author"]

    func run() throws {
        _ = try Session.templates()
        guard let templates = Resources.templates else {
            throw InputFailure(.sadnaTemplatesMissing, ["home": .code("SADNA_HOME")])
        }
        let target = Paths.url(folder)
        let fm = FileManager.default
        if Resources.isPartOfSadna(target) {
            throw InputFailure(.newInsideSadna, ["path": .path(DisplayPath.of(target)), "example": .code("~/my-programme")])
        }
        if let existing = try? fm.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            throw InputFailure(.newFolderNotEmpty, ["path": .path(DisplayPath.of(target))])
        }
        // Built beside the target and moved into place whole: a failed run leaves nothing half made.
        let parent = target.deletingLastPathComponent()
        let building = parent.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        var report: (carried: [MessageArgument], left: [MessageArgument])?
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: building)
            try copy(templates.appendingPathComponent("new/workshop"), to: building)
            for name in Self.emptyFolders {
                try fm.createDirectory(at: building.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            if let from { report = try carryOver(from: Paths.url(from), into: building) }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: building, to: target)
        } catch let failure as InputFailure {
            try? fm.removeItem(at: building)
            throw failure
        } catch {
            try? fm.removeItem(at: building)
            throw InputFailure(
                .outputUnwritable,
                ["path": .path(DisplayPath.of(target)), "reason": SystemError.reason(error), "output": .code("new workshop DIR")])
        }
        if let report, let from {
            let source = MessageArgument.path(DisplayPath.of(Paths.url(from)))
            Console.say(
                .phraseRunNewWorkshopFrom,
                ["path": .path(DisplayPath.of(target)), "source": source, "carried": .text(Console.joined(report.carried))])
            if report.left.isEmpty {
                Console.say(.phraseRunLeftNothing, ["source": source])
            } else {
                Console.say(.phraseRunLeftIn, ["source": source, "left": .text(Console.joined(report.left))])
            }
        } else {
            let files = ["workshop.yaml", "meetings/01.yaml", "participants.yaml", "services/backlog.yaml"]
            Console.say(
                .phraseRunNewWorkshop, ["path": .path(DisplayPath.of(target)), "files": .list(files.map(MessageArgument.path))])
        }
        Console.say(
            .phraseRunNext,
            [
                "cd": .code("cd \(DisplayPath.of(target))"), "check": .code("sadna check"),
                "kit": .code("sadna kit --meeting 1"),
            ])
    }

    /// What the programme in `source` teaches, carried into `building`: workshop.yaml's text (its
    /// cohort's keys cleared), its meetings (``MeetingCarryOver``) in place of the template's first
    /// one, its decks, worksheets and booklet as they are. Returns what was carried and what was
    /// left, in words for the person who asked.
    private func carryOver(from source: URL, into building: URL) throws -> (carried: [MessageArgument], left: [MessageArgument]) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: source.appendingPathComponent("workshop.yaml").path) else {
            throw InputFailure(.newFromNotProgramme, ["path": .path(DisplayPath.of(source)), "from": .code("--from")])
        }
        var carried: [MessageArgument] = [], left: [MessageArgument] = []
        let workshopFile = source.appendingPathComponent("workshop.yaml")
        var editor: YAMLDocumentEditor
        do {
            editor = try YAMLDocumentEditor(text: try String(contentsOf: workshopFile, encoding: .utf8))
            let cleared = Self.cohortKeys.filter { editor.value(at: [.key($0)]) != nil }
            for key in cleared { try editor.remove([.key(key)]) }
            for (key, value) in [("title", title), ("organisation", organisation), ("years", years)] {
                guard let value else { continue }
                if editor.value(at: [.key(key)]) != nil {
                    try editor.set([.key(key)], to: .string(value))
                } else {
                    try editor.insertKey(key, value: .string(value), after: key == "years" ? "organisation" : nil)
                }
            }
            carried.append(
                cleared.isEmpty
                    ? .phrase(.phraseRunCarriedText)
                    : .phrase(.phraseRunCarriedTextWithout, ["keys": .list(cleared.map(MessageArgument.key))]))
        } catch let problem as YAMLEditError {
            throw Self.cannotCarry(workshopFile, problem)
        }
        let note =
            "# נפתחה מתוך \(DisplayPath.of(source)) (sadna new workshop --from): מה שהתכנית מלמדת הועתק משם – הטקסט שלה, המפגשים, סדרי היום ותכניות ההדפסה, החפיסות ודפי העבודה; מה שהמחזור שלה עשה (משתתפים, תאריכים, נוכחות, סיכומים, פרסונות, מסעות ודפי שירות) נשאר שם.\n"
        try Data((note + editor.text).utf8).write(to: building.appendingPathComponent("workshop.yaml"))

        let meetings = building.appendingPathComponent("meetings")
        try fm.removeItem(at: meetings)
        try fm.createDirectory(at: meetings, withIntermediateDirectories: true)
        let old = source.appendingPathComponent("meetings")
        var meetingCount = 0
        for name in ((try? fm.contentsOfDirectory(atPath: old.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
            let file = old.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                let carried = try MeetingCarryOver.carry(text, from: DisplayPath.of(file))
                try Data(carried.utf8).write(to: meetings.appendingPathComponent(name))
                meetingCount += 1
            } catch let problem as YAMLEditError {
                throw Self.cannotCarry(file, problem)
            }
        }
        carried.append(.phrase(.phraseRunCarriedMeetings, ["count": Counted.meetings(meetingCount)]))
        for folder in Self.taughtFolders {
            let from = source.appendingPathComponent(folder)
            guard fm.fileExists(atPath: from.path) else { continue }
            let to = building.appendingPathComponent(folder)
            if fm.fileExists(atPath: to.path) { try fm.removeItem(at: to) }
            try fm.copyItem(at: from, to: to)
            if folder != "worksheets" { try Self.clearCohortKeys(under: to) }
            carried.append(Self.describe(folder, in: to))
        }
        for file in Self.taughtFiles where fm.fileExists(atPath: source.appendingPathComponent(file).path) {
            try fm.copyItem(at: source.appendingPathComponent(file), to: building.appendingPathComponent(file))
            carried.append(.path(file))
        }
        for folder in Self.cohortFolders {
            let count = Self.yamlFiles(in: source.appendingPathComponent(folder)).count
            if count > 0 {
                left.append(.phrase(.phraseRunFolderCount, ["folder": .path("\(folder)/"), "count": Counted.files(count)]))
            }
        }
        for file in Self.cohortFiles where fm.fileExists(atPath: source.appendingPathComponent(file).path) {
            left.append(.path(file))
        }
        left.append(.phrase(.phraseRunLeftMeetings))
        return (carried, left)
    }

    /// "decks/ (solutions: 17 cards)", "worksheets/ (3 files)", "task-cards/ (9 cards)".
    static func describe(_ folder: String, in url: URL) -> MessageArgument {
        guard folder == "decks" else {
            let count = yamlFiles(in: url).count
            return .phrase(
                .phraseRunFolderCount,
                ["folder": .path("\(folder)/"), "count": folder == "task-cards" ? Counted.cards(count) : Counted.files(count)])
        }
        let decks = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted().filter {
            !$0.hasPrefix(".")
        }
        let each = decks.map { deck in
            let cards = yamlFiles(in: url.appendingPathComponent(deck)).filter { $0 != "deck.yaml" }.count
            return MessageArgument.phrase(.phraseRunCheckedDeck, ["deck": .name(deck), "cards": Counted.cards(cards)])
        }
        return .phrase(.phraseRunFolderCount, ["folder": .path("decks/"), "count": .list(each)])
    }

    /// Each card under `folder` (a deck's, or the field exercise's) without the keys that point at
    /// its old cohort's service pages and journeys, saying so at its top.
    static func clearCohortKeys(under folder: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        for case let file as URL in walker where file.pathExtension == "yaml" && file.lastPathComponent != "deck.yaml" {
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                var editor = try YAMLDocumentEditor(text: text)
                let cleared = cardCohortKeys.filter { editor.value(at: [.key($0)]) != nil }
                guard !cleared.isEmpty else { continue }
                for key in cleared { try editor.remove([.key(key)]) }
                let note = "# נמחקו \(cleared.joined(separator: ", ")) שהפנו לדפי השירות ולמסעות של התכנית הקודמת.\n"
                try Data((note + editor.text).utf8).write(to: file)
            } catch let problem as YAMLEditError {
                throw cannotCarry(file, problem)
            }
        }
    }

    /// A file of the programme started from that Sadna cannot edit: nothing is written.
    static func cannotCarry(_ file: URL, _ problem: YAMLEditError) -> InputFailure {
        InputFailure(
            .newCarryOver,
            ["path": .path(DisplayPath.of(file)), "problem": YAMLEditProblem.words(problem), "check": .code("sadna check")])
    }

    static func yamlFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".yaml") && !$0.hasPrefix(".")
        }
    }

    /// The template folder copied file by file, its `{title}`, `{organisation}` and `{years}` filled in.
    private func copy(_ source: URL, to destination: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: source.path).sorted() {
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: from.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try copy(from, to: to)
                continue
            }
            var text = try String(contentsOf: from, encoding: .utf8)
            for (placeholder, value) in [
                ("title", title ?? "מובילים דיגיטליים"), ("organisation", organisation ?? TemplateLeftovers.organisation),
                ("years", years ?? "2026-2027"),
            ] {
                text = text.replacingOccurrences(of: "{\(placeholder)}", with: value)
            }
            try Data(text.utf8).write(to: to)
        }
    }
}
