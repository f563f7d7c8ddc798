import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A workbench over a fresh copy of the shipped programme.
struct TestWorkbench: @unchecked Sendable {
    let folder = TemporaryFolder()
    let workshop: URL
    let workbench: Workbench

    /// `place`: where the copy goes (a folder of the test's own disk), else a temporary folder.
    init(accessCode: String? = nil, limits: ServerLimits = ServerLimits(), in place: URL? = nil) throws {
        workshop = place ?? folder.path("emek")
        try FileManager.default.copyItem(at: emekWorkshop, to: workshop)
        workbench = Workbench(
            settings: .init(
                workshop: workshop, templates: templatesFolder, today: testToday,
                accessCode: accessCode, limits: limits))
    }

    func file(_ path: String) throws -> Data { try Data(contentsOf: workshop.appendingPathComponent(path)) }
    func text(_ path: String) throws -> String { String(decoding: try file(path), as: UTF8.self) }

    /// Runs `body` against the workbench's router, in process.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await workbench.application(host: "127.0.0.1", port: 0).test(.router) { client in try await body(client) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// The session cookie of the one browser the tests play, sent with every request unless a test
/// sends another (the workbench gives a browser without one a session of its own).
let testBrowser = "sadna_session=" + String(repeating: "5e", count: 32)

extension HTTPFields {
    /// These headers with the test browser's session cookie, unless they carry a session already.
    var fromTestBrowser: HTTPFields {
        guard !self[values: .cookie].contains(where: { $0.contains("sadna_session=") }) else { return self }
        var headers = self
        headers[values: .cookie].append(testBrowser)
        return headers
    }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers.fromTestBrowser) { $0 }
    }

    /// A form posted as a browser posts it (multipart, as the persona form is).
    func post(
        _ uri: String, fields: [(String, String)], files: [(name: String, filename: String, data: Data)] = [],
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        let boundary = "sadna-test-boundary"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                        .utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers.append(contentsOf: extra)
        return try await execute(uri: uri, method: .post, headers: headers.fromTestBrowser, body: ByteBuffer(bytes: body)) { $0 }
    }

    /// The form token and the file's version from a page's form.
    func form(_ uri: String, headers: HTTPFields = [:]) async throws -> (token: String, version: String, page: String) {
        let page = try await get(uri, headers: headers).text
        func value(_ name: String) -> String {
            guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }
        return (value("_csrf"), value("version"), page)
    }
}

