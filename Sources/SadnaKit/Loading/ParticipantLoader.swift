import Foundation
import Yams

/// Reads `participants.yaml`: a list with one entry per person,
/// `- { name: סמדר כהן, department: מזכירות }`, each with an optional role, email and the
/// meetings they came to.
enum ParticipantLoader {
    static let path = "participants.yaml"
    static let keys = ["name", "department", "role", "email", "attended"]

    static func load(_ root: Node?, reader: NodeReader) -> [Participant] {
        guard let root else { return [] }
        guard case let .sequence(entries) = root else {
            reader.report(
                .error(
                    .yamlTypeParticipants,
                    ["found": NodeReader.describe(root), "example": .code("- { name: סמדר כהן, department: מזכירות }")],
                    at: reader.location(of: root)))
            return []
        }
        return entries.compactMap { person($0, reader: reader) }
    }

    /// One person: `- סמדר כהן`, or `- { name: סמדר כהן, department: מזכירות, … }`.
    static func person(_ entry: Node, reader: NodeReader, keys: [String] = keys) -> Participant? {
        if case .scalar = entry, let name = reader.text(entry, what: "a participant") {
            // A name alone is a person with no department yet.
            return Participant(name: name, location: name.location)
        }
        guard let p = reader.mapping(entry, what: "a participant", keys: keys),
            let name = p.text("name", required: true, example: "סמדר כהן")
        else { return nil }
        let attended = p.has("attended") ? p.texts("attended").flatMap(split) : nil
        return Participant(
            name: name, department: p.text("department"), role: p.text("role"), email: p.text("email"),
            attended: attended, location: p.location)
    }

    /// "1, 2, 4" written as one text is three meetings.
    private static func split(_ text: Located<String>) -> [Located<String>] {
        text.value.split(whereSeparator: { $0 == "," || $0 == "،" || $0 == " " }).map { Located(String($0), at: text.location) }
    }
}
