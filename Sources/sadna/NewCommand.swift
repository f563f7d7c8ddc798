import ArgumentParser
import Foundation
import SadnaKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new data file from a commented template.",
        subcommands: [
            NewWorkshop.self, NewMeeting.self, NewPersona.self, NewJourney.self, NewServicePage.self, NewTaskCard.self,
            NewDeck.self,
        ])
}

/// What every `new` takes: the new file's id, the workshop, and --force.
struct NewFileOptions: ParsableArguments {
    @Argument(help: "The new file's id, which becomes its file name (e.g. 11, or 9-library-card).")
    var id: String

    @OptionGroup var location: WorkshopOption
    var workshop: String? { location.workshop }

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(allowed.contains) else {
            throw UsageFailure(.newID, ["id": .quoted(id), "example": .code("resident-certificate")])
        }
    }

    /// Copies `Templates/new/TEMPLATE` to `FOLDER/ID.yaml` (or `as` for the id) with
    /// `replacements` made, never over an existing file unless --force.
    func write(
        template: String, into folder: String, as name: String? = nil, replacements: [String: String] = [:],
        completing complete: ((String) throws -> String)? = nil
    ) throws {
        let templates = try Session.templates()
        let target = try Session.writableFolder(workshop).appendingPathComponent("\(folder)/\(name ?? id).yaml")
        if FileManager.default.fileExists(atPath: target.path) && !force {
            throw InputFailure(.newExists, ["path": .path(DisplayPath.of(target)), "force": .code("--force")])
        }
        let path = "new/\(template)"
        let data: Data
        do {
            data = try templates.source.read(path, limit: Limits.yamlFileBytes)
        } catch {
            throw InputFailure(
                .newTemplateUnreadable, ["path": .path(templates.source.displayPath(path)), "reason": error.reason])
        }
        var text = String(decoding: data, as: UTF8.self)
        for (placeholder, value) in replacements {
            text = text.replacingOccurrences(of: "{\(placeholder)}", with: value)
        }
        if let complete {
            do {
                text = try complete(text)
            } catch {
                throw InputFailure(
                    .newTemplateUnfillable,
                    ["path": .path(templates.source.displayPath(path)), "problem": YAMLEditProblem.words(error)])
            }
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: target)
        } catch {
            throw InputFailure(error)
        }
        Console.say(.phraseRunNewFile, ["path": .path(DisplayPath.of(target)), "check": .code("sadna check")])
    }
}

struct NewMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Write meetings/ID.yaml with every field, each explained in a comment.")

    @OptionGroup var file: NewFileOptions

    /// The same file the workbench's "new meeting" writes (``MeetingDraft``), numbered after its id.
    func run() throws {
        // `new meeting 5` beside 01…04 writes 05.yaml, so that the files sort in order.
        let folder = try Session.writableFolder(file.workshop).appendingPathComponent("meetings")
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        let name = Int(file.id).map { MeetingFileName.id(for: $0, among: existing) }
        try file.write(template: "meeting.yaml", into: "meetings", as: name) { template in
            try MeetingDraft(number: Int(file.id)).text(fromTemplate: template)
        }
    }
}

struct NewTaskCard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task-card",
        abstract: "Write task-cards/ID.yaml with every field, each explained in a comment.",
        discussion: "Start the id with a number (9-library-card) to set the card's place in the deck.")

    @OptionGroup var file: NewFileOptions

    func run() throws {
        try file.write(template: "task-card.yaml", into: "task-cards")
    }
}

struct NewDeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Start a deck of the programme's own: decks/ID/deck.yaml, every line explained, and a first card.",
        discussion: "Then add a file per card in decks/ID/ and print them with `sadna render cards ID`.")

    @OptionGroup var file: NewFileOptions

    func run() throws {
        let folder = try Session.writableFolder(file.workshop).appendingPathComponent("decks/\(file.id)")
        let fm = FileManager.default
        let cards = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".yaml") && $0 != "deck.yaml" && !$0.hasPrefix(".")
        }
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputFailure(
                .outputUnwritable,
                ["path": .path(DisplayPath.of(folder)), "reason": SystemError.reason(error), "output": .code("--workshop")])
        }
        let replacements = ["id": file.id]
        try file.write(template: "deck/deck.yaml", into: "decks/\(file.id)", as: "deck", replacements: replacements)
        // A deck that has cards already keeps them; a new one starts with one to copy.
        if cards.isEmpty {
            try file.write(template: "deck/card.yaml", into: "decks/\(file.id)", as: "1-first", replacements: replacements)
        }
    }
}

struct NewPersona: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persona",
        abstract: "Write personas/ID.yaml with every field, each explained in Hebrew.")

    @OptionGroup var file: NewFileOptions

    func run() throws {
        try file.write(template: "persona.yaml", into: "personas")
    }
}

struct NewJourney: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Write journeys/ID.yaml with a first stage and every lane, each explained in Hebrew.")

    @OptionGroup var file: NewFileOptions

    func run() throws {
        try file.write(template: "journey.yaml", into: "journeys")
    }
}

struct NewServicePage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service-page",
        abstract: "Write services/ID.yaml on the programme's sketch, each field explained in Hebrew.")

    @OptionGroup var file: NewFileOptions

    func run() throws {
        try file.write(template: "service-page.yaml", into: "services")
    }
}
