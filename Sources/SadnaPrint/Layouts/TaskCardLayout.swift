import SadnaKit

/// A deck's cards. The field exercise's: on the front the resident's story and, set apart, the
/// mission, with the department and the expert at the foot and "3/8" in the corner; on the back
/// the programme, the deck and its service concept. A programme's own deck fills the same places
/// with its fields and words (``DeckLook``). Sizes follow the card: A6 is the design size,
/// smaller cards scale down but never below 8 pt.
public struct TaskCardLayout {
    public let context: LayoutContext
    public let cards: [TaskCard]
    public let card: CardSize
    /// The deck's words and choices in the page's language.
    public let look: DeckLook
    /// Whether the card's content may run to its trim (true when the sheet gives it bleed).
    public let fullBleed: Bool

    /// Lays out the cards `laying` of the deck (all by default): a run of sheets, whose cards
    /// are planned together (``CardDeck/sheetsPerRun``).
    public init(
        context: LayoutContext, cards: [TaskCard], card: CardSize, fullBleed: Bool = false,
        laying: Range<Int>? = nil, look: DeckLook? = nil
    ) {
        self.context = context
        self.cards = cards
        self.card = card
        self.look = look ?? .fieldExercise(context)
        self.fullBleed = fullBleed
        self.laid = laying ?? cards.indices
        repeated = repeatedWords()
        plans = makePlans()
    }

    /// The cards of the deck this layout draws.
    public let laid: Range<Int>

    /// What every card of the run repeats, set once: the deck's name in the band (with room
    /// for the widest number, "64/64"), and the mission's label.
    private struct RepeatedWords {
        var deckName: TextBlock
        var missionLabel: TextBlock?
    }
    private var repeated: RepeatedWords?

    private func repeatedWords() -> RepeatedWords {
        let width = card.size.width - 2 * inset
        let widestNumber = typesetter.layout(
            "\(cards.count)/\(cards.count)", style: style(10, weight: .bold, colour: .white),
            width: nil, language: pageLanguage)
        return RepeatedWords(
            deckName: typesetter.fit(
                look.cardName, style: style(10, weight: .bold, colour: .white),
                in: Size(width: width - widestNumber.width - 3, height: bandHeight),
                policy: FitPolicy(floor: 8, maxLines: 1), language: pageLanguage,
                source: nil, what: "the deck's name"),
            missionLabel: look.boxLabel.map { label in
                typesetter.layout(
                    label, style: style(10, weight: .bold, colour: .accent),
                    width: width - 2 * boxPadding - 2, language: pageLanguage)
            })
    }

    var workshop: Workshop { context.workshop }
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    var typesetter: Typesetter { context.typesetter }
    /// A6 is the design size.
    var scale: Double { max(0.6, card.size.width / CardSize.a6.size.width) }
    var inset: Double { 8 * max(0.75, scale) }
    /// Where the band and frames start: far enough from the trim for office printers, whose
    /// unprintable edge reaches the cards that lie on the sheet's edge.
    var edge: Double { 5 * max(0.75, scale) }

    func style(_ size: Double, weight: FontWeight = .regular, colour: Colour = .ink) -> TextStyle {
        TextStyle(size: max(8, size * scale), weight: weight, colour: colour)
    }

    /// The band's height below the card's edge: as tall as its 10 pt words need on an A6 card,
    /// shorter on smaller cards, whose words stop at the 8 pt floor.
    var bandHeight: Double { max(6.5, 11 * scale) }
    var bandTop: Double { fullBleed ? 0 : edge }
    var bandBottom: Double { inset + bandHeight }

