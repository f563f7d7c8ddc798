import SadnaKit

/// The field exercise's task cards, imposed n-up with cut marks, each front sheet followed by its
/// backs placed to land behind their fronts.
struct TaskCardsPrintable: Printable {
    static let kind = PrintableKind.taskCards

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        DeckCardsPrintable.job(kind, for: request, items: items, in: context)
    }
}

/// A deck's cards, the field exercise's or the programme's own (`deck:`), imposed and backed as
/// the deck says unless the request says otherwise.
struct DeckCardsPrintable: Printable {
    static let kind = PrintableKind.cards

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        job(kind, for: request, items: items, in: context)
    }

    static func job(_ kind: PrintableKind, for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let deckID = request.deckID(in: context.workshop)
        let deck =
            context.workshop.deck(named: deckID)
            ?? Deck(id: deckID, location: context.workshop.location, definition: nil, cards: [])
        let look = DeckLook(deck, in: context)
        let byID = Dictionary(deck.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let cards = items.compactMap { byID[$0] }
        let size = request.card ?? look.card
        let backs = request.backs ?? look.backs
        let flip = backs.flip
        let bleed = request.bleed > 0 ? request.bleed : look.bleed
        let sheet = CardSheet(
            card: size.size, sheet: (request.paper ?? look.sheet).format,
            direction: context.language.direction, bleed: bleed)!
        let cardDeck = CardDeck(sheet: sheet, count: cards.count, flip: flip)
        // Each run of sheets is planned and laid out by itself, with the typesetter it is given.
        let faces = { (laying: Range<Int>, typesetter: Typesetter) -> CardFaces in
            let layout = TaskCardLayout(
                context: context.using(typesetter), cards: cards, card: size,
                fullBleed: bleed > 0, laying: laying, look: look)
            let backs = flip == nil ? nil : layout.backParts()
            return CardFaces(front: { layout.front($0) }, back: { layout.back($0, parts: backs!) })
        }
        let info = context.info(
            title: "\(look.deckName) — \(context.workshop.title.value)",
            subject: "\(look.deckName): \(size) \(sheet.capacity)-up, \(backs.rawValue)")
        var job = PrintJob(
            kind: kind, info: info, batches: cardDeck.batches(faces), typesetter: context.typesetter, duplex: flip,
            isCut: true)
        job.cardFaces = AnySequence(cardDeck.fronts(using: context.typesetter, faces))
        return job
    }
}

/// One sheet, printed on both sides, that shows whether a printer lands each back behind its front.
struct CalibrationPrintable: Printable {
    static let kind = PrintableKind.calibration

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let template = context.templates.taskCards
        let size = request.card ?? template.card
        let sheet = CardSheet(
            card: size.size, sheet: (request.paper ?? template.sheet).format, direction: context.language.direction)!
        let flip = (request.backs ?? template.backs).flip ?? .longEdge
        let document = DuplexCalibrationLayout(sheet: sheet, flip: flip, labels: context.words(template.labels))
            .document(typesetter: context.typesetter)
        var info = document.info
        info.printsAtExactSize = true
        return PrintJob(kind: kind, info: info, pages: document.pages, duplex: flip)
    }
}

/// Persona cards: A5 2-up or A6 4-up on A4, with cut marks.
struct PersonaCardsPrintable: Printable {
    static let kind = PrintableKind.personaCards

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let personas = context.workshop.personas(named: items)
        let size = request.card ?? .a5
        let sheet = CardSheet(card: size.size, sheet: request.paper?.format ?? .a4, direction: context.language.direction)!
        let deck = CardDeck(sheet: sheet, count: personas.count, flip: nil)
        let batches = deck.batches { _, typesetter in
            let layout = PersonaLayout(context: context.using(typesetter), personas: personas, size: size.size)
            return CardFaces(front: { layout.page($0) }, back: { _ in Page(size: size.size) })
        }
        var job = PrintJob(
            kind: kind, info: PersonaPagePrintable.info(context), batches: batches, typesetter: context.typesetter,
            isCut: true)
        let layout = PersonaLayout(context: context, personas: personas, size: size.size)
        job.cardFaces = AnySequence(personas.indices.lazy.map { layout.page($0) })
        return job
    }
}

/// A persona on a whole A4 page, for the wall.
struct PersonaPagePrintable: Printable {
    static let kind = PrintableKind.personaPage

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let personas = context.workshop.personas(named: items)
        let batches = PageBatches(count: personas.count) { persona, typesetter in
            [PersonaLayout(context: context.using(typesetter), personas: personas, size: Paper.a4.size).page(persona)]
        }
        return PrintJob(
            kind: kind, info: info(context), batches: batches, typesetter: context.typesetter,
            itemTitles: personas.map(\.name.value))
    }

    static func info(_ context: LayoutContext) -> DocumentInfo {
        let labels = context.words(context.templates.persona.labels)
        return context.info(title: "\(labels(.personas)) — \(context.workshop.title.value)", subject: labels(.personas))
    }
}

/// The source's persona form, empty, to fill by hand.
struct PersonaFormPrintable: Printable {
    static let kind = PrintableKind.personaForm

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = PersonaFormLayout(context: context).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }
}
