import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A meeting for some: a steering committee whose members are not the cohort, or a meeting of
/// a few of the team. Its sign-in sheet, stickers and tents are for them.
@Suite("Who a meeting is for")
struct InviteesTests {
    let folder = TemporaryFolder()

    @Test func aCommitteesSignInSheetListsItsMembersNotTheCohort() throws {
        let committee = repositoryRoot.appendingPathComponent("Tests/Fixtures/steering-committee")
        let result = sadnaInProcess(["render", "sign-in", "--workshop", committee.path, "--output", "s.pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try PDFText.extract(folder.path("s.pdf"))
        for name in ["אלונה אילת", "איריס צור", "שלי נורדהיים"] {
            #expect(PDFText.contains(text, phrase: name), "the sheet lacks the member \(name)")
        }
        #expect(text.contains("המוסד לביטוח לאומי"), "a member's organisation stands as their department")
    }

    @Test func aMeetingForSomePrintsItsStickersAndSignInForThemOnly() throws {
        let copy = try emekCopy(in: folder, editingMeeting: "03") { text in
            text.replacingOccurrences(
                of: "\nprint:\n",
                with: "\ninvitees: [סמדר כהן, { name: דני שקד, department: ועדת ביקורת }]\nprint:\n  - kind: name-stickers\n")
        }
        try Data("- { name: סמדר כהן, department: מזכירות }\n- { name: אחמד חטיב, department: הנדסה }\n".utf8)
            .write(to: copy.appendingPathComponent("participants.yaml"))
        let signIn = sadnaInProcess(["render", "sign-in", "3", "--workshop", copy.path, "--output", "s.pdf"], in: folder.url)
        #expect(signIn.status == 0, "\(signIn.stderr)")
        let text = try PDFText.extract(folder.path("s.pdf"))
        #expect(PDFText.contains(text, phrase: "סמדר כהן") && PDFText.contains(text, phrase: "דני שקד"))
        #expect(text.contains("מזכירות") && text.contains("ועדת ביקורת"))
        #expect(!text.contains("אחמד חטיב"), "someone the meeting does not invite is not on its sheet")

        let kit = sadnaInProcess(["kit", copy.path, "--meeting", "3", "--output", "kit"], in: folder.url)
        #expect(kit.status == 0, "\(kit.stderr)")
        let list = try String(contentsOf: folder.path("kit/03/print-list.txt"), encoding: .utf8)
        #expect(list.contains("מדבקות שם"), "\(list)")
    }
}