    /// The front of card `index` (0-based), on a page the size of the card.
    public func front(_ index: Int) -> Page {
        let task = cards[index]
        let size = card.size
        var page = Page(size: size)
        let width = size.width - 2 * inset
        let order = ReadingOrder(minX: inset, maxX: size.width - inset, direction: pageLanguage.direction)

        // The band across the top: which deck, and which card of it.
        let band =
            fullBleed
            ? Rect(x: -5, y: -5, width: size.width + 10, height: bandBottom + 5)
            : Rect(x: edge, y: edge, width: size.width - 2 * edge, height: bandBottom - edge)
        page.add(.rectangle(band, cornerRadius: fullBleed ? 0 : 2), .filled(.accent))
        let number = typesetter.layout(
            "\(index + 1)/\(cards.count)", style: style(10, weight: .bold, colour: .white),
            width: nil, language: pageLanguage)
        let deck = repeated!.deckName
        let bandMiddle = (band.minY + band.maxY) / 2 + (fullBleed ? 2.5 : 0)
        page.add(deck, at: Point(x: order.x(offset: 0, width: deck.width), y: bandMiddle - deck.height / 2))
        page.add(
            number,
            at: Point(
                x: order.x(offset: width - number.width, width: number.width),
                y: bandMiddle - number.height / 2))

        let parts = plans[index - laid.lowerBound]
        var y = bandBottom + 4 * scale
        if let headline = parts.headline {
            page.add(headline, at: Point(x: inset, y: y))
            y += headline.height + 2 * scale
        }
        if let foot = parts.foot { page.add(foot, at: Point(x: inset, y: size.height - inset - foot.height)) }
        // A card without a foot keeps the deck's room for one, so that its box lines up too.
        let bottom = size.height - inset - parts.footRoom

        // The mission, set apart in a box above the foot; on a sheet, every card's box as tall
        // as the tallest needs, its words in the middle. A card with no boxed field has none.
        let box = Rect(x: inset, y: bottom - parts.boxHeight, width: width, height: parts.boxHeight)
        if let mission = parts.mission {
            page.add(.rectangle(box, cornerRadius: 2.5), Paint(fill: .tint, stroke: .accent, lineWidth: 0.35))
            // The accent bar stays clear of the box's rounded corners.
            page.add(
                .rectangle(
                    Rect(x: order.x(offset: 0, width: 1.4), y: box.y + 2.5, width: 1.4, height: box.height - 5),
                    cornerRadius: 0), .filled(.accent))
            let labelRoom = parts.label.map { $0.height + 1 } ?? 0
            let top = box.y + (box.height - labelRoom - mission.height) / 2
            if let label = parts.label {
                page.add(label, at: Point(x: order.x(offset: boxPadding + 1, width: label.width), y: top))
            }
            page.add(
                mission, at: Point(x: order.x(offset: boxPadding + 1, width: mission.width), y: top + labelRoom))
        }

        // The story takes the room between, beside the service's QR code when the card has one.
        var storyRoom = Size(width: width, height: box.y - storyGap - y)
        let storyStyle = style(15).withLineSpacing(1.15)
        if let code = qrCode(for: task, beside: task.story.value, style: storyStyle, in: storyRoom) {
            code.draw(on: &page, at: Point(x: order.x(offset: width - code.width, width: code.width), y: y))
            storyRoom.width -= code.width + qrGap
        }
        // The plan measured the story in this room already, most often.
        let story =
            parts.story.flatMap { $0.fits(storyRoom) }
            ?? typesetter.fit(
                task.story.value, style: storyStyle, in: storyRoom,
                policy: FitPolicy(floor: 8), language: dataLanguage, source: task.story.location,
                what: isFieldExercise ? "the story of task card \(task.id)" : "the body of \(cardName(task))",
                overflow: .layoutOverflowCardText, arguments: ["id": .name(task.id)])
        page.add(story, at: Point(x: order.x(offset: 0, width: storyRoom.width), y: y))
        return page
    }

    var boxPadding: Double { 3.5 * scale }

    /// Whether these are the field exercise's cards, whose messages name a task card's parts.
    var isFieldExercise: Bool { cards.first.map { $0.deck == Deck.fieldExercise } ?? true }

    /// "task card 3-…", or "card 1-nativ of the deck solutions".
    func cardName(_ task: TaskCard) -> String {
        task.deck == Deck.fieldExercise ? "task card \(task.id)" : "card \(task.id) of the deck \(task.deck)"
    }
    var storyGap: Double { 4 * scale }

    /// How a card's front shares its height: its headline, the foot's words, the mission's box,
    /// and the story in what is left.
    struct FrontParts {
        var headline: TextBlock?
        var foot: TextBlock?
        /// The foot's height and the gap above it.
        var footRoom: Double
        var label: TextBlock?
        var mission: TextBlock?
        var boxHeight: Double
        /// The story as the plan set it, and the room it was set in.
        var story: StoryTrial?
    }

    /// A story set whole in a room while planning, kept to be drawn in the card's final room.
    struct StoryTrial {
        var block: TextBlock
        var room: Size

