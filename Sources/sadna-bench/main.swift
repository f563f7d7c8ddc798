import Foundation
import SadnaKit
import SadnaPrint

// `make bench`: how fast Sadna prints, in a release build.
//
// Kits: the whole programme's kit by the `sadna` binary in a process of its own, measured first
// while this process is still small (KitBench.swift).
//
// Agendas: load and check the shipped programme, lay out every meeting's run-sheet and handout,
// and write them as PDF. The first pass is what a user waits for (it includes building the font
// sets; the process's own start is in the kits' figure); later passes reuse the typesetter and
// show the steady rate. Target (issue 2): the first pass in under 0.3 s of wall time.
//
// Task cards: a deck of 10,000 cards (the shipped eight, over and over) on A6 4-up sheets with
// long-edge backs, streamed to one PDF. Memory is read after 1,000 cards and after 10,000: it
// must not grow with the deck. Targets (issue 5): 500 cards/s, peak memory under 300 MB.
//
// Personas: a 1,000-row spreadsheet (the shipped examples' fields, varied) imported into a fresh
// workshop, loaded back, and printed as 1,000 A5 cards 2-up, streamed to one PDF. Target
// (issue 4): 200 cards/s, memory that does not grow with the number of cards. Then 5,000 rows
// imported into a folder of their own: under 2 s (it took a minute when import was quadratic).
//
// Journeys: the shipped journeys' maps, 100 of them (the three examples in turn) on A3, streamed
// to one PDF; pages per second (issue 3).
//
// Peer jobs (PeerBench.swift, also alone as `sadna-bench peers`): the shared harness's documents
// printed by the `sadna` binary beside Typst and the raw Cairo+Pango floor, as ratios (issue 15).

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("sadna-bench: \(message)\n".utf8))
    exit(1)
}

struct Pass {
    var pages = 0
    var files = 0
    var layout = 0.0
    var export = 0.0
    var total: Double { layout + export }
}

/// The checkout: the folder above `.build/` that holds Templates/ and workshops/.
let home: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates/labels.yaml").path) { return folder }
        folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}()
let emek = home.appendingPathComponent("workshops/emek-hamaayanot")
guard let templates = try? TemplateLoader.load(home.appendingPathComponent("Templates")) else {
    fail("cannot read Templates/ in \(home.path); run from the repository")
}

/// A context over `workshop` with a typesetter of its own.
func context(_ workshop: Workshop, typesetter: Typesetter = Typesetter()) -> LayoutContext {
    LayoutContext(
        workshop: workshop, templates: templates, language: .he, typesetter: typesetter,
        today: CalendarDate(year: 2020, month: 1, day: 1)!)
}
let output = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: output) }

/// Load, check, lay out and export every agenda and handout of the shipped programme.
func printEveryAgenda(with typesetter: Typesetter) throws -> Pass {
    var pass = Pass()
    let start = Date()
    let outcome = WorkshopCheck.run(emek, templates: templates)
    guard let workshop = outcome.workshop, !outcome.diagnostics.hasErrors else { fail("the programme has errors") }
    let laying = context(workshop, typesetter: typesetter)
    var documents: [(String, PrintDocument)] = []
    for meeting in workshop.meetings {
        for kind in [PrintableKind.agenda, .handout] {
            let job = try Catalog.job(PrintRequest(kind, items: [meeting.id]), in: laying)
            documents.append(("\(meeting.id)-\(kind.rawValue)", job.document))
        }
    }
    pass.layout = Date().timeIntervalSince(start)
    let exportStart = Date()
    for (name, document) in documents {
        try PDFExport.write(document, to: output.appendingPathComponent("\(name).pdf"))
        pass.pages += document.pages.count
        pass.files += 1
    }
    pass.export = Date().timeIntervalSince(exportStart)
    return pass
}

// `sadna-bench peers` runs the peer jobs alone.
if CommandLine.arguments.dropFirst().first == "peers" {
    benchPeers(home: home)
    exit(0)
}

