import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing
import Yams

@testable import SadnaWeb

/// Two people's saves of one journey while one of them moves or adds stages: what the other typed
/// lands on the stage she typed it into, wherever that stage went (`ListAlignment`).
@Suite("Lists merged by identity, not position")
struct ListMergeTests {
    static let journey = "/journeys/arnona-discount-current"
    static let path = "journeys/arnona-discount-current.yaml"

    func form(_ client: any TestClientProtocol) async throws -> HTMLForm {
        try #require(HTMLForm(try await client.get(Self.journey).text, action: Self.journey))
    }

    /// The journey's stages as the file has them now: each stage's title and its pains.
    func stages(_ bench: TestWorkbench) throws -> [(title: String, pains: [String], needs: [String])] {
        let file = try #require(try Yams.load(yaml: bench.text(Self.path)) as? [String: Any])
        let stages = try #require(file["stages"] as? [[String: Any]])
        return stages.map {
            (
                $0["title"] as? String ?? "", ($0["pains"] as? [Any])?.map { "\($0)" } ?? [],
                ($0["needs"] as? [Any])?.map { "\($0)" } ?? []
            )
        }
    }

    @Test func aCellTypedWhileAColleagueMovedItsStageLandsOnThatStage() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await form(client)
            // A moves stage 3 ("מגיעים למועצה עם המסמכים") before stage 2.
            var moving = opened
            moving.fields.append(("action", "move:2:1"))
            #expect(try await client.post(Self.journey, fields: moving.fields).status == .seeOther)
            #expect(try stages(bench).map(\.title)[1] == "מגיעים למועצה עם המסמכים")
            // B, holding the old order, writes a pain into stage 3 and a need into stage 2.
            var typing = opened
            typing.set("s2-pains-new", "התור בקבלת הקהל ארוך")
            typing.set("s1-needs-new", "מספר טלפון ישיר")
            #expect(try await client.post(Self.journey, fields: typing.fields).status == .seeOther)
            let after = try stages(bench)
            #expect(
                after.map(\.title) == [
                    "שומעים על ההנחה", "מגיעים למועצה עם המסמכים", "מתקשרים למחלקת הגבייה", "ההנחה מופיעה בחשבון",
                ])
            #expect(after[1].pains == ["חסר מסמך אחד וצריך להגיע שוב", "התור בקבלת הקהל ארוך"])
            #expect(after[2].needs == ["רשימה כתובה ופשוטה", "באותיות גדולות", "מספר טלפון ישיר"])
            #expect(after[2].pains == ["הרשימה ארוכה וקשה לזכור אותה בטלפון"], "the stage that took its place is as it was")
        }
    }

    @Test func aStageAddedAndMovedMeanwhileShiftsNothingAndTheSameCellIsAConflict() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await form(client)
            // A adds a stage and moves it to the front.
            var adding = opened
            adding.set("new-stage", "רואים מודעה בעיתון המקומי")
            adding.fields.append(("action", "add-stage"))
            #expect(try await client.post(Self.journey, fields: adding.fields).status == .seeOther)
            var moving = try await form(client)
            moving.fields.append(("action", "move:4:3"))
            #expect(try await client.post(Self.journey, fields: moving.fields).status == .seeOther)
            for step in [3, 2, 1] {
                var again = try await form(client)
                again.fields.append(("action", "move:\(step):\(step - 1)"))
                #expect(try await client.post(Self.journey, fields: again.fields).status == .seeOther)
            }
            #expect(try stages(bench).map(\.title).first == "רואים מודעה בעיתון המקומי")
            // A also renames stage 2 of the old order; B, holding the old grid, edits that stage's pains.
            var renaming = try await form(client)
            renaming.set("s2-title", "מתקשרים לגבייה")
            #expect(try await client.post(Self.journey, fields: renaming.fields).status == .seeOther)
            var typing = opened
            typing.set("s1-pains-new", "אף אחד לא עונה")
            #expect(try await client.post(Self.journey, fields: typing.fields).status == .seeOther)
            let after = try stages(bench)
            #expect(
                after.map(\.title) == [
                    "רואים מודעה בעיתון המקומי", "שומעים על ההנחה", "מתקשרים לגבייה", "מגיעים למועצה עם המסמכים",
                    "ההנחה מופיעה בחשבון",
                ])
            #expect(after[2].pains == ["הרשימה ארוכה וקשה לזכור אותה בטלפון", "אף אחד לא עונה"])
            #expect(after[0].pains.isEmpty)
            // Both change the title of what was stage 4: a conflict, named by its place now (stage 5).
            var first = try await form(client)
            first.set("s4-title", "ההנחה בחשבון הבא")
            #expect(try await client.post(Self.journey, fields: first.fields).status == .seeOther)
            var second = opened
            second.set("s3-title", "רואים את ההנחה בחשבון")
            let conflict = try await client.post("\(Self.journey)?lang=he", fields: second.fields)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("ההנחה בחשבון הבא") && conflict.text.contains("רואים את ההנחה בחשבון"))
            #expect(conflict.text.contains("כותרת שלב 5") || conflict.text.contains("שלב 5"))
            let keep = try #require(HTMLForm(conflict.text, action: Self.journey))
            #expect(try await client.post(Self.journey, fields: keep.fields).status == .seeOther)
            #expect(try stages(bench).map(\.title).count == 5, "no stage lost or doubled by the conflict's save")
        }
    }

    @Test func aStageRemovedMeanwhileThatSheWroteIntoComesBackWithWhatSheWrote() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await form(client)
            var removing = opened
            removing.fields.append(("action", "remove:3"))
            #expect(try await client.post(Self.journey, fields: removing.fields).status == .seeOther)
            #expect(try stages(bench).count == 3)
            var typing = opened
            typing.set("s3-pains-new", "לא ברור אם ההנחה נרשמה")
            typing.set("s0-needs-new", "מכתב מהמועצה")
            #expect(try await client.post(Self.journey, fields: typing.fields).status == .seeOther)
            let after = try stages(bench)
            #expect(
                after.map(\.title) == [
                    "שומעים על ההנחה", "מתקשרים למחלקת הגבייה", "מגיעים למועצה עם המסמכים", "ההנחה מופיעה בחשבון",
                ])
            #expect(after[3].pains == ["לא ברור אם ההנחה נרשמה"], "what she typed is not lost")
            #expect(after[0].needs.last == "מכתב מהמועצה")
        }
    }

    @Test func aServicePagesWayTypedWhileAColleagueMovedItLandsOnThatWay() async throws {
        let bench = try TestWorkbench()
        let service = "/services/resident-certificate"
        try await bench.test { client in
            let opened = try #require(HTMLForm(try await client.get(service).text, action: service))
            // A moves the mailbox (way 2) before the e-mail (way 1).
            var moving = opened
            moving.fields.append(("action", "move:how:1:0"))
            #expect(try await client.post(service, fields: moving.fields).status == .seeOther)
            // B, holding the old order, writes the WhatsApp way's address (way 3).
            var typing = opened
            typing.set("how-2-address", "050-1234567")
            #expect(try await client.post(service, fields: typing.fields).status == .seeOther)
            let text = try bench.text("services/resident-certificate.yaml")
            let file = try #require(try Yams.load(yaml: text) as? [String: Any])
            let ways = try #require(file["how"] as? [[String: Any]])
            #expect(ways.map { $0["channel"] as? String ?? "" } == ["mailbox", "email", "whatsapp", "online-form"])
            #expect(ways[2]["address"] as? String == "050-1234567")
            #expect(ways[1]["address"] == nil, "the way now second is as it was")
        }
    }

    @Test func stagesAreMatchedByTitleThenByTheirCellsThenByPlace() {
        let base = [["א", "1"], ["ב", "2"], ["ג", "3"], ["", ""]]
        // Moved, one renamed (its cells the same), a stage added.
        let now = [["ג", "3"], ["חדש", ""], ["א", "1"], ["ב2", "2"], ["", "x"]]
        #expect(ListAlignment.match(base, now, identity: [0]) == [2, 3, 0, nil])
    }
}
