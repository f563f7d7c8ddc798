import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

/// A service page typed up from a photographed sketch names each part's handwriting under
/// `scanned:`; `sadna check` reads it, and a part it does not know is said where it is written.
@Suite("A service page's scanned sketch")
struct ServicePageScannedTests {
    func checked(_ service: String) -> (page: ServicePage?, found: [Diagnostic]) {
        let folder = makeWorkshop(meetings: [:])
        folder.write("services/arnona.yaml", service)
        let result = check(folder.url)
        return (
            result.workshop?.service(named: "arnona"),
            result.diagnostics.filter { $0.location?.file.hasSuffix("arnona.yaml") == true }
        )
    }

    @Test func eachPartNamesItsCrop() throws {
        let (page, found) = checked(
            """
            # From a sketch
            name: הנחה בארנונה
            status: draft
            scanned:
              name: scans/6/service-sketch-1/question-1.png
              for_whom: scans/6/service-sketch-1/question-3.png
              how: scans/6/service-sketch-1/question-4.png
              help: scans/6/service-sketch-1/question-7.png
            """)
        #expect(!found.contains { $0.severity == .error }, "\(found.map { $0.message(in: .en) })")
        let scanned = try #require(page?.scanned)
        #expect(scanned.count == 4)
        #expect(scanned[.forWhom]?.value == "scans/6/service-sketch-1/question-3.png")
        #expect(scanned[.help]?.value == "scans/6/service-sketch-1/question-7.png")
        #expect(scanned[.how]?.location.line == 7)
        #expect(scanned[.what] == nil)
    }

    @Test func anUnknownPartIsSaidAtItsLineInEveryLanguage() throws {
        let (page, found) = checked(
            """
            name: הנחה בארנונה
            scanned:
              name: scans/6/service-sketch-1/question-1.png
              contacts: scans/6/service-sketch-1/question-6.png
            """)
        let unknown = try #require(found.first { $0.rule == "yaml.unknown-key" }, "\(found)")
        #expect(unknown.location?.line == 4 && unknown.location?.column == 3)
        #expect(unknown.message(in: .en).contains("`contacts`"))
        #expect(unknown.hint(in: .en)?.contains("did you mean `contact`?") == true, "\(unknown.hint(in: .en) ?? "")")
        #expect(unknown.message(in: .he).contains("אינו מוכר"))
        #expect(unknown.message(in: .ar).contains("غير معروف"))
        #expect(page?.scanned[.name]?.value == "scans/6/service-sketch-1/question-1.png", "the known parts are still read")
    }
}
