import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint
import SadnaScan

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Bring photos of filled forms back into the workshop's files.",
        discussion: """
            Reads photos (JPEG, PNG or HEIC, as a phone saves them) of forms Sadna printed for \
            filling by hand: the persona form, the journey canvas, the service-page sketch, the \
            sign-in sheet and the minutes form. Each is found by the small QR codes in its \
            corners, straightened, and cut into one picture per field under \
            scans/MEETING/FORM/ in the workshop, with the whole page as page.png. A field with \
            no ink is left empty. A photo that cannot be read surely (marks missing, blurred, \
            too dark, another programme's form) is refused with the reason; the others are \
            still scanned. Exit status 1 when any photo was refused.
            """)

    @Argument(help: ArgumentHelp("Photos of filled forms.", valueName: "photo"))
    var photos: [String]

    @OptionGroup var location: WorkshopOption

    @Option(help: "The meeting the photos were taken at, for forms that do not name one (persona forms, canvases).")
    var meeting: String?

    @Flag(help: "Put a photo's crops in place of an earlier scan of the same page.")
    var replace = false

    @Flag(
        help: """
            Write a sign-in sheet's proposed attendance (who signed) into participants.yaml. Without it \
            the proposal is shown, and asked about on a terminal.
            """)
    var confirm = false

    func run() throws {
        let folder = try Session.writableFolder(location.workshop)
        let session = try Session(workshop: folder.path, strict: false)
        var refusals: [Diagnostic] = []
        // The catalog lays each form out again in the language its marks name.
        let context = try session.context(.he)
        let scan = ScanSession(scanner: FormScanner(context: context), programme: context.workshop, workshop: folder)
        for path in photos {
            do {
                let outcome = try scan.scan(Paths.url(path), meeting: meeting, replace: replace)
                let saved = outcome.saved, scanned = outcome.scanned
                let inked = saved.inked.map(\.field)
                Console.say(
                    "\(path): \(scanned.identity.kind.rawValue), page \(scanned.identity.page) → \(saved.folder)/ "
                        + "(\(scanned.fields.count) fields; with ink: \(inked.isEmpty ? "none" : inked.joined(separator: ", ")))")
                try say(outcome.filed, saved: saved, workshop: session.workshop, folder: folder)
            } catch let refusal as ScanRefusal {
                refusals.append(refusal.diagnostic(photo: path))
            }
        }
        if !refusals.isEmpty {
            Console.report(refusals)
            throw InputFailure()
        }
    }

    /// Says where the scan went in the workshop's files; a sign-in sheet's proposal is shown, and
    /// written when confirmed.
    func say(_ filed: ScanSession.Filed, saved: ScanStore.Saved, workshop: Workshop, folder: URL) throws {
        switch filed {
        case let .persona(written): Console.say("  persona: \(written) (type its fields to replace the crops)")
        case let .journey(written): Console.say("  journey: \(written) (type a cell's notes to replace its crop)")
        case let .meeting(written):
            Console.say("  attached to \(written) under scanned: \(saved.folder.split(separator: "/").last ?? "")")
        case let .attendance(proposal): try propose(proposal, workshop: workshop, folder: folder)
        case .noMeeting: Console.say("  not attached to a meeting: name it with --meeting")
        case .kept: break
        }
    }

    /// Shows who signed a sign-in sheet, by the ink in each signature cell, and writes them as
    /// present only when confirmed: by `--confirm`, or by a yes on a terminal.
    func propose(_ proposal: AttendanceProposal, workshop: Workshop, folder: URL) throws {
        let meeting = proposal.meeting
        Console.say(
            "  signed (proposed as present at meeting \(meeting)): "
                + (proposal.signed.isEmpty ? "nobody" : proposal.signed.joined(separator: ", ")))
        if !proposal.signedOutsideTeam.isEmpty {
            Console.say(
                "  signed, not on participants.yaml (record them in the minutes): \(proposal.signedOutsideTeam.joined(separator: ", "))"
            )
        }
        if !proposal.unsigned.isEmpty { Console.say("  no signature: \(proposal.unsigned.joined(separator: ", "))") }
        guard !proposal.signed.isEmpty else { return }
        var confirmed = confirm
        if !confirmed, Console.capture == nil, isatty(STDIN_FILENO) != 0 {
            FileHandle.standardError.write(Data("  mark them present in participants.yaml? [y/N] ".utf8))
            confirmed = ["y", "yes", "כ", "כן", "نعم"].contains(
                readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
        }
        guard confirmed else {
            Console.say("  check the names against page.png, then run again with --replace --confirm to record them")
            return
        }
        let changed = try proposal.write(in: workshop, folder: folder)
        Console.say(
            changed ? "  recorded in participants.yaml as present at meeting \(meeting)" : "  already recorded as present")
    }
}
