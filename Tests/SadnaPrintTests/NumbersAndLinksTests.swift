import CPangoCairo
import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// Phone numbers, addresses, times and dates inside Hebrew and Arabic pages: in the order a
/// reader types them, never hyphenated, addresses broken only where a reader expects a break.
@Suite("Numbers and links set right on every page")
struct NumbersAndLinksTests {
    let folder = TemporaryFolder()

    static let longLink =
        "https://www.emekhamaayanot.org.il/residents/payments-and-certificates/guard-levy/application-form-for-new-residents-2019.pdf"

    /// A small workshop holding one service page with every kind of number and link.
    let workshop: TemporaryFolder = {
        let folder = TemporaryFolder()
        folder.write("workshop.yaml", "title: סדנת בדיקה\nlanguage: he\n")
        folder.write(
            "services/guard-levy.yaml",
            """
            name: היטל שמירה
            department: מחלקת גביה
            what: תשלום היטל שמירה החל מה-1/1/2019, בשעות 08:30–14:00.
            for_whom:
              - תושבי המועצה
            how:
              - channel: online-form
                steps:
                  - נכנסים לאתר וממלאים את הטופס.
                address: \(NumbersAndLinksTests.longLink)
            contact:
              name: דינה כהן
              phone: 04-6065123
              email: gvia@emekhamaayanot.org.il
            other_help:
              phones:
                - "*6565"
                - 1-800-222-333

            """)
        return folder
    }()

    func servicePage(_ language: Language) throws -> URL {
        let outcome = check(workshop.url)
        let workshop = try #require(outcome.workshop, "\(outcome.diagnostics)")
        let typesetter = Typesetter()
        let document = try printed(
            PrintRequest(.servicePage, items: ["guard-levy"], language: language),
            workshop: workshop, typesetter: typesetter)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        let url = folder.path("service-\(language).pdf")
        try PDFExport.write(document, to: url)
        return url
    }

    // MARK: Phone numbers

    @Test(arguments: [Language.he, .ar, .en])
    func aStarNumberReadsAsWrittenWithItsStarOnTheLeft(language: Language) throws {
        let url = try servicePage(language)
        let text = try PDFText.extract(url)
        for number in ["*6565", "1-800-222-333", "04-6065123", "gvia@emekhamaayanot.org.il"] {
            #expect(text.contains(number), "\(number) in \(text)")
        }
        #expect(!text.contains("6565*") && !text.contains("333-222-800"))
        // On paper: the star is the leftmost thing of its word, as in left-to-right text.
        let star = try #require(try Self.words(url).first { $0.text.contains("6565") })
        #expect(try Self.text(url, x: star.xMin, y: star.yMin, width: 5, height: star.yMax - star.yMin) == "*")
        let tollFree = try #require(try Self.words(url).first { $0.text.contains("800") })
        #expect(try Self.text(url, x: tollFree.xMin, y: tollFree.yMin, width: 5, height: tollFree.yMax - tollFree.yMin) == "1")
        if language == .en {
            // An English label before the number reads with it, left to right: "Phone: *6565".
            let label = try #require(try Self.words(url).first { $0.text.hasPrefix("Phone") && abs($0.yMin - star.yMin) < 1 })
            #expect(label.xMax < star.xMin, "“Phone:” at \(label.xMin)…\(label.xMax), the number at \(star.xMin)")
        }
    }

    // MARK: Addresses

    /// The address as the PDF holds it, its lines put together: whole. `pdftotext` in its
    /// default mode takes a hyphen that ends a line for a word's hyphenation and drops it when
    /// it joins the lines, so there the address may lose the hyphen it breaks after — but it
    /// never gains one, and `-raw`, which reads the text as it is, gives it back exactly.
    @Test func aLongAddressPrintsWholeWithoutAnInsertedHyphen() throws {
        let url = try servicePage(.he)
        let exact = PDFText.normalise(try run("pdftotext", ["-raw", url.path, "-"]).stdout).replacingOccurrences(
            of: " ", with: "")
        #expect(exact.contains(Self.longLink), "the address, its lines joined, is the address: \(exact)")
        let raw = try run("pdftotext", [url.path, "-"]).stdout
        let read = PDFText.normalise(raw).replacingOccurrences(of: " ", with: "")
        #expect(read.replacingOccurrences(of: "-", with: "").contains(Self.longLink.replacingOccurrences(of: "-", with: "")))
        #expect(!raw.contains("\u{200B}") && !raw.contains("\u{2060}"), "no invisible marks in the text a reader copies")
    }

