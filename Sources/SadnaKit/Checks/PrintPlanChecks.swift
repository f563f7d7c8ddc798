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
            return problem.diagnostic(at: location)
        }
    }

    /// Copies per group or participant need the counts; no item prints more than ``Limits/copies``.
    public static func copies(_ item: PrintItem, meeting: Meeting, workshop: Workshop) -> [Diagnostic] {
        if let count = meeting.count(item.copies.value, headCount: workshop.headCount) {
            guard count > Limits.copies else { return [] }
            return [
                .error(.printCopiesTooMany, ["count": .number(count), "limit": .number(Limits.copies)], at: item.copies.location)
            ]
        }
        let perGroup = { if case .perGroup = item.copies.value { true } else { false } }()
        return [
            .error(
                perGroup ? .printCopiesPerGroup : .printCopiesPerParticipant,
                ["example": .code(perGroup ? "groups: N" : "participants: N")], at: item.copies.location)
        ]
    }

    /// A pick from the persona pool needs persona cards or pages, the meeting's groups, and
    /// personas to pick; a pool too small for every group is said, with who gets fewer.
    public static func pool(_ item: PrintItem, meeting: Meeting, workshop: Workshop) -> [Diagnostic] {
        guard let pool = item.pool else { return [] }
        guard item.kind.value.items == .personas else {
            return [
                .error(
                    .printPoolNotPersonas,
                    [
                        "kind": .name(item.kind.value.rawValue), "cards": .code("kind: persona-cards"),
                        "page": .code("kind: persona-page"),
                    ],
                    at: pool.location)
            ]
        }
        guard let groups = meeting.groups?.value else {
            return [
                .error(.printPoolNoGroups, ["example": .code("groups: N")], at: pool.location)
            ]
        }
        let personas = pool.personas(in: workshop)
        let wanted = pool.perGroup.value * groups
        if personas.isEmpty {
            return [
                .error(
                    pool.fromParticipants ? .printPoolEmptyAuthors : .printPoolEmpty,
                    [
                        "author": .code("author:"),
                        "tags": pool.tags.isEmpty ? .text("") : .phrase(.phraseAndTags, ["tags": .code("tags:")]),
                    ],
                    at: pool.location)
            ]
        }
        guard personas.count < wanted else { return [] }
        let hands = pool.deal(personas, groups: groups)
        let short: [MessageArgument] = hands.enumerated().filter { $0.element.count < pool.perGroup.value }.map {
            .phrase(.phrasePoolGroupGets, ["group": .number($0.offset + 1), "count": .number($0.element.count)])
        }
        return [
            .warning(
                .printPoolShort,
                [
                    "personas": .number(personas.count), "groups": .number(groups), "each": .number(pool.perGroup.value),
                    "short": .list(short),
                ],
                at: pool.perGroup.location)
        ]
    }

    /// `for:` names an agenda row of this meeting.
    public static func row(_ item: PrintItem, meeting: Meeting) -> [Diagnostic] {
        guard let id = item.forRow, !meeting.agenda.contains(where: { $0.id?.value == id.value }) else { return [] }
        let ids = meeting.agenda.compactMap { $0.id?.value }
        return [
            .error(
                ids.isEmpty ? .printForNoIds : .printFor,
                [
                    "id": .code(id.value), "guess": Suggestion.didYouMean(id.value, among: ids),
                    "ids": .list(ids.map(MessageArgument.value)), "key": .key("id"),
                ],
                at: id.location)
        ]
    }
}
