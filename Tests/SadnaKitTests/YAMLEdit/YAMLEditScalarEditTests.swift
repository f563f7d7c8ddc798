import Testing
import Yams

@testable import SadnaKit

@Suite("Scalars")
struct ScalarEditTests {
    @Test("No-op saves are byte-identical", arguments: Fixtures.all)
    func noOp(_ text: String) throws {
        var editor = try YAMLDocumentEditor(text: text)
        for path in scalarPaths(editor.value) {
            try editor.set(path, to: editor.value[path]!)
        }
        try editor.set([], to: editor.value)
        #expect(editor.text == text)
    }

    @Test func setHebrewValueKeepsEverythingElse() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["name"], to: "רוחן כהן")
        #expect(editor.text == Fixtures.persona.replacingOccurrences(of: "name: רוחן\n", with: "name: רוחן כהן\n"))
    }

    @Test func trailingCommentSurvives() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["age"], to: 28)
        #expect(editor.text.contains("age: 28            # the source says \"young\"\n"))
        try editor.set(["age"], to: "עשרים ושמונה: בערך")
        #expect(editor.text.contains("age: \"עשרים ושמונה: בערך\"            # the source says \"young\"\n"))
        #expect(editor.value["age"] == "עשרים ושמונה: בערך")
    }

    @Test func typesAreRespected() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["age"], to: "27")  // the string, not the number
        #expect(editor.text.contains("age: \"27\"            #"))
        try editor.set(["example"], to: false)
        #expect(editor.text.contains("\nexample: false\n"))
        try editor.set(["example"], to: "yes")  // would load as a bool unquoted
        #expect(editor.text.contains("\nexample: \"yes\"\n"))
        try editor.set(["age"], to: 27.5)
        #expect(editor.value["age"] == .double(27.5))
        try editor.set(["age"], to: nil)
        #expect(editor.value["age"] == .null)
    }

    @Test(
        "Tricky values are quoted only as needed",
        arguments: [
            ("a: b", "\"a: b\""),
            ("#hashtag", "\"#hashtag\""),
            ("a #b", "\"a #b\""),
            ("- item", "\"- item\""),
            ("-5 degrees", "-5 degrees"),
            ("*6565", "\"*6565\""),
            ("\"quoted\"", "\"\\\"quoted\\\"\""),
            ("it's", "it's"),
            ("'single'", "\"'single'\""),
            ("", "\"\""),
            (" leading", "\" leading\""),
            ("back\\slash", "back\\slash"),
            ("tab\tinside", "tab\tinside"),
            ("null", "\"null\""),
            ("0541234567", "\"0541234567\""),
            ("04-6565000", "04-6565000"),
            ("עברית: נקודתיים", "\"עברית: נקודתיים\""),
            ("[x]", "\"[x]\""),
            ("a, b", "a, b"),
            ("@home", "\"@home\""),
            ("\u{200F}סימן כיוון", "\u{200F}סימן כיוון"),
            ("bell\u{7}", "\"bell\\x07\""),
        ])
    func trickyValues(_ value: String, _ written: String) throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["quote"], to: .string(value))
        #expect(editor.value["quote"] == .string(value))
        let change = changedLines(Fixtures.persona, editor.text)
        #expect(change.removed == ["quote: אני מתחיל לעבוד בעוד שבוע. אין לי זמן לרוץ בין משרדים."])
        #expect(change.added == ["quote: " + written[...]])
        // Independent check with plain Yams.
        let loaded = try Yams.load(yaml: editor.text) as? [String: Any]
        #expect(loaded?["quote"] as? String == value)
    }

    @Test func multiLineBecomesLiteralBlock() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["age"], to: "שורה ראשונה\nשורה שנייה")
        #expect(
            editor.text.contains(
                """
                age: |-            # the source says "young"
                  שורה ראשונה
                  שורה שנייה
                languages:
                """))
        try editor.set(["age"], to: "עם שורה ריקה\n\nוסוף\n")
        #expect(editor.text.contains("age: |            # the source says \"young\"\n  עם שורה ריקה\n\n  וסוף\nlanguages:"))
        #expect(editor.value["age"] == "עם שורה ריקה\n\nוסוף\n")
        // Back to one line: the comment returns after the value.
        try editor.set(["age"], to: 27)
        #expect(editor.text == Fixtures.persona)
    }

    @Test func multiLineThatALiteralCannotCarryIsDoubleQuoted() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["quote"], to: "  indented first\nsecond")
        #expect(editor.text.contains("quote: \"  indented first\\nsecond\"\n"))
        try editor.set(["quote"], to: "two trailing\n\n")
        #expect(editor.value["quote"] == "two trailing\n\n")
    }

    @Test func existingBlockScalarKeepsItsStyle() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["background"], to: "עבר לעמק לפני שנה…\nגר עם שותף.\nעובד במשמרות.")
        #expect(editor.text.contains("background: |-\n  עבר לעמק לפני שנה…\n  גר עם שותף.\n  עובד במשמרות.\nexample: true\n"))
        try editor.set(["background"], to: "שורה אחת")
        #expect(editor.text.contains("background: |-\n  שורה אחת\nexample: true\n"))
        try editor.set(["background"], to: "#1: not a comment")
        #expect(editor.value["background"] == "#1: not a comment")
    }

    @Test func quotingStyleOfOldValueIsKept() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.set(["summary"], to: "אישור שאתה גר ביישוב כבר שנה")
        #expect(editor.text.contains("\nsummary: 'אישור שאתה גר ביישוב כבר שנה'\n"))
        try editor.set(["how", 1, "address"], to: "*3456")
        #expect(editor.text.contains("    address: \"*3456\"   # the municipal hotline\n"))
        try editor.set(["summary"], to: "it's")
        #expect(editor.text.contains("\nsummary: 'it''s'\n"))
    }

    @Test func nestedPathsInJourney() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        try editor.set(["stages", 2, "pains", 0, "text"], to: "מחכה: עדיין אין תשובה")
        try editor.set(["stages", 0, "pains", 1, "text"], to: "האתר קורס בנייד")
        try editor.set(["stages", 1, "emotion", "score"], to: -3)
        try editor.set(["stages", 1, "emotion", "word"], to: "כועס, מאוד")
        try editor.set(["stages", 2, "title"], to: "המתנה ארוכה")
        var expected = try YAMLDocumentEditor(text: Fixtures.journey).value
        try expected.modify(["stages", 2, "pains", 0, "text"]) { $0 = "מחכה: עדיין אין תשובה" }
        try expected.modify(["stages", 0, "pains", 1, "text"]) { $0 = "האתר קורס בנייד" }
        try expected.modify(["stages", 1, "emotion", "score"]) { $0 = -3 }
        try expected.modify(["stages", 1, "emotion", "word"]) { $0 = "כועס, מאוד" }
        try expected.modify(["stages", 2, "title"]) { $0 = "המתנה ארוכה" }
        #expect(try reparsed(editor.text) == expected)
        let text = editor.text
        #expect(text.contains("      - text: \"מחכה: עדיין אין תשובה\"\n"))
        #expect(text.contains("      - text: האתר קורס בנייד  # line 126\n"))
        #expect(text.contains("    emotion: {score: -3, word: \"כועס, מאוד\"}\n"))
        #expect(text.contains("  - title: המתנה ארוכה   # line 150\n"))
        #expect(lines(text).count == lines(Fixtures.journey).count)
    }

    @Test func multiLineInsideSequenceItemIndentsUnderTheKey() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        try editor.set(["stages", 1, "pains", 0, "text"], to: "תור של שעה\nואין מספרים")
        #expect(
            editor.text.contains("      - text: |-\n          תור של שעה\n          ואין מספרים\n        evidence: line 141\n"))
    }

    @Test func emptyValueGetsASpace() throws {
        var editor = try YAMLDocumentEditor(text: "name: רוחן\nnickname:\nage: 27\n")
        try editor.set(["nickname"], to: "רו")
        #expect(editor.text == "name: רוחן\nnickname: רו\nage: 27\n")
        try editor.set(["nickname"], to: nil)
        #expect(editor.text == "name: רוחן\nnickname: null\nage: 27\n")
    }

    @Test func setAddsAMissingKey() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["gender"], to: "זכר")
        #expect(editor.text == Fixtures.persona + "gender: זכר\n")
    }
}
