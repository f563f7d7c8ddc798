import Testing

@testable import SadnaKit

@Suite("Lists of scalars")
struct ListEditTests {
    @Test func flowListStaysFlow() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["languages"], to: ["עברית", "אמהרית", "אנגלית"])
        let change = changedLines(Fixtures.persona, editor.text)
        #expect(change.removed == ["languages: [עברית, אמהרית]"])
        #expect(change.added == ["languages: [עברית, אמהרית, אנגלית]"])
    }

    @Test func flowListWithUnsafeItemBecomesBlock() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["languages"], to: ["עברית", "אמהרית, קצת"])
        #expect(editor.text.contains("\nlanguages:\n  - עברית\n  - אמהרית, קצת\ninterests:\n"))
        try editor.set(["main_services"], to: [])
        #expect(editor.text.contains("\nmain_services: []\n"))
    }

    @Test func flowListTooLongForALineBecomesBlock() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        let many: [YAMLValue] = (1...20).map { .string("שפה מספר \($0)") }
        try editor.set(["languages"], to: .sequence(many))
        #expect(editor.text.contains("\nlanguages:\n  - שפה מספר 1\n"))
        #expect(editor.value["languages"] == .sequence(many))
    }

    @Test func blockListStaysBlockAndKeepsItemComments() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.set(["how", 1, "steps"], to: ["מתקשרים", "מבקשים אישור", "מקבלים במייל"])
        #expect(
            editor.text.contains(
                """
                    steps:
                      - מתקשרים
                      - מבקשים אישור   # line 88
                      - מקבלים במייל
                contact:
                """))
        try editor.set(["how", 1, "steps"], to: ["מתקשרים ל*6565", "מבקשים אישור"])
        #expect(editor.text.contains("      - מתקשרים ל*6565\n      - מבקשים אישור   # line 88\ncontact:"))
        try editor.set(["how", 1, "steps"], to: ["מבקשים אישור"])
        #expect(editor.text.contains("    steps:\n      - מבקשים אישור   # line 88\ncontact:"))
        try editor.set(["how", 1, "steps"], to: [])
        #expect(editor.text.contains("    steps: []\ncontact:"))
    }

    @Test func blockListEditsOnPersona() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.set(["interests"], to: ["ריצה", "כושר", "כדורגל"])
        #expect(editor.text.contains("interests:\n  - ריצה\n  - כושר\n  - כדורגל\nmain_services"))
        try editor.set(["interests"], to: ["כושר", "- לא פריט"])
        #expect(editor.text.contains("interests:\n  - כושר\n  - \"- לא פריט\"\nmain_services"))
        #expect(editor.value["interests"] == ["כושר", "- לא פריט"])
    }
}

