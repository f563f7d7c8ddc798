import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

/// The participants a command names, as typed after it.
struct ParticipantSelection: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Participants to print, by name as in participants.yaml (default: everyone).",
            valueName: "name"))
    var names: [String] = []

    /// Prints `kind` for the people named (everyone when none is) into `file`, unless `--output` says where.
    func print(_ kind: PrintableKind, options: RenderOptions, sheet: String? = nil, to file: String) throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let ids = try Selection.pick(names, .participants, in: session)
        try publisher.write(
            PrintRequest(kind, items: ids, language: options.language.language, paper: options.paper, sheet: sheet),
            to: options.output ?? file)
    }
}

struct RenderNameStickers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-stickers",
        abstract: "Print a name sticker for every participant on an A4 sheet of labels.",
        discussion: """
            Each sticker has the name large and the department under it, inside the label's safe \
            area. The sheets Sadna knows, and the one it uses unless --sheet names another, are in \
            Templates/participants.yaml: 3x8 (70×37 mm), 2x7 (99.1×38.1 mm) and 3x7 (63.5×38.1 mm). \
            Print at 100% ("actual size"), never "fit to page": the PDF asks the print dialog for it. \
            --test-sheet prints the labels' outlines and a ruler instead, to hold against a real \
            sheet before printing the stickers. Written to name-stickers.pdf (name-stickers-test.pdf).
            """)

    @OptionGroup var people: ParticipantSelection

    @Option(help: ArgumentHelp("The sheet of labels, e.g. 3x8 or 2x7 (default: the template's).", valueName: "sheet"))
    var sheet: String?

    @Flag(help: "The labels' outlines and a ruler, to hold against a real sheet (written to name-stickers-test.pdf).")
    var testSheet = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        guard testSheet else {
            return try people.print(.nameStickers, options: options, sheet: sheet, to: "name-stickers.pdf")
        }
        if !people.names.isEmpty { throw UsageFailure.alone("--test-sheet", .participants) }
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var request = PrintRequest(.nameStickers, language: options.language.language, paper: options.paper, sheet: sheet)
        request.testSheet = true
        try publisher.write(request, to: options.output ?? "name-stickers-test.pdf")
    }
}

struct RenderSignIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-in",
        abstract: "Print a meeting's sign-in sheet: every participant with room to sign, and rows for guests.",
        discussion: """
            Before participants.yaml lists anyone, the sheet has empty rows for everyone to write in. \
            Name meetings by id (03) or number (3). Without --output each goes to sign-in-ID.pdf; \
            with --output, all the meetings named go into that one file.
            """)

    @Argument(help: ArgumentHelp("Meetings to print (default: every meeting).", valueName: "id"))
    var meetings: [String] = []

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let ids = try Selection.pick(meetings, .meetings, in: session)
        try publisher.write(PrintRequest(.signIn, items: ids, language: options.language.language, paper: options.paper)) {
            "sign-in-\($0).pdf"
        }
    }
}

struct RenderTableTents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table-tents",
        abstract: "Print a table tent for every participant: A4, folded across, the name readable from both sides.",
        discussion: "One sheet per person, printed landscape; fold along the dashed line. Written to table-tents.pdf.")

    @OptionGroup var people: ParticipantSelection
    @OptionGroup var options: RenderOptions

    func run() throws {
        try people.print(.tableTents, options: options, to: "table-tents.pdf")
    }
}

struct RenderHomework: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "homework",
        abstract: "Print the homework table to open a meeting with: per participant, what is done, pending or late.",
        discussion: """
            The table has a column for each homework item set before the meeting that says who it \
            is for (`assigned:` in the meeting's homework). Without a meeting, the next one by date \
            (or the last). Written to homework-ID.pdf (A4 landscape).
            """)

    @Argument(help: ArgumentHelp("The meeting to open with the table (default: the next one).", valueName: "id"))
    var meetings: [String] = []

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var ids = try Selection.pick(meetings, .meetings, in: session)
        if meetings.isEmpty {
            let today = CalendarDate.today
            let next =
                session.workshop.meetings.first { $0.date.map { $0.value >= today } ?? false } ?? session.workshop.meetings.last
            ids = next.map { [$0.id] } ?? []
        }
        try publisher.write(PrintRequest(.homework, items: ids, language: options.language.language, paper: options.paper)) {
            "homework-\($0).pdf"
        }
    }
}
