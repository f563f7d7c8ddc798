import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A deck whose backs show the programme's logo (`back: logo`, `logo:` in workshop.yaml): the
/// picture on every back, sized to the card, with the programme's name under it; a logo that
/// cannot be used is an error at its line in every language.
@Suite("A deck's backs with the programme's logo")
struct DeckLogoTests {
    let folder = TemporaryFolder()
    static let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/logo-deck")

    /// A copy of the fixture whose `logo:` line says `logo`.
    func programme(logo: String) throws -> URL {
        let copy = folder.path("p")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let file = copy.appendingPathComponent("workshop.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "logo: logo.png", with: logo)
        try Data(text.utf8).write(to: file)
        return copy
    }

    @Test func everyBackCarriesTheLogoSizedToTheCardWithTheProgrammesName() throws {
        let result = sadnaInProcess(
            ["render", "cards", "partners", "--workshop", Self.fixture.path, "-o", "logo.pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.path("logo.pdf")
        // One picture per back (two cards), none on the fronts; its pixels are as the file's.
        let images = try run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(images.count == 2 && images.allSatisfy { $0[0] == "2" && $0[3] == "480" && $0[4] == "240" }, "\(images)")
        // Drawn with its proportions (the same resolution both ways), as wide as an A6 card's
        // safe area (105 mm less 8 mm each side) at most.
        for image in images {
            let (xppi, yppi) = (Double(image[12]) ?? 0, Double(image[13]) ?? 0)
            #expect(xppi == yppi, "\(image)")
            let widthMM = 480 / xppi * 25.4
            #expect(widthMM > 60 && widthMM <= 89.5, "\(widthMM) mm")
        }
        // The programme's name under each logo, inside its card.
        let name = try PDFText.boxes(pdf, page: 2).filter { $0.word == "שותפים" }
        #expect(name.count == 2, "\(name)")
        let a6 = 105 / 25.4 * 72
        for word in name { #expect(word.yMin > 60 && word.yMin < 148 / 25.4 * 72 - 20, "\(word)") }
        #expect(Set(name.map { Int($0.xMin / a6) }).count == 2, "one name per card: \(name)")
    }

    @Test(arguments: [
        ("missing.png", "en", "the logo missing.png cannot be used: there is no such file"),
        ("../outside.png", "he", "אי אפשר להשתמש בלוגו \u{2068}../outside.png\u{2069}: הנתיב יוצא מתיקיית הסדנה"),
        ("logo.svg", "ar", "الشعار \u{2068}logo.svg\u{2069} ليس صورة PNG أو JPEG"),
        ("fake.png", "en", "the logo fake.png cannot be printed: the file is neither a PNG nor a JPEG picture"),
    ])
    func aLogoThatCannotBeUsedIsAnErrorAtItsLine(logo: String, language: String, message: String) throws {
        let copy = try programme(logo: "logo: \(logo)")
        folder.write("p/fake.png", "not a picture")
        let check = sadnaInProcess(["check", copy.path, "--lang", language], in: folder.url, speaking: nil)
        #expect(check.status == 1)
        #expect(check.stderr.contains("workshop.yaml:6:7: error: \(message)"), "\(check.stderr)")
        #expect(!check.stderr.contains("deck.yaml"), "the deck is not blamed for it: \(check.stderr)")
        let render = sadnaInProcess(
            ["render", "cards", "partners", "--workshop", copy.path, "--lang", language, "-o", "x.pdf"], in: folder.url,
            speaking: nil)
        #expect(render.status != 0 && render.stderr.contains("workshop.yaml:6:7: error: "), "\(render.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.pdf").path))
    }

    @Test func backsThatShowALogoNeedOne() throws {
        let copy = try programme(logo: "")
        let check = sadnaInProcess(["check", copy.path, "--lang", "he"], in: folder.url, speaking: nil)
        #expect(check.status == 1)
        #expect(check.stderr.contains("decks/partners/deck.yaml:17:7: error: גב הכרטיסים מראה את הלוגו"), "\(check.stderr)")
        #expect(check.stderr.contains("\u{2068}`logo: logo.png`\u{2069}"), "\(check.stderr)")
    }
}
