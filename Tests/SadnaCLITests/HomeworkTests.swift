import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// Homework given per participant, per department or to named people is followed up: `check`
/// says who is late and who it is still due from, and the homework table shows it per person.
@Suite("Homework followed up")
struct HomeworkTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    /// A programme of three meetings (the second long past, the third far ahead) whose second
    /// meeting gives `homework`, with a team of three from two departments.
    func programme(homework: String) throws -> URL {
        #expect(sadnaRun(["new", "workshop", "p"]).status == 0)
        folder.write(
            "p/participants.yaml",
            """
            - { name: סמדר כהן, department: מזכירות }
            - { name: אחמד חטיב, department: הנדסה }
            - { name: רונית בן־דוד, department: הנדסה }

            """)
        let first = try String(contentsOf: folder.path("p/meetings/01.yaml"), encoding: .utf8)
        for (number, date) in [(2, "2020-02-02"), (3, "2099-03-03")] {
            var text = first.replacingOccurrences(of: "number: 1", with: "number: \(number)")
                .replacingOccurrences(of: "# date: 2026-01-15", with: "date: \(date)")
            text = String(text[..<text.range(of: "homework:")!.lowerBound])
            folder.write("p/meetings/0\(number).yaml", text + (number == 2 ? homework : ""))
        }
        return folder.path("p")
    }

    @Test func checkSaysWhoIsLateAndWhoItIsStillDueFrom() throws {
        let programme = try programme(
            homework: """
                homework:
                  - text: כל משתתפ.ת מביא.ה 2 פרסונות
                    title: 2 פרסונות
                    assigned: per-participant
                    makes: personas
                    count: 2
                    due: 3
                  - text: מפת אתגרים לכל מחלקה
                    assigned: per-department
                    due: 1
                    done: [הנדסה, הנדסא]
                  - text: סקירת האתר
                    assigned: [אחמד חטיב, רונית בן דוד]

                """)
        folder.write("p/personas/a.yaml", "name: רינה\nauthor: סמדר כהן\n")
        folder.write("p/personas/b.yaml", "name: משה\nauthor: סמדר כהן\n")
        folder.write("p/personas/c.yaml", "name: גדי\nauthor: אחמד חתיב\n")
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 0, "\(check.stderr)")
        let said = check.stderr
        #expect(
            said.contains(
                "meetings/02.yaml:37:5: note: homework \"2 פרסונות\" is due at meeting 3 (2099-03-03); not done yet by 2 of 3: אחמד חטיב (0 of 2), רונית בן־דוד (0 of 2)"
            ),
            "\(said)")
        #expect(said.contains("warning: this homework is due at meeting `1`, which is not after the meeting that sets it"))
        #expect(
            said.contains("warning: הנדסא is not a department in participants.yaml") && said.contains("did you mean `הנדסה`?"))
        #expect(
            said.contains("warning: רונית בן דוד is not a participant in participants.yaml")
                && said.contains("did you mean `רונית בן־דוד`?"))
        #expect(
            said.contains("personas/c.yaml:2:9: warning: אחמד חתיב is not a participant")
                && said.contains("did you mean `אחמד חטיב`?"))
        // The third item names no meeting: it is due at the next one.
        #expect(said.contains("note: homework \"סקירת האתר\" is due at meeting 3 (2099-03-03); not done yet by 2 of 2"))
        #expect(said.contains("note: homework \"מפת אתגרים לכל מחלקה\" is due at meeting 1; not done yet by 1 of 2: מזכירות"))
    }

    @Test func theHomeworkTableShowsEachPersonsPart() throws {
        let programme = try programme(
            homework: """
                homework:
                  - text: כל משתתפ.ת מביא.ה 2 פרסונות
                    title: 2 פרסונות
                    assigned: per-participant
                    makes: personas
                    count: 2
                  - text: מפת אתגרים לכל מחלקה
                    assigned: per-department
                    done: [הנדסה]

                """)
        folder.write("p/personas/a.yaml", "name: רינה\nauthor: סמדר כהן\n")
        folder.write("p/personas/b.yaml", "name: משה\nauthor: סמדר כהן\n")
        folder.write("p/personas/c.yaml", "name: גדי\nauthor: אחמד חטיב\n")
        let made = sadnaRun(["render", "homework", "3", "--workshop", programme.path])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("homework-03.pdf")
        let size = try #require(try PDFText.pageSizes(pdf).first)
        #expect(size.width > size.height, "A4 landscape")
        let text = try PDFText.extract(pdf)
        #expect(PDFText.contains(text, phrase: "מעקב שיעורי בית · מפגש 3"))
        #expect(PDFText.contains(text, phrase: "ממפגש 2 למפגש 3 2 פרסונות"), "\(text)")
        // Meeting 3 has not come yet: two personas of two is done, one of two is pending.
        #expect(PDFText.contains(text, phrase: "סמדר כהן מזכירות ✓ בוצע ממתין"), "\(text)")
        #expect(PDFText.contains(text, phrase: "אחמד חטיב הנדסה ממתין 1/2 ✓ בוצע"), "\(text)")
        #expect(PDFText.contains(text, phrase: "רונית בן־דוד הנדסה ממתין 0/2 ✓ בוצע"), "\(text)")

        // The plan can name it, and the kit prints it for its meeting.
        let third = folder.path("p/meetings/03.yaml")
        try (try String(contentsOf: third, encoding: .utf8) + "print:\n  - kind: homework\n").write(
            to: third, atomically: true, encoding: .utf8)
        let kit = sadnaRun(["kit", programme.path, "--meeting", "3", "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        #expect(try String(contentsOf: folder.path("kit/03/print-list.txt"), encoding: .utf8).contains("מעקב שיעורי בית"))
    }
}