        /// The block, when fitting the story to `other` would set it the same: a room as wide
        /// and no taller, which still holds the block. (Its size was the largest that fit the
        /// taller room, so no larger one fits the shorter, and this one still does.)
        func fits(_ other: Size) -> TextBlock? {
            abs(room.width - other.width) < 1e-6 && other.height <= room.height + 1e-6
                && block.height <= other.height + 1e-6 ? block : nil
        }
    }

    /// Every card's parts, decided for the whole deck before any card is drawn: each card takes
    /// the first of its plans (from the most generous to the tightest) under which its story fits
    /// at or above the 8 pt floor — the mission smaller, then the foot without its least needed
    /// item (the content expert last), never a word cut while room is left — and the cards whose story fits with the deck's
    /// tallest box and foot take those, so that boxes line up across a sheet.
    private(set) var plans: [FrontParts] = []

    /// One way to share a card's height.
    private struct Plan {
        /// What the foot leaves out: the example mark, then its fields from the first (the
        /// department before the content expert).
        var dropping: Set<String>
        var missionSize: Double
    }

    private func makePlans() -> [FrontParts] {
        let width = card.size.width - 2 * inset
        // The foot's fields of the deck's first card (every card of a deck has the same).
        let footKeys = cards.first?.footKeys ?? []
        let plans =
            [Plan(dropping: [], missionSize: 14), Plan(dropping: [], missionSize: 9)]
            + (0...footKeys.count).map { dropped in
                Plan(dropping: Set(["example"] + footKeys.prefix(dropped)), missionSize: 9)
            }
        var chosen: [(parts: FrontParts, storyTop: Double)] = []
        for task in cards[laid] {
            let headline = task.headline.map { headline in
                // The field exercise's headlines are a call-out of a word or two; a deck of its own
                // may name each card at more length, on two lines.
                typesetter.fit(
                    headline.value, style: style(18, weight: .bold, colour: .accent),
                    in: Size(width: width, height: (isFieldExercise ? 16 : 26) * scale),
                    policy: FitPolicy(floor: 14, maxLines: isFieldExercise ? 1 : 2),
                    language: dataLanguage, source: headline.location, what: "the headline of \(cardName(task))",
                    overflow: .layoutOverflowCardHeadline,
                    arguments: ["id": .name(task.id), "lines": .number(isFieldExercise ? 1 : 2)])
            }
            let storyTop = bandBottom + 4 * scale + (headline.map { $0.height + 2 * scale } ?? 0)
            var best: FrontParts?
            // The mission as set at each of the plans' sizes: the tighter plans share one.
            var missions: [Double: TextBlock] = [:]
            // A story that does not fit above a box fits above no box that starts as high or
            // higher (less room): such a plan's story is not set again.
            var lowestFailingBox = -Double.infinity
            for (number, plan) in plans.enumerated() {
                guard
                    var parts = self.parts(
                        task, plan: plan, headline: headline, missions: &missions,
                        report: number == plans.count - 1)
                else { continue }
                let boxTop = card.size.height - inset - parts.footRoom - parts.boxHeight
                let trial = boxTop > lowestFailingBox ? story(task, above: boxTop, from: storyTop) : (fits: false, set: nil)
                if !trial.fits { lowestFailingBox = max(lowestFailingBox, boxTop) }
                parts.story = trial.set
                best = parts
                if trial.fits { break }
            }
            // The tightest plan always gives parts: its foot is cut only when the owner alone does not fit.
            chosen.append((best!, storyTop))
        }
        // Boxes and feet line up across the deck where every story still fits.
        let footRoom = chosen.map(\.parts.footRoom).max() ?? 0
        let boxHeight = chosen.map(\.parts.boxHeight).max() ?? 0
        return zip(cards[laid], chosen).map { task, choice in
            var parts = choice.parts
            guard parts.footRoom != footRoom || parts.boxHeight != boxHeight else { return parts }
            let trial = story(
                task, above: card.size.height - inset - footRoom - boxHeight, from: choice.storyTop,
                tried: parts.story)
            if trial.fits {
                parts.footRoom = footRoom
                parts.boxHeight = boxHeight
                parts.story = trial.set
            }
            return parts
        }
    }

