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
            bookmark for every part. Written to programme.pdf.
            """)

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        try publisher.write(
            PrintRequest(.programme, language: options.language.language, paper: options.paper),
            to: options.output ?? "programme.pdf")
    }
}
