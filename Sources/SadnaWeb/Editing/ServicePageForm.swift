import Foundation
import SadnaKit

/// A service page as its form holds it: each input's text as typed (a list one item a line), the
/// ways to get the service and the call centre's questions in order. The same values are
/// compared with the file's (to save only what changed) and made into a ``ServicePage`` for the
/// review as the drafter types, with each text located in its own input, so that every finding
/// lands beside the input it is about.
struct ServicePageForm: Equatable {
    struct Way: Equatable {
        var channel: String
        var address: String
        /// One step a line.
        var steps: String
    }

    struct Question: Equatable {
        var question: String
        var answer: String
    }

    /// The single inputs, by name, as typed.
    var fields: [String: String] = [:]
    var ways: [Way] = []
    var questions: [Question] = []

    subscript(_ input: String) -> String { fields[input] ?? "" }

    /// The most ways or questions a posted form may hold (bounded work, whatever a form claims).
    static let maxItems = 100

    /// The inputs that hold one text each, and where each lives in the file.
    static let single: [(input: String, path: YAMLPath)] = [
        ("name", ["name"]), ("url", ["url"]), ("department", ["department"]), ("owner", ["owner"]), ("status", ["status"]),
        ("last_reviewed", ["last_reviewed"]), ("what", ["what"]), ("digital_form", ["digital_form"]),
        ("contact-name", ["contact", "name"]), ("contact-phone", ["contact", "phone"]), ("contact-email", ["contact", "email"]),
        ("help-hours", ["other_help", "reception_hours"]), ("help-department", ["other_help", "department"]),
    ]
    /// The inputs that hold a list, one item a line.
    static let lists: [(input: String, path: YAMLPath)] = [
        ("for_whom", ["for_whom"]), ("documents", ["documents"]), ("help-phones", ["other_help", "phones"]),
    ]

    // MARK: From the file and from the form

    static func from(_ value: YAMLValue) -> ServicePageForm {
        var form = ServicePageForm()
        for (input, path) in single { form.fields[input] = value[path]?.formText ?? "" }
        for (input, path) in lists { form.fields[input] = (value[path]?.formLines ?? []).joined(separator: "\n") }
        form.ways = (value["how"]?.items ?? []).map { way in
            Way(
                channel: way["channel"]?.formText ?? "", address: way["address"]?.formText ?? "",
                steps: (way["steps"]?.formLines ?? []).joined(separator: "\n"))
        }
        form.questions = (value["questions"]?.items ?? []).map { item in
            Question(question: item["q"]?.formText ?? "", answer: item["a"]?.formText ?? "")
        }
        return form
    }

    static func from(_ posted: PostedForm) -> ServicePageForm {
        var form = ServicePageForm()
        for (input, _) in single + lists { form.fields[input] = normalised(posted[input]) }
        let ways = min(max(Int(posted["how-count"] ?? "") ?? 0, 0), maxItems)
        form.ways = (0..<ways).map { index in
            Way(
                channel: formText(posted["how-\(index)-channel"]), address: formText(posted["how-\(index)-address"]),
                steps: normalised(posted["how-\(index)-steps"]))
        }
        let questions = min(max(Int(posted["q-count"] ?? "") ?? 0, 0), maxItems)
        form.questions = (0..<questions).map { index in
            Question(question: normalised(posted["q-\(index)-q"]), answer: normalised(posted["q-\(index)-a"]))
        }
        return form
    }

    /// A posted text with the browser's line breaks made plain, kept as typed otherwise (so that
    /// a finding's line and column point into the input as the drafter sees it).
    static func normalised(_ text: String?) -> String {
        (text ?? "").replacingOccurrences(of: "\r\n", with: "\n")
    }

    // MARK: Compared and written

