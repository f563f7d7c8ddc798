import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct KitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit",
        abstract: "Print everything a facilitator needs for a meeting, one folder per meeting.",
        discussion: """
            Each meeting's folder gets one PDF per paper size (meeting-03-A4.pdf, meeting-03-A3.pdf) \
            holding, in print order and with the copies already multiplied, what the meeting's \
            `print:` list asks for — the facilitator's run-sheet first — with a bookmark for each, \
            a cover and the print list as the first page, and the print list as print-list.txt. \
            Everything is laid out and checked before anything is written, so a failed run leaves \
            the previous kit as it was.
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
        let (loaded, warnings) = try WorkshopLocation.load(try WorkshopLocation.resolve(workshop), strict: strictness.strict)
        let meetings = try Selection.pick(meeting == "all" ? [] : [meeting], from: loaded.meetings, kind: "meeting",
                                          start: "`sadna new meeting 1`", in: loaded, id: \.id, find: loaded.meeting(named:))
        let templates = KitTemplates(agenda: try TemplateLocation.agenda(), taskCards: try TemplateLocation.taskCards(),
                                     persona: try TemplateLocation.persona(), journey: try TemplateLocation.journey(),
                                     servicePage: try TemplateLocation.servicePage(), worksheets: try Worksheets.templates(),
                                     kit: try TemplateLocation.kit())
        let typesetter = Typesetter()
        let builder = KitBuilder(workshop: loaded, templates: templates, language: language.language, typesetter: typesetter)
        var kits: [MeetingKit] = []
        for (index, meeting) in meetings.enumerated() {
            Console.progress("[\(index + 1)/\(meetings.count)] laying out meeting \(meeting.id)")
            kits.append(builder.kit(for: meeting))
        }
        Console.endProgress()
        try Publisher.review(warnings + builder.diagnostics + typesetter.diagnostics, strict: strictness.strict)

        let labels = templates.kit.words(in: language.language)
        let root = URL(fileURLWithPath: output)
        for kit in kits {
            let folder = root.appendingPathComponent(kit.meeting.id)
            for file in kit.files {
                let info = DocumentInfo(title: "\(kit.meeting.title.value) — \(labels("kit")) \(file.paper)",
                                        author: loaded.organisation?.value ?? loaded.title.value, subject: labels("kit"),
                                        keywords: loaded.title.value)
                let bookmarks = (file.openingCount > 0 ? [Bookmark(title: labels("cover"), page: 0)] : []) + file.bookmarks
                try Publisher.write(file.pages, info: info, bookmarks: bookmarks, to: folder.appendingPathComponent(file.name),
                                    png: png.map { URL(fileURLWithPath: $0).appendingPathComponent(kit.meeting.id).path })
            }
            let list = KitPrintList.text(kit, labels: labels, title: "\(kit.meeting.title.value) — \(labels("print_list"))")
            do {
                try AtomicFile.write(Data(list.utf8), to: folder.appendingPathComponent("print-list.txt"))
            } catch let failure as OutputError {
                throw InputFailure(failure.description)
            }
            Console.say("wrote \(DisplayPath.of(folder.appendingPathComponent("print-list.txt")))")
        }
    }
}