@Suite("Mapping keys")
struct KeyEditTests {
    @Test func addKeyAtEndAndAfterSibling() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.insertKey("gender", value: "זכר", after: "age")
        #expect(editor.text.contains("age: 27            # the source says \"young\"\ngender: זכר\nlanguages:"))
        try editor.insertKey("tags", value: ["חדש", "צעיר"])
        #expect(editor.text.hasSuffix("example: true\ntags: [חדש, צעיר]\n"))
        try editor.insertKey("family", value: ["status": "רווק", "kids": 0], after: "background")
        #expect(editor.text.contains("  גר לבד.\nfamily:\n  status: רווק\n  kids: 0\nexample: true\n"))
        #expect(throws: YAMLEditError.keyExists("age")) { try editor.insertKey("age", value: 3) }
    }

    @Test func addKeyInNestedMappings() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.insertKey("hours", value: "א׳-ה׳ 8:00-16:00", in: ["contact"], after: "phone")
        #expect(editor.text.contains("  phone: 04-6565000\n  hours: א׳-ה׳ 8:00-16:00\n  email:"))
        try editor.insertKey("note", value: "מספר מקוצר: חינם", in: ["how", 1])
        #expect(editor.text.contains("      - מבקשים אישור   # line 88\n    note: \"מספר מקוצר: חינם\"\ncontact:"))
    }

    @Test func addKeyCopiesSiblingItemsLayout() throws {
        var editor = try YAMLDocumentEditor(
            text: """
                stages:
                  - title: א
                    emotion: {score: 1, word: שמח}
                  - title: ב

                """)
        try editor.insertKey("emotion", value: ["score": -1, "word": "עצוב"], in: ["stages", 1])
        #expect(
            editor.text
                == "stages:\n  - title: א\n    emotion: {score: 1, word: שמח}\n  - title: ב\n    emotion: {score: -1, word: עצוב}\n"
        )
    }

    @Test func removeKeyWithItsCommentButNotTheCommentAbove() throws {
        let text =
            "name: רוחן\n# the age, from line 12\nage: 27   # young\nlanguages:\n  - עברית\n  # about amharic\n  - אמהרית\nexample: true\n"
        var editor = try YAMLDocumentEditor(text: text)
        try editor.remove(["age"])
        #expect(
            editor.text
                == "name: רוחן\n# the age, from line 12\nlanguages:\n  - עברית\n  # about amharic\n  - אמהרית\nexample: true\n")
        try editor.remove(["languages"])
        #expect(editor.text == "name: רוחן\n# the age, from line 12\nexample: true\n")
    }

    @Test func removeMultiLineValues() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.persona)
        try editor.remove(["background"])
        try editor.remove(["interests"])
        let expected = Fixtures.persona
            .replacingOccurrences(of: "background: |-\n  עבר לעמק לפני שנה…\n  גר לבד.\n", with: "")
            .replacingOccurrences(of: "interests:\n  - כושר\n  - כדורגל\n", with: "")
        #expect(editor.text == expected)
    }

    @Test func removeFirstKeyOfASequenceItem() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        try editor.remove(["stages", 1, "title"])
        #expect(editor.text.contains("  # the visit itself (line 140)\n  - actions: [נוסע לעירייה]\n    pains:\n"))
        try editor.insertKey("title", value: "ביקור", in: ["stages", 1])
        #expect(editor.text.contains("    emotion: {score: -2, word: מתוסכל}\n    title: ביקור\n  - title: המתנה"))
        try editor.remove(["stages", 2, "emotion"])
        // The comment at the key's own indentation is a standalone line and stays.
        #expect(editor.text.contains("        evidence: line 150\n    # end of the waiting stage\nnotes: |"))
    }

    @Test func removeFromFlowMappingAndEmptyingAMapping() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.remove(["contact", "email"])
        try editor.remove(["contact", "name"])
        #expect(editor.text.contains("contact:\n  phone: 04-6565000\ncost: 0\n"))
        try editor.remove(["contact", "phone"])
        #expect(editor.text.contains("\ncontact: {}\ncost: 0\n"))
        var journey = try YAMLDocumentEditor(text: Fixtures.journey)
        try journey.remove(["stages", 0, "emotion", "score"])
        #expect(journey.text.contains("    emotion: {word: מבולבל}\n"))
        try journey.insertKey("score", value: -2, in: ["stages", 0, "emotion"])
        #expect(journey.text.contains("    emotion: {word: מבולבל, score: -2}\n"))
    }

    @Test func mergeWholeMapping() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        var contact = editor.value["contact"]!.entries!
        contact.removeAll { $0.key == "email" }
        contact[0].value = "מוקד 106"
        contact.insert(.init("fax", "04-6565001"), at: 1)
        try editor.set(["contact"], to: .mapping(contact))
        #expect(editor.text.contains("contact:\n  name: מוקד 106\n  fax: 04-6565001\n  phone: 04-6565000\ncost: 0\n"))
    }
}

@Suite("Sequences of mappings")
struct SequenceEditTests {
    let newStage: YAMLValue = [
        "title": "קבלת האישור",
        "actions": ["פותח מייל", "מדפיס"],
        "pains": [["text": "המייל הגיע לספאם", "evidence": "line 160"]],
        "emotion": ["score": 1, "word": "הקלה"],
    ]

