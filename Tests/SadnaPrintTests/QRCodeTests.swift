import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// QR codes on service pages and task cards: read back from the printed page with Debian's
/// `zbarimg`, as a phone would read them, and measured on the page model.
@Suite("QR codes on service pages and task cards")
struct QRCodeTests {
    let folder = TemporaryFolder()
    static let formURL = "https://taxes.gov.il/TaxesFormsList/itc1312.pdf"

    // MARK: Reading the page

    /// A code as printed: its square with the quiet zone, and the module's size (mm).
    struct PrintedCode {
        var frame: Rect
        var module: Double
    }

    /// The codes on a page: each white square that holds black modules (only codes print pure black fills).
    func codes(on page: Page) -> [PrintedCode] {
        var squares: [Rect] = [], runs: [Rect] = []
        for case let .shape(shape, paint) in page.elements {
            switch shape {
            case let .rectangle(rect, cornerRadius: 0) where paint.fill == .white: squares.append(rect)
            case let .rectangles(rects) where paint.fill == .black: runs += rects
            default: break
            }
        }
        return squares.compactMap { square in
            let inside = runs.filter {
                $0.minX >= square.minX - 0.001 && $0.maxX <= square.maxX + 0.001
                    && $0.minY >= square.minY - 0.001 && $0.maxY <= square.maxY + 0.001
            }
            guard let module = inside.map(\.height).min() else { return nil }
            return PrintedCode(frame: square, module: module)
        }
    }

    /// What `zbarimg` reads on the page rendered at `dpi`, one text per code (exit 4: none).
    func decoded(_ page: Page, dpi: Double = 150) throws -> [String] {
        let png = folder.path("\(UUID().uuidString).png")
        try PNGExport.data(page, dpi: dpi).write(to: png)
        let result = try run("zbarimg", ["--raw", "-q", png.path])
        #expect(result.status == 0 || result.status == 4, "zbarimg: \(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func pdf(_ document: PrintDocument) throws -> URL {
        let url = folder.path("\(UUID().uuidString).pdf")
        try PDFExport.write(document, to: url)
        return url
    }

    /// The text `pdftotext` finds in a region of page 1 (mm), with the zero-width spaces that
    /// mark where a link may break removed.
    func text(in region: Rect, of pdf: URL) throws -> String {
        func pt(_ mm: Double) -> String { String(Int(Units.points(mm).rounded())) }
        let result = try run(
            "pdftotext",
            [
                "-f", "1", "-l", "1", "-x", pt(region.x), "-y", pt(region.y),
                "-W", pt(region.width), "-H", pt(region.height), pdf.path, "-",
            ])
        return String(String.UnicodeScalarView(result.stdout.unicodeScalars.filter { $0 != "\u{200B}" }))
    }

    /// The shipped programme with every task card sent to the resident-certificate page, loaded
    /// from a copy of its folder.
    func deckLinkedToTheCertificate() throws -> Workshop {
        let copy = folder.path("linked")
        try FileManager.default.copyItem(at: emekWorkshop, to: copy)
        let cards = copy.appendingPathComponent("task-cards")
        for file in try FileManager.default.contentsOfDirectory(atPath: cards.path) where file.hasSuffix(".yaml") {
            let url = cards.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            if !text.contains("\nservice:") {
                try (text + (text.hasSuffix("\n") ? "" : "\n") + "service: resident-certificate\n")
                    .write(to: url, atomically: true, encoding: .utf8)
            }
        }
        return try #require(check(copy).workshop)
    }

    // MARK: The encoder

    @Test func theEncoderGivesTheSmallestCodeForTheLink() throws {
        let code = try #require(QRCode(Self.formURL))
        // 47 bytes at level M need version 4: 33 modules a side.
        #expect(code.size == 33 && code.modules.count == 33 * 33)
        // The finder pattern's corner module is dark in every code; the separator beside it light.
        #expect(code.isDark(row: 0, column: 0) && !code.isDark(row: 7, column: 0))
        #expect(QRCode("") == nil)
    }