// `sadna-bench scan` times the scan of a 12-megapixel canvas photo alone.
if CommandLine.arguments.dropFirst().first == "scan" {
    do {
        guard let workshop = WorkshopCheck.run(emek, templates: templates).workshop else { fail("the programme has errors") }
        try benchScan(laying: context(workshop), output: output)
        try benchScanAngles(laying: context(workshop))
        try? FileManager.default.removeItem(at: output)
        exit(0)
    } catch {
        fail("\(error)")
    }
}

// `sadna-bench agenda-editor` times the agenda editor alone.
if CommandLine.arguments.dropFirst().first == "agenda-editor" {
    do {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let server = try serveForBench(home: home, output: output, name: "agenda", prepare: true)
        let agenda = server.agendaEditor("03")
        print(String(format: "agenda editor of meeting 3: recalculate %.1f ms, save %.1f ms", agenda.recalculate, agenda.save))
        server.stop()
        try? FileManager.default.removeItem(at: output)
        exit(0)
    } catch {
        fail("\(error)")
    }
}

do {
    // First, while this process is small: a child's peak memory counts what it inherits.
    try benchKits(home: home, output: output)
    // The agendas' first pass starts cold: a new typesetter builds its font sets.
    let coldStart = Date()
    let typesetter = Typesetter()
    let first = try printEveryAgenda(with: typesetter)
    let sinceLaunch = Date().timeIntervalSince(coldStart)
    var warm = (0..<10).map { _ in (try? printEveryAgenda(with: typesetter)) ?? Pass() }
    warm.sort { $0.total < $1.total }
    let median = warm[warm.count / 2]

    print("agendas: every meeting's run-sheet and handout, \(first.pages) pages in \(first.files) files")
    print(
        String(
            format: "  first pass, fonts cold:          %.3f s  (target < 0.3 s)%@", sinceLaunch,
            sinceLaunch > 0.3 ? "  ABOVE TARGET" : ""))
    print(String(format: "    load + layout %.3f s, PDF export %.3f s", first.layout, first.export))
    print(
        String(
            format: "  warm passes (median of 10):       %.3f s  → %.0f pages/s", median.total,
            Double(median.pages) / median.total))
    print(String(format: "    load + layout %.3f s, PDF export %.3f s", median.layout, median.export))
    print(String(format: "  peak memory:                      %.1f MB", peakMemoryMB()))

    var workshop = WorkshopCheck.run(emek, templates: templates).workshop!
    let shippedCards = workshop.taskCards
    print("task cards: A6 4-up on A4 with long-edge backs, one PDF printed in parts on every core")
    for count in [1_000, 10_000] {
        workshop.taskCards = (0..<count).map { index -> TaskCard in
            var card = shippedCards[index % shippedCards.count]
            card.id = "card-\(index + 1)"
            return card
        }
        let deck = try Catalog.job(PrintRequest(.taskCards, card: .a6, backs: .longEdge), in: context(workshop))
        let start = Date()
        let url = output.appendingPathComponent("deck-\(count).pdf")
        // As `sadna render` prints it: in parts, on every core.
        let pageCount = try PDFExport.write(deck, threads: PrintJob.partThreads, to: url).pages
        let seconds = Date().timeIntervalSince(start)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print(
            String(
                format: "  %6d cards, %5d pages: %6.2f s  → %5.0f cards/s, PDF %.1f MB, peak memory %.1f MB%@",
                count, pageCount, seconds, Double(count) / seconds, Double(bytes) / 1_048_576, peakMemoryMB(),
                count == 10_000 && Double(count) / seconds < 500 ? "  BELOW TARGET" : ""))
    }
    try benchPersonas()
    try benchJourneys()
    try benchWorkbench(home: home, output: output)
    benchPeers(home: home)
} catch {
    fail("\(error)")
}

