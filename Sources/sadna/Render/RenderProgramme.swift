import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderProgramme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract:
            "Print the programme's booklet (A4): its story, goals, service concept, team, every meeting, outcomes and more.",
        discussion: """
            Like the document a programme publishes about itself: a cover, the contents, the story \
            and goals (workshop.yaml), every meeting with its agenda and homework, the outcomes, \
            and the closing sections, reflections and questionnaire of booklet.yaml, with a PDF \
            bookmark for every part. Written to programme.pdf. --booklet imposes it as an A5 \
            booklet: two pages on each side of an A4 landscape sheet, in saddle-stitch order, \
            padded with blank pages to a multiple of four. Print it two-sided, flipped on the short \
            edge, fold the stack down the middle and staple it (written to programme-booklet.pdf).
            """)

    @Flag(help: "Impose it as an A5 booklet: 2-up on A4, two-sided (short edge), in saddle-stitch order.")
    var booklet = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var request = PrintRequest(.programme, language: options.language.language, paper: options.paper)
        request.booklet = booklet
        try publisher.write(request, to: options.output ?? (booklet ? "programme-booklet.pdf" : "programme.pdf"))
    }
}