    /// The parts of `task`'s front under `plan`, or nil when the foot does not fit on two lines
    /// at 8 pt without cutting (and `report` is false; the tightest plan cuts it, and says so).
    private func parts(
        _ task: TaskCard, plan: Plan, headline: TextBlock?, missions: inout [Double: TextBlock],
        report: Bool
    ) -> FrontParts? {
        let width = card.size.width - 2 * inset
        // Each item on the page's side, its label kept with the start of its value (no line ends
        // after "מומחה תוכן:" or inside "Content expert"), the value in its own direction.
        let onPage = context.dataOnPage
        func unbroken(_ words: String) -> String { words.replacingOccurrences(of: " ", with: "\u{00A0}") }
        func item(_ key: String, _ value: Located<String>) -> String {
            // A person's name is never broken ("דפנה / ארזי").
            let text = key == "owner" ? WholeNames([value.value]).kept(value.value) : value.value
            return (look.footLabels[key].map { unbroken("\($0):") + "\u{00A0}" } ?? "") + onPage.isolated(text)
        }
        let feet = task.footKeys.compactMap { key in task.value(of: key).map { (key: key, value: $0) } }
        let items: [(key: String, text: String)] =
            (feet.map { ($0.key, item($0.key, $0.value)) }
            + [task.isExample ? ("example", unbroken(look.example)) : nil].compactMap { $0 }).filter {
                !plan.dropping.contains($0.key)
            }
        let footLanguage = onPage.isMixed ? pageLanguage : dataLanguage
        var foot: TextBlock?
        var footRoom = 0.0
        if !items.isEmpty {
            // A word joiner before the "·": a line may break after it, never before it, so no
            // line of the foot starts with its separator ("· דוגמה לתרגול").
            let text = items.map(\.text).joined(separator: "  \u{2060}·  ")
            let footStyle = style(8.5, colour: .muted)
            let room = Size(width: width, height: 2 * 1.3 * Units.millimetres(fromPoints: footStyle.size) + 1)
            let policy = FitPolicy(floor: 8, maxLines: 2)
            let source = feet.first?.value.location
            // Set once: whole, or (the tightest plan only) cut and reported.
            guard
                let block = report
                    ? typesetter.fit(
                        text, style: footStyle, in: room, policy: policy, language: footLanguage,
                        source: source, what: "the foot of \(cardName(task))")
                    : typesetter.fitted(text, style: footStyle, in: room, policy: policy, language: footLanguage, source: source)
            else { return nil }
            foot = block
            footRoom = block.height + 3 * scale
        }
        if report {
            for (key, value) in feet {
                guard plan.dropping.contains(key) else { continue }
                typesetter.report(
                    .warning(
                        .layoutOverflowTaskCardFoot,
                        [
                            "field": task.deck == Deck.fieldExercise
                                ? .phrase(key == "owner" ? .phraseTaskCardOwner : .phraseTaskCardDepartment) : .key(key),
                            "id": .name(task.id),
                        ], at: value.location))
            }
        }
        guard let boxed = task.mission else {
            return FrontParts(headline: headline, foot: foot, footRoom: footRoom, label: nil, mission: nil, boxHeight: 0)
        }
        let label = repeated!.missionLabel
        let mission =
            missions[plan.missionSize]
            ?? typesetter.fit(
                boxed.value, style: style(plan.missionSize, weight: .bold),
                in: Size(width: width - 2 * boxPadding - 2, height: 30 * scale), policy: FitPolicy(floor: 9, maxLines: 3),
                language: dataLanguage, source: boxed.location,
                what: isFieldExercise ? "the mission of task card \(task.id)" : "the boxed field of \(cardName(task))",
                overflow: .layoutOverflowCardBox, arguments: ["id": .name(task.id)])
        missions[plan.missionSize] = mission
        return FrontParts(
            headline: headline, foot: foot, footRoom: footRoom, label: label, mission: mission,
            boxHeight: (label.map { $0.height + 1 } ?? 0) + mission.height + 2 * boxPadding)
    }

    /// Whether `task`'s story fits, at 8 pt or more, between `top` and a box whose top is at
    /// `boxTop`; and the story as set there, when it fits whole beside no QR code.
    private func story(
        _ task: TaskCard, above boxTop: Double, from top: Double,
        tried: StoryTrial? = nil
    ) -> (fits: Bool, set: StoryTrial?) {
        let room = Size(width: card.size.width - 2 * inset, height: boxTop - storyGap - top)
        if let tried, tried.fits(room) != nil { return (true, tried) }
        let storyStyle = style(15).withLineSpacing(1.15)
        if qrCode(for: task, beside: task.story.value, style: storyStyle, in: room) != nil { return (true, nil) }
        guard
            let block = typesetter.fitted(
                task.story.value, style: storyStyle, in: room, language: dataLanguage,
                source: task.story.location)
        else { return (false, nil) }
        return (true, StoryTrial(block: block, room: room))
    }