    @Test func aLongLinkBreaksOnlyAfterItsSlashesAndNeverWithAHyphen() {
        let typesetter = Typesetter()
        let style = TextStyle(size: 8, alignment: .centre)
        let (text, width) = QRBlock.breakable(Self.formURL, within: 28, style: style, typesetter: typesetter)
        #expect(text == "https://taxes.gov.il/\u{200B}TaxesFormsList/\u{200B}itc1312.pdf" && width == 28)
        // Narrower, where a part between slashes is still too wide, it breaks after dots too;
        // never inside the scheme.
        let (narrow, _) = QRBlock.breakable(Self.formURL, within: 20, style: style, typesetter: typesetter)
        #expect(narrow.hasPrefix("https://taxes.\u{200B}gov.\u{200B}il/\u{200B}TaxesFormsList/\u{200B}"))
        let scalars = Array(narrow.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\u{200B}" {
            #expect("/.-".unicodeScalars.contains(scalars[index - 1]))
        }
        #expect(!narrow.replacingOccurrences(of: "\u{200B}", with: "").contains("-"))
        #expect(narrow.replacingOccurrences(of: "\u{200B}", with: "") == Self.formURL)
        // A link that fits is left as it is.
        #expect(QRBlock.breakable("https://a.il", within: 28, style: style, typesetter: typesetter).text == "https://a.il")
    }

    // MARK: Service pages

