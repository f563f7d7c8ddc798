import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a workshop's data and report every problem with its file, line and column.",
        discussion: """
            Everything `render` and `kit` would refuse is reported: the files' syntax and fields, \
            times and dates, references between files, each meeting's print plan, the service pages' \
            plain-language review, Sadna's own templates, and the programme's worksheets laid out as \
            printed (what does not fit is said at its line).
            """)

    @OptionGroup var location: WorkshopArgument

    @OptionGroup var strictness: StrictOption

    @Option(
        name: .customLong("lang"),
        help: "Check as printing in this language: every text kept in several languages but missing in it is reported.")
    var language: Language?

    @Option(help: "How to print the diagnostics: text (compilers' form) or json.")
    var format: DiagnosticFormat = .text

    /// What a check found in the programme: "6 meetings, 9 task cards, 1 deck (solutions: 17
    /// cards), …" ("מפגשים: 6, …"), its own decks only when it has any.
    static func counts(_ w: Workshop, templates: TemplateSet) -> MessageArgument {
        var counts: [MessageArgument] = [
            .phrase(.phraseRunCheckedMeetings, ["count": .number(w.meetings.count)]),
            .phrase(.phraseRunCheckedTaskCards, ["count": .number(w.taskCards.count)]),
        ]
        if !w.decks.isEmpty {
            let each = w.decks.map {
                MessageArgument.phrase(.phraseRunCheckedDeck, ["deck": .name($0.id), "cards": Counted.cards($0.cards.count)])
            }
            counts.append(.phrase(.phraseRunCheckedDecks, ["decks": Counted.decks(w.decks.count), "each": .list(each)]))
        }
        let sadnas = w.worksheets(besides: templates.worksheets).count - w.worksheets.count
        counts += [
            .phrase(.phraseRunCheckedPersonas, ["count": .number(w.personas.count)]),
            .phrase(.phraseRunCheckedJourneys, ["count": .number(w.journeys.count)]),
            .phrase(.phraseRunCheckedServicePages, ["count": .number(w.services.count)]),
            .phrase(.phraseRunCheckedWorksheets, ["count": .number(w.worksheets.count), "sadna": .number(sadnas)]),
            .phrase(.phraseRunCheckedParticipants, ["count": .number(w.participants.count)]),
        ]
        return .list(counts)
    }

    func run() throws {
        let folder = try Session.folder(try location.workshop)
        guard let templatesFolder = Resources.templates else {
            _ = try Session.templates()
            return
        }
        let (templates, templateDiagnostics) = TemplateLoader.load(FolderSource(templatesFolder))
        var diagnostics = templateDiagnostics
        var summary: MessageArgument?
        if let templates {
            let outcome = WorkshopCheck.run(
                FolderSource(folder), templates: templates, review: Session.review,
                printingIn: language)
            diagnostics += outcome.diagnostics
            if let w = outcome.workshop {
                diagnostics += WorksheetFit.check(w, templates: templates, in: language.map { [$0] } ?? Language.allCases)
                diagnostics += Logo.check(w)
                summary = Self.counts(w, templates: templates)
            }
        }
        Console.report(diagnostics, format: format, summary: true)
        let counted = diagnostics.filter { $0.severity != .note }
        if counted.hasErrors || templates == nil || (strictness.strict && !counted.isEmpty) {
            throw InputFailure()
        }
        if format == .text, let summary {
            Console.write(Console.words(.phraseRunChecked, ["folder": .path(Session.name(of: folder)), "counts": summary]))
        }
    }
}
