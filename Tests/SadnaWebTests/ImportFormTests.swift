import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// The two imports (personas, the team) as a secretary meets them: every refusal brings the same
/// form back with the message beside the file's input, and a report that imported nobody says so
/// in an error banner, naming the people and what to do in the browser.
@Suite("The imports' forms and reports")
struct ImportFormTests {
    static let team = "/participants/import"

    /// The form came back: the banner, the summary linking to the file's input, the message beside it.
    func expectSameForm(
        _ text: String, says words: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(text.contains(words), sourceLocation: sourceLocation)
        #expect(
            text.contains("<a href=\"#spreadsheet\">"), "the summary links to the file's input", sourceLocation: sourceLocation)
        #expect(
            text.contains("aria-describedby=\"spreadsheet-message") && text.contains("aria-invalid=\"true\""),
            sourceLocation: sourceLocation)
        #expect(text.contains("<nav"), "the site's header and menu", sourceLocation: sourceLocation)
        #expect(text.contains("action=\"/participants/import\""), "the form itself", sourceLocation: sourceLocation)
    }

    @Test func theTeamsImportComesBackAfterEveryRefusalInEachLanguage() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let token = try await client.form(Self.team).token
            let none = try await client.post("\(Self.team)?lang=he", fields: [("_csrf", token)])
            #expect(none.status == .unprocessableContent)
            expectSameForm(none.text, says: "בחרו קובץ גיליון (CSV) לייבוא")
            #expect(none.text.contains("<title>שגיאה:"))
            // Not a spreadsheet: the reader's own words beside the input, with what to do.
            let picture = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE, 0x00])
            let bad = try await client.post(
                "\(Self.team)?lang=ar", fields: [("_csrf", token)], files: [("spreadsheet", "team.png", picture)])
            #expect(bad.status == .unprocessableContent)
            expectSameForm(bad.text, says: "لم يُضف أحد إلى القائمة")
            #expect(bad.text.contains("<a href=\"#spreadsheet\">الملف ليس نص جدول بيانات يستطيع «سدنا» قراءته.</a>"))
            #expect(bad.text.contains("id=\"spreadsheet-hint\">في Excel"), "what to do, beside the input")
            // No column of names.
            let nameless = try await client.post(
                "\(Self.team)?lang=en", fields: [("_csrf", token)],
                files: [("spreadsheet", "team.csv", Data("colour,size\nred,3\n".utf8))])
            expectSameForm(nameless.text, says: "No column holds the participants&#39; names.")
            // Too large to keep: 413, and the form.
            let huge = Data(repeating: 0x41, count: Workbench.uploadLimit + 1)
            let tooLarge = try await client.post(
                "\(Self.team)?lang=he", fields: [("_csrf", token)], files: [("spreadsheet", "big.csv", huge)],
                headers: [.contentLength: String(Workbench.uploadLimit + 2048)])
            #expect(tooLarge.status == .contentTooLarge)
            expectSameForm(tooLarge.text, says: "הקובץ גדול מ-")
            #expect(tooLarge.text.contains("לא יובא דבר. תקנו את המסומן ולחצו שוב על „ייבוא”."), "the import's own button")
            // Too large to read at all: 413 before a byte is read, and still the form.
            let unread = try await client.post(
                "\(Self.team)?lang=ar", fields: [("_csrf", token)],
                files: [("spreadsheet", "huge.csv", Data(count: CSRFMiddleware.readLimit + 1))])
            #expect(unread.status == .contentTooLarge)
            #expect(unread.text.contains("action=\"/participants/import\"") && unread.text.contains("<nav"))
            // A form opened before the workbench restarted.
            let stale = try await client.post(
                "\(Self.team)?lang=en", fields: [("_csrf", "a-token-of-the-workbench-before-it-restarted")],
                files: [("spreadsheet", "team.csv", Data("name\nDana\n".utf8))])
            #expect(stale.status == .forbidden)
            expectSameForm(stale.text, says: "Choose the spreadsheet again")
            #expect(stale.text.contains("so nothing was imported. Choose the spreadsheet again and press “Import”."))
        }
        let list = bench.workshop.appendingPathComponent("participants.yaml")
        #expect(!((try? String(contentsOf: list, encoding: .utf8)) ?? "").contains("Dana"), "nothing stale was saved")
    }

    @Test(.enabled(if: SmallDisk.canMount)) func anImportThatCannotBeWrittenBringsTheFormBack() async throws {
        let disk = try #require(SmallDisk(kilobytes: 4096))
        let bench = try TestWorkbench(in: disk.path("emek"))
        try await bench.test { client in
            let token = try await client.form(Self.team).token
            try disk.remountReadOnly()
            let readOnly = try await client.post(
                "\(Self.team)?lang=he", fields: [("_csrf", token)],
                files: [("spreadsheet", "team.csv", Data("שם,מחלקה\nרינה לוי,גבייה\n".utf8))])
            #expect(readOnly.status == .internalServerError)
            expectSameForm(readOnly.text, says: "בחרו שוב את הגיליון")
            // The personas' import too: no persona could be written, so the form comes back, the choice kept.
            let personas = try await client.post(
                "/personas/import?lang=ar", fields: [("_csrf", token), ("replace", "1")],
                files: [("spreadsheet", "personas.csv", Data("שם,גיל\nנועה ברק,33\n".utf8))])
            #expect(personas.status == .internalServerError)
            #expect(personas.text.contains("action=\"/personas/import\"") && personas.text.contains("value=\"1\" checked"))
            #expect(personas.text.contains("<a href=\"#spreadsheet\">اختاروا الجدول مرة أخرى"))
            #expect(!personas.text.contains("خطأ في الجدول"), "the disk's refusal is no mistake of the spreadsheet")
        }
    }

    @Test func aReportThatImportedNobodySaysSoAndNamesThePeople() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let token = try await client.form("/personas/import").token
            let sheet = Data("שם,גיל\nנועה ברק,33\nעמית שלום,41\n".utf8)
            let first = try await client.post(
                "/personas/import?lang=he", fields: [("_csrf", token)], files: [("spreadsheet", "team.csv", sheet)])
            #expect(first.text.contains("<p class=\"banner ok\">יובאו 2 מתוך 2 שורות.</p>"))
            #expect(first.text.contains(">נועה ברק</a>"), "a persona written is named, not its file")
            for (language, nothing, kept) in [
                ("he", "לא יובא דבר מהגיליון.", "כבר בין הפרסונות, ולכן נשארו כמו שהם: נועה ברק, עמית שלום."),
                ("ar", "لم يُستورد شيء من الجدول.", "موجودون بين الشخصيات من قبل، فبقوا كما هم: נועה ברק، עמית שלום."),
            ] {
                let again = try await client.post(
                    "/personas/import?lang=\(language)", fields: [("_csrf", token)], files: [("spreadsheet", "team.csv", sheet)])
                #expect(again.status == .ok)
                #expect(again.text.contains("<div class=\"banner error\"><p>\(nothing)</p>"))
                #expect(again.text.contains(kept))
                #expect(!again.text.contains("banner ok"))
                #expect(!again.text.contains("--force") && !again.text.contains(".yaml"))
            }
            // The team: the same names again add nobody, in an error banner.
            let team = try await client.form(Self.team).token
            let people = Data("שם,מחלקה\nרינה לוי,גבייה\n,רווחה\n".utf8)
            _ = try await client.post(
                "\(Self.team)?lang=he", fields: [("_csrf", team)], files: [("spreadsheet", "t.csv", people)])
            for (language, nothing, kept) in [
                ("he", "אף אחד לא נוסף לרשימה.", "כבר ברשימה, ונשארו כמו שהם: רינה לוי."),
                ("ar", "لم يُضف أحد إلى القائمة.", "موجودون في القائمة وبقوا كما هم: רינה לוי."),
            ] {
                let again = try await client.post(
                    "\(Self.team)?lang=\(language)", fields: [("_csrf", team)], files: [("spreadsheet", "t.csv", people)])
                #expect(again.status == .ok)
                #expect(again.text.contains("<div class=\"banner error\"><p>\(nothing)</p>"))
                #expect(again.text.contains(kept))
                #expect(again.text.contains(language == "he" ? "(מספרי השורות בגיליון): 3." : "(أرقام الصفوف فيه): 3."))
                #expect(!again.text.contains("banner ok") && !again.text.contains("--force"))
            }
        }
    }
}
