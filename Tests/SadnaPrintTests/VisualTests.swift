import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// Every printable of the shipped programme, in Hebrew, Arabic and English, as a person sees it:
/// each page drawn at low resolution and compared with its picture under
/// `Tests/References/png/LANGUAGE/KIND-PAGE.png`. The page models (``ReferenceTests``) say what
/// moved; this catches what no model describes — a colour, a clip, a curve, a picture.
///
/// A page that changed beyond a small threshold fails, and the new picture and a diff (changes
/// in red over the faded reference) are written for a person to look at. After an intentional
/// change, `make references` draws them anew.
@Suite("Every printable against its reference picture")
struct VisualTests {
    static let folder = ReferenceTests.folder.appendingPathComponent("png")
    /// Enough to see layout, colour and type size; small enough to keep in the repository.
    static let dpi = 25.0
    /// The share of a page's pixels that may change before a person must look: less than a word.
    static let threshold = 0.002

    @Test(arguments: PrintableKind.allCases, Language.allCases)
    func pagesLookAsTheirReference(kind: PrintableKind, language: Language) throws {
        let request = ReferenceTests.request(kind, language)
        try compare(
            try printed(request, workshop: ReferenceTests.workshop(for: request)), name: kind.rawValue, language: language)
    }

    /// The A3 printables on A4, as sheets to glue (`KIND-on-A4-PAGE.png`).
    @Test(arguments: ReferenceTests.tiledKinds, Language.allCases)
    func tilesLookAsTheirReference(kind: PrintableKind, language: Language) throws {
        try compare(try printed(ReferenceTests.tiledRequest(kind, language)), name: "\(kind.rawValue)-on-A4", language: language)
    }

    func compare(_ document: PrintDocument, name: String, language: Language) throws {
        let folder = Self.folder.appendingPathComponent(language.code)
        if ReferenceTests.updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for old in try FileManager.default.contentsOfDirectory(atPath: folder.path) where Self.isPicture(old, of: name) {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(old))
            }
        }
        let stored =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { Self.isPicture($0, of: name) } ?? []
        if !ReferenceTests.updating {
            #expect(
                stored.count == document.pages.count,
                "\(name) in \(language.code) has \(document.pages.count) pages, its reference pictures \(stored.count): run `make references` and look"
            )
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-visual")
        for (index, page) in document.pages.enumerated() {
            let file = folder.appendingPathComponent("\(name)-\(index + 1).png")
            let actual = try PNGExport.data(page, dpi: Self.dpi)
            if ReferenceTests.updating {
                try actual.write(to: file)
                continue
            }
            guard let reference = try? Data(contentsOf: file) else { continue }
            let comparison = try PixelComparison(actual, reference)
            guard comparison.changedFraction > Self.threshold else { continue }
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let stem = "\(language.code)-\(name)-\(index + 1)"
            try actual.write(to: out.appendingPathComponent("\(stem)-new.png"))
            try comparison.diffPNG?.write(to: out.appendingPathComponent("\(stem)-diff.png"))
            Issue.record(
                """
                \(name) page \(index + 1) in \(language.code) looks different from its reference: \
                \(String(format: "%.2f", comparison.changedFraction * 100)) % of its pixels changed. \
                See \(out.path)/\(stem)-diff.png (changes in red) and \(stem)-new.png; \
                if the change is intended, run `make references`.
                """)
        }
    }

    /// "agenda-3.png" is a picture of `agenda`; "agenda-blank-1.png" is not.
    static func isPicture(_ file: String, of kind: String) -> Bool {
        guard file.hasPrefix(kind + "-"), file.hasSuffix(".png") else { return false }
        return Int(file.dropFirst(kind.count + 1).dropLast(4)) != nil
    }
}
