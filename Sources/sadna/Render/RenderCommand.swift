import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one kind of material as PDF.",
        discussion: """
            Every kind a meeting's print plan names prints by that name too: `sadna render KIND [ID ...]` \
            (\(PrintableKind.plannable.map(\.rawValue).joined(separator: ", "))). The commands below \
            are the same with words of their own.
            """,
        subcommands: [
            RenderAgenda.self, RenderJourney.self, RenderPersona.self, RenderServicePage.self, RenderTaskCards.self,
            RenderCards.self,
            RenderNameStickers.self, RenderSignIn.self, RenderTableTents.self, RenderHomework.self,
            RenderProgramme.self, RenderWorksheet.self, RenderMinutes.self, RenderKind.self,
        ],
        defaultSubcommand: RenderKind.self)
}

/// Options every `render` takes.
struct RenderOptions: ParsableArguments {
    @OptionGroup var location: WorkshopOption
    var workshop: String? { location.workshop }

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF.", valueName: "file.pdf"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Paper size instead of the template's (add \"landscape\" to turn it). An A3 journey map, canvas "
                + "or worksheet on A4 prints at full size as 4 sheets to glue together.", valueName: "size"))
    var paper: Paper?

    @Option(help: ArgumentHelp("Also write a PNG preview of every page into this folder.", valueName: "dir"))
    var png: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var strictness: StrictOption

    var strict: Bool { strictness.strict }
}

/// The last steps of every render: ask the catalog, report what checking and layout found, then
/// write each PDF (and its previews) atomically, or nothing at all.
struct Publisher {
    let session: Session
    let context: LayoutContext
    let options: RenderOptions
    /// How many of the typesetter's diagnostics were printed already.
    private var reported = 0

    init(session: Session, options: RenderOptions) throws {
        self.session = session
        self.options = options
        context = try session.context(options.language.language)
        if !session.diagnostics.isEmpty { Console.report(session.diagnostics) }
    }

    /// Refuses, as a usage error naming the option, what the catalog would refuse.
    static func validate(_ request: PrintRequest, in session: Session) throws {
        let problems = request.problems(in: session.workshop, templates: session.templates)
        guard let problem = problems.first else { return }
        let option: String? =
            switch problem.part {
            case .paper: "--paper"
            // `render cards DECK` names its deck as an argument.
            case .option(.deck, _): nil
            case let .option(option, _): option.flag
            case .item, .items: nil
            }
        guard let option else { throw UsageFailure(problem.diagnostic(at: nil)) }
        throw UsageFailure(option: option, problem)
    }

    /// Lays out `request` and writes it to `file` (a path as the user gave it, or a default name).
    mutating func write(_ request: PrintRequest, to file: String) throws {
        try Self.validate(request, in: session)
        let job: PrintJob
        do {
            job = try Catalog.job(request, in: context)
        } catch {
            // What the catalog refuses was refused above already; its first problem, should one slip through.
            throw InputFailure(diagnostic: error.problems.first?.diagnostic(at: nil))
        }
        let url = Paths.url(file)
        try OutputGuard.check(url, kind: .pdf, workshop: session.folder)
        let count: Int, size: Size?
        do {
            let printed = try PDFExport.write(job, threads: Self.partThreads, to: url) { try review() }
            (count, size) = (printed.pages, printed.firstPageSize)
            if let png = options.png {
                let folder = Paths.url(png), name = url.deletingPathExtension().lastPathComponent
                for index in 1...max(1, count) {
                    try OutputGuard.check(
                        folder.appendingPathComponent("\(name)-\(index).png"), kind: .png, workshop: session.folder)
                }
                try PNGExport.write(job.pages, to: folder, name: name)
            }
        } catch let failure as OutputError {
            throw InputFailure(failure)
        }
        let counted = Counted.pages(count)
        if let size {
            Console.say(
                .phraseRunWrotePages, ["path": .path(DisplayPath.of(url)), "count": counted, "paper": Self.describe(size)])
        } else {
            Console.say(.phraseRunWroteCount, ["path": .path(DisplayPath.of(url)), "count": counted])
        }
    }

    /// Threads laying out and drawing a PDF's parts (one per core), and meetings of a kit made
    /// side by side (one per core); `SADNA_THREADS` sets both (0 does everything on one thread).
    /// The PDF is the same whatever the number.
    static let partThreads: Int = threadsAsked ?? PrintJob.partThreads
    static let jobThreads: Int = threadsAsked ?? PrintJob.jobThreads
    private static let threadsAsked: Int? = getenv("SADNA_THREADS").flatMap { Int(String(cString: $0)) }.map { max(0, $0) }

    /// Prints what layout found since the last file; stops on errors, or on warnings under `--strict`.
    private mutating func review() throws {
        let found = Array(context.typesetter.diagnostics.dropFirst(reported))
        reported = context.typesetter.diagnostics.count
        if !found.isEmpty { Console.report(found) }
        if found.hasErrors { throw InputFailure() }
        if options.strict && !found.isEmpty {
            throw InputFailure(.strictWarnings, ["strict": .code("--strict")])
        }
    }

    /// "A4", "A3 landscape" ("A3 לרוחב"), or millimetres for other sizes.
    static func describe(_ size: Size) -> MessageArgument {
        guard let paper = Paper(matching: size) else {
            return .phrase(.phraseRunPaperMm, ["size": .value("\(Int(size.width))×\(Int(size.height))")])
        }
        let format = MessageArgument.value(paper.format.rawValue)
        return paper.orientation == .landscape ? .phrase(.phraseRunPaperLandscape, ["paper": format]) : format
    }

    /// Writes one file per item (`name(id)`), or, with `--output`, all of them into that file.
    mutating func write(_ request: PrintRequest, eachTo name: (String) -> String) throws {
        if let output = options.output {
            try write(request, to: output)
            return
        }
        for id in request.resolvedItems(in: session.workshop, templates: session.templates) {
            var one = request
            one.items = [id]
            try write(one, to: name(id))
        }
    }
}
