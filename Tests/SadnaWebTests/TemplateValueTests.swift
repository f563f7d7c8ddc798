import Testing

@testable import SadnaWeb

/// Typed page values as the pages' Mustache templates read them.
@Suite("Page values as templates read them")
struct TemplateValueTests {
    struct Row {
        var name: String
        var hint: String
        var note: String?
        var count: Int
        var done: Bool
        var choices: [Choice]
    }

    let row = Row(
        name: "רוחן", hint: "", note: nil, count: 2, done: false,
        choices: [Choice(value: "", name: "בחרו", selected: true), Choice(value: "phone", name: "טלפון", selected: false)])

    @Test func aStructIsReadByItsPropertiesNames() {
        let value = TemplateValue(row)
        #expect(value.child(named: "name") as? String == "רוחן")
        #expect(value.child(named: "count") as? Int == 2)
        #expect(value.child(named: "done") as? Bool == false)
        #expect(value.child(named: "nothing") == nil)
        let choices = value.child(named: "choices") as? [Any]
        #expect(choices?.count == 2)
        #expect((choices?.first as? TemplateValue)?.child(named: "name") as? String == "בחרו")
    }

    /// A section `{{#hint}}` shows for any text, even an empty one: an empty hint must show no hint box.
    @Test func anEmptyTextOrNoneIsNoText() {
        let value = TemplateValue(row)
        #expect(value.child(named: "hint") == nil)
        #expect(value.child(named: "note") == nil)
        let first = (value.child(named: "choices") as? [Any])?.first as? TemplateValue
        #expect(first?.child(named: "value") == nil, "the empty choice's value looks further out, as a missing one does")
    }

    @Test func thePagesFrameComesBeforeItsOwnValues() {
        struct Page {
            var title: String
            var heading: String
        }
        let frame = PageFrame(
            t: ["save": "שמירה"], lang: "he", dir: "rtl", title: "פרסונה חדשה", csrf: "token",
            programme: "מובילים דיגיטליים", nav: [], languages: [])
        let page = PageValues(frame: frame, content: Page(title: "another", heading: "רוחן"))
        #expect(page.child(named: "title") as? String == "פרסונה חדשה")
        #expect(page.child(named: "heading") as? String == "רוחן")
        #expect((page.child(named: "t") as? TemplateValue)?.child(named: "save") as? String == "שמירה")
    }
}
