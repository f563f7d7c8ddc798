import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A file an editor left with "_" where a title or a story goes is an error at that value, as a
/// persona named "_" is: a card or a map of it would print a placeholder.
@Suite("Placeholders where the words go")
struct PlaceholderTests {
    func check(_ path: String, _ yaml: String) -> [Diagnostic] {
        let folder = makeWorkshop(meetings: [:])
        folder.write(path, yaml)
        return SadnaTestSupport.check(folder.url).diagnostics.filter { $0.location?.file.hasSuffix(path) == true }
    }

    @Test func aJourneyTitledUnderscoreIsAnError() throws {
        let found = check("journeys/j.yaml", "title: _\nstages:\n  - title: מחפשים מידע\n")
        let error = try #require(found.first { $0.rule == "journey.title-placeholder" })
        #expect(error.severity == .error && error.location?.line == 1)
    }

    @Test func aTaskCardOfUnderscoresIsAnError() throws {
        let found = check("task-cards/1-x.yaml", "story: _\nmission: קבלת הנחה בארנונה.\n")
        let error = try #require(found.first { $0.rule == "task-card.placeholder" })
        #expect(error.severity == .error && error.location?.line == 1)
        #expect(check("task-cards/2-y.yaml", "{}\n").contains { $0.severity == .error }, "an empty card is an error too")
    }

    @Test func wordsAreNotPlaceholders() {
        #expect(
            check("journeys/j.yaml", "title: API אנושי\nstages:\n  - title: מחפשים מידע\n").allSatisfy {
                $0.rule != "journey.title-placeholder"
            })
    }
}
