import Yams

/// Reads a meeting's `minutes:`:
///
/// ```yaml
/// minutes:
///   present: [אלונה אילת, אורית להב]
///   absent: [איריס צור]
///   invited: [יוני בן פזי]
///   items:
///     - title: הקמת תשתית נתונים משותפת
///       discussion:
///         - יש לחדד את השפה המשותפת…
///       decisions:
///         - הקידום יהיה הדרגתי          # a decision alone
///         - decision: הקמת צוות עבודה
///           owner: יוני בן פזי           # with its action
///           due: 2020-05-01              # or `due_meeting: 5`
///           done: false
/// ```
enum MinutesLoader {
    static let keys = ["present", "absent", "invited", "items"]
    static let itemKeys = ["title", "discussion", "decisions"]
    static let decisionKeys = ["decision", "owner", "due", "due_meeting", "done"]

    static func load(_ node: Node, reader: NodeReader) -> Minutes? {
        guard let m = reader.mapping(node, what: "the minutes", keys: keys) else { return nil }
        let items = m.list("items").compactMap { node -> Minutes.Item? in
            guard let i = reader.mapping(node, what: "an item of the minutes", keys: itemKeys),
                let title = i.text("title", required: true, example: "עדכונים")
            else { return nil }
            return Minutes.Item(
                title: title, discussion: i.texts("discussion"),
                decisions: i.list("decisions").compactMap { decision($0, reader: reader) })
        }
        return Minutes(
            present: m.has("present") ? m.texts("present") : nil, absent: m.texts("absent"),
            invited: m.texts("invited"), items: items, location: m.location)
    }

    /// A decision: its text alone, or `decision:` with the action's `owner`, `due` or `due_meeting`, `done`.
    private static func decision(_ node: Node, reader: NodeReader) -> Minutes.Decision? {
        if case .scalar = node { return reader.text(node, what: "a decision").map { Minutes.Decision(text: $0) } }
        guard let d = reader.mapping(node, what: "a decision", keys: decisionKeys),
            let text = d.text("decision", required: true, example: "הקמת צוות עבודה")
        else { return nil }
        let due = d.date("due", rule: "minutes.due", otherwise: .meeting)
        let dueMeeting = d.text("due_meeting")
        guard let owner = d.text("owner") else {
            if due != nil || dueMeeting != nil || d.has("done") {
                reader.report(
                    .error(.minutesOwner, ["key": .key("owner")], at: d.location))
            }
            return Minutes.Decision(text: text)
        }
        return Minutes.Decision(
            text: text,
            action: Minutes.Action(
                owner: owner, due: due, dueMeeting: dueMeeting,
                done: d.flag("done")?.value ?? false))
    }
}
