import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderAgenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Print a meeting's run-sheet for the facilitator (A4), or a one-page handout for participants.",
        discussion: """
            Name meetings by id (the file name without .yaml, e.g. 03), by number (3), or by the path \
            of their file. Without --output each meeting goes to agenda-ID.pdf in the current folder; \
            with --output, all the meetings named go into that one file.
            """)

    @Argument(help: ArgumentHelp("Meetings to print (default: every meeting).", valueName: "id|file"))
    var meetings: [String] = []

    @Flag(help: "A one-page handout with the times and titles only, for participants.")
    var participant = false

    @Flag(help: "An empty run-sheet for planning a meeting by hand (written to agenda-blank.pdf).")
    var blank = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && (participant || !meetings.isEmpty) {
            throw UsageFailure.alone("--blank", .meetings, also: participant ? "--participant" : nil)
        }
    }

    func run() throws {
        var workshopPath = options.workshop
        // A meeting named by its file: the workshop is the folder above meetings/.
        if let file = meetings.first(where: { $0.hasSuffix(".yaml") }), workshopPath == nil {
            workshopPath = Paths.url(file).deletingLastPathComponent().deletingLastPathComponent().path
        }
        let names = meetings.map {
            $0.hasSuffix(".yaml") ? URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent : $0
        }
        let session = try Session(workshop: workshopPath, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        if blank {
            try publisher.write(
                PrintRequest(.agendaBlank, language: language, paper: options.paper),
                to: options.output ?? "agenda-blank.pdf")
            return
        }
        let ids = try Selection.pick(names, .meetings, in: session)
        let suffix = participant ? "-participants" : ""
        try publisher.write(PrintRequest(participant ? .handout : .agenda, items: ids, language: language, paper: options.paper))
        {
            "agenda-\($0)\(suffix).pdf"
        }
    }
}
