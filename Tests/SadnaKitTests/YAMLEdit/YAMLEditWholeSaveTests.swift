import Testing

@testable import SadnaKit

@Suite("Saving a whole edited tree")
struct WholeSaveTests {
    @Test func formSaveChangesOnlyWhatChanged() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        var tree = editor.value
        try tree.modify(["stages", 0, "emotion", "score"]) { $0 = -2 }
        try tree.modify(["stages", 1, "pains"]) { pains in
            pains = .sequence(pains.items! + [["text": "אין חניה", "evidence": "line 143"]])
        }
        try tree.modify(["stages", 0, "actions"]) { $0 = ["מחפש באתר העירייה"] }
        try editor.set([], to: tree)
        #expect(editor.value == tree)
        let expected = Fixtures.journey
            .replacingOccurrences(of: "[מחפש באתר העירייה, שואל חבר]", with: "[מחפש באתר העירייה]")
            .replacingOccurrences(of: "{score: -1, word: מבולבל}", with: "{score: -2, word: מבולבל}")
            .replacingOccurrences(
                of: "        evidence: line 141\n",
                with: "        evidence: line 141\n      - text: אין חניה\n        evidence: line 143\n")
        #expect(editor.text == expected)
    }

    @Test func changingTheKindOfAValue() throws {
        var editor = try YAMLDocumentEditor(
            text: "name: רוחן\ninterests:  # hobbies, line 30\n  - כושר\n  - כדורגל  # line 31\nage: 27\n")
        try editor.set(["interests"], to: "אין")
        #expect(editor.text == "name: רוחן\ninterests: אין  # hobbies, line 30\nage: 27\n")
        try editor.set(["interests"], to: [["name": "כושר", "since": 2020]])
        #expect(editor.text == "name: רוחן\ninterests:  # hobbies, line 30\n  - name: כושר\n    since: 2020\nage: 27\n")
        try editor.set(["age"], to: ["years": 27, "source": "line 12"])
        #expect(editor.text.hasSuffix("age:\n  years: 27\n  source: line 12\n"))
        try editor.set(["interests", 0], to: "כושר")
        #expect(editor.text.contains("interests:  # hobbies, line 30\n  - כושר\nage:"))
    }

    @Test func removingAnEntryTakesItsNestedLinesAndOwnComments() throws {
        let text =
            "contact:\n  name: מוקד\n  # phone from line 70\n  phone: 106\n    # deeper: part of the phone entry\n  email: a@b.c\ncost: 0\n"
        var editor = try YAMLDocumentEditor(text: text)
        try editor.remove(["contact", "phone"])
        #expect(editor.text == "contact:\n  name: מוקד\n  # phone from line 70\n  email: a@b.c\ncost: 0\n")
        try editor.remove(["contact"])
        #expect(editor.text == "cost: 0\n")
    }
}
