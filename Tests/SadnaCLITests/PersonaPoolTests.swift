import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// Meeting 4's exercise works on the personas the participants wrote, a few per group: the plan
/// picks them from the pool, none to two groups, and the print list says which group gets which.
@Suite("Personas picked from the pool for each group")
struct PersonaPoolTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    /// A programme whose first meeting has `groups` groups and prints `print`; three participants
    /// from two departments wrote seven personas, and one persona has no author.
    func programme(groups: Int?, print: String) throws -> URL {
        #expect(sadnaRun(["new", "workshop", "p"]).status == 0)
        folder.write(
            "p/participants.yaml",
            """
            - { name: סמדר כהן, department: מזכירות }
            - { name: אחמד חטיב, department: הנדסה }
            - { name: רונית בן־דוד, department: הנדסה }

            """)
        let written = [
            ("סמדר כהן", ["רינה", "משה", "עליזה"]), ("אחמד חטיב", ["גדי", "סאמר"]), ("רונית בן־דוד", ["תמר", "דוד"]),
        ]
        var number = 0
        for (author, names) in written {
            for name in names {
                number += 1
                folder.write(
                    "p/personas/p\(number).yaml",
                    "name: \(name)\nauthor: \(author)\ntags: [\(number % 2 == 0 ? "elderly" : "family")]\n")
            }
        }
        folder.write("p/personas/stranger.yaml", "name: זר\n")
        let meeting = folder.path("p/meetings/01.yaml")
        var text = try String(contentsOf: meeting, encoding: .utf8)
        if let groups { text = text.replacingOccurrences(of: "hours:", with: "groups: \(groups)\nhours:") }
        text = String(text[..<text.range(of: "print:")!.lowerBound]) + print
        try text.write(to: meeting, atomically: true, encoding: .utf8)
        return folder.path("p")
    }

    @Test func eachGroupGetsItsOwnMixedAcrossDepartmentsAndTheListSaysWhich() throws {
        let programme = try programme(
            groups: 3, print: "print:\n  - kind: persona-cards\n    items: {per-group: 2, from: participants}\n")
        let kit = sadnaRun(["kit", programme.path, "--meeting", "1", "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        let list = try String(contentsOf: folder.path("kit/01/print-list.txt"), encoding: .utf8)
        let groups = list.split(separator: "\n").filter { $0.contains("כרטיסי פרסונה — קבוצה") }
        #expect(groups.count == 3, "\(list)")
        var dealt: [String] = []
        for (index, line) in groups.enumerated() {
            let cell = line.split(separator: "\t")[1]
            #expect(cell.hasPrefix("כרטיסי פרסונה — קבוצה \(index + 1): "))
            let names = cell.split(separator: ":")[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(names.count == 2)
            dealt += names
        }
        #expect(Set(dealt).count == 6, "no persona goes to two groups")
        #expect(!dealt.contains("זר"), "a persona nobody on the list wrote is not in the pool")
        // Dealt in turn by department: every group has one from engineering (הנדסה) at least.
        let engineering: Set = ["גדי", "סאמר", "תמר", "דוד"]
        for line in groups { #expect(engineering.contains { line.contains($0) }) }
        // The cards come out group by group.
        let text = try PDFText.extract(folder.path("kit/01/meeting-01-A4.pdf"))
        #expect(PDFText.contains(text, phrase: dealt[0]) && PDFText.contains(text, phrase: dealt[5]))
    }

    @Test func aPickIsCheckedAgainstTheMeetingAndThePool() throws {
        let programme = try programme(
            groups: 4,
            print: """
                print:
                  - kind: persona-cards
                    items: {per-group: 2, tag: elderly}
                  - kind: journey
                    items: {per-group: 1}
                  - kind: persona-page
                    items: {per-group: 1, from: colleagues}

                """)
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "warning: the pool has 3 personas for 4 groups of 2: group 1 gets 1, group 2 gets 1, group 3 gets 1, group 4 gets 0"
            ),
            "\(check.stderr)")
        #expect(check.stderr.contains("error: journey does not print personas, so it cannot pick from the persona pool"))
        #expect(check.stderr.contains("error: `from` \"colleagues\" is not a pool Sadna knows"))

        let other = PersonaPoolTests()
        let ungrouped = try other.programme(groups: nil, print: "print:\n  - kind: persona-cards\n    items: {per-group: 3}\n")
        let again = other.sadnaRun(["check", ungrouped.path])
        #expect(
            again.stderr.contains("personas are picked per group, but the meeting does not say how many groups it has"),
            "\(again.stderr)")
    }
}
