import SadnaKit

/// One sheet, printed on both sides, that shows whether a printer's duplex lands each card's
/// back behind its front: every card place is numbered on the front, and the same number is
/// printed where that card's back will go. Held up to the light, the numbers should coincide.
public struct DuplexCalibrationLayout {
    public let sheet: CardSheet
    public let flip: DuplexFlip
    public let labels: Labels<TaskCardLabel>

    public init(sheet: CardSheet, flip: DuplexFlip, labels: Labels<TaskCardLabel>) {
        self.sheet = sheet
        self.flip = flip
        self.labels = labels
    }

    public func document(typesetter: Typesetter) -> PrintDocument {
        let language = labels.language
        let flipName = labels(flip == .longEdge ? .longEdge : .shortEdge)
        var front = Page(size: sheet.paper.size)
        var back = Page(size: sheet.paper.size)
        for index in 0..<sheet.capacity {
            front.place(numbered(index, typesetter), transform: .translation(sheet.frontSlot(index).x, sheet.frontSlot(index).y))
            let (slot, halfTurn) = sheet.backSlot(index, flip: flip)
            back.place(
                numbered(index, typesetter),
                transform: halfTurn
                    ? .halfTurn(of: slot.size, at: slot.origin)
                    : .translation(slot.x, slot.y))
        }
        sheet.drawCutMarks(on: &front)
        addNotice(
            [labels(.calibrationTitle), labels(.calibrationFront, ["flip": flipName])], to: &front,
            language: language, typesetter: typesetter)
        addNotice(
            [labels(.calibrationTitle), labels(.calibrationBack)], to: &back, language: language,
            typesetter: typesetter)
        let info = DocumentInfo(title: labels(.calibrationTitle), author: "Sadna", subject: flipName)
        return PrintDocument(info: info, pages: [front, back])
    }

    /// A card place's outline and its number, large, on a page the size of a card. The outline
    /// keeps out of the printer's unprintable band, even where a card runs to the sheet's edge.
    private func numbered(_ index: Int, _ typesetter: Typesetter) -> Page {
        var page = Page(size: sheet.card)
        let inset = Paper.unprintableBand
        page.add(
            .rectangle(
                Rect(x: inset, y: inset, width: sheet.card.width - 2 * inset, height: sheet.card.height - 2 * inset),
                cornerRadius: 2),
            .stroked(.rule, width: 0.3, dash: [2, 1.5]))
        let number = typesetter.layout(
            "\(index + 1)", style: TextStyle(size: 44, weight: .bold, colour: .accent),
            width: nil, language: .english)
        page.add(number, at: Point(x: (sheet.card.width - number.width) / 2, y: 6))
        // An arrow pointing to the card's top shows which way up its back came out.
        let top = 6 + number.height + 4, mid = sheet.card.width / 2
        page.add(
            .polyline(
                [Point(x: mid - 4, y: top + 6), Point(x: mid, y: top), Point(x: mid + 4, y: top + 6)],
                closed: false), .stroked(.accent, width: 0.8))
        page.add(.line(from: Point(x: mid, y: top), to: Point(x: mid, y: top + 14)), .stroked(.accent, width: 0.8))
        // A target with millimetre ticks at the card's centre: against the light, the front's and
        // the back's targets show how far the printer shifts the back, in millimetres.
        let centre = Point(x: sheet.card.width / 2, y: sheet.card.height / 2 + 8)
        let reach = 8.0
        page.add(
            .line(from: Point(x: centre.x - reach, y: centre.y), to: Point(x: centre.x + reach, y: centre.y)),
            .stroked(.black, width: 0.2))
        page.add(
            .line(from: Point(x: centre.x, y: centre.y - reach), to: Point(x: centre.x, y: centre.y + reach)),
            .stroked(.black, width: 0.2))
        for millimetre in 1...Int(reach) {
            let d = Double(millimetre), tick = millimetre % 5 == 0 ? 1.6 : 0.8
            for sign in [-1.0, 1.0] {
                page.add(
                    .line(
                        from: Point(x: centre.x + sign * d, y: centre.y - tick),
                        to: Point(x: centre.x + sign * d, y: centre.y + tick)),
                    .stroked(.black, width: 0.15))
                page.add(
                    .line(
                        from: Point(x: centre.x - tick, y: centre.y + sign * d),
                        to: Point(x: centre.x + tick, y: centre.y + sign * d)),
                    .stroked(.black, width: 0.15))
            }
        }
        page.add(.circle(centre: centre, radius: 3), .stroked(.black, width: 0.2))
        return page
    }

    private func addNotice(_ lines: [String], to page: inout Page, language: TextLanguage, typesetter: Typesetter) {
        let width = min(120, sheet.paper.size.width - 40)
        let title = typesetter.layout(
            lines[0], style: TextStyle(size: 13, weight: .bold, alignment: .centre),
            width: width - 8, language: language)
        let body = typesetter.layout(
            lines[1], style: TextStyle(size: 10, alignment: .centre), width: width - 8,
            language: language)
        let height = title.height + body.height + 10
        let box = Rect(
            x: (sheet.paper.size.width - width) / 2, y: sheet.paper.size.height - height - 12,
            width: width, height: height)
        page.add(.rectangle(box, cornerRadius: 3), Paint(fill: .white, stroke: .accent, lineWidth: 0.4))
        page.add(title, at: Point(x: box.x + 4, y: box.y + 4))
        page.add(body, at: Point(x: box.x + 4, y: box.y + 6 + title.height))
    }
}
