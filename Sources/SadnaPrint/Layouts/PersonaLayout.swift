import Foundation
import SadnaKit

/// A persona on a card (A5 or A6) or a whole page (A4, for the wall): a photo or initials, the
/// name and one line about them, their quote, then who they are, how they deal with the council
/// and what they need. The body is set as large as the card allows (measured, down to 8 pt);
/// what still does not fit is cut or left out, and reported at its line in the persona's file.
public struct PersonaLayout {
    public let context: LayoutContext
    public let personas: [Persona]
    /// The card's or the page's size.
    public let size: Size

    public init(context: LayoutContext, personas: [Persona], size: Size) {
        self.context = context
        self.personas = personas
        self.size = size
    }

    var workshop: Workshop { context.workshop }
    var template: PersonaTemplate { context.templates.persona }
    var language: Language { context.language }
    var labels: Labels<PersonaLabel> { context.words(template.labels) }
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    var mixed: DataOnPage { context.dataOnPage }
    /// A5 is the design size; an A4 page sets everything larger, an A6 card smaller.
    var scale: Double { min(1.45, max(0.7, size.width / 148)) }
    var margin: Double { 9 * max(0.8, scale) }
    var width: Double { size.width - 2 * margin }
    var order: ReadingOrder { ReadingOrder(minX: margin, maxX: size.width - margin, direction: pageLanguage.direction) }

    func style(_ points: Double, _ weight: FontWeight = .regular, _ colour: Colour = .ink) -> TextStyle {
        TextStyle(size: max(8, points * scale), weight: weight, colour: colour)
    }

    /// One thing in the body: a section heading, or a field (or a row of two short fields).
    struct BodyItem {
        var blocks: [(block: TextBlock, x: Double, y: Double)]
        var height: Double
        var isHeading: Bool
        /// The field a text item shows, for reporting it when it does not fit.
        var fields: [PersonaField]
        /// Air above it: a heading's, to set its section apart from the one before.
        var air: Double = 0
        /// Crops of handwriting, each where it goes from the item's top.
        var pictures: [(picture: Picture, frame: Rect)] = []
    }

    public func page(_ index: Int) -> Page {
        let typesetter = context.typesetter
        let persona = personas[index]
        var page = Page(size: size)
        let crops = handwrittenCrops(persona)
        var y = placeHeader(persona, crops: crops, on: &page, typesetter: typesetter)
        if let quote = persona[.quote] {
            y = placeQuote(quote, at: y, on: &page, typesetter: typesetter)
        } else if let quote = crops[.quote] {
            y = placeQuote(handwritten: quote, at: y, on: &page)
        }
        placeBody(persona, crops: crops, from: y + 2 * scale, on: &page, typesetter: typesetter)
        return page
    }

    // MARK: Header