    /// The address wraps in a narrow box: every break inside it falls after "/", "." or "-",
    /// the lines put together give it back, and nothing was added.
    @Test(arguments: [Language.he, .ar, .en])
    func anAddressBreaksOnlyAfterASlashADotOrAHyphen(language: Language) throws {
        let typesetter = Typesetter()
        let sentence = "נכנסים לאתר \(Self.longLink) וממלאים את הטופס."
        let block = typesetter.layout(sentence, style: TextStyle(size: 10), width: 45, language: language)
        let lines = block.lineTexts
        #expect(lines.joined() == sentence)
        let start = try #require(sentence.range(of: Self.longLink)).lowerBound
        let linkStart = sentence.distance(from: sentence.startIndex, to: start)
        let linkEnd = linkStart + Self.longLink.count
        var offset = 0
        var breaksInside: [Int] = []
        for line in lines.dropLast() {
            offset += line.count
            guard offset > linkStart, offset < linkEnd else { continue }
            breaksInside.append(offset)
            let before = sentence[sentence.index(sentence.startIndex, offsetBy: offset - 1)]
            #expect("/.-".contains(before), "a break after “\(before)”: \(lines)")
        }
        #expect(breaksInside.count >= 2, "the box is narrow enough to break the address: \(lines)")
        // Neither "https://" alone on a line nor a stub ("pdf") left for the last.
        #expect(!breaksInside.contains(linkStart + "https://".count), "\(lines)")
        #expect(linkEnd - (breaksInside.last ?? linkStart) >= 4, "\(lines)")
        #expect(typesetter.diagnostics.isEmpty)
    }

    /// Pango hyphenates a word it must break ("والأحاس-يس", "recommendatio-ns") unless told
    /// not to; plain and rich text alike are told, in every language. (The hyphen Pango adds is
    /// drawn but not in the PDF's text, so `pdftotext` cannot see it: the layout is asked.)
    @Test(arguments: [(Language.ar, "والأحاسيس"), (.he, "והתחושות"), (.en, "recommendations")])
    func wordsTooLongForTheirBoxBreakWithoutAHyphen(language: Language, word: String) throws {
        let typesetter = Typesetter()
        let text = Array(repeating: word, count: 3).joined(separator: " ") + " *6565 https://www.emek.org.il/a-b"
        let style = TextStyle(size: 12)
        let blocks = [
            typesetter.layout(text, style: style, width: 9, language: language),
            typesetter.layout(RichText([RichText.Run(text, bold: true)]), style: style, width: 9, language: language),
            typesetter.fit(text, style: style, in: Size(width: 9, height: 200), language: language, source: nil, what: "a box"),
        ]
        for block in blocks {
            #expect(block.lines.count > 1)
            #expect(Self.hyphensForbidden(block), "\(block.lineTexts)")
        }
    }

    /// Whether the block's layout carries "insert no hyphens" over the whole of its text.
    static func hyphensForbidden(_ block: TextBlock) -> Bool {
        guard let list = pango_layout_get_attributes(block.layout) else { return false }
        let length = UInt32(strlen(pango_layout_get_text(block.layout)))
        // A copy of the list's attributes, freed with them.
        let copies = pango_attr_list_get_attributes(list)
        defer { g_slist_free_full(copies) { pango_attribute_destroy($0?.assumingMemoryBound(to: PangoAttribute.self)) } }
        var node = copies
        while let current = node {
            let attribute = current.pointee.data.assumingMemoryBound(to: PangoAttribute.self)
            if attribute.pointee.klass.pointee.type == PANGO_ATTR_INSERT_HYPHENS,
                attribute.withMemoryRebound(to: PangoAttrInt.self, capacity: 1, { $0.pointee.value == 0 }),
                attribute.pointee.start_index == 0, attribute.pointee.end_index >= length
            {
                return true
            }
            node = current.pointee.next
        }
        return false
    }

    // MARK: Dates and hours

