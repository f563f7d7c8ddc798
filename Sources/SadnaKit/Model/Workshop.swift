import Foundation

/// A workshop programme: who runs it, why, and its meetings.
public struct Workshop: Sendable {
    /// Where the programme's files are (its folder, or files in memory).
    public var source: any FileSource
    /// The id of every file found in each folder (`personas` → `rochan`, …), whether or not it
    /// could be read: references are checked against what exists, not against what loaded.
    public var fileIDs: [String: [String]] = [:]
    /// The text of the YAML files a finding may point into at the very word inside a value
    /// (workshop.yaml, the service pages, the files that stand alone), by the path diagnostics
    /// name them with.
    public var texts: [String: String] = [:]
    /// Where `workshop.yaml` is, as shown in messages.
    public var location: SourceLocation
    public var title: Located<String>
    public var organisation: Located<String>?
    /// "2019-2020" as written.
    public var years: Located<String>?
    /// The language of the data (`he`), which sets the direction of every text taken from it.
    public var language: Language
    public var story: [Located<String>]
    public var authors: [Located<String>]
    public var council: Council?
    public var goals: [Located<String>]
    public var serviceArenas: [Located<String>]
    public var serviceConcept: ServiceConcept?
    public var team: Team?
    public var meetingFormat: MeetingFormat?
    /// An overview of what the meetings cover, as the programme describes it.
    public var contents: [Located<String>]
    public var outcomes: [Located<String>]
    /// How many are on the team, when the programme says: copies "per participant" count from it
    /// when a meeting gives no number of its own.
    public var teamSize: Located<Int>?
    /// Names of more than one word that a printed line keeps whole ("עמק המעיינות", "תל אביב").
    public var wholeNames: [Located<String>] = []
    /// The programme's logo (`logo:` in workshop.yaml): a PNG or JPEG's path in the workshop's
    /// folder, checked to be there and readable when the workshop loads.
    public var logo: Located<String>?
    /// The programme's projects and their leads (the challenge map).
    public var projects: [Project] = []
    /// Worksheets of the workshop's own (`worksheets/ID.yaml`), beside Sadna's templates.
    public var worksheets: [WorksheetTemplate] = []
    public var meetings: [Meeting]
    /// The field exercise's deck: one card per service to consume as a resident would.
    public var taskCards: [TaskCard] = []
    /// The programme's own decks (`decks/ID/`), besides the field exercise's (``allDecks``).
    public var decks: [Deck] = []
    /// The residents the teams described.
    public var personas: [Persona] = []
    /// The journeys the teams mapped, current and future.
    public var journeys: [Journey] = []
    /// The rest of the programme's own document, for its booklet (`booklet.yaml`).
    public var booklet: Booklet?
    /// The people on the team (`participants.yaml`), in the file's order.
    public var participants: [Participant] = []
    /// Service pages drafted for the website.
    public var services: [ServicePage] = []
    /// The services the departments committed to (`services/backlog.yaml`).
    public var backlog: [BacklogEntry] = []

    public init(
        source: any FileSource, location: SourceLocation, title: Located<String>,
        organisation: Located<String>? = nil, years: Located<String>? = nil, language: Language = .he,
        story: [Located<String>] = [], authors: [Located<String>] = [], council: Council? = nil,
        goals: [Located<String>] = [], serviceArenas: [Located<String>] = [],
        serviceConcept: ServiceConcept? = nil, team: Team? = nil, meetingFormat: MeetingFormat? = nil,
        contents: [Located<String>] = [], outcomes: [Located<String>] = [], teamSize: Located<Int>? = nil,
        meetings: [Meeting] = []
    ) {
        self.source = source
        self.location = location
        self.title = title
        self.organisation = organisation
        self.years = years
        self.language = language
        self.story = story
        self.authors = authors
        self.council = council
        self.goals = goals
        self.serviceArenas = serviceArenas
        self.serviceConcept = serviceConcept
        self.team = team
        self.meetingFormat = meetingFormat
        self.contents = contents
        self.outcomes = outcomes
        self.teamSize = teamSize
        self.meetings = meetings
    }