    private func placeHeader(
        _ persona: Persona, crops: [PersonaField: Picture], on page: inout Page, typesetter: Typesetter
    ) -> Double {
        let diameter = 24 * scale
        let avatar = Rect(x: order.x(offset: 0, width: diameter), y: margin, width: diameter, height: diameter)
        if let picture = photo(of: persona, typesetter: typesetter) {
            page.add(picture, in: avatar, round: true)
            page.add(
                .circle(centre: Point(x: avatar.x + diameter / 2, y: avatar.y + diameter / 2), radius: diameter / 2),
                .stroked(.accent, width: 0.5))
        } else if let drawing = crops[.photo] {
            placeDrawing(drawing, in: avatar, on: &page)
        } else {
            page.add(
                .circle(centre: Point(x: avatar.x + diameter / 2, y: avatar.y + diameter / 2), radius: diameter / 2),
                .filled(.accent))
            // A name still handwritten has no letters to show yet.
            let initials = typesetter.layout(
                crops[.name] == nil ? persona.initials : "",
                style: TextStyle(
                    size: diameter * 1.1, weight: .bold,
                    colour: .white, alignment: .centre),
                width: diameter, language: dataLanguage)
            page.add(initials, at: Point(x: avatar.x, y: avatar.y + (diameter - initials.height) / 2))
        }
        let textWidth = width - diameter - 4 * scale
        var y = margin
        if persona.isExample {
            let tag = typesetter.layout(
                labels(.example), style: style(7.5, .bold, .muted).aligned(.end), width: textWidth,
                language: pageLanguage)
            page.add(tag, at: Point(x: order.x(offset: diameter + 4 * scale, width: textWidth), y: y))
            y += tag.height
        }
        let start = order.x(offset: diameter + 4 * scale, width: textWidth)
        if let name = crops[.name] {
            y = placeHandwritten(name, in: Rect(x: start, y: y, width: textWidth, height: 13 * scale), on: &page) + 1
        } else {
            y = placeName(persona, at: Point(x: start, y: y), width: textWidth, on: &page, typesetter: typesetter)
        }
        if let summary = persona.summary {
            let block = typesetter.fit(
                summary.value, style: mixed.aligned(style(10, .regular, .muted)),
                in: Size(width: textWidth, height: 11 * scale), policy: FitPolicy(floor: 8, maxLines: 2),
                language: dataLanguage, source: summary.location,
                what: "the one line about persona \(persona.id)")
            page.add(block, at: Point(x: start, y: y))
            y += block.height
        } else if let summary = crops[.summary] {
            y = placeHandwritten(summary, in: Rect(x: start, y: y, width: textWidth, height: 11 * scale), on: &page)
        }
        return max(margin + diameter, y) + 4 * scale
    }

    /// The persona's name as typed, as large as fits one line; returns the y under it.
    private func placeName(
        _ persona: Persona, at origin: Point, width textWidth: Double, on page: inout Page, typesetter: Typesetter
    ) -> Double {
        let name = typesetter.fit(
            persona.name.value, style: mixed.aligned(style(20, .bold)), in: Size(width: textWidth, height: 13 * scale),
            policy: FitPolicy(floor: 12, maxLines: 1), language: dataLanguage,
            source: persona.name.location, what: "the name of persona \(persona.id)")
        page.add(name, at: origin)
        return origin.y + name.height + 0.5
    }

    /// The persona's photo, when it has one that can be read; otherwise the initials are drawn and
    /// the reason is reported.
    private func photo(of persona: Persona, typesetter: Typesetter) -> Picture? {
        guard let photo = persona[.photo] else { return nil }
        do throws(PictureError) {
            // Photos live in the workshop's folder, named relative to the persona's file.
            guard let path = workshop.source.resolve(photo.value.text, from: "personas") else {
                throw PictureError(FileSourceError.outside)
            }
            return try Picture.load(path, from: workshop.source)
        } catch {
            typesetter.report(
                .warning(.personaPhoto, ["id": .name(persona.id), "problem": error.problem], at: photo.location))
            return nil
        }
    }

    private func placeQuote(
        _ quote: Located<PersonaValue>, at y: Double, on page: inout Page,
        typesetter: Typesetter
    ) -> Double {
        let padding = 3 * scale
        let text = typesetter.fit(
            "\"\(quote.value.text)\"", style: mixed.aligned(style(11, .bold, .accent).withLineSpacing(1.1)),
            in: Size(width: width - 2 * padding, height: 22 * scale), policy: FitPolicy(floor: 8, maxLines: 3),
            language: dataLanguage, source: quote.location, what: "the quote")
        let box = Rect(x: margin, y: y, width: width, height: text.height + 2 * padding)
        page.add(.rectangle(box, cornerRadius: 2.5), .filled(.tint))
        page.add(text, at: Point(x: margin + padding, y: y + padding))
        return box.maxY + 2 * scale
    }

