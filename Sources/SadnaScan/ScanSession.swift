import Foundation
import SadnaKit

/// One photo through the whole of a scan: read, recognised and straightened, cut into the
/// workshop's `scans/` folder, and filed by its kind of form. The workbench scans the photos a
/// person uploads through it, as `sadna scan` scans those named on its command line; both file
/// them the same way.
public struct ScanSession {
    public let scanner: FormScanner
    public let store: ScanStore
    /// The programme as loaded: a form's meeting, and the people a sign-in sheet names.
    public let programme: Workshop

    public init(scanner: FormScanner, programme: Workshop, workshop: URL) {
        self.scanner = scanner
        self.programme = programme
        self.store = ScanStore(workshop: workshop)
    }

    /// Where a scan went in the programme's files.
    public enum Filed: Sendable {
        /// A persona file (a path in the workshop) whose fields hold the crops until typed.
        case persona(String)
        /// A journey file whose cells hold the crops of their stage × lane.
        case journey(String)
        /// A meeting's file, the crops attached under its `scanned:`.
        case meeting(String)
        /// Who signed a sign-in sheet: written only when a person confirms it.
        case attendance(AttendanceProposal)
        /// A form whose meeting is not known (name it, then scan again).
        case noMeeting
        /// Nothing to file: the file was there already and keeps its typed text.
        case kept
    }

    /// What a photo became.
    public struct Outcome {
        public var scanned: ScannedForm
        public var saved: ScanStore.Saved
        public var filed: Filed
    }

    /// Scans the photo at `photo` (its file's name is the one the scan's record keeps) and files
    /// it. With `replace`, an earlier scan of the same page is replaced, and the files it became
    /// take the new crops; typed text is never written over.
    public func scan(_ photo: URL, meeting: String?, replace: Bool) throws(ScanRefusal) -> Outcome {
        let scanned = try scanner.scan(try Photo.read(photo))
        // A meeting named as a person says it ("3") is filed under the id the workshop knows it
        // by ("03"): the meeting's page lists its scans from there.
        let meeting = meeting.map { programme.meeting(named: $0)?.id ?? $0 }
        let saved = try store.save(scanned, photo: photo, meeting: meeting, replace: replace)
        do {
            return Outcome(scanned: scanned, saved: saved, filed: try file(saved, replace: replace))
        } catch {
            throw ScanRefusal(
                .unreadable, .phraseScanCropsUnwritten,
                ["folder": .path(Self.filesFolder(of: saved.identity.kind)), "reason": .quoted(error.localizedDescription)])
        }
    }

    /// The folder of the files a kind of form becomes, to name in a failure.
    static func filesFolder(of kind: PrintableKind) -> String {
        switch kind {
        case .personaForm: "personas"
        case .journeyCanvas: "journeys"
        case .signIn: "participants.yaml"
        default: "meetings"
        }
    }

    /// What the scan becomes in the workshop's files, by the kind of form.
    func file(_ saved: ScanStore.Saved, replace: Bool) throws -> Filed {
        let folder = store.workshop
        switch saved.identity.kind {
        case .personaForm:
            return try ScannedPersona.write(saved, workshop: folder, replace: replace).map(Filed.persona) ?? .kept
        case .journeyCanvas:
            return try ScannedJourney.write(saved, workshop: folder, replace: replace).map(Filed.journey) ?? .kept
        case .signIn:
            return AttendanceProposal.of(saved, in: programme).map(Filed.attendance) ?? .noMeeting
        default:
            guard ScannedMeetingForm.attaches(saved.identity.kind) else { return .kept }
            guard let meeting = ScanFiles.meeting(of: saved, in: programme) else { return .noMeeting }
            return .meeting(try ScannedMeetingForm.write(saved, meeting: meeting, workshop: folder))
        }
    }
}
