import Foundation
import SadnaKit

// Kits: `sadna kit --meeting all`, the release binary beside this one, run as a user runs it —
// a fresh process that loads, checks, lays out and writes every meeting's kit. Wall time
// includes the process's start; peak memory is the child's. Target (issue 7): under 2 s.

/// Runs the release `sadna kit` over the shipped programme three times and reports the first
/// run (what a facilitator waits for) and the fastest, with pages per second and peak memory.
func benchKits(home: URL, output: URL) throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sadna")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        fail("no \(binary.path): build it with `swift build -c release` (make bench does)")
    }
    let folder = output.appendingPathComponent("kits")
    var times: [Double] = []
    // Measured before any other child runs: RUSAGE_CHILDREN keeps the largest child's peak.
    var peak = 0.0
    for _ in 0..<3 {
        try? FileManager.default.removeItem(at: folder)
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "kit", emek.path,
            "--meeting", "all", "--output", folder.path,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["SADNA_HOME": home.path]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        times.append(Date().timeIntervalSince(start))
        guard process.terminationStatus == 0 else { fail("sadna kit exited with \(process.terminationStatus)") }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        peak = Double(usage.ru_maxrss) / 1024
    }
    let (files, pages) = try countPages(in: folder)
    let first = times[0], best = times.min()!
    print("kits: `sadna kit --meeting all` (release) over the shipped programme, \(pages) pages in \(files) PDFs")
    print(
        String(
            format: "  first run:  %.2f s wall  → %.0f pages/s  (target < 2 s)%@", first, Double(pages) / first,
            first > 2 ? "  ABOVE TARGET" : ""))
    print(String(format: "  best of 3:  %.2f s wall  → %.0f pages/s", best, Double(pages) / best))
    print(String(format: "  peak memory of the sadna process: %.1f MB", peak))
}

/// The PDFs under `folder` and their pages, from `pdfinfo`.
private func countPages(in folder: URL) throws -> (files: Int, pages: Int) {
    let pdfs = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
        .filter { $0.pathExtension == "pdf" }
    var pages = 0
    for pdf in pdfs {
        let process = Process(), pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", pdf.path]
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        pages += line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    }
    return (pdfs.count, pages)
}