    /// The quote's box around its handwriting, when it is not typed yet.
    private func placeQuote(handwritten picture: Picture, at y: Double, on page: inout Page) -> Double {
        let padding = 3 * scale
        let inner = Rect(x: margin + padding, y: y + padding, width: width - 2 * padding, height: 22 * scale)
        let placed = handwriting.place(
            picture, in: inner, tag: labels(.handwritten), order: startOrder(of: inner),
            largest: HandwrittenFields.largestMillimetresPerPixel)
        let box = Rect(x: margin, y: y, width: width, height: placed.bottom - y + padding)
        page.add(.rectangle(box, cornerRadius: 2.5), .filled(.tint))
        placed.draw(on: &page)
        return box.maxY + 2 * scale
    }

    // MARK: Body

    private func placeBody(
        _ persona: Persona, crops: [PersonaField: Picture], from top: Double, on page: inout Page, typesetter: Typesetter
    ) {
        let available = size.height - margin - top
        let nominal = max(8, 9.5 * scale)
        // Each size tried is laid out once; the one chosen is reused, not laid out again.
        var tried: [Double: [BodyItem]] = [:]
        func body(at points: Double) -> [BodyItem] {
            if let items = tried[points] { return items }
            let items = bodyItems(persona, crops: crops, size: points, typesetter: typesetter)
            tried[points] = items
            return items
        }
        var spacing = 1.0
        let gap = { (item: BodyItem) in self.gap(item) * spacing }
        func total(_ items: [BodyItem]) -> Double {
            items.enumerated().reduce(0) {
                $0 + ($1.offset == 0 ? 0 : $1.element.air * spacing) + $1.element.height + gap($1.element)
            }
        }
        var items: [BodyItem]
        // A persona with little to say gets larger type (up to a fifth more) rather than an
        // empty foot; one with much shrinks to the floor, then its sections and fields close up,
        // and only then is it cut.
        if let fitted = FitPolicy.largestFittingSize(
            from: nominal * Self.growth, downTo: 8,
            fits: { total(body(at: $0)) <= available })
        {
            items = body(at: fitted)
        } else {
            items = body(at: 8)
            spacing = Self.tightestSpacing
            if total(items) > available {
                items = cut(items, persona: persona, available: available, gap: gap, typesetter: typesetter)
            }
        }
        let spread = BodySpread(items: items, used: total(items), room: available, scale: scale)
        var y = top
        for (index, item) in items.enumerated() {
            y += index == 0 ? 0 : item.air * spacing
            for (block, x, dy) in item.blocks {
                page.add(block, at: Point(x: x, y: y + dy + spread.above(index)))
            }
            for (picture, frame) in item.pictures {
                page.add(
                    picture,
                    in: Rect(x: frame.x, y: y + frame.y + spread.above(index), width: frame.width, height: frame.height))
            }
            y += spread.above(index)
            if item.isHeading {
                page.add(
                    .line(from: Point(x: margin, y: y + item.height), to: Point(x: size.width - margin, y: y + item.height)),
                    .stroked(.accent, width: 0.3))
            }
            y += item.height + gap(item)
        }
    }

    /// How much larger than its nominal size the body may grow to use the room it has.
    static let growth = 1.2
    /// The share of the gaps kept when the floor size alone does not fit.
    static let tightestSpacing = 0.4

    /// The gap under a body item: a heading keeps close to its first field.
    func gap(_ item: BodyItem) -> Double { item.isHeading ? 1.2 * scale : 1.6 * scale }

