import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one kind of material as PDF.",
        subcommands: [RenderAgenda.self, RenderJourney.self, RenderPersona.self, RenderServicePage.self, RenderTaskCards.self,
                      RenderWorksheet.self])
}

/// Options every `render` takes.
struct RenderOptions: ParsableArguments {
    @OptionGroup var location: WorkshopOption
    var workshop: String? { location.workshop }

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF.", valueName: "file.pdf"))
    var output: String?

    @Option(help: ArgumentHelp("Paper size instead of the template's: A3, A4, A5 or A6 (add \"landscape\" to turn it).",
                               valueName: "size"))
    var paper: String?

    @Option(help: ArgumentHelp("Also write a PNG preview of every page into this folder.", valueName: "dir"))
    var png: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var strictness: StrictOption

    func validate() throws {
        if let paper, Paper(paper) == nil {
            throw ValidationError("--paper must be A3, A4, A5 or A6, optionally followed by \"landscape\" (got \"\(paper)\")")
        }
    }
}

/// The last steps of every render: report what checking and layout found, then write the PDF
/// (and previews) atomically, or nothing at all.
enum Publisher {
    /// Prints the diagnostics; stops the run on errors, or on warnings under `--strict`.
    static func review(_ diagnostics: [Diagnostic], strict: Bool) throws {
        if !diagnostics.isEmpty {
            Console.report(diagnostics)
        }
        if diagnostics.hasErrors {
            throw InputFailure()
        }
        if strict && !diagnostics.isEmpty {
            throw InputFailure("--strict: warnings count as errors; nothing was written")
        }
    }

    /// Writes the PDF and, when asked, its PNG previews; says what was written.
    static func write(_ document: PrintDocument, to url: URL, png: String?) throws {
        try write(document.pages, info: document.info, bookmarks: document.bookmarks, to: url, png: png)
    }

    /// Writes pages as layout makes them (a deck of any size in flat memory). `review` runs once
    /// every page is drawn and before the file replaces `url`: it may still stop the run.
    static func write<Pages: Sequence<Page>>(_ pages: Pages, info: DocumentInfo, bookmarks: [Bookmark] = [],
                                             to url: URL, png: String?, review: () throws -> Void = {}) throws {
        var count = 0
        var size: Size?
        let counted = pages.lazy.map { page -> Page in
            count += 1
            size = size ?? page.size
            return page
        }
        do {
            try PDFExport.write(counted, info: info, bookmarks: bookmarks, to: url, beforeCommit: review)
            if let png {
                try PNGExport.write(pages, to: URL(fileURLWithPath: png), name: url.deletingPathExtension().lastPathComponent)
            }
        } catch let failure as OutputError {
            throw InputFailure(failure.description)
        }
        let paper = size.map(describe) ?? ""
        Console.say("wrote \(DisplayPath.of(url)) (\(count) page\(count == 1 ? "" : "s"), \(paper))")
    }

    /// "A4", "A3 landscape", or millimetres for other sizes.
    static func describe(_ size: Size) -> String {
        Paper(matching: size)?.description ?? "\(Int(size.width))×\(Int(size.height)) mm"
    }
}
