import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// The command line says what it found in the reader's language: `--lang`, else the workshop's
/// own, else the environment's.
@Suite("Diagnostics in the reader's language")
struct MessageLanguageTests {
    let folder = TemporaryFolder()

    /// A workshop in `language` whose first meeting has a whole number written in words.
    func workshop(language: String, languages: String = "") -> URL {
        folder.write(
            "w/workshop.yaml", "title: סדנת בדיקה\norganisation: מועצה\nyears: 2026\nlanguage: \(language)\n\(languages)")
        folder.write("w/meetings/01.yaml", "title: מפגש 1\ndate: 2026-01-15\ngroups: ארבע\n")
        return folder.path("w")
    }

    func check(_ arguments: [String], environment: [String: String] = [:]) -> ProcessResult {
        sadnaInProcess(["check"] + arguments, in: folder.url, speaking: nil, environment: environment)
    }

    @Test func aHebrewWorkshopIsCheckedInHebrew() {
        let result = check([workshop(language: "he").path], environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/01.yaml:3:9: error: "), "editors still jump to it: \(result.stderr)")
        #expect(result.stderr.contains("צריך להיות מספר שלם"), "\(result.stderr)")
        #expect(result.stderr.contains("\u{2068}`groups`\u{2069}"), "the key is isolated in the Hebrew line")
        #expect(result.stderr.contains("שגיאה אחת"), "the count too: \(result.stderr)")
        #expect(!result.stderr.contains("should be"))
    }

    @Test func langNamesTheLanguageOverTheWorkshops() {
        let result = check([workshop(language: "he").path, "--lang", "ar"])
        #expect(result.stderr.contains("يجب أن يكون"), "\(result.stderr)")
        #expect(result.stderr.contains("error: ") && result.stderr.contains("    hint: "))
        let english = check([workshop(language: "he").path, "--lang", "en"])
        #expect(english.stderr.contains("`groups` should be a whole number"), "\(english.stderr)")
    }

    @Test func withoutAWorkshopLanguageTheEnvironmentDecides() {
        folder.write("e/workshop.yaml", "title: x\norganisation: y\nyears: 2026\n")
        folder.write("e/meetings/01.yaml", "title: מפגש 1\ngroups: ארבע\n")
        let arabic = check([folder.path("e").path], environment: ["LANG": "ar_IL.UTF-8"])
        #expect(arabic.stderr.contains("يجب أن يكون"), "\(arabic.stderr)")
        let hebrew = check([folder.path("e").path], environment: ["LANG": "he_IL.UTF-8"])
        #expect(hebrew.stderr.contains("צריך להיות מספר שלם"), "\(hebrew.stderr)")
        let other = check([folder.path("e").path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(other.stderr.contains("should be a whole number"), "\(other.stderr)")
    }

    @Test func jsonKeepsTheRuleThePlaceAndTheArgumentsInEveryLanguage() throws {
        let path = workshop(language: "he").path
        struct Report: Decodable {
            struct Entry: Decodable {
                var rule: String
                var id: String?
                var file: String?
                var line: Int?
                var column: Int?
                var message: String
                var hint: String?
                var language: String
                var arguments: [String: JSONValue]
            }
            var diagnostics: [Entry]
            var errors: Int
        }
        enum JSONValue: Decodable, Equatable {
            case text(String), number(Int), list([String])
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let n = try? container.decode(Int.self) {
                    self = .number(n)
                } else if let s = try? container.decode(String.self) {
                    self = .text(s)
                } else {
                    self = .list(try container.decode([String].self))
                }
            }
        }
        var found: [Language: Report.Entry] = [:]
        for language in Language.allCases {
            let result = check([path, "--format", "json", "--lang", language.code])
            let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
            let entry = try #require(report.diagnostics.first { $0.rule == "yaml.type" })
            #expect(entry.id == "yaml.type/number" && entry.line == 3 && entry.column == 9)
            #expect(entry.file?.hasSuffix("meetings/01.yaml") == true)
            #expect(entry.arguments["key"] == .text("groups"), "\(entry.arguments)")
            #expect(entry.language == language.code && entry.hint != nil)
            found[language] = entry
        }
        #expect(found[.he]?.message.contains("מספר שלם") == true)
        #expect(found[.ar]?.message.contains("عددًا صحيحًا") == true)
        #expect(found[.en]?.message.contains("whole number") == true)
    }

    /// Finding 9: a value in a language the workshop does not declare is said at the value.
    @Test func aValueInAnUndeclaredLanguageIsAWarningAtIt() {
        let path = workshop(language: "he").path
        folder.write("w/meetings/01.yaml", "title: {he: מפגש 1, ar: اللقاء 1}\ndate: 2026-01-15\n")
        let result = sadnaInProcess(["check", path, "--lang", "ar"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.stderr.contains("meetings/01.yaml:1:21: warning: this value is also written in Arabic (`ar`)"),
            "\(result.stderr)")
        let declared = workshop(language: "he", languages: "languages: [he, ar]\n")
        folder.write("w/meetings/01.yaml", "title: {he: מפגש 1, ar: اللقاء 1}\ndate: 2026-01-15\n")
        let quiet = sadnaInProcess(["check", declared.path, "--lang", "ar"], in: folder.url)
        #expect(!quiet.stderr.contains("warning:"), "\(quiet.stderr)")
    }
}
