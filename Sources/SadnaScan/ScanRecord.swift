import Foundation
import SadnaKit

/// A scan as its folder keeps it (`scans/MEETING/FORM/scan.yaml`, written by ``ScanStore``):
/// which photo it came from, what form it is, its fields in the form's order and which hold ink.
/// Read back to list a meeting's scans and to type a scan up.
public struct ScanRecord: Sendable, Hashable {
    /// The form's folder in the workshop, e.g. `scans/3/persona-form-1`.
    public var folder: String
    /// The photo's file name, as it was sent.
    public var photo: String
    public var kind: PrintableKind
    public var page: Int
    /// The sheet of a form printed as tiles (a canvas on four A4 sheets), from 1; nil for a whole page.
    public var sheet: Int?
    /// What the marks say of the page beyond its kind, when anything: a worksheet's id, a
    /// canvas's stages and lanes (``ScanIdentity/item``).
    public var item: String?
    /// Every field the form has, in the order the form lays them out.
    public var fields: [String]
    public var inked: Set<String>

    /// The meeting part of the folder (`3` of `scans/3/persona-form-1`).
    public var meeting: String { folder.split(separator: "/").dropFirst().first.map(String.init) ?? "" }
    /// The form part of the folder (`persona-form-1`).
    public var name: String { (folder as NSString).lastPathComponent }
    /// The whole straightened page.
    public var pagePath: String { "\(folder)/page.png" }

    /// A field's crop, as a path in the workshop.
    public func crop(_ field: String) -> String { "\(folder)/\(field).png" }

    /// The scan as ``ScanStore`` wrote it or reads it back.
    public init(_ saved: ScanStore.Saved) {
        folder = saved.folder
        photo = saved.photo
        kind = saved.identity.kind
        page = saved.identity.page
        sheet = saved.identity.tile
        item = saved.identity.item
        fields = saved.fields
        inked = Set(saved.inked.map(\.field))
    }

    /// The scan in `folder` (a path in `workshop`), or nil when the folder holds none.
    public static func read(_ folder: String, in workshop: URL) -> ScanRecord? {
        ScanStore(workshop: workshop).saved(in: folder).map(ScanRecord.init)
    }

    /// The scans of `meeting`, in the order they were made (their folders' names, numbered).
    public static func all(of meeting: String, in workshop: URL) -> [ScanRecord] {
        let parent = "scans/\(meeting)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workshop.appendingPathComponent(parent).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .compactMap { read("\(parent)/\($0)", in: workshop) }
    }
}
