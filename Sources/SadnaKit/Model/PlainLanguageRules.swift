/// The words the service-page lint looks for (`Templates/plain-language.yaml`).
public struct PlainLanguageRules: Sendable {
    public struct Phrase: Sendable {
        public var phrase: String
        /// The plain words to write instead (`use:`), or advice when no word replaces it (`advice:`).
        public var use: String
        /// Whether `use` is words to put in the phrase's place (a one-click fix), not advice.
        public var replaces: Bool

        public init(phrase: String, use: String, replaces: Bool = true) {
            self.phrase = phrase
            self.use = use
            self.replaces = replaces
        }
    }

    public var maxSentenceWords: Int
    public var maxParagraphWords: Int
    public var phrases: [Phrase]
    public var thirdPerson: [String]
    public var knownAcronyms: [String]
    /// The review's notes in each language (``ReviewNote/keys``).
    public var notes: LabelSet?

    public init(maxSentenceWords: Int = 20, maxParagraphWords: Int = 60, phrases: [Phrase] = [],
                thirdPerson: [String] = [], knownAcronyms: [String] = [], notes: LabelSet? = nil) {
        self.maxSentenceWords = maxSentenceWords
        self.maxParagraphWords = maxParagraphWords
        self.phrases = phrases
        self.thirdPerson = thirdPerson
        self.knownAcronyms = knownAcronyms
        self.notes = notes
    }

    /// A finding's note as a drafter reads it in `language`.
    public func text(of note: ReviewNote, in language: Language) -> String {
        guard let notes else { return note.key }
        return notes.words(in: language)(note.key, note.values)
    }
}

/// How a service page is titled and sketched (`Templates/service-page.yaml`).
public struct ServicePageTemplate: Sendable {
    public struct SketchField: Sendable {
        public var label: Words
        public var lines: Int

        public init(label: Words, lines: Int) {
            self.label = label
            self.lines = lines
        }

        public func label(_ language: Language) -> String {
            let words: Words = label
            return words(language)
        }
    }

    public var sketch: [SketchField]
    public var labels: LabelSet

    public init(sketch: [SketchField], labels: LabelSet) {
        self.sketch = sketch
        self.labels = labels
    }

    public static let labelKeys = [
        "what", "for_whom", "how", "documents", "digital_form", "contact", "other_help", "questions", "department", "owner",
        "status", "last_reviewed", "contact_name", "phone", "email", "reception_hours", "open_form", "channel_online-form",
        "channel_email", "channel_mailbox", "channel_whatsapp", "channel_in-person", "channel_phone", "review", "sketch_title",
        "status_draft", "status_in-review", "status_published", "prioritisation", "impact", "complexity", "simple", "medium",
        "hard", "start_here", "unrated", "service", "notes", "homework_title", "homework_instructions",
    ]
}
