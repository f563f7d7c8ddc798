import CPangoCairo
import Foundation
import SadnaKit
import SadnaPrint

/// Where a scan's pictures go in the workshop: `scans/MEETING/FORM/` holds `page.png` (the whole
/// straightened page), `FIELD.png` for every field of the form, and `scan.yaml` (which photo
/// it came from and which fields hold ink). Paths are the workshop's own, so that a persona
/// file names a crop as `scans/3/persona-form-1/name.png` and a text editor shows it too.
public struct ScanStore {
    public let workshop: URL

    public init(workshop: URL) {
        self.workshop = workshop
    }

    /// What a scan wrote, as paths in the workshop.
    public struct Saved: Sendable {
        /// What the page is, as its marks say.
        public var identity: ScanIdentity
        /// The form's folder, e.g. `scans/3/sign-in`.
        public var folder: String
        /// The photo's file name, as it was sent.
        public var photo: String
        /// The photo's fingerprint: the same photo again is the same page.
        public var fingerprint: String
        public var page: String
        /// Every field the form has, in the order the form lays them out.
        public var fields: [String]
        /// Each field with ink, by name, to its crop's path.
        public var inked: [(field: String, path: String)]
        /// Each field, to its crop's path.
        public var crops: [String: String]
    }

    /// The folder a scan of `identity` goes to, or why it may not: a form a meeting has one of
    /// (its sign-in sheet, its minutes) has one place, whichever photo shows it; copies of a form
    /// filled once per group (persona forms, canvases, sketches) are numbered, and only the same
    /// photo again counts as the same page. A sheet of a poster printed as tiles goes beside the
    /// other sheets of its copy (`journey-canvas-2-sheet-3`): the first copy still missing that
    /// sheet, since a sheet's marks cannot tell one group's copy from another's.
    func folder(for identity: ScanIdentity, meeting: String?, fingerprint: String, replace: Bool) throws(ScanRefusal) -> String {
        let base = Self.formName(identity.kind, page: identity.page)
        let sheet = identity.tile.map { "-sheet-\($0)" } ?? ""
        let parent = "scans/\(identity.meeting ?? meeting ?? "unsorted")"
        let manager = FileManager.default
        if identity.meeting != nil || Self.onePerMeeting.contains(identity.kind) {
            let folder = "\(parent)/\(base)\(sheet)"
            if !replace, manager.fileExists(atPath: workshop.appendingPathComponent(folder).path) {
                throw ScanRefusal(.alreadyScanned, .phraseScanPageBefore, ["folder": .path(folder)])
            }
            return folder
        }
        let copies = self.copies(of: base, in: parent)
        for number in copies.keys.sorted() where copies[number]?.contains(sheet) == true {
            let folder = "\(parent)/\(base)-\(number)\(sheet)"
            if saved(in: folder)?.fingerprint == fingerprint {
                guard replace else { throw ScanRefusal(.alreadyScanned, .phraseScanPhotoBefore, ["folder": .path(folder)]) }
                return folder
            }
        }
        // A sheet joins the first copy printed as sheets that lacks it; anything else starts a copy.
        let joined =
            sheet.isEmpty
            ? nil : copies.keys.sorted().first { copies[$0]?.contains("") == false && copies[$0]?.contains(sheet) == false }
        let number = joined ?? (1...).first { copies[$0] == nil }!
        return "\(parent)/\(base)-\(number)\(sheet)"
    }

    /// A page of a form as its folder is named, before any copy's number: `minutes-blank` for
    /// the first page, `minutes-blank-p2` for the second.
    public static func formName(_ kind: PrintableKind, page: Int) -> String {
        kind.rawValue + (page > 1 ? "-p\(page)" : "")
    }

    /// The page of a form of `kind` a folder named `name` holds (the inverse of ``formName(_:page:)``),
    /// or nil when it is not that form's.
    public static func page(ofForm name: String, kind: PrintableKind) -> Int? {
        if name == kind.rawValue { return 1 }
        let prefix = "\(kind.rawValue)-p"
        guard name.hasPrefix(prefix), let page = Int(name.dropFirst(prefix.count)), page > 1 else { return nil }
        return page
    }

