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

    func run() throws {
        let folder = try Session.writableFolder(location.workshop)
        let session = try Session(workshop: folder.path, strict: false)
        let store = ScanStore(workshop: folder)
        var refusals: [Diagnostic] = []
        // The catalog lays each form out again in the language its marks name.
        let scanner = FormScanner(context: try session.context(.he))
        for path in photos {
            let url = Paths.url(path)
            do {
                let photo = try Photo.read(url)
                let first = try scanner.scan(photo)
                let saved = try store.save(first, photo: url, meeting: meeting, replace: replace)
                let inked = saved.inked.map(\.field)
                Console.say(
                    "\(path): \(first.identity.kind.rawValue), page \(first.identity.page) → \(saved.folder)/ "
                        + "(\(first.fields.count) fields; with ink: \(inked.isEmpty ? "none" : inked.joined(separator: ", ")))")
                if first.identity.kind == .signIn { proposeAttendance(first, workshop: session.workshop) }
                if first.identity.kind == .personaForm {
                    if let written = try ScannedPersona.write(saved, workshop: folder, replace: replace) {
                        Console.say("  persona: \(written) (type its fields to replace the crops)")
                    }
                }
            } catch let refusal as ScanRefusal {
                refusals.append(refusal.diagnostic(photo: path))
            }
        }
        if !refusals.isEmpty {
            Console.report(refusals)
            throw InputFailure()
        }
    }

    /// Who signed a sign-in sheet, by the ink in each signature cell, for a person to confirm:
    /// printed, never written into the meeting by itself.
    func proposeAttendance(_ scanned: ScannedForm, workshop: Workshop) {
        guard let meeting = workshop.meetings.first(where: { $0.id == scanned.identity.meeting }) else { return }
        let invitees = workshop.invitees(of: meeting)
        var signed: [String] = [], unsigned: [String] = []
        for field in scanned.fields where field.name.hasPrefix("signature-") {
            guard let number = Int(field.name.dropFirst("signature-".count)), invitees.indices.contains(number - 1) else {
                continue
            }
            (field.hasInk ? { signed.append($0) } : { unsigned.append($0) })(invitees[number - 1].name.value)
        }
        Console.say(
            "  signed (proposed as present at meeting \(meeting.id)): \(signed.isEmpty ? "nobody" : signed.joined(separator: ", "))"
        )
        if !unsigned.isEmpty { Console.say("  no signature: \(unsigned.joined(separator: ", "))") }
        Console.say("  check the names against page.png, then record them in the meeting's attendance")
    }
}
