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
            Everything is laid out and checked before anything is written, and each meeting's folder \
            is replaced as a whole once every kit is written, so a failed or interrupted run leaves \
            the previous kit as it was. A meeting's folder holds the kit alone: Sadna refuses to \
            replace one that holds other files.

            A programme with no meetings (a course taught from a document) gets one kit of its \
            materials in the folder programme/ (programme-A4.pdf …): its booklet, each deck, each \
            of its worksheets blank and the persona form, one copy each to copy from.
            """)

    @OptionGroup var location: WorkshopArgument

    @Option(help: ArgumentHelp("The meeting to print, or `all`.", valueName: "id|all"))
    var meeting: String = "all"

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var output: String = "out"

    @Option(help: ArgumentHelp("Also write PNG previews of every page into this folder.", valueName: "dir"))
    var png: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var strictness: StrictOption

    func run() throws {
        let session = try Session(workshop: try location.workshop, strict: strictness.strict, language: language.language)
        if !session.diagnostics.isEmpty { Console.report(session.diagnostics) }
        let context = try session.context(language.language)
        let kits: [MeetingKit], problems: [Diagnostic]
        if session.workshop.meetings.isEmpty && meeting == "all" {
            // A programme taught from a document may have no meetings: its kit is its materials.
            let builder = KitBuilder(context: context)
            (kits, problems) = ([builder.programmeKit()], builder.diagnostics)
        } else {
            let ids = try Selection.pick(meeting == "all" ? [] : [meeting], .meetings, in: session)
            let meetings = ids.compactMap { session.workshop.meeting(named: $0) }
            Console.progress(Console.words(.phraseRunLayingOut, ["count": Counted.meetings(meetings.count)]))
            // Meetings are laid out side by side, and their files drawn side by side: the same
            // files, byte for byte, whatever the number of threads.
            (kits, problems) = KitBuilder.kits(for: meetings, context: context, threads: Publisher.jobThreads)
            Console.endProgress()
        }
        let found = problems + context.typesetter.diagnostics
        if !found.isEmpty { Console.report(found) }
        if found.hasErrors { throw InputFailure() }
        if strictness.strict && !found.isEmpty { throw InputFailure(.strictWarnings, ["strict": .code("--strict")]) }

        let labels = context.words(session.templates.kit)
        let root = Paths.url(output)
        // Every file the kits will write is checked before the first is written, and so is every
        // meeting's folder, which the kit replaces as a whole.
        for kit in kits {
            let folder = root.appendingPathComponent(kit.meeting.id)
            try KitFolder.checkReplaceable(folder, meeting: kit.meeting.id)
            for file in kit.files {
                try OutputGuard.check(folder.appendingPathComponent(file.name), kind: .pdf, workshop: session.folder)
            }
            try OutputGuard.check(folder.appendingPathComponent("print-list.txt"), kind: .text, workshop: session.folder)
        }
        // Each kit is drawn by the worker that laid it out (its pages share that worker's
        // typesetter) into a hidden folder; only when every kit is written whole does each take
        // its meeting folder's place. A failed run (a full disk) leaves every folder as it was.
        let staged = try ParallelWork.map(kits.count, threads: Publisher.jobThreads) { index in
            let folder = try OutputFolder(root.appendingPathComponent(kits[index].meeting.id))
            return (folder, try write(kits[index], into: folder, labels: labels, context: context))
        }
        for (folder, said) in staged {
            try folder.commit()
            for (id, arguments) in said { Console.say(id, arguments) }
        }
    }

    /// Writes a meeting's files and its print list into the folder's hidden stand-in; what to
    /// tell the user, file by file, once the folder is in place. Errors name the files where
    /// they were to go.
    private func write(
        _ kit: MeetingKit, into folder: OutputFolder, labels: Labels<KitLabel>, context: LayoutContext
    ) throws -> [(MessageID, MessageArguments)] {
        var said: [(MessageID, MessageArguments)] = []
        func written(_ body: () throws -> Void) throws {
            do {
                try body()
            } catch var failure as OutputError {
                failure.path = failure.path.replacingOccurrences(
                    of: DisplayPath.of(folder.staging),
                    with: DisplayPath.of(folder.target))
                throw InputFailure(failure)
            }
        }
        // Previews asked into the kit's own folder go with it; elsewhere, they are written as they are drawn.
        let previews = png.map { Paths.url($0).appendingPathComponent(kit.meeting.id) }
        let previewsInFolder = previews?.standardizedFileURL == folder.target.standardizedFileURL
        for file in kit.files {
            let info = context.info(title: "\(kit.meeting.title.value) — \(labels(.kit)) \(file.paper)", subject: labels(.kit))
            let bookmarks = (file.openingCount > 0 ? [Bookmark(title: labels(.kitCover), page: 0)] : []) + file.bookmarks
            try written {
                try PDFExport.write(
                    file.pages, info: info, bookmarks: bookmarks,
                    to: folder.staging.appendingPathComponent(file.name))
                if let previews {
                    try PNGExport.write(
                        file.pages, to: previewsInFolder ? folder.staging : previews,
                        name: (file.name as NSString).deletingPathExtension)
                }
            }
            said.append(
                (
                    .phraseRunWroteCount,
                    [
                        "path": .path(DisplayPath.of(folder.target.appendingPathComponent(file.name))),
                        "count": Counted.pages(file.pageCount),
                    ]
                ))
        }
        let list = KitPrintList.text(kit, labels: labels, title: "\(kit.meeting.title.value) — \(labels(.printList))")
        try written { try AtomicFile.write(Data(list.utf8), to: folder.staging.appendingPathComponent("print-list.txt")) }
        said.append((.phraseRunWrote, ["path": .path(DisplayPath.of(folder.target.appendingPathComponent("print-list.txt")))]))
        return said
    }
}