    /// The QR code's side on this card, quiet zone included: 26 mm on A6, never under 20 mm
    /// (modules of half a millimetre, about the least a phone reads from a card in the hand).
    var qrSide: Double { max(20, 26 * scale) }
    var qrGap: Double { 4 * scale }
    /// The least the story may keep beside the code: a width of about four words a line, and 9 pt.
    static let storyWidthBesideCode = 30.0
    static let storySizeBesideCode = 9.0

    /// The link of the card's service page (its `service:`) as a QR code for the story's end
    /// side, so that the pair in the field can open the page from the card; nil when the service
    /// has no link, or when the code would hurt the text.
    ///
    /// The code never shrinks below 20 mm: the story's box narrows for it instead, and the story
    /// may shrink to 9 pt beside it. The mission and the foot keep the card's whole width. On A6
    /// (about 59 mm left for the story) every story of the shipped deck fits beside the code. On
    /// A7 (about 36 mm) a long story would have to be cut or set below 9 pt, and that card
    /// carries no code. A poker card would keep at most 28 mm of story, two or three words a
    /// line, which no one reads comfortably: poker cards carry no code at all. Text always wins
    /// over the code (QRCodeTests checks that no card's text is cut because of it).
    func qrCode(for task: TaskCard, beside story: String, style: TextStyle, in room: Size) -> QRBlock? {
        guard look.qr, let link = task.service.flatMap({ workshop.service(named: $0.value) })?.qrTarget,
            let code = QRBlock(link.value, side: qrSide, typesetter: typesetter, source: link.location),
            code.size.height <= room.height
        else { return nil }
        let narrowed = room.width - code.width - qrGap
        guard narrowed >= Self.storyWidthBesideCode else { return nil }
        // Measured without fitting, so that a trial that fails reports nothing (a missing glyph
        // is reported once, at the story's line, whichever layout finds it first).
        let trial = typesetter.layout(
            story, style: style.sized(min(style.size, Self.storySizeBesideCode)), width: narrowed,
            language: dataLanguage, source: task.story.location)
        return trial.height <= room.height ? code : nil
    }

    /// The back of card `index`: the same for every card (`parts`, typeset once) but for its
    /// number, which helps sort a deck that fell on the floor, and its own text when the deck
    /// prints each card's own back.
    public func back(_ index: Int, parts: BackParts) -> Page {
        let size = card.size
        var page = Page(size: size)
        let frame = Rect(x: edge, y: edge, width: size.width - 2 * edge, height: size.height - 2 * edge)
        page.add(.rectangle(frame, cornerRadius: 3), Paint(stroke: .accent, lineWidth: 0.5))
        page.add(.rectangle(frame.insetBy(1.5), cornerRadius: 2), Paint(stroke: .accent, lineWidth: 0.2))
        let number = typesetter.layout(
            "\(index + 1)/\(cards.count)", style: style(8, colour: .muted), width: nil,
            language: pageLanguage)
        let numberTop = size.height - inset - number.height - 1
        let numberAt = Point(x: (size.width - number.width) / 2, y: numberTop)
        if case .logo = look.back {
            placeLogo(parts, above: numberTop, on: &page)
            page.add(number, at: numberAt)
            return page
        }
        let own = parts.invitation == nil ? ownBack(cards[index]) : nil
        let blocks = [parts.programme, parts.deck] + [parts.concept, parts.invitation ?? own].compactMap { $0 }
        let gaps = [3 * scale, 4 * scale] + [3 * scale, 0].suffix(blocks.count - 2)
        let total = zip(blocks, gaps).reduce(0) { $0 + $1.0.height + $1.1 } + 6 * scale
        var y = (size.height - total) / 2
        for (block, gap) in zip(blocks, gaps) {
            page.add(block, at: Point(x: inset, y: y))
            y += block.height + gap
            if block === parts.deck {
                page.add(
                    .line(
                        from: Point(x: size.width / 2 - 12 * scale, y: y - 2 * scale),
                        to: Point(x: size.width / 2 + 12 * scale, y: y - 2 * scale)), .stroked(.accent, width: 0.5))
            }
        }
        page.add(number, at: numberAt)
        return page
    }

