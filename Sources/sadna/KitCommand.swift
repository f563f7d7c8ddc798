import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct KitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit",
        abstract: "Print what facilitators need for a meeting, into one folder per meeting.",
        discussion: """
            Each meeting's folder gets the facilitator's run-sheet (agenda.pdf) and the participants' \
            one-page handout (handout.pdf). Everything is laid out and checked before anything is \
            written, so a failed run leaves the previous kit as it was.
            """)

    @Argument(help: "The workshop folder (default: the current folder, else the programme shipped with Sadna).")
    var workshop: String?

    @Option(help: ArgumentHelp("The meeting to print, or `all`.", valueName: "id|all"))
    var meeting: String = "all"

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var output: String = "out"

    @Option(help: ArgumentHelp("Also write PNG previews of every page into this folder.", valueName: "dir"))
    var png: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var strictness: StrictOption

    func run() throws {
        try Fonts.verify(language: language.language)
        let (loaded, warnings) = try WorkshopLocation.load(try WorkshopLocation.resolve(workshop),
                                                           strict: strictness.strict)
        let template = try TemplateLocation.agenda()
        let meetings = try Selection.pick(meeting == "all" ? [] : [meeting], from: loaded.meetings, kind: "meeting",
                                          start: "`sadna new meeting 1`", in: loaded, id: \.id,
                                          find: loaded.meeting(named:))

        let typesetter = Typesetter()
        var files: [(URL, PrintDocument)] = []
        let root = URL(fileURLWithPath: output)
        for (index, meeting) in meetings.enumerated() {
            if Console.isInteractive {
                Console.write("[\(index + 1)/\(meetings.count)] \(meeting.title.value)")
            }
            let agenda = AgendaLayout(workshop: loaded, meeting: meeting, template: template,
                                      language: language.language)
            let folder = root.appendingPathComponent(meeting.id)
            files.append((folder.appendingPathComponent("agenda.pdf"), agenda.document(typesetter: typesetter)))
            files.append((folder.appendingPathComponent("handout.pdf"),
                          AgendaHandoutLayout(agenda).document(typesetter: typesetter)))
        }
        try Publisher.review(warnings + typesetter.diagnostics, strict: strictness.strict)
        for (url, document) in files {
            let pngFolder = png.map { URL(fileURLWithPath: $0).appendingPathComponent(url.deletingLastPathComponent().lastPathComponent).path }
            try Publisher.write(document, to: url, png: pngFolder)
        }
    }
}
