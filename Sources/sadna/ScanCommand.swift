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
                let inked = saved.inked.map { MessageArgument.value($0.field) }
                Console.say(
                    .phraseScanRunScanned,
                    [
                        "photo": .path(path), "form": Self.form(scanned.identity.kind), "page": .number(scanned.identity.page),
                        "folder": .path("\(saved.folder)/"), "fields": .number(scanned.fields.count),
                        "inked": inked.isEmpty ? .phrase(.phraseScanRunNone) : .list(inked),
                    ])
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

    /// The form a photo was of, as a person calls it ("טופס פרסונה").
    static func form(_ kind: PrintableKind) -> MessageArgument {
        switch kind {
        case .personaForm: .phrase(.phraseScanRunFormPersonaForm)
        case .journeyCanvas: .phrase(.phraseScanRunFormJourneyCanvas)
        case .serviceSketch: .phrase(.phraseScanRunFormServiceSketch)
        case .signIn: .phrase(.phraseScanRunFormSignIn)
        case .minutesBlank, .minutes: .phrase(.phraseScanRunFormMinutes)
        case .worksheet: .phrase(.phraseScanRunFormWorksheet)
        default: .code(kind.rawValue)
        }
    }

    /// Says where the scan went in the workshop's files; a sign-in sheet's proposal is shown, and
    /// written when confirmed.
    func say(_ filed: ScanSession.Filed, saved: ScanStore.Saved, workshop: Workshop, folder: URL) throws {
        switch filed {
        case let .persona(written): Console.say(.phraseScanRunPersona, ["path": .path(written)], indented: true)
        case let .journey(written): Console.say(.phraseScanRunJourney, ["path": .path(written)], indented: true)
        case let .meeting(written):
            let name = saved.folder.split(separator: "/").last.map(String.init) ?? ""
            Console.say(.phraseScanRunAttached, ["path": .path(written), "name": .value(name)], indented: true)
        case let .attendance(proposal): try propose(proposal, workshop: workshop, folder: folder)
        case .noMeeting: Console.say(.phraseScanRunNoMeeting, ["option": .code("--meeting")], indented: true)
        case .kept: break
        }
    }

    /// Shows who signed a sign-in sheet, by the ink in each signature cell, and writes them as
    /// present only when confirmed: by `--confirm`, or by a yes on a terminal.
    func propose(_ proposal: AttendanceProposal, workshop: Workshop, folder: URL) throws {
        let meeting = MessageArgument.value(proposal.meeting)
        func names(_ people: [String]) -> MessageArgument { .list(people.map(MessageArgument.name)) }
        Console.say(
            .phraseScanRunSigned,
            ["meeting": meeting, "names": proposal.signed.isEmpty ? .phrase(.phraseScanRunNobody) : names(proposal.signed)],
            indented: true)
        if !proposal.signedOutsideTeam.isEmpty {
            Console.say(.phraseScanRunSignedOutside, ["names": names(proposal.signedOutsideTeam)], indented: true)
        }
        if !proposal.unsigned.isEmpty { Console.say(.phraseScanRunUnsigned, ["names": names(proposal.unsigned)], indented: true) }
        guard !proposal.signed.isEmpty else { return }
        var confirmed = confirm
        if !confirmed, Console.capture == nil, isatty(STDIN_FILENO) != 0 {
            FileHandle.standardError.write(Data(("  " + Console.words(.phraseScanRunAsk)).utf8))
            confirmed = ["y", "yes", "כ", "כן", "نعم"].contains(
                readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
        }
        guard confirmed else {
            Console.say(.phraseScanRunCheckNames, ["flags": .code("--replace --confirm")], indented: true)
            return
        }
        let changed = try proposal.write(in: workshop, folder: folder)
        Console.say(changed ? .phraseScanRunRecorded : .phraseScanRunAlready, ["meeting": meeting], indented: true)
    }
}
