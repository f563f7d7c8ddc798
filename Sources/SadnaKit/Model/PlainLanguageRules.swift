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
    public var notes: LabelSet<ReviewNote.Key>?

    public init(
        maxSentenceWords: Int = 20, maxParagraphWords: Int = 60, phrases: [Phrase] = [],
        thirdPerson: [String] = [], knownAcronyms: [String] = [], notes: LabelSet<ReviewNote.Key>? = nil
    ) {
        self.maxSentenceWords = maxSentenceWords
        self.maxParagraphWords = maxParagraphWords
        self.phrases = phrases
        self.thirdPerson = thirdPerson
        self.knownAcronyms = knownAcronyms
        self.notes = notes
    }

    /// A finding's note as a drafter reads it in `language`.
    public func text(of note: ReviewNote, in language: Language) -> String {
        guard let notes else { return note.key.rawValue }
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
    public var labels: LabelSet<ServicePageLabel>

    public init(sketch: [SketchField], labels: LabelSet<ServicePageLabel>) {
        self.sketch = sketch
        self.labels = labels
    }

}