    /// At the floor size and still too long: keep what fits, cut the field that crosses the
    /// bottom into the room left, and report it and every field left out.
    private func cut(
        _ items: [BodyItem], persona: Persona, available: Double, gap: (BodyItem) -> Double,
        typesetter: Typesetter
    ) -> [BodyItem] {
        var kept: [BodyItem] = []
        var used = 0.0
        for (index, item) in items.enumerated() {
            let air = kept.isEmpty ? 0 : item.air * Self.tightestSpacing
            if used + air + item.height <= available {
                kept.append(item)
                used += air + item.height + gap(item)
                continue
            }
            let room = available - used
            if !item.isHeading, let field = item.fields.first, let value = persona[field], room > 6 {
                let label = fieldLabel(field)
                let block = typesetter.fit(
                    "\(label): \(display(value.value))", style: TextStyle(size: 8), in: Size(width: width, height: room),
                    language: mixed.paragraph, source: value.location,
                    what: "\(label) of persona \(persona.id)")
                kept.append(
                    BodyItem(
                        blocks: [(block, margin, -Tight(block).top)], height: Tight(block).height, isHeading: false,
                        fields: [field]))
                reportLeftOut(items[(index + 1)...], persona: persona, typesetter: typesetter)
            } else {
                reportLeftOut(items[index...], persona: persona, typesetter: typesetter)
            }
            break
        }
        // A heading with nothing under it says nothing.
        if kept.last?.isHeading == true { kept.removeLast() }
        return kept
    }

    private func reportLeftOut(_ items: ArraySlice<BodyItem>, persona: Persona, typesetter: Typesetter) {
        for field in items.flatMap(\.fields) {
            // A field not typed yet is left out as its crop, named at the line of its picture.
            guard let location = persona[field]?.location ?? persona.scanned[field]?.location else { continue }
            typesetter.report(
                .warning(
                    .layoutOverflowPersonaField,
                    ["field": .quoted(fieldLabel(field)), "id": .name(persona.id), "full": .code("--full")], at: location))
        }
    }

    func fieldLabel(_ field: PersonaField) -> String {
        template.fields.first { $0.field == field }?.label(language) ?? field.rawValue
    }

    /// A value as the card shows it: channels in the page's words, lists joined, the data's own
    /// words isolated in their direction (a Hebrew value on an English page).
    func display(_ value: PersonaValue) -> String {
        switch value {
        case let .channel(channel): template.channelName(channel, language: language)
        case let .list(items): mixed.isolated(items.joined(separator: " · "))
        default: mixed.isolated(value.text)
        }
    }

    /// A field's label as the body sets it before its value. Label and value are set in the
    /// page's direction when the data runs the other way, so the colon follows the label
    /// ("Family status:") and the value keeps its own order.
    func labelRun(_ field: PersonaField) -> RichText.Run {
        RichText.Run("\(fieldLabel(field)): ", bold: true, colour: .accent)
    }

