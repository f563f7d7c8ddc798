import Yams

/// Reads `booklet.yaml`: the parts of a programme's own document that are not a meeting, a
/// persona, a journey or a page (see ``Booklet``).
enum BookletLoader {
    static let path = "booklet.yaml"

    static func load(_ root: Node?, reader: NodeReader) -> Booklet? {
        guard let root,
            let b = reader.mapping(
                root, what: "the booklet",
                keys: ["sections", "reflections", "service_writing", "questionnaire", "thanks"])
        else {
            return nil
        }
        var booklet = Booklet()
        booklet.sections = b.list("sections").compactMap { section($0, reader: reader) }
        if let r = b.group("reflections", what: "`reflections`", keys: ["title", "subtitle", "prompt", "people"]) {
            booklet.reflectionsTitle = r.text("title", required: true, example: "סיכום לפני פגרה")
            booklet.reflectionsSubtitle = r.text("subtitle")
            booklet.reflectionsPrompt = r.text("prompt")
            booklet.reflections = r.list("people").compactMap { node in
                guard let p = reader.mapping(node, what: "a reflection", keys: ["name", "role", "think", "feel", "do", "notes"]),
                    let name = p.text("name", required: true, example: "שרית")
                else { return nil }
                return Booklet.Reflection(
                    name: name, role: p.text("role"), think: p.texts("think"), feel: p.texts("feel"),
                    act: p.texts("do"), notes: p.texts("notes"))
            }
        }
        if let node = b.value("service_writing") { booklet.serviceWriting = section(node, id: "service-writing", reader: reader) }
        if let q = b.group("questionnaire", what: "`questionnaire`", keys: ["title", "questions"]) {
            booklet.questionnaireTitle = q.text("title", required: true, example: "תוצאות השאלון")
            booklet.questions = q.list("questions").compactMap { node in
                guard let a = reader.mapping(node, what: "a question", keys: ["question", "answers"]),
                    let question = a.text("question", required: true)
                else { return nil }
                return Booklet.Question(question: question, answers: a.texts("answers"))
            }
        }
        if let node = b.value("thanks") { booklet.thanks = section(node, id: "thanks", reader: reader) }
        return booklet
    }

    /// A titled section; `id` when the file's key names it (`thanks`).
    private static func section(_ node: Node, id fixed: String? = nil, reader: NodeReader) -> Booklet.Section? {
        guard
            let s = reader.mapping(
                node, what: "a booklet section",
                keys: ["id", "title", "place", "paragraphs", "intro", "items", "numbered", "after"])
        else {
            return nil
        }
        let title = s.text("title")
        guard let id = fixed ?? s.text("id")?.value ?? title?.value else {
            reader.report(
                .error(
                    .fieldRequiredBookletSection, ["title": .key("title"), "id": .key("id"), "example": .code("title: …")],
                    at: s.location))
            return nil
        }
        let items = s.list("items").compactMap { node -> Booklet.Item? in
            if case .mapping = node {
                guard let i = reader.mapping(node, what: "a list item", keys: ["text", "items"]),
                    let text = i.text("text", required: true)
                else { return nil }
                return Booklet.Item(text: text, items: i.texts("items"))
            }
            return reader.text(node, what: "a list item").map { Booklet.Item(text: $0) }
        }
        return Booklet.Section(
            id: id, title: title, place: s.choice("place", what: "a place in the booklet")?.value ?? .closing,
            paragraphs: s.texts("paragraphs") + s.texts("intro"), items: items,
            numbered: s.flag("numbered")?.value ?? false, after: s.texts("after"))
    }
}
