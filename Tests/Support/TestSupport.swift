import Foundation
import SadnaKit
import SadnaPrint

/// The repository's root, found from this file's place in it.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The programme that ships with Sadna.
public let emekWorkshop = repositoryRoot.appendingPathComponent("workshops/emek-hamaayanot")
public let templatesFolder = repositoryRoot.appendingPathComponent("Templates")

/// Sadna's templates, loaded once for the whole suite.
public let sadnaTemplates: TemplateSet = {
    do {
        return try TemplateLoader.load(templatesFolder)
    } catch {
        fatalError("the shipped templates do not load: \(error)")
    }
}()

/// The day the tests' service-page reviews count from (fixed, so findings never depend on the date).
public let testToday = CalendarDate(year: 2026, month: 1, day: 1)!

/// Loads and checks a workshop folder as every command does (the review included).
public func check(_ folder: URL, review: Bool = true) -> WorkshopCheck.Outcome {
    WorkshopCheck.run(folder, templates: sadnaTemplates, review: review ? WorkshopCheck.Review(today: testToday) : nil)
}

/// The shipped programme, loaded once.
public let emek: Workshop = {
    guard let workshop = check(emekWorkshop).workshop else { fatalError("the shipped programme does not load") }
    return workshop
}()

/// The second programme that ships with Sadna, "Human API" (no meetings; a deck of its own).
public let humanAPIWorkshop = repositoryRoot.appendingPathComponent("workshops/human-api")

/// The second programme, loaded once.
public let humanAPI: Workshop = {
    guard let workshop = check(humanAPIWorkshop).workshop else { fatalError("the Human API programme does not load") }
    return workshop
}()

/// A context to lay pages out in, with a fresh typesetter.
public func layoutContext(
    _ workshop: Workshop = emek, language: Language = .he,
    typesetter: Typesetter = Typesetter()
) -> LayoutContext {
    LayoutContext(workshop: workshop, templates: sadnaTemplates, language: language, typesetter: typesetter, today: testToday)
}

/// What the catalog prints for `request`, laid out now.
public func printed(
    _ request: PrintRequest, workshop: Workshop = emek, typesetter: Typesetter = Typesetter()
) throws -> PrintDocument {
    try Catalog.job(request, in: layoutContext(workshop, language: request.language, typesetter: typesetter)).document
}

/// A throwaway folder, removed when the value is released.
public final class TemporaryFolder {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `path` inside the folder and returns the file's URL.
    @discardableResult
    public func write(_ path: String, _ text: String) -> URL {
        let file = url.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    public func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }
}

/// A small workshop with the meetings given (file name → YAML).
public func makeWorkshop(meetings: [String: String], workshop: String = "title: סדנת בדיקה\nlanguage: he\n") -> TemporaryFolder {
    let folder = TemporaryFolder()
    folder.write("workshop.yaml", workshop)
    for (name, text) in meetings {
        folder.write("meetings/\(name)", text)
    }
    return folder
}