func benchPersonas() throws {
    let template = templates.persona
    let shipped = WorkshopCheck.run(emek, templates: templates).workshop!
    let folder = output.appendingPathComponent("persona-workshop")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("title: bench\nlanguage: he\n".utf8).write(to: folder.appendingPathComponent("workshop.yaml"))
    // The spreadsheet: a header of Hebrew labels, then the examples' values with a number added.
    let columns = template.fields.filter { $0.field != .photo }
    let fields = columns.map(\.field)
    func cell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    func spreadsheet(rows: Int) throws -> URL {
        var csv = columns.map { cell($0.label(.he)) }.joined(separator: ",") + "\r\n"
        for row in 0..<rows {
            let persona = shipped.personas[row % shipped.personas.count]
            csv +=
                fields.map { field -> String in
                    guard let value = persona[field]?.value else { return "" }
                    switch value {
                    case let .list(items): return cell(items.joined(separator: "\n"))
                    case let .channel(channel): return channel.rawValue
                    case .number: return value.text
                    case let .text(text): return cell(field == .name ? "\(text) \(row + 1)" : text)
                    }
                }.joined(separator: ",") + "\r\n"
        }
        let url = output.appendingPathComponent("personas-\(rows).csv")
        try Data(csv.utf8).write(to: url)
        return url
    }
    let csvURL = try spreadsheet(rows: 1_000)

    print("personas: a 1,000-row spreadsheet imported, then printed as A5 cards 2-up, in parts on every core")
    let importStart = Date()
    let imported = PersonaImport(template: template).run(csvURL, into: folder.appendingPathComponent("personas"), force: true)
    let importTime = Date().timeIntervalSince(importStart)
    guard imported.written.count == 1_000 else { fail("import wrote \(imported.written.count) of 1000: \(imported.diagnostics)") }
    let loadStart = Date()
    let workshop = WorkshopCheck.run(folder, templates: templates).workshop!
    let loadTime = Date().timeIntervalSince(loadStart)
    print(
        String(
            format: "  import 1,000 rows: %.2f s (%.0f rows/s); load them back: %.2f s", importTime,
            1_000 / importTime, loadTime))
    // 5,000 rows into a folder of their own: the time must grow with the rows, not their square.
    let large = try spreadsheet(rows: 5_000)
    let largeStart = Date()
    let largeImport = PersonaImport(template: template).run(
        large, into: output.appendingPathComponent("persona-5000/personas"),
        force: false)
    let largeTime = Date().timeIntervalSince(largeStart)
    guard largeImport.written.count == 5_000 else { fail("import wrote \(largeImport.written.count) of 5000") }
    print(
        String(
            format: "  import 5,000 rows: %.2f s (%.0f rows/s)  (target < 2 s)%@", largeTime, 5_000 / largeTime,
            largeTime > 2 ? "  ABOVE TARGET" : ""))
    for count in [100, 1_000] {
        let ids = workshop.personas.prefix(count).map(\.id)
        let deck = try Catalog.job(PrintRequest(.personaCards, items: ids, card: .a5), in: context(workshop))
        let url = output.appendingPathComponent("personas-\(count).pdf")
        let start = Date()
        let pageCount = try PDFExport.write(deck, threads: PrintJob.partThreads, to: url).pages
        let seconds = Date().timeIntervalSince(start)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print(
            String(
                format: "  %5d cards, %4d pages: %5.2f s → %4.0f cards/s, PDF %.1f MB, peak memory %.1f MB%@",
                count, pageCount, seconds, Double(count) / seconds, Double(bytes) / 1_048_576, peakMemoryMB(),
                count == 1_000 && Double(count) / seconds < 200 ? "  BELOW TARGET" : ""))
    }
}

func benchJourneys() throws {
    let workshop = WorkshopCheck.run(emek, templates: templates).workshop!
    let laying = context(workshop)
    let maps = (0..<100).lazy.flatMap { index -> AnySequence<Page> in
        let journey = workshop.journeys[index % workshop.journeys.count]
        return (try? Catalog.job(PrintRequest(.journey, items: [journey.id]), in: laying))?.pages ?? AnySequence([])
    }
    var pages = 0
    let counted = maps.map { page -> Page in
        pages += 1
        return page
    }
    let start = Date()
    try PDFExport.write(
        counted, info: DocumentInfo(title: "j", author: "bench", subject: "bench"),
        to: output.appendingPathComponent("journeys.pdf"))
    let seconds = Date().timeIntervalSince(start)
    print("journeys: 100 A3 maps of the shipped examples, one streamed PDF")
    print(
        String(
            format: "  %d pages: %.2f s → %.0f pages/s, peak memory %.1f MB", pages, seconds, Double(pages) / seconds,
            peakMemoryMB()))
    try benchScan(laying: laying, output: output)
    try benchScanAngles(laying: laying)
}
