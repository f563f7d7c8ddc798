/// A customer journey: the stages a resident goes through to get a service, and for each stage
/// what they do, feel, suffer and need (meetings 3 and 4; the source's journey template).
public struct Journey: Sendable {
    public enum Variant: String, Sendable {
        /// The journey as it is today, mapped in the field.
        case current
        /// The journey as it should be, built with the managers.
        case future
    }

    /// The file's name without `.yaml`.
    public var id: String
    public var location: SourceLocation
    /// The service the journey is about ("הוצאת אישור תושב").
    public var title: Located<String>
    /// The persona who travels it (`personas/ID.yaml`).
    public var persona: Located<String>?
    public var variant: Located<Variant>
    /// For a future journey: the current journey it improves.
    public var improves: Located<String>?
    /// Who mapped it.
    public var group: [Located<String>]
    public var date: Located<CalendarDate>?
    /// The lanes to show: lane ids, or one lane set's name, from `Templates/journey.yaml`.
    public var lanes: [Located<String>]
    public var stages: [JourneyStage]
    /// Written for the toolkit to practise on, not the council's own map.
    public var isExample: Bool
    /// Who mapped it, for homework and pools.
    public var authorship = Authorship()
    /// The canvas's heading fields as photographed (`service`, `persona`, `group`, `date`), each a
    /// crop's path in the workshop, written by `sadna scan` under `scanned:`. Typed text wins.
    public var scanned: [String: Located<String>] = [:]

    public init(
        id: String, location: SourceLocation, title: Located<String>, persona: Located<String>? = nil,
        variant: Located<Variant>, improves: Located<String>? = nil, group: [Located<String>] = [],
        date: Located<CalendarDate>? = nil, lanes: [Located<String>] = [], stages: [JourneyStage],
        isExample: Bool = false
    ) {
        self.id = id
        self.location = location
        self.title = title
        self.persona = persona
        self.variant = variant
        self.improves = improves
        self.group = group
        self.date = date
        self.lanes = lanes
        self.stages = stages
        self.isExample = isExample
    }
}

/// One stage of a journey, with what each lane says of it.
public struct JourneyStage: Sendable {
    public var title: Located<String>
    public var location: SourceLocation
    public var notes: [JourneyField: [JourneyNote]]
    public var emotion: Emotion?
    /// The stage's cells as photographed on a filled canvas: `title` and each lane's id (the
    /// template's lane, `actions`, `emotion`, …) to a crop's path in the workshop. A cell shows
    /// its crop only while nothing is typed in it.
    public var scanned: [String: Located<String>] = [:]

    public init(
        title: Located<String>, location: SourceLocation, notes: [JourneyField: [JourneyNote]] = [:],
        emotion: Emotion? = nil
    ) {
        self.title = title
        self.location = location
        self.notes = notes
        self.emotion = emotion
    }

    public func notes(_ field: JourneyField) -> [JourneyNote] { notes[field] ?? [] }
}

/// What a stage may say, lane by lane.
public enum JourneyField: String, CaseIterable, Sendable, Hashable {
    case actions, pains, needs, stakeholders, channels, insights, recommendations
}

/// One sticky note: a text, and whether it was seen, assumed or proposed.
public struct JourneyNote: Sendable {
    public enum Evidence: String, CaseIterable, Sendable {
        case observed, assumed, proposed

        /// Accepts the English words and the Hebrew ones a team would write.
        public static func parse(_ text: String) -> Evidence? {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "observed", "נצפה", "ראינו", "נצפה בשטח": .observed
            case "assumed", "הנחה", "משער", "השערה": .assumed
            case "proposed", "הצעה", "מוצע": .proposed
            default: nil
            }
        }
    }

    public var text: Located<String>
    public var evidence: Located<Evidence>?

    public init(text: Located<String>, evidence: Located<Evidence>? = nil) {
        self.text = text
        self.evidence = evidence
    }
}

/// How the resident feels at a stage: a score from −2 (very bad) to +2 (very good) and a word.
public struct Emotion: Sendable {
    public var score: Located<Int>
    public var word: Located<String>?

    public init(score: Located<Int>, word: Located<String>? = nil) {
        self.score = score
        self.word = word
    }

    public static let range = -2...2
}