    /// The programme's logo, as large as the card's safe area allows beside the words under it
    /// and its proportions kept, centred with the programme's name below; the name alone when
    /// the logo cannot be read (that is reported once, at `logo:`).
    private func placeLogo(_ parts: BackParts, above numberTop: Double, on page: inout Page) {
        let name = parts.name ?? parts.programme
        let gap = 4 * scale
        let room = Rect(
            x: inset, y: inset, width: card.size.width - 2 * inset,
            height: numberTop - 2 * scale - inset - name.height - gap)
        var logoHeight = 0.0
        if let logo = parts.logo, logo.width > 0, logo.height > 0, room.height > 0 {
            let ratio = min(room.width / Double(logo.width), room.height / Double(logo.height))
            let fitted = Size(width: Double(logo.width) * ratio, height: Double(logo.height) * ratio)
            logoHeight = fitted.height
            let top = inset + (room.height - fitted.height) / 2
            page.add(
                logo, in: Rect(x: inset + (room.width - fitted.width) / 2, y: top, width: fitted.width, height: fitted.height))
            page.add(name, at: Point(x: inset, y: top + fitted.height + gap))
        }
        if logoHeight == 0 {
            page.add(name, at: Point(x: inset, y: (card.size.height - name.height) / 2))
        }
    }

    /// What every back shows, typeset once for the whole deck: the service concept when the
    /// deck's back is a text and the programme has one; the text, unless each card has its own.
    public struct BackParts {
        let programme: TextBlock
        let deck: TextBlock
        let concept: TextBlock?
        let invitation: TextBlock?
        /// The programme's logo and its name under it, for a deck whose backs show the logo.
        var logo: Picture? = nil
        var name: TextBlock? = nil
    }

    /// A card's own back text, as large as its room allows.
    func ownBack(_ task: TaskCard) -> TextBlock? {
        guard let text = task.back else { return nil }
        return typesetter.fit(
            text.value, style: style(12).aligned(.centre).withLineSpacing(1.1),
            in: Size(width: card.size.width - 2 * inset, height: card.size.height * 0.5), policy: FitPolicy(floor: 8),
            language: dataLanguage, source: text.location, what: "the back of card \(task.id)")
    }

    public func backParts() -> BackParts {
        let width = card.size.width - 2 * inset
        let centred = { (size: Double, weight: FontWeight, colour: Colour) in
            style(size, weight: weight, colour: colour).aligned(.centre)
        }
        let invitation: String? =
            switch look.back {
            case let .text(text): text
            case .own, .logo: nil
            }
        var parts = BackParts(
            programme: typesetter.fit(
                workshop.title.value, style: centred(10, .regular, .muted),
                in: Size(width: width, height: 14 * scale), policy: FitPolicy(floor: 8, maxLines: 2),
                language: dataLanguage, source: workshop.title.location, what: "the programme's title"),
            deck: typesetter.fit(
                look.deckName, style: centred(20, .bold, .accent), in: Size(width: width, height: 20 * scale),
                policy: FitPolicy(floor: 12, maxLines: 2), language: pageLanguage, source: nil,
                what: "the deck's name"),
            concept: invitation == nil
                ? nil
                : workshop.serviceConcept.map { concept in
                    typesetter.fit(
                        concept.name.value, style: centred(15, .bold, .ink), in: Size(width: width, height: 16 * scale),
                        policy: FitPolicy(floor: 10, maxLines: 2), language: dataLanguage,
                        source: concept.name.location, what: "the service concept")
                },
            invitation: invitation.map { text in
                typesetter.fit(
                    text, style: centred(10, .regular, .muted),
                    in: Size(width: width, height: 14 * scale), policy: FitPolicy(floor: 8, maxLines: 2),
                    language: pageLanguage, source: nil, what: "the back's invitation")
            })
        if case .logo = look.back {
            parts.logo = Logo.picture(of: workshop, reporting: typesetter)
            parts.name = typesetter.fit(
                workshop.title.value, style: centred(14, .bold, .ink), in: Size(width: width, height: 18 * scale),
                policy: FitPolicy(floor: 9, maxLines: 2), language: dataLanguage, source: workshop.title.location,
                what: "the programme's title")
        }
        return parts
    }
}

extension TextStyle {
    public func withLineSpacing(_ spacing: Double) -> TextStyle {
        var copy = self
        copy.lineSpacing = spacing
        return copy
    }
}
