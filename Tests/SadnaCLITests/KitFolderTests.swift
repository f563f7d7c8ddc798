import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// `sadna kit` replaces each meeting's folder as a whole: its PDFs and print list are written into
/// a hidden folder and put in place together, so a folder is always one run's kit.
@Suite("A kit's meeting folder is replaced as a whole", .serialized)
struct KitFolderTests {
    let folder = TemporaryFolder()

    /// A copy of the shipped programme, whose meeting 3 the tests retitle to make a new kit.
    func workshopCopy() throws -> URL {
        let copy = folder.path("w")
        if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: emekWorkshop, to: copy) }
        return copy
    }

    func retitleMeetingThree(_ workshop: URL, from old: String = "מובילים דיגיטליים – מפגש 3", to title: String) throws {
        let file = workshop.appendingPathComponent("meetings/03.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: \(old)", with: "title: \(title)")
            .write(to: file, atomically: true, encoding: .utf8)
    }

    /// Every file of out/03 and its bytes.
    func contents(_ meetingFolder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: meetingFolder.path)
        return try Dictionary(
            uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: meetingFolder.appendingPathComponent($0))) })
    }

    @Test func aNewKitLeavesNoFileOfTheOldOne() throws {
        let workshop = try workshopCopy()
        #expect(
            sadnaInProcess(["kit", "--meeting", "3", "--workshop", workshop.path, "--output", "out"], in: folder.url).status == 0)
        // A file an earlier plan made (an A5 file, say) goes with the old kit.
        try Data("%PDF-1.5 an old part".utf8).write(to: folder.path("out/03/meeting-03-A5.pdf"))
        let result = sadnaInProcess(["kit", "--meeting", "3", "--workshop", workshop.path, "--output", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try contents(folder.path("out/03")).keys.sorted() == ["meeting-03-A3.pdf", "meeting-03-A4.pdf", "print-list.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out").path) == ["03"])
    }

    @Test func aFolderHoldingOtherFilesIsRefusedAndKept() throws {
        let workshop = try workshopCopy()
        #expect(
            sadnaInProcess(["kit", "--meeting", "3", "--workshop", workshop.path, "--output", "out"], in: folder.url).status == 0)
        try Data("the caterer's number".utf8).write(to: folder.path("out/03/notes.txt"))
        let before = try contents(folder.path("out/03"))
        try retitleMeetingThree(workshop, to: "מפגש 3 החדש")
        let result = sadnaInProcess(["kit", "--meeting", "3", "--workshop", workshop.path, "--output", "out"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("out/03 holds notes.txt, which `sadna kit` did not write"), "\(result.stderr)")
        #expect(try contents(folder.path("out/03")) == before)
    }

    @Test func aKillDuringTheKitLeavesTheOldKitOrTheNewOneNeverAMixture() throws {
        let workshop = try workshopCopy()
        let kit = "\"$SADNA\" kit --meeting 3 --workshop \"\(workshop.path)\" --output out"
        let env = ["SADNA_HOME": repositoryRoot.path, "SADNA": sadna]
        #expect(try run("/bin/bash", ["-c", kit], in: folder.url, environment: env).status == 0)
        var title = "מובילים דיגיטליים – מפגש 3"
        for round in 1...3 {
            let old = try contents(folder.path("out/03"))
            let next = "מפגש 3, גרסה \(round)"
            try retitleMeetingThree(workshop, from: title, to: next)
            title = next
            // Killed at a moment between 0 and 90 ms after its hidden folder appears.
            let killed = try run(
                "/bin/bash",
                [
                    "-c",
                    """
                    \(kit) > /dev/null 2>&1 & pid=$!
                    for i in $(seq 1 5000); do [ -d "out/.03.sadna-$pid.tmp" ] && break; sleep 0.002; done
                    sleep 0.0$((RANDOM % 10)); kill -KILL $pid; wait $pid; echo $?
                    """,
                ], in: folder.url, environment: env)
            let afterKill = try contents(folder.path("out/03"))
            // The next run finishes the job and clears what the killed one left.
            #expect(try run("/bin/bash", ["-c", kit], in: folder.url, environment: env).status == 0)
            let new = try contents(folder.path("out/03"))
            #expect(new != old)
            #expect(afterKill == old || afterKill == new, "round \(round), exit \(killed.stdout): a mixture")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out").path) == ["03"])
        }
    }
}