@Suite("The workbench over HTTP")
struct WorkbenchHTTPTests {
    @Test func everyPageAnswersInHebrewArabicAndEnglish() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for language in ["he", "ar", "en"] {
                for path in ["/", "/meetings/03", "/personas", "/personas/rochan", "/personas/new", "/personas/import"] {
                    let response = try await client.get("\(path)?lang=\(language)")
                    #expect(response.status == .ok, "\(path) \(language)")
                    #expect(response.text.contains("<html lang=\"\(language)\" dir=\"\(language == "en" ? "ltr" : "rtl")\">"))
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                }
            }
            let home = try await client.get("/?lang=he").text
            #expect(home.contains(">פרסונות</a>") && home.contains("מובילים דיגיטליים – מפגש 3"))
            #expect(home.contains("/meetings/04#row-"), "the meeting's finding links to its row")
        }
    }

    @Test func downloadsAreTheCatalogsPDFsPNGsAndZIP() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for (path, type, magic) in [
                ("/meetings/03/agenda.pdf", "application/pdf", "%PDF-"),
                ("/meetings/03/handout.pdf", "application/pdf", "%PDF-"),
                ("/meetings/03/kit/meeting-03-A3.pdf", "application/pdf", "%PDF-"),
                ("/meetings/03/parts/2.pdf", "application/pdf", "%PDF-"),
                ("/personas/cards.pdf", "application/pdf", "%PDF-"),
                ("/personas/form.pdf", "application/pdf", "%PDF-"),
                ("/personas/rochan/card.png", "image/png", "\u{89}PNG"),
                ("/meetings/03/kit.zip", "application/zip", "PK"),
            ] {
                let response = try await client.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
                #expect(Data(buffer: response.body).starts(with: Array(magic.unicodeScalars.map { UInt8($0.value) })), "\(path)")
            }
            #expect(try await client.get("/meetings/03/kit/nope.pdf").status == .notFound)
            #expect(try await client.get("/meetings/99").status == .notFound)
        }
    }

    @Test func theSecondKitDownloadComesFromTheCacheUntilAFileChanges() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let first = try await client.get("/meetings/03/kit.zip")
            let second = try await client.get("/meetings/03/kit.zip")
            #expect(first.body == second.body)
            #expect(bench.workbench.kits.layouts == 1, "the second download is served from the cache")
            // An edit in a text editor: the next download is laid out anew, with it.
            let meeting = bench.workshop.appendingPathComponent("meetings/03.yaml")
            let text = try String(contentsOf: meeting, encoding: .utf8)
            try Data(
                text.replacingOccurrences(
                    of: "copies: per-group\n    for: current-journey", with: "copies: 2\n    for: current-journey"
                ).utf8
            )
            .write(to: meeting)
            let page = try await client.get("/meetings/03").text
            #expect(page.contains("data-label=\"עותקים\">2</td>"), "the changed copies show on the next load")
            #expect(bench.workbench.kits.layouts == 2, "a changed file lays the kit out anew")
        }
    }

    @Test func aNoChangeSaveLeavesEveryShippedPersonaByteForByte() async throws {
        let bench = try TestWorkbench()
        let ids = emek.personas.map(\.id)
        try await bench.test { client in
            for id in ids {
                let before = try bench.file("personas/\(id).yaml")
                let page = try await client.get("/personas/\(id)").text
                let response = try await client.post(
                    "/personas/\(id)", fields: try #require(HTMLForm(page, action: "/personas/\(percentEncoded(id))")).fields)
                #expect(response.status == .seeOther, "\(id): \(response.status)")
                #expect(try bench.file("personas/\(id).yaml") == before, "\(id) changed on a save that changed nothing")
            }
        }
    }

    @Test func aSaveChangesOnlyTheChangedFieldOnEveryShippedPersona() async throws {
        let bench = try TestWorkbench()
        let ids = emek.personas.map(\.id)
        try await bench.test { client in
            for id in ids {
                let before = try bench.text("personas/\(id).yaml")
                let page = try await client.get("/personas/\(id)").text
                var fields = try #require(HTMLForm(page, action: "/personas/\(percentEncoded(id))")).fields
                fields.removeAll { $0.0 == "occupation" }
                fields.append(("occupation", "רכזת קהילה: \"בוקר\" # ערב"))
                let response = try await client.post("/personas/\(id)", fields: fields)
                #expect(response.status == .seeOther)
                let after = try bench.text("personas/\(id).yaml")
                let old = before.split(separator: "\n", omittingEmptySubsequences: false)
                let new = after.split(separator: "\n", omittingEmptySubsequences: false)
                // Every comment survives, and every line but the occupation's.
                #expect(Set(old.filter { $0.hasPrefix("#") }).isSubset(of: Set(new)), "\(id): a comment was lost")
                let removed = old.filter { !new.contains($0) }, added = new.filter { !old.contains($0) }
                #expect(removed.allSatisfy { $0.hasPrefix("occupation:") }, "\(id): \(removed)")
                #expect(added.count == 1 && added[0].hasPrefix("occupation:"), "\(id): \(added)")
                let loaded = WorkshopLoader.load(bench.workshop).workshop?.persona(named: id)
                #expect(loaded?[.occupation]?.value.text == "רכזת קהילה: \"בוקר\" # ערב")
            }
        }
    }

    @Test func aTextKeptInTwoLanguagesChangesInTheOneTheFormShows() async throws {
        let bench = try TestWorkbench()
        let id = emek.personas[0].id
        let file = bench.workshop.appendingPathComponent("personas/\(id).yaml")
        // The persona's occupation, kept in Hebrew and Arabic.
        let lines = try bench.text("personas/\(id).yaml").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("occupation:") }
        try (lines.joined(separator: "\n") + "occupation:\n  he: רכזת קהילה\n  ar: منسقة مجتمع\n").write(
            to: file, atomically: true, encoding: .utf8)
        try await bench.test { client in
            let page = try await client.get("/personas/\(id)").text
            var fields = try #require(HTMLForm(page, action: "/personas/\(percentEncoded(id))")).fields
            #expect(fields.contains { $0 == ("occupation", "רכזת קהילה") }, "the form shows the main language")
            fields.removeAll { $0.0 == "occupation" }
            fields.append(("occupation", "רכזת תושבים"))
            #expect(try await client.post("/personas/\(id)", fields: fields).status == .seeOther)
            let after = try bench.text("personas/\(id).yaml")
            #expect(after.contains("occupation:\n  he: רכזת תושבים\n  ar: منسقة مجتمع\n"), "\(after)")
        }
    }

    @Test func aStaleSaveIsRefusedWith409AndBothVersions() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, version, _) = try await client.form("/personas/rochan")
            // Someone's editor changes the file after the form was opened.
            let path = bench.workshop.appendingPathComponent("personas/rochan.yaml")
            let theirs = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(
                of: "occupation: מאבטח בבית ספר",
                with: "occupation: מאבטח בקניון")
            try Data(theirs.utf8).write(to: path)
            let response = try await client.post(
                "/personas/rochan",
                fields: [("_csrf", token), ("version", version), ("name", "רוחן"), ("occupation", "שומר")])
            #expect(response.status == .conflict)
            #expect(response.text.contains("מאבטח בקניון") && response.text.contains("שומר"), "both versions are shown")
            #expect(
                response.text.contains("<a href=\"/personas/rochan\" lang=\"he\" dir=\"rtl\">רוחן</a>"),
                "it names whose file it is")
            #expect(try bench.text("personas/rochan.yaml") == theirs, "nothing was written over theirs")
        }
    }

    @Test func aPostWithoutTheFormTokenIs403() async throws {
        let bench = try TestWorkbench()
        let before = try bench.file("personas/rochan.yaml")
        try await bench.test { client in
            let (_, version, _) = try await client.form("/personas/rochan")
            let response = try await client.post("/personas/rochan", fields: [("version", version), ("name", "אחר")])
            #expect(response.status == .forbidden)
            let wrong = try await client.post(
                "/personas/rochan", fields: [("_csrf", "forged"), ("version", version), ("name", "אחר")])
            #expect(wrong.status == .forbidden)
            #expect(!response.text.contains("Swift") && !response.text.contains("/work/"), "no trace of the code")
        }
        #expect(try bench.file("personas/rochan.yaml") == before)
    }

    @Test func onANetworkNobodyGetsInWithoutTheAccessCode() async throws {
        let bench = try TestWorkbench(accessCode: "letmein")
        try await bench.test { client in
            #expect(try await client.get("/").status == .unauthorized)
            #expect(try await client.get("/personas/rochan/card.png").status == .unauthorized)
            #expect(try await client.get("/?code=wrong").status == .unauthorized)
            let entry = try await client.get("/personas?code=letmein")
            #expect(entry.status == .seeOther)
            #expect(entry.headers[.location] == "/personas")
            let cookie = try #require(entry.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            #expect(entry.headers[.setCookie]?.contains("HttpOnly") == true)
            #expect(try await client.get("/personas", headers: [.cookie: cookie]).status == .ok)
        }
    }

    @Test func noRequestReachesOutsideTheWorkshop() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for path in [
                "/personas/..%2F..%2Fworkshop/card.png", "/personas/%2E%2E/photo", "/meetings/..%2F03", "/static/../labels.yaml",
                "/static/%2e%2e/labels.yaml", "/fonts/..%2F..%2Fetc%2Fpasswd", "/personas/../../../etc/passwd",
            ] {
                let response = try await client.get(path)
                #expect([.notFound, .badRequest].contains(response.status), "\(path): \(response.status)")
                #expect(!response.text.contains("root:"), "\(path)")
            }
            // A persona whose photo points out of the folder shows none.
            let path = bench.workshop.appendingPathComponent("personas/rochan.yaml")
            try Data((try String(contentsOf: path, encoding: .utf8) + "photo: ../../../../etc/hostname\n").utf8).write(to: path)
            #expect(try await client.get("/personas/rochan/photo").status == .notFound)
        }
    }

    @Test func aNewPersonaIsNamedFromItsNameNeverFromRawInput() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, _, _) = try await client.form("/personas/new")
            let response = try await client.post(
                "/personas", fields: [("_csrf", token), ("version", ""), ("name", "../../etc/דנה כהן")])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/personas/"))
            #expect(
                FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("personas/etc-דנה-כהן.yaml").path))
            // The same name again is told, not saved as "-2" behind the person's back.
            let again = try await client.post(
                "/personas", fields: [("_csrf", token), ("version", ""), ("name", "../../etc/דנה כהן")])
            #expect(again.status == .unprocessableContent)
            #expect(
                !FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("personas/etc-דנה-כהן-2.yaml").path)
            )
        }
    }

    @Test func aPhotoMustBeAPictureAndAnUploadIsBounded() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, version, _) = try await client.form("/personas/rochan")
            let notAPicture = try await client.post(
                "/personas/rochan", fields: [("_csrf", token), ("version", version), ("name", "רוחן")],
                files: [("photo", "x.png", Data("#!/bin/sh\n".utf8))])
            #expect(notAPicture.status == .unprocessableContent)
            let huge = Data(repeating: 0x41, count: Workbench.uploadLimit + 1)
            let tooLarge = try await client.post(
                "/personas/rochan", fields: [("_csrf", token), ("version", version)],
                files: [("photo", "big.jpg", huge)])
            #expect(tooLarge.status == .contentTooLarge)
            // A real PNG is saved beside the personas and named in the file.
            var face = Page(size: Size(width: 30, height: 30))
            face.add(.circle(centre: Point(x: 15, y: 15), radius: 12), .filled(.accent))
            let png = try PNGExport.data(face, dpi: 60)
            let page = try await client.get("/personas/rochan").text
            let saved = try await client.post(
                "/personas/rochan", fields: try #require(HTMLForm(page, action: "/personas/rochan")).fields,
                files: [("photo", "face.png", png)])
            #expect(saved.status == .seeOther)
            #expect(try bench.text("personas/rochan.yaml").contains("photo: photos/rochan.png"))
            #expect(try await client.get("/personas/rochan/photo").status == .ok)
        }
    }

    @Test func aSpreadsheetUploadImportsWithTheSameReport() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, _, _) = try await client.form("/personas/import")
            let csv = "שם,גיל,צורת אינטראקציה מועדפת\nנועה,33,מקוון\nעמית,שלושים,טלפוני\n"
            let response = try await client.post(
                "/personas/import", fields: [("_csrf", token)],
                files: [("spreadsheet", "team.csv", Data(csv.utf8))])
            #expect(response.status == .ok)
            #expect(response.text.contains("יובאו 1 מתוך 2 שורות"))
            #expect(
                response.text.contains("שורה \u{2068}3\u{2069}, עמודה \u{2068}B\u{2069}"),
                "the bad cell is named by its row and column, in the page's language")
            #expect(FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("personas/נועה.yaml").path))
        }
    }

    @Test func errorsAreAPageInThePersonsLanguageNeverAStackTrace() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let missing = try await client.get("/personas/nobody?lang=ar")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("lang=\"ar\"") && missing.text.contains("لا توجد صفحة كهذه"))
            let method = try await client.execute(uri: "/personas/rochan", method: .delete) { $0 }
            #expect([.methodNotAllowed, .notFound].contains(method.status))
        }
    }
}
