/// A meeting's `print:` plan, checked as `sadna kit` would lay it out: every item the catalog
/// would refuse (unknown ids, a paper or card size the kind does not take), copies counted per
/// group in a meeting that gives no groups, and rows that do not exist — each at its line.
public enum PrintPlanChecks {
    public static func check(_ workshop: Workshop, templates: TemplateSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for meeting in workshop.meetings {
            for item in meeting.print {
                found += problems(item, meeting: meeting, workshop: workshop, templates: templates)
                found += copies(item, meeting: meeting, workshop: workshop)
                found += row(item, meeting: meeting)
                found += pool(item, meeting: meeting, workshop: workshop)
            }
        }
        return found
    }

    /// The catalog's own objections, each at the part of the item it concerns.
    public static func problems(_ item: PrintItem, meeting: Meeting, workshop: Workshop, templates: TemplateSet) -> [Diagnostic] {
        item.request(for: meeting, in: workshop, language: workshop.language).problems(in: workshop, templates: templates).map {
            problem in
            let location: SourceLocation =
                switch problem.part {
                case let .item(index): index < item.items.count ? item.items[index].location : item.location
                case .items: item.kind.location
                case .paper: item.paper?.location ?? item.location
                case let .option(option, index): item.location(of: option, index) ?? item.location
                }
            return .error(problem.message, at: location, hint: problem.hint, rule: problem.rule)
        }
    }

    /// Copies per group or participant need the counts; no item prints more than ``Limits/copies``.
    public static func copies(_ item: PrintItem, meeting: Meeting, workshop: Workshop) -> [Diagnostic] {
        if let count = meeting.count(item.copies.value, headCount: workshop.headCount) {
            guard count > Limits.copies else { return [] }
            return [
                .error(
                    "these are \(count) copies, more than the \(Limits.copies) Sadna prints of one item",
                    at: item.copies.location, hint: "check the number; for a very large run, print the file several times",
                    rule: "print.copies")
            ]
        }
        let what = { if case .perGroup = item.copies.value { "groups" } else { "participants" } }()
        return [
            .error(
                "copies are counted per \(what.dropLast()), but the meeting does not say how many \(what) it has",
                at: item.copies.location, hint: "add `\(what): N` to the meeting, or give the copies as a number",
                rule: "print.copies")
        ]
    }

    /// A pick from the persona pool needs persona cards or pages, the meeting's groups, and
    /// personas to pick; a pool too small for every group is said, with who gets fewer.
    public static func pool(_ item: PrintItem, meeting: Meeting, workshop: Workshop) -> [Diagnostic] {
        guard let pool = item.pool else { return [] }
        guard item.kind.value.items == .personas else {
            return [
                .error(
                    "\(item.kind.value.rawValue) does not print personas, so it cannot pick from the persona pool",
                    at: pool.location, hint: "use `kind: persona-cards` or `kind: persona-page`, or name the items",
                    rule: "print.pool")
            ]
        }
        guard let groups = meeting.groups?.value else {
            return [
                .error(
                    "personas are picked per group, but the meeting does not say how many groups it has", at: pool.location,
                    hint: "add `groups: N` to the meeting", rule: "print.pool")
            ]
        }
        let personas = pool.personas(in: workshop)
        let wanted = pool.perGroup.value * groups
        if personas.isEmpty {
            let which =
                pool.fromParticipants
                ? "written by the participants (`author:` in a persona, a name from participants.yaml)" : "that match"
            return [
                .error(
                    "the persona pool has no personas \(which)", at: pool.location,
                    hint: "give the personas their `author:`" + (pool.tags.isEmpty ? "" : " and `tags:`") + ", or widen the pick",
                    rule: "print.pool")
            ]
        }
        guard personas.count < wanted else { return [] }
        let hands = pool.deal(personas, groups: groups)
        let short = hands.enumerated().filter { $0.element.count < pool.perGroup.value }.map {
            "group \($0.offset + 1) gets \($0.element.count)"
        }
        return [
            .warning(
                "the pool has \(personas.count) personas for \(groups) groups of \(pool.perGroup.value): \(short.joined(separator: ", "))",
                at: pool.perGroup.location,
                hint: "add personas to the pool, or pick fewer per group; no persona goes to two groups",
                rule: "print.pool")
        ]
    }

    /// `for:` names an agenda row of this meeting.
    public static func row(_ item: PrintItem, meeting: Meeting) -> [Diagnostic] {
        guard let id = item.forRow, !meeting.agenda.contains(where: { $0.id?.value == id.value }) else { return [] }
        let ids = meeting.agenda.compactMap { $0.id?.value }
        let guess = Suggestion.closest(to: id.value, among: ids).map { "did you mean `\($0)`? " } ?? ""
        return [
            .error(
                "no agenda row of this meeting has the id `\(id.value)`", at: id.location,
                hint: guess + (ids.isEmpty ? "give the row an `id:`" : "the rows' ids: " + ids.joined(separator: ", ")),
                rule: "print.for")
        ]
    }
}
