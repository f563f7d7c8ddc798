import Foundation
import SadnaKit

/// One photo through the whole of a scan: read, recognised and straightened, cut into the
/// workshop's `scans/` folder, and a persona form's persona file written. The workbench scans
/// the photos a person uploads through it, as `sadna scan` scans those named on its command line.
public struct ScanSession {
    public let scanner: FormScanner
    public let store: ScanStore

    public init(scanner: FormScanner, workshop: URL) {
        self.scanner = scanner
        self.store = ScanStore(workshop: workshop)
    }

    /// What a photo became.
    public struct Outcome {
        public var scanned: ScannedForm
        public var saved: ScanStore.Saved
        /// The persona file a persona form became, as a path in the workshop; nil for another
        /// form, or when the persona's file was there already (its typed text is kept).
        public var persona: String?
    }

    /// Scans the photo at `photo` (its file's name is the one the scan's record keeps). A persona
    /// file that exists is never written over, even when the scan replaces an earlier one: a
    /// person may have typed into it since.
    public func scan(_ photo: URL, meeting: String?, replace: Bool) throws(ScanRefusal) -> Outcome {
        let scanned = try scanner.scan(try Photo.read(photo))
        let saved = try store.save(scanned, photo: photo, meeting: meeting, replace: replace)
        var persona: String?
        if scanned.identity.kind == .personaForm {
            do {
                persona = try ScannedPersona.write(saved, workshop: store.workshop, replace: false)
            } catch {
                throw ScanRefusal(
                    .unreadable, .phraseScanCropsUnwritten,
                    ["folder": .path("personas"), "reason": .quoted(error.localizedDescription)])
            }
        }
        return Outcome(scanned: scanned, saved: saved, persona: persona)
    }
}
