import ArgumentParser
import Foundation
import SadnaKit

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write the programme's dated meetings as an iCalendar (.ics) file that calendar apps open.",
        discussion: "Times are in Asia/Jerusalem. Meetings without a date are left out and named.")

    @OptionGroup var location: WorkshopArgument

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where to write the calendar (default: FOLDER-NAME.ics here; - for standard output).",
            valueName: "file.ics"))
    var output: String?

    @OptionGroup var strictness: StrictOption

    @Option(name: .customLong("lang"), help: "Take texts kept in several languages in this one (he, ar or en).")
    var language: Language?

    func run() throws {
        let session = try Session(workshop: try location.workshop, strict: strictness.strict, language: language)
        if !session.diagnostics.isEmpty { Console.report(session.diagnostics) }
        let export = ICalendar.export(session.workshop, stamp: Resources.stamp)
        if output == "-" {
            Console.raw(export.text)
            return
        }
        let target = Paths.url(output ?? "\(session.folder.lastPathComponent).ics")
        try OutputGuard.check(target, kind: .calendar, workshop: session.folder)
        do {
            try AtomicFile.write(Data(export.text.utf8), to: target)
        } catch {
            throw InputFailure(error)
        }
        let arguments: MessageArguments = ["path": .path(DisplayPath.of(target)), "count": Counted.meetings(export.events)]
        if export.undated.isEmpty {
            Console.say(.phraseRunWroteCount, arguments)
        } else {
            Console.say(
                .phraseRunCalendarUndated, arguments.merging(["meetings": .list(export.undated.map { .value($0.id) })]) { $1 })
        }
    }
}
