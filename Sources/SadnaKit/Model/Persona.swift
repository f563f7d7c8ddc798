/// A resident the council serves, as a team describes them: who they are, how they deal with the
/// council, and what they need from it (the source's persona form and meeting 2's points).
public struct Persona: Sendable {
    /// The file's name without `.yaml`.
    public var id: String
    public var location: SourceLocation
    public var values: [PersonaField: Located<PersonaValue>]
    /// Written for the toolkit to practise on, not a description of real residents.
    public var isExample: Bool
    /// Who wrote it, for homework and for picking personas from the pool.
    public var authorship = Authorship()
    /// Words to pick personas by in a print plan (`tags: [elderly, new-resident]`).
    public var tags: [Located<String>] = []

    public init(
        id: String, location: SourceLocation, values: [PersonaField: Located<PersonaValue>],
        isExample: Bool = false
    ) {
        self.id = id
        self.location = location
        self.values = values
        self.isExample = isExample
    }

    /// Every persona has a name; loading refuses one without.
    public var name: Located<String> {
        values[.name].map { $0.map { $0.text } } ?? Located("", at: location)
    }

    public var summary: Located<String>? { values[.summary].map { $0.map { $0.text } } }

    public subscript(field: PersonaField) -> Located<PersonaValue>? { values[field] }

    /// Fields as photographed on a filled persona form, each a crop's path in the workshop
    /// (`scans/3/persona-form-1/age.png`), written by `sadna scan` under `scanned:`. A field typed
    /// in ``values`` wins: its crop only shows what was handwritten until someone types it.
    public var scanned: [PersonaField: Located<String>] = [:]

    /// One or two letters for an avatar, as ``Initials`` chooses them ("יוסי מזרחי" → "ימ",
    /// "משפחת ליפשיץ" → "ל").
    public var initials: String { Initials.of(name.value) }
}

/// The fields a persona may have. Which hold numbers or several values is fixed here; how
/// each is named and where it shows is `Templates/persona.yaml`.
public enum PersonaField: String, CaseIterable, Sendable, Hashable {
    case name, summary, photo, quote, age, gender
    case familyStatus = "family_status"
    case children, residence, occupation, education, income, languages
    case digitalLiteracy = "digital_literacy"
    case preferredChannel = "preferred_channel"
    case interests
    case mainServices = "main_services"
    case accessibility, objections, problems, background
    case requiredService = "required_service"

    public enum Kind: Sendable {
        case text, number, list, channel
    }

    public var kind: Kind {
        switch self {
        case .age, .children: .number
        case .languages, .interests, .mainServices, .objections, .problems: .list
        case .preferredChannel: .channel
        default: .text
        }
    }

    /// The range a number field's value must lie in, to catch typos ("age: 450").
    public var range: ClosedRange<Int>? {
        switch self {
        case .age: 0...120
        case .children: 0...30
        default: nil
        }
    }
}

/// A persona field's value.
public enum PersonaValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    case list([String])
    case channel(Channel)

    /// The value as one line of text (list items joined with commas).
    public var text: String {
        switch self {
        case let .text(text): text
        case let .number(number): String(number)
        case let .list(items): items.joined(separator: ", ")
        case let .channel(channel): channel.rawValue
        }
    }

    public var items: [String] {
        if case let .list(items) = self { return items }
        return [text]
    }
}

/// How a resident prefers to deal with the council (meeting 2: "פרונטלי / טלפוני / מקוון").
public enum Channel: String, CaseIterable, Sendable {
    case inPerson = "in-person", phone, online

    /// The words people write for each channel, in Hebrew, Arabic and English.
    static let words: [Channel: [String]] = [
        .inPerson: [
            "in-person", "in person", "face to face", "פרונטלי", "פרונטאלי", "פונטלי" /* the source's own spelling, line 240 */,
            "פנים אל פנים", "במשרד",
            "בקבלת קהל", "وجاهي", "شخصيا",
        ],
        .phone: ["phone", "telephone", "טלפוני", "טלפון", "במוקד", "هاتفي", "هاتف"],
        .online: [
            "online", "digital", "web", "מקוון", "אונליין", "דיגיטלי", "באתר", "באינטרנט", "عبر الإنترنت",
            "رقمي",
        ],
    ]

    public static func parse(_ text: String) -> Channel? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { channel in words[channel]!.contains { $0.lowercased() == wanted } }
    }

    /// The values to suggest when a channel is not recognised.
    public static let hint = "write one of: פרונטלי, טלפוני, מקוון (or in-person, phone, online)"
}

extension PersonaValue {
    /// Splits a list written as one text: by new lines, commas, semicolons or bullets.
    public static func items(from text: String) -> [String] {
        text.split(whereSeparator: { "\n,;•".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
