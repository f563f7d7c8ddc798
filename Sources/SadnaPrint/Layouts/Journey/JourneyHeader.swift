import SadnaKit

/// The top of a journey map: the service, today's or the future's journey (and how much shorter
/// the future is), who mapped it and when, and the persona who travels it.
struct JourneyHeader {
    let layout: JourneyMapLayout

    /// Draws the header and returns where the grid may start (mm from the top).
    func draw(on page: inout Page, sheet: Int, of count: Int, typesetter: Typesetter) -> Double {
        let margin = JourneyMapLayout.margin
        let width = page.size.width - 2 * margin
        let order = ReadingOrder(minX: margin, maxX: page.size.width - margin, direction: layout.pageLanguage.direction)
        let journey = layout.journey, labels = layout.labels
        let personaWidth = 110.0
        let titleWidth = width - personaWidth - 8

        var y = margin
        // A journey from a photographed canvas is named after its file until someone types its
        // title: the service written on the canvas stands in its place meanwhile.
        let titleBox = Rect(x: order.x(offset: 0, width: titleWidth), y: y, width: titleWidth, height: 16)
        if journey.title.value == journey.id,
            let bottom = handwritten("service", label: labels(.service), in: titleBox, order: order, on: &page)
        {
            y = bottom + 1.5
        } else {
            let title = typesetter.fit(
                journey.title.value, style: JourneyMapLayout.Style.title,
                in: Size(width: titleWidth, height: 12), policy: FitPolicy(floor: 16, maxLines: 1),
                language: layout.dataLanguage, source: journey.title.location, what: "the journey's title")
            page.add(title, at: Point(x: order.x(offset: 0, width: title.width), y: y))
            y += title.height + 1.5
        }

        // The variant as a tag, then how the journey changed.
        let tag = typesetter.layout(
            labels(.variant(journey.variant.value)),
            style: TextStyle(size: 10, weight: .bold, colour: .white), width: nil,
            language: layout.pageLanguage)
        let tagBox = Rect(x: order.x(offset: 0, width: tag.width + 6), y: y, width: tag.width + 6, height: tag.height + 2)
        page.add(
            .rectangle(tagBox, cornerRadius: tagBox.height / 2),
            journey.variant.value == .future ? .filled(.accent) : Paint(fill: .muted))
        page.add(tag, at: Point(x: tagBox.x + 3, y: y + 1))
        let offset = tagBox.width + 4
        var notes: [String] = []
        if let current = layout.current {
            notes.append(
                "\(labels(.current)): "
                    + labels(
                        .change,
                        [
                            "before": String(current.stages.count),
                            "after": String(journey.stages.count),
                        ]))
        }
        if journey.isExample { notes.append(labels(.example)) }
        if count > 1 { notes.append("\(sheet + 1)/\(count)") }
        if !notes.isEmpty {
            let block = typesetter.layout(
                notes.joined(separator: "   ·   "), style: TextStyle(size: 10, weight: .bold, colour: .muted),
                width: nil, language: layout.pageLanguage)
            page.add(block, at: Point(x: order.x(offset: offset, width: block.width), y: y + 1))
        }
        y += tagBox.height + 1.5

        let group = journey.group.map(\.value).joined(separator: ", ")
        // "Group: names" on the page's side, the names in their own direction.
        let onPage = layout.context.dataOnPage
        let facts = [
            group.isEmpty ? nil : "\(labels(.group)): " + onPage.isolated(group),
            journey.date.map { $0.value.dotted },
        ].compactMap { $0 }
        if !facts.isEmpty {
            let meta = typesetter.fit(
                facts.joined(separator: "   ·   "), style: JourneyMapLayout.Style.meta,
                in: Size(width: titleWidth, height: 6), policy: FitPolicy(floor: 8, maxLines: 1),
                language: onPage.isMixed ? layout.pageLanguage : layout.dataLanguage,
                source: journey.group.first?.location,
                what: "the journey's group")
            page.add(meta, at: Point(x: order.x(offset: 0, width: meta.width), y: y))
            y += meta.height
        }
        // The group and the date as written on the canvas, where none is typed.
        let half = (titleWidth - 4) / 2
        let written = [
            group.isEmpty
                ? handwritten(
                    "group", label: labels(.group), in: Rect(x: order.x(offset: 0, width: half), y: y, width: half, height: 11),
                    order: order, on: &page) : nil,
            journey.date == nil
                ? handwritten(
                    "date", label: labels(.date),
                    in: Rect(x: order.x(offset: half + 4, width: half), y: y, width: half, height: 11),
                    order: order, on: &page) : nil,
        ].compactMap { $0 }
        y = written.max() ?? y
        let personaBottom = drawPersona(
            on: &page,
            at: Rect(
                x: order.x(offset: width - personaWidth, width: personaWidth),
                y: margin, width: personaWidth, height: 25),
            typesetter: typesetter)
        return max(y, personaBottom)
    }