    /// What the file would hold for these values: texts trimmed, lists without empty lines, and
    /// an empty way or question left out.
    var meaning: Meaning {
        Meaning(
            fields: Dictionary(
                uniqueKeysWithValues: Self.single.map {
                    ($0.input, self[$0.input].trimmingCharacters(in: .whitespacesAndNewlines))
                }),
            lists: Dictionary(uniqueKeysWithValues: Self.lists.map { ($0.input, formLines(self[$0.input])) }),
            // The form's empty new way and new question are not part of the page.
            ways: ways.map { Meaning.Way(channel: $0.channel, address: formText($0.address), steps: formLines($0.steps)) }
                .filter { !($0.channel.isEmpty && $0.address.isEmpty && $0.steps.isEmpty) },
            questions: questions.map { Meaning.Question(question: formText($0.question), answer: formText($0.answer)) }
                .filter { !($0.question.isEmpty && $0.answer.isEmpty) })
    }

    struct Meaning: Equatable {
        struct Way: Equatable {
            var channel: String
            var address: String
            var steps: [String]
        }

        struct Question: Equatable {
            var question: String
            var answer: String
        }

        var fields: [String: String]
        var lists: [String: [String]]
        var ways: [Way]
        var questions: [Question]
    }

    // MARK: For the review

    /// The page the review reads, every text located in its input (`file` is the input's name,
    /// lines and columns count within it), and each input's text by name.
    func page(id: String) -> (page: ServicePage, texts: [String: String]) {
        var texts: [String: String] = [:]
        func located(_ input: String, _ text: String) -> Located<String>? {
            texts[input] = text
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return nil }
            return Located(trimmed, at: Self.position(of: trimmed, in: text, input: input))
        }
        func lines(_ input: String, _ text: String) -> [Located<String>] {
            texts[input] = text
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
                let item = line.trimmingCharacters(in: .whitespaces)
                guard !item.isEmpty else { return nil }
                let column = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 1
                return Located(item, at: SourceLocation(file: input, line: index + 1, column: column))
            }
        }
        let whole = SourceLocation(file: "name", line: 1, column: 1)
        let ways = self.ways.enumerated().compactMap { index, way -> ServicePage.Channel? in
            guard let kind = ServicePage.Channel.Kind(rawValue: way.channel) else { return nil }
            let at = SourceLocation(file: "how-\(index)-channel", line: 1, column: 1)
            return ServicePage.Channel(
                kind: Located(kind, at: at), steps: lines("how-\(index)-steps", way.steps),
                address: located("how-\(index)-address", way.address), location: at)
        }
        let questions = self.questions.enumerated().compactMap { index, item -> ServicePage.Question? in
            guard let question = located("q-\(index)-q", item.question) else {
                _ = located("q-\(index)-a", item.answer)
                return nil
            }
            return ServicePage.Question(question: question, answer: located("q-\(index)-a", item.answer))
        }
        let page = ServicePage(
            id: id, location: whole, name: located("name", self["name"]) ?? Located("", at: whole),
            department: located("department", self["department"]), owner: located("owner", self["owner"]),
            status: ServicePage.Status(rawValue: self["status"]).map {
                Located($0, at: SourceLocation(file: "status", line: 1, column: 1))
            },
            lastReviewed: CalendarDate.parse(self["last_reviewed"]).map {
                Located($0, at: SourceLocation(file: "last_reviewed", line: 1, column: 1))
            },
            what: located("what", self["what"]), forWhom: lines("for_whom", self["for_whom"]), how: ways,
            documents: lines("documents", self["documents"]),
            contact: .init(
                name: located("contact-name", self["contact-name"]), phone: located("contact-phone", self["contact-phone"]),
                email: located("contact-email", self["contact-email"])),
            otherHelp: .init(
                receptionHours: located("help-hours", self["help-hours"]), phones: lines("help-phones", self["help-phones"]),
                department: located("help-department", self["help-department"])),
            digitalForm: located("digital_form", self["digital_form"]), questions: questions,
            url: located("url", self["url"]))
        return (page, texts)
    }

    /// Where `trimmed` starts in `text` (after the spaces and lines before it).
    static func position(of trimmed: String, in text: String, input: String) -> SourceLocation {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            guard scalar.properties.isWhitespace else { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: input, line: line, column: column)
    }
}
