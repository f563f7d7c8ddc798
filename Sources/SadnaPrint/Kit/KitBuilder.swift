import Foundation
import SadnaKit

/// Makes a meeting's kit from what its plan says to print (`print:`): lays each item out, counts
/// its copies from the meeting's groups and participants, and puts the facilitator's agenda first,
/// then everything in the plan's order, one file per paper size, with a cover and the print list
/// opening the first file.
public final class KitBuilder {
    public let workshop: Workshop
    public let templates: KitTemplates
    public let language: String
    public let typesetter: Typesetter
    /// Problems found while putting the kits together (a count the plan does not give, an id that
    /// names nothing), at their line in the meeting's file.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(workshop: Workshop, templates: KitTemplates, language: String, typesetter: Typesetter) {
        self.workshop = workshop
        self.templates = templates
        self.language = language
        self.typesetter = typesetter
    }

    var labels: Labels { templates.kit.words(in: language) }

    public func kit(for meeting: Meeting) -> MeetingKit {
        // The facilitator's run-sheet comes first, whether the plan lists it or not.
        let agendas = meeting.print.filter { $0.kind.value == .agenda }
        var parts = agendas.isEmpty ? [agenda(meeting, copies: 1)] : []
        for item in agendas + meeting.print.filter({ $0.kind.value != .agenda }) {
            guard let copies = count(item, meeting) else { continue }
            parts += self.parts(for: item, copies: copies, meeting: meeting)
        }
        // One file per paper size, in the order their first part comes.
        var files: [MeetingKit.File] = []
        for part in parts {
            if let index = files.firstIndex(where: { $0.paper == part.fileKey }) {
                files[index].parts.append(part)
            } else {
                files.append(MeetingKit.File(name: "meeting-\(meeting.id)-\(part.fileKey).pdf", paper: part.fileKey, opening: [],
                                             parts: [part]))
            }
        }
        var kit = MeetingKit(meeting: meeting, files: files)
        if !kit.files.isEmpty {
            // The print list counts the opening's own pages, which are known only once it is laid
            // out: lay it out, and again if it took more pages than the list said.
            kit.files[0].openingCount = 1
            var opening = KitCover(builder: self).pages(for: kit)
            if opening.count != kit.files[0].openingCount {
                kit.files[0].openingCount = opening.count
                opening = KitCover(builder: self).pages(for: kit)
            }
            kit.files[0].opening = opening
        }
        return kit
    }

    private func count(_ item: PrintItem, _ meeting: Meeting) -> Int? {
        if let count = meeting.count(item.copies.value, teamSize: workshop.teamSize?.value) { return count }
        let what = { if case .perGroup = item.copies.value { "groups" } else { "participants" } }()
        diagnostics.append(.error("copies are counted per \(what.dropLast()), but the meeting does not say how many \(what) it has",
                                  at: item.copies.location,
                                  hint: "add `\(what): N` to the meeting, or give the copies as a number",
                                  rule: "print.copies"))
        return nil
    }

    /// "09:45 יציאה לשטח – למידה בזוגות" for the row an item serves, followed by the plan's note.
    private func purpose(_ item: PrintItem, _ meeting: Meeting) -> String? {
        let parts = [row(item, meeting), item.note?.value].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private func row(_ item: PrintItem, _ meeting: Meeting) -> String? {
        guard let id = item.forRow else { return nil }
        guard let row = meeting.agenda.first(where: { $0.id?.value == id.value }) else {
            let ids = meeting.agenda.compactMap { $0.id?.value }
            let guess = Suggestion.closest(to: id.value, among: ids).map { "did you mean `\($0)`? " } ?? ""
            diagnostics.append(.error("no agenda row of this meeting has the id `\(id.value)`", at: id.location,
                                      hint: guess + (ids.isEmpty ? "give the row an `id:`" : "the rows' ids: " + ids.joined(separator: ", ")),
                                      rule: "print.for"))
            return nil
        }
        return [row.start?.value.description, row.content.value].compactMap { $0 }.joined(separator: " ")
    }

    private func agenda(_ meeting: Meeting, copies: Int, paper: Paper? = nil) -> MeetingKit.Part {
        let document = AgendaLayout(workshop: workshop, meeting: meeting, template: agendaTemplate(paper), language: language)
            .document(typesetter: typesetter)
        return part(labels("agenda"), document.pages, copies: copies, purpose: nil)
    }

    private func agendaTemplate(_ paper: Paper?) -> AgendaTemplate {
        var template = templates.agenda
        if let paper { template.paper = paper.description }
        return template
    }

    /// Persona cards are A5 unless the plan asks for A6.
    private static let a5Card = CardSize(name: "A5", size: Paper.Format.a5.portrait)

    /// The card size the plan asks for, among the sizes that kind of card comes in.
    private func card(_ item: PrintItem, among sizes: [CardSize]) -> CardSize? {
        guard let asked = item.card else { return nil }
        if let size = sizes.first(where: { $0.name.lowercased() == asked.value.lowercased() }) { return size }
        let names = sizes.map(\.name)
        let guess = Suggestion.closest(to: asked.value, among: names).map { "did you mean `\($0)`? " } ?? ""
        diagnostics.append(.error("\(item.kind.value.rawValue) do not come in the card size \"\(asked.value)\"", at: asked.location,
                                  hint: guess + "the sizes: " + names.joined(separator: ", "), rule: "print.card"))
        return nil
    }

    /// The paper the plan asks for, when the kind is printed on a paper of the user's choice:
    /// agendas on A4 or A3, worksheets on any, cards imposed on an A4 or A3 sheet.
    private func paper(_ item: PrintItem) -> Paper? {
        guard let asked = item.paper else { return nil }
        let allowed: [Paper.Format] = switch item.kind.value {
        case .agenda, .handout, .taskCards, .personaCards: [.a4, .a3]
        case .worksheet: Paper.Format.allCases
        case .personaForm, .journey, .journeyCanvas, .servicePage, .serviceSketch, .prioritisation: []
        }
        let kind = labels(item.kind.value.rawValue)
        guard !allowed.isEmpty else {
            diagnostics.append(.error("`paper` does not apply to \(item.kind.value.rawValue) (\(kind)): its layout fixes its paper",
                                      at: asked.location, hint: "leave out `paper`", rule: "print.paper"))
            return nil
        }
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        guard let paper = Paper(asked.value), allowed.contains(paper.format) else {
            diagnostics.append(.error("\(item.kind.value.rawValue) cannot be printed on \"\(asked.value)\"", at: asked.location,
                                      hint: "write one of \(names), optionally followed by `landscape`", rule: "print.paper"))
            return nil
        }
        return paper
    }

    private func part(_ title: String, _ pages: [Page], copies: Int, purpose: String?, duplex: DuplexFlip? = nil,
                      cut: Bool = false) -> MeetingKit.Part {
        MeetingKit.Part(title: title, purpose: purpose, pages: pages, copies: copies, duplex: duplex, cut: cut,
                        paper: pages.first.flatMap { Paper(matching: $0.size)?.description } ?? "A4")
    }

    /// The ids an item names, each checked against what exists.
    private func pick<T>(_ item: PrintItem, from all: [T], id: (T) -> String, what: String,
                                  find: (String) -> T?) -> [T] {
        if all.isEmpty {
            diagnostics.append(.error("the workshop has no \(what)s to print", at: item.kind.location,
                                      hint: "write them first (`sadna new \(what.replacingOccurrences(of: " ", with: "-")) ID`), or leave this item out",
                                      rule: "print.items"))
            return []
        }
        if item.items.isEmpty { return all }
        return item.items.compactMap { name in
            if let found = find(name.value) { return found }
            let guess = Suggestion.closest(to: name.value, among: all.map(id)).map { "did you mean `\($0)`? " } ?? ""
            diagnostics.append(.error("there is no \(what) `\(name.value)` to print", at: name.location,
                                      hint: guess + "the \(what)s: " + all.map(id).joined(separator: ", "), rule: "print.items"))
            return nil
        }
    }

    private func parts(for item: PrintItem, copies: Int, meeting: Meeting) -> [MeetingKit.Part] {
        let purpose = purpose(item, meeting)
        let typesetter = self.typesetter
        let kindTitle = labels(item.kind.value.rawValue)
        let paper = paper(item), direction = TextLanguage(language).direction
        switch item.kind.value {
        case .agenda:
            return [agenda(meeting, copies: copies, paper: paper)]
        case .handout:
            let layout = AgendaLayout(workshop: workshop, meeting: meeting, template: agendaTemplate(paper),
                                      language: language)
            return [part(kindTitle, AgendaHandoutLayout(layout).document(typesetter: typesetter).pages, copies: copies,
                         purpose: purpose)]
        case .taskCards:
            let cards = pick(item, from: workshop.taskCards, id: \.id, what: "task card") { name in
                workshop.taskCard(named: name) ?? (Int(name) != nil ? workshop.taskCards.first { $0.id.hasPrefix("\(name)-") } : nil)
            }
            let size = card(item, among: CardSize.all) ?? CardSize(templates.taskCards.card) ?? .a6
            guard !cards.isEmpty else { return [] }
            let flip = DuplexFlip(rawValue: item.backs?.value ?? templates.taskCards.backs)
            guard let sheet = CardSheet(card: size.size, sheet: paper?.format ?? .a4, direction: direction) else { return [] }
            let layout = TaskCardLayout(workshop: workshop, cards: cards, template: templates.taskCards, language: language, card: size)
            let backs = layout.backParts(typesetter: typesetter)
            let deck = CardDeck(sheet: sheet, count: cards.count, flip: flip, front: { layout.front($0, typesetter: typesetter) },
                                back: { layout.back($0, parts: backs, typesetter: typesetter) })
            return [part("\(kindTitle) (\(cards.count))", Array(deck.pages), copies: copies, purpose: purpose, duplex: flip, cut: true)]
        case .personaCards:
            let personas = pick(item, from: workshop.personas, id: \.id, what: "persona", find: workshop.persona(named:))
            let size = card(item, among: [Self.a5Card, .a6]) ?? Self.a5Card
            guard !personas.isEmpty else { return [] }
            guard let sheet = CardSheet(card: size.size, sheet: paper?.format ?? .a4, direction: direction) else { return [] }
            let layout = PersonaLayout(workshop: workshop, personas: personas, template: templates.persona, language: language,
                                       size: size.size)
            let deck = CardDeck(sheet: sheet, count: personas.count, flip: nil, front: { layout.page($0, typesetter: typesetter) },
                                back: { _ in Page(size: size.size) })
            return [part("\(kindTitle) (\(personas.count))", Array(deck.pages), copies: copies, purpose: purpose, cut: true)]
        case .personaForm:
            return [part(kindTitle, PersonaFormLayout(workshop: workshop, template: templates.persona, language: language)
                .document(typesetter: typesetter).pages, copies: copies, purpose: purpose)]
        case .journey:
            return pick(item, from: workshop.journeys, id: \.id, what: "journey", find: workshop.journey(named:)).map { journey in
                part("\(kindTitle): \(journey.title.value)", JourneyMapLayout(workshop: workshop, journey: journey,
                                                                               template: templates.journey, language: language)
                    .document(typesetter: typesetter).pages, copies: copies, purpose: purpose)
            }
        case .journeyCanvas:
            let (lanes, unknown) = templates.journey.lanes(item.lanes.map(\.value))
            for name in unknown {
                let at = item.lanes.first { $0.value == name }?.location ?? item.location
                diagnostics.append(.error("there is no lane or lane set `\(name)`", at: at,
                                          hint: "lanes: " + templates.journey.laneNames.joined(separator: ", "), rule: "journey.lane"))
            }
            let layout = JourneyBlankLayout(workshop: workshop, template: templates.journey, language: language, lanes: lanes,
                                            stages: item.stages?.value ?? 4)
            return [part(kindTitle, layout.document(typesetter: typesetter).pages, copies: copies, purpose: purpose)]
        case .servicePage:
            return pick(item, from: workshop.services, id: \.id, what: "service page", find: workshop.service(named:)).map { page in
                part("\(kindTitle): \(page.name.value)", ServicePageLayout(workshop: workshop, page: page, template: templates.servicePage,
                                                                            language: language).document(typesetter: typesetter).pages,
                     copies: copies, purpose: purpose)
            }
        case .serviceSketch:
            return [part(kindTitle, ServiceSketchLayout(workshop: workshop, template: templates.servicePage, language: language)
                .document(typesetter: typesetter).pages, copies: copies, purpose: purpose)]
        case .prioritisation:
            return [part(kindTitle, PrioritisationLayout(workshop: workshop, template: templates.servicePage, language: language)
                .chart(typesetter: typesetter).pages, copies: copies, purpose: purpose)]
        case .worksheet:
            let sheets = workshop.worksheets(besides: templates.worksheets)
            return pick(item, from: sheets, id: \.id, what: "worksheet") { name in sheets.first { $0.id == name } }.map { sheet in
                var sheet = sheet
                if let paper { sheet.paper = paper.description }
                let layout = WorksheetLayout(template: sheet, workshop: workshop, language: language)
                let page = layout.document(typesetter: typesetter).pages[0]
                // Sheets smaller than A4 are printed several to an A4 and cut: the copies go on the sheets.
                if [.a5, .a6, .a7].contains(layout.paper.format),
                   let cardSheet = CardSheet(card: page.size, sheet: .a4, direction: direction) {
                    let deck = CardDeck(sheet: cardSheet, count: copies, flip: nil, front: { _ in page }, back: { _ in page })
                    return part("\(sheet.title(language)) ×\(copies)", Array(deck.pages), copies: 1, purpose: purpose, cut: true)
                }
                return part(sheet.title(language), [page], copies: copies, purpose: purpose)
            }
        }
    }
}
