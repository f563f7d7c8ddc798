import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// `sadna scan` as a secretary runs it on the photos from her phone.
@Suite struct ScanCommandTests {
    let folder = TemporaryFolder()

    @Test func aPhotoOfAFilledPersonaFormBecomesCropsAndAPersonaFileThatChecks() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let page = try printed(PrintRequest(.personaForm)).pages[0]
        var maker = SyntheticPhoto()
        maker.rotation = 9
        let photo = folder.path("IMG_0001.jpg")
        try maker.jpeg(of: page, marks: ["name": .text("דנה כהן"), "age": .text("52")]).write(to: photo)

        let first = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("scans/3/persona-form-1/"))
        let crops = workshop.appendingPathComponent("scans/3/persona-form-1")
        for name in ["page", "name", "age", "problems"] {
            #expect(FileManager.default.fileExists(atPath: crops.appendingPathComponent("\(name).png").path), "\(name).png")
        }
        let persona = try String(
            contentsOf: workshop.appendingPathComponent("personas/3-persona-form-1.yaml"), encoding: .utf8)
        #expect(persona.contains("  name: \"scans/3/persona-form-1/name.png\""))
        #expect(persona.contains("age:"))
        #expect(!persona.contains("problems:"), "an empty field is left empty")
        #expect(sadnaInProcess(["check", workshop.path], in: folder.url).status == 0)

        // The same photo again asks before it replaces the first scan.
        let again = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("IMG_0001.jpg"))
        #expect(again.stderr.contains("--replace"))
        let replaced = sadnaInProcess(
            ["scan", photo.path, "--workshop", workshop.path, "--meeting", "3", "--replace"], in: folder.url)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workshop.appendingPathComponent("scans/3/persona-form-2").path))
    }

    @Test func aBlurredPhotoIsRefusedWithItsReasonAndNothingIsWritten() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        var maker = SyntheticPhoto()
        maker.blurRadius = 6
        maker.blurPasses = 3
        let photo = folder.path("blurred.jpg")
        try maker.jpeg(of: try printed(PrintRequest(.personaForm)).pages[0], marks: [:]).write(to: photo)
        let result = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("blurred.jpg:1:1: error:"))
        #expect(result.stderr.contains("too blurred"))
        #expect(!FileManager.default.fileExists(atPath: workshop.appendingPathComponent("scans").path))
    }
}
