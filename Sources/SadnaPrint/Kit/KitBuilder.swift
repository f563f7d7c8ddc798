import Foundation
import SadnaKit

/// Makes a meeting's kit from what its plan says to print (`print:`): asks the catalog for each
/// item, counts its copies from the meeting's groups and participants, and puts the
/// facilitator's agenda first, then everything in the plan's order, one file per paper size, with
/// a cover and the print list opening the first file.
public final class KitBuilder {
    public let context: LayoutContext
    /// Problems with a plan (the same `sadna check` reports), at their line in the meeting's file;
    /// the items they concern are left out.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(context: LayoutContext) {
        self.context = context
    }

    var workshop: Workshop { context.workshop }
    var labels: Labels<KitLabel> { context.words(context.templates.kit) }

    /// The kits of `meetings`, laid out side by side on up to `threads` threads, and the problems
    /// their plans have. Each thread has a typesetter of its own, so a kit's pages must be drawn
    /// as they were laid out: by `ParallelWork` with the same count and threads, which gives a
    /// meeting to the same worker. What the typesetters found is handed
    /// to the context's typesetter in the meetings' order: kits and reports do not depend on the
    /// number of threads.
    public static func kits(
        for meetings: [Meeting], context: LayoutContext,
        threads: Int
    ) -> (kits: [MeetingKit], problems: [Diagnostic]) {
        let workers = ParallelWork.workers(meetings.count, threads: threads)
        let typesetters = workers == 1 ? [context.typesetter] : (0..<workers).map { _ in Typesetter() }
        let built =
            (try? ParallelWork.map(meetings.count, threads: workers) {
                index -> (kit: MeetingKit, problems: [Diagnostic], found: [Diagnostic]) in
                let typesetter = typesetters[ParallelWork.worker(of: index, workers: workers)]
                let builder = KitBuilder(context: context.using(typesetter))
                let kit = builder.kit(for: meetings[index])
                return (kit, builder.diagnostics, workers == 1 ? [] : typesetter.takeDiagnostics())
            }) ?? []
        for meeting in built { context.typesetter.adopt(meeting.found) }
        return (built.map(\.kit), built.flatMap(\.problems))
    }

    public func kit(for meeting: Meeting) -> MeetingKit {
        // The facilitator's run-sheet comes first, whether the plan lists it or not.
        let agendas = meeting.print.filter { $0.kind.value == .agenda }
        var parts = agendas.isEmpty ? self.parts(for: nil, meeting: meeting, copies: 1) : []
        for item in agendas + meeting.print.filter({ $0.kind.value != .agenda }) {
            let problems =
                PrintPlanChecks.problems(item, meeting: meeting, workshop: workshop, templates: context.templates)
                + PrintPlanChecks.copies(item, meeting: meeting, workshop: workshop)
                + PrintPlanChecks.pool(item, meeting: meeting, workshop: workshop).filter { $0.severity == .error }
            diagnostics += problems
            guard problems.isEmpty, let copies = meeting.count(item.copies.value, headCount: workshop.headCount) else { continue }
            parts += self.parts(for: item, meeting: meeting, copies: copies)
        }
        return bound(meeting, parts: parts, named: "meeting-\(meeting.id)")
    }

    /// The id (and folder) of a programme's kit, which has no meeting (``programmeKit()``).
    public static let programmeKitID = "programme"

    /// The kit of a programme taught without dated meetings (a course from a document): its
    /// booklet, each of its decks, each of its own worksheets blank, and the persona form, one
    /// copy each to copy from, under a cover and print list as a meeting's kit has.
    public func programmeKit() -> MeetingKit {
        let location = workshop.location
        let stands = Meeting(
            id: Self.programmeKitID, location: location,
            title: Located(labels(.programmeMaterials), at: location))
        let language = context.language
        var requests = [PrintRequest(.programme, language: language)]
        for deck in workshop.allDecks where !deck.cards.isEmpty {
            requests.append(PrintRequest(.cards, language: language, deck: deck.id))
        }
        requests += workshop.worksheets.map { PrintRequest(.worksheet, items: [$0.id], language: language) }
        requests.append(PrintRequest(.personaForm, language: language))
        let materials = requests.flatMap { self.parts(for: $0, copies: 1, purpose: nil) }
        return bound(stands, parts: materials, named: Self.programmeKitID)
    }

    /// The kit of `parts`: one file per paper size (`NAME-A4.pdf`), in the order their first part
    /// comes, the first opening with the cover and print list.
    private func bound(_ meeting: Meeting, parts: [MeetingKit.Part], named name: String) -> MeetingKit {
        var files: [MeetingKit.File] = []
        for part in parts {
            if let index = files.firstIndex(where: { $0.paper == part.fileKey }) {
                files[index].parts.append(part)
            } else {
                files.append(
                    MeetingKit.File(name: "\(name)-\(part.fileKey).pdf", paper: part.fileKey, opening: [], parts: [part]))
            }
        }
        for file in files where file.pageCount > Limits.kitFilePages {
            diagnostics.append(
                .error(
                    .printTooManyPages,
                    [
                        "file": .path(file.name), "pages": .number(file.pageCount), "limit": .number(Limits.kitFilePages),
                        "key": .key("print"),
                    ],
                    at: meeting.location))
        }
        var kit = MeetingKit(meeting: meeting, files: files)
        if !kit.files.isEmpty {
            // The print list counts the opening's own pages, which are known only once it is laid
            // out: lay it out, and again if it took more pages than the list said.
            kit.files[0].openingCount = 1
            var opening = KitCover(context: context).pages(for: kit)
            if opening.count != kit.files[0].openingCount {
                kit.files[0].openingCount = opening.count
                opening = KitCover(context: context).pages(for: kit)
            }
            kit.files[0].opening = opening
        }
        return kit
    }

    /// "09:45 יציאה לשטח – למידה בזוגות" for the row an item serves, followed by the plan's note.
    private func purpose(of item: PrintItem, in meeting: Meeting) -> String? {
        // The row at its time as the run-sheet prints it: fixed, or following from the rows before.
        let row = item.forRow.flatMap { id in meeting.agenda.firstIndex { $0.id?.value == id.value } }
            .map { index in
                [meeting.rowStarts[index]?.description, meeting.agenda[index].content.value].compactMap { $0 }
                    .joined(separator: " ")
            }
        let parts = [row, item.note?.value].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The parts an item prints (the meeting's own run-sheet when `item` is nil): one for a deck or
    /// a form, one per thing for journeys, service pages and worksheets.
    private func parts(for item: PrintItem?, meeting: Meeting, copies: Int) -> [MeetingKit.Part] {
        let request =
            item?.request(for: meeting, in: workshop, language: context.language)
            ?? PrintRequest(
                .agenda, items: [meeting.id],
                language: context.language)
        let title = self.title(of: request)
        let purpose = item.flatMap { self.purpose(of: $0, in: meeting) }
        if let item, let pool = item.pool, let hands = pool.hands(for: meeting, in: workshop) {
            // Picked from the pool: a part per group, which says whose personas it holds.
            return hands.enumerated().compactMap { group, personas -> MeetingKit.Part? in
                guard !personas.isEmpty else { return nil }
                var one = request
                one.items = personas.map(\.id)
                guard let job = try? Catalog.job(one, in: context) else { return nil }
                let names = personas.map(\.name.value).joined(separator: ", ")
                return part(
                    "\(title) — \(labels(.group, ["n": String(group + 1)])): \(names)", job, copies: copies, purpose: purpose)
            }
        }
        return parts(for: request, copies: copies, purpose: purpose)
    }

    /// What the print list calls a request's parts: a deck of the programme's own by its own
    /// name ("כרטיסי פתרונות"), anything else by its kind's.
    private func title(of request: PrintRequest) -> String {
        guard request.kind == .cards, let deck = workshop.deck(named: request.deckID(in: workshop)) else {
            return context.name(of: request.kind)
        }
        return DeckLook(deck, in: context).deckName
    }

    /// The parts `request` prints, `copies` of each.
    private func parts(for request: PrintRequest, copies: Int, purpose: String?) -> [MeetingKit.Part] {
        let kind = request.kind, title = title(of: request)
        switch kind {
        case .journey, .servicePage, .serviceReview, .worksheet, .personaPage:
            // One part per thing, each named in the list.
            return request.resolvedItems(in: workshop, templates: context.templates).compactMap { id -> MeetingKit.Part? in
                var one = request
                one.items = [id]
                guard let job = try? Catalog.job(one, in: context) else { return nil }
                let name = job.itemTitles.first ?? id
                if kind == .worksheet { return worksheet(job, name: name, copies: copies, purpose: purpose) }
                return part("\(title): \(name)", job, copies: copies, purpose: purpose)
            }
        default:
            guard let job = try? Catalog.job(request, in: context) else { return [] }
            let count = request.resolvedItems(in: workshop, templates: context.templates).count
            let name = [.taskCards, .personaCards].contains(kind) ? "\(title) (\(count))" : title
            return [part(name, job, copies: copies, purpose: purpose)]
        }
    }

    private func part(_ title: String, _ job: PrintJob, copies: Int, purpose: String?) -> MeetingKit.Part {
        let pages = Array(job.pages)
        // A poster on sheets to glue says so, with its sheets ("4 גיליונות A4 להדבקה"): the list
        // is what the facilitator hands the print shop or the office printer.
        let paper =
            job.tiling.map { labels(.tiles, ["sheets": String(pages.count), "paper": $0.sheet.format.rawValue]) }
            ?? pages.first.flatMap { Paper(matching: $0.size)?.description } ?? "A4"
        return MeetingKit.Part(
            title: title, purpose: purpose, pages: pages, copies: copies, duplex: job.duplex, cut: job.isCut,
            paper: paper)
    }

    /// A worksheet; one smaller than A4 is printed several to an A4 and cut, the copies spread over the sheets.
    private func worksheet(_ job: PrintJob, name: String, copies: Int, purpose: String?) -> MeetingKit.Part {
        let page = Array(job.pages)[0].shared
        if let paper = Paper(matching: page.size), [.a5, .a6, .a7].contains(paper.format),
            let sheet = CardSheet(card: page.size, sheet: .a4, direction: context.language.direction)
        {
            let deck = CardDeck(sheet: sheet, count: copies, flip: nil)
            let pages = deck.pages(CardFaces(front: { _ in page }, back: { _ in page }))
            return part(
                "\(name) ×\(copies)", PrintJob(kind: job.kind, info: job.info, pages: pages, isCut: true),
                copies: 1, purpose: purpose)
        }
        return part(name, job, copies: copies, purpose: purpose)
    }
}
