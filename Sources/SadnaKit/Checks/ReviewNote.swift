/// A finding of the service-page review as a drafter reads it: what to change, in plain words
/// and the page's language (`notes:` in `Templates/plain-language.yaml`), and, where the rule
/// has one, the words to put in place of the found ones, for a one-click fix in the workbench.
/// The terminal keeps the English message and its `file:line:col`; paper and the workbench
/// print this.
public struct ReviewNote: Sendable, Hashable {
    /// The note's key in `notes:` ("phrase", "sentence", …).
    public var key: String
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

    public init(_ key: String, _ values: [String: String] = [:], replacement: Replacement? = nil) {
        self.key = key
        self.values = values
        self.replacement = replacement
    }

    /// Every note the review gives; each language of `notes:` must word them all.
    public static let keys = [
        "missing_what", "missing_for_whom", "missing_how", "missing_contact", "no_action", "phrase", "phrase_advice",
        "third_person", "gender_form", "acronym", "paragraph", "sentence", "list_steps", "list_documents", "phone", "email",
        "url_http", "url_missing", "url_malformed", "last_reviewed", "spelling", "spelling_suggestions",
    ]
}

extension TemplateSet {
    /// A finding's note in `language`, its way named as the page names it ("בתא הדואר").
    public func reviewText(_ note: ReviewNote, in language: Language) -> String {
        var note = note
        if let channel = note.values["channel"] {
            note.values["channel"] = servicePage.labels.words(in: language)("channel_\(channel)")
        }
        return plainLanguage.text(of: note, in: language)
    }
}