    @Test(arguments: [PrintableKind.servicePage, .serviceReview], Language.allCases)
    func theResidentCertificatePageCarriesItsFormAsACodeThatReadsBack(kind: PrintableKind, language: Language) throws {
        let typesetter = Typesetter()
        let document = try printed(
            PrintRequest(kind, items: ["resident-certificate"], language: language), typesetter: typesetter)
        #expect(typesetter.diagnostics.isEmpty)
        let page = try #require(document.pages.first)
        #expect(try decoded(page) == [Self.formURL])
        let code = try #require(codes(on: page).first)
        #expect(codes(on: page).count == 1 && document.pages.dropFirst().allSatisfy { codes(on: $0).isEmpty })
        #expect(code.frame.width >= 20 && code.frame.width == code.frame.height)
        // The quiet zone: four modules of white on every side of the modules.
        #expect(abs(code.frame.width / code.module - 41) < 0.01)
        // In the page's top corner, on the end side of the title: left of it on a Hebrew or
        // Arabic page, right of it on an English one.
        #expect(code.frame.minY < 20)
        let title = try #require(
            page.elements.lazy.compactMap { element -> (TextBlock, Point)? in
                if case let .text(block, origin, _) = element, block.text == "אישור תושב" { return (block, origin) }
                return nil
            }.first)
        if language.isRightToLeft {
            #expect(code.frame.maxX < title.1.x)
        } else {
            #expect(code.frame.minX > title.1.x + title.0.width)
        }
    }

    @Test(arguments: Language.allCases)
    func theLinkIsPrintedWholeUnderTheCode(language: Language) throws {
        let document = try printed(PrintRequest(.servicePage, items: ["resident-certificate"], language: language))
        let code = try #require(codes(on: document.pages[0]).first)
        let url = try pdf(document)
        let under = try text(
            in: Rect(x: code.frame.minX - 1, y: code.frame.maxY, width: code.frame.width + 2, height: 15), of: url)
        // On three lines, broken after its slashes: joined, exactly the link, with no hyphen added.
        let lines = under.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        #expect(lines == ["https://taxes.gov.il/", "TaxesFormsList/", "itc1312.pdf"])
        #expect(lines.joined() == Self.formURL)
    }

    @Test func aPageWithNoLinkAndNoOnlineFormHasNoCode() throws {
        var page = try #require(emek.service(named: "resident-certificate"))
        page.how = page.how.filter { $0.kind.value != .onlineForm }
        #expect(page.qrTarget == nil)
        var workshop = emek
        workshop.services = [page]
        for kind in [PrintableKind.servicePage, .serviceReview] {
            let document = try printed(PrintRequest(kind, items: [page.id]), workshop: workshop)
            #expect(document.pages.allSatisfy { codes(on: $0).isEmpty })
            #expect(try decoded(document.pages[0]).isEmpty)
        }
    }

    @Test func thePagesOwnAddressComesBeforeItsFormAndAnInsecureOneIsReportedNotPrinted() throws {
        let workshop = makeWorkshop(meetings: [:])
        let form = "  - channel: online-form\n    address: \(Self.formURL)\n"
        workshop.write("services/licence.yaml", "name: רישיון עסק\nurl: https://www.example.org/services/licence\nhow:\n\(form)")
        workshop.write("services/insecure.yaml", "name: היתר\nurl: http://www.example.org/permit\nhow:\n\(form)")
        let outcome = check(workshop.url)
        let loaded = try #require(outcome.workshop)
        #expect(loaded.service(named: "licence")?.qrTarget?.value == "https://www.example.org/services/licence")
        // The review's link rule (`service.url`) reports the http address at its line; the code leads to the form.
        let insecure = outcome.diagnostics.filter { $0.rule == "service.url" }
        #expect(
            insecure.count == 1 && insecure[0].location?.line == 2
                && insecure[0].location?.file.hasSuffix("insecure.yaml") == true)
        #expect(loaded.service(named: "insecure")?.qrTarget?.value == Self.formURL)
        let document = try printed(PrintRequest(.servicePage, items: ["licence"]), workshop: loaded)
        #expect(try decoded(document.pages[0]) == ["https://www.example.org/services/licence"])
    }

    // MARK: Task cards

    @Test func anA6CardForTheCertificateCarriesTheCodeAndItReadsBack() throws {
        let workshop = try deckLinkedToTheCertificate()
        for language in Language.allCases {
            let request = PrintRequest(.taskCards, items: ["3-resident-certificate-firearm"], language: language, card: .a6)
            let job = try Catalog.job(request, in: layoutContext(workshop, language: language))
            let face = try #require(job.cardFaces.flatMap { Array($0) }?.first)
            let code = try #require(codes(on: face).first, "\(language)")
            #expect(code.frame.width >= 20, "\(language)")
            #expect(try decoded(face, dpi: 200) == [Self.formURL], "\(language)")
            // Imposed on the sheet it still reads.
            #expect(try decoded(job.document.pages[0], dpi: 200) == [Self.formURL], "\(language)")
        }
    }

    @Test(arguments: [CardSize.a6, .a7, .poker])
    func theCodeNeverCutsACardsText(card: CardSize) throws {
        let linked = try deckLinkedToTheCertificate()
        func deck(_ workshop: Workshop) throws -> (faces: [Page], problems: [String]) {
            let typesetter = Typesetter()
            let context = layoutContext(workshop, typesetter: typesetter)
            let job = try Catalog.job(PrintRequest(.taskCards, card: card), in: context)
            let faces = Array(try #require(job.cardFaces))
            return (faces, typesetter.diagnostics.map(\.message))
        }
        let plain = try deck(emek), withCodes = try deck(linked)
        // Exactly what was cut (or shrunk past its floor) without codes is cut with them: nothing more.
        #expect(withCodes.problems == plain.problems)
        let counts = withCodes.faces.map { codes(on: $0).count }
        for face in withCodes.faces {
            for code in codes(on: face) { #expect(code.frame.width >= 20) }
        }
        switch card {
        case .a6: #expect(counts.allSatisfy { $0 == 1 }, "every A6 card carries its code: \(counts)")
        case .a7:
            #expect(counts.contains(1) && counts.contains(0), "A7 drops the code only where the story needs the room: \(counts)")
        default: #expect(counts.allSatisfy { $0 == 0 }, "a poker card has no room for a code: \(counts)")
        }
    }

    @Test func onlyTheCardWhoseServiceHasALinkCarriesACode() throws {
        // In the shipped deck, card 3 exercises the resident certificate, whose page has an
        // online form; the other cards name no service.
        let job = try Catalog.job(PrintRequest(.taskCards), in: layoutContext())
        let counts = try #require(job.cardFaces).map { codes(on: $0).count }
        #expect(counts == [0, 0, 1, 0, 0, 0, 0, 0, 0])
        let three = try Catalog.job(PrintRequest(.taskCards, items: ["3"]), in: layoutContext())
        #expect(try decoded(try #require(three.cardFaces?.first { _ in true }), dpi: 200) == [Self.formURL])
    }
}