    /// The body at `size` points: a heading per section that has something, then its fields,
    /// typed or handwritten. Short typed demographic fields go two to a row; a handwritten field
    /// takes a row of its own, its crop beside its label.
    private func bodyItems(
        _ persona: Persona, crops: [PersonaField: Picture], size points: Double, typesetter: Typesetter
    ) -> [BodyItem] {
        var items: [BodyItem] = []
        let body = TextStyle(size: points)
        let fieldLanguage = mixed.paragraph
        let handwritten = HandwrittenFields(self, crops: crops, points: points, typesetter: typesetter)
        func handwrittenItem(_ field: PersonaField) -> BodyItem {
            let cell = handwritten.cell(field)
            return BodyItem(blocks: cell.blocks, height: cell.height, isHeading: false, fields: [field], pictures: cell.pictures)
        }
        for section in [PersonaTemplate.Section.demographics, .behaviour, .needs] {
            let fields = template.fields(in: section).map(\.field).filter { persona[$0] != nil || crops[$0] != nil }
            guard !fields.isEmpty else { continue }
            let heading = typesetter.layout(
                labels(.section(section)), style: TextStyle(size: points + 1, weight: .bold, colour: .accent),
                width: width, language: pageLanguage)
            // Air above every heading but the first sets the sections apart.
            items.append(
                BodyItem(
                    blocks: [(heading, margin, -Tight(heading).top)], height: Tight(heading).height,
                    isHeading: true, fields: [], air: 2.5 * scale))
            if section == .demographics {
                let columnWidth = (width - 4 * scale) / 2
                // Typed fields two to a row, in the form's order; a handwritten one ends a row.
                var pair: [PersonaField] = []
                func endRow() {
                    guard !pair.isEmpty else { return }
                    let blocks = pair.enumerated().map { column, field in
                        let value = persona[field]!
                        let block = typesetter.layout(
                            RichText([labelRun(field), RichText.Run(display(value.value))]), style: body,
                            width: columnWidth, language: fieldLanguage, source: value.location)
                        return (
                            block, order.x(offset: Double(column) * (columnWidth + 4 * scale), width: columnWidth),
                            -Tight(block).top
                        )
                    }
                    items.append(
                        BodyItem(
                            blocks: blocks, height: blocks.map { Tight($0.0).height }.max() ?? 0, isHeading: false,
                            fields: pair))
                    pair = []
                }
                for field in fields {
                    if persona[field] == nil {
                        endRow()
                        items.append(handwrittenItem(field))
                    } else {
                        pair.append(field)
                        if pair.count == 2 { endRow() }
                    }
                }
                endRow()
            } else {
                for field in fields {
                    guard let value = persona[field] else {
                        items.append(handwrittenItem(field))
                        continue
                    }
                    let text: RichText
                    if section == .needs, case let .list(entries) = value.value, entries.count > 1 {
                        text = RichText([labelRun(field), RichText.Run("\n" + mixed.bulleted(entries))])
                    } else {
                        text = RichText([labelRun(field), RichText.Run(display(value.value))])
                    }
                    let block = typesetter.layout(
                        text, style: body, width: width, language: fieldLanguage, source: value.location)
                    items.append(
                        BodyItem(
                            blocks: [(block, margin, -Tight(block).top)], height: Tight(block).height, isHeading: false,
                            fields: [field]))
                }
            }
        }
        return items
    }
}

extension PersonaLayout {
    /// The room a body leaves under its last item, shared out as air above its sections and
    /// between its fields, so that a page reads as filled from top to foot instead of stopping a
    /// fifth short. Air is capped, so a persona with three fields does not float apart.
    struct BodySpread {
        private var extra: [Double]

        init(items: [BodyItem], used: Double, room: Double, scale: Double) {
            // A section's heading takes three shares, each later field one; the first item none.
            let weights = items.indices.map { index in index == 0 ? 0.0 : items[index].isHeading ? 3.0 : 1.0 }
            let shares = weights.reduce(0, +)
            let perShare = shares > 0 ? min(max(0, room - used) / shares, Self.largestShare * scale) : 0
            extra = weights.map { $0 * perShare }
        }

        /// The most one share adds (mm at the A5 design size): a field's gap at most doubles.
        static let largestShare = 1.6

        /// The air added above item `index`.
        func above(_ index: Int) -> Double { extra[index] }
    }
}

extension PersonaLayout {
    /// A body block's height as its type needs it, without the leading a font with tall line
    /// metrics adds above its first line and below its last. Noto Sans Arabic sets a 10 pt line
    /// 22 pt tall while its letters span about 13, so every field with an Arabic label took half
    /// as much room again as its Hebrew twin, and an Arabic A6 card left three fields out in
    /// what was blank leading. Room is kept for a Hebrew or Latin line's full ascent (1.07 em)
    /// and for Arabic descenders (0.5 em), so Hebrew and English blocks are not moved at all.
    struct Tight {
        /// How far the block's first line may rise into the space above it (mm).
        let top: Double
        /// The block's height without that leading, nor the same below its last line (mm).
        let height: Double

        init(_ block: TextBlock) {
            guard let first = block.lines.first, let last = block.lines.last else {
                top = 0
                height = block.height
                return
            }
            let em = Units.millimetres(fromPoints: block.fittedSize)
            top = max(0, first.baseline - first.top - Self.ascent * em)
            let bottom = max(0, last.bottom - last.baseline - Self.descent * em)
            height = block.height - top - bottom
        }

        static let ascent = 1.07
        static let descent = 0.5
    }
}
