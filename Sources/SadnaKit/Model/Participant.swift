/// One person on the programme's team (`participants.yaml`): the name their sticker and table
/// tent show, their department, and the meetings they came to.
public struct Participant: Sendable {
    public var name: Located<String>
    public var department: Located<String>?
    /// What they do ("מזכירת מחלקה"), for the facilitator's own list.
    public var role: Located<String>?
    public var email: Located<String>?
    /// The meetings they came to, as written (`attended: [1, 2, 4]`); nil when attendance is not kept.
    public var attended: [Located<String>]?
    /// Where their entry starts.
    public var location: SourceLocation

    public init(name: Located<String>, department: Located<String>? = nil, role: Located<String>? = nil,
                email: Located<String>? = nil, attended: [Located<String>]? = nil, location: SourceLocation) {
        self.name = name
        self.department = department
        self.role = role
        self.email = email
        self.attended = attended
        self.location = location
    }

    /// How a print request or a homework assignment names the person: their name, as written.
    public var id: String { name.value }
}

extension Workshop {
    public func participant(named name: String) -> Participant? {
        participants.first { $0.name.value == name }
    }

    /// The departments the participants come from, in the order they first appear.
    public var departments: [String] {
        var seen = Set<String>()
        return participants.compactMap { $0.department?.value }.filter { seen.insert($0).inserted }
    }

    /// How many are on the team: the participants listed, else the number the programme gives.
    public var headCount: Int? {
        participants.isEmpty ? teamSize?.value : participants.count
    }
}