    /// The crop of a heading field written on the canvas by hand (`scanned:` of the journey) in
    /// `box`, at its start edge under its tag ("service · handwritten"). Returns how far down it
    /// reaches, or nil when the journey has no such crop (or it cannot be read, which is reported).
    private func handwritten(
        _ field: String, label: String, in box: Rect, order: ReadingOrder, on page: inout Page
    ) -> Double? {
        let handwriting = HandwrittenCrop(context: layout.context)
        guard let path = layout.journey.scanned[field], let picture = handwriting.load(path) else { return nil }
        let tag = "\(label) · \(layout.labels(.handwritten))"
        let placed = handwriting.place(picture, in: box, tag: tag, order: order)
        placed.draw(on: &page)
        return placed.bottom
    }

    /// The persona box: initials in a circle, the name and one line about them.
    private func drawPersona(on page: inout Page, at box: Rect, typesetter: Typesetter) -> Double {
        guard let id = layout.journey.persona else {
            // The persona as written on a photographed canvas, until one is chosen.
            guard layout.journey.scanned["persona"] != nil else { return box.minY }
            page.add(.rectangle(box, cornerRadius: 3), Paint(fill: .shade, stroke: .rule, lineWidth: 0.3))
            let order = ReadingOrder(minX: box.minX, maxX: box.maxX, direction: layout.pageLanguage.direction)
            _ = handwritten(
                "persona", label: layout.labels(.persona), in: box.insetBy(dx: 3, dy: 2.5), order: order, on: &page)
            return box.maxY
        }
        let persona = layout.workshop.persona(named: id.value)
        let order = ReadingOrder(minX: box.minX + 3, maxX: box.maxX - 3, direction: layout.pageLanguage.direction)
        page.add(.rectangle(box, cornerRadius: 3), Paint(fill: .shade, stroke: .rule, lineWidth: 0.3))
        let diameter = 17.0
        let circle = Point(x: order.x(offset: 0, width: diameter) + diameter / 2, y: box.midY)
        page.add(.circle(centre: circle, radius: diameter / 2), .filled(.accent))
        let initials = typesetter.layout(
            persona?.initials ?? "?",
            style: TextStyle(
                size: 18, weight: .bold, colour: .white,
                alignment: .centre),
            width: diameter, language: layout.dataLanguage)
        page.add(initials, at: Point(x: circle.x - diameter / 2, y: circle.y - initials.height / 2))
        let textWidth = box.width - diameter - 10
        var y = box.minY + 2.5
        let label = typesetter.layout(
            layout.labels(.persona), style: TextStyle(size: 8, weight: .bold, colour: .muted),
            width: textWidth, language: layout.pageLanguage)
        page.add(label, at: Point(x: order.x(offset: diameter + 4, width: textWidth), y: y))
        y += label.height
        let name = typesetter.fit(
            persona?.name.value ?? id.value, style: TextStyle(size: 13, weight: .bold),
            in: Size(width: textWidth, height: 7), policy: FitPolicy(floor: 9, maxLines: 1),
            language: layout.dataLanguage, source: id.location, what: "the persona's name")
        page.add(name, at: Point(x: order.x(offset: diameter + 4, width: textWidth), y: y))
        y += name.height
        if let summary = persona?.summary {
            let line = typesetter.fit(
                summary.value, style: TextStyle(size: 8.5, colour: .muted),
                in: Size(width: textWidth, height: box.maxY - y - 1.5), policy: FitPolicy(floor: 8, maxLines: 2),
                language: layout.dataLanguage, source: summary.location,
                what: "the persona's one line")
            page.add(line, at: Point(x: order.x(offset: diameter + 4, width: textWidth), y: y))
        }
        return box.maxY
    }
}

/// The foot of a journey map: what the marks mean, and which programme and sheet this is.
struct JourneyFooter {
    let layout: JourneyMapLayout

    func draw(on page: inout Page, sheet: Int, of count: Int) {
        let labels = layout.labels
        let legend = [
            labels(.evidence),
            "\(JourneyMapLayout.marker(.observed)) \(labels(.observed))",
            "\(JourneyMapLayout.marker(.assumed)) \(labels(.assumed))",
            "\(JourneyMapLayout.marker(.proposed)) \(labels(.proposed))",
        ].joined(separator: "    ")
        var about = layout.workshop.title.value
        if count > 1 { about += " · \(sheet + 1)/\(count)" }
        PageFooter(start: legend, layout.pageLanguage, end: about, layout.dataLanguage, rule: false, context: layout.context)
            .draw(on: &page, margin: JourneyMapLayout.margin)
    }
}

extension Rect {
    var midY: Double { y + height / 2 }
}
