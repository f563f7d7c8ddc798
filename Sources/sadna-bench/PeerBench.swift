import Foundation

// Peer jobs: the jobs of the shared peer harness (`../shared/bench`, its README says how) — 8 and
// 1,000 A6 task cards 4-up, 1 and 100 A3 journey maps, the same Hebrew text in every tool —
// printed by the release `sadna` in processes of its own, interleaved with the raw Cairo+Pango
// floor (single-threaded) and Typst (both cores) when they are there, medians of 5. Reported:
// wall time, CPU time, peak memory and pages per second, and the ratios issue 15 sets goals in:
// Sadna's wall time over Typst's (≤ 0.8) and over the floor's (8 cards: ≤ 1.2), its CPU time over
// the floor's (≤ 1.25), its memory over Typst's (≤ ¼). Compare ratios, not times across runs.

/// One finished process: its wall and CPU seconds and peak memory.
struct ProcessCost {
    var wall: Double
    var cpu: Double
    var peakMB: Double
}

/// Runs `arguments` (the program first) with `environment` added, and measures it through
/// `/usr/bin/time`, as the peer harness does: a child spawned straight from this process would
/// report this process's own peak memory, which it shares until it starts the program.
func measureProcess(_ arguments: [String], environment: [String: String] = [:]) -> ProcessCost? {
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-bench-time-\(getpid())")
    defer { try? FileManager.default.removeItem(at: report) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%e %U %S %M", "-o", report.path] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0, let text = try? String(contentsOf: report, encoding: .utf8) else { return nil }
    let numbers = text.split(whereSeparator: \.isWhitespace).suffix(4).compactMap { Double($0) }
    guard numbers.count == 4 else { return nil }
    return ProcessCost(wall: numbers[0], cpu: numbers[1] + numbers[2], peakMB: numbers[3] / 1024)
}

func benchPeers(home: URL) {
    let peers = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["SADNA_PEERS"]
            ?? home.deletingLastPathComponent().appendingPathComponent("shared/bench").path)
    guard FileManager.default.fileExists(atPath: peers.appendingPathComponent("sadna_workshop.py").path) else {
        print("peer jobs: no peer harness at \(peers.path) (set SADNA_PEERS to its folder); skipped")
        return
    }
    let sadna = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sadna").path
    let out = peers.appendingPathComponent("out")
    try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let raw = peers.appendingPathComponent("rawcairo/.build/release/rawcairo").path
    let hasRaw = FileManager.default.isExecutableFile(atPath: raw)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
        print("peer jobs: /usr/bin/time is needed to measure them (apt-get install time); skipped")
        return
    }
    // The interpreter itself, not a pyenv shim (which adds ~80 ms to every Python run).
    let python: String = {
        let process = Process(), pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "python3" }
        process.waitUntilExit()
        let path = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? "python3" : path
    }()
    let hasTypst = measureProcess([python, "-c", "import typst"]) != nil
    let cases: [(document: String, count: Int)] = [("cards", 8), ("cards", 1_000), ("journey", 1), ("journey", 100)]
    print(
        "peer jobs: the shared harness's documents, whole processes, medians of 5 (\(hasRaw ? "raw floor" : "no raw floor: build \(raw)")"
            + (hasTypst ? ", Typst" : ", no Typst: pip install typst") + ")")
    // Typst's script reads its own folder's files.
    _ = FileManager.default.changeCurrentDirectoryPath(peers.path)
    print("  job            Sadna wall   CPU    memory  pages/s | /Typst wall  memory | /raw wall   CPU")
    for (document, count) in cases {
        let name = "\(document)-\(count)"
        let workshop = out.appendingPathComponent("sadna-ws-\(name)").path
        let json = out.appendingPathComponent("\(name).json").path
        // The same text as the peers print, from the harness's own generator.
        if !FileManager.default.fileExists(atPath: workshop) {
            _ = measureProcess([
                python, peers.appendingPathComponent("sadna_workshop.py").path,
                document == "cards" ? "\(count)" : "0", document == "cards" ? "0" : "\(count)", workshop,
            ])
        }
        if hasRaw, !FileManager.default.fileExists(atPath: json) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, peers.appendingPathComponent("content.py").path, document, "\(count)"]
            process.currentDirectoryURL = peers
            FileManager.default.createFile(atPath: json, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: json)
            try? process.run()
            process.waitUntilExit()
        }
        let jobs: [(tool: String, arguments: [String])] = [
            (
                "sadna",
                [sadna, "render", document == "cards" ? "task-cards" : "journey"]
                    + (document == "cards" ? ["--backs", "none"] : [])
                    + ["--workshop", workshop, "--output", out.appendingPathComponent("bench-sadna-\(name).pdf").path]
            ),
            hasRaw ? ("raw", [raw, document, json, out.appendingPathComponent("bench-raw-\(name).pdf").path]) : nil,
            hasTypst
                ? (
                    "typst",
                    [
                        python, peers.appendingPathComponent("typst_peer.py").path, document, "\(count)",
                        out.appendingPathComponent("bench-typst-\(name).pdf").path,
                    ]
                ) : nil,
        ].compactMap { $0 }
        var costs: [String: [ProcessCost]] = [:]
        for run in 0..<6 {
            for job in jobs {
                guard let cost = measureProcess(job.arguments, environment: ["SADNA_HOME": home.path]) else {
                    print("  \(name): \(job.tool) failed")
                    return
                }
                if run > 0 { costs[job.tool, default: []].append(cost) }  // run 0 warms the caches
            }
        }
        func median(_ tool: String, _ value: (ProcessCost) -> Double) -> Double? {
            guard let values = costs[tool]?.map(value).sorted(), !values.isEmpty else { return nil }
            return values[values.count / 2]
        }
        let pages = document == "cards" ? (count + 3) / 4 : count
        let wall = median("sadna", \.wall)!, cpu = median("sadna", \.cpu)!, memory = median("sadna", \.peakMB)!
        func ratio(_ tool: String, _ value: (ProcessCost) -> Double, _ mine: Double) -> String {
            median(tool, value).map { String(format: "%5.2f", mine / $0) } ?? "    –"
        }
        let label = name.padding(toLength: 13, withPad: " ", startingAt: 0)
        print(
            String(
                format: "  %@ %6.2f s %6.2f s %5.0f MB %7.0f | %@      %@ | %@   %@", label, wall, cpu, memory,
                Double(pages) / wall, ratio("typst", \.wall, wall), ratio("typst", \.peakMB, memory),
                ratio("raw", \.wall, wall), ratio("raw", \.cpu, cpu)))
    }
    // Memory must stay flat however long the deck: 10,000 cards, Sadna alone, once (goal: ≤ 60 MB).
    let large = out.appendingPathComponent("sadna-ws-cards-10000").path
    if !FileManager.default.fileExists(atPath: large) {
        _ = measureProcess([python, peers.appendingPathComponent("sadna_workshop.py").path, "10000", "0", large])
    }
    if let cost = measureProcess(
        [
            sadna, "render", "task-cards", "--backs", "none", "--workshop", large,
            "--output", out.appendingPathComponent("bench-sadna-cards-10000.pdf").path,
        ],
        environment: ["SADNA_HOME": home.path])
    {
        print(
            String(
                format: "  cards-10000   %6.2f s %6.2f s %5.0f MB %7.0f   (once; memory goal ≤ 60 MB)",
                cost.wall, cost.cpu, cost.peakMB, 2_500 / cost.wall))
    }
}
