import Yams

/// Reads `services/ID.yaml` into a ``ServicePage`` and `services/backlog.yaml` into backlog entries.
enum ServicePageLoader {
    static let keys = [
        "name", "url", "department", "owner", "status", "last_reviewed", "what", "for_whom", "how", "documents",
        "contact", "other_help", "digital_form", "questions", "author", "scanned",
    ]

    static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> ServicePage? {
        guard let root else {
            reader.report(
                .error(.fieldRequiredServiceEmpty, ["command": .code("sadna new service-page \(id)")], at: .startOf(reader.file)))
            return nil
        }
        guard let s = reader.mapping(root, what: "a service page", keys: keys) else { return nil }
        let name = s.text("name", required: true, example: "אישור תושב")
        let how = s.list("how").compactMap { channel(from: $0, reader: reader) }
        let contact =
            s.group("contact", what: "`contact`", keys: ["name", "phone", "email"]).map {
                ServicePage.Contact(name: $0.text("name"), phone: $0.text("phone"), email: $0.text("email"))
            } ?? ServicePage.Contact()
        let help =
            s.group("other_help", what: "`other_help`", keys: ["reception_hours", "phones", "department"]).map {
                ServicePage.OtherHelp(
                    receptionHours: $0.text("reception_hours"), phones: $0.texts("phones"),
                    department: $0.text("department"))
            } ?? ServicePage.OtherHelp()
        let questions = s.list("questions").compactMap { node -> ServicePage.Question? in
            guard let q = reader.mapping(node, what: "a question", keys: ["q", "a"]),
                let question = q.text("q", required: true, example: "כמה זמן לוקח לקבל את האישור?")
            else { return nil }
            return .init(question: question, answer: q.text("a"))
        }
        guard let name else { return nil }
        var page = ServicePage(
            id: id, location: s.location, name: name, department: s.text("department"),
            owner: s.text("owner"), status: status(s, reader: reader),
            lastReviewed: date(s.text("last_reviewed"), reader: reader), what: s.text("what"),
            forWhom: s.texts("for_whom"), how: how, documents: s.texts("documents"), contact: contact,
            otherHelp: help, digitalForm: s.text("digital_form"), questions: questions,
            url: s.text("url"))
        page.author = s.text("author")
        if let node = s.value("scanned"),
            let crops = reader.mapping(node, what: "the scanned parts", keys: ServicePage.Part.allCases.map(\.rawValue))
        {
            for part in ServicePage.Part.allCases { if let path = crops.text(part.rawValue) { page.scanned[part] = path } }
        }
        return page
    }

    private static func channel(from node: Node, reader: NodeReader) -> ServicePage.Channel? {
        guard let c = reader.mapping(node, what: "a way to get the service", keys: ["channel", "steps", "address"]),
            let name = c.text("channel", required: true, example: "email")
        else { return nil }
        guard let kind = ServicePage.Channel.Kind(rawValue: name.value) else {
            let all = ServicePage.Channel.Kind.allCases.map(\.rawValue)
            reader.report(
                .error(
                    .serviceChannel,
                    [
                        "key": .key("channel"), "value": .quoted(name.value),
                        "guess": Suggestion.didYouMean(name.value, among: all),
                        "channels": .list(all.map(MessageArgument.code)),
                    ],
                    at: name.location))
            return nil
        }
        return .init(
            kind: Located(kind, at: name.location), steps: c.texts("steps"), address: c.text("address"),
            location: c.location)
    }

    static func status(_ m: MappingReader, reader: NodeReader) -> Located<ServicePage.Status>? {
        guard let text = m.text("status") else { return nil }
        guard let status = ServicePage.Status(rawValue: text.value) else {
            reader.report(
                .error(
                    .serviceStatus,
                    [
                        "key": .key("status"), "value": .quoted(text.value),
                        "statuses": .list([.code("draft"), .code("in-review"), .code("published")]),
                    ],
                    at: text.location))
            return nil
        }
        return Located(status, at: text.location)
    }

    static func date(_ text: Located<String>?, reader: NodeReader) -> Located<CalendarDate>? {
        guard let text else { return nil }
        guard let date = CalendarDate.parse(text.value) else {
            reader.report(.error(.serviceDate, ["value": .quoted(text.value)], at: text.location))
            return nil
        }
        return Located(date, at: text.location)
    }

    /// `services/backlog.yaml`: `services:` a list of entries.
    static func backlog(_ root: Node?, reader: NodeReader) -> [BacklogEntry] {
        guard let root else {
            reader.report(.warning(.backlogEmpty, ["key": .key("services")], at: .startOf(reader.file)))
            return []
        }
        guard let b = reader.mapping(root, what: "the backlog", keys: ["services"]) else { return [] }
        return b.list("services", required: true).compactMap { node -> BacklogEntry? in
            guard
                let e = reader.mapping(
                    node, what: "a backlog entry",
                    keys: ["service", "department", "owner", "impact", "complexity", "status", "page"]),
                let service = e.text("service", required: true, example: "אישור תושב")
            else { return nil }
            return BacklogEntry(
                service: service, department: e.text("department"), owner: e.text("owner"),
                impact: e.integer("impact", range: 0...10_000_000, example: "3000"),
                complexity: e.integer("complexity", range: 1...3, example: "1"),
                status: status(e, reader: reader), page: e.text("page"), location: e.location)
        }
    }
}
