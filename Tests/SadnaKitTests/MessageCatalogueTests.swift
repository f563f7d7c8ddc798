import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// Every diagnostic's words, in Templates/messages.yaml, in all three languages.
@Suite("The messages' catalogue")
struct MessageCatalogueTests {
    let text = try! String(contentsOf: templatesFolder.appendingPathComponent(MessageCatalogue.fileName), encoding: .utf8)

    /// The names in braces of `words`.
    func placeholders(_ words: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(words)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test func theFileHasNoProblemsOfForm() {
        #expect(MessageCatalogue.parse(text).problems.isEmpty, "\(MessageCatalogue.parse(text).problems)")
    }

    @Test func everyMessageIsSaidInHebrewArabicAndEnglishWithWhatToDo() {
        let catalogue = MessageCatalogue.parse(text).catalogue
        var missing: [String] = []
        for id in MessageID.allCases {
            let parts: [MessageCatalogue.Part] = id.isPhrase ? [.message] : [.message, .hint]
            for part in parts {
                for language in Language.allCases {
                    let words = catalogue.text(id, part, in: language)
                    if words?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                        missing.append("\(id.rawValue) \(part.rawValue) \(language.code)")
                    }
                }
            }
            // A page hint, where there is one, is there in every language.
            let pageHints = Language.allCases.map { catalogue.text(id, .pageHint, in: $0) }
            if pageHints.contains(where: { $0 != nil }), pageHints.contains(where: { $0 == nil }) {
                missing.append("\(id.rawValue) page-hint")
            }
        }
        #expect(missing.isEmpty, "missing: \(missing.joined(separator: ", "))")
    }

    /// `{what}` alone may be English only: it is the code's English name for a place in a file
    /// ("an agenda row"), which the Hebrew and Arabic words leave to the file, line and column.
    @Test func everyLanguageFillsTheSamePlaceholders() {
        let catalogue = MessageCatalogue.parse(text).catalogue
        var mismatched: [String] = []
        for id in MessageID.allCases {
            for part in MessageCatalogue.Part.allCases {
                let english = catalogue.text(id, part, in: .en).map(placeholders)
                for language in [Language.he, .ar] {
                    let other = catalogue.text(id, part, in: language).map(placeholders)
                    if other != english?.subtracting(["what"]) && other != english {
                        mismatched.append("\(id.rawValue) \(part.rawValue) \(language.code): \(other ?? []) vs \(english ?? [])")
                    }
                }
            }
        }
        #expect(mismatched.isEmpty, "\(mismatched.joined(separator: "\n"))")
    }

    @Test func everyEntryOfTheFileIsAMessageSadnaSays() {
        let ids = Set(MessageID.allCases.map(\.rawValue))
        let entries = text.split(separator: "\n").filter { line in
            guard let first = line.first, first.isLetter, line.hasSuffix(":"), !line.hasPrefix("label.") else { return false }
            return true
        }.map { String($0.dropLast()) }
        #expect(Set(entries).subtracting(ids).isEmpty, "not in MessageID: \(Set(entries).subtracting(ids).sorted())")
        #expect(entries.count == Set(entries).count, "an entry is given twice")
    }

    /// New code says its words in the catalogue: no diagnostic is built from English words.
    @Test func noDiagnosticIsMadeOfEnglishWordsAlone() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var sites: [String] = []
        for file in files where !file.path.contains("/Diagnostics/") {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            // `.date(_:rule:)` names the rule a date's error is reported under: not a diagnostic's words.
            for (number, line) in lines.enumerated() where line.contains("rule: \"") && !line.contains(".date(") {
                sites.append("\(file.lastPathComponent):\(number + 1)")
            }
        }
        #expect(sites.count <= Self.notYetConverted, "diagnostics in English only: \(sites.joined(separator: ", "))")
    }

    /// How many diagnostics are still made the older way; it only goes down.
    static let notYetConverted = 0

    @Test func aPathAndANumberKeepTheirPlaceInAHebrewLine() {
        let diagnostic = Diagnostic.error(
            .fieldRange, ["key": .key("groups"), "number": .number(40), "low": .number(1), "high": .number(12)],
            at: SourceLocation(file: "meetings/03.yaml", line: 4, column: 9))
        let hebrew = diagnostic.message(in: .he)
        #expect(hebrew.contains("\u{2068}40\u{2069}") && hebrew.contains("\u{2068}1\u{2069}"), "\(hebrew)")
        #expect(hebrew.contains("\u{2068}`groups`\u{2069}"), "\(hebrew)")
        #expect(!diagnostic.message(in: .en).contains("\u{2068}"), "English runs left to right already")
        let folder = Diagnostic.error(
            .fileUnreadableFolder,
            ["folder": .path("meetings/"), "reason": FileSourceError.missing.reason, "fix": FileSourceError.missing.fix],
            at: nil)
        #expect(folder.message(in: .ar).contains("\u{2068}meetings/\u{2069}"))
        #expect(folder.message(in: .ar).contains("لا يوجد ملف"), "the reason is said in Arabic too")
    }

    @Test func aPageNamesTheFieldByItsLabelWithoutBackticks() {
        let diagnostic = Diagnostic.error(
            .fieldRequiredMissing, ["what": .text("a persona"), "key": .key("name"), "line": .code("name: …")], at: nil)
        let page = MessageStyle.page { key, language in key == "name" && language == .he ? "שם" : nil }
        #expect(diagnostic.message(in: .he, style: page) == "חסר השדה \"\u{2068}שם\u{2069}\"")
        #expect(diagnostic.hint(in: .he, style: page)?.contains("`") == false)
        #expect(diagnostic.message(in: .he).contains("`name`"), "the command line names the YAML key")
    }
}
