import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// Every printable of the shipped programme, in Hebrew, Arabic and English, laid out and written
/// as its page model (each box, line and text with its place to 0.1 mm, its size and its lines),
/// compared with the reference under `Tests/References/LANGUAGE/KIND.txt`. A layout that moves a
/// box fails here even when the text still reads in the same order.
///
/// After an intentional change, `make references` writes them anew; `git diff Tests/References`
/// then shows what moved.
@Suite("Every printable against its reference page model")
struct ReferenceTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/References")
    static let updating = ProcessInfo.processInfo.environment["SADNA_UPDATE_REFERENCES"] == "1"

    /// What each kind prints for its reference: everything of the programme, or one meeting's
    /// cover (which lays its whole kit out).
    static func request(_ kind: PrintableKind, _ language: Language) -> PrintRequest {
        switch kind {
        case .worksheet:
            PrintRequest(kind, items: emek.worksheets(besides: sadnaTemplates.worksheets).map(\.id), language: language)
        case .kitCover: PrintRequest(kind, items: ["03"], language: language)
        case .signIn: PrintRequest(kind, items: ["01"], language: language)
        case .homework: PrintRequest(kind, items: ["03"], language: language)
        case .minutes: PrintRequest(kind, items: ["03"], language: language)
        // A deck of a programme's own: the Human API programme's solution cards.
        case .cards: PrintRequest(kind, language: language, deck: "solutions")
        default: PrintRequest(kind, language: language)
        }
    }

    /// The programme a request prints from: the shipped one (the second shipped one for a deck of
    /// a programme's own), with a team for the kinds that print
    /// people (their items are participants) and for a meeting's sign-in sheet.
    static func workshop(for request: PrintRequest) -> Workshop {
        if request.kind == .cards { return humanAPI }
        return request.kind.items == .participants || request.kind == .signIn ? emekWithTeam : emek
    }

    @Test(arguments: PrintableKind.allCases, Language.allCases)
    func pagesMatchTheirReference(kind: PrintableKind, language: Language) throws {
        try compare(Self.request(kind, language), with: "\(language.code)/\(kind.rawValue).txt")
    }

    /// The kinds that come on A3, printed on A4 as sheets to glue.
    static let tiledKinds: [PrintableKind] = [.journey, .journeyCanvas, .worksheet]

    /// What each of ``tiledKinds`` prints for its tiled reference: its reference's request (the
    /// A3 worksheets only) on A4.
    static func tiledRequest(_ kind: PrintableKind, _ language: Language) -> PrintRequest {
        var request = request(kind, language)
        request.paper = .a4
        if kind == .worksheet { request.items = ["mind-map", "challenge-map"] }
        return request
    }

    /// The A3 printables asked for on A4: the sheets to glue (`KIND-on-A4.txt`).
    @Test(arguments: tiledKinds, Language.allCases)
    func tilesMatchTheirReference(kind: PrintableKind, language: Language) throws {
        try compare(Self.tiledRequest(kind, language), with: "\(language.code)/\(kind.rawValue)-on-A4.txt")
    }

    /// The second programme's worksheets, every one, in each language (`human-api/worksheet.txt`).
    @Test(arguments: Language.allCases)
    func humanAPIWorksheetsMatchTheirReference(language: Language) throws {
        let workshop = humanAPI
        try compare(
            PrintRequest(.worksheet, items: workshop.worksheets.map(\.id).sorted(), language: language),
            with: "\(language.code)/human-api-worksheet.txt", workshop: workshop)
    }

    func compare(_ request: PrintRequest, with name: String, workshop: Workshop? = nil) throws {
        let document = try printed(request, workshop: workshop ?? Self.workshop(for: request))
        let actual = PageModel.text(document.pages)
        let file = Self.folder.appendingPathComponent(name)
        if Self.updating {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        let expected = try #require(
            try? String(contentsOf: file, encoding: .utf8),
            "no reference \(file.path): run `make references` and look at what it wrote")
        if actual != expected {
            let written = FileManager.default.temporaryDirectory
                .appendingPathComponent("sadna-" + name.replacingOccurrences(of: "/", with: "-"))
            try? Data(actual.utf8).write(to: written)
            Issue.record(
                """
                \(name) no longer matches its reference; the new model is in \(written.path).
                \(Self.firstDifference(expected, actual))
                If the change is intended, run `make references` and review `git diff Tests/References`.
                """)
        }
    }

    /// The first lines that differ, with a little context, as a person reads a diff.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let start = max(0, first - 2)
        var lines = ["at line \(first + 1):"]
        lines += old[start..<min(old.count, first + 4)].map { "- \($0)" }
        lines += new[start..<min(new.count, first + 4)].map { "+ \($0)" }
        return lines.joined(separator: "\n")
    }
}
