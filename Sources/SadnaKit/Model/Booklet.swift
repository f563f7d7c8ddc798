/// What the programme's booklet prints beside the meetings (`booklet.yaml`): the source
/// document's closing sections, the participants' reflections, the service-writing round, the
/// questionnaire's results and the thanks.
public struct Booklet: Sendable {
    /// A bullet, perhaps with bullets of its own under it.
    public struct Item: Sendable {
        public var text: Located<String>
        public var items: [Located<String>]

        public init(text: Located<String>, items: [Located<String>] = []) {
            self.text = text
            self.items = items
        }
    }

    /// A part of prose: paragraphs, a (perhaps numbered) list, and paragraphs after it.
    public struct Section: Sendable {
        /// Where the booklet prints a section.
        public enum Place: String, CaseIterable, Sendable {
            /// After the opening story and its signatures, before the council's part.
            case afterStory = "after-story"
            /// After the council's strategic goals, before its service arenas (their lead-in).
            case afterGoals = "after-goals"
            /// After the service concept, before the team (the project's description).
            case beforeTeam = "before-team"
            /// After what the meetings covered, before the meetings themselves.
            case afterContents = "after-contents"
            /// After the meetings and the outcomes, before the reflections.
            case closing
        }

        public var id: String
        /// Its heading; nil for prose that continues the part before it.
        public var title: Located<String>?
        public var place: Place
        public var paragraphs: [Located<String>]
        public var items: [Item]
        public var numbered: Bool
        public var after: [Located<String>]

        public init(
            id: String, title: Located<String>?, place: Place = .closing, paragraphs: [Located<String>] = [],
            items: [Item] = [], numbered: Bool = false, after: [Located<String>] = []
        ) {
            self.id = id
            self.title = title
            self.place = place
            self.paragraphs = paragraphs
            self.items = items
            self.numbered = numbered
            self.after = after
        }
    }

    /// One participant's reflection: what they think, feel and will do (Think/Feel/Do).
    public struct Reflection: Sendable {
        public var name: Located<String>
        public var role: Located<String>?
        public var think: [Located<String>]
        public var feel: [Located<String>]
        public var act: [Located<String>]
        public var notes: [Located<String>]
    }

    public struct Question: Sendable {
        public var question: Located<String>
        public var answers: [Located<String>]
    }

    public var sections: [Section] = []
    /// The reflections round's heading, subheading and the question it answered.
    public var reflectionsTitle: Located<String>?
    public var reflectionsSubtitle: Located<String>?
    public var reflectionsPrompt: Located<String>?
    public var reflections: [Reflection] = []
    /// The service-writing round: who wrote which service.
    public var serviceWriting: Section?
    public var questionnaireTitle: Located<String>?
    public var questions: [Question] = []
    public var thanks: Section?

    public init() {}
}
