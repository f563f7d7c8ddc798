/// Personas a print plan picks from the pool for the groups of a meeting
/// (`items: {per-group: 3, from: participants}`): so many per group, none given to two groups,
/// each group's mixed across the departments that wrote them. Meeting 4's exercise works on the
/// personas the participants wrote, three per group (source line 276).
public struct PersonaPool: Sendable {
    public var perGroup: Located<Int>
    /// Only personas written by someone in participants.yaml (`from: participants`).
    public var fromParticipants: Bool
    /// Only personas with one of these tags (`tag: elderly`).
    public var tags: [Located<String>]
    /// Only personas who use this service (one of their `main_services`).
    public var service: Located<String>?
    public var location: SourceLocation

    public init(
        perGroup: Located<Int>, fromParticipants: Bool = false, tags: [Located<String>] = [],
        service: Located<String>? = nil, location: SourceLocation
    ) {
        self.perGroup = perGroup
        self.fromParticipants = fromParticipants
        self.tags = tags
        self.service = service
        self.location = location
    }

    /// The personas that may be picked, in the order they are dealt: by department, then author,
    /// so that dealing in turn spreads each department's across the groups. Examples never are.
    public func personas(in workshop: Workshop) -> [Persona] {
        let people = Set(workshop.participants.map(\.name.value))
        func department(_ persona: Persona) -> String {
            persona.authorship.department?.value
                ?? persona.authorship.author.flatMap { workshop.participant(named: $0.value) }?.department?.value ?? ""
        }
        return workshop.personas.filter { persona in
            !persona.isExample
                && (!fromParticipants || persona.authorship.author.map { people.contains($0.value) } ?? false)
                && (tags.isEmpty || tags.contains { tag in persona.tags.contains { $0.value == tag.value } })
                && (service.map { wanted in persona[.mainServices]?.value.items.contains(wanted.value) ?? false } ?? true)
        }.enumerated().sorted { a, b in
            (department(a.element), a.element.authorship.author?.value ?? "", a.offset)
                < (department(b.element), b.element.authorship.author?.value ?? "", b.offset)
        }.map(\.element)
    }

    /// Each of `groups` groups' personas: dealt in turn, one to each group, until every group has
    /// its number or the pool runs out (the later groups then have fewer).
    public func deal(_ pool: [Persona], groups: Int) -> [[Persona]] {
        var hands = Array(repeating: [Persona](), count: max(0, groups))
        for (index, persona) in pool.prefix(perGroup.value * groups).enumerated() {
            hands[index % groups].append(persona)
        }
        return hands
    }

    /// The groups' personas in `meeting` (as many groups as it has), or nil when it gives no groups.
    public func hands(for meeting: Meeting, in workshop: Workshop) -> [[Persona]]? {
        meeting.groups.map { deal(personas(in: workshop), groups: $0.value) }
    }
}