    @Test func insertStageUsesSiblingLayout() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        try editor.insertItem(newStage, into: ["stages"], at: 3)
        #expect(
            editor.text.contains(
                """
                    # end of the waiting stage
                  - title: קבלת האישור
                    actions: [פותח מייל, מדפיס]
                    pains:
                      - text: המייל הגיע לספאם
                        evidence: line 160
                    emotion: {score: 1, word: הקלה}
                notes: |
                """))
        try editor.insertItem(newStage, into: ["stages"], at: 0)
        #expect(editor.text.contains("stages:\n  - title: קבלת האישור\n"))
        try editor.insertItem(newStage, into: ["stages"], at: 2)
        #expect(editor.text.contains("    emotion: {score: -1, word: מבולבל}\n  - title: קבלת האישור\n"))
        #expect(editor.value["stages"]?.items?.count == 6)
    }

    @Test func removeStage() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        try editor.remove(["stages", 2])
        #expect(editor.text.contains("    emotion: {score: -2, word: מתוסכל}\nnotes: |\n"))
        try editor.remove(["stages", 0])
        #expect(editor.text.contains("stages:\n  # the visit itself (line 140)\n  - title: הגעה למשרד\n"))
        try editor.remove(["stages", 0])
        #expect(editor.text.contains("\nstages: []\nnotes: |\n"))
        try editor.insertItem(newStage, into: ["stages"], at: 0)
        #expect(
            editor.text.contains("\nstages:\n  - title: קבלת האישור\n    actions: [פותח מייל, מדפיס]\n    pains:\n      - text:"))
    }

    @Test func moveStageCarriesItsTextAndComments() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        let original = editor.value["stages"]!.items!
        try editor.moveItem(in: ["stages"], from: 2, to: 0)
        #expect(editor.value["stages"] == .sequence([original[2], original[0], original[1]]))
        #expect(
            editor.text.contains(
                """
                stages:
                  - title: המתנה   # line 150
                    actions: []
                    pains:
                      - text: מחכה לאישור בדואר
                        evidence: line 150
                    emotion: {score: -1, word: מחכה}
                    # end of the waiting stage
                  - title: גילוי
                """))
        try editor.moveItem(in: ["stages"], from: 0, to: 2)
        #expect(editor.text == Fixtures.journey)
        try editor.moveItem(in: ["stages"], from: 0, to: 1)
        try editor.moveItem(in: ["stages"], from: 1, to: 0)
        #expect(editor.text == Fixtures.journey)
    }

    @Test func moveAndEditServiceWays() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.moveItem(in: ["how"], from: 1, to: 0)
        #expect(editor.text.contains("how:\n  - channel: phone\n    address: \"*6565\"   # the municipal hotline\n"))
        try editor.insertItem(
            ["channel": "in person", "address": "רחוב הרצל 1", "steps": ["מגיעים", "מציגים ת״ז"]],
            into: ["how"], at: 2)
        // `steps` copies the flow layout of the neighbouring item.
        #expect(
            editor.text.contains("  - channel: in person\n    address: רחוב הרצל 1\n    steps: [מגיעים, מציגים ת״ז]\ncontact:"))
        try editor.remove(["how", 0])
        #expect(editor.value["how", 0, "channel"] == "online")
    }

    @Test func movesInFlowAndInlineSequences() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.service)
        try editor.moveItem(in: ["how", 0, "steps"], from: 2, to: 0)
        #expect(editor.text.contains("    steps: [מקבלים במייל, נכנסים לאתר, ממלאים טופס]\n"))
        try editor.insertItem("מדפיסים", into: ["how", 0, "steps"], at: 3)
        try editor.remove(["how", 0, "steps", 0])
        #expect(editor.text.contains("    steps: [נכנסים לאתר, ממלאים טופס, מדפיסים]\n"))
        #expect(throws: YAMLEditError.self) { try editor.moveItem(in: ["how"], from: 0, to: 5) }
    }

    @Test func setWholeSequenceDiffsItems() throws {
        var editor = try YAMLDocumentEditor(text: Fixtures.journey)
        var stages = editor.value["stages"]!.items!
        stages.remove(at: 1)
        try stages[1].modify(["title"]) { $0 = "המתנה לדואר" }
        try editor.set(["stages"], to: .sequence(stages))
        #expect(editor.value["stages"] == .sequence(stages))
        // The kept stages keep their comments.
        #expect(editor.text.contains("  - title: המתנה לדואר   # line 150\n"))
        #expect(editor.text.contains("      - text: האתר לא עובד בנייד  # line 126\n"))
    }
}
