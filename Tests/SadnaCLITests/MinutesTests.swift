import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A committee's minutes kept in its meeting's file: printed in the source's form, their
/// actions followed by `sadna check` and gathered into one table for the next meeting.
@Suite("Minutes, decisions and actions")
struct MinutesTests {
    let folder = TemporaryFolder()
    static let committee = repositoryRoot.appendingPathComponent("Tests/Fixtures/steering-committee")

    /// A programme of two meetings whose first decided three things, one done, one due by the
    /// second meeting, one due on a date long past.
    func programmeWithActions() -> URL {
        _ = folder.write("team/workshop.yaml", "title: צוות מובילים דיגיטליים\nlanguage: he\n")
        _ = folder.write(
            "team/meetings/01.yaml",
            """
            number: 1
            title: מפגש פתיחה
            date: 2020-01-10
            minutes:
              items:
                - title: לוח זמנים
                  decisions:
                    - לקיים מפגש בכל חודש
                    - decision: לפרסם את דף השירות של אישור תושב
                      owner: סמדר כהן
                      due_meeting: 2
                    - decision: לאסוף את טופסי הפרסונה
                      owner: אחמד חטיב
                      due: 2020-01-20
                    - decision: להזמין אולם
                      owner: סמדר כהן
                      done: true

            """)
        _ = folder.write("team/meetings/02.yaml", "number: 2\ntitle: מפגש שני\ndate: 2999-02-14\n")
        return folder.path("team")
    }

    @Test func theCommitteesMinutesPrintWhoCameTheItemsAndTheDecisions() throws {
        let result = sadnaInProcess(
            ["render", "minutes", "2020-03-03", "--workshop", Self.committee.path, "--output", "m.pdf"],
            in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try PDFText.extract(folder.path("m.pdf"))
        for phrase in [
            "סיכום ישיבה", "3.3.2020", "השתתפו", "אלונה אילת", "נעדרו", "איריס צור", "מוזמנים", "מימי אקרמן",
            "עדכונים", "הקמת תשתית נתונים משותפת ביתד", "החלטה", "הקמת צוות עבודה",
        ] {
            #expect(PDFText.contains(text, phrase: phrase), "the minutes lack \(phrase)")
        }
        let order = ["השתתפו", "נעדרו", "מוזמנים", "עדכונים", "הקמת תשתית נתונים", "הקמת צוות עבודה"].compactMap {
            text.range(of: $0)?.lowerBound
        }
        #expect(order == order.sorted() && order.count == 6, "in the source's order")
    }

    @Test func checkListsOpenActionsAndWarnsOfOverdueOnesAtTheirLine() throws {
        let team = programmeWithActions()
        let result = sadnaInProcess(["check", team.path], in: folder.url)
        #expect(result.status == 0, "an overdue action is a warning, not an error: \(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let overdue = try #require(lines.first { $0.contains("לאסוף את טופסי הפרסונה") })
        #expect(overdue.contains("meetings/01.yaml:") && overdue.contains("warning:") && overdue.contains("overdue"))
        let open = try #require(lines.first { $0.contains("לפרסם את דף השירות") })
        #expect(open.contains("note:") && open.contains("open") && open.contains("סמדר כהן"))
        #expect(!result.stderr.contains("להזמין אולם"), "a done action is not followed")
    }

    @Test func anActionDueAtAMeetingThatDoesNotExistIsAnError() throws {
        let team = programmeWithActions()
        let file = team.appendingPathComponent("meetings/01.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "due_meeting: 2", with: "due_meeting: 7")
        try Data(text.utf8).write(to: file)
        let result = sadnaInProcess(["check", team.path], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("`due_meeting` names meeting `7`"), "\(result.stderr)")
    }

    @Test func theOpenActionsTableListsWhatIsStillToDo() throws {
        let team = programmeWithActions()
        let result = sadnaInProcess(["render", "actions", "--workshop", team.path], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try PDFText.extract(folder.path("actions.pdf"))
        #expect(PDFText.contains(text, phrase: "לפרסם את דף השירות של אישור תושב") && text.contains("סמדר כהן"))
        #expect(PDFText.contains(text, phrase: "לאסוף את טופסי הפרסונה") && text.contains("באיחור"))
        #expect(!text.contains("להזמין אולם") && !text.contains("לקיים מפגש"), "done actions and decisions without one stay out")
    }

    @Test func theBlankFormAndAMeetingWithoutMinutesPrintLinesToWriteOn() throws {
        let blank = sadnaInProcess(["render", "minutes", "--blank"], in: folder.url)
        #expect(blank.status == 0, "\(blank.stderr)")
        let text = try PDFText.extract(folder.path("minutes-blank.pdf"))
        for word in ["השתתפו", "נעדרו", "מוזמנים", "החלטה", "משימות", "אחראי/ת", "תאריך יעד"] {
            #expect(text.contains(word), "the blank form lacks \(word)")
        }
        let team = programmeWithActions()
        let second = sadnaInProcess(["render", "minutes", "2", "--workshop", team.path], in: folder.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try PDFText.extract(folder.path("minutes-02.pdf")).contains("14.2.2999"), "the meeting's own date is in")
    }
}
