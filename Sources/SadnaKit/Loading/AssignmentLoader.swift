import Yams

/// Reads a meeting's `homework:` list: each item a text, or a group that says who must do it,
/// what it makes, how many and by when (an ``Assignment``).
enum AssignmentLoader {
    static let keys = ["text", "title", "assigned", "makes", "count", "due", "done"]

    /// The homework's texts, and the items among them that are followed up.
    static func homework(_ m: MappingReader, reader: NodeReader) -> (texts: [Located<String>], assignments: [Assignment]) {
        guard let node = m.value("homework") else { return ([], []) }
        guard case let .sequence(items) = node else { return (m.texts("homework"), []) }
        var texts: [Located<String>] = [], assignments: [Assignment] = []
        for item in items {
            // A text alone, in one language or several (`{he: …, ar: …}`).
            guard case let .mapping(mapping) = item, !ContentLanguage.isTranslations(mapping) else {
                if let text = reader.text(item, what: "an item of `homework`") { texts.append(text) }
                continue
            }
            guard let a = reader.mapping(item, what: "a homework item", keys: keys),
                let text = a.text("text", required: true, example: "3 פרסונות מכל משתתף.ת")
            else { continue }
            texts.append(text)
            if let assignment = assignment(a, text: text, reader: reader) { assignments.append(assignment) }
        }
        return (texts, assignments)
    }

    /// `makes:`, one of the kinds a programme keeps.
    private static func makes(_ a: MappingReader, reader: NodeReader) -> Located<Assignment.Makes>? {
        guard let text = a.text("makes") else { return nil }
        if let makes = Assignment.Makes(text.value) { return Located(makes, at: text.location) }
        let names = ["personas", "journeys", "service-pages", "task-cards"]
        reader.report(
            .error(
                .valueChoiceMakes,
                [
                    "key": .key("makes"), "value": .quoted(text.value), "guess": Suggestion.didYouMean(text.value, among: names),
                    "choices": .list(names.map(MessageArgument.code)), "deck": .code("decks/DECK"),
                    "worksheet": .code("worksheets/ID"),
                ], at: text.location))

        return nil
    }

    private static func assignment(_ a: MappingReader, text: Located<String>, reader: NodeReader) -> Assignment? {
        guard a.has("assigned") else {
            for key in ["makes", "count", "due", "done"] where a.has(key) {
                reader.report(
                    .error(
                        .homeworkAssigned,
                        [
                            "key": .key(key), "each": .code("assigned: per-participant"),
                            "department": .code("assigned: per-department"), "names": .code("assigned: [NAME, …]"),
                        ],
                        at: a.location(of: key)))
                return nil
            }
            return nil
        }
        let assignees: Located<Assignment.Assignees>
        switch a.value("assigned") {
        case .sequence?:
            let names = a.texts("assigned")
            assignees = Located(.people(names), at: a.location(of: "assigned"))
        default:
            guard let word = a.text("assigned") else { return nil }
            switch word.value {
            case "per-participant": assignees = word.map { _ in .perParticipant }
            case "per-department": assignees = word.map { _ in .perDepartment }
            default:
                // One name alone is a list of one.
                assignees = Located(.people([word]), at: word.location)
            }
        }
        return Assignment(
            text: text, title: a.text("title"), assignees: assignees,
            makes: makes(a, reader: reader),
            count: a.integer("count", range: 1...50, example: "3") ?? Located(1, at: a.location),
            due: a.text("due"), done: a.texts("done"), location: a.location)
    }
}
