import ArgumentParser
import Foundation
import SadnaKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data kept in a spreadsheet into the workshop's files.",
        subcommands: [ImportPersonas.self, ImportParticipants.self])
}

struct ImportPersonas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personas",
        abstract: "Write one persona file per row of a CSV export (Excel or Google Sheets).",
        discussion: """
            The first row names the columns: the persona form's Hebrew labels ("שם", "גיל", \
            "צורת אינטראקציה מועדפת", "בעיות/אתגרים"…), their Arabic or English names, or the \
            English keys (name, age, preferred_channel…). An `id` column names the files; otherwise \
            the name does. UTF-8, UTF-16 and Windows-1255 files are read, with commas, semicolons \
            or tabs between cells. Rows with errors are reported with their row and column and \
            left out; the others are imported. Exit status 1 when any row had an error.
            """)

    @Argument(help: ArgumentHelp("The spreadsheet, saved as CSV or as \"Unicode text\".", valueName: "file.csv"))
    var file: String

    @OptionGroup var location: WorkshopOption
    var workshop: String? { location.workshop }

    @Flag(help: "Replace persona files that already exist.")
    var force = false

    func run() throws {
        let template = try Session.templates().persona
        let folder = try Session.writableFolder(workshop)
        // The person's own file, wherever a link to it leads (reads of a folder refuse links out of it).
        let url = Paths.url(file).resolvingSymlinksInPath()
        let outcome = PersonaImport(template: template).run(url, into: folder.appendingPathComponent("personas"), force: force)
        if !outcome.diagnostics.isEmpty { Console.report(outcome.diagnostics.sortedByLocation()) }
        guard outcome.plan.encoding != nil else { throw InputFailure() }
        var summary = Console.words(
            .phraseRunImportedPersonas,
            [
                "count": .number(outcome.written.count), "rows": .number(outcome.plan.rows),
                "folder": .path(DisplayPath.of(folder.appendingPathComponent("personas"))),
            ])
        if let encoding = outcome.plan.encoding, let separator = outcome.plan.separator {
            let name: MessageID =
                separator == "\t"
                ? .phraseRunSeparatorTab : separator == ";" ? .phraseRunSeparatorSemicolon : .phraseRunSeparatorComma
            summary +=
                " (" + Console.words(.phraseRunReadAs, ["encoding": .value(encoding.rawValue), "separator": .phrase(name)]) + ")"
        }
        var parts: [MessageArgument] = [.text(summary)]
        if !outcome.rejectedRows.isEmpty {
            parts.append(.phrase(.phraseRunRowsRejected, ["rows": .list(outcome.rejectedRows.map(MessageArgument.number))]))
        }
        if !outcome.keptRows.isEmpty {
            parts.append(.phrase(.phraseRunRowsKept, ["rows": .list(outcome.keptRows.map(MessageArgument.number))]))
        }
        Console.say(Console.joined(parts))
        if outcome.diagnostics.hasErrors { throw InputFailure() }
    }
}

struct ImportParticipants: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: "Add the people of a CSV export (Excel or Google Sheets) to the workshop's participants.yaml.",
        discussion: """
            The first row names the columns: "שם" (name), "מחלקה" (department), "תפקיד" (role) and \
            "דוא\"ל" (email), or their Arabic or English names; other columns are not imported. \
            People already in participants.yaml are kept as they are, with the file's comments, \
            and new names are added at its end; --force writes the file afresh from the spreadsheet. \
            Rows with errors are reported with their row and column and left out. Exit status 1 \
            when any row had an error.
            """)

    @Argument(help: ArgumentHelp("The spreadsheet, saved as CSV or as \"Unicode text\".", valueName: "file.csv"))
    var file: String

    @OptionGroup var location: WorkshopOption

    @Flag(help: "Replace participants.yaml with the spreadsheet's people instead of adding to it.")
    var force = false

    func run() throws {
        let folder = try Session.writableFolder(location.workshop)
        let outcome = ParticipantImport().run(Paths.url(file).resolvingSymlinksInPath(), into: folder, force: force)
        if !outcome.diagnostics.isEmpty { Console.report(outcome.diagnostics.sortedByLocation()) }
        guard outcome.sheet.table != nil else { throw InputFailure() }
        let target = MessageArgument.path(DisplayPath.of(folder.appendingPathComponent("participants.yaml")))
        var parts: [MessageArgument] = [
            outcome.wrote
                ? .phrase(
                    .phraseRunParticipantsAdded,
                    ["count": .number(outcome.added.count), "rows": .number(outcome.rows), "path": target])
                : .phrase(.phraseRunParticipantsUnchanged, ["rows": .number(outcome.rows), "path": target])
        ]
        if !outcome.kept.isEmpty {
            parts.append(.phrase(.phraseRunParticipantsKept, ["names": .list(outcome.kept.map(MessageArgument.name))]))
        }
        if !outcome.rejectedRows.isEmpty {
            parts.append(.phrase(.phraseRunRowsRejected, ["rows": .list(outcome.rejectedRows.map(MessageArgument.number))]))
        }
        Console.say(Console.joined(parts))
        if outcome.diagnostics.hasErrors { throw InputFailure() }
    }
}