/// What a process printed and how it ended.
public struct ProcessResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs a program to the end. `tool` is a path, or a name looked up on PATH.
public func run(
    _ tool: String, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String] = [:]
) throws -> ProcessResult {
    let process = Process()
    if tool.contains("/") {
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
    } else {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting, so that a full pipe never blocks the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Reading a PDF the way a person (or a screen reader) would.
public enum PDFText {
    /// The text of `pages` (1-based, all by default) via `pdftotext`, in logical order, with the
    /// bidi control marks it inserts removed and spaces collapsed.
    public static func extract(_ pdf: URL, page: Int? = nil) throws -> String {
        var arguments: [String] = []
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        let result = try run("pdftotext", arguments + [pdf.path, "-"])
        return normalise(result.stdout)
    }

    /// Removes bidi marks and collapses runs of spaces and newlines into single spaces.
    public static func normalise(_ text: String) -> String {
        let marks: Set<Unicode.Scalar> = [
            "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
            "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        ]
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !marks.contains($0) }))
        return kept.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    /// The words of `text`, split wherever `pdftotext` may move spaces and punctuation: at any
    /// character that is not a letter or digit, and where Hebrew meets Latin letters or digits.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsHebrew = false
        for scalar in normalise(text).unicodeScalars {
            let isWordCharacter =
                CharacterSet.letters.contains(scalar) || CharacterSet.decimalDigits.contains(scalar)
                || scalar == "'" || scalar == "\u{05F3}" || scalar == "\"" || scalar == "\u{05F4}"
            let isHebrew = (0x0590...0x05FF).contains(scalar.value)
            if !isWordCharacter || (!current.isEmpty && isHebrew != currentIsHebrew) {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
            if isWordCharacter {
                current.unicodeScalars.append(scalar)
                currentIsHebrew = isHebrew
            }
        }
        if !current.isEmpty { words.append(current) }
        // Geresh and gershayim belong to Hebrew words ("דק'", "מש\"א"); alone they are punctuation.
        return words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\"\u{05F3}\u{05F4}")) }
            .filter { !$0.isEmpty }
    }

    /// How many times `phrase`'s words appear in this order, next to each other, in `text`'s words.
    public static func occurrences(of phrase: String, in text: String) -> Int {
        let haystack = words(text), needle = words(phrase)
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter {
            Array(haystack[$0..<($0 + needle.count)]) == needle
        }.count
    }

    /// True when `phrase`'s words appear in this order, next to each other, in `text`'s words.
    public static func contains(_ text: String, phrase: String) -> Bool {
        occurrences(of: phrase, in: text) > 0
    }

    /// Words as they stand on the page, from `pdftotext -bbox`, with their edges in points.
    /// pdftotext boxes Hebrew letter by letter; letters that touch on one line are joined back
    /// into words, and right-to-left words are turned back into logical order.
    public static func boxes(_ pdf: URL, page: Int = 1) throws -> [(word: String, xMin: Double, yMin: Double, xMax: Double)] {
        let html = try run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf.path, "-"]).stdout
        var glyphs: [(text: String, xMin: Double, yMin: Double, xMax: Double)] = []
        for line in html.split(separator: "\n") where line.contains("<word ") {
            func attribute(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            // By scalars: an Arabic mark boxed alone (a shadda) joins the tag's ">" into one Character.
            let scalars = line.unicodeScalars
            guard let start = scalars.firstIndex(of: ">"), let end = line.range(of: "</word>"), start < end.lowerBound,
                let xMin = attribute("xMin"), let yMin = attribute("yMin"), let xMax = attribute("xMax")
            else { continue }
            glyphs.append((normalise(String(scalars[scalars.index(after: start)..<end.lowerBound])), xMin, yMin, xMax))
        }
        glyphs.sort { abs($0.yMin - $1.yMin) > 1 ? $0.yMin < $1.yMin : $0.xMin < $1.xMin }
        var words: [(word: String, xMin: Double, yMin: Double, xMax: Double)] = []
        for glyph in glyphs {
            if let last = words.last, abs(last.yMin - glyph.yMin) <= 1, glyph.xMin - last.xMax < 1.0 {
                words[words.count - 1] = (last.word + glyph.text, last.xMin, last.yMin, max(last.xMax, glyph.xMax))
            } else {
                words.append((glyph.text, glyph.xMin, glyph.yMin, glyph.xMax))
            }
        }
        return words.map { word in
            let isHebrew = word.word.unicodeScalars.contains { (0x0590...0x05FF).contains($0.value) }
            return (isHebrew ? String(word.word.reversed()) : word.word, word.xMin, word.yMin, word.xMax)
        }
    }

    /// "Page size: 595.276 x 841.89 pts (A4)" → (595.276, 841.89) for every page.
    public static func pageSizes(_ pdf: URL) throws -> [(width: Double, height: Double)] {
        let info = try run("pdfinfo", ["-f", "1", "-l", "999", pdf.path]).stdout
        return info.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("Page"), line.contains("size:") else { return nil }
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
    }

    /// The titles of the PDF's bookmarks (outline items), in the order they are written: Cairo
    /// writes each as `/Title <FEFF…>` (UTF-16 in hex) followed by its `/Parent`.
    public static func bookmarks(_ pdf: URL) throws -> [String] {
        let raw = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        // A title in UTF-16 (`<FEFF…>`), or in plain ASCII (`(Contents)`).
        let pattern = try NSRegularExpression(pattern: "/Title (?:<FEFF([0-9A-Fa-f]*)>|\\(([^)]*)\\))\\s*/Parent")
        return pattern.matches(in: raw, range: NSRange(raw.startIndex..., in: raw)).compactMap { match in
            if let ascii = Range(match.range(at: 2), in: raw) { return String(raw[ascii]) }
            guard let range = Range(match.range(at: 1), in: raw) else { return nil }
            let hex = Array(raw[range])
            let units = stride(from: 0, to: hex.count - 3, by: 4).compactMap { UInt16(String(hex[$0..<$0 + 4]), radix: 16) }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// A field of `pdfinfo`'s report ("Title", "Pages").
    public static func info(_ pdf: URL, _ field: String) throws -> String? {
        let info = try run("pdfinfo", [pdf.path]).stdout
        for line in info.split(separator: "\n") where line.hasPrefix(field + ":") {
            return line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}

/// A copy of the shipped programme inside `folder`, with `edit` applied to one meeting's file
/// ("03"): a plan a test wants to try, without touching the programme itself.
public func emekCopy(in folder: TemporaryFolder, editingMeeting meeting: String, _ edit: (String) -> String) throws -> URL {
    let copy = folder.path("emek-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: emekWorkshop, to: copy)
    let file = copy.appendingPathComponent("meetings/\(meeting).yaml")
    try Data(edit(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
    return copy
}

/// Every text block among `elements`, through the groups (cards on a sheet) and shared content
/// (a kit's copies) they sit in.
public func textBlocks(_ elements: [PageElement]) -> [TextBlock] {
    elements.flatMap { element -> [TextBlock] in
        switch element {
        case let .text(block, _, _): [block]
        case let .group(children, _, _): textBlocks(children)
        case let .shared(content): textBlocks(content.elements)
        default: []
        }
    }
}

/// A team for the printables that print people (stickers, sign-in sheets, table tents): the
/// shipped programme names none, so the tests give it one, fictional, from its own departments,
/// with the names a list really has — long ones, hyphened ones, one in Latin letters.
public let testTeam: [Participant] = [
    ("סמדר כהן", "מזכירות כללית"), ("אחמד חטיב", "הנדסה"), ("רונית בן־דוד", "חינוך"), ("יוסי לוי", "גביה"),
    ("Dana Schwartz", "אתר"), ("מיכל אברהמי־רוזנטל", "רווחה"), ("נועה שגיא", "מתנ\"ס"), ("עומר זידאן", "שפ\"ע"),
    ("אורית פרידמן-גולדשטיין", "משאבי אנוש"), ("חן ישראלי", "חברה כלכלית"), ("ליאת מזרחי", "מו\"פ חקלאי"),
    ("גלעד אוחיון", "מנמ\"ר"), ("טל", nil),
].enumerated().map { index, person in
    let at = SourceLocation(file: "participants.yaml", line: index + 1, column: 3)
    // The first three keep attendance (a certificate lists the meetings they came to).
    let attended =
        index < 3 ? ["1", "2", "3", "4", "6", "7", "8", "9", "10"].dropLast(3 * index).map { Located($0, at: at) } : nil
    return Participant(
        name: Located(person.0, at: at), department: person.1.map { Located($0, at: at) }, attended: attended,
        location: at)
}

/// The shipped programme with ``testTeam`` on it.
public let emekWithTeam: Workshop = {
    var workshop = emek
    workshop.participants = testTeam
    return workshop
}()
