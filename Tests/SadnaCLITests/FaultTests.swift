import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// What happens when the world gets in the way — a full disk, an interrupted run, a folder that
/// may not be written or read — run as a user would, in a process of its own: exit status, the
/// message, yesterday's output untouched, no temporary file left.
@Suite("Faults: nothing lost, nothing left behind", .serialized)
struct FaultTests {
    let folder = TemporaryFolder()

    /// Runs `sadna` through the shell, so that a test can set limits and users.
    func shell(_ script: String) throws -> ProcessResult {
        try run(
            "/bin/bash", ["-c", script], in: folder.url,
            environment: ["SADNA_HOME": repositoryRoot.path, "SADNA": sadna, "EMEK": emekWorkshop.path])
    }

    /// Hidden `*.tmp` files anywhere under the test's folder.
    var temporaryFiles: [String] {
        (FileManager.default.enumerator(atPath: folder.url.path)?.allObjects as? [String] ?? [])
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    @Test func aFullDiskIsAnErrorAndYesterdaysPDFStaysWhole() throws {
        #expect(try shell("\"$SADNA\" render agenda 3 --workshop \"$EMEK\" --output a.pdf").status == 0)
        let good = try Data(contentsOf: folder.path("a.pdf"))
        // A file-size limit of 8 KB makes every write past it fail, as a full disk does.
        let result = try shell(
            "trap '' XFSZ; ulimit -f 8; exec \"$SADNA\" render agenda 3 --workshop \"$EMEK\" --output a.pdf --lang en")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("cannot write a.pdf: the file is larger than this system lets a file be"), "\(result.stderr)")
        #expect(!result.stdout.contains("wrote"))
        #expect(try Data(contentsOf: folder.path("a.pdf")) == good)
        #expect(temporaryFiles.isEmpty, "\(temporaryFiles)")
    }

    @Test(arguments: [
        ("render journey --output j.pdf", "j.pdf"), ("render service-page --output s.pdf", "s.pdf"),
        ("render worksheet mind-map --output w.pdf", "w.pdf"), ("kit --meeting 3 --output kit", "kit/03/meeting-03-A4.pdf"),
        ("calendar --output c.ics", "c.ics"),
        ("export service-page resident-certificate --format html --output p.html", "p.html"),
    ])
    func everyOutputFailsCleanlyOnAFullDisk(command: String, file: String) throws {
        let result = try shell("trap '' XFSZ; ulimit -f 1; exec \"$SADNA\" \(command) --workshop \"$EMEK\"")
        #expect(result.status == 1, "\(command): \(result.stderr)")
        // In the shipped programme's Hebrew where the command says it in the reader's language.
        #expect(
            result.stderr.contains("a file-size limit") || result.stderr.contains("גדול יותר ממה שהמערכת מרשה"),
            "\(command): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path(file).path))
        #expect(temporaryFiles.isEmpty, "\(temporaryFiles)")
    }

    /// A workshop with a deck large enough that a kit takes seconds to write.
    func largeWorkshop() throws -> URL {
        let copy = folder.path("big")
        try FileManager.default.copyItem(at: emekWorkshop, to: copy)
        let card = try Data(contentsOf: copy.appendingPathComponent("task-cards/1-dog-vaccination.yaml"))
        for number in 10..<1_500 { try card.write(to: copy.appendingPathComponent("task-cards/\(number)-dog.yaml")) }
        return copy
    }

