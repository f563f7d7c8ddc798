import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Print a meeting's minutes: who came, the items, the decisions and the actions; or the blank form.",
        discussion: """
            The minutes are `minutes:` in the meeting's file. A meeting that kept none prints its \
            form to fill by hand, with its date and attendance already in. Each meeting goes to \
            minutes-ID.pdf (or all into --output); --blank prints the empty form to \
            minutes-blank.pdf. `sadna render actions` prints the open actions of every meeting.
            """)

    @Argument(help: ArgumentHelp("Meetings, by id or number (default: every meeting).", valueName: "id"))
    var meetings: [String] = []

    @Flag(help: "The empty minutes form, for taking notes by hand.")
    var blank = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && !meetings.isEmpty { throw UsageFailure.alone("--blank", .meetings) }
    }

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        if blank {
            try publisher.write(
                PrintRequest(.minutesBlank, language: language, paper: options.paper),
                to: options.output ?? "minutes-blank.pdf")
            return
        }
        let ids = try Selection.pick(meetings, .meetings, in: session)
        try publisher.write(PrintRequest(.minutes, items: ids, language: language, paper: options.paper)) { "minutes-\($0).pdf" }
    }
}