    @Test func aDateInBracketsReadsAsWrittenOnTheShippedPage() throws {
        let url = folder.path("resident-certificate.pdf")
        try PDFExport.write(try printed(PrintRequest(.servicePage, items: ["resident-certificate"])), to: url)
        // "(מה-1/1/2019)." right to left: "(" rightmost, then "מה", "-", the date, ")" and "." at the left.
        let words = try Self.words(url)
        let date = try #require(words.first { $0.text == "1/1/2019" })
        let line = words.filter { abs($0.yMin - date.yMin) < 1 }
        let hyphen = try #require(line.first { $0.text == "-" && $0.xMin >= date.xMax - 0.5 })
        let close = try #require(line.first { $0.text == ")" })
        let open = try #require(line.first { $0.text == "(" })
        let mem = try #require(line.filter { $0.text == "מ" }.min { abs($0.xMin - hyphen.xMax) < abs($1.xMin - hyphen.xMax) })
        #expect(close.xMax <= date.xMin + 0.5 && hyphen.xMax <= mem.xMin + 0.5 && mem.xMax <= open.xMin + 0.5)
    }

    @Test(arguments: [Language.ar, .he, .en])
    func aMeetingsHoursReadStartFirstAndItsDateTakesTheLanguagesComma(language: Language) throws {
        let document = try printed(PrintRequest(.agenda, items: ["3"], language: language))
        let model = PageModel.text(document.pages.prefix(1))
        let comma = language == .ar ? "الأربعاء، 26.6.2019" : language == .he ? "יום רביעי, 26.6.2019" : "Wednesday, 26.6.2019"
        #expect(model.contains(comma), "\(model.prefix(600))")
        let url = folder.path("agenda-3-\(language).pdf")
        try PDFExport.write(document, to: url)
        let text = try PDFText.extract(url, page: 1)
        #expect(text.contains("08:30–14:00"), "\(text.prefix(300))")
        if language == .ar { #expect(text.contains("،") && !text.contains(", 26.6.2019")) }
        // On paper, left to right: 08:30 on the left, 14:00 on the right, on every page.
        let hours = try #require(try Self.words(url).first { $0.text == "08:30–14:00" })
        let half = (hours.xMax - hours.xMin) / 2
        let left = try Self.text(url, x: hours.xMin, y: hours.yMin, width: half - 1, height: hours.yMax - hours.yMin)
        let right = try Self.text(url, x: hours.xMin + half + 1, y: hours.yMin, width: half, height: hours.yMax - hours.yMin)
        #expect(left.hasPrefix("08:3") && right.hasSuffix("14:00"), "left “\(left)”, right “\(right)”")
    }

    // MARK: Durations

    @Test func durationsAreWrittenOneWayOnARunSheet() throws {
        let document = try printed(PrintRequest(.agenda, items: ["staff-2019-09-19"]))
        let model = PageModel.text(document.pages)
        // 08:30–10:00 is ninety minutes, 10:00–11:00 an hour, the coffee break fifteen.
        #expect(model.contains("| 1:30 ש'") && model.contains("| 1:00 ש'") && model.contains("| 15 דק'"))
        #expect(!model.contains("| 90 דק'") && !model.contains("| 60 דק'"))
    }

    // MARK: Reading the PDF

    /// The words of page 1 as `pdftotext -bbox` gives them (Hebrew letter by letter), edges in points.
    static func words(_ pdf: URL) throws -> [(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] {
        let xml = try run("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf.path, "-"]).stdout
        return xml.split(separator: "\n").compactMap { line in
            // Scalars, not characters: a word that is a lone combining mark (Arabic's shadda)
            // would otherwise fuse with the tag's ">".
            let scalars = Array(String(line).unicodeScalars)
            guard line.contains("<word "), let open = scalars.firstIndex(of: ">"),
                let close = scalars.lastIndex(of: "<"), open < close
            else { return nil }
            func attribute(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let xMin = attribute("xMin"), let yMin = attribute("yMin"), let xMax = attribute("xMax"),
                let yMax = attribute("yMax")
            else { return nil }
            let text = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
            return (text, xMin, yMin, xMax, yMax)
        }
    }

    /// What `pdftotext` finds inside a rectangle of page 1 (points): which characters stand
    /// where on the paper, whatever order a text extraction would give them in.
    static func text(_ pdf: URL, x: Double, y: Double, width: Double, height: Double) throws -> String {
        let arguments = [
            "-r", "72", "-f", "1", "-l", "1", "-x", String(Int(x.rounded(.down))), "-y", String(Int(y.rounded(.down))),
            "-W", String(Int(width.rounded(.up))), "-H", String(Int(height.rounded(.up))), pdf.path, "-",
        ]
        return PDFText.normalise(try run("pdftotext", arguments).stdout)
    }
}