    @Test(arguments: [("INT", Int32(130)), ("TERM", Int32(143))])
    func anInterruptedRunLeavesTheOldFileAndNoTemporary(signal: String, status: Int32) throws {
        let big = try largeWorkshop()
        try Data("%PDF-1.5 yesterday's deck".utf8).write(to: folder.path("deck.pdf"))
        // Start the run, wait until it is writing its temporary file, then interrupt it.
        let result = try shell(
            """
            "$SADNA" render task-cards --workshop "\(big.path)" --output deck.pdf & pid=$!
            for i in $(seq 1 200); do ls -a | grep -q '^\\.deck\\.pdf\\..*\\.tmp$' && break; sleep 0.05; done
            kill -\(signal) $pid; wait $pid
            """)
        #expect(result.status == status, "\(result.stderr)")
        // Said in the programme's Hebrew, as the rest of the run.
        #expect(result.stderr.contains("שום קובץ לא נשאר כתוב למחצה"), "\(result.stderr)")
        #expect(try String(contentsOf: folder.path("deck.pdf"), encoding: .utf8) == "%PDF-1.5 yesterday's deck")
        #expect(temporaryFiles.isEmpty, "\(temporaryFiles)")
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextRun() throws {
        let big = try largeWorkshop()
        let result = try shell(
            """
            "$SADNA" render task-cards --workshop "\(big.path)" --output deck.pdf & pid=$!
            for i in $(seq 1 200); do ls -a | grep -q '^\\.deck\\.pdf\\..*\\.tmp$' && break; sleep 0.05; done
            kill -KILL $pid; wait $pid; ls -a | grep -c '\\.tmp$'
            "$SADNA" render agenda 3 --workshop "$EMEK" --output agenda.pdf > /dev/null
            """)
        #expect(result.stdout.hasPrefix("1"), "the kill left its temporary file: \(result.stdout)")
        #expect(temporaryFiles.isEmpty, "the next run in the folder did not clear it: \(temporaryFiles)")
    }

    /// As an ordinary user (root may write anywhere), so that permissions hold. The checkout may
    /// lie in a folder only root may enter (a fresh clone in `mktemp -d`), so the user gets its own
    /// readable copies of the binary and the templates, beside the workshop, in the test's folder.
    func asNobody(_ command: String) throws -> ProcessResult {
        let home = folder.path("home")
        if !FileManager.default.fileExists(atPath: home.path) {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("Templates"),
                to: home.appendingPathComponent("Templates"))
            try FileManager.default.copyItem(at: emekWorkshop, to: home.appendingPathComponent("emek"))
            try FileManager.default.copyItem(atPath: sadna, toPath: home.appendingPathComponent("sadna").path)
        }
        chmod(folder.url.path, 0o755)
        return try shell(
            """
            export SADNA_HOME="$PWD/home" SADNA="$PWD/home/sadna" EMEK="$PWD/home/emek"
            exec setpriv --reuid=65534 --regid=65534 --clear-groups \(command)
            """)
    }

    @Test(.enabled(if: getuid() == 0, "drops to an ordinary user with setpriv, which needs root"))
    func aFolderThatMayNotBeWrittenIsAnError() throws {
        let readOnly = folder.path("read-only")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        try Data("%PDF-1.5 old".utf8).write(to: readOnly.appendingPathComponent("a.pdf"))
        chmod(readOnly.path, 0o555)
        defer { chmod(readOnly.path, 0o755) }
        let result = try asNobody("\"$SADNA\" render agenda 3 --workshop \"$EMEK\" --output read-only/a.pdf --lang en")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("cannot write read-only/a.pdf: permission denied"),
            "\(result.stderr)")
        #expect(try String(contentsOf: readOnly.appendingPathComponent("a.pdf"), encoding: .utf8) == "%PDF-1.5 old")
    }

    @Test(.enabled(if: getuid() == 0, "drops to an ordinary user with setpriv, which needs root"))
    func aMeetingsFolderThatMayNotBeReadIsLocatedNotIgnored() throws {
        let copy = folder.path("w")
        try FileManager.default.copyItem(at: emekWorkshop, to: copy)
        let meetings = copy.appendingPathComponent("meetings")
        chmod(meetings.path, 0o000)
        defer { chmod(meetings.path, 0o755) }
        let result = try asNobody("\"$SADNA\" check \"\(copy.path)\" --lang en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings:1:1: error: cannot read the folder meetings/"), "\(result.stderr)")
        #expect(result.stderr.contains("permission denied"), "\(result.stderr)")
        #expect(!result.stderr.contains("0 meetings"))
    }
}