    public func service(named name: String) -> ServicePage? {
        services.first { $0.id == name }
    }

    public func journey(named name: String) -> Journey? {
        journeys.first { $0.id == name }
    }

    public func persona(named name: String) -> Persona? {
        personas.first { $0.id == name }
    }

    /// Finds a task card by its id.
    public func taskCard(named name: String) -> TaskCard? {
        taskCards.first { $0.id == name }
    }

    /// The task cards, personas, journeys or service pages with these ids, in their order, those
    /// not found left out: indexed once rather than searched per name (a deck of 10,000 cards).
    public func taskCards(named names: [String]) -> [TaskCard] { Self.pick(names, from: taskCards, id: \.id) }
    public func personas(named names: [String]) -> [Persona] { Self.pick(names, from: personas, id: \.id) }
    public func journeys(named names: [String]) -> [Journey] { Self.pick(names, from: journeys, id: \.id) }
    public func services(named names: [String]) -> [ServicePage] { Self.pick(names, from: services, id: \.id) }

    private static func pick<T>(_ names: [String], from all: [T], id: KeyPath<T, String>) -> [T] {
        let byId = Dictionary(all.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
        return names.compactMap { byId[$0] }
    }

    /// Finds a meeting by its id ("03"), by the same number written differently ("3"), or by its number.
    public func meeting(named name: String) -> Meeting? {
        guard let id = PrintRequest.find(name, in: PrintRequest.meetings(in: self)) else { return nil }
        return meetings.first { $0.id == id }
    }
}

/// Facts about the organisation the programme serves.
public struct Council: Sendable {
    public var name: Located<String>?
    public var description: Located<String>?
    public var settlements: Located<Int>?
    /// Residents at the start and end of the period the programme quotes, e.g. 10,000 → 15,000.
    public var residentsBefore: Located<Int>?
    public var residentsAfter: Located<Int>?
    public var period: Located<String>?
    public var growth: Located<String>?

    public init(
        name: Located<String>? = nil, description: Located<String>? = nil,
        settlements: Located<Int>? = nil, residentsBefore: Located<Int>? = nil,
        residentsAfter: Located<Int>? = nil, period: Located<String>? = nil,
        growth: Located<String>? = nil
    ) {
        self.name = name
        self.description = description
        self.settlements = settlements
        self.residentsBefore = residentsBefore
        self.residentsAfter = residentsAfter
        self.period = period
        self.growth = growth
    }
}

/// The service concept every service is measured against ("קל, מותאם, יוזם").
public struct ServiceConcept: Sendable {
    public var name: Located<String>
    public var introduction: Located<String>?
    public var principles: [Principle]

    public struct Principle: Sendable {
        public var name: Located<String>
        public var text: Located<String>

        public init(name: Located<String>, text: Located<String>) {
            self.name = name
            self.text = text
        }
    }

    public init(name: Located<String>, introduction: Located<String>? = nil, principles: [Principle]) {
        self.name = name
        self.introduction = introduction
        self.principles = principles
    }
}

/// Who sits on the team.
public struct Team: Sendable {
    public var description: Located<String>?
    public var departments: [Located<String>]
    public var digital: [Located<String>]
    public var secretaries: Located<String>?

    public init(
        description: Located<String>? = nil, departments: [Located<String>] = [],
        digital: [Located<String>] = [], secretaries: Located<String>? = nil
    ) {
        self.description = description
        self.departments = departments
        self.digital = digital
        self.secretaries = secretaries
    }
}

/// The fixed shape every meeting follows.
public struct MeetingFormat: Sendable {
    public var frequency: Located<String>?
    public var parts: [Located<String>]
    public var description: Located<String>?

    public init(
        frequency: Located<String>? = nil, parts: [Located<String>] = [],
        description: Located<String>? = nil
    ) {
        self.frequency = frequency
        self.parts = parts
        self.description = description
    }
}
