import Foundation
import Yams

/// Reads `task-cards/ID.yaml` into a ``TaskCard``.
enum TaskCardLoader {
    static let keys = ["headline", "story", "mission", "service", "department", "owner", "journey", "order", "example", "author"]

    static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> TaskCard? {
        guard let root else {
            reader.report(
                .error(.fieldRequiredTaskCardEmpty, ["command": .code("sadna new task-card \(id)")], at: .startOf(reader.file)))
            return nil
        }
        guard let card = reader.mapping(root, what: "a task card", keys: keys) else { return nil }
        let story = card.text("story", required: true, example: "בשעה טובה הגעתם לגיל הפנסיה…")
        let mission = card.text("mission", required: true, example: "קבלת הנחה בארנונה.")
        let example = card.flag("example")?.value ?? false
        guard let story, let mission else { return nil }
        // "_" or "{}" is not a card: a blank one would print in the deck.
        for text in [card.text("headline"), story, mission].compactMap({ $0 })
        where !text.value.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
            reader.report(
                .error(
                    .taskCardPlaceholder, ["text": .quoted(text.value), "example": .code("mission: קבלת הנחה בארנונה.")],
                    at: text.location))

        }
        var task = TaskCard(
            id: id, location: card.location, headline: card.text("headline"), story: story,
            mission: mission, service: card.text("service"), department: card.text("department"),
            owner: card.text("owner"), journey: card.text("journey"))
        task.isExample = example
        task.author = card.text("author")
        let texts: [(String, Located<String>?)] = [
            ("headline", task.headline), ("story", story), ("mission", mission), ("service", task.service),
            ("department", task.department), ("owner", task.owner), ("journey", task.journey),
        ]
        task.fields = Dictionary(uniqueKeysWithValues: texts.compactMap { key, value in value.map { (key, $0) } })
        task.order = card.integer("order", range: 1...10_000, example: "3")
        return task
    }
}
