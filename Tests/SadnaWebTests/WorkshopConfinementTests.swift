import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Links inside a workshop folder lead nowhere out of it: the workbench neither shows nor serves a
/// file that lies outside, and a photo is served only when it is the picture its name says.
@Suite("Nothing outside the workshop")
struct WorkshopConfinementTests {
    @Test func aPhotoThatLinksOutOfTheWorkshopIsNotServed() async throws {
        let bench = try TestWorkbench()
        let photos = bench.workshop.appendingPathComponent("personas/photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: photos.appendingPathComponent("p.jpg").path,
            withDestinationPath: "/etc/passwd")
        try bench.appendToRochan("photo: photos/p.jpg\n")
        try await bench.test { client in
            let response = try await client.get("/personas/rochan/photo")
            #expect(response.status == .notFound)
            #expect(!response.text.contains("root:"))
        }
    }

    @Test func aPhotoWhoseBytesAreNotThePictureItsNameSaysIsNotServed() async throws {
        let bench = try TestWorkbench()
        let photos = bench.workshop.appendingPathComponent("personas/photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try Data("root:x:0:0:root:/root:/bin/bash\n".utf8).write(to: photos.appendingPathComponent("p.jpg"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).write(to: photos.appendingPathComponent("q.png"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).write(to: photos.appendingPathComponent("r.jpg"))
        try bench.appendToRochan("photo: photos/p.jpg\n")
        try await bench.test { client in
            #expect(try await client.get("/personas/rochan/photo").status == .notFound, "text named .jpg")
            try bench.replaceRochanPhoto("photos/q.png")
            #expect(try await client.get("/personas/rochan/photo").status == .notFound, "a JPEG named .png")
            try bench.replaceRochanPhoto("photos/r.jpg")
            let jpeg = try await client.get("/personas/rochan/photo")
            #expect(jpeg.status == .ok)
            #expect(jpeg.headers[.contentType] == "image/jpeg")
        }
    }

    @Test func aPersonaFileThatLinksOutOfTheWorkshopIsNotShown() async throws {
        let bench = try TestWorkbench()
        let outside = bench.folder.path("elsewhere/secret.yaml")
        try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("name: סוד כמוס\nsummary: מחוץ לתכנית\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: bench.workshop.appendingPathComponent("personas/secret.yaml").path,
            withDestinationPath: outside.path)
        try await bench.test { client in
            let persona = try await client.get("/personas/secret")
            #expect(persona.status != .ok)
            #expect(!persona.text.contains("סוד כמוס"))
            let pool = try await client.get("/personas")
            #expect(!pool.text.contains("סוד כמוס"))
            let home = try await client.get("/")
            #expect(home.text.contains("קישור לקובץ מחוץ לתיקיית התכנית"), "the home page's problems name the link, in Hebrew")
        }
    }

    @Test func aMeetingFolderThatLinksOutOfTheWorkshopIsNotRead() async throws {
        let bench = try TestWorkbench()
        let outside = bench.folder.path("elsewhere")
        try FileManager.default.moveItem(at: bench.workshop.appendingPathComponent("meetings"), to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: bench.workshop.appendingPathComponent("meetings").path,
            withDestinationPath: outside.path)
        try await bench.test { client in
            let meeting = try await client.get("/meetings/03"), kit = try await client.get("/meetings/03/kit.zip")
            #expect(meeting.status == .notFound)
            #expect(kit.status == .notFound)
        }
    }

    @Test func checkNamesALinkOutOfTheProgrammeAtTheFileThatIsOne() throws {
        let folder = TemporaryFolder()
        let workshop = folder.path("emek")
        try FileManager.default.copyItem(at: emekWorkshop, to: workshop)
        let outside = folder.write("elsewhere/secret.yaml", "name: סוד\n")
        try FileManager.default.createSymbolicLink(
            atPath: workshop.appendingPathComponent("personas/secret.yaml").path,
            withDestinationPath: outside.path)
        let outcome = WorkshopCheck.run(FolderSource(workshop), templates: sadnaTemplates, review: .init(today: testToday))
        let finding = try #require(
            outcome.diagnostics.first {
                $0.message.contains("a link to a file outside the programme's folder")
            })
        #expect(finding.severity == .error)
        #expect(finding.location?.file.hasSuffix("personas/secret.yaml") == true)
        #expect(outcome.workshop?.persona(named: "secret") == nil)
        // A link that stays inside the programme is read as the file it names.
        try FileManager.default.createSymbolicLink(
            atPath: workshop.appendingPathComponent("personas/rochan-again.yaml").path,
            withDestinationPath: "rochan.yaml")
        let inside = WorkshopCheck.run(FolderSource(workshop), templates: sadnaTemplates, review: .init(today: testToday))
        #expect(inside.workshop?.persona(named: "rochan-again") != nil)
    }
}

extension TestWorkbench {
    func appendToRochan(_ lines: String) throws {
        let path = workshop.appendingPathComponent("personas/rochan.yaml")
        try Data((try String(contentsOf: path, encoding: .utf8) + lines).utf8).write(to: path)
    }

    func replaceRochanPhoto(_ photo: String) throws {
        let path = workshop.appendingPathComponent("personas/rochan.yaml")
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("photo:") }
        try Data((lines.joined(separator: "\n") + "\nphoto: \(photo)\n").utf8).write(to: path)
    }
}
