import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Journeys: files and a facilitator's checks")
struct JourneyTests {
    @Test func theShippedExamplesLoad() throws {
        let outcome = SadnaTestSupport.check(emekWorkshop)
        let workshop = try #require(outcome.workshop)
        #expect(workshop.journeys.count == 3)
        let current = try #require(workshop.journey(named: "resident-certificate-current"))
        #expect(current.variant.value == .current && current.stages.count == 6)
        #expect(current.stages[2].emotion?.score.value == -2)
        #expect(current.stages[0].notes(.pains).first?.evidence?.value == .assumed, "an example's pains are guesses")
        let future = try #require(workshop.journey(named: "resident-certificate-future"))
        #expect(future.improves?.value == "resident-certificate-current" && future.stages.count == 3)
        #expect(workshop.journeys.allSatisfy { $0.isExample })
        #expect(!outcome.diagnostics.contains { $0.location?.file.contains("journeys/") == true })
    }

    func check(_ journeys: [String: String], personas: [String: String] = ["p.yaml": "name: פ\n"]) -> [Diagnostic] {
        let folder = makeWorkshop(meetings: [:])
        for (name, text) in journeys { folder.write("journeys/\(name)", text) }
        for (name, text) in personas { folder.write("personas/\(name)", text) }
        return SadnaTestSupport.check(folder.url).diagnostics
    }

    @Test func aScoreOutsideMinusTwoToTwoIsAnError() throws {
        let found = check(["j.yaml": "title: ש\npersona: p\nstages:\n  - title: א\n    emotion: {score: 3}\n"])
        let only = try #require(found.first)
        #expect(found.count == 1 && only.rule == "journey.score" && only.location?.line == 5)
    }

    @Test func aMissingPersonaIsNamedWithAGuess() throws {
        let found = check(["j.yaml": "title: ש\npersona: pp\nstages:\n  - title: א\n"])
        let only = try #require(found.first)
        #expect(
            only.rule == "reference.missing" && only.hint == "did you mean `p`? write the file, or leave the field out",
            "\(only.hint ?? "no hint")")
    }

    @Test func aPainNothingAnswersIsAWarning() throws {
        let found = check([
            "j.yaml": """
            title: ש
            persona: p
            stages:
              - title: א
                pains: [מחכים בתור]
              - title: ב
                pains: [לא ברור מה להביא]
                needs: [רשימה ברורה]
            """
        ])
        #expect(found.map(\.rule) == ["journey.unanswered-pain"])
        #expect(found.first?.severity == .warning && found.first?.location?.line == 5)
    }

    @Test func aFutureJourneyLongerThanItsCurrentIsAWarning() throws {
        let found = check([
            "now.yaml": "title: ש\npersona: p\nstages:\n  - title: א\n",
            "later.yaml": "title: ש\npersona: p\nvariant: future\nimproves: now\nstages:\n  - title: א\n  - title: ב\n",
        ])
        #expect(found.map(\.rule) == ["journey.longer"])
    }

    @Test func unknownLanesAndEvidenceAreNamed() throws {
        let found = check([
            "j.yaml": """
            title: ש
            persona: p
            lanes: [actions, painz]
            stages:
              - title: א
                actions:
                  - text: הולכים
                    evidence: ראיתי
            """
        ])
        #expect(Set(found.map(\.rule)) == ["journey.lane", "journey.evidence"])
        #expect(found.first { $0.rule == "journey.lane" }?.hint?.hasPrefix("did you mean `pains`?") == true)
    }
}
