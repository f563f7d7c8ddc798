import ArgumentParser
import Foundation
import SadnaKit

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write the programme's dated meetings as an iCalendar (.ics) file that calendar apps open.",
        discussion: "Times are in Asia/Jerusalem. Meetings without a date are left out and named.")

    @Argument(help: "The workshop folder (default: the current folder, else the programme shipped with Sadna).")
    var workshop: String?

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Where to write the calendar (default: FOLDER-NAME.ics here; - for standard output).",
                               valueName: "file.ics"))
    var output: String?

    @OptionGroup var strictness: StrictOption

    func run() throws {
        let url = try WorkshopLocation.resolve(workshop)
        let (loaded, warnings) = try WorkshopLocation.load(url, strict: strictness.strict)
        if !warnings.isEmpty { Console.report(warnings) }
        let export = ICalendar.export(loaded)
        if output == "-" {
            FileHandle.standardOutput.write(Data(export.text.utf8))
            return
        }
        let target = URL(fileURLWithPath: output ?? "\(url.lastPathComponent).ics")
        do {
            try AtomicFile.write(Data(export.text.utf8), to: target)
        } catch let failure as OutputError {
            throw InputFailure(failure.description)
        }
        var message = "wrote \(DisplayPath.of(target)) (\(export.events) meeting\(export.events == 1 ? "" : "s"))"
        if !export.undated.isEmpty {
            message += "; left out, having no date: " + export.undated.map(\.id).joined(separator: ", ")
        }
        Console.say(message)
    }
}
