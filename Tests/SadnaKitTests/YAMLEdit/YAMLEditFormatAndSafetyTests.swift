import Testing
import Yams

@testable import SadnaKit

@Suite("File formats")
struct FormatTests {
    static let crlf = Fixtures.journey.replacingOccurrences(of: "\n", with: "\r\n")

    @Test func crlfIsKeptForEditedAndNewLines() throws {
        var editor = try YAMLDocumentEditor(text: Self.crlf)
        #expect(editor.text == Self.crlf)
        try editor.set(["stages", 0, "pains", 1, "text"], to: "שורה\nשנייה")
        try editor.insertKey("owner", value: "צוות", after: "persona")
        try editor.insertItem(["title": "סוף"], into: ["stages"], at: 3)
        try editor.moveItem(in: ["stages"], from: 3, to: 1)
        try editor.remove(["stages", 2, "pains", 0])
        let text = editor.text
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(text.contains("      - text: |-  # line 126\r\n          שורה\r\n          שנייה\r\n"))
        #expect(editor.value["stages", 0, "pains", 1, "text"] == "שורה\nשנייה")
        #expect(editor.value["stages", 1, "title"] == "סוף")
    }

    @Test func crlfNoOpAndMultiLineValue() throws {
        var editor = try YAMLDocumentEditor(text: Self.crlf)
        try editor.set([], to: editor.value)
        #expect(editor.text == Self.crlf)
        #expect(editor.value["notes"] == "המסע נבנה מתוך הראיון.\n# not a comment: inside the block\n")
        try editor.set(["notes"], to: "אחר\n")
        #expect(editor.text.hasSuffix("notes: |\r\n  אחר\r\n"))
    }

    @Test func bomIsKept() throws {
        let text = "\u{FEFF}" + Fixtures.persona
        var editor = try YAMLDocumentEditor(text: text)
        #expect(editor.value["name"] == "רוחן")
        try editor.set(["name"], to: "רוחן")
        #expect(editor.text == text)
        try editor.set(["name"], to: "רוני")
        #expect(editor.text == text.replacingOccurrences(of: "name: רוחן", with: "name: רוני"))
        #expect(editor.text.unicodeScalars.first == "\u{FEFF}")
        try editor.insertKey("first", value: 1)
        #expect(editor.text.unicodeScalars.first == "\u{FEFF}")
        #expect(editor.text.hasSuffix("example: true\nfirst: 1\n"))
    }

    @Test func noTrailingNewlineStaysThatWay() throws {
        let text = "name: רוחן\ninterests:\n  - כושר\n  - כדורגל\nexample: true  # last"
        var editor = try YAMLDocumentEditor(text: text)
        try editor.set(["example"], to: false)
        #expect(editor.text == "name: רוחן\ninterests:\n  - כושר\n  - כדורגל\nexample: false  # last")
        try editor.insertKey("age", value: 27)
        #expect(editor.text == "name: רוחן\ninterests:\n  - כושר\n  - כדורגל\nexample: false  # last\nage: 27")
        try editor.remove(["age"])
        try editor.remove(["example"])
        #expect(editor.text == "name: רוחן\ninterests:\n  - כושר\n  - כדורגל")
        try editor.insertItem("ריצה", into: ["interests"], at: 2)
        #expect(editor.text == "name: רוחן\ninterests:\n  - כושר\n  - כדורגל\n  - ריצה")
        try editor.moveItem(in: ["interests"], from: 2, to: 0)
        #expect(editor.text == "name: רוחן\ninterests:\n  - ריצה\n  - כושר\n  - כדורגל")
        try editor.moveItem(in: ["interests"], from: 0, to: 2)
        try editor.remove(["interests", 2])
        #expect(editor.text == "name: רוחן\ninterests:\n  - כושר\n  - כדורגל")
        try editor.set(["interests", 1], to: "שורה\nאחרונה\n")  // `|` would lose the final newline here
        #expect(editor.value["interests", 1] == "שורה\nאחרונה\n")
        #expect(!editor.text.hasSuffix("\n"))
    }

    @Test func learnsIndentationFromTheFile() throws {
        var editor = try YAMLDocumentEditor(text: "contact:\n    name: א\nways:\n- phone\n")
        try editor.insertKey("info", value: ["hours": "8-16", "days": ["א", "ב, ג"]])
        #expect(editor.text == "contact:\n    name: א\nways:\n- phone\ninfo:\n    hours: 8-16\n    days:\n    - א\n    - ב, ג\n")
    }

    @Test func columnsCountUnicodeScalars() throws {
        // Hebrew with niqqud and an emoji with a skin-tone modifier: several scalars per character.
        let text = "שֵׁם: רוֹחָן 👋🏽  # שם\nגיל: 27\n"
        var editor = try YAMLDocumentEditor(text: text)
        try editor.set(["שֵׁם"], to: "רוֹנִי 👋🏽")
        #expect(editor.text == "שֵׁם: רוֹנִי 👋🏽  # שם\nגיל: 27\n")
        try editor.set(["גיל"], to: 28)
        #expect(editor.text == "שֵׁם: רוֹנִי 👋🏽  # שם\nגיל: 28\n")
    }
}

