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

    public init(
        name: Located<String>, department: Located<String>? = nil, role: Located<String>? = nil,
        email: Located<String>? = nil, attended: [Located<String>]? = nil, location: SourceLocation
    ) {
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
    /// Someone on participants.yaml, or invited to a meeting by name.
    public func participant(named name: String) -> Participant? {
        participants.first { $0.name.value == name } ?? everyone.first { $0.name.value == name }
    }

    /// Who `meeting` is for: the people it invites (each with what participants.yaml says of
    /// them, where it lists them), else everyone on participants.yaml. Its sign-in sheet, name
    /// stickers, table tents and homework table list them.
    public func invitees(of meeting: Meeting) -> [Participant] {
        guard let invited = meeting.invitees else { return participants }
        return invited.map { person in
            guard let listed = participants.first(where: { $0.name.value == person.name.value }) else { return person }
            var merged = listed
            merged.department = person.department ?? listed.department
            merged.role = person.role ?? listed.role
            return merged
        }
    }

    /// The team and every meeting's invitees not on it, once each, in that order: the people a
    /// print request may name.
    public var everyone: [Participant] {
        var seen = Set(participants.map(\.name.value))
        return participants + meetings.flatMap { $0.invitees ?? [] }.filter { seen.insert($0.name.value).inserted }
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
