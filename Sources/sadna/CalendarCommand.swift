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
        let session = try Session(workshop: location.workshop, strict: strictness.strict, language: language)
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
        var message = "wrote \(DisplayPath.of(target)) (\(export.events) meeting\(export.events == 1 ? "" : "s"))"
        if !export.undated.isEmpty {
            message += "; left out, having no date: " + export.undated.map(\.id).joined(separator: ", ")
        }
        Console.say(message)
    }
}