@Suite("Safety net")
struct SafetyTests {
    @Test func aBadEditIsCaughtAndNothingChanges() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        var intended = editor.value
        try intended.modify(["age"]) { $0 = 28 }
        // A buggy edit: writes `28` over the wrong characters (the start of the value only).
        let scalars = Array(Fixtures.persona.unicodeScalars)
        let at = (0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0..<$0 + 7])) == "age: 27" }! + 5
        #expect(throws: YAMLEditError.self) {
            try editor._commitReplacing(at..<at + 1, with: "28", expected: intended)
        }
        // Writing a broken file is caught too.
        #expect(throws: YAMLEditError.self) {
            try editor._commitReplacing(at..<at, with: "[", expected: intended)
        }
        #expect(editor.text == Fixtures.persona)
        // The same machinery accepts a correct edit.
        try editor._commitReplacing(at..<at + 2, with: "28", expected: intended)
        #expect(editor.value == intended)
    }

    @Test func failedMultiStepEditLeavesTheDocumentUntouched() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        var stages = editor.value["stages"]!.items!
        try stages[0].modify(["title"]) { $0 = "חדש" }
        // libyaml cannot read an implicit key over 1024 characters, however it is quoted.
        stages[2] = ["title": "x", .init(stringLiteral: String(repeating: "ק", count: 1100)): 1]
        #expect(throws: YAMLEditError.self) { try editor.set(["stages"], to: .sequence(stages)) }
        #expect(editor.text == Fixtures.journey)
    }

    @Test func errorsForBadPaths() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        #expect(throws: YAMLEditError.pathNotFound("stages.[7].title")) {
            try editor.set(["stages", 7, "title"], to: "x")
        }
        #expect(throws: YAMLEditError.self) { try editor.insertItem("x", into: ["title"], at: 0) }
        #expect(throws: YAMLEditError.self) { try editor.insertKey("x", value: 1, in: ["stages"]) }
        #expect(throws: YAMLEditError.indexOutOfRange("9 in stages")) { try editor.remove(["stages", 9]) }
        #expect(throws: YAMLEditError.self) { try YAMLDocumentEditor(text: "a: [unclosed\n") }
    }

    @Test func aliasesAreRefused() throws {
        var editor = try YAMLDocumentEditor(text: "base: &b {x: 1}\nother: *b\n")
        #expect(editor.value["other", "x"] == 1)
        #expect(throws: YAMLEditError.unsupported("documents with aliases")) {
            try editor.set(["base", "x"], to: 2)
        }
        // An anchor nobody refers to is harmless.
        var anchored = try YAMLDocumentEditor(text: "base: &b {x: 1}\nother: 2\n")
        try anchored.set(["other"], to: 3)
        #expect(anchored.text == "base: &b {x: 1}\nother: 3\n")
    }
}

@Suite("Property: every scalar takes every tricky value")
struct PropertyTests {
    static let tricky: [YAMLValue] = [
        "a: b", "#hash", "a #b", "- x", "-x", "\"q\"", "'s'", "it's", "*6565", "&a", "!t", "", " lead", "trail ",
        "שורה ראשונה\nשורה שנייה", "עם סוף\n", "  indented\nsecond", "[x]", "{y}", "a, b", "yes", "null", "~", "27",
        "3.14", "@home", "`tick", "%p", "| pipe", "> gt", "tab\there", "back\\slash", "עברית: נקודתיים", "👋🏽",
        "\u{200F}סימן", "one\n\nthree", "colon:", "?", "---", "...", "a\u{2028}b", "\u{7}", .int(-1), .double(2.5),
        .bool(true), .null,
    ]

    @Test(arguments: Fixtures.all + [FormatTests.crlf])
    func everyScalarEveryValue(_ text: String) throws {
        let original = try YAMLDocumentEditor(text: text)
        for path in scalarPaths(original.value) {
            let span = original.value[path]
            for value in Self.tricky where value != span {
                var editor = original
                try editor.set(path, to: value)
                var expected = original.value
                try expected.modify(path) { $0 = value }
                // Independently re-parsed, the file holds exactly the intended tree...
                #expect(try YAMLValue.parse(editor.text) == expected, "\(path) = \(value)")
                // ...and only the lines of that value changed.
                let change = changedLines(text, editor.text)
                let own = try original._lines(of: path)
                #expect(
                    change.at >= own.lowerBound && change.at + change.removed.count - 1 <= own.upperBound,
                    "\(path) = \(value): \(change)")
                if change.removed.count == 1, let comment = change.removed[0].range(of: "  #") {
                    let tail = change.removed[0][comment.lowerBound...]
                    #expect(change.added.joined().contains(tail), "\(path): comment kept")
                }
                // ...and setting it back restores the file, when the old style can carry it again.
                try editor.set(path, to: span!)
                #expect(try YAMLValue.parse(editor.text) == original.value)
            }
        }
    }
}
