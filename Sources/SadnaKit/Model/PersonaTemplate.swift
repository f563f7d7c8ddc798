/// How personas are shown and named (`Templates/persona.yaml`): the fields in order, each with
/// its section, its words in each language, the other headings spreadsheets use for it, and the
/// writing lines a blank form gives it.
public struct PersonaTemplate: Sendable {
    public enum Section: String, CaseIterable, Sendable {
        case identity, demographics, behaviour, needs
    }

    public struct Field: Sendable {
        public var field: PersonaField
        public var section: Section
        public var lines: Int
        /// The field's name in each language.
        public var label: Words
        public var aliases: [String]

        public init(field: PersonaField, section: Section, lines: Int, label: Words, aliases: [String]) {
            self.field = field
            self.section = section
            self.lines = lines
            self.label = label
            self.aliases = aliases
        }

        public func label(_ language: Language) -> String {
            let words: Words = label
            return words(language)
        }
    }

    public var fields: [Field]
    public var labels: LabelSet<PersonaLabel>

    public init(fields: [Field], labels: LabelSet<PersonaLabel>) {
        self.fields = fields
        self.labels = labels
    }

    /// The sizes persona cards come in.
    public static let cardSizes: [CardSize] = [.a5, .a6]

    public func fields(in section: Section) -> [Field] {
        fields.filter { $0.section == section }
    }

    /// A channel in the page's words.
    public func channelName(_ channel: Channel, language: Language) -> String {
        let labels = self.labels.words(in: language)
        switch channel {
        case .inPerson: return labels(.inPerson)
        case .phone: return labels(.phone)
        case .online: return labels(.online)
        }
    }
}
