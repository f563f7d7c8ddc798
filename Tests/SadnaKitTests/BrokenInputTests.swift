import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

/// Users are not programmers: every problem gets one located, plain-language diagnostic.
@Suite("Broken meeting files")
struct BrokenInputTests {
    func check(_ yaml: String, file: String = "05.yaml") -> [Diagnostic] {
        let folder = makeWorkshop(meetings: [file: yaml])
        return SadnaTestSupport.check(folder.url).diagnostics
    }

    @Test func badYAMLIsLocatedAndExplained() throws {
        let found = check("title: מפגש\nagenda:\n  - start: \"9:00\"\n    content: פתיחה: למה אנחנו כאן\n")
        let only = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(only.severity == .error)
        #expect(only.rule == "yaml.syntax")
        #expect(only.location?.line == 4)
        #expect(only.hint?.contains("quotes") == true)
    }

    @Test func aMisspeltKeySuggestsTheRightOne() throws {
        let found = check("titel: מפגש\nagenda: []\n")
        let unknown = try #require(found.first { $0.rule == "yaml.unknown-key" })
        #expect(unknown.location?.line == 1 && unknown.location?.column == 1)
        #expect(unknown.hint?.hasPrefix("did you mean `title`?") == true)
        // The missing title is its own problem, said once.
        #expect(found.filter { $0.rule == "field.required" }.count == 1)
        #expect(found.count == 2)
    }

    @Test func anImpossibleTimeIsOneErrorAtItsValue() throws {
        let found = check(
            """
            title: מפגש
            agenda:
              - start: "25:70"
                content: פתיחה
            """)
        #expect(found.count == 1)
        let only = try #require(found.first)
        #expect(only.message.contains("25:70") && only.message.contains("not a time of day"))
        #expect(only.location?.line == 3 && only.location?.column == 12)
    }

    @Test func rowsOutOfOrderAreReportedAtTheRowThatGoesBack() throws {
        let found = check(
            """
            title: מפגש
            agenda:
              - start: "9:00"
                content: פתיחה
              - start: "8:30"
                content: התכנסות
              - start: "10:00"
                content: סיכום
            """)
        #expect(found.count == 1)
        let only = try #require(found.first)
        #expect(only.rule == "agenda.time-order")
        #expect(only.location?.line == 5)
    }

    @Test func eachProblemOfAFileIsReportedOnce() {
        let found = check(
            """
            title: מפגש
            hours: "08:30-12:00"
            date: 2019-06-27
            weekday: רביעי
            agenda:
              - start: "8:30"
                content: התכנסות
                contnet: x
              - content: בלי זמן
              - start: "11:00"
                end: "10:00"
                content: הפוך
              - start: "13:00"
                content: מאוחר
            """)
        let rules = found.map(\.rule).sorted()
        #expect(
            rules == [
                "agenda.end-before-start", "agenda.outside-hours", "agenda.untimed",
                "meeting.weekday-mismatch", "yaml.unknown-key",
            ], "\(found.map(DiagnosticFormatter.text))")
    }

    @Test func aWrongTypeSaysWhatWasExpectedInPlainWords() throws {
        let found = check("title: מפגש\nnumber: שלוש\nagenda: פתיחה\n")
        let number = try #require(found.first { $0.location?.line == 2 })
        #expect(number.message.contains("should be a whole number"))
        let agenda = try #require(found.first { $0.location?.line == 3 })
        #expect(agenda.message.contains("should be a list"))
    }

    @Test func twoFilesForOneMeetingAreDuplicates() {
        let folder = makeWorkshop(meetings: ["3.yaml": "title: א\nnumber: 3\n", "03.yaml": "title: ב\nnumber: 4\n"])
        let found = SadnaTestSupport.check(folder.url).diagnostics
        #expect(found.filter { $0.rule == "id.duplicate" }.count == 1)
    }

    @Test func untimedRowsMustSaySo() {
        let found = check("title: מפגש\nagenda:\n  - content: נפרדים\n    untimed: true\n")
        #expect(found.isEmpty)
    }

    @Test func aFileThatIsNotUTF8IsNamed() throws {
        let folder = makeWorkshop(meetings: ["01.yaml": "title: מפגש\n"])
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xF9, 0xEC, 0xE5, 0xED]).write(to: folder.path("meetings/02.yaml"))
        let found = SadnaTestSupport.check(folder.url).diagnostics
        #expect(found.map(\.rule) == ["file.encoding"])
    }

    @Test func diagnosticsPrintInCompilersForm() {
        let diagnostic = Diagnostic(
            .error, "`start` \"25:70\" is not a time of day",
            at: SourceLocation(file: "meetings/03.yaml", line: 12, column: 14),
            hint: "hours go from 0 to 23", rule: "agenda.time")
        #expect(
            DiagnosticFormatter.text(diagnostic)
                == "meetings/03.yaml:12:14: error: `start` \"25:70\" is not a time of day\n    hint: hours go from 0 to 23")
    }
}

@Suite("Broken task cards")
struct BrokenTaskCardTests {
    @Test func aCardWithoutAMissionIsAnError() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("task-cards/1-x.yaml", "story: סיפור\n")
        let found = check(folder.url).diagnostics
        let only = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(only.message.contains("has no `mission`"))
        #expect(only.location?.file.hasSuffix("task-cards/1-x.yaml") == true)
    }

    @Test func aCardPointingAtAMissingServiceIsAnError() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("services/resident-certificate.yaml", "name: אישור תושב\n")
        folder.write("task-cards/1-x.yaml", "story: סיפור\nmission: משימה\nservice: resident-certificat\n")
        let found = check(folder.url).diagnostics
        let only = try #require(found.first { $0.rule == "reference.missing" })
        #expect(only.location?.line == 3)
        #expect(only.hint?.hasPrefix("did you mean `resident-certificate`?") == true)
    }
}