    /// The numbered copies of a form scanned under `parent`, each to what was scanned of it: ""
    /// for the whole page, `-sheet-N` for each sheet of a poster printed as tiles.
    func copies(of base: String, in parent: String) -> [Int: Set<String>] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workshop.appendingPathComponent(parent).path)) ?? []
        var copies: [Int: Set<String>] = [:]
        for name in names where name.hasPrefix(base + "-") {
            let rest = name.dropFirst(base.count + 1)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { continue }
            let part = String(rest.dropFirst(digits.count))
            guard part.isEmpty || Self.sheetNumber(in: part) != nil else { continue }
            copies[number, default: []].insert(part)
        }
        return copies
    }

    /// The sheet a folder's name ends in (`…-sheet-3` → 3), when it ends in one.
    static func sheetNumber(in name: some StringProtocol) -> Int? {
        sheetSuffix(of: name).flatMap { Int(name[$0].dropFirst("-sheet-".count)) }
    }

    /// `name` without the sheet it ends in (`journey-canvas-2-sheet-3` → `journey-canvas-2`):
    /// the copy the sheet is part of.
    public static func copy(_ name: String) -> String {
        sheetSuffix(of: name).map { String(name[..<$0.lowerBound]) } ?? name
    }

    private static func sheetSuffix<Name: StringProtocol>(of name: Name) -> Range<Name.Index>? {
        guard let range = name.range(of: "-sheet-", options: .backwards) else { return nil }
        let digits = name[range.upperBound...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return range.lowerBound..<name.endIndex
    }

    /// Writes the page, every field's crop and the record of the scan.
    public func save(
        _ scanned: ScannedForm, photo: URL, meeting: String?, replace: Bool
    ) throws(ScanRefusal) -> Saved {
        let fingerprint = Self.fingerprint(of: photo)
        let folder = try folder(for: scanned.identity, meeting: meeting, fingerprint: fingerprint, replace: replace)
        let directory = workshop.appendingPathComponent(folder)
        var crops: [String: String] = [:]
        var inked: [(String, String)] = []
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            // The page and the crops are compressed on every core: PNG encoding is most of a scan's time.
            let pictures =
                [(name: "page", field: ScannedField?.none)] + scanned.fields.map { (name: $0.name, field: Optional($0)) }
            let failure = FirstFailure()
            DispatchQueue.concurrentPerform(iterations: pictures.count) { index in
                let (name, field) = pictures[index]
                do {
                    try Self.writePNG(
                        field.map(scanned.crop) ?? scanned.page, to: directory.appendingPathComponent("\(name).png"))
                } catch {
                    failure.keep(error)
                }
            }
            if let error = failure.error { throw error }
            for field in scanned.fields {
                let path = "\(folder)/\(field.name).png"
                crops[field.name] = path
                if field.hasInk { inked.append((field.name, path)) }
            }
            var record = "# Written by `sadna scan`: the photo this folder was cut from.\n"
            record += "photo: \(Self.quoted(photo.lastPathComponent))\n"
            // Quoted: hex digits alone ("00123456") would read back as a number.
            record += "fingerprint: \(Self.quoted(fingerprint))\n"
            record += "form: \(scanned.identity.kind.rawValue)\n"
            record += "page: \(scanned.identity.page)\n"
            record += "marks: \(Self.quoted(scanned.identity.payload(corner: .topLeft)))\n"
            record += "inked: [\(inked.map(\.0).joined(separator: ", "))]\n"
            record += "fields: [\(scanned.fields.map(\.name).joined(separator: ", "))]\n"
            try Data(record.utf8).write(to: directory.appendingPathComponent("scan.yaml"), options: .atomic)
        } catch {
            throw ScanRefusal(
                .unreadable, .phraseScanCropsUnwritten,
                ["folder": .path(folder), "reason": .quoted(error.localizedDescription)])

        }
        return Saved(
            identity: scanned.identity, folder: folder, photo: photo.lastPathComponent, fingerprint: fingerprint,
            page: "\(folder)/page.png", fields: scanned.fields.map(\.name), inked: inked, crops: crops)
    }

    /// The forms a meeting fills once: a second photo of one is the same page again.
    static let onePerMeeting: Set<PrintableKind> = [.signIn, .minutesBlank]

    /// A name as a double-quoted YAML value (JSON's string form is one).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func fingerprint(of photo: URL) -> String {
        let data = (try? Data(contentsOf: photo)) ?? Data()
        return ScanIdentity.fingerprint(bytes: data) + String(data.count, radix: 16)
    }

    /// What an earlier scan wrote into `folder` (a path in the workshop, `scans/3/sign-in`), read
    /// back from its `scan.yaml` and crops, or nil when the folder holds no scan: the one reader
    /// of a scan's record, for the meeting's list of scans, for typing a scan up, and for a page
    /// that shows a scan's proposal on one request and writes it on the next without the photo.
    public func saved(in folder: String) -> Saved? {
        let directory = workshop.appendingPathComponent(folder)
        guard let text = try? String(contentsOf: directory.appendingPathComponent("scan.yaml"), encoding: .utf8),
            let record = try? YAMLDocumentEditor(text: text).value,
            let (identity, _) = record[.key("marks")].flatMap({ ScanIdentity.parse($0.formText) })
        else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var crops: [String: String] = [:]
        for name in names where name.hasSuffix(".png") && name != "page.png" {
            crops[String(name.dropLast(4))] = "\(folder)/\(name)"
        }
        var fields = record[.key("fields")]?.formLines ?? []
        if fields.isEmpty {
            // A scan recorded before its fields were: its crops, by name.
            fields = crops.keys.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        let inked = (record[.key("inked")]?.formLines ?? []).compactMap { field in crops[field].map { (field, $0) } }
        return Saved(
            identity: identity, folder: folder, photo: record[.key("photo")]?.formText ?? "",
            fingerprint: record[.key("fingerprint")]?.formText ?? "", page: "\(folder)/page.png", fields: fields,
            inked: inked, crops: crops)
    }

    /// A picture as PNG, written whole or not at all.
    static func writePNG(_ picture: Photo, to url: URL) throws {
        var pixels = picture.pixels
        let data = try pixels.withUnsafeMutableBytes { buffer in
            let surface = cairo_image_surface_create_for_data(
                buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, Int32(picture.width),
                Int32(picture.height), Int32(picture.width * 4))!
            defer { cairo_surface_destroy(surface) }
            return try PNGExport.encode(surface)
        }
        try data.write(to: url, options: .atomic)
    }
}

/// The first error of work done on several threads at once.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func keep(_ error: any Error) { lock.withLock { if first == nil { first = error } } }

    var error: (any Error)? { lock.withLock { first } }
}
