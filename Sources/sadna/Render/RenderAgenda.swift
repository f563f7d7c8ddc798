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
        if let paper = options.paper.flatMap(Paper.init), ![.a4, .a3].contains(paper.format) {
            throw ValidationError("an agenda's table needs A4 or A3 paper (got \(paper))")
        }
        if blank && (participant || !meetings.isEmpty) {
            throw ValidationError("--blank prints an empty run-sheet: name no meeting and leave out --participant")
        }
    }

    func run() throws {
        var workshopPath = options.workshop
        // A meeting named by its file: the workshop is the folder above meetings/.
        if let file = meetings.first(where: { $0.hasSuffix(".yaml") }), workshopPath == nil {
            workshopPath = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().path
        }
        let names = meetings.map {
            $0.hasSuffix(".yaml") ? URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent : $0
        }

        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(workshopPath),
                                                                     strict: options.strictness.strict)
        var template = try TemplateLocation.agenda()
        if let paper = options.paper { template.paper = paper }

        let typesetter = Typesetter()
        if blank {
            let document = AgendaBlankLayout(workshop: workshop, template: template, language: options.language.language)
                .document(typesetter: typesetter)
            try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
            try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "agenda-blank.pdf"), png: options.png)
            return
        }
        let selected = try select(names, in: workshop)
        var documents: [(Meeting, PrintDocument)] = []
        for meeting in selected {
            let layout = AgendaLayout(workshop: workshop, meeting: meeting, template: template,
                                      language: options.language.language)
            documents.append((meeting, participant ? AgendaHandoutLayout(layout).document(typesetter: typesetter)
                                                   : layout.document(typesetter: typesetter)))
        }
        try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
        if let output = options.output {
            let combined = PrintDocument(combining: documents.map(\.1), titles: documents.map { $0.0.title.value })
            try Publisher.write(combined, to: URL(fileURLWithPath: output), png: options.png)
        } else {
            let suffix = participant ? "-participants" : ""
            for (meeting, document) in documents {
                try Publisher.write(document, to: URL(fileURLWithPath: "agenda-\(meeting.id)\(suffix).pdf"),
                                    png: options.png)
            }
        }
    }

    private func select(_ names: [String], in workshop: Workshop) throws -> [Meeting] {
        try Selection.pick(names, from: workshop.meetings, kind: "meeting", start: "`sadna new meeting 1`", in: workshop,
                           id: \.id, find: workshop.meeting(named:))
    }
}
