/// A finding of the service-page review as a drafter reads it: what to change, in plain words
/// and the page's language (`notes:` in `Templates/plain-language.yaml`), and, where the rule
/// has one, the words to put in place of the found ones, for a one-click fix in the workbench.
/// The terminal keeps the English message and its `file:line:col`; paper and the workbench
/// print this.
public struct ReviewNote: Sendable, Hashable {
    /// The note's key in `notes:` ("phrase", "sentence", …).
    public var key: Key
    /// What fills its placeholders (`{phrase}`, `{count}`).
    public var values: [String: String]
    public var replacement: Replacement?

    /// `found`, where the finding points, becomes `with`.
    public struct Replacement: Sendable, Hashable {
        public var found: String
        public var with: String

        public init(found: String, with: String) {
            self.found = found
            self.with = with
        }
    }

    public init(_ key: Key, _ values: [String: String] = [:], replacement: Replacement? = nil) {
        self.key = key
        self.values = values
        self.replacement = replacement
    }

    /// Every note the review gives; each language of `notes:` must word them all.
    public enum Key: String, LabelKey {
        case missingWhat = "missing_what"
        case missingForWhom = "missing_for_whom"
        case missingHow = "missing_how"
        case missingContact = "missing_contact"
        case noAction = "no_action"
        case phrase
        case phraseAdvice = "phrase_advice"
        case thirdPerson = "third_person"
        case genderForm = "gender_form"
        case acronym
        case paragraph
        case sentence
        case listSteps = "list_steps"
        case listDocuments = "list_documents"
        case phone
        case email
        case urlHttp = "url_http"
        case urlMissing = "url_missing"
        case urlMalformed = "url_malformed"
        case lastReviewed = "last_reviewed"
        case spelling
        case spellingSuggestions = "spelling_suggestions"

        public static var printables: [PrintableKind] { [] }
    }
}

extension TemplateSet {
    /// A finding's note in `language`, its way named as the page names it ("בתא הדואר").
    public func reviewText(_ note: ReviewNote, in language: Language) -> String {
        var note = note
        if let channel = note.values["channel"].flatMap(ServicePage.Channel.Kind.init(rawValue:)) {
            note.values["channel"] = servicePage.labels.words(in: language)(.channel(channel))
        }
        return plainLanguage.text(of: note, in: language)
    }
}
