import ArgumentParser
import Foundation
import SadnaKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new data file from a commented template.",
        subcommands: [NewMeeting.self])
}

struct NewMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Write meetings/ID.yaml with every field, each explained in a comment.")

    @Argument(help: "The new meeting's id, which becomes its file name (e.g. 11).")
    var id: String

    @Option(help: ArgumentHelp("The workshop folder (default: the current folder, else the programme shipped with Sadna).",
                               valueName: "dir"))
    var workshop: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(allowed.contains) else {
            throw ValidationError("a meeting id may hold letters, digits, - and _ only (got \"\(id)\")")
        }
    }

    func run() throws {
        let folder = try WorkshopLocation.resolve(workshop)
        let target = folder.appendingPathComponent("meetings/\(id).yaml")
        if FileManager.default.fileExists(atPath: target.path) && !force {
            throw InputFailure("\(DisplayPath.of(target)) exists; nothing was written (add --force to replace it)")
        }
        let source = try TemplateLocation.resolve().appendingPathComponent("new/meeting.yaml")
        guard var text = try? String(contentsOf: source, encoding: .utf8) else {
            throw InputFailure("the meeting template \(DisplayPath.of(source)) is missing")
        }
        let number = Int(id).map(String.init) ?? ""
        text = text.replacingOccurrences(of: "{number}", with: number)
        if number.isEmpty {
            text = text.replacingOccurrences(of: "number: \n", with: "# number: 11\n")
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: target)
        } catch let failure as OutputError {
            throw InputFailure(failure.description)
        }
        Console.say("wrote \(DisplayPath.of(target)); fill it in, then run `sadna check`")
    }
}
