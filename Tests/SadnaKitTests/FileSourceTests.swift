import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// Loading reads through a file source, so a workshop held in memory (the workbench's, a test's)
/// loads and checks exactly as its folder does.
@Suite("Workshops from a folder or from memory")
struct FileSourceTests {
    /// Every file of a folder, by its relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func theShippedProgrammeLoadsTheSameFromMemory() throws {
        let memory = MemorySource(name: "emek-hamaayanot", files: try Self.files(in: emekWorkshop))
        let review = WorkshopCheck.Review(today: testToday)
        let fromMemory = WorkshopCheck.run(memory, templates: sadnaTemplates, review: review)
        let fromFolder = WorkshopCheck.run(emekWorkshop, templates: sadnaTemplates, review: review)
        let a = try #require(fromMemory.workshop), b = try #require(fromFolder.workshop)
        #expect(a.meetings.map(\.id) == b.meetings.map(\.id))
        #expect(a.personas.map(\.id) == b.personas.map(\.id))
        #expect(a.journeys.map(\.id) == b.journeys.map(\.id))
        #expect(a.taskCards.map(\.id) == b.taskCards.map(\.id))
        #expect(a.services.map(\.id) == b.services.map(\.id))
        #expect(a.backlog.count == b.backlog.count)
        // The same findings at the same lines and columns, whatever the files are called.
        func places(_ outcome: WorkshopCheck.Outcome) -> [String] {
            outcome.diagnostics.map {
                "\($0.rule) \($0.location.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column)" } ?? "")"
            }
        }
        #expect(places(fromMemory) == places(fromFolder))
        #expect(fromMemory.diagnostics.first?.location?.file.hasPrefix("emek-hamaayanot/") == true)
    }

    @Test func aBrokenPersonaIsReportedOnceAtItsOwnLine() {
        let source = MemorySource(texts: [
            "workshop.yaml": "title: בדיקה\n",
            "personas/dana.yaml": "name: [דנה\n",
            "journeys/j.yaml": "title: מסע\npersona: dana\nvariant: current\nstages:\n  - title: שלב\n",
        ])
        let outcome = WorkshopCheck.run(source, templates: sadnaTemplates)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.count == 1, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.first?.location?.file == "workshop/personas/dana.yaml")
        #expect(!outcome.diagnostics.contains { $0.rule == "reference.missing" })
    }

    @Test func pathsNeverLeaveTheSource() {
        let source = MemorySource(texts: ["personas/a.yaml": "name: א\n"])
        #expect(source.resolve("../../etc/passwd", from: "personas") == nil)
        #expect(source.resolve("/etc/passwd", from: "personas") == nil)
        #expect(source.resolve("photos/a.jpg", from: "personas") == "personas/photos/a.jpg")
        #expect(source.resolve("../photos/a.jpg", from: "personas") == "photos/a.jpg")
        #expect(throws: FileSourceError.outside) { try source.read("../x", limit: 10) }
    }

    @Test func pathsAreNormalisedWhateverTheirShape() {
        // Plain paths come back as they are; the rest are taken apart and put together again.
        #expect(FilePath.normalise("task-cards/00001-card.yaml") == "task-cards/00001-card.yaml")
        #expect(FilePath.normalise("a/.../b") == "a/.../b", "three dots are a name")
        #expect(FilePath.normalise(".hidden/x") == ".hidden/x")
        #expect(FilePath.normalise("a//b/./c/") == "a/b/c")
        #expect(FilePath.normalise("./a/../b") == "b")
        #expect(FilePath.normalise("a/..") == "")
        #expect(FilePath.normalise("") == "")
        #expect(FilePath.normalise("..") == nil)
        #expect(FilePath.normalise("a/../../b") == nil)
        #expect(FilePath.normalise("/etc/passwd") == nil)
        #expect(FilePath.normalise("a\0b") == nil)
    }

    @Test func aFolderSourceShowsPathsFromTheWorkingFolder() {
        let folder = TemporaryFolder()
        folder.write("task-cards/1.yaml", "headline: x\n")
        let source = DisplayPath.$workingDirectoryOverride.withValue(folder.url.deletingLastPathComponent()) {
            FolderSource(folder.url)
        }
        let name = folder.url.lastPathComponent
        #expect(source.displayPath("task-cards/1.yaml") == "\(name)/task-cards/1.yaml")
        #expect(source.displayPath("task-cards/./1.yaml") == "\(name)/task-cards/1.yaml")
        #expect(source.displayPath("") == name)
        let here = DisplayPath.$workingDirectoryOverride.withValue(folder.url) { FolderSource(folder.url) }
        #expect(here.displayPath("task-cards/1.yaml") == "task-cards/1.yaml")
    }

    @Test func aFolderSourceReadsOnlyOrdinaryFiles() throws {
        let folder = TemporaryFolder()
        folder.write("a.yaml", "title: x\n")
        #expect(mkfifo(folder.path("pipe.yaml").path, 0o644) == 0)
        let source = FolderSource(folder.url)
        #expect(try source.read("a.yaml", limit: 100).count == 9)
        #expect(throws: FileSourceError.notARegularFile("a pipe (FIFO)")) { try source.read("pipe.yaml", limit: 100) }
        #expect(throws: FileSourceError.tooLarge(bytes: 9, limit: 4)) { try source.read("a.yaml", limit: 4) }
        #expect(throws: FileSourceError.missing) { try source.read("b.yaml", limit: 100) }
    }
}
